"""Each step of the case life cycle is one transaction (issue 7, point 6).

Identification with its household, an assessment with the move to ASSESSMENT, a plan with the
move to PLAN, closure and reopening: a refusal in any part writes nothing (every table of the
store reads back the same), and a step retried after the fix is written exactly once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from models.cases.dto import AssessmentDraft, ClosureDraft, MeasureDraft, PlanDraft, SignalDraft
from models.cases.repository import CaseRepository
from models.cases.tables import SupportPlan
from models.families.repository import FamilyRepository
from models.families.validation import CaseContext
from models.issues import ValidationError
from models.store.base import Base
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.families.test_family_repository import FAMILY

SIGNALLED = date(2026, 9, 1)
SCORES = {
    "SOCIAL": 4,
    "HEALTH": 2,
    "EDUCATION": 5,
    "EMPLOYMENT": 3,
    "HOUSING": 3,
    "SAFETY": 4,
}


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in primary-key order: equal dumps mean an unchanged store."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            stmt = select(table).order_by(*table.primary_key.columns)
            out[table.name] = [tuple(r) for r in s.execute(stmt)]
    return out


def refused(codes: list[str], call: object, *args: object, **kwargs: object) -> None:
    """Call ``call`` and check it is refused with exactly the issue codes ``codes``."""
    with pytest.raises(ValidationError) as err:
        call(*args, **kwargs)  # type: ignore[operator]
    assert [i.code for i in err.value.report.errors] == codes


@pytest.fixture
def cases(store: Store) -> CaseRepository:
    return CaseRepository(store)


@pytest.fixture
def ctx(store: Store) -> CaseContext:
    return FamilyRepository(store).context(TODAY)


def new_case(cases: CaseRepository, ctx: CaseContext, family_id: int | None = None) -> int:
    draft = SignalDraft(SIGNALLED, "SCHOOL", "Бала сабаққа келмейді", family_id=family_id)
    return cases.open_case(draft, ctx, "aigerim")


def assessed_case(store: Store, cases: CaseRepository, ctx: CaseContext) -> int:
    """A case identified on 03.09 and assessed (moved to ASSESSMENT) on 05.09.2026."""
    fid = FamilyRepository(store).save_family(FAMILY, ctx, "aigerim")
    cid = new_case(cases, ctx)
    cases.identify(cid, date(2026, 9, 3), ctx, "aigerim", family_id=fid)
    cases.add_assessment(
        cid, AssessmentDraft(date(2026, 9, 5), SCORES), ctx, "aigerim", advance=True
    )
    return cid


# -- identification with its household -------------------------------------------------------


def test_identification_with_a_new_household_refused_by_its_date_writes_no_household(
    store: Store, cases: CaseRepository, ctx: CaseContext
) -> None:
    cid = new_case(cases, ctx)
    before = dump(store)
    # The household is valid; the date (before the signal) is not: no household, no link.
    refused(
        ["date_before_signal"],
        cases.identify,
        cid,
        date(2026, 8, 30),
        ctx,
        "aigerim",
        family=FAMILY,
    )
    assert dump(store) == before
    # The household breaks a rule, the date is fine: nothing either.
    bad_family = replace(FAMILY, members=(replace(FAMILY.members[0], surname=""),))
    refused(["required"], cases.identify, cid, date(2026, 9, 3), ctx, "aigerim", family=bad_family)
    assert dump(store) == before

    fid = cases.identify(cid, date(2026, 9, 3), ctx, "aigerim", family=FAMILY)
    case = cases.get_case(cid)
    assert (case.stage, case.family_id, case.identified_date) == (
        "IDENTIFIED",
        fid,
        date(2026, 9, 3),
    )
    assert len(FamilyRepository(store).get_family(fid).members) == 2
    assert [e.to_stage for e in case.events] == ["SIGNAL", "IDENTIFIED"]


def test_identification_refused_leaves_the_case_unlinked(
    store: Store, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = FamilyRepository(store).save_family(FAMILY, ctx, "aigerim")
    cid = new_case(cases, ctx)
    before = dump(store)
    # Before 6.3 the link was written first and stayed when the stage change was refused.
    refused(
        ["date_in_future"],
        cases.identify,
        cid,
        date(2026, 11, 21),
        ctx,
        "aigerim",
        family_id=fid,
    )
    assert dump(store) == before
    assert cases.get_case(cid).family_id is None
    refused(["family_required"], cases.identify, cid, date(2026, 9, 3), ctx, "aigerim")
    assert dump(store) == before


# -- assessment with the move to ASSESSMENT -------------------------------------------------


def test_assessment_with_a_bad_score_does_not_move_the_case(
    store: Store, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = FamilyRepository(store).save_family(FAMILY, ctx, "aigerim")
    cid = new_case(cases, ctx)
    cases.identify(cid, date(2026, 9, 3), ctx, "aigerim", family_id=fid)
    before = dump(store)
    bad = AssessmentDraft(date(2026, 9, 5), {**SCORES, "HEALTH": 9})
    refused(["out_of_range"], cases.add_assessment, cid, bad, ctx, "aigerim", advance=True)
    assert dump(store) == before
    assert cases.get_case(cid).stage == "IDENTIFIED"
    # A good assessment dated before the identification: the move is refused, so is the record.
    early = AssessmentDraft(date(2026, 9, 2), SCORES)
    refused(
        ["date_before_previous_stage"],
        cases.add_assessment,
        cid,
        early,
        ctx,
        "aigerim",
        advance=True,
    )
    assert dump(store) == before

    cases.add_assessment(
        cid, AssessmentDraft(date(2026, 9, 5), SCORES), ctx, "aigerim", advance=True
    )
    case = cases.get_case(cid)
    assert (case.stage, case.assessment_date) == ("ASSESSMENT", date(2026, 9, 5))
    assert [a.scores for a in case.assessments] == [SCORES]


# -- plan with the move to PLAN ---------------------------------------------------------------


def plan_versions(store: Store, case_id: int) -> list[int]:
    with store.session() as s:
        return list(
            s.scalars(
                select(SupportPlan.version)
                .where(SupportPlan.case_id == case_id)
                .order_by(SupportPlan.version)
            )
        )


def test_plan_with_one_bad_measure_writes_nothing(
    store: Store, cases: CaseRepository, ctx: CaseContext
) -> None:
    cid = assessed_case(store, cases, ctx)
    before = dump(store)
    plan = PlanDraft(
        date(2026, 9, 10),
        (
            MeasureDraft("PSYCHOLOGICAL", date(2026, 10, 1)),
            MeasureDraft("PEDAGOGICAL", None),  # no due date
        ),
    )
    refused(["measure_without_due_date"], cases.save_plan, cid, plan, ctx, "aigerim", advance=True)
    assert dump(store) == before
    assert cases.get_case(cid).stage == "ASSESSMENT"


def test_refused_move_to_plan_then_retry_gives_one_plan_version(
    store: Store, cases: CaseRepository, ctx: CaseContext
) -> None:
    cid = assessed_case(store, cases, ctx)
    before = dump(store)
    # A valid plan dated before the assessment (05.09): the move to PLAN is refused. Before 6.3
    # the plan was already committed, and the retry below wrote a second version.
    measures = (MeasureDraft("PSYCHOLOGICAL", date(2026, 10, 1)),)
    refused(
        ["date_before_previous_stage"],
        cases.save_plan,
        cid,
        PlanDraft(date(2026, 9, 4), measures),
        ctx,
        "aigerim",
        advance=True,
    )
    assert dump(store) == before
    assert plan_versions(store, cid) == []

    cases.save_plan(cid, PlanDraft(date(2026, 9, 10), measures), ctx, "aigerim", advance=True)
    case = cases.get_case(cid)
    assert plan_versions(store, cid) == [1]
    assert (case.stage, case.plan_date) == ("PLAN", date(2026, 9, 10))
    assert [e.to_stage for e in case.events][-1] == "PLAN"


def test_plan_without_advance_needs_no_stage_change(
    store: Store, cases: CaseRepository, ctx: CaseContext
) -> None:
    cid = assessed_case(store, cases, ctx)
    measures = (MeasureDraft("SOCIAL", date(2026, 12, 1)),)
    cases.save_plan(cid, PlanDraft(date(2026, 9, 10), measures), ctx, "aigerim")
    assert cases.get_case(cid).stage == "ASSESSMENT"
    # Moving later still finds the plan of the cycle.
    cases.transition(cid, "PLAN", date(2026, 9, 11), ctx, "aigerim")
    assert plan_versions(store, cid) == [1]


# -- closure and reopening ------------------------------------------------------------------------


def test_closure_refusals_write_nothing(
    store: Store, cases: CaseRepository, ctx: CaseContext
) -> None:
    cid = assessed_case(store, cases, ctx)
    before = dump(store)
    refused(
        ["unknown_code"],
        cases.close,
        cid,
        ClosureDraft(date(2026, 9, 20), "BOGUS_REASON"),
        ctx,
        "aigerim",
    )
    refused(
        ["required"], cases.close, cid, ClosureDraft(date(2026, 9, 20), "OTHER"), ctx, "aigerim"
    )
    refused(
        ["date_before_previous_stage"],
        cases.close,
        cid,
        ClosureDraft(date(2026, 9, 4), "REFUSAL"),
        ctx,
        "aigerim",
    )
    assert dump(store) == before
    cases.close(cid, ClosureDraft(date(2026, 9, 20), "REFUSAL"), ctx, "aigerim")
    case = cases.get_case(cid)
    assert (case.stage, case.closed_date) == ("CLOSED", date(2026, 9, 20))
    assert case.closure is not None and case.closure.reason == "REFUSAL"


def test_reopening_refusals_write_nothing(
    store: Store, cases: CaseRepository, ctx: CaseContext
) -> None:
    cid = assessed_case(store, cases, ctx)
    cases.close(cid, ClosureDraft(date(2026, 9, 20), "REFUSAL"), ctx, "aigerim")
    before = dump(store)
    refused(["required"], cases.reopen, cid, date(2026, 10, 1), "  ", ctx, "aigerim")
    refused(
        ["date_before_previous_stage"],
        cases.reopen,
        cid,
        date(2026, 9, 19),
        "Қайта сигнал",
        ctx,
        "aigerim",
    )
    assert dump(store) == before
    cases.reopen(cid, date(2026, 10, 1), "Қайта сигнал", ctx, "aigerim")
    case = cases.get_case(cid)
    assert (case.stage, case.reopened_date, case.closure) == ("REOPENED", date(2026, 10, 1), None)
