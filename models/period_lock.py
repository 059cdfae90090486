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
* cases: whether they count (a closure as opened in error removes a case from every period),
  and their family (whose children B1 counts, whose map level B4 reads);
* families: their Digital Family Map level at E (B4);
* people and memberships (B1's children): whether a person counts as a child of a family with
  a case open at E, and then whether with a disability (``models/reporting/figures.py``
  ``children_condition``). A change of a person's birth date or disability group, or an insert,
  a change (family, person, since, until) or a deletion of a membership, is compared for every
  person it touches, from the memberships stored and those of the flush; a child of a family
  with no case open at E, an adult's birth date, a membership starting after E stay editable.

New objects without a registration date of their own, added while a period is approved, are
registered on the day after the latest approved period (§6.1), here, before the check.

The bulk paths write with Core and ask the same rule on plain values: the registry import
(``models/objects/registry/store.py``), demo data (``models/demo/load.py``) and consolidation
(``models/reporting/consolidation.py``, ``models/reporting/returns.py``). People and
memberships are written through the ORM everywhere but in demo data, which is refused whole
while a period is approved; the transfer receive adds a new family (no case open at E) by the
ORM, so this guard sees it.

:func:`lock_for` answers the forms (a banner, read-only fields): the approved period whose
lock covers an existing record.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from models.cases.overdue import OPENED_IN_ERROR
from models.cases.rules import CLOSED
from models.cases.tables import Case, CaseEvent, CaseRiskFactor, ServiceDelivered, Visit
from models.families.tables import Family, FamilyMember, Person
from models.objects.tables import CATEGORIES, InfraObject, Passport
from models.reference.approvals import (
    ApprovedPeriod,
    Fingerprint,
    PeriodLockedError,
    approved_periods,
    first_changed,
    object_fingerprint,
    on_or_before,
    passport_fingerprint,
    registration_day,
)
from models.reporting.figures import NO_DISABILITY, child_cutoff, families_with_open_case
from models.store.db import Store

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
        v["kato"],
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
        # The family decides whose children B1 counts and which map level B4 reads.
        if on_or_before(v["signal_date"], end) is None:
            return None
        return (counted, v["family_id"])

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
            "kato",
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
    Case: Watched(("stage", "closure_reason", "signal_date", "family_id"), _case),
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
        if type(obj) in WATCHED or type(obj) in _CHILD_FIELDS
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
        if type(obj) not in WATCHED:
            continue
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
    hit = _children_changed(session, approved, pending)
    return PeriodLockedError(hit) if hit is not None else None


# -- B1's children: people and their memberships ------------------------------------------------

#: What B1 reads of a person and of a membership (figures.children_condition).
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {
    Person: ("birth_date", "disability_group"),
    FamilyMember: ("family_id", "person_id", "since", "until", "family", "person"),
}
_PERSON = Person.__table__
_MEMBER = FamilyMember.__table__
#: Ids per ``IN`` list (SQLite's bound-parameter limit).
_CHUNK = 500

#: A person: its id once stored, else the new Person itself.
PersonKey = int | Person
#: A family: its id once stored, else the new Family itself (no case is open in it yet).
FamilyKey = int | Family | None


@dataclass(frozen=True)
class _Stay:
    """A membership as B1 reads it: the family, since, until."""

    family: FamilyKey
    since: date | None
    until: date | None

    def at(self, end: date) -> bool:
        started = self.since is None or self.since <= end
        return started and (self.until is None or self.until > end)


def _ref(obj: object, relation: str, column: str) -> Any:
    """Return the id the flush writes to ``column``, or the new object a relation names."""
    added = inspect(obj).attrs[relation].history.added
    if added:
        target = added[0]
        if target is None:
            return None
        identity = inspect(target).identity
        return identity[0] if identity else target
    return getattr(obj, column)


def _chunks(ids: set[int]) -> list[list[int]]:
    ordered = sorted(ids)
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def _child_at(
    born: date | None, disability: str, stays: list[_Stay], open_families: set[int], end: date
) -> Hashable:
    """What B1 of a period ending on ``end`` reads of a person: None when not counted as a
    child, else whether with a disability."""
    if born is None or not (child_cutoff(end) < born <= end):
        return None
    if not any(m.family in open_families and m.at(end) for m in stays):
        return None
    return (disability or "") not in NO_DISABILITY


def _children_changed(
    session: Session, approved: list[ApprovedPeriod], pending: list[tuple[str, object]]
) -> ApprovedPeriod | None:
    people: dict[PersonKey, tuple[str, Person]] = {}
    members: list[tuple[str, FamilyMember]] = []
    for kind, obj in pending:
        if isinstance(obj, Person) and (kind != "dirty" or _changed(obj, _CHILD_FIELDS[Person])):
            people[obj.id if obj.id is not None else obj] = (kind, obj)
        elif isinstance(obj, FamilyMember) and (
            kind != "dirty" or _changed(obj, _CHILD_FIELDS[FamilyMember])
        ):
            members.append((kind, obj))
    if not people and not members:
        return None
    # The memberships' new people, and their old ones as stored.
    affected: set[PersonKey] = set(people)
    new_stays: dict[PersonKey, list[_Stay]] = {}
    for kind, mm in members:
        if kind == "gone":
            continue
        who = _ref(mm, "person", "person_id")
        if who is not None:
            affected.add(who)
            stay = _Stay(_ref(mm, "family", "family_id"), mm.since, mm.until)
            new_stays.setdefault(who, []).append(stay)
    replaced = {mm.id for kind, mm in members if kind != "new" and mm.id is not None}
    for chunk in _chunks(replaced):
        rows = session.execute(select(_MEMBER.c.person_id).where(_MEMBER.c.id.in_(chunk)))
        affected.update(r.person_id for r in rows)
    stored = {k for k in affected if isinstance(k, int)}
    old_stays: dict[PersonKey, list[tuple[int, _Stay]]] = {}
    old_person: dict[PersonKey, tuple[date | None, str]] = {}
    for chunk in _chunks(stored):
        for r in session.execute(
            select(_MEMBER.c.id, _MEMBER.c.person_id, _MEMBER.c.family_id, _MEMBER.c.since,
                   _MEMBER.c.until).where(_MEMBER.c.person_id.in_(chunk))
        ):  # fmt: skip
            old_stays.setdefault(r.person_id, []).append(
                (r.id, _Stay(r.family_id, r.since, r.until))
            )
        people_rows = session.execute(
            select(_PERSON.c.id, _PERSON.c.birth_date, _PERSON.c.disability_group).where(
                _PERSON.c.id.in_(chunk)
            )
        )
        old_person.update((p.id, (p.birth_date, p.disability_group)) for p in people_rows)
    families = {
        m.family
        for stays in (*([s for _i, s in v] for v in old_stays.values()), *new_stays.values())
        for m in stays
        if isinstance(m.family, int)
    }
    if not families:
        return None
    for a in approved:
        open_families: set[int] = set()
        for chunk in _chunks(families):
            open_families.update(
                session.scalars(families_with_open_case(a.end).where(Case.family_id.in_(chunk)))
            )
        if not open_families:
            continue
        for who in affected:
            before: Hashable = None
            if who in old_person:
                born, group = old_person[who]
                stays = [s for _i, s in old_stays.get(who, [])]
                before = _child_at(born, group, stays, open_families, a.end)
            after: Hashable = None
            kind, person = people.get(who, ("", None))
            if kind != "gone" and (person is not None or who in old_person):
                born, group = (
                    (person.birth_date, person.disability_group)
                    if person is not None
                    else old_person[who]
                )
                stays = [s for i, s in old_stays.get(who, []) if i not in replaced]
                stays += new_stays.get(who, [])
                after = _child_at(born, group, stays, open_families, a.end)
            if before != after:
                return a
    return None


@event.listens_for(Session, "before_flush")
def refuse_locked_writes(session: Session, _context: object, _instances: object) -> None:
    # NOTE: every ORM write passes here, like the code guard, so no repository, form or script
    # can change an approved period's package.
    refusal = lock_violation(session)
    if refusal is not None:
        raise refusal


# -- the lock of one record, for the forms -------------------------------------------------------


def _reads_record(s: Session, record: object, end: date, *, adaptation: bool) -> bool:
    """True when the package of a period ending on ``end`` reads ``record``'s locked values."""
    if isinstance(record, InfraObject):
        # In the register then, or deregistered by then: its dates, type and status all count.
        return record.registered_date is None or record.registered_date <= end
    if isinstance(record, Passport) and adaptation:
        return on_or_before(record.adapted_date, end) is not None
    if isinstance(record, Person):
        return _counted_child(s, record, end)
    watched = WATCHED.get(type(record))
    if watched is None:
        return False
    return watched.fingerprint(_values(record, watched.fields, old=False), record)(end) is not None


def _counted_child(s: Session, person: Person, end: date) -> bool:
    stays = [
        _Stay(r.family_id, r.since, r.until)
        for r in s.execute(
            select(_MEMBER.c.family_id, _MEMBER.c.since, _MEMBER.c.until).where(
                _MEMBER.c.person_id == person.id
            )
        )
    ]
    families = {m.family for m in stays if isinstance(m.family, int)}
    if not families:
        return False
    open_families = set(
        s.scalars(families_with_open_case(end).where(Case.family_id.in_(sorted(families))))
    )
    return (
        _child_at(person.birth_date, person.disability_group, stays, open_families, end) is not None
    )


def lock_for(
    db: Store | Session, record: object | tuple[type, int], *, adaptation: bool = False
) -> ApprovedPeriod | None:
    """Return the approved period whose lock covers an existing record, or None (the forms
    show a banner and make the fields that change its figures read-only).

    Covered: an object in the register at an approved period's last day (or deregistered by
    then), a passport dated on or before it (``adaptation``: the passport's adaptation done on
    or before it), a case event, visit or service dated on or before it, a case signalled by
    then, a family whose map level is dated by then, a person counted among B1's children then.
    The earliest such period is named, as the refusal of a write names it.

    Args:
        db: a store (a short session is opened) or a session.
        record: an ORM record, or its class and id.
        adaptation: for a passport, the lock of its adaptation rather than of the passport.
    """
    if isinstance(db, Store):
        with db.session() as s:
            return lock_for(s, record, adaptation=adaptation)
    with db.no_autoflush:
        if isinstance(record, tuple):
            cls, record_id = record
            record = db.get(cls, record_id)
            if record is None:
                return None
        for a in approved_periods(db):
            if _reads_record(db, record, a.end, adaptation=adaptation):
                return a
    return None
