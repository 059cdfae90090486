"""Writing a report package (reporting.md §2): file names, manifest, sheets, cells, atomicity."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from exporters import package as package_mod
from exporters.package import ExportCancelled, PackageRefused, write_package
from exporters.package_layout import DATA_SHEETS, LAYOUTS, TOTAL_LABEL
from models.reporting.dto import A1Row
from tests.exporters.package_samples import CREATED, IIN, district_data, region_data

TOTAL = "Барлығы / Итого"


def _write(data: Any, out: Path) -> Path:
    return write_package(data, out, app_version="9.8.7")


def _table(ws: Any, first: int = 7) -> list[list[Any]]:
    return [list(r) for r in ws.iter_rows(min_row=first, values_only=True)]


@pytest.fixture
def region_pkg(tmp_path: Path) -> Path:
    return _write(region_data(), tmp_path)


def test_file_names_and_manifest(region_pkg: Path) -> None:
    assert region_pkg.name == "110000000_2026-H1.manifest.json"
    xlsx = region_pkg.parent / "110000000_2026-H1.xlsx"
    assert sorted(p.name for p in region_pkg.parent.iterdir()) == sorted(
        [region_pkg.name, xlsx.name]
    )
    m = json.loads(region_pkg.read_text(encoding="utf-8"))
    for key in (
        "format",
        "format_version",
        "package_id",
        "office",
        "period",
        "created_at",
        "app_version",
        "workbook",
        "sheets",
        "includes",
    ):
        assert key in m
    assert m["format"] == "qoldau-report"
    assert m["format_version"] == 1
    assert uuid.UUID(m["package_id"]).version == 4
    assert m["office"] == {
        "kato": "110000000",
        "level": "region",
        "name_kk": "Ақмола облысы",
        "name_ru": "Акмолинская область",
    }
    assert m["period"] == "2026-H1"
    assert m["created_at"] == "2026-07-03T10:15:00+05:00"
    assert datetime.fromisoformat(m["created_at"]).tzinfo is not None
    assert m["app_version"] == "9.8.7"
    content = xlsx.read_bytes()
    assert m["workbook"] == {
        "file": xlsx.name,
        "sha256": hashlib.sha256(content).hexdigest(),
        "bytes": len(content),
    }
    assert m["sheets"] == {"A1": 2, "A2": 2, "A3": 3, "B1": 2, "B2": 2, "B3": 2, "B4": 2}
    assert m["includes"] == [
        {
            "kato": "113200000",
            "package_id": "11111111-1111-4111-8111-111111111111",
            "created_at": CREATED.isoformat(),
        },
        {
            "kato": "113400000",
            "package_id": "22222222-2222-4222-8222-222222222222",
            "created_at": CREATED.isoformat(),
        },
    ]


def test_created_at_now_has_a_time_zone(tmp_path: Path) -> None:
    path = _write(district_data(created_at=None), tmp_path)
    stamp = datetime.fromisoformat(json.loads(path.read_text(encoding="utf-8"))["created_at"])
    assert stamp.tzinfo is not None


def test_every_export_gets_a_new_package_id(tmp_path: Path) -> None:
    ids = set()
    for _ in range(2):
        ids.add(json.loads(_write(district_data(), tmp_path).read_text("utf-8"))["package_id"])
    assert len(ids) == 2


def test_sheets_headers_and_column_numbers(region_pkg: Path) -> None:
    wb = openpyxl.load_workbook(region_pkg.parent / "110000000_2026-H1.xlsx")
    assert wb.sheetnames == ["Cover", "A1", "A2", "A3", "B1", "B2", "B3", "B4"]
    for layout in DATA_SHEETS:
        ws = wb[layout.code]
        n = len(layout.columns)
        header = [c.value for c in ws[5]]
        numbers = [c.value for c in ws[6]]
        assert header == [f"{c.kk} / {c.ru}" for c in layout.columns], layout.code
        assert numbers == list(range(1, n + 1))
        assert all(type(v) is int for v in numbers)
        assert ws.max_column == n  # exactly the listed columns, nothing beside the table
        assert ws["A1"].value == layout.title_kk
        assert ws["A2"].value == layout.title_ru
        assert "110000000" in ws["A3"].value
        assert "2026-H1" in ws["A4"].value
    assert wb["A1"]["C5"].value == "Объектілердің жалпы саны / Всего объектов"
    assert [c.code for c in LAYOUTS["A1"].columns][:2] == ["kato", "name"]


def test_a1_units_and_total_recompute_the_share(region_pkg: Path) -> None:
    ws = openpyxl.load_workbook(region_pkg.parent / "110000000_2026-H1.xlsx")["A1"]
    rows = _table(ws)
    assert rows[0] == ["113200000", "Ақкөл ауданы", 14, 12, 10, 2, 1, 90.0]
    assert rows[1] == ["113400000", "Аршалы ауданы", 120, 100, 90, 60, 15, 50.0]
    # (100 - 62 + 16) / 100 = 54.0, not the average of 90.0 and 50.0 (70.0).
    assert rows[2] == ["110000000", TOTAL, 134, 112, 100, 62, 16, 54.0]
    assert len(rows) == 3  # nothing below the total
    for cell in ws[7]:
        if cell.column <= 2:
            assert cell.data_type == "s"
        else:
            assert cell.data_type == "n"
    assert isinstance(ws["A7"].value, str)
    assert type(ws["C7"].value) is int
    assert ws["H7"].number_format == "0.0"
    assert ws["H9"].number_format == "0.0"
    assert ws["C9"].number_format == "#,##0"
    assert ws["B9"].font.bold


def test_share_rounds_half_up(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(
        _write(district_data(), tmp_path).with_name("113200000_2026-H1.xlsx")
    )["A1"]
    # 251 / 400 = 62.75 -> 62.8 (float rounding would give 62.7 or 62.8 by luck).
    assert ws["H7"].value == 62.8
    assert ws["H8"].value == 62.8
    assert ws["A8"].value == "113200000"
    assert ws["B8"].value == TOTAL_LABEL


def test_share_empty_when_nothing_passported(tmp_path: Path) -> None:
    data = district_data(
        a1=(A1Row("113200000", "Ақкөл ауданы", 3, 0, 0, 0, 0),),
        a2=(),
        a3=(),
    )
    ws = openpyxl.load_workbook(
        tmp_path / _write(data, tmp_path).name.replace(".manifest.json", ".xlsx")
    )["A1"]
    assert ws["H7"].value is None
    assert ws["H8"].value is None
    wb = openpyxl.load_workbook(tmp_path / "113200000_2026-H1.xlsx")
    assert [c.value for c in wb["A2"][7]][:2] == [None, TOTAL]  # empty sheets keep the total
    assert wb["A3"].max_row == 6  # title, header, numbers; no data, no total


def test_code_sheets_totals(region_pkg: Path) -> None:
    wb = openpyxl.load_workbook(region_pkg.parent / "110000000_2026-H1.xlsx")
    assert _table(wb["A2"])[-1] == [None, TOTAL, 100, 65, 60, 50, 40, 15, 62, 16]
    assert _table(wb["B1"])[-1] == ["110000000", TOTAL, 12, 7, 3, 16, 25, 5, 71, 32, 3]
    assert _table(wb["B2"]) == [
        ["VIOLENCE", "Тұрмыстық зорлық-зомбылық", 6, 3],
        ["POVERTY", "Кедейлік", 12, 5],
    ]  # no total row: a case can have several risk factors
    assert _table(wb["B3"])[-1] == [None, TOTAL, 32]
    assert _table(wb["B4"])[-1] == [None, TOTAL, 16]


def test_a3_cells(region_pkg: Path) -> None:
    ws = openpyxl.load_workbook(region_pkg.parent / "110000000_2026-H1.xlsx")["A3"]
    first = _table(ws)[0]
    assert first[0] == "3f2b9c1e-5d7a-4e0b-9c41-0a2b3c4d5e6f"
    assert first[1] == "113220100"
    assert first[5] == datetime(2026, 2, 1)
    assert ws["F7"].number_format == "dd.mm.yyyy"
    assert first[6:11] == ["VND"] * 5
    assert first[11] == 1 and type(first[11]) is int
    assert first[12] == datetime(2026, 3, 1)
    second = _table(ws)[1]
    assert second[6:11] == ["DP_V", "DP_I", "DCH_I", "DU", None]
    assert second[11] == 0 and second[12] is None
    assert ws["B7"].number_format == "@"
    assert len(_table(ws)) == 3


def test_freeze_and_print_setup(region_pkg: Path) -> None:
    wb = openpyxl.load_workbook(region_pkg.parent / "110000000_2026-H1.xlsx")
    for layout in DATA_SHEETS:
        ws = wb[layout.code]
        assert ws.freeze_panes == "A7"
        assert ws.print_title_rows == "$5:$6"
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        last = openpyxl.utils.get_column_letter(len(layout.columns))
        assert ws.print_area == f"'{layout.code}'!$A$1:${last}${ws.max_row}"
        assert ws.column_dimensions["B"].width >= 10
    assert wb["A1"].column_dimensions["B"].width == 34


def test_cover(region_pkg: Path) -> None:
    ws = openpyxl.load_workbook(region_pkg.parent / "110000000_2026-H1.xlsx")["Cover"]
    cells = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    flat = [str(v) for row in cells for v in row if v is not None]
    text = "\n".join(flat)
    for expected in ("110000000", "Ақмола облысы", "Акмолинская область", "region", "2026-H1"):
        assert expected in text
    assert "03.07.2026 10:15:00 (UTC+05:00)" in text
    assert "9.8.7" in text
    pid = json.loads(region_pkg.read_text("utf-8"))["package_id"]
    assert pid in flat
    sheet_rows = {row[0]: row[2] for row in cells if row and row[0] in LAYOUTS}
    assert sheet_rows == {"A1": 2, "A2": 2, "A3": 3, "B1": 2, "B2": 2, "B3": 2, "B4": 2}
    warnings = {
        row[0]: row[2]
        for row in cells
        if row and row[0] in ("case_without_plan", "member_without_iin")
    }
    assert warnings == {"case_without_plan": 3, "member_without_iin": 2}
    # The officer who signs the Cover reads each finding's name in Kazakh and Russian.
    explained = {row[0]: row[1] for row in cells if row and row[0] in warnings}
    assert explained == {
        "case_without_plan": "Жоспары жоқ іс / Дело без плана",
        "member_without_iin": "ЖСН-сіз отбасы мүшесі / Член семьи без ИИН",
    }
    assert any(v.startswith("Жауапты тұлға") for v in flat)
    assert any(v.startswith("Қолы / Подпись") for v in flat)
    assert any(v.startswith("Күні / Дата") for v in flat)


def test_two_exports_differ_only_in_id_and_time(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = _write(region_data(created_at=None), tmp_path / "a")
    b = _write(region_data(created_at=None), tmp_path / "b")
    ma, mb = (json.loads(p.read_text("utf-8")) for p in (a, b))
    for m in (ma, mb):
        for key in ("package_id", "created_at", "workbook"):
            m.pop(key)
    assert ma == mb
    wa = openpyxl.load_workbook(a.with_name("110000000_2026-H1.xlsx"))
    wb = openpyxl.load_workbook(b.with_name("110000000_2026-H1.xlsx"))
    for name in wa.sheetnames:
        va = [list(r) for r in wa[name].iter_rows(values_only=True)]
        vb = [list(r) for r in wb[name].iter_rows(values_only=True)]
        if name == "Cover":
            diff = [(x, y) for x, y in zip(va, vb, strict=True) if x != y]
            assert len(diff) <= 2  # created at, package id
            assert all(x[0] and x[0].startswith(("Құрылған", "Пакеттің")) for x, _ in diff)
        else:
            assert va == vb


def test_no_temporary_files_left(tmp_path: Path) -> None:
    _write(region_data(), tmp_path)
    _write(region_data(), tmp_path)  # replaces the first
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "110000000_2026-H1.manifest.json",
        "110000000_2026-H1.xlsx",
    ]


def test_failure_mid_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_save(self: Any, filename: Any) -> None:
        Path(filename).write_bytes(b"PK half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(OSError):
        _write(region_data(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_previous_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _write(region_data(), tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def failing_hash(path: Path) -> tuple[str, int]:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(package_mod, "_sha256", failing_hash)
    with pytest.raises(OSError):
        _write(region_data(), tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert first.exists()


def test_progress_and_cancel(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    _write_progress = write_package(
        region_data(), tmp_path, app_version="1", progress=lambda d, t: seen.append((d, t))
    )
    assert _write_progress.exists()
    assert seen[0] == (0, 15) and seen[-1] == (15, 15)
    other = tmp_path / "other"
    other.mkdir()
    with pytest.raises(ExportCancelled):
        write_package(region_data(), other, app_version="1", is_cancelled=lambda: True)
    assert list(other.iterdir()) == []


def test_progress_may_raise_to_cancel(tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done == total:
            raise Stop

    with pytest.raises(Stop):
        write_package(region_data(), tmp_path, app_version="1", progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_figures_breaking_a_rule_are_refused(tmp_path: Path) -> None:
    data = district_data(a1=(A1Row("113200000", "Ақкөл ауданы", 520, 450, 460, 149, 0),))
    with pytest.raises(PackageRefused) as info:
        _write(data, tmp_path)
    texts = [p.as_text() for p in info.value.problems]
    assert texts == [
        "sheet A1, row 7: rule a1_passportization_order: passported 460 ≤ subject to "
        "passportization 450 ≤ objects 520 does not hold"
    ]
    assert list(tmp_path.iterdir()) == []


def test_no_personal_id_in_a_clean_package(region_pkg: Path) -> None:
    wb = openpyxl.load_workbook(region_pkg.parent / "110000000_2026-H1.xlsx")
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            assert IIN not in [str(v) for v in row]
