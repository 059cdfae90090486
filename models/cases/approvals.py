"""Supervisor approvals of a case (domain brief §1, §3): the support plan is "approved by the
supervisor", a closure needs "reason and supervisor approval", a reopening is a supervisor's
decision.

An approval stamps who and when on the record approved: ``support_plan.approved_by/date`` for
the current plan version, ``case_event.approved_by/date`` for the closure or reopening event.
Until then the record is **awaiting approval**: :func:`awaiting_condition` is the one SQL
condition of the supervisors' work list and its count, and :func:`pending_approvals` says the
same of one case's detail (the case card and the printed summary). Approving needs
``Permission.APPROVE``; a specialist is refused by these functions, not only by a hidden
button. The audit trail sees the approval as a change of those columns (ORM flush).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import QueryableAttribute, Session, aliased

from models.cases.dto import CaseDetail
from models.cases.rules import CLOSED, REOPENED
from models.cases.tables import EVENT_STAGE, Case, CaseEvent, SupportPlan
from models.issues import refused
from models.reference.roles import Permission, require_principal
from models.store.db import Store

#: What may await approval.
PLAN = "plan"
CLOSURE = "closure"
REOPENING = "reopening"
KINDS = (PLAN, CLOSURE, REOPENING)


def _not_approved_on(
    approved_by: QueryableAttribute[str], approved_date: QueryableAttribute[date | None], at: date
) -> ColumnElement[bool]:
    return or_(approved_by == "", approved_date.is_(None), approved_date > at)


def _plan_awaiting(at: date) -> ColumnElement[bool]:
    """The case is open and its current plan (latest version of the cycle) is not approved."""
    cycle_start = func.coalesce(Case.reopened_date, Case.signal_date)
    later = aliased(SupportPlan)
    return and_(
        Case.stage != CLOSED,
        exists().where(
            SupportPlan.case_id == Case.id,
            SupportPlan.drawn_up <= at,
            SupportPlan.drawn_up >= cycle_start,
            _not_approved_on(SupportPlan.approved_by, SupportPlan.approved_date, at),
            ~exists().where(
                later.case_id == SupportPlan.case_id,
                later.drawn_up <= at,
                later.version > SupportPlan.version,
            ),
        ),
    )


def _event_awaiting(to_stage: str, at: date) -> ColumnElement[bool]:
    """The case's latest ``to_stage`` event (on or before ``at``) is not approved."""
    later = aliased(CaseEvent)
    return exists().where(
        CaseEvent.case_id == Case.id,
        CaseEvent.kind == EVENT_STAGE,
        CaseEvent.to_stage == to_stage,
        CaseEvent.event_date <= at,
        _not_approved_on(CaseEvent.approved_by, CaseEvent.approved_date, at),
        ~exists().where(
            later.case_id == CaseEvent.case_id,
            later.kind == EVENT_STAGE,
            later.to_stage == to_stage,
            later.event_date <= at,
            later.id > CaseEvent.id,
        ),
    )


def awaiting_condition(at: date, kind: str | None = None) -> ColumnElement[bool]:
    """Return "something of the case awaits approval on ``at``" as a condition on ``Case``.

    A plan awaits while the case is open and its current version is unapproved; a closure
    while the case is closed and its latest closure is unapproved; a reopening while its
    latest reopening is unapproved. ``kind`` narrows to one of ``KINDS``. Approved after
    ``at`` counts as still awaiting on ``at``.
    """
    conditions = {
        PLAN: _plan_awaiting(at),
        CLOSURE: and_(Case.stage == CLOSED, _event_awaiting(CLOSED, at)),
        REOPENING: _event_awaiting(REOPENED, at),
    }
    if kind is not None:
        return conditions[kind]
    return or_(*conditions.values())


def pending_approvals(case: CaseDetail) -> tuple[str, ...]:
    """Return what of ``case`` awaits approval now (``KINDS``, in that order)."""
    pending: list[str] = []
    cycle_start = case.reopened_date or case.signal.signal_date
    plans = [p for p in case.plans if p.drawn_up >= cycle_start]
    if case.stage != CLOSED and plans and not plans[-1].approved_by:
        pending.append(PLAN)
    closures = [e for e in case.events if e.kind == EVENT_STAGE and e.to_stage == CLOSED]
    if case.stage == CLOSED and closures and not closures[-1].approved_by:
        pending.append(CLOSURE)
    reopenings = [e for e in case.events if e.kind == EVENT_STAGE and e.to_stage == REOPENED]
    if reopenings and not reopenings[-1].approved_by:
        pending.append(REOPENING)
    return tuple(pending)


