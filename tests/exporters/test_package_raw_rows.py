"""A3's data rows written as raw XML equal what openpyxl's cells write, byte for byte."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl import Workbook

from exporters.package import (
    _cell_maker,
    _excel_value,
    _raw_sheet_writer,
    _RawRows,
    _Styles,
    a3_values,
    iter_sheet_rows,
    sheet_rows,
)
from tests.exporters.package_samples import district_data

FORMATS = ["@", None, "dd.mm.yyyy", "0", "#,##0", "0.0", None]

ROWS: list[list[Any]] = [
    ["9337fa50-4cc3", "№1 мектеп «Болашақ»", date(2026, 5, 4), 1, 12345, 0.1, "Қ & <b> > ü 😀"],
    ["", "plain", None, 0, None, Decimal("87.5"), None],
    ["a", "=SUM(A1:A2)", date(1900, 2, 1), 7, 3, 1e20, "#N/A"],  # formula-like, error: cells
    ["b", " padded ", date(2026, 1, 1), 1, 1, 2.5, "x"],  # xml:space="preserve": cells
    ["c", "two\nlines", date(2026, 1, 1), 1, 1, 2.5, "x"],  # a control character: cells
    ["d", "ok", datetime(2026, 1, 1, 12, 30), 1, 1, 2.5, "x"],  # a datetime: cells
    ["e", "ok", date(1900, 1, 1), True, -4, float("nan"), "x"],  # bool and nan: cells
    ["f", "ok", date(1900, 3, 1), 0, 2**40, -0.0, "t" * 40],
]


def _sheet_data(path: Path, n: int) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read(f"xl/worksheets/sheet{n}.xml").decode("ascii")
    return re.search(r"<sheetData>.*</sheetData>", xml, re.S).group(0)  # type: ignore[union-attr]


def test_raw_rows_equal_openpyxl_cells(tmp_path: Path) -> None:
    styles = _Styles()
    wb = Workbook(write_only=True)
    by_cells = wb.create_sheet("cells")
    makers = [_cell_maker(by_cells, fmt=f, border=styles.border) for f in FORMATS]
    by_cells.append(["header"])
    for values in ROWS:
        by_cells.append([make(_excel_value(v)) for make, v in zip(makers, values, strict=True)])

    raw = wb.create_sheet("raw")
    raw._writer = _raw_sheet_writer(raw)
    raw_makers = [_cell_maker(raw, fmt=f, border=styles.border) for f in FORMATS]
    raw.append(["header"])
    ticks: list[int] = []
    written = _RawRows(raw, raw_makers).write(
        [[_excel_value(v) for v in r] for r in ROWS], 2, lambda: ticks.append(1)
    )
    assert written == len(ROWS) == len(ticks)
    out = tmp_path / "both.xlsx"
    wb.save(out)

    assert _sheet_data(out, 2) == _sheet_data(out, 1)
    back = openpyxl.load_workbook(out)["raw"]
    assert back["A2"].number_format == "@"
    assert back["C2"].value == datetime(2026, 5, 4)
    assert back["C2"].number_format == "dd.mm.yyyy"
    assert back["G2"].value == "Қ & <b> > ü 😀"
    # Text stays text whatever its first character (reporting.md §2.3, issue 9).
    assert (back["B4"].data_type, back["B4"].value) == ("s", "=SUM(A1:A2)")
    assert (back["G4"].data_type, back["G4"].value) == ("s", "#N/A")


def test_iter_sheet_rows_equals_sheet_rows() -> None:
    data = district_data()
    lazy = iter_sheet_rows(data)
    assert list(lazy) == list(sheet_rows(data))
    assert {k: [list(r) for r in v] for k, v in lazy.items()} == sheet_rows(data)
    a3 = lazy["A3"]
    assert list(a3) == list(a3) == [a3_values(r) for r in data.a3]  # it can be read twice
