"""Report breakdowns (issue 14, X_ sheets) against hand-computed values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from models.cases.overdue import OPENED_IN_ERROR
from models.families.tables import FamilyCategory
from models.reference.offices import office_of
from models.reporting.breakdowns import age_band, age_on, compute_breakdowns
from models.reporting.dto import Breakdowns, Ratios
from models.reporting.figures import compute_b1
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import (
    CLOSED,
    REOPENED,
    add_case,
    add_family,
    add_member,
    add_object,
    add_passport,
    written_before_the_code_guard,
)

D = date
YEAR = parse_period("2026")


def _counts(rows: tuple, codes: tuple[str, ...] | None = None) -> dict[str, tuple[int, ...]]:
    return {r.code: r.counts for r in rows if codes is None or r.code in codes}


def _nonzero(rows: tuple) -> dict[str, int]:
    return {r.code: r.counts[0] for r in rows if r.counts[0]}


def build_scenario(store: Store) -> None:
    """The scenario of the test below (period 2026, end 31.12.2026)."""
    with written_before_the_code_guard(), store.session() as s:
        f1 = add_family(s)
        f1.rural = True
        s.add_all([FamilyCategory(family_id=f1.id, code=c) for c in ("LARGE", "LOW_INCOME")])
        c1 = add_member(s, f1, D(2025, 3, 1))  # 1 year: 0-2
        c1.sex = "M"
        c2 = add_member(s, f1, D(2020, 12, 31))  # 6 on the period end: 3-6
        c2.sex = "F"
        add_member(s, f1, D(2013, 1, 1))  # 13, sex not recorded: 7-13
        add_member(s, f1, D(1990, 1, 1)).sex = "F"  # an adult
        f2 = add_family(s)
        f2.rural = False
        add_member(s, f2, D(2009, 6, 1)).sex = "M"  # 17: 14-17
        add_member(s, f2, D(2008, 12, 31)).sex = "M"  # 18 on the period end: no child
        f3 = add_family(s)  # rural not recorded
        s.add(FamilyCategory(family_id=f3.id, code="LARGE"))
        add_member(s, f3, D(2016, 5, 5)).sex = "F"  # 10: 7-13
        add_member(s, f3, None, person=c2)  # c2 again: counted once, in f1 (rural)
        f4 = add_family(s)
        add_member(s, f4, D(2015, 1, 1)).sex = "M"  # family's case closed: not counted
        add_case(s, D(2026, 2, 1), family=f1)  # open, SCHOOL
        add_case(s, D(2025, 5, 1), family=f2).signal_source = "POLICE"  # open
        add_case(
            s,
            D(2026, 1, 10),
            family=f3,
            steps=((CLOSED, D(2026, 3, 1), "GOALS_ACHIEVED"), (REOPENED, D(2026, 4, 1), "")),
        )
        add_case(s, D(2026, 1, 5), family=f4, steps=((CLOSED, D(2026, 6, 1), "REFUSAL"),))
        add_case(s, D(2026, 3, 1), steps=((CLOSED, D(2026, 5, 1), OPENED_IN_ERROR),))
        add_case(s, D(2026, 7, 1)).signal_source = "SELF"  # open, no family
        add_case(s, D(2025, 1, 1), family=f1, steps=((CLOSED, D(2025, 12, 1), "REFUSAL"),))
        o1 = add_object(s, "O1")
        add_passport(s, o1, 1, D(2026, 3, 1))
        o2 = add_object(s, "O2")
        add_passport(
            s,
            o2,
            1,
            D(2026, 2, 1),
            requires=True,
            adapted=D(2026, 6, 1),
            statuses=("DP_I", "DCH_I", "DU", "VND", "DP_I"),
        )
        o3 = add_object(s, "O3")
        add_passport(s, o3, 1, D(2026, 4, 1), requires=True, statuses=("VND",) * 5)
        o4 = add_object(s, "O4")
        add_passport(s, o4, 1, D(2027, 1, 5))  # after the period: not passported
        add_object(s, "O5", subject=False)


@pytest.fixture
def scenario(store: Store) -> Store:
    build_scenario(store)
    return store


def test_age_bands() -> None:
    assert age_on(D(2020, 12, 31), D(2026, 12, 31)) == 6
    assert age_on(D(2021, 1, 1), D(2026, 12, 31)) == 5
    assert [age_band(a) for a in (0, 2, 3, 6, 7, 13, 14, 17)] == [
        "AGE_0_2",
        "AGE_0_2",
        "AGE_3_6",
        "AGE_3_6",
        "AGE_7_13",
        "AGE_7_13",
        "AGE_14_17",
        "AGE_14_17",
    ]


def test_breakdowns_hand_computed(scenario: Store) -> None:
    b = compute_breakdowns(scenario, office_of(scenario), YEAR)
    # Closures in 2026: GOALS_ACHIEVED (case 3), REFUSAL (case 4); opened in error left out,
    # the 2025 closure is outside the period.
    assert _nonzero(b.closures) == {"GOALS_ACHIEVED": 1, "REFUSAL": 1}
    assert "OPENED_IN_ERROR" in _counts(b.closures)  # the row is listed, with zero
    assert sum(r.counts[0] for r in b.closures) == compute_b1(scenario, YEAR)[0].cases_closed
    # Children: 5 (c1, c2, the 13-year-old, the 17-year-old, the 10-year-old).
    assert _counts(b.children_by_sex) == {"M": (2,), "F": (2,), "NONE": (1,)}
    assert _counts(b.children_by_age) == {
        "AGE_0_2": (1,),
        "AGE_3_6": (1,),
        "AGE_7_13": (2,),
        "AGE_14_17": (1,),
    }
    assert b.children_0_6 == 2
    assert _counts(b.children_by_area) == {"URBAN": (1,), "RURAL": (3,), "NONE": (1,)}
    assert compute_b1(scenario, YEAR)[0].children_in_open_cases == 5
    # Open cases at the end: 1 (f1), 2 (f2), 3 (f3, reopened), 6 (no family).
    assert _nonzero(b.cases_by_category) == {"LARGE": 2, "LOW_INCOME": 1, "NONE": 2}
    assert b.cases_by_category[-1].code == "NONE"
    assert _nonzero(b.cases_by_source) == {"SCHOOL": 2, "POLICE": 1, "SELF": 1}
    assert sum(r.counts[0] for r in b.cases_by_source) == 4
    # Levels: O1 DP_V everywhere, O2 (DP_I, DCH_I, DU, VND, DP_I), O3 VND everywhere.
    assert _counts(b.levels, ("DP_V", "DP_I", "DCH_V", "DCH_I", "DU", "VND", "NONE")) == {
        "DP_V": (1, 1, 1, 1, 1),
        "DP_I": (1, 0, 0, 0, 1),
        "DCH_V": (0, 0, 0, 0, 0),
        "DCH_I": (0, 1, 0, 0, 0),
        "DU": (0, 0, 1, 0, 0),
        "VND": (1, 1, 1, 2, 1),
        "NONE": (0, 0, 0, 0, 0),
    }
    # Ratios: passported 3, requiring 2 (O2 adapted, O3), adapted 1.
    assert b.ratios == Ratios(3, 2, 1)
    assert b.ratios.adaptation_completion_pct == Decimal("50.0")
    assert b.ratios.found_inaccessible_pct == Decimal("66.7")


def test_ratios_none_when_denominator_zero() -> None:
    r = Ratios(0, 0, 0)
    assert r.adaptation_completion_pct is None
    assert r.found_inaccessible_pct is None
    assert Ratios(8, 0, 0).adaptation_completion_pct is None
    assert Ratios(8, 0, 0).found_inaccessible_pct == Decimal("0.0")
    # Half-up: 1 of 8 is 12.5 exactly; 1 of 16 is 6.25 -> 6.3.
    assert Ratios(8, 1, 0).found_inaccessible_pct == Decimal("12.5")
    assert Ratios(16, 1, 0).found_inaccessible_pct == Decimal("6.3")


def test_compute_report_carries_breakdowns(scenario: Store) -> None:
    data = compute_report(scenario, YEAR, today=TODAY)
    assert isinstance(data.breakdowns, Breakdowns)
    assert data.breakdowns == compute_breakdowns(scenario, data.office, YEAR)


def test_empty_store_has_zero_breakdowns(store: Store) -> None:
    b = compute_breakdowns(store, office_of(store), YEAR)
    assert all(not any(r.counts) for r in (*b.closures, *b.children_by_sex, *b.levels))
    assert b.ratios == Ratios(0, 0, 0)