def current_approvals(case: CaseDetail) -> tuple[tuple[str, str, date | None], ...]:
    """Return (kind, approved by, approved on) of the case's current records that are approved.

    The current plan is the latest version of the cycle; the closure counts while the case is
    closed; the reopening while the case is in the cycle it reopened.
    """
    done: list[tuple[str, str, date | None]] = []
    cycle_start = case.reopened_date or case.signal.signal_date
    plans = [p for p in case.plans if p.drawn_up >= cycle_start]
    if plans and plans[-1].approved_by:
        done.append((PLAN, plans[-1].approved_by, plans[-1].approved_date))
    closures = [e for e in case.events if e.kind == EVENT_STAGE and e.to_stage == CLOSED]
    if case.stage == CLOSED and closures and closures[-1].approved_by:
        done.append((CLOSURE, closures[-1].approved_by, closures[-1].approved_date))
    reopenings = [e for e in case.events if e.kind == EVENT_STAGE and e.to_stage == REOPENED]
    if case.reopened_date is not None and reopenings and reopenings[-1].approved_by:
        done.append((REOPENING, reopenings[-1].approved_by, reopenings[-1].approved_date))
    return tuple(done)


def _check_date(on: date, recorded: date, field: str) -> None:
    if on < recorded:
        raise refused(field, "approval_before_record", date=recorded)


def _already(by: str, on: date | None, field: str) -> None:
    if by:
        raise refused(field, "already_approved", by=by, date=on)


def _latest_event(s: Session, case_id: int, to_stage: str) -> CaseEvent | None:
    return s.scalars(
        select(CaseEvent)
        .where(
            CaseEvent.case_id == case_id,
            CaseEvent.kind == EVENT_STAGE,
            CaseEvent.to_stage == to_stage,
        )
        .order_by(CaseEvent.id.desc())
        .limit(1)
    ).first()


def approve_plan(store: Store, case_id: int, user: str, on: date | None = None) -> int:
    """Approve the current support plan of an open case on ``on`` (today); return its id.

    The current plan is the latest version drawn up in the case's current cycle.

    Raises:
        RoleError: the role may not approve (a specialist, a viewer); nothing is written.
        ValidationError: ``plan`` ``nothing_to_approve`` (no plan in this cycle, or the case
            is closed), ``already_approved``, or ``approval_before_record``.
    """
    require_principal(store.principal, Permission.APPROVE)
    on = on or date.today()
    with store.session(user) as s:
        case = s.get_one(Case, case_id)
        cycle_start = case.reopened_date or case.signal_date
        plan = s.scalars(
            select(SupportPlan)
            .where(SupportPlan.case_id == case_id, SupportPlan.drawn_up >= cycle_start)
            .order_by(SupportPlan.version.desc())
            .limit(1)
        ).first()
        if plan is None or case.stage == CLOSED:
            raise refused("plan", "nothing_to_approve")
        _already(plan.approved_by, plan.approved_date, "plan")
        _check_date(on, plan.drawn_up, "plan")
        plan.approved_by = user
        plan.approved_date = on
        return plan.id


def _approve_event(
    store: Store, case_id: int, user: str, on: date | None, to_stage: str, field: str
) -> None:
    require_principal(store.principal, Permission.APPROVE)
    on = on or date.today()
    with store.session(user) as s:
        case = s.get_one(Case, case_id)
        event = _latest_event(s, case_id, to_stage)
        if event is None or (to_stage == CLOSED and case.stage != CLOSED):
            raise refused(field, "nothing_to_approve")
        _already(event.approved_by, event.approved_date, field)
        _check_date(on, event.event_date, field)
        event.approved_by = user
        event.approved_date = on


def approve_closure(store: Store, case_id: int, user: str, on: date | None = None) -> None:
    """Approve the closure of a closed case (its latest closure event) on ``on`` (today).

    Raises:
        RoleError: the role may not approve; nothing is written.
        ValidationError: ``closure`` ``nothing_to_approve`` (the case is not closed),
            ``already_approved`` or ``approval_before_record``.
    """
    _approve_event(store, case_id, user, on, CLOSED, CLOSURE)


def approve_reopening(store: Store, case_id: int, user: str, on: date | None = None) -> None:
    """Approve the latest reopening of a case on ``on`` (today).

    Raises:
        RoleError: the role may not approve; nothing is written.
        ValidationError: ``reopening`` ``nothing_to_approve`` (never reopened),
            ``already_approved`` or ``approval_before_record``.
    """
    _approve_event(store, case_id, user, on, REOPENED, REOPENING)


APPROVERS = {PLAN: approve_plan, CLOSURE: approve_closure, REOPENING: approve_reopening}


def approve(store: Store, case_id: int, kind: str, user: str, on: date | None = None) -> None:
    """Approve the ``kind`` (one of ``KINDS``) of a case: see the ``approve_*`` functions."""
    APPROVERS[kind](store, case_id, user, on)
