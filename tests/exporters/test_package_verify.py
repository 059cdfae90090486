"""Verifying a package on receipt (reporting.md §2.3): accepted, or rejected by sheet, row, rule."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from exporters.package import write_package
from exporters.package_verify import verify_package
from models.reference.dto import OfficeDTO
from tests.exporters.package_samples import (
    BIN,
    DISTRICT_A,
    IIN,
    OTHER_REGION,
    REGION,
    REPUBLIC,
    district_data,
    edit_manifest,
    edit_package,
    region_data,
    rehash,
)


@pytest.fixture
def district_pkg(tmp_path: Path) -> Path:
    return write_package(district_data(), tmp_path, app_version="1.0")


@pytest.fixture
def region_pkg(tmp_path: Path) -> Path:
    return write_package(region_data(), tmp_path, app_version="1.0")


def _rules(manifest: Path, receiver: OfficeDTO | None = None) -> list[tuple[str, int | None, str]]:
    result = verify_package(manifest, receiver=receiver)
    assert result.ok is (not result.problems)
    return [(p.sheet, p.row, p.rule) for p in result.problems]


def _xlsx(manifest: Path) -> Path:
    return manifest.with_name(manifest.name.replace(".manifest.json", ".xlsx"))


def test_adapted_then_reinspected_object_is_accepted(tmp_path: Path) -> None:
    # Regression: an object adapted in 2025 and re-inspected in 2026 keeps its adapted date
    # (brief §2.9), so A3 holds an adapted date before the passport date; export refused it.
    data = district_data()
    first = data.a3[0]
    reinspected = replace(first, requires_adaptation=True, adapted_date=date(2025, 9, 1))
    assert reinspected.adapted_date < reinspected.passport_date
    manifest = write_package(
        replace(data, a3=(reinspected, *data.a3[1:])), tmp_path, app_version="1"
    )
    assert _rules(manifest, REGION) == []


def test_good_packages_are_accepted(district_pkg: Path, region_pkg: Path) -> None:
    result = verify_package(district_pkg, receiver=REGION)
    assert result.ok and result.problems == []
    assert result.data == district_data()  # the figures read back equal those written
    assert result.manifest is not None and result.manifest["office"]["kato"] == "113200000"
    assert verify_package(district_pkg, receiver=None).ok
    region = verify_package(region_pkg, receiver=REPUBLIC)
    assert region.ok
    assert region.data is not None
    assert region.data.a1 == region_data().a1
    assert region.data.includes == region_data().includes
    assert [w.code for w in region.data.warnings] == ["case_without_plan", "member_without_iin"]


def test_changed_byte_fails_the_hash(district_pkg: Path) -> None:
    path = _xlsx(district_pkg)
    content = bytearray(path.read_bytes())
    content[len(content) // 2] ^= 0x01
    path.write_bytes(bytes(content))
    rules = _rules(district_pkg)
    assert ("workbook", None, "workbook_sha256") in rules


def test_appended_bytes_fail_size_and_hash(district_pkg: Path) -> None:
    path = _xlsx(district_pkg)
    path.write_bytes(path.read_bytes() + b"\0")
    rules = _rules(district_pkg)
    assert ("workbook", None, "workbook_size") in rules
    assert ("workbook", None, "workbook_sha256") in rules


def test_total_changed_and_rehashed_breaks_the_sum(region_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["A1"]["C9"] = 135  # total of objects: 134

    edit_package(region_pkg, edit)
    result = verify_package(region_pkg, receiver=REPUBLIC)
    assert not result.ok
    assert [p.as_text() for p in result.problems] == [
        "sheet A1, row 9: rule total_sum: column 3 (objects_total) totals 135, the units sum to 134"
    ]


def test_unit_share_changed_breaks_the_ratio(region_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["A1"]["H7"] = 90.1
        wb["A1"]["H9"] = 70.0  # the average of the units, not the share of the sums

    edit_package(region_pkg, edit)
    assert _rules(region_pkg, REPUBLIC) == [
        ("A1", 7, "a1_share"),
        ("A1", 9, "total_share"),
    ]


def test_a1_order_and_b1_identity(region_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["A1"]["G8"] = 61  # adapted 61 > requiring 60
        wb["B1"]["F7"] = 7  # 5 + 3 - 2 = 6

    edit_package(region_pkg, edit)
    rules = _rules(region_pkg)
    assert ("A1", 8, "a1_adaptation_order") in rules
    assert ("A1", 8, "a1_share") in rules
    assert ("A1", 9, "total_sum") in rules
    assert ("B1", 7, "b1_open_at_end") in rules
    assert ("B1", 9, "total_sum") in rules


def test_number_stored_as_text_and_kato_as_number(district_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["B3"]["C7"] = "12"
        wb["A1"]["A7"] = 113200000

    edit_package(district_pkg, edit)
    assert _rules(district_pkg) == [("A1", 7, "cell_type"), ("B3", 7, "cell_type")]


def test_renamed_sheet(district_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["B2"].title = "Б2"

    edit_package(district_pkg, edit)
    assert _rules(district_pkg) == [("B2", None, "sheet_missing"), ("Б2", None, "sheet_unknown")]


def test_extra_sheet_x_is_ignored(district_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb.create_sheet("X_notes")
        ws.append(["anything", 1, 2, 3])

    edit_package(district_pkg, edit)
    assert _rules(district_pkg) == []


def test_renamed_column(district_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["A1"]["C5"] = "Барлық объектілер / Все объекты"

    edit_package(district_pkg, edit)
    result = verify_package(district_pkg, receiver=None)
    assert [p.as_text() for p in result.problems] == [
        "sheet A1, row 5: rule column_header: column 3 (objects_total) is headed "
        "'Барлық объектілер / Все объекты', expected "
        "'Объектілердің жалпы саны / Всего объектов'"
    ]


def test_extra_column(district_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb["B3"]
        ws["D5"] = "Сомасы / Сумма"
        ws["D6"] = 4
        ws["D7"] = 1000

    edit_package(district_pkg, edit)
    assert _rules(district_pkg) == [
        ("B3", 5, "extra_column"),
        ("B3", 6, "extra_column"),
        ("B3", 7, "extra_column"),
    ]


def test_missing_numbers_row(district_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["B4"].delete_rows(6)

    edit_package(district_pkg, edit)
    assert _rules(district_pkg) == [("B4", None, "numbers_row")]


def test_missing_total_and_gap(district_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["B3"].insert_rows(8)  # an empty row between the data and the total

    edit_package(district_pkg, edit)
    assert _rules(district_pkg) == [("B3", 8, "total_row")]


def test_rows_counted_in_the_manifest(district_pkg: Path) -> None:
    m = json.loads(district_pkg.read_text("utf-8"))
    edit_manifest(district_pkg, sheets={**m["sheets"], "A3": 5})
    assert _rules(district_pkg) == [("A3", None, "sheet_count")]


def test_missing_manifest(tmp_path: Path) -> None:
    assert _rules(tmp_path / "113200000_2026-H1.manifest.json") == [
        ("manifest", None, "manifest_missing")
    ]


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b""])
def test_unreadable_manifest(district_pkg: Path, content: bytes) -> None:
    district_pkg.write_bytes(content)
    assert _rules(district_pkg) == [("manifest", None, "manifest_unreadable")]


def test_manifest_without_keys(district_pkg: Path) -> None:
    m = json.loads(district_pkg.read_text("utf-8"))
    del m["sheets"], m["includes"]
    district_pkg.write_text(json.dumps(m), encoding="utf-8")
    result = verify_package(district_pkg, receiver=None)
    assert [p.as_text() for p in result.problems] == [
        "manifest: rule manifest_keys: missing keys: sheets, includes"
    ]


@pytest.mark.parametrize("version", [2, "1", 0, None, True])
def test_unknown_format_version(district_pkg: Path, version: Any) -> None:
    edit_manifest(district_pkg, format_version=version)
    assert _rules(district_pkg) == [("manifest", None, "format_version")]


def test_missing_and_corrupt_workbook(district_pkg: Path) -> None:
    xlsx = _xlsx(district_pkg)
    xlsx.write_bytes(b"PK\x03\x04 this is not a workbook")
    rehash(district_pkg)
    assert _rules(district_pkg) == [("workbook", None, "workbook_unreadable")]
    xlsx.unlink()
    assert _rules(district_pkg) == [("workbook", None, "workbook_missing")]


def test_sender_must_be_a_sub_office(district_pkg: Path, region_pkg: Path) -> None:
    # A district package sent to another region, a region package to a district or a region.
    assert _rules(district_pkg, OTHER_REGION) == [("manifest", None, "sender_not_sub_office")]
    assert _rules(district_pkg, REPUBLIC) == [("manifest", None, "sender_not_sub_office")]
    assert _rules(district_pkg, DISTRICT_A) == [("manifest", None, "sender_not_sub_office")]
    assert _rules(region_pkg, DISTRICT_A) == [("manifest", None, "sender_not_sub_office")]
    assert _rules(region_pkg, OTHER_REGION) == [("manifest", None, "sender_not_sub_office")]
    assert _rules(region_pkg, REPUBLIC) == []
    text = verify_package(district_pkg, receiver=OTHER_REGION).problems[0].as_text()
    assert "113200000" in text and "150000000" in text


def test_republic_package_goes_nowhere(tmp_path: Path) -> None:
    data = region_data(office=REPUBLIC, a1=(), b1=(), a3=())
    # An empty republic: units none, totals zero; A2 etc. still sum.
    path = write_package(data, tmp_path, app_version="1")
    assert _rules(path) == [("manifest", None, "sender_level")]


def test_unit_outside_the_office(tmp_path: Path) -> None:
    path = write_package(region_data(), tmp_path, app_version="1")
    m = json.loads(path.read_text("utf-8"))
    m["office"] = {**m["office"], "kato": "150000000"}
    path.write_text(json.dumps(m), encoding="utf-8")
    rules = _rules(path)
    assert ("workbook", None, "workbook_name") in rules
    assert ("A1", 7, "unit_kato") in rules
    assert ("A1", 9, "total_kato") in rules
    assert ("A3", 7, "a3_kato") in rules


@pytest.mark.parametrize("sheet", ["Cover", "A2", "A3", "B4"])
def test_iin_as_text_anywhere(district_pkg: Path, sheet: str) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb[sheet]["B30"] = IIN

    edit_package(district_pkg, edit)
    result = verify_package(district_pkg, receiver=None)
    assert (sheet, 30, "iin_in_cell") in [(p.sheet, p.row, p.rule) for p in result.problems]
    text = next(p.as_text() for p in result.problems if p.rule == "iin_in_cell")
    assert IIN not in text  # the report does not repeat the personal number
    assert "8507******22" in text


def test_iin_inside_a_name_and_as_number_in_x_sheet(district_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["A3"]["C7"] = f"Мектеп (директор ЖСН {IIN})"
        wb.create_sheet("X_extra")["D4"] = int(IIN)

    edit_package(district_pkg, edit)
    assert _rules(district_pkg) == [("A3", 7, "iin_in_cell"), ("X_extra", 4, "iin_in_cell")]


def test_bin_is_not_personal_data(district_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["A3"]["C7"] = f"Мектеп, БСН {BIN}"
        ws = wb.create_sheet("X_owners")
        ws["A1"] = BIN
        ws["A2"] = int(BIN)
        ws["A3"] = "850715300123"  # 12 digits, wrong check digit: not an IIN

    edit_package(district_pkg, edit)
    assert _rules(district_pkg) == []


def test_problems_are_all_reported_in_sheet_order(region_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["B4"]["C7"] = 10
        wb["A2"]["D7"] = 61  # accessible K 61 > passported 60

    edit_package(region_pkg, edit)
    assert _rules(region_pkg) == [
        ("A2", 7, "a2_accessible"),
        ("A2", 9, "total_sum"),
        ("B4", 9, "total_sum"),
    ]


def test_emptied_total_cell(region_pkg: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["B3"]["C9"] = None

    edit_package(region_pkg, edit)
    assert _rules(region_pkg) == [("B3", 9, "total_sum")]
