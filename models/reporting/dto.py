"""The figures of a report package (reporting.md §2.2), as plain frozen rows.

``models/reporting/figures.py`` computes them from a store; ``exporters/package.py`` writes and
reads
them; consolidation sums them. Names are Kazakh labels (the workbook headers are bilingual).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

from models.reference.dto import OfficeDTO
from models.reporting.periods import Period


@dataclass(frozen=True, slots=True)
class A1Row:
    """Passportization and adaptation of one unit."""

    kato: str
    name: str
    objects_total: int
    subject_to_passportization: int
    passported: int
    requiring_adaptation: int
    adapted: int

    #: The count columns 3-7 of sheet A1, in sheet order (the share is derived from them).
    COUNT_FIELDS: ClassVar[tuple[str, ...]] = (
        "objects_total",
        "subject_to_passportization",
        "passported",
        "requiring_adaptation",
        "adapted",
    )

    @property
    def counts(self) -> tuple[int, ...]:
        """The counts of :attr:`COUNT_FIELDS`, in sheet order."""
        return tuple(getattr(self, f) for f in self.COUNT_FIELDS)


@dataclass(frozen=True, slots=True)
class A2Row:
    """Passported objects of one object type; ``accessible`` is per category K, O, S, G, U."""

    object_type: str
    name: str
    passported: int
    accessible: tuple[int, int, int, int, int]
    requiring_adaptation: int
    adapted: int


@dataclass(frozen=True, slots=True)
class A3Row:
    """One passported object of the register (objects are not personal data).

    A register may hold 100k objects: rows have slots, and the figures share equal codes and
    dates between rows (:func:`models.reporting.figures.compute_a3`).
    """

    object_id: str
    kato: str
    name: str
    object_type: str
    address: str
    passport_date: date
    statuses: tuple[str, str, str, str, str]
    requires_adaptation: bool
    adapted_date: date | None


@dataclass(frozen=True, slots=True)
class B1Row:
    """Family-support caseload of one unit (aggregated counts only)."""

    kato: str
    name: str
    cases_open_at_start: int
    cases_opened: int
    cases_closed: int
    cases_open_at_end: int
    children_in_open_cases: int
    children_with_disability: int
    visits: int
    services: int
    cases_overdue: int

    #: The count columns 3-11 of sheet B1, in sheet order.
    COUNT_FIELDS: ClassVar[tuple[str, ...]] = (
        "cases_open_at_start",
        "cases_opened",
        "cases_closed",
        "cases_open_at_end",
        "children_in_open_cases",
        "children_with_disability",
        "visits",
        "services",
        "cases_overdue",
    )

    @property
    def counts(self) -> tuple[int, ...]:
        """The counts of :attr:`COUNT_FIELDS`, in sheet order."""
        return tuple(getattr(self, f) for f in self.COUNT_FIELDS)


@dataclass(frozen=True, slots=True)
class CodeCount:
    """A row of B2, B3 or B4: a code, its name, and its counts in sheet order."""

    code: str
    name: str
    counts: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class QualityIssue:
    """A data-quality finding before export; ``blocking`` ones break a rule of the spec."""

    code: str
    count: int
    blocking: bool = False
    detail: str = ""


@dataclass(frozen=True, slots=True)
class IncludedPackage:
    """A sub-office package consolidated into this one (manifest ``includes``)."""

    kato: str
    package_id: str
    created_at: str


@dataclass(frozen=True, slots=True)
class RuleBreach:
    """A rule of reporting.md §2.2 broken by figures (:mod:`models.reporting.rules`).

    ``row`` is the 0-based data row of ``sheet``; None for a whole-sheet or cross-sheet rule.
    """

    sheet: str
    row: int | None
    code: str
    detail: str


@dataclass(frozen=True, slots=True)
class CheckedRules:
    """The breaches found by one run of the rules over the figures it holds (the very tuples
    of a :class:`ReportData`, so a copy with other figures is never taken as checked)."""

    figures: tuple[tuple[Any, ...], ...]
    breaches: tuple[RuleBreach, ...]


@dataclass(frozen=True)
class ReportData:
    """Everything one package carries."""

    office: OfficeDTO
    period: Period
    a1: tuple[A1Row, ...]
    a2: tuple[A2Row, ...]
    a3: tuple[A3Row, ...]
    b1: tuple[B1Row, ...]
    b2: tuple[CodeCount, ...]  # risk_factor: (cases_open_at_end, cases_opened)
    b3: tuple[CodeCount, ...]  # service_type: (services,)
    b4: tuple[CodeCount, ...]  # level: (families,)
    warnings: tuple[QualityIssue, ...] = ()
    includes: tuple[IncludedPackage, ...] = ()
    created_at: datetime | None = field(default=None, compare=False)
    #: The rules' verdict on these figures, when they were checked (compute_report does it).
    checked: CheckedRules | None = field(default=None, compare=False, repr=False)


def figures_all_zero(data: ReportData) -> bool:
    """Return True when a package of ``data`` would report nothing (reporting.md §4).

    "All zero" means: every count of A1 (objects registered, subject to passportization,
    passported, requiring adaptation, adapted) and of B1 (cases open at start, opened, closed, open
    at end, children, visits, services, overdue) is zero in every unit row, every count of A2, B2,
    B3 and B4 is zero, and A3 lists no object. A sheet with no rows at all counts as zero, so a
    store with no objects and no cases, or one whose records all fall outside the period (objects
    registered after its end, cases closed before its start), is "all zero". Percentages are not
    looked at: the A1 share is empty when nothing is passported. Code and name columns are labels,
    never counts.

    Such a package is still valid and may be sent (an office with nothing to report), but it is
    more often a mistake (wrong period, wrong store, register not imported yet): the export warns
    before writing and the Cover says so.
    """
    if data.a3:
        return False
    counts: list[tuple[int, ...]] = [r.counts for r in data.a1]
    counts += [(r.passported, *r.accessible, r.requiring_adaptation, r.adapted) for r in data.a2]
    counts += [r.counts for r in data.b1]
    counts += [r.counts for r in (*data.b2, *data.b3, *data.b4)]
    return not any(any(row) for row in counts)
