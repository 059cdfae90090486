"""Overdue follow-ups are one number (issue 7 point 2): the rule of reporting.md §2.2 for B1.

The work list, its count, B1 ``cases_overdue`` and the data-quality finding all read
:func:`models.cases.overdue.overdue_condition`; these tests pin them to a hand-counted case
set (tests/models/overdue_cases.py) and, on demo data, to a plain-Python reading of the rule.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models.cases.dto import CaseDetail, VisitDraft
from models.cases.overdue import overdue_count
from models.cases.repository import CaseRepository
from models.cases.tables import Case
from models.demo.load import add_demo_data
from models.reporting.figures import compute_b1
from models.reporting.periods import Period, parse_period
from models.reporting.quality import OVERDUE_FOLLOW_UP, quality_checks
from models.store.db import Store
from tests.models.overdue_cases import AT_Q3_END, AT_TODAY, OVERDUE_AT, build_overdue_cases


def _b1_overdue(store: Store, at: date) -> int:
    """B1 ``cases_overdue`` of a period ending on ``at``."""
    return compute_b1(store, Period(f"to {at}", date(at.year, 1, 1), at))[0].cases_overdue


@pytest.fixture
def hand_counted(store: Store) -> tuple[Store, dict[str, int]]:
    return store, build_overdue_cases(store)


@pytest.mark.parametrize("at", [AT_Q3_END, AT_TODAY])
def test_every_reading_gives_the_hand_counted_cases(
    hand_counted: tuple[Store, dict[str, int]], at: date
) -> None:
    store, ids = hand_counted
    repo = CaseRepository(store)
    expected = {ids[letter] for letter in OVERDUE_AT[at]}
    listed = [r.id for r in repo.overdue_follow_ups(at)]
    assert sorted(listed) == sorted(expected)
    assert [r.id for r in repo.overdue_follow_ups(at, "admin")] == listed
    assert repo.overdue_follow_ups(at, "bolat") == []
    assert repo.work_list_counts("admin", at).overdue == len(expected)
    assert repo.work_list_counts("bolat", at).overdue == 0
    assert _b1_overdue(store, at) == len(expected)
    with store.session() as s:
        assert overdue_count(s, at) == len(expected)
        assert overdue_count(s, at, "admin") == len(expected)


def test_b1_of_the_quarter_and_of_a_period_not_ended(
    hand_counted: tuple[Store, dict[str, int]],
) -> None:
    store, _ids = hand_counted
    assert compute_b1(store, parse_period("2026-Q3"))[0].cases_overdue == 4
    assert compute_b1(store, parse_period("2026-09"))[0].cases_overdue == 4
    # Taken at 31.12.2026, the follow-ups of B (30.11) and C (10.12) count too: a figure of the
    # future, which is why the dashboard takes an unfinished period as of today.
    assert compute_b1(store, parse_period("2026"))[0].cases_overdue == 5


def test_closed_cycles_lapse_and_visits_on_the_due_date_count(
    hand_counted: tuple[Store, dict[str, int]],
) -> None:
    store, ids = hand_counted
    repo = CaseRepository(store)
    listed = {r.id for r in repo.overdue_follow_ups(AT_TODAY)}
    # The old work-list rule took E and G as well.
    assert ids["E"] not in listed and ids["G"] not in listed
    # A reopened case shows no follow-up until its first visit of the new cycle.
    assert repo.get_case(ids["G"]).next_follow_up is None
    assert repo.get_case(ids["H"]).next_follow_up == date(2026, 9, 15)
    # C was overdue between its due date and the visit that followed it.
    assert ids["C"] in {r.id for r in repo.overdue_follow_ups(date(2026, 9, 5))}
    assert ids["C"] not in {r.id for r in repo.overdue_follow_ups(date(2026, 9, 10))}
    # I (opened in error) is left out even on the days it was open and late.
    assert ids["I"] not in {r.id for r in repo.overdue_follow_ups(date(2026, 9, 20))}
    assert ids["F"] in {r.id for r in repo.overdue_follow_ups(date(2026, 9, 20))}


def test_a_visit_recorded_for_the_overdue_case_takes_it_off(
    hand_counted: tuple[Store, dict[str, int]],
) -> None:
    store, ids = hand_counted
    repo = CaseRepository(store)
    ctx = repo.context(AT_TODAY)
    repo.add_visit(ids["A"], VisitDraft(date(2026, 11, 18), "PHONE"), ctx, "admin")
    assert {r.id for r in repo.overdue_follow_ups(AT_TODAY)} == {ids["D"], ids["H"]}
    assert repo.work_list_counts("admin", AT_TODAY).overdue == 2
    assert _b1_overdue(store, AT_TODAY) == 2
    # A's visit came after its due date: on 15.11 it was still overdue.
    assert ids["A"] in {r.id for r in repo.overdue_follow_ups(date(2026, 11, 15))}


def test_the_quality_finding_counts_the_same_cases_and_says_the_date(
    hand_counted: tuple[Store, dict[str, int]],
) -> None:
    store, _ids = hand_counted
    for period in ("2026", "2026-Q3", "2025"):
        found = {i.code: i for i in quality_checks(store, parse_period(period), AT_TODAY)}[
            OVERDUE_FOLLOW_UP
        ]
        # Work-list findings are taken today, whatever the period, and say so.
        assert (found.count, found.detail, found.blocking) == (3, "2026-11-20", False)


def _overdue_by_hand(detail: CaseDetail, at: date, opened_in_error: bool) -> bool:
    """The rule of reporting.md §2.2, read literally over one case's records."""
    if opened_in_error:
        return False
    stages = [e for e in detail.events if e.kind == "stage" and e.event_date <= at]
    opened = sum(
        1 if e.to_stage in ("SIGNAL", "REOPENED") else -1 if e.to_stage == "CLOSED" else 0
        for e in stages
    )
    if opened <= 0:
        return False
    start = max(e.event_date for e in stages if e.to_stage in ("SIGNAL", "REOPENED"))
    cycle = [v for v in detail.visits if start <= v.visit_date <= at]
    if not cycle:
        return False
    last = max(cycle, key=lambda v: (v.visit_date, v.id or 0))
    due = last.next_due
    if due is None or due >= at:
        return False
    return not any(due <= v.visit_date <= at for v in detail.visits)


def test_demo_store_agrees_with_the_rule_read_by_hand(store: Store) -> None:
    add_demo_data(store, objects=0, families=60, seed=11, today=AT_TODAY, user="admin")
    repo = CaseRepository(store)
    with store.session() as s:
        cases = s.execute(select(Case.id, Case.stage, Case.closure_reason)).all()
    details = {cid: repo.get_case(cid) for cid, _stage, _reason in cases}
    in_error = {
        cid for cid, stage, reason in cases if stage == "CLOSED" and reason == "OPENED_IN_ERROR"
    }
    day = AT_TODAY - timedelta(days=3 * 365)
    checked = 0
    while day <= AT_TODAY:
        expected = {cid for cid, d in details.items() if _overdue_by_hand(d, day, cid in in_error)}
        assert {r.id for r in repo.overdue_follow_ups(day)} == expected, day
        checked += len(expected)
        day += timedelta(days=13)
    assert checked > 20, "the demo has overdue cases on the days checked"
    assert _b1_overdue(store, AT_TODAY) == len(repo.overdue_follow_ups(AT_TODAY))
