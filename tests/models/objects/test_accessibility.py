"""Accessibility levels, status codes, the worst-zone suggestion and the indicator (brief §2)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.objects.accessibility import (
    CONDITIONAL,
    FULL,
    LEVEL_ORDER,
    NA,
    NONE,
    PARTIAL,
    accessible_share,
    display_code,
    format_share,
    level_of_status,
    status_codes,
    status_display,
    suggest_levels,
    worst,
)
from models.objects.tables import CATEGORIES, ZONES


def five(k: str, o: str, s: str, g: str, u: str) -> dict[str, str]:
    return {"K": k, "O": o, "S": s, "G": g, "U": u}


def same(level: str) -> dict[str, str]:
    return dict.fromkeys(CATEGORIES, level)


# -- display codes (brief §2.5) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        (same(FULL), "ДП-В"),
        (same(PARTIAL), "ДЧ-В"),
        (same(CONDITIONAL), "ДУ"),
        (same(NONE), "ВНД"),
        (same(NA), ""),
        # The brief's example: inaccessible for К, partial for С.
        (five(NONE, FULL, PARTIAL, FULL, FULL), "ДП-И (О, Г, У); ДЧ-И (С)"),
        (five(CONDITIONAL, FULL, CONDITIONAL, NONE, PARTIAL), "ДП-И (О); ДЧ-И (У); ДУ (К, С)"),
        (five(CONDITIONAL, NONE, NONE, NONE, NONE), "ДУ (К)"),
        (five(FULL, FULL, FULL, FULL, PARTIAL), "ДП-И (К, О, С, Г); ДЧ-И (У)"),
        (five(PARTIAL, PARTIAL, NONE, NONE, NONE), "ДЧ-И (К, О)"),
    ],
)
def test_display_code(levels: dict[str, str], expected: str) -> None:
    assert display_code(levels) == expected


def test_status_codes_all_equal_give_the_v_codes() -> None:
    assert status_codes(same(FULL)) == dict.fromkeys(CATEGORIES, "DP_V")
    assert status_codes(same(PARTIAL)) == dict.fromkeys(CATEGORIES, "DCH_V")
    assert status_codes(same(CONDITIONAL)) == dict.fromkeys(CATEGORIES, "DU")
    assert status_codes(same(NONE)) == dict.fromkeys(CATEGORIES, "VND")


def test_status_codes_mixed_give_the_i_codes() -> None:
    assert status_codes(five(NONE, FULL, PARTIAL, FULL, CONDITIONAL)) == {
        "K": "VND",
        "O": "DP_I",
        "S": "DCH_I",
        "G": "DP_I",
        "U": "DU",
    }


@given(st.fixed_dictionaries({c: st.sampled_from(LEVEL_ORDER) for c in CATEGORIES}))
def test_status_codes_round_trip_to_levels(levels: dict[str, str]) -> None:
    codes = status_codes(levels)
    assert {c: level_of_status(codes[c]) for c in CATEGORIES} == levels


def test_level_of_status_unknown() -> None:
    assert level_of_status("DP_X") is None
    assert level_of_status("") is None


def test_status_display() -> None:
    assert status_display("DP_V") == "ДП-В"
    assert status_display("DP_I", ["K", "O"]) == "ДП-И (К, О)"
    assert status_display("DCH_I", ["S"]) == "ДЧ-И (С)"
    # Categories are only listed with the "-И" codes.
    assert status_display("VND", ["K"]) == "ВНД"
    assert status_display("nonsense") == ""


def test_worst() -> None:
    assert worst([FULL, PARTIAL, FULL]) == PARTIAL
    assert worst([FULL, NONE, CONDITIONAL]) == NONE
    assert worst([NA, FULL, NA]) == FULL
    assert worst([NA, NA]) is None
    assert worst([]) is None


# -- the suggested status (brief §2.6) --------------------------------------------------------


def zones(**per_zone: dict[str, str]) -> dict[str, dict[str, str]]:
    """All seven zones FULL for every category unless given."""
    result = {z: same(FULL) for z in ZONES}
    result.update(per_zone)
    return result


def test_suggest_all_full() -> None:
    assert suggest_levels(zones(), {}) == same(FULL)


def test_suggest_core_takes_the_worst_zone() -> None:
    # Stairs without a ramp at the entrance exclude a wheelchair user however good the rest is.
    levels = zones(ENTRANCE=five(NONE, PARTIAL, FULL, FULL, FULL))
    assert suggest_levels(levels, {}) == five(NONE, PARTIAL, FULL, FULL, FULL)


def test_suggest_supporting_zone_lowers_full_to_partial_only() -> None:
    levels = zones(
        INTERIOR=five(FULL, FULL, CONDITIONAL, FULL, FULL),
        SANITARY=same(NONE),
        INFO=five(FULL, FULL, FULL, PARTIAL, FULL),
    )
    # K, O, U: core FULL, SANITARY NONE -> PARTIAL (not NONE); S keeps its worse core level.
    assert suggest_levels(levels, {}) == five(PARTIAL, PARTIAL, CONDITIONAL, PARTIAL, PARTIAL)


def test_suggest_supporting_zone_does_not_lower_a_partial_core() -> None:
    levels = zones(SERVICE=same(PARTIAL), INFO=same(NONE))
    assert suggest_levels(levels, {}) == same(PARTIAL)


def test_suggest_residential_counts_sanitary_as_core() -> None:
    levels = zones(SANITARY=five(NONE, PARTIAL, FULL, FULL, CONDITIONAL))
    assert suggest_levels(levels, {}, residential=False) == five(
        PARTIAL, PARTIAL, FULL, FULL, PARTIAL
    )
    assert suggest_levels(levels, {}, residential=True) == five(
        NONE, PARTIAL, FULL, FULL, CONDITIONAL
    )


def test_suggest_residential_info_stays_supporting() -> None:
    levels = zones(INFO=same(NONE))
    assert suggest_levels(levels, {}, residential=True) == same(PARTIAL)


def test_suggest_none_with_service_form_du_is_conditional() -> None:
    levels = zones(ENTRANCE=same(NONE))
    forms = {"K": "DU", "O": "A", "S": "", "G": "VND"}
    assert suggest_levels(levels, forms) == five(CONDITIONAL, NONE, NONE, NONE, NONE)


def test_suggest_du_does_not_raise_or_lower_other_levels() -> None:
    levels = zones(ENTRANCE=five(PARTIAL, FULL, FULL, FULL, FULL))
    assert suggest_levels(levels, dict.fromkeys(CATEGORIES, "DU")) == five(
        PARTIAL, FULL, FULL, FULL, FULL
    )


def test_suggest_ignores_approach() -> None:
    assert suggest_levels(zones(APPROACH=same(NONE)), {}) == same(FULL)


def test_suggest_skips_absent_zones() -> None:
    levels = zones(TERRITORY=same(NA), SANITARY=same(NA), INFO=same(NA))
    levels["SERVICE"] = five(FULL, PARTIAL, FULL, FULL, FULL)
    assert suggest_levels(levels, {}) == five(FULL, PARTIAL, FULL, FULL, FULL)


def test_suggest_zones_may_be_missing_from_the_mapping() -> None:
    assert suggest_levels({"ENTRANCE": same(PARTIAL)}, {}) == same(PARTIAL)


def test_suggest_no_core_zone_at_all_is_none() -> None:
    levels = {z: same(NA) for z in ZONES}
    assert suggest_levels(levels, {}) == same(NONE)
    assert suggest_levels(levels, {"U": "DU"})["U"] == CONDITIONAL


level_st = st.sampled_from((*LEVEL_ORDER, NA))


@given(
    st.fixed_dictionaries(
        {z: st.fixed_dictionaries({c: level_st for c in CATEGORIES}) for z in ZONES}
    ),
    st.booleans(),
)
def test_suggest_never_better_than_the_worst_core_zone(
    levels: dict[str, dict[str, str]], residential: bool
) -> None:
    """Worst-zone never overstates accessibility (brief §2.6, "Why this rule")."""
    result = suggest_levels(levels, {}, residential=residential)
    core = ["TERRITORY", "ENTRANCE", "INTERIOR", "SERVICE"] + (["SANITARY"] if residential else [])
    for cat in CATEGORIES:
        core_worst = worst([levels[z][cat] for z in core]) or NONE
        assert LEVEL_ORDER.index(result[cat]) >= LEVEL_ORDER.index(core_worst)
        # Supporting zones lower by one step at most: FULL -> PARTIAL.
        if core_worst != FULL:
            assert result[cat] == core_worst


# -- the indicator (brief §2.9) ---------------------------------------------------------------


def test_share_rounds_half_up_where_round_does_not() -> None:
    # 61 accessible of 80 = 76.25 %: Decimal half-up gives 76.3, float round() gives 76.2.
    assert accessible_share(80, 19, 0) == Decimal("76.3")
    assert round(61 / 80 * 100, 1) == 76.2
    assert str(accessible_share(80, 19, 0)) == "76.3"


def test_share_62_75() -> None:
    # 251 of 400 = 62.75 % exactly -> 62.8.
    assert accessible_share(400, 149, 0) == Decimal("62.8")
    assert accessible_share(400, 150, 1) == Decimal("62.8")


def test_share_undefined_when_nothing_passported() -> None:
    assert accessible_share(0, 0, 0) is None


def test_share_roll_up_sums_counts_never_averages() -> None:
    a = accessible_share(10, 2, 1)
    b = accessible_share(90, 60, 15)
    oblast = accessible_share(10 + 90, 2 + 60, 1 + 15)
    assert (a, b, oblast) == (Decimal("90.0"), Decimal("50.0"), Decimal("54.0"))
    assert (a + b) / 2 == Decimal("70.0")  # the wrong answer the brief warns about
    assert oblast != (a + b) / 2


def test_share_bounds() -> None:
    assert accessible_share(7, 0, 0) == Decimal("100.0")
    assert accessible_share(7, 7, 0) == Decimal("0.0")
    assert accessible_share(3, 3, 3) == Decimal("100.0")
    assert accessible_share(3, 1, 0) == Decimal("66.7")
    assert accessible_share(3, 2, 0) == Decimal("33.3")


@given(st.integers(1, 10_000).flatmap(lambda p: st.tuples(st.just(p), st.integers(0, p))))
def test_share_matches_exact_fraction(counts: tuple[int, int]) -> None:
    passported, requiring = counts
    share = accessible_share(passported, requiring, 0)
    assert share is not None
    assert share.as_tuple().exponent == -1
    exact = Decimal(passported - requiring) * 100 / Decimal(passported)
    # Within half a unit of the last place, and an exact half always goes up.
    assert abs(share - exact) <= Decimal("0.05")
    if (passported - requiring) * 1000 % passported == 0 and exact * 100 % 10 == 5:
        assert share > exact


@pytest.mark.parametrize(
    ("share", "comma", "expected"),
    [
        (Decimal("76.3"), True, "76,3"),
        (Decimal("76.3"), False, "76.3"),
        (Decimal("100.0"), True, "100,0"),
        (Decimal("0.0"), True, "0,0"),
        (Decimal("54"), True, "54,0"),
        (None, True, "–"),
        (None, False, "–"),
    ],
)
def test_format_share(share: Decimal | None, comma: bool, expected: str) -> None:
    assert format_share(share, comma) == expected


def test_format_share_of_computed_values() -> None:
    assert format_share(accessible_share(80, 19, 0)) == "76,3"
    assert format_share(accessible_share(0, 0, 0)) == "–"
    assert format_share(accessible_share(12, 0, 0)) == "100,0"
