"""The rules of the passport sections (issue 12, models/objects/section_validation.py), and the
repository refusing a passport that breaks them with the store unchanged."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from models.issues import ValidationError, ValidationReport
from models.objects.context import validation_context
from models.objects.dto import ActivityInfo, DecisionInfo, NotesInfo, RouteInfo, WorkDraft
from models.objects.repository import ObjectRepository
from models.objects.section_validation import check_sections
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.objects.test_repositories import obj, passport


def issues(draft) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    report = ValidationReport()
    check_sections(report, draft, TODAY)
    return {(i.field, i.code, i.severity) for i in report.issues}


def test_each_rule() -> None:
    assert issues(passport(version=2)) == {
        ("reinspection_reason", "reinspection_reason_missing", "warning")
    }
    assert issues(passport(version=2, reinspection_reason="COMPLAINT")) == set()
    assert issues(passport(version=1, reinspection_reason="COMPLAINT")) == {
        ("reinspection_reason", "reinspection_reason_on_first", "error")
    }
    assert issues(passport(activity=ActivityInfo(capacity=1_000_000))) == set()
    assert issues(passport(activity=ActivityInfo(capacity=1_000_001))) == {
        ("capacity", "out_of_range", "error")
    }
    route = RouteInfo(route_distance_m=100_001, route_walk_minutes=601)
    assert issues(passport(route=route)) == {
        ("route_distance_m", "out_of_range", "error"),
        ("route_walk_minutes", "out_of_range", "error"),
    }
    fitted = RouteInfo(route_level_changes="NO", route_level_fitted="YES")
    assert issues(passport(route=fitted)) == {
        ("route_level_fitted", "route_fitted_without_levels", "warning")
    }
    reversed_ = DecisionInfo(works_from=date(2027, 5, 1), works_until=date(2027, 4, 30))
    assert issues(passport(decision=reversed_)) == {
        ("works_until", "works_period_reversed", "error")
    }
    one_day = DecisionInfo(works_from=date(2027, 5, 1), works_until=date(2027, 5, 1))
    assert issues(passport(decision=one_day)) == set()
    dates = DecisionInfo(approval_date=date(1999, 12, 31), map_updated=date(9999, 1, 1))
    assert issues(passport(decision=dates)) == {
        ("approval_date", "date_too_early", "error"),
        ("map_updated", "date_in_future", "error"),
    }
    works = (
        WorkDraft("ENTRANCE", "CURRENT_REPAIR", expected_status="DP_I"),
        WorkDraft("ENTRANCE", "CURRENT_REPAIR", expected_status="DP_V", expected_categories=("K",)),
        WorkDraft("ENTRANCE", "CURRENT_REPAIR", expected_status="DU", expected_categories=("K",)),
        WorkDraft(
            "ENTRANCE", "CURRENT_REPAIR", expected_status="DCH_I", expected_categories=("S",)
        ),
        WorkDraft("ENTRANCE", "CURRENT_REPAIR", expected_categories=("S",)),
    )
    assert issues(passport(works=works)) == {
        ("work.0", "expected_categories_required", "error"),
        ("work.1", "expected_categories_forbidden", "error"),
        ("work.4", "expected_categories_forbidden", "error"),
    }
    # passport(): inspected 10.04.2026, approved 20.04.2026.
    notes = NotesInfo(questionnaire_date=date(2026, 4, 20), act_date=date(2026, 4, 21))
    assert issues(passport(notes=notes)) == {("act_date", "section_date_after_passport", "warning")}


def test_the_repository_refuses_and_writes_nothing(store: Store) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    object_id = repo.save(obj(), ctx, "admin")
    # A first passport (the repository numbers it 1) with a reason is refused.
    with pytest.raises(ValidationError) as refused:
        repo.save_passport(object_id, passport(reinspection_reason="COMPLAINT"), ctx, "admin")
    assert [i.code for i in refused.value.report.errors] == ["reinspection_reason_on_first"]
    assert repo.passport_versions(object_id) == []
    pid = repo.save_passport(object_id, passport(), ctx, "admin")
    before = repo.get_passport(pid)
    bad = dataclasses.replace(
        before,
        activity=ActivityInfo(capacity=5_000_000),
        decision=DecisionInfo(works_from=date(2027, 5, 1), works_until=date(2027, 4, 1)),
    )
    with pytest.raises(ValidationError) as refused:
        repo.save_passport(object_id, bad, ctx, "admin")
    assert {i.code for i in refused.value.report.errors} == {
        "out_of_range",
        "works_period_reversed",
    }
    assert repo.get_passport(pid) == before
    # A re-inspection without a reason is only warned about: it is saved as version 2.
    second = dataclasses.replace(passport(), passport_date=date(2026, 5, 1))
    pid2 = repo.save_passport(object_id, second, ctx, "admin")
    assert repo.get_passport(pid2).version == 2
