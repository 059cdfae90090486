"""Supervisor approvals of plans, closures and reopenings (issue 8, domain brief §1 and §3).

Three cases of the specialist ``aigerim`` on one household: A with a plan, B closed, C closed
and reopened. The "awaiting approval" list is checked by hand at fixed dates; an approval
stamps who and when; approving twice, approving before the record's date and a specialist or
viewer approving are refused with the store unchanged.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models.audit.tables import AuditEvent
from models.cases.approvals import (
    CLOSURE,
    PLAN,
    REOPENING,
    approve,
    approve_closure,
    approve_plan,
    approve_reopening,
    pending_approvals,
)
from models.cases.dto import ClosureDraft, MeasureDraft, PlanDraft, SignalDraft
from models.cases.repository import CaseRepository
from models.families.repository import FamilyRepository
from models.families.validation import CaseContext
from models.issues import ValidationError
from models.reference.roles import RoleError
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY
from tests.models.cases.test_case_steps import dump
from tests.models.families.test_family_repository import FAMILY

SIGNALLED = date(2026, 9, 1)


def _case(cases: CaseRepository, ctx: CaseContext, family_id: int, plan_on: date) -> int:
    cid = cases.open_case(
        SignalDraft(SIGNALLED, "SCHOOL", "Бала сабаққа келмейді", family_id=family_id),
        ctx,
        "aigerim",
    )
    cases.transition(cid, "IDENTIFIED", date(2026, 9, 3), ctx, "aigerim")
    cases.transition(cid, "ASSESSMENT", date(2026, 9, 4), ctx, "aigerim")
    plan = PlanDraft(plan_on, (MeasureDraft("SOCIAL", date(2026, 12, 1)),))
    cases.save_plan(cid, plan, ctx, "aigerim", advance=True)
    return cid


@pytest.fixture
def scene(store: Store) -> tuple[CaseRepository, CaseContext, dict[str, int]]:
    """Case A: plan of 10.09; B: plan of 05.09, closed 01.10; C: closed 15.09, reopened 05.10."""
    families = FamilyRepository(store)
    cases = CaseRepository(store)
    ctx = families.context(TODAY)
    fid = families.save_family(FAMILY, ctx, "aigerim")
    a = _case(cases, ctx, fid, date(2026, 9, 10))
    b = _case(cases, ctx, fid, date(2026, 9, 5))
    cases.close(b, ClosureDraft(date(2026, 10, 1), "GOALS_ACHIEVED"), ctx, "aigerim")
    c = _case(cases, ctx, fid, date(2026, 9, 6))
    cases.close(c, ClosureDraft(date(2026, 9, 15), "GOALS_ACHIEVED"), ctx, "aigerim")
    cases.reopen(c, date(2026, 10, 5), "Мектептен қайта сигнал", ctx, "aigerim")
    return cases, ctx, {"A": a, "B": b, "C": c}


def _awaiting(cases: CaseRepository, at: date) -> list[str]:
    return [row.number for row in cases.awaiting_approval(at)]


def test_awaiting_list_at_fixed_dates(
    store: Store, scene: tuple[CaseRepository, CaseContext, dict[str, int]]
) -> None:
    cases, _ctx, ids = scene
    number = {k: cases.case_number(v) for k, v in ids.items()}
    # 08.09: B's plan (05.09) and C's plan (06.09) are drawn up, but B is closed now, so only
    # its closure can wait, and that is dated 01.10; C's old plan is of the closed cycle.
    assert _awaiting(cases, date(2026, 9, 8)) == []
    # 20.09: A's plan (10.09) waits; C closed on 15.09 but is open again now (its reopening is
    # dated 05.10, after the date); B's closure (01.10) is still to come.
    assert _awaiting(cases, date(2026, 9, 20)) == [number["A"]]
    # 10.10: A's plan, B's closure, C's reopening.
    assert _awaiting(cases, date(2026, 10, 10)) == [number["A"], number["B"], number["C"]]

    approve_plan(store, ids["A"], "bolat", date(2026, 10, 12))
    approve_closure(store, ids["B"], "bolat", date(2026, 10, 12))
    # Approved on 12.10: still awaiting on 11.10, no longer on 12.10.
    assert _awaiting(cases, date(2026, 10, 11)) == [number["A"], number["B"], number["C"]]
    assert _awaiting(cases, date(2026, 10, 12)) == [number["C"]]
    approve_reopening(store, ids["C"], "bolat", date(2026, 10, 12))
    assert _awaiting(cases, date(2026, 10, 12)) == []


def test_approval_stamps_who_and_when(
    store: Store, scene: tuple[CaseRepository, CaseContext, dict[str, int]]
) -> None:
    cases, _ctx, ids = scene
    supervisor = as_role(store, "bolat", "supervisor")
    assert pending_approvals(cases.get_case(ids["A"])) == (PLAN,)
    assert pending_approvals(cases.get_case(ids["B"])) == (CLOSURE,)
    assert pending_approvals(cases.get_case(ids["C"])) == (REOPENING,)

    approve(supervisor, ids["A"], PLAN, "bolat", date(2026, 10, 12))
    approve(supervisor, ids["B"], CLOSURE, "bolat", date(2026, 10, 13))
    approve(supervisor, ids["C"], REOPENING, "bolat", date(2026, 10, 14))

    a, b, c = (cases.get_case(ids[k]) for k in "ABC")
    assert (a.plans[-1].approved_by, a.plans[-1].approved_date) == ("bolat", date(2026, 10, 12))
    closure = [e for e in b.events if e.to_stage == "CLOSED"][-1]
    assert (closure.approved_by, closure.approved_date) == ("bolat", date(2026, 10, 13))
    reopening = [e for e in c.events if e.to_stage == "REOPENED"][-1]
    assert (reopening.approved_by, reopening.approved_date) == ("bolat", date(2026, 10, 14))
    # C's first closure (15.09) was never approved: the reopening replaced it.
    assert [e.approved_by for e in c.events if e.to_stage == "CLOSED"] == [""]
    assert [pending_approvals(d) for d in (a, b, c)] == [(), (), ()]


def test_approving_twice_is_refused_and_changes_nothing(
    store: Store, scene: tuple[CaseRepository, CaseContext, dict[str, int]]
) -> None:
    _cases, _ctx, ids = scene
    approve_plan(store, ids["A"], "bolat", date(2026, 10, 12))
    approve_closure(store, ids["B"], "bolat", date(2026, 10, 12))
    before = dump(store)
    for call, case, fld in (
        (approve_plan, ids["A"], "plan"),
        (approve_closure, ids["B"], "closure"),
    ):
        with pytest.raises(ValidationError) as err:
            call(store, case, "zhanna", date(2026, 10, 20))
        issue = err.value.report.errors[0]
        assert (issue.field, issue.code) == (fld, "already_approved")
        assert issue.params == {"by": "bolat", "date": date(2026, 10, 12)}
    assert dump(store) == before


def test_nothing_to_approve_and_approval_before_the_record(
    store: Store, scene: tuple[CaseRepository, CaseContext, dict[str, int]]
) -> None:
    _cases, _ctx, ids = scene
    before = dump(store)
    refusals = (
        (approve_closure, ids["A"], "nothing_to_approve"),  # A is not closed
        (approve_reopening, ids["A"], "nothing_to_approve"),  # never reopened
        (approve_plan, ids["B"], "nothing_to_approve"),  # closed: its plan waits no more
        (approve_plan, ids["C"], "nothing_to_approve"),  # reopened: no plan in this cycle
    )
    for call, case, code in refusals:
        with pytest.raises(ValidationError) as err:
            call(store, case, "bolat", date(2026, 10, 12))
        assert err.value.report.errors[0].code == code
    with pytest.raises(ValidationError) as err:
        approve_closure(store, ids["B"], "bolat", date(2026, 9, 30))  # closed on 01.10
    assert err.value.report.errors[0].code == "approval_before_record"
    assert err.value.report.errors[0].params == {"date": date(2026, 10, 1)}
    assert dump(store) == before


@pytest.mark.parametrize("role", ["specialist", "viewer"])
def test_only_supervisors_and_administrators_approve(
    store: Store, scene: tuple[CaseRepository, CaseContext, dict[str, int]], role: str
) -> None:
    _cases, _ctx, ids = scene
    other = as_role(store, "aigerim", role)
    before = dump(store)
    for kind, case in ((PLAN, ids["A"]), (CLOSURE, ids["B"]), (REOPENING, ids["C"])):
        with pytest.raises(RoleError) as err:
            approve(other, case, kind, "aigerim", date(2026, 10, 12))
        assert err.value.code == "not_allowed"
        assert err.value.role == role
    assert dump(store) == before
    approve_plan(as_role(store, "bolat", "supervisor"), ids["A"], "bolat", date(2026, 10, 12))
    approve_closure(as_role(store, "admin", "administrator"), ids["B"], "admin", date(2026, 10, 12))
    assert dump(store) != before


def test_a_corrected_plan_waits_for_approval_again(
    store: Store, scene: tuple[CaseRepository, CaseContext, dict[str, int]]
) -> None:
    cases, ctx, ids = scene
    approve_plan(store, ids["A"], "bolat", date(2026, 10, 12))
    plan = cases.get_case(ids["A"]).plans[-1]
    assert plan.approved_by == "bolat"
    cases.save_plan(ids["A"], PlanDraft(plan.drawn_up, plan.measures, id=plan.id), ctx, "aigerim")
    corrected = cases.get_case(ids["A"]).plans[-1]
    assert (corrected.approved_by, corrected.approved_date) == ("", None)
    assert pending_approvals(cases.get_case(ids["A"])) == (PLAN,)
    # A new version waits too, the approved one keeps its stamp.
    approve_plan(store, ids["A"], "bolat", date(2026, 10, 13))
    cases.save_plan(ids["A"], PlanDraft(date(2026, 10, 14), plan.measures[:1]), ctx, "aigerim")
    detail = cases.get_case(ids["A"])
    assert [(p.version, p.approved_by) for p in detail.plans] == [(1, "bolat"), (2, "")]
    assert cases.awaiting_approval(date(2026, 10, 14))[0].id == ids["A"]


def test_an_approval_is_in_the_audit_trail_under_its_author(
    store: Store, scene: tuple[CaseRepository, CaseContext, dict[str, int]]
) -> None:
    _cases, _ctx, ids = scene
    approve_closure(as_role(store, "bolat", "supervisor"), ids["B"], "bolat", date(2026, 10, 13))
    with store.session() as s:
        rows = s.execute(
            select(AuditEvent.login, AuditEvent.role, AuditEvent.field, AuditEvent.new_value)
            .where(AuditEvent.field.in_(("approved_by", "approved_date")))
            .order_by(AuditEvent.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("bolat", "supervisor", "approved_by", "bolat"),
        ("bolat", "supervisor", "approved_date", "2026-10-13"),
    ]
