"""The overdue rule: B1 ``cases_overdue`` of reporting.md §2.2, and which cases count and are open.

One rule for every place that says "overdue": the Cases work lists and their counts (at today),
B1 (at the period end, :mod:`models.reporting.figures`), the dashboard and printed report (from
B1) and the data-quality list. Cases closed as opened in error (or duplicates, brief §3.9) count
nowhere; a case is open on a day when more opening stage events (the signal, a reopening) than
closing ones are dated on or before it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, not_, select
from sqlalchemy.orm import Session, aliased

from models.cases.rules import CLOSED, REOPENED, SIGNAL
from models.cases.tables import EVENT_STAGE, Case, CaseEvent, Visit

#: Closure reason of cases excluded from statistics (brief §3.9).
OPENED_IN_ERROR = "OPENED_IN_ERROR"
#: Stage events that open a case (the signal, a reopening); a closing one takes it to CLOSED.
OPENING_STAGES = (SIGNAL, REOPENED)


def counted_case() -> ColumnElement[bool]:
    """Return the condition "the case counts in statistics" (not closed as opened in error)."""
    return not_(and_(Case.stage == CLOSED, Case.closure_reason == OPENED_IN_ERROR))


def counted_ids() -> Select[Any]:
    """Return a select of the ids of the cases that count in statistics."""
    return select(Case.id).where(counted_case())


def stage_event(*conditions: ColumnElement[bool]) -> list[ColumnElement[bool]]:
    """Return the conditions "a stage event of a counted case" and ``conditions``."""
    return [CaseEvent.kind == EVENT_STAGE, CaseEvent.case_id.in_(counted_ids()), *conditions]


def opening_delta(event: Any) -> ColumnElement[int]:
    """+1 for an event that opens a case, -1 for one that closes it, 0 otherwise."""
    return case(
        (event.to_stage.in_(OPENING_STAGES), 1),
        (event.to_stage == CLOSED, -1),
        else_=0,
    )


def open_case_ids(at: date) -> Select[Any]:
    """Return a select of the ids of counted cases open on ``at``: more opening than closing
    stage events dated on or before it."""
    return (
        select(CaseEvent.case_id)
        .where(*stage_event(CaseEvent.event_date <= at))
        .group_by(CaseEvent.case_id)
        .having(func.sum(opening_delta(CaseEvent)) > 0)
    )


def overdue_condition(at: date) -> ColumnElement[bool]:
    """Return the condition on :class:`Case` "its follow-up is overdue on ``at``".

    The rule of B1 ``cases_overdue`` (reporting.md §2.2), and the only one: the Cases work list
    and its counts (at today), B1 (at the period end), the dashboard and printed report (from
    B1) and the data-quality list all use it, so they never disagree for the same date. A case
    is overdue on ``at`` when:

    * it counts (not closed as opened in error) and is open on ``at`` (as :func:`open_case_ids`:
      more opening than closing stage events dated on or before ``at``);
    * its latest visit of the current cycle (dated from its last opening event, the signal or
      a reopening, up to ``at``; ties: the later recorded) set a next follow-up before ``at``;
    * no visit or contact is dated from that due date up to ``at``.

    A follow-up set in a cycle that was then closed lapses with the closure: a reopened case
    starts a new cycle without a follow-up until its first visit.

    NOTE: one correlated condition per case, each part an index seek (``ix_case_event_seek``,
    covering: no event row is read; ``ix_visit_case_date``), so the work lists filtered by
    worker stay on their indexes and the list and its count share the very same SQL.
    """
    ev = aliased(CaseEvent, name="ov_event")
    opened = (
        select(func.coalesce(func.sum(opening_delta(ev)), 0))
        .where(ev.case_id == Case.id, ev.kind == EVENT_STAGE, ev.event_date <= at)
        .correlate_except(ev)
        .scalar_subquery()
    )
    start = aliased(CaseEvent, name="ov_start")
    cycle_start = (
        select(func.max(start.event_date))
        .where(
            start.case_id == Case.id,
            start.kind == EVENT_STAGE,
            start.to_stage.in_(OPENING_STAGES),
            start.event_date <= at,
        )
        .correlate_except(start)
        .scalar_subquery()
    )
    v = aliased(Visit, name="ov_visit")
    latest_visit = (
        select(v.id)
        .where(v.case_id == Case.id, v.visit_date >= cycle_start, v.visit_date <= at)
        .order_by(v.visit_date.desc(), v.id.desc())
        .limit(1)
        .correlate_except(v)
        .scalar_subquery()
    )
    last = aliased(Visit, name="ov_last")
    later = aliased(Visit, name="ov_later")
    # Correlated explicitly: SQLAlchemy correlates a subquery only to the query right around it.
    visited = (
        exists()
        .where(later.case_id == Case.id, later.visit_date >= last.next_due, later.visit_date <= at)
        .correlate_except(later)
    )
    missed = (
        exists()
        .where(last.id == latest_visit, last.next_due < at, not_(visited))
        .correlate_except(last)
    )
    return and_(counted_case(), opened > 0, missed)


def overdue_count(s: Session, at: date, login: str | None = None) -> int:
    """Return the number of cases overdue on ``at`` (``login``'s only, unless None)."""
    stmt = select(func.count(Case.id)).where(overdue_condition(at))
    if login is not None:
        stmt = stmt.where(Case.worker_login == login)
    return int(s.scalar(stmt) or 0)
