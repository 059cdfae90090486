"""Issues and their report: what every business rule returns (no Qt, no Session).

Every rule yields an :class:`Issue` with a field name, a stable code and parameters; the UI
turns each code into a translated message and marks the field. A repository refuses a write
with :class:`ValidationError` carrying the whole report.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from models.errors import QoldauError

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One finding: ``field`` names the form field, ``code`` the rule broken."""

    field: str
    code: str
    # NOTE: ``dataclasses.field``, not ``field``: inside this class body the attribute above
    # shadows the bare name for readers and type checkers (it works at run time only because a
    # bare annotation binds nothing).
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)
    severity: str = ERROR


@dataclass
class ValidationReport:
    """The issues found in one draft, errors first."""

    issues: list[Issue] = field(default_factory=list)

    def add(self, fld: str, code: str, severity: str = ERROR, /, **params: object) -> None:
        """Record an issue.

        ``fld``, ``code`` and ``severity`` are positional-only so that any keyword, even one named
        ``code`` or ``fld`` (``add(f, "unknown_code", code=value)``), is a message parameter.

        Args:
            fld: the form field the issue belongs to.
            code: the rule broken.
            severity: :data:`ERROR` or :data:`WARNING`.
            **params: values the message shows.

        Raises:
            ValueError: ``severity`` is neither ERROR nor WARNING (a parameter passed by position).
            TypeError: a keyword named ``severity``: it would silently become a parameter and
                leave the issue an error, so pass the severity by position.
        """
        if severity not in (ERROR, WARNING):
            raise ValueError(f"severity must be {ERROR!r} or {WARNING!r}, not {severity!r}")
        if "severity" in params:
            raise TypeError("pass the severity by position: add(fld, code, WARNING, **params)")
        self.issues.append(Issue(fld, code, params, severity))

    @property
    def errors(self) -> list[Issue]:
        """Issues that block saving."""
        return [i for i in self.issues if i.severity == ERROR]

    @property
    def warnings(self) -> list[Issue]:
        """Issues that are shown but do not block saving."""
        return [i for i in self.issues if i.severity == WARNING]

    @property
    def ok(self) -> bool:
        """True when nothing blocks saving."""
        return not self.errors


class ValidationError(QoldauError):
    """A draft broke a rule; ``report`` lists every issue."""

    def __init__(self, report: ValidationReport) -> None:
        # The bad code too ("zone_work.work:unknown_code=BOGUS_WORK"): a script's log says it all.
        super().__init__(
            ", ".join(
                f"{i.field}:{i.code}" + (f"={i.params['code']}" if "code" in i.params else "")
                for i in report.errors
            )
        )
        self.report = report


def raise_if_errors(report: ValidationReport) -> None:
    """Raise :class:`ValidationError` when ``report`` holds an error (warnings pass)."""
    if not report.ok:
        raise ValidationError(report)


def refused(fld: str, code: str, **params: object) -> ValidationError:
    """Return the :class:`ValidationError` of one issue, for the caller to raise."""
    report = ValidationReport()
    report.add(fld, code, **params)
    return ValidationError(report)
