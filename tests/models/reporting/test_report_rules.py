"""The rules of reporting.md §2.2 and the totals, one home (models/reporting/rules.py).

Each rule is broken by a hand-made row; totals and the A1 share are hand-computed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from models.reporting import rules
from models.reporting.dto import A1Row, A2Row, A3Row, B1Row, CodeCount, ReportData
from models.reporting.periods import parse_period
from tests.conftest import DISTRICT


def a1(**v: Any) -> dict[str, Any]:
    row = {
        "objects_total": 10,
        "subject_to_passportization": 8,
        "passported": 6,
        "requiring_adaptation": 4,
        "adapted": 1,
        "accessible_share_pct": Decimal("50.0"),  # (6 - 4 + 1) / 6 = 50 %
    }
    return {**row, **v}


def b1(**v: Any) -> dict[str, Any]:
    row = {
        "cases_open_at_start": 5,
        "cases_opened": 3,
        "cases_closed": 2,
        "cases_open_at_end": 6,
        "children_in_open_cases": 9,
        "children_with_disability": 2,
        "visits": 11,
        "services": 4,
        "cases_overdue": 1,
    }
    return {**row, **v}


def a2(**v: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"passported": 5, "requiring_adaptation": 3, "adapted": 2}
    row.update(dict.fromkeys(rules.A2_ACCESSIBLE_CODES, 4))
    return {**row, **v}


def codes(found: list[rules.Breach]) -> list[str]:
    return [code for code, _detail in found]


def test_good_rows_break_nothing() -> None:
    assert rules.a1_row(a1()) == []
    assert rules.a2_row(a2()) == []
    assert rules.b1_row(b1()) == []


@pytest.mark.parametrize(
    ("row", "code"),
    [
        (a1(passported=9, accessible_share_pct=Decimal("66.7")), rules.A1_PASSPORTIZATION_ORDER),
        (a1(subject_to_passportization=11, passported=6), rules.A1_PASSPORTIZATION_ORDER),
        (a1(adapted=5, accessible_share_pct=Decimal("116.7")), rules.A1_ADAPTATION_ORDER),
        (
            a1(requiring_adaptation=7, adapted=0, accessible_share_pct=None),
            rules.A1_ADAPTATION_ORDER,
        ),
        (a1(accessible_share_pct=Decimal("50.1")), rules.A1_SHARE),
        (a1(accessible_share_pct=None), rules.A1_SHARE),
    ],
)
def test_each_a1_rule(row: dict[str, Any], code: str) -> None:
    assert codes(rules.a1_row(row)) == [code]


def test_a1_share_is_empty_when_nothing_is_passported() -> None:
    row = a1(passported=0, requiring_adaptation=0, adapted=0, accessible_share_pct=None)
    assert rules.a1_row(row) == []
    assert codes(rules.a1_row({**row, "accessible_share_pct": Decimal("0.0")})) == [rules.A1_SHARE]


def test_each_a2_rule() -> None:
    assert codes(rules.a2_row(a2(accessible_K=6))) == [rules.A2_ACCESSIBLE]
    assert codes(rules.a2_row(a2(adapted=4))) == [rules.A2_ADAPTATION_ORDER]
    assert codes(rules.a2_row(a2(requiring_adaptation=6, adapted=0))) == [rules.A2_ADAPTATION_ORDER]


def test_each_b1_rule() -> None:
    breach = rules.b1_row(b1(cases_open_at_end=7))
    assert breach == [(rules.B1_OPEN_AT_END, "open at end 7 ≠ 5 + 3 − 2 (columns 6 = 3 + 4 − 5)")]
    assert codes(rules.b1_row(b1(children_with_disability=10))) == [rules.B1_CHILDREN]
    assert codes(rules.b1_row(b1(cases_overdue=7))) == [rules.B1_OVERDUE]
    assert rules.b1_row(b1(cases_overdue=6, children_with_disability=9)) == []


def test_negative_counts() -> None:
    names = {"visits": "column 9 (visits)"}
    assert rules.negatives(b1(visits=-1), ["visits", "services"], names) == [
        (rules.NEGATIVE, "column 9 (visits) is -1")
    ]


def test_totals_sum_the_units_and_recompute_the_share_half_up() -> None:
    # 400 passported, 149 requiring, none adapted: 251 / 400 = 62.75 % -> 62.8 (half-up;
    # float round(62.75, 1) gives 62.7). The units' own shares (75.0 and 60.0) average 67.5.
    units = [
        a1(objects_total=90, subject_to_passportization=85, passported=80,
           requiring_adaptation=20, adapted=0, accessible_share_pct=Decimal("75.0")),
        a1(objects_total=330, subject_to_passportization=325, passported=320,
           requiring_adaptation=129, adapted=0, accessible_share_pct=Decimal("59.7")),
    ]  # fmt: skip
    totals = rules.unit_totals(units, A1Row.COUNT_FIELDS)
    assert totals == {
        "objects_total": 420,
        "subject_to_passportization": 410,
        "passported": 400,
        "requiring_adaptation": 149,
        "adapted": 0,
        "accessible_share_pct": Decimal("62.8"),
    }
    assert rules.total_breaches(units, totals, A1Row.COUNT_FIELDS) == []
    averaged = {**totals, "accessible_share_pct": 67.4}
    assert codes(rules.total_breaches(units, averaged, A1Row.COUNT_FIELDS)) == [rules.TOTAL_SHARE]
    off_by_one = {**totals, "objects_total": 421}
    assert rules.total_breaches(units, off_by_one, A1Row.COUNT_FIELDS) == [
        (rules.TOTAL_SUM, "objects_total totals 421, the units sum to 420")
    ]


def test_b1_totals_have_no_ratio() -> None:
    rows = (
        B1Row("1", "a", 5, 3, 2, 6, 9, 2, 11, 4, 1),
        B1Row("2", "b", 1, 1, 0, 2, 3, 0, 2, 1, 2),
    )
    assert rules.b1_totals(rows) == {
        "cases_open_at_start": 6,
        "cases_opened": 4,
        "cases_closed": 2,
        "cases_open_at_end": 8,
        "children_in_open_cases": 12,
        "children_with_disability": 2,
        "visits": 13,
        "services": 5,
        "cases_overdue": 3,
    }


def test_a1_totals_of_rows_and_no_share_when_nothing_passported() -> None:
    rows = (A1Row("1", "a", 3, 2, 0, 0, 0), A1Row("2", "b", 1, 0, 0, 0, 0))
    assert rules.a1_totals(rows)["objects_total"] == 4
    assert rules.a1_totals(rows)["accessible_share_pct"] is None


def _report(**changes: Any) -> ReportData:
    a3 = tuple(
        A3Row(f"id{i}", "113220100", "x", "SCHOOL", "", dt.date(2026, 1, 5),
              ("DP_V",) * 5, i < 2, dt.date(2026, 2, 1) if i < 1 else None)
        for i in range(3)
    )  # fmt: skip
    data = ReportData(
        office=DISTRICT,
        period=parse_period("2026-H1"),
        a1=(A1Row("113220100", "x", 4, 3, 3, 2, 1),),
        a2=(A2Row("SCHOOL", "x", 3, (3, 3, 2, 2, 1), 2, 1),),
        a3=a3,
        b1=(B1Row("113220100", "x", 5, 3, 2, 6, 9, 2, 11, 4, 1),),
        b2=(CodeCount("NEGLECT", "x", (6, 3)),),
        b3=(CodeCount("HOME_VISIT", "x", (4,)),),
        b4=(CodeCount("D", "x", (5,)),),
    )
    return replace(data, **changes)


def test_a_consistent_report_breaks_nothing() -> None:
    assert rules.report_breaches(_report()) == []


def test_cross_sheet_rules() -> None:
    data = _report(
        a2=(A2Row("SCHOOL", "x", 2, (2, 2, 2, 2, 1), 2, 1),),
        b2=(CodeCount("NEGLECT", "x", (7, 3)), CodeCount("SUICIDE_RISK", "x", (0, 0))),
        b3=(CodeCount("HOME_VISIT", "x", (5,)),),
        b4=(CodeCount("D", "x", (7,)),),
    )
    found = [(b.sheet, b.row, b.code) for b in rules.report_breaches(data)]
    assert found == [
        ("A2", None, rules.A2_SUM),
        ("B2", 0, rules.B2_RULE),
        ("B2", 1, rules.B2_RESTRICTED),
        ("B3", None, rules.B3_SUM),
        ("B4", None, rules.B4_SUM),
    ]
    assert rules.A2_SUM not in rules.PACKAGE_CODES


def test_a3_count_and_row_rules_with_rows() -> None:
    data = _report(
        a1=(A1Row("113220100", "x", 4, 3, 3, 2, 3),),  # adapted 3 > requiring 2
        b1=(B1Row("113220100", "x", 5, 3, 2, 6, 9, 2, 11, -4, 1),),
    )
    found = [(b.sheet, b.row, b.code) for b in rules.report_breaches(data)]
    assert ("A1", 0, rules.A1_ADAPTATION_ORDER) in found
    assert ("A3", None, rules.A3_COUNT) in found
    assert ("B1", 0, rules.NEGATIVE) in found


def test_the_verdict_is_kept_for_the_same_figures_only() -> None:
    data = _report()
    checked = replace(data, checked=rules.check(data))
    assert rules.breaches_of(checked) == ()
    # Figures changed after the check: the kept verdict does not apply, the rules run again.
    broken = replace(checked, b1=(B1Row("113220100", "x", 5, 3, 2, 7, 9, 2, 11, 4, 1),))
    assert [b.code for b in rules.breaches_of(broken)] == [rules.B1_OPEN_AT_END]
    # Other fields (warnings) changed: same figures, the verdict is reused as it is.
    assert rules.breaches_of(replace(checked, warnings=())) is checked.checked.breaches  # type: ignore[union-attr]
