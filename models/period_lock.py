"""The lock of approved periods on every ORM write (reporting.md §6.1).

While a period is approved, nothing that would change a value of its package may be written:
a ``before_flush`` listener (like the code guard of ``models/code_guard.py`` and the author
stamps) looks at the new, changed and deleted records of the tables a package reads
(``models/reporting/figures.py``) and refuses the whole flush with
:class:`~models.reference.approvals.PeriodLockedError` when one of them reads differently at
the last day of an approved period (:func:`~models.reference.approvals.first_changed`). Names,
addresses, notes and every column no package reads stay editable; so does every record dated
after the approved periods. A year approved locks the quarters and months inside it, since its
last day is after theirs.

What each table contributes (its "fingerprint" at a period's last day E):

* objects: in the register at E, and then subject at E and type (registration, exclusion and
  deregistration dates, status, type);
* passport versions: nothing before their passport date, then date, statuses, finding and the
  adaptation done by E;
* case events, visits and services: nothing when dated after E, else their counted values;
* risk factors (B2): nothing when noted after E or in a case signalled after E;
* cases: whether they count (a closure as opened in error removes a case from every period);
* families: their Digital Family Map level at E (B4).

New objects without a registration date of their own, added while a period is approved, are
registered on the day after the latest approved period (§6.1), here, before the check.

The bulk paths write with Core and ask the same rule on plain values: the registry import
(``models/objects/registry_store.py``), demo data (``models/demo/load.py``) and consolidation
(``models/reporting/consolidation.py``, ``models/reporting/returns.py``).

Not covered yet (no package value is lost today, but a later change could alter one): people's
birth dates and disability groups and family memberships (B1's children).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from models.cases.overdue import OPENED_IN_ERROR
from models.cases.rules import CLOSED
from models.cases.tables import Case, CaseEvent, CaseRiskFactor, ServiceDelivered, Visit
from models.families.tables import Family
from models.objects.tables import CATEGORIES, InfraObject, Passport
from models.reference.approvals import (
    Fingerprint,
    PeriodLockedError,
    approved_periods,
    first_changed,
    object_fingerprint,
    on_or_before,
    passport_fingerprint,
    registration_day,
)

_STATUSES = tuple(f"status_{c.lower()}" for c in CATEGORIES)


@dataclass(frozen=True)
class Watched:
    """A table a package reads: the columns it reads and its fingerprint from their values."""

    fields: tuple[str, ...]
    fingerprint: Callable[[Mapping[str, Any], object], Fingerprint]


def _object(v: Mapping[str, Any], _obj: object) -> Fingerprint:
    return object_fingerprint(
        v["registered_date"],
        v["deregistered_date"],
        bool(v["subject_to_passportization"]),
        v["exclusion_date"],
        v["object_type"],
    )


def _passport(v: Mapping[str, Any], _obj: object) -> Fingerprint:
    return passport_fingerprint(
        None,
        v["passport_date"],
        tuple(v[k] or "" for k in _STATUSES),
        bool(v["requires_adaptation"]),
        v["adapted_date"],
    )


def _dated(day_field: str) -> Callable[[Mapping[str, Any], object], Fingerprint]:
    """A record a package reads only once its ``day_field`` date has come."""

    def build(v: Mapping[str, Any], _obj: object) -> Fingerprint:
        values = tuple(sorted(v.items()))

        def at(end: date) -> Hashable:
            return values if on_or_before(v[day_field], end) is not None else None

        return at

    return build


def _case_signalled(obj: object) -> date | None:
    case = getattr(obj, "case", None)
    return getattr(case, "signal_date", None)


def _risk_factor(v: Mapping[str, Any], obj: object) -> Fingerprint:
    signalled = _case_signalled(obj)

    def at(end: date) -> Hashable:
        if v["noted_date"] is not None and v["noted_date"] > end:
            return None
        if signalled is not None and signalled > end:
            return None
        return (v["code"], v["person_id"], v["noted_date"])

    return at


def _case(v: Mapping[str, Any], _obj: object) -> Fingerprint:
    counted = not (v["stage"] == CLOSED and v["closure_reason"] == OPENED_IN_ERROR)

    def at(end: date) -> Hashable:
        return counted if on_or_before(v["signal_date"], end) is not None else None

    return at


def _family(v: Mapping[str, Any], _obj: object) -> Fingerprint:
    def at(end: date) -> Hashable:
        if not v["map_level"]:
            return None
        dated = v["map_level_date"]
        return v["map_level"] if dated is None or dated <= end else None

    return at


#: The tables a package reads (models/reporting/figures.py) and what it reads of them.
WATCHED: dict[type, Watched] = {
    InfraObject: Watched(
        (
            "registered_date",
            "deregistered_date",
            "subject_to_passportization",
            "exclusion_date",
            "object_type",
        ),
        _object,
    ),
    Passport: Watched(
        ("passport_date", *_STATUSES, "requires_adaptation", "adapted_date"), _passport
    ),
    CaseEvent: Watched(
        ("kind", "event_date", "from_stage", "to_stage", "reason_code"), _dated("event_date")
    ),
    Visit: Watched(("visit_date", "next_due", "kind"), _dated("visit_date")),
    ServiceDelivered: Watched(("delivered_on", "service_type"), _dated("delivered_on")),
    CaseRiskFactor: Watched(("code", "person_id", "noted_date"), _risk_factor),
    Case: Watched(("stage", "closure_reason", "signal_date"), _case),
    Family: Watched(("map_level", "map_level_date"), _family),
}


def _values(obj: object, fields: tuple[str, ...], *, old: bool) -> dict[str, Any]:
    """Return the values of ``fields``: as loaded (``old``) or as the flush writes them."""
    values: dict[str, Any] = {}
    state = inspect(obj)
    for key in fields:
        value = getattr(obj, key)
        if old:
            history = state.attrs[key].history
            if history.deleted:
                value = history.deleted[0]
        values[key] = value
    return values


def _changed(obj: object, fields: tuple[str, ...]) -> bool:
    state = inspect(obj)
    return any(state.attrs[key].history.has_changes() for key in fields)


def lock_violation(session: Session) -> PeriodLockedError | None:
    """Return the refusal of the pending flush of ``session``, or None when it may be written.

    New objects without a registration date get the day after the latest approved period.
    """
    pending = [
        (kind, obj)
        for kind, objects in (
            ("new", session.new),
            ("dirty", session.dirty),
            ("gone", session.deleted),
        )
        for obj in objects
        if type(obj) in WATCHED
    ]
    if not pending:
        return None
    with session.no_autoflush:
        return _violation(session, pending)


def _violation(session: Session, pending: list[tuple[str, object]]) -> PeriodLockedError | None:
    approved = approved_periods(session)
    if not approved:
        return None
    day = registration_day(approved)
    for kind, obj in pending:
        watched = WATCHED[type(obj)]
        if kind == "new" and isinstance(obj, InfraObject) and obj.registered_date is None:
            obj.registered_date = day
        if kind == "dirty" and not _changed(obj, watched.fields):
            continue
        old = (
            watched.fingerprint(_values(obj, watched.fields, old=True), obj)
            if kind != "new"
            else None
        )
        new = (
            watched.fingerprint(_values(obj, watched.fields, old=False), obj)
            if kind != "gone"
            else None
        )
        hit = first_changed(approved, old, new)
        if hit is not None:
            return PeriodLockedError(hit)
    return None


@event.listens_for(Session, "before_flush")
def refuse_locked_writes(session: Session, _context: object, _instances: object) -> None:
    # NOTE: every ORM write passes here, like the code guard, so no repository, form or script
    # can change an approved period's package.
    refusal = lock_violation(session)
    if refusal is not None:
        raise refusal
