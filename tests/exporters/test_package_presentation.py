"""The package workbook reads well in a spreadsheet (issue 11): widths, heights, print setup.

Only presentation: the values and positions of reporting.md §2.2 are pinned by
``test_package_write.py``. The numbers here are hand-computed from the rules of
:mod:`exporters.package_layout` (1.3 width units a bold letter, 1.15 a plain one, one unit of
margin; 15 pt a line of 11-pt text plus 4 pt of padding), and pinned on a demo package read back
with openpyxl, the way LibreOffice and Excel read the file.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from exporters.package import write_package
from exporters.package_layout import (
    A1,
    A2,
    A3,
    B2,
    DATA_SHEETS,
    HEADER_ROW,
    MAX_HEADER_LINES,
    MAX_TEXT_WIDTH,
    chars_in,
    header_width,
    text_height,
    width_for,
    wrapped_lines,
)
from models.demo.load import add_demo_data
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY


def test_wrapped_lines_counts_greedy_lines() -> None:
    assert wrapped_lines("", 10) == 1
    assert wrapped_lines("Код", 10) == 1
    # "ҚАТО" | "коды /" | "Код КАТО": 4, then 4 + 1 + 1, then 3 + 1 + 4 letters of 8.
    assert wrapped_lines("ҚАТО коды / Код КАТО", 8) == 3
    assert wrapped_lines("ҚАТО коды / Код КАТО", 8.9) == 3  # a part of a letter holds none
    assert wrapped_lines("ҚАТО коды / Код КАТО", 20) == 1
    # A word longer than a line is broken: 19 letters in lines of 8 take 3.
    assert wrapped_lines("паспортталғандардың", 8) == 3
    assert wrapped_lines("паспортталғандардың", 19) == 1
    # ... and the next word starts on its last line when it fits there (3 + 1 + 2 <= 8).
    assert wrapped_lines("паспортталғандардың из", 8) == 3
    assert wrapped_lines("a\nb", 10) == 2


def test_heights_and_widths_from_letters() -> None:
    # 12 units wide: 11 / 1.3 = 8.46 bold letters a line; the KATO header takes 3 lines.
    assert chars_in(12, bold=True) == pytest.approx(8.4615, abs=1e-3)
    assert text_height("ҚАТО коды / Код КАТО", 12, bold=True) == 3 * 15 + 4
    assert text_height("ҚАТО", 12, bold=True) == 19
    # 28-pt letters are 28/11 as wide and a line 28 * 15/11 = 38.2 pt high.
    assert text_height("ЖОБА", 12, bold=True, size=28) == pytest.approx(2 * 38.18 + 4, abs=0.1)
    assert width_for(21) == pytest.approx(21 * 1.15 + 1)


def test_header_width_fits_the_longest_word_and_five_lines() -> None:
    kato, requiring = A1.columns[0], A1.columns[5]
    assert header_width(kato) == 12  # its own width: 3 lines, longest word 4 letters
    # "паспортталғандардың" (19 letters) needs 19 * 1.3 + 1 = 25.7 units: 26. Then 19 letters a
    # line: паспортталғандардың | бейімдеуді талап | ететіні / из | паспортизированных |
    # требуют адаптации: 5 lines.
    assert requiring.code == "requiring_adaptation"
    assert header_width(requiring) == 26
    assert wrapped_lines(requiring.header, chars_in(26, bold=True)) == 5
    for layout in DATA_SHEETS:
        for column in layout.columns:
            width = header_width(column)
            assert width >= column.width
            assert wrapped_lines(column.header, chars_in(width, bold=True)) <= MAX_HEADER_LINES
            longest = max(len(w) for w in column.header.split())
            assert chars_in(width, bold=True) >= longest  # no word of a label is broken


@pytest.fixture
def demo_package(store: Store, tmp_path: Path) -> Path:
    add_demo_data(store, objects=60, families=30, seed=1, today=TODAY, user="admin")
    data = compute_report(store, parse_period("2026"), today=TODAY)
    manifest = write_package(data, tmp_path, app_version="test")
    return tmp_path / manifest.name.replace(".manifest.json", ".xlsx")


def _widths(ws: openpyxl.worksheet.worksheet.Worksheet, n: int) -> list[float]:
    return [ws.column_dimensions[get_column_letter(i)].width for i in range(1, n + 1)]


def _heights(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[int, float]:
    return {r: d.height for r, d in ws.row_dimensions.items() if d.height}


def test_demo_package_widths_heights_and_print_setup(demo_package: Path) -> None:
    wb = openpyxl.load_workbook(demo_package)
    # Data-independent columns: the header widths above.
    assert _widths(wb["A1"], 8) == [12, 34, 18, 18, 22, 26, 17, 20]
    assert _widths(wb["A3"], 13) == [38, 12, 40, 26, 40, 12, 13, 13, 13, 13, 13, 21, 16]
    assert _widths(wb["B1"], 11) == [12, 34, 20, 24, 20, 18, 25, 18, 16, 16, 21]
    assert _widths(wb["B4"], 3)[0] == 12
    # Measured columns: A2's object type codes (SOC_EMPLOYMENT_OFFICE: 21 * 1.15 + 1 = 25.15)
    # and its names (the longest Kazakh object type name is cut at the bound, 60).
    assert _widths(wb["A2"], 10) == [26, 60, 22, 14, 14, 14, 14, 14, 14, 17]
    assert _widths(wb["B2"], 4)[1] == MAX_TEXT_WIDTH
    # Header rows: 5 lines (79 pt) where a label takes 5, 4 (64 pt) on A3, B3 and B4; the form
    # names in 12-pt bold: 12 * 15/11 + 4 = 20.4 pt.
    for code, header in (("A1", 79), ("A2", 79), ("A3", 64), ("B1", 79), ("B2", 79)):
        assert _heights(wb[code]) == {1: 20.4, 2: 20.4, HEADER_ROW: header}, code
    for code in ("B3", "B4"):
        assert _heights(wb[code])[HEADER_ROW] == 64
    for layout in DATA_SHEETS:
        ws = wb[layout.code]
        assert ws.print_title_rows == "$5:$6"  # header and numbers on every printed page
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.page_setup.orientation == "landscape"
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        for col, cell in zip(layout.columns, ws[HEADER_ROW], strict=True):
            assert cell.value == col.header  # presentation changed, not the contract
            assert cell.alignment.wrap_text
    cover = wb["Cover"]
    assert _widths(cover, 3) == [46, 62, 18]
    assert cover.page_setup.orientation == "portrait" and cover.page_setup.paperSize == 9
    heights = _heights(cover)
    assert heights[1] == 20.4  # the title, 12-pt bold
    # The draft line: ЖОБА / ПРОЕКТ in 28 pt (38.2 + 4) beside its note, 3 lines of 62 units
    # (61 / 1.15 = 53 letters a line: 3 lines of the 149-letter note) = 49 pt: the larger wins.
    assert heights[2] == 49


def test_codes_and_names_are_not_cut(demo_package: Path) -> None:
    wb = openpyxl.load_workbook(demo_package)
    for layout in (A2, B2):
        ws = wb[layout.code]
        widths = _widths(ws, len(layout.columns))
        rows = list(ws.iter_rows(min_row=HEADER_ROW + 2, max_col=2, values_only=True))
        assert rows
        for code, name in rows:
            if code is not None:
                assert width_for(len(code)) <= widths[0]
            assert width_for(len(name)) <= widths[1] or widths[1] == MAX_TEXT_WIDTH
    assert A3.columns[3].code == "object_type"
    assert width_for(len("SOC_EMPLOYMENT_OFFICE")) <= wb["A3"].column_dimensions["D"].width
