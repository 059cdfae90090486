"""The X_ sheets of the breakdowns (issue 14): written, read back, verified, ignored when absent."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from exporters.package import write_package
from exporters.package_layout import (
    DATA_SHEETS,
    EXTRA_SHEETS,
    FIRST_DATA_ROW,
    HEADER_ROW,
    NUMBERS_ROW,
    TOTAL_LABEL,
)
from exporters.package_read import read_package
from exporters.package_verify import verify_package
from models.reporting.dto import ReportData
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY
from tests.exporters.package_samples import edit_package
from tests.models.reporting.test_breakdowns import YEAR, build_scenario


@pytest.fixture
def data(store: Store) -> ReportData:
    build_scenario(store)
    return compute_report(store, YEAR, today=TODAY)


def _xlsx(manifest: Path) -> Path:
    return manifest.with_name(manifest.name.replace(".manifest.json", ".xlsx"))


def _table(ws: object, n: int) -> list[list[object]]:
    rows = ws.iter_rows(min_row=FIRST_DATA_ROW, values_only=True)  # type: ignore[attr-defined]
    return [list(r[:n]) for r in rows if any(v is not None for v in r)]


def test_round_trip(data: ReportData, tmp_path: Path) -> None:
    manifest = write_package(data, tmp_path, app_version="t")
    verdict = verify_package(manifest, receiver=None)
    assert verdict.ok, [p.as_text() for p in verdict.problems]
    assert verdict.data is not None
    assert verdict.data.breakdowns == data.breakdowns

    wb = openpyxl.load_workbook(_xlsx(manifest))
    assert wb.sheetnames[-len(EXTRA_SHEETS) :] == [x.code for x in EXTRA_SHEETS]
    for layout in EXTRA_SHEETS:
        ws = wb[layout.code]
        n = len(layout.columns)
        assert [c.value for c in ws[HEADER_ROW][:n]] == [c.header for c in layout.columns]
        assert [c.value for c in ws[NUMBERS_ROW][:n]] == list(range(1, n + 1))
    closures = _table(wb["X_CLOSURES"], 3)
    assert ["GOALS_ACHIEVED", closures[0][1], 1] in closures
    assert closures[-1] == [None, TOTAL_LABEL, 2]  # = B1 cases_closed
    children = {r[0]: r[2] for r in _table(wb["X_CHILDREN"], 3)}
    assert children == {
        "SEX_M": 2,
        "SEX_F": 2,
        "SEX_NONE": 1,
        "AGE_0_6": 2,
        "AGE_0_2": 1,
        "AGE_3_6": 1,
        "AGE_7_13": 2,
        "AGE_14_17": 1,
        "AREA_URBAN": 1,
        "AREA_RURAL": 3,
        "AREA_NONE": 1,
    }
    sources = _table(wb["X_CASES_SOURCE"], 3)
    assert sources[-1] == [None, TOTAL_LABEL, 4]
    levels = {r[0]: r[2:] for r in _table(wb["X_LEVELS"], 7)}
    assert levels["VND"] == [1, 1, 1, 2, 1]
    assert levels[None] == [3, 3, 3, 3, 3]  # the total row: every column = A1 passported
    ratios = _table(wb["X_RATIOS"], 7)
    kato = data.office.kato
    assert ratios[0][0] == kato and ratios[0][2:] == [3, 2, 1, 50.0, 66.7]
    assert ratios[-1] == [kato, TOTAL_LABEL, 3, 2, 1, 50.0, 66.7]
    m = verdict.manifest
    assert m is not None and m["sheets"]["X_CHILDREN"] == 11 and m["sheets"]["X_RATIOS"] == 1


def test_tampered_breakdown_is_refused(data: ReportData, tmp_path: Path) -> None:
    manifest = write_package(data, tmp_path, app_version="t")

    def forge(wb: openpyxl.Workbook) -> None:
        # One more closure, total row adjusted: the sheet sums, but no longer to B1.
        ws = wb["X_CLOSURES"]
        for row in ws.iter_rows(min_row=FIRST_DATA_ROW):
            if row[0].value == "REFUSAL" or row[1].value == TOTAL_LABEL:
                row[2].value += 1

    edit_package(manifest, forge)
    verdict = verify_package(manifest, receiver=None)
    assert not verdict.ok
    assert [(p.sheet, p.rule) for p in verdict.problems] == [("X_CLOSURES", "x_sum")]


def test_tampered_age_0_6_and_ratio_are_refused(data: ReportData, tmp_path: Path) -> None:
    manifest = write_package(data, tmp_path, app_version="t")

    def forge(wb: openpyxl.Workbook) -> None:
        for row in wb["X_CHILDREN"].iter_rows(min_row=FIRST_DATA_ROW):
            if row[0].value == "AGE_0_6":
                row[2].value = 3
        wb["X_RATIOS"].cell(FIRST_DATA_ROW, 6).value = 55.0

    edit_package(manifest, forge)
    rules = {(p.sheet, p.rule) for p in verify_package(manifest, receiver=None).problems}
    assert rules == {("X_CHILDREN", "x_sum"), ("X_RATIOS", "x_ratio")}


def test_unknown_group_in_children_is_refused(data: ReportData, tmp_path: Path) -> None:
    manifest = write_package(data, tmp_path, app_version="t")

    def forge(wb: openpyxl.Workbook) -> None:
        wb["X_CHILDREN"].cell(FIRST_DATA_ROW, 1).value = "TALL_M"

    edit_package(manifest, forge)
    rules = {(p.sheet, p.rule) for p in verify_package(manifest, receiver=None).problems}
    assert ("X_CHILDREN", "x_code") in rules


def test_package_without_breakdowns_is_format_1_as_before(data: ReportData, tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "old").mkdir()
    with_x = write_package(data, tmp_path / "x", app_version="t")
    without = write_package(replace(data, breakdowns=None), tmp_path / "old", app_version="t")
    verdict = verify_package(without, receiver=None)
    assert verdict.ok, [p.as_text() for p in verdict.problems]
    assert verdict.data is not None and verdict.data.breakdowns is None
    plain = openpyxl.load_workbook(_xlsx(without))
    extra = openpyxl.load_workbook(_xlsx(with_x))
    assert not [n for n in plain.sheetnames if n.startswith("X_")]
    # The data sheets are the same cell for cell: a format 1 reader sees the same package.
    for layout in DATA_SHEETS:
        assert list(plain[layout.code].values) == list(extra[layout.code].values)
    a, b = read_package(without), read_package(with_x)
    assert a.data is not None and b.data is not None
    assert replace(a.data, created_at=None) == replace(b.data, breakdowns=None, created_at=None)


def test_an_incomplete_set_of_x_sheets_is_left_out(data: ReportData, tmp_path: Path) -> None:
    manifest = write_package(data, tmp_path, app_version="t")

    def drop(wb: openpyxl.Workbook) -> None:
        del wb["X_LEVELS"]

    edit_package(manifest, drop)
    verdict = verify_package(manifest, receiver=None)
    assert verdict.ok, [p.as_text() for p in verdict.problems]
    assert verdict.data is not None and verdict.data.breakdowns is None


def test_a_foreign_unit_in_ratios_is_refused(data: ReportData, tmp_path: Path) -> None:
    manifest = write_package(data, tmp_path, app_version="t")

    def forge(wb: openpyxl.Workbook) -> None:
        wb["X_RATIOS"].cell(FIRST_DATA_ROW, 1).value = "151200000"

    edit_package(manifest, forge)
    rules = {(p.sheet, p.rule) for p in verify_package(manifest, receiver=None).problems}
    assert ("X_RATIOS", "unit_kato") in rules
