"""Consolidating the breakdowns (issue 14): summed code by code through district -> region ->
republic, left out (and named on the Cover) when a sub-office package has none.

Hand-computed from tests/models/consolidation_builders.py (period 2026-H1, end 30.06.2026):
  A: closures GOALS_ACHIEVED 1; children 2 (born 2015 and 2018: 11 and 8, sex and area not
     recorded); open at end 2 (signal source SCHOOL, no category); 10 passported, DP_V.
  B: closures GOALS_ACHIEVED 2; no children; open at end 4 (SCHOOL, no family); 90 DP_V.
  Region: GOALS_ACHIEVED 3 (= B1 closed), children NONE 2 / AGE_7_13 2, SCHOOL 6, NONE 6,
  DP_V 100 per category; ratios from A1 (100, 62, 16): 16/62 = 25.8 %, 62/100 = 62.0 %.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from exporters.package import write_package
from exporters.package_layout import X_LEFT_OUT_LABEL
from exporters.package_receive import receive_package
from exporters.package_verify import verify_package
from models.reporting.dto import Breakdowns, Ratios
from models.reporting.report import compute_report
from models.store.db import Store
from tests.models.consolidation_builders import (
    DISTRICT_B,
    PERIOD,
    REGION,
    REPUBLIC,
    T1,
    TODAY,
    approved,
    build_district_a,
    build_district_b,
    export,
)
from tests.store_templates import new_store


def nonzero(rows: tuple) -> dict[str, tuple[int, ...]]:
    return {r.code: r.counts for r in rows if any(r.counts)}


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[dict[str, Store]]:
    stores = {
        "a": build_district_a(tmp_path / "a.sqlite"),
        "b": build_district_b(tmp_path / "b.sqlite"),
        "region": new_store(tmp_path / "region.sqlite", REGION, "oblast"),
        "republic": new_store(tmp_path / "republic.sqlite", REPUBLIC, "ministry"),
    }
    yield stores
    for s in stores.values():
        s.close()


def assert_region_breakdowns(b: Breakdowns | None) -> None:
    assert b is not None
    assert nonzero(b.closures) == {"GOALS_ACHIEVED": (3,)}
    assert nonzero(b.children_by_sex) == {"NONE": (2,)}
    assert nonzero(b.children_by_age) == {"AGE_7_13": (2,)}
    assert nonzero(b.children_by_area) == {"NONE": (2,)}
    assert nonzero(b.cases_by_source) == {"SCHOOL": (6,)}
    assert nonzero(b.cases_by_category) == {"NONE": (6,)}
    assert b.cases_by_category[-1].code == "NONE"
    assert nonzero(b.levels) == {"DP_V": (100, 100, 100, 100, 100)}
    assert b.ratios == Ratios(100, 62, 16)
    assert b.ratios.adaptation_completion_pct == Decimal("25.8")
    assert b.ratios.found_inaccessible_pct == Decimal("62.0")


def test_districts_sum_and_the_chain_reaches_the_republic(
    offices: dict[str, Store], tmp_path: Path
) -> None:
    a = compute_report(offices["a"], PERIOD, today=TODAY).breakdowns
    assert a is not None and nonzero(a.closures) == {"GOALS_ACHIEVED": (1,)}
    assert nonzero(a.children_by_age) == {"AGE_7_13": (2,)}
    for key in ("a", "b"):
        path = export(offices[key], tmp_path / "out" / key)
        assert receive_package(
            offices["region"], path, user="oblast", confirm_replace=False
        ).imported
    region = compute_report(offices["region"], PERIOD, today=TODAY)
    assert region.breakdowns_left_out == ()
    assert_region_breakdowns(region.breakdowns)
    assert not [w for w in region.warnings if w.blocking], region.warnings

    region_pkg = export(offices["region"], tmp_path / "out" / "region", T1 + timedelta(days=1))
    verdict = verify_package(region_pkg, receiver=REPUBLIC)
    assert verdict.ok, [p.as_text() for p in verdict.problems]
    assert verdict.data is not None
    assert_region_breakdowns(verdict.data.breakdowns)
    ratios = openpyxl.load_workbook(region_pkg.with_name(f"{REGION.kato}_{PERIOD.code}.xlsx"))
    rows = [r for r in ratios["X_RATIOS"].values if r and isinstance(r[0], str) and r[0].isdigit()]
    # One row per district, then the total recomputed from the sums (never averaged).
    assert [r[2:7] for r in rows] == [
        (10, 2, 1, 50.0, 20.0),
        (90, 60, 15, 25.0, 66.7),
        (100, 62, 16, 25.8, 62.0),
    ]

    assert receive_package(
        offices["republic"], region_pkg, user="ministry", confirm_replace=False
    ).imported
    top = compute_report(offices["republic"], PERIOD, today=TODAY)
    assert_region_breakdowns(top.breakdowns)


def test_a_package_without_breakdowns_leaves_them_out(
    offices: dict[str, Store], tmp_path: Path
) -> None:
    receive_package(
        offices["region"],
        export(offices["a"], tmp_path / "out" / "a"),
        user="oblast",
        confirm_replace=False,
    )
    old = replace(compute_report(offices["b"], PERIOD, today=TODAY), breakdowns=None, created_at=T1)
    (tmp_path / "out" / "b").mkdir(parents=True)
    old_pkg = write_package(
        old, tmp_path / "out" / "b", app_version="old", approval=approved(PERIOD.code)
    )
    assert receive_package(
        offices["region"], old_pkg, user="oblast", confirm_replace=False
    ).imported
    region = compute_report(offices["region"], PERIOD, today=TODAY)
    assert region.breakdowns is None
    assert region.breakdowns_left_out == (DISTRICT_B.kato,)

    region_pkg = export(offices["region"], tmp_path / "out" / "region", T1 + timedelta(days=1))
    assert verify_package(region_pkg, receiver=REPUBLIC).ok
    wb = openpyxl.load_workbook(region_pkg.with_name(f"{REGION.kato}_{PERIOD.code}.xlsx"))
    assert not [n for n in wb.sheetnames if n.startswith("X_")]
    cover = {r[0]: r[1] for r in wb["Cover"].values if r and r[0]}
    assert DISTRICT_B.kato in cover[X_LEFT_OUT_LABEL]
