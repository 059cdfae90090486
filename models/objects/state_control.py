"""State control of objects (brief §2.2, issue 12): inspections by a control body.

An inspection is an optional sub-record of an object: the day, the body, the violations it
found, its order to remedy (нұсқама / предписание), a fine in МРП, the deadline to remedy and
the day the violations were remedied. :meth:`StateControlRepository.counts` makes them
countable per period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models.issues import ValidationReport, raise_if_errors
from models.objects.control_tables import StateControl
from models.objects.tables import InfraObject
from models.reference.roles import Permission, requires
from models.store.db import Store
from models.text import has_control

#: The largest fine (МРП) taken as plausible: the fines of the Administrative Offences Code
#: for legal entities stay well below it; a larger number is a typing slip (tenge for МРП).
FINE_MAX_MRP = Decimal(10_000)
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class InspectionDraft:
    """A state-control inspection as typed (``id`` None: a new one)."""

    object_id: int
    inspected_on: date | None
    body: str
    violations: str = ""
    order_ref: str = ""
    fine_mrp: Decimal | None = None
    deadline: date | None = None
    done_on: date | None = None
    note: str = ""
    id: int | None = None

    @property
    def has_violations(self) -> bool:
        """True when the inspection recorded violations."""
        return bool(self.violations.strip())

    def overdue(self, on: date) -> bool:
        """True when the deadline passed before ``on`` and the violations were not remedied by
        then."""
        return (
            self.deadline is not None
            and self.deadline < on
            and (self.done_on is None or self.done_on > on)
        )


@dataclass(frozen=True)
class ControlCounts:
    """State control in a period (inspected in it; overdue as of its end)."""

    inspections: int = 0
    with_violations: int = 0
    with_order: int = 0
    fines_mrp: Decimal = Decimal(0)
    fined: int = 0
    remedied: int = 0
    overdue: int = 0


def validate_inspection(draft: InspectionDraft, today: date) -> ValidationReport:
    """Check an inspection: required day and body, a plausible fine, dates in order."""
    report = ValidationReport()
    if draft.inspected_on is None:
        report.add("inspected_on", "required")
    elif draft.inspected_on > today:
        report.add("inspected_on", "date_in_future")
    if not draft.body.strip():
        report.add("body", "required")
    for fld in ("body", "order_ref"):
        if has_control(getattr(draft, fld)):
            report.add(fld, "control_chars")
    for fld in ("violations", "note"):
        if has_control(getattr(draft, fld), multiline=True):
            report.add(fld, "control_chars")
    if draft.fine_mrp is not None:
        if draft.fine_mrp < 0:
            report.add("fine_mrp", "negative_amount")
        elif draft.fine_mrp > FINE_MAX_MRP:
            report.add("fine_mrp", "out_of_range", low=0, high=int(FINE_MAX_MRP))
    start = draft.inspected_on
    if start is not None and draft.deadline is not None and draft.deadline < start:
        report.add("deadline", "before_inspection", date=start.isoformat())
    if draft.done_on is not None:
        if draft.done_on > today:
            report.add("done_on", "date_in_future")
        elif start is not None and draft.done_on < start:
            report.add("done_on", "before_inspection", date=start.isoformat())
    return report


def _draft(r: StateControl) -> InspectionDraft:
    return InspectionDraft(
        object_id=r.object_id,
        inspected_on=r.inspected_on,
        body=r.body,
        violations=r.violations,
        order_ref=r.order_ref,
        fine_mrp=None if r.fine_mrp is None else Decimal(r.fine_mrp),
        deadline=r.deadline,
        done_on=r.done_on,
        note=r.note,
        id=r.id,
    )


class StateControlRepository:
    """State-control inspections of objects: list, add, edit, delete, count per period."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def of_object(self, object_id: int) -> list[InspectionDraft]:
        """Return an object's inspections, latest first."""
        with self.store.session() as s:
            rows = s.scalars(
                select(StateControl)
                .where(StateControl.object_id == object_id)
                .order_by(StateControl.inspected_on.desc(), StateControl.id.desc())
            )
            return [_draft(r) for r in rows]

    def get(self, inspection_id: int) -> InspectionDraft:
        """Return one inspection."""
        with self.store.session() as s:
            return _draft(s.get_one(StateControl, inspection_id))

    @requires(Permission.EDIT_OBJECTS)
    def save(self, draft: InspectionDraft, today: date, user: str) -> int:
        """Validate and save an inspection (new when ``draft.id`` is None); return its id.

        Raises:
            ValidationError: a rule is broken; nothing is written.
        """
        raise_if_errors(validate_inspection(draft, today))
        with self.store.session(user) as s:
            if draft.id is None:
                s.get_one(InfraObject, draft.object_id)
                row = StateControl(object_id=draft.object_id)
                s.add(row)
            else:
                row = s.get_one(StateControl, draft.id)
            row.inspected_on = draft.inspected_on  # type: ignore[assignment]
            row.body = draft.body.strip()
            row.violations = draft.violations.strip()
            row.order_ref = draft.order_ref.strip()
            row.fine_mrp = (
                None
                if draft.fine_mrp is None
                else draft.fine_mrp.quantize(_CENT, rounding=ROUND_HALF_UP)
            )
            row.deadline = draft.deadline
            row.done_on = draft.done_on
            row.note = draft.note.strip()
            s.flush()
            return row.id

    @requires(Permission.EDIT_OBJECTS)
    def delete(self, inspection_id: int, user: str) -> None:
        """Delete an inspection recorded by mistake."""
        with self.store.session(user) as s:
            s.delete(s.get_one(StateControl, inspection_id))

    def counts(self, start: date, end: date, object_id: int | None = None) -> ControlCounts:
        """Return the state control of the period ``start``..``end`` (both included).

        Inspections, those with violations, with an order to remedy, fined (and the fines'
        total in МРП), remedied (by ``end``) count the inspections dated in the period;
        ``overdue`` counts every inspection dated on or before ``end`` whose deadline passed
        before ``end`` and whose violations were not remedied by then.
        """
        with self.store.session() as s:
            return _counts(s, start, end, object_id)


def _counts(s: Session, start: date, end: date, object_id: int | None) -> ControlCounts:
    c = StateControl
    scope = [] if object_id is None else [c.object_id == object_id]
    in_period = and_(c.inspected_on >= start, c.inspected_on <= end, *scope)
    nonempty = func.trim(c.violations) != ""

    def n(*where: object) -> int:
        return int(s.scalar(select(func.count(c.id)).where(*where)) or 0)  # type: ignore[arg-type]

    total = s.scalar(select(func.sum(c.fine_mrp)).where(in_period))
    return ControlCounts(
        inspections=n(in_period),
        with_violations=n(in_period, nonempty),
        with_order=n(in_period, func.trim(c.order_ref) != ""),
        fines_mrp=Decimal(total or 0).quantize(_CENT),
        fined=n(in_period, c.fine_mrp > 0),
        remedied=n(in_period, c.done_on.is_not(None), c.done_on <= end),
        overdue=n(
            c.inspected_on <= end,
            *scope,
            c.deadline.is_not(None),
            c.deadline < end,
            or_(c.done_on.is_(None), c.done_on > end),
        ),
    )
