"""The case life cycle (brief §3.4, ``case_stages.csv``) and restricted risk factors (§3.5).

::

    SIGNAL -> IDENTIFIED -> ASSESSMENT -> PLAN -> ACCOMPANIMENT -> CLOSED -> REOPENED -> ...
    REOPENED -> ASSESSMENT (the case restarts with a new assessment)
    any open stage -> CLOSED (SIGNAL or IDENTIFIED: signal not confirmed / consultation only)

Pure functions: no Session, no Qt.
"""

from __future__ import annotations

import csv
from functools import cache

from models.errors import QoldauError
from models.paths import resource_path

SIGNAL = "SIGNAL"
IDENTIFIED = "IDENTIFIED"
ASSESSMENT = "ASSESSMENT"
PLAN = "PLAN"
ACCOMPANIMENT = "ACCOMPANIMENT"
CLOSED = "CLOSED"
REOPENED = "REOPENED"

#: Stages in life-cycle order (the order of ``case_stages.csv``).
STAGES = (SIGNAL, IDENTIFIED, ASSESSMENT, PLAN, ACCOMPANIMENT, CLOSED, REOPENED)
#: Stages in which a case is open (every stage but CLOSED).
OPEN_STAGES = tuple(s for s in STAGES if s != CLOSED)

_NEXT: dict[str, tuple[str, ...]] = {
    SIGNAL: (IDENTIFIED, CLOSED),
    IDENTIFIED: (ASSESSMENT, CLOSED),
    ASSESSMENT: (PLAN, CLOSED),
    PLAN: (ACCOMPANIMENT, CLOSED),
    ACCOMPANIMENT: (CLOSED,),
    CLOSED: (REOPENED,),
    # NOTE: the brief's "any stage -> CLOSED" includes a reopened case whose reopening came to
    # nothing (e.g. the family moved again) before the new assessment started.
    REOPENED: (ASSESSMENT, CLOSED),
}


class TransitionError(QoldauError, ValueError):
    """A stage change the life cycle does not allow; ``code`` is stable for the UI."""

    def __init__(self, code: str, current: str, target: str) -> None:
        super().__init__(f"{code}: {current} -> {target}")
        self.code = code
        self.current = current
        self.target = target


def allowed_next(stage: str) -> tuple[str, ...]:
    """Return the stages a case in ``stage`` may move to, in life-cycle order.

    Raises:
        KeyError: for a code that is not a stage.
    """
    return _NEXT[stage]


def is_allowed(current: str, target: str) -> bool:
    """Return True when ``current -> target`` is a life-cycle step."""
    return target in _NEXT.get(current, ())


def validate_transition(current: str, target: str) -> None:
    """Refuse a stage change the life cycle does not allow.

    Raises:
        TransitionError: ``unknown_stage`` for a code that is not a stage, ``same_stage`` when
            nothing changes, ``transition_refused`` otherwise.
    """
    if current not in _NEXT or target not in _NEXT:
        raise TransitionError("unknown_stage", current, target)
    if current == target:
        raise TransitionError("same_stage", current, target)
    if target not in _NEXT[current]:
        raise TransitionError("transition_refused", current, target)


def is_open(stage: str) -> bool:
    """Return True for every stage but CLOSED."""
    return stage != CLOSED


@cache
def restricted_risk_factors() -> frozenset[str]:
    """Return the risk-factor codes marked "restricted access" in the bundled code list."""
    with resource_path("codelists/risk_factors.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(
            row["code"] for row in csv.DictReader(fh) if "restricted" in (row.get("note") or "")
        )


def is_restricted(code: str) -> bool:
    """Return True for a risk factor that never appears on summaries or in exports (§3.5, §6)."""
    return code in restricted_risk_factors()
