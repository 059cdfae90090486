"""The work lists of family-support cases: open, follow-ups due this week, overdue, without a
plan, to relaunch with the mobile group (issue 14), and their counts on the main window.

Each list has one SQL condition, shared by the list and its count. The overdue rule is the one
of B1 (:func:`models.cases.overdue.overdue_condition`), so the lists, the dashboard, the
printed report and the quality list give one number for one date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from models.cases.access import sees_all_cases
from models.cases.approvals import awaiting_condition
from models.cases.dto import CaseRow, WorkListCounts
from models.cases.overdue import overdue_condition
from models.cases.rules import (
    ASSESSMENT,
    CLOSED,
    IDENTIFIED,
    REOPENED,
    is_restricted,
)
from models.cases.tables import Case, CaseRiskFactor
from models.families.tables import Family, FamilyMember, Person
from models.reference import settings as domain_settings
from models.reference.office_settings import write_checked
from models.reference.roles import Permission, require_principal, requires
from models.store.db import Store

#: Stages at which a case still waits for its plan.
_WAITING_FOR_PLAN = (IDENTIFIED, ASSESSMENT, REOPENED)


def waiting_for_plan_condition(at: date, days: int | None) -> ColumnElement[bool]:
    """Return "waiting for a plan since ``days`` days or more on ``at``" as a condition.

    Waiting means at IDENTIFIED, ASSESSMENT or REOPENED, counted from the reopening when there
    was one, else from the identification. ``days`` None (no limit set) means waiting at all on
    ``at``: the same as 0 days, and nothing is "late" then (the data-quality list says so).
    """
    cutoff = at - timedelta(days=days or 0)
    return and_(
        Case.stage.in_(_WAITING_FOR_PLAN),
        or_(
            and_(Case.reopened_date.is_(None), Case.identified_date <= cutoff),
            Case.reopened_date <= cutoff,
        ),
    )


#: Digital Family Map categories whose families are relaunched with the mobile group (§3.6).
RELAUNCH_LEVELS = ("D", "E")


def relaunch_condition(at: date, days: int) -> ColumnElement[bool]:
    """Return "open, the family still in map category D or E, ``days`` days or more after the
    case opened" on ``at`` (brief §3.4, §3.6: such families are relaunched with the mobile
    group). A case opens at its signal; a reopened case counts from its reopening. The family's
    category is its current one (the map gives no history)."""
    cutoff = at - timedelta(days=days)
    return and_(
        Case.stage != CLOSED,
        Case.family_id.in_(select(Family.id).where(Family.map_level.in_(RELAUNCH_LEVELS))),
        func.coalesce(Case.reopened_date, Case.signal_date) <= cutoff,
    )


class WorkLists:
    """The work lists of cases and the plan-due setting they use (base of CaseRepository)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- settings ---------------------------------------------------------------------------

    def plan_due_days(self) -> int | None:
        """Return N of "without a plan N days after identification", None when no limit is set.

        No official time limit between stages exists, so the default is none (brief §3.4).
        """
        with self.store.session() as s:
            return domain_settings.plan_due_days(s)

    @requires(Permission.ALL_CASES)
    def set_plan_due_days(self, days: int | None, user: str) -> None:
        """Store N of the "without a plan" work list (None: the office sets no limit).

        It is the office's, so a supervisor or administrator sets it (``ALL_CASES``).
        """
        with self.store.session(user) as s:
            # One writer with one range for the cases page and the office settings (issue 12).
            write_checked(s, domain_settings.PLAN_DUE_DAYS_KEY, days)

    def relaunch_after_days(self) -> int:
        """Return N of the relaunch list (setting ``relaunch_after_days``, default 90)."""
        with self.store.session() as s:
            return domain_settings.relaunch_after_days(s)

    @requires(Permission.ALL_CASES)
    def set_relaunch_after_days(self, days: int, user: str) -> None:
        """Store N of the relaunch list (a supervisor or administrator: the office's).

        Raises:
            ValidationError: ``out_of_range`` outside 1-3650 days; nothing is written.
        """
        with self.store.session(user) as s:
            write_checked(s, domain_settings.RELAUNCH_DAYS_KEY, days)

    # -- work lists -------------------------------------------------------------------------

    def _rows(self, s: Session, cases: Iterable[Case]) -> list[CaseRow]:
        cases = list(cases)
        family_ids = {c.family_id for c in cases if c.family_id is not None}
        names: dict[int, str] = {}
        katos: dict[int, str] = {}
        if family_ids:
            for fid, kato in s.execute(
                select(Family.id, Family.kato).where(Family.id.in_(family_ids))
            ):
                katos[fid] = kato
            for fid, surname, given in s.execute(
                select(FamilyMember.family_id, Person.surname, Person.given_name)
                .join(Person, Person.id == FamilyMember.person_id)
                .where(
                    FamilyMember.family_id.in_(family_ids),
                    FamilyMember.relation == "APPLICANT",
                    FamilyMember.until.is_(None),
                )
                .order_by(FamilyMember.id)
            ):
                names.setdefault(fid, f"{surname} {given}")
        risks: dict[int, list[str]] = {c.id: [] for c in cases}
        if cases:
            for cid, code in s.execute(
                select(CaseRiskFactor.case_id, CaseRiskFactor.code)
                .where(CaseRiskFactor.case_id.in_(list(risks)))
                .order_by(CaseRiskFactor.id)
            ):
                # Restricted-access factors never leave the case screen (brief §3.5, §6).
                if not is_restricted(code) and code not in risks[cid]:
                    risks[cid].append(code)
        return [
            CaseRow(
                id=c.id,
                uuid=c.uuid,
                number=c.number,
                stage=c.stage,
                worker_login=c.worker_login,
                family_id=c.family_id,
                family_name=names.get(c.family_id, "") if c.family_id else "",
                kato=katos.get(c.family_id, "") if c.family_id else "",
                signal_date=c.signal_date,
                identified_date=c.identified_date,
                next_follow_up=c.next_follow_up,
                risk_factors=tuple(risks[c.id]),
            )
            for c in cases
        ]

    @staticmethod
    def _week_end(at: date) -> date:
        return at + timedelta(days=6 - at.weekday())

    # Each work list has one condition, shared by the list and by :meth:`work_list_counts`, so
    # the count on the main window is always the length of the list it opens.

    @staticmethod
    def _open_condition() -> ColumnElement[bool]:
        return Case.stage != CLOSED

    def _due_this_week_condition(self, at: date) -> ColumnElement[bool]:
        return and_(
            Case.stage != CLOSED,
            Case.next_follow_up >= at,
            Case.next_follow_up <= self._week_end(at),
        )

    def _without_plan_condition(self, at: date) -> ColumnElement[bool]:
        return waiting_for_plan_condition(at, self.plan_due_days())

    def _work_list(
        self, condition: ColumnElement[bool], login: str | None, *order: Any
    ) -> list[CaseRow]:
        """The cases meeting ``condition`` (and of ``login`` unless None), in ``order``.

        A list names families, so it needs ``PERSONAL_DATA``; a specialist's lists hold their
        own cases only, whatever ``login`` asks for.
        """
        principal = self.store.principal
        require_principal(principal, Permission.PERSONAL_DATA)
        if not sees_all_cases(principal):
            login = principal.login
        stmt = select(Case).where(condition)
        if login is not None:
            stmt = stmt.where(Case.worker_login == login)
        with self.store.session() as s:
            return self._rows(s, s.scalars(stmt.order_by(*order, Case.id)))

    def my_open_cases(self, login: str) -> list[CaseRow]:
        """Return the open cases assigned to ``login``, oldest signal first."""
        return self.open_cases(login)

    def open_cases(self, login: str | None = None) -> list[CaseRow]:
        """Return every open case (or ``login``'s), oldest signal first."""
        return self._work_list(self._open_condition(), login, Case.signal_date)

    def follow_ups_due_this_week(self, at: date, login: str | None = None) -> list[CaseRow]:
        """Return open cases whose next follow-up falls from ``at`` to the Sunday of its week.

        Overdue follow-ups (before ``at``) are in :meth:`overdue_follow_ups` instead.
        """
        return self._work_list(self._due_this_week_condition(at), login, Case.next_follow_up)

    def overdue_follow_ups(self, at: date, login: str | None = None) -> list[CaseRow]:
        """Return the cases overdue on ``at``: :func:`models.cases.overdue.overdue_condition`.

        Open on ``at``, the current cycle's latest visit set a follow-up before ``at`` and no
        visit is dated from then up to ``at``; a closed cycle's follow-up has lapsed.
        """
        return self._work_list(overdue_condition(at), login, Case.next_follow_up)

    def cases_without_plan(self, at: date, login: str | None = None) -> list[CaseRow]:
        """Return cases still waiting for a plan N days or more after identification.

        Waiting means at IDENTIFIED, ASSESSMENT or REOPENED; a reopened case counts from its
        reopening. N is the ``case_plan_due_days`` setting; with no limit set (the default)
        every case waiting for a plan on ``at`` is listed, longest wait first.
        """
        waiting_since = func.coalesce(Case.reopened_date, Case.identified_date)
        return self._work_list(self._without_plan_condition(at), login, waiting_since)

    def relaunch_list(self, at: date, login: str | None = None) -> list[CaseRow]:
        """Return the open cases whose family is still in map category D or E N days or more
        after the case opened (:func:`relaunch_condition`; N: ``relaunch_after_days``), the
        longest first."""
        opened = func.coalesce(Case.reopened_date, Case.signal_date)
        return self._work_list(relaunch_condition(at, self.relaunch_after_days()), login, opened)

    def awaiting_approval(self, at: date) -> list[CaseRow]:
        """Return the cases with a plan, closure or reopening awaiting approval on ``at``.

        See :func:`models.cases.approvals.awaiting_condition`; oldest signal first. It is the
        supervisor's list: other roles get their own cases' (they cannot approve them).
        """
        return self._work_list(awaiting_condition(at), None, Case.signal_date)

    def work_list_counts(self, login: str, at: date) -> WorkListCounts:
        """Return the counts shown on the main window for ``login`` at ``at``.

        The follow-up and plan counts are the worker's own cases.
        """
        mine = select(func.count(Case.id)).where(Case.worker_login == login)
        # Read before the session: the plan condition reads the plan-due setting.
        without_plan = self._without_plan_condition(at)
        relaunch = relaunch_condition(at, self.relaunch_after_days())
        with self.store.session() as s:

            def count(condition: ColumnElement[bool]) -> int:
                return int(s.scalar(mine.where(condition)) or 0)

            return WorkListCounts(
                my_open=count(self._open_condition()),
                due_this_week=count(self._due_this_week_condition(at)),
                overdue=count(overdue_condition(at)),
                without_plan=count(without_plan),
                relaunch=count(relaunch),
            )
