"""Re-inspection: when an object's passport is due again, and why (brief §2.2 step 5, issue 12).

ONE rule, used by the register's "Re-inspection due" filter, the due list (objects page,
``main.py reinspection-due``) and the data-quality finding. An object in the register on the
day (subject to passportization, not deregistered) with a current passport is due for:

- ``PERIODIC``: the ``reinspection_interval_years`` setting has elapsed since the current
  version's passport date (0 or empty: no interval, never due for this reason). Since: the
  passport date plus the interval.
- ``AFTER_WORKS``: the current version's adaptation is completed (its adaptation date is set,
  or every work other than NOT_NEEDED, of at least one, has its completion date) on or before
  the day, and no later version is dated on or after the completion: a new version confirms
  the result. Since: the completion (the adaptation date, else the last work's).
- ``COMPLAINT``, ``RECONSTRUCTION``, ``CHANGE_OF_USE``: a trigger recorded on the object
  (:class:`~models.objects.control_tables.ReinspectionTrigger`) on or before the day and not
  answered by a passport version dated on or after it. Since: the earliest unanswered one.

An object without any passport is not "due for re-inspection": it is "not passported" (its
first passport is due). The triggers (record, edit, delete) are kept here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, not_, or_, select, union
from sqlalchemy.orm import Session, aliased

from models.issues import ValidationReport, raise_if_errors
from models.objects.control_tables import TRIGGER_KINDS, ReinspectionTrigger
from models.objects.tables import InfraObject, Passport, ZoneWork
from models.reference import settings as domain_settings
from models.reference.roles import Permission, requires
from models.store.db import Store
from models.text import has_control

PERIODIC = "PERIODIC"
AFTER_WORKS = "AFTER_WORKS"
#: Reasons in the order the due list says them (``reinspection_reasons``).
REASONS = (PERIODIC, AFTER_WORKS, *TRIGGER_KINDS)
#: The longest note of a trigger.
NOTE_MAX = 2000

_CUR = aliased(Passport, name="cur_passport")
_LATER = aliased(Passport, name="later_passport")


@dataclass(frozen=True)
class DueRow:
    """One object of the due list: its reasons (``REASONS`` order), each since when."""

    object_id: int
    name: str
    reasons: tuple[str, ...]
    since: dict[str, date]

    @property
    def first_since(self) -> date:
        """Return the day the object first became due (its earliest reason)."""
        return min(self.since.values())


@dataclass(frozen=True)
class TriggerDraft:
    """A re-inspection trigger as typed (``id`` None: a new one)."""

    object_id: int
    kind: str
    occurred_on: date | None
    note: str = ""
    id: int | None = None


def add_years(day: date, years: int) -> date:
    """Return ``day`` plus ``years`` (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def reinspection_cutoff(years: int | None, at: date) -> date | None:
    """Return the latest passport date due for re-inspection on ``at`` (None: no interval set).

    A passport is due ``years`` (the ``reinspection_interval_years`` setting) after its date.
    """
    if years is None:
        return None
    return add_years(at, -years)


def _in_register(at: date, object_id: int | None = None) -> list[ColumnElement[bool]]:
    only = [] if object_id is None else [InfraObject.id == object_id]
    return [
        *only,
        InfraObject.subject_to_passportization.is_(True),
        or_(InfraObject.deregistered_date.is_(None), InfraObject.deregistered_date > at),
    ]


def _completion(at: date) -> ColumnElement[Any]:
    """The completion of the current version's adaptation as of ``at`` (NULL: not completed)."""
    real = ZoneWork.work != "NOT_NEEDED"
    last_done = (
        select(func.max(ZoneWork.completed_date))
        .where(ZoneWork.passport_id == _CUR.id, real)
        .scalar_subquery()
    )
    some = exists().where(ZoneWork.passport_id == _CUR.id, real)
    still_open = exists().where(
        ZoneWork.passport_id == _CUR.id,
        real,
        or_(ZoneWork.completed_date.is_(None), ZoneWork.completed_date > at),
    )
    return case(
        (_CUR.adapted_date.is_not(None), _CUR.adapted_date),
        (and_(some, not_(still_open)), last_done),
        else_=None,
    )


def _after_works(at: date, object_id: int | None = None) -> Select[int, date | None]:
    """(object id, completion) of the objects due for AFTER_WORKS on ``at``."""
    done = _completion(at)
    later = exists().where(
        _LATER.object_id == InfraObject.id,
        _LATER.version > _CUR.version,
        _LATER.passport_date >= done,
        _LATER.passport_date <= at,
    )
    return (
        select(InfraObject.id, done)
        .join(_CUR, _CUR.id == InfraObject.current_passport_id)
        .where(*_in_register(at, object_id), done.is_not(None), done <= at, not_(later))
    )


def _triggers(at: date, object_id: int | None = None) -> Select[int, str, date]:
    """(object id, kind, earliest unanswered day) of the triggers open on ``at``."""
    t = ReinspectionTrigger
    answered = exists().where(
        _LATER.object_id == InfraObject.id,
        _LATER.passport_date >= t.occurred_on,
        _LATER.passport_date <= at,
    )
    return (
        select(InfraObject.id, t.kind, func.min(t.occurred_on))
        .join(t, t.object_id == InfraObject.id)
        .where(
            *_in_register(at, object_id),
            InfraObject.current_passport_id.is_not(None),
            t.occurred_on <= at,
            not_(answered),
        )
        .group_by(InfraObject.id, t.kind)
    )


def due_ids_select(s: Session, at: date) -> Select[Any]:
    """Return a SELECT of the ids of the objects due on ``at`` (for the register's filter)."""
    parts: list[Select[Any]] = [
        select(_after_works(at).subquery().c[0]),
        select(_triggers(at).subquery().c[0]),
    ]
    cutoff = reinspection_cutoff(domain_settings.reinspection_interval_years(s), at)
    if cutoff is not None:
        parts.append(select(_periodic_at(cutoff, at).subquery().c[0]))
    return select(union(*parts).subquery().c[0])


def _periodic_at(cutoff: date, at: date, object_id: int | None = None) -> Select[int, date | None]:
    return (
        select(InfraObject.id, _CUR.passport_date)
        .join(_CUR, _CUR.id == InfraObject.current_passport_id)
        .where(*_in_register(at, object_id), _CUR.passport_date <= cutoff)
    )


def due_rows(s: Session, at: date, object_id: int | None = None) -> list[DueRow]:
    """Return the due list on ``at`` (or one object's row), earliest first, then by name."""
    since: dict[int, dict[str, date]] = {}

    def put(oid: int, reason: str, day: date) -> None:
        mine = since.setdefault(oid, {})
        mine[reason] = min(day, mine.get(reason, day))

    years = domain_settings.reinspection_interval_years(s)
    cutoff = reinspection_cutoff(years, at)
    if years is not None and cutoff is not None:
        for oid, day in s.execute(_periodic_at(cutoff, at, object_id)):
            put(oid, PERIODIC, add_years(_as_date(day), years))
    for oid, day in s.execute(_after_works(at, object_id)):
        put(oid, AFTER_WORKS, _as_date(day))
    for oid, kind, day in s.execute(_triggers(at, object_id)):
        put(oid, kind, _as_date(day))
    if not since:
        return []
    named = select(InfraObject.id, InfraObject.name)
    if len(since) < 30_000:  # SQLite's bound on the parameters of one statement
        named = named.where(InfraObject.id.in_(since))
    names = {oid: name for oid, name in s.execute(named)}
    rows = [
        DueRow(oid, names.get(oid, ""), tuple(r for r in REASONS if r in found), found)
        for oid, found in since.items()
    ]
    rows.sort(key=lambda r: (r.first_since, r.name, r.object_id))
    return rows


def _as_date(value: object) -> date:
    # A CASE or MAX over dates may come back as ISO text from SQLite.
    return value if isinstance(value, date) else date.fromisoformat(str(value))


class ReinspectionRepository:
    """The due list and the triggers recorded on objects."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def due(self, at: date) -> list[DueRow]:
        """Return the objects due for re-inspection on ``at`` with their reasons."""
        with self.store.session() as s:
            return due_rows(s, at)

    def due_count(self, at: date) -> int:
        """Return how many objects are due on ``at`` (the due list's length)."""
        with self.store.session() as s:
            due = due_ids_select(s, at).subquery()
            return int(s.scalar(select(func.count()).select_from(due)) or 0)

    def due_of(self, object_id: int, at: date) -> DueRow | None:
        """Return one object's row of the due list, None when it is not due."""
        with self.store.session() as s:
            rows = due_rows(s, at, object_id)
            return rows[0] if rows else None

    # -- triggers ---------------------------------------------------------------------------

    def triggers(self, object_id: int) -> list[TriggerDraft]:
        """Return the triggers recorded on an object, latest first."""
        with self.store.session() as s:
            rows = s.scalars(
                select(ReinspectionTrigger)
                .where(ReinspectionTrigger.object_id == object_id)
                .order_by(ReinspectionTrigger.occurred_on.desc(), ReinspectionTrigger.id.desc())
            )
            return [TriggerDraft(t.object_id, t.kind, t.occurred_on, t.note, t.id) for t in rows]

    def answered_on(self, object_id: int, trigger: TriggerDraft) -> date | None:
        """Return the date of the first passport version answering ``trigger`` (None: open)."""
        if trigger.occurred_on is None:
            return None
        with self.store.session() as s:
            return s.scalar(
                select(func.min(Passport.passport_date)).where(
                    Passport.object_id == object_id,
                    Passport.passport_date >= trigger.occurred_on,
                )
            )

    @requires(Permission.EDIT_OBJECTS)
    def save_trigger(self, draft: TriggerDraft, today: date, user: str) -> int:
        """Validate and save a trigger (new when ``draft.id`` is None); return its id.

        Raises:
            ValidationError: a rule is broken; nothing is written.
        """
        raise_if_errors(validate_trigger(draft, today))
        with self.store.session(user) as s:
            if draft.id is None:
                s.get_one(InfraObject, draft.object_id)
                row = ReinspectionTrigger(object_id=draft.object_id)
                s.add(row)
            else:
                row = s.get_one(ReinspectionTrigger, draft.id)
            row.kind = draft.kind
            row.occurred_on = draft.occurred_on  # type: ignore[assignment]
            row.note = draft.note.strip()
            s.flush()
            return row.id

    @requires(Permission.EDIT_OBJECTS)
    def delete_trigger(self, trigger_id: int, user: str) -> None:
        """Delete a trigger recorded by mistake."""
        with self.store.session(user) as s:
            s.delete(s.get_one(ReinspectionTrigger, trigger_id))


def validate_trigger(draft: TriggerDraft, today: date) -> ValidationReport:
    """Check a trigger: a known kind, a day not in the future, a plain note."""
    report = ValidationReport()
    if draft.kind not in TRIGGER_KINDS:
        report.add("kind", "required" if not draft.kind else "unknown_code", code=draft.kind)
    if draft.occurred_on is None:
        report.add("occurred_on", "required")
    elif draft.occurred_on > today:
        report.add("occurred_on", "date_in_future")
    if has_control(draft.note, multiline=True):
        report.add("note", "control_chars")
    elif len(draft.note) > NOTE_MAX:
        report.add("note", "text_too_long", limit=NOTE_MAX)
    return report
