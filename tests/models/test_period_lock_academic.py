"""The lock of an approved academic year or range of years (reporting.md §1, §6.1, issue 14):
approving 2025-AY (01.09.2025-31.08.2026) locks the months inside it, and only them.

The store holds a case signalled 15.10.2025 with a visit on 10.03.2026 (follow-up 10.04.2026)
and a case signalled 20.09.2026, after the academic year, with a visit on 25.09.2026.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models.cases.tables import Case, Visit
from models.reference.approvals import PeriodLockedError
from models.reporting.approval import (
    approval_of,
    approve,
    approved_period_containing,
    manifest_approval,
    period_state,
    reopen,
)
from models.reporting.periods import parse_period
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import add_case, add_visit
from tests.models.test_period_lock import dump

D = date


@pytest.fixture
def academic(store: Store) -> Store:
    with store.session() as s:
        inside = add_case(s, D(2025, 10, 15))
        add_visit(s, inside, D(2026, 3, 10), next_due=D(2026, 4, 10))
        after = add_case(s, D(2026, 9, 20))
        add_visit(s, after, D(2026, 9, 25))
    approve(store, "2025-AY", today=TODAY)
    return store


def _case(s: object, signalled: date) -> Case:
    return s.scalars(select(Case).filter_by(signal_date=signalled)).one()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "visit_date",
    [D(2025, 9, 1), D(2026, 3, 20), D(2026, 8, 31)],
    ids=["first day", "a month inside", "last day"],
)
def test_a_visit_in_a_month_of_the_approved_academic_year_is_refused(
    academic: Store, visit_date: date
) -> None:
    before = dump(academic)
    with pytest.raises(PeriodLockedError) as refused, academic.session() as s:
        s.add(Visit(case_id=_case(s, D(2025, 10, 15)).id, visit_date=visit_date, kind="HOME"))
        s.flush()
    assert refused.value.code == "period_locked"
    assert refused.value.period == "2025-AY"
    assert "2025-AY" in str(refused.value)
    assert dump(academic) == before


def test_moving_a_visit_out_of_the_academic_year_is_refused(academic: Store) -> None:
    before = dump(academic)
    with pytest.raises(PeriodLockedError) as refused, academic.session() as s:
        visit = s.scalars(select(Visit).filter_by(visit_date=D(2026, 3, 10))).one()
        visit.visit_date = D(2026, 9, 2)
        s.flush()
    assert refused.value.period == "2025-AY"
    assert dump(academic) == before


def test_after_the_academic_year_records_stay_editable_and_reopening_unlocks(
    academic: Store,
) -> None:
    with academic.session() as s:
        s.add(Visit(case_id=_case(s, D(2026, 9, 20)).id, visit_date=D(2026, 9, 1), kind="HOME"))
    with academic.session() as s:
        assert s.scalar(select(Visit.id).filter_by(visit_date=D(2026, 9, 1))) is not None
    reopen(academic, "2025-AY", reason="түзету / исправление")
    with academic.session() as s:
        s.add(Visit(case_id=_case(s, D(2025, 10, 15)).id, visit_date=D(2026, 3, 20), kind="HOME"))
    with academic.session() as s:
        assert s.scalar(select(Visit.id).filter_by(visit_date=D(2026, 3, 20))) is not None


def test_the_months_inside_read_as_locked_by_the_academic_year(academic: Store) -> None:
    for code in ("2025-09", "2026-03", "2026-Q2", "2026-08"):
        state = period_state(academic, code)
        assert state.state == "open" and state.locked_by is not None, code
        assert state.locked_by.period == "2025-AY", code
        # A package of that month is approved by the academic year (reporting.md §6.2).
        assert manifest_approval(academic, parse_period(code))["period"] == "2025-AY", code
    # Months straddling its edges are not inside it: 2025-Q3 starts in July, 2026 is a year.
    for code in ("2025-08", "2025-Q3", "2026-09", "2026", "2026-H2"):
        assert period_state(academic, code).locked_by is None, code
        assert manifest_approval(academic, parse_period(code)) == {"state": "draft"}, code


def test_a_range_locks_its_years_and_the_shortest_approval_names_the_lock(
    academic: Store,
) -> None:
    approve(academic, "2024..2025", today=TODAY)
    with academic.session() as s:
        # 2025-Q2 lies in the range only; October 2025 in both: the academic year is shorter.
        q2 = approval_of(s, parse_period("2025-Q2"))
        october = approval_of(s, parse_period("2025-10"))
        assert q2 is not None and q2.period == "2024..2025"
        assert october is not None and october.period == "2025-AY"
        day = approved_period_containing(s, D(2024, 2, 29))
        assert day is not None and (day.start, day.end) == (D(2024, 1, 1), D(2025, 12, 31))
    # A case signalled in 2024 would change the range's package: refused, nothing written.
    before = dump(academic)
    with pytest.raises(PeriodLockedError) as refused, academic.session() as s:
        add_case(s, D(2024, 6, 1))
        s.flush()
    assert refused.value.period == "2024..2025"
    assert dump(academic) == before
