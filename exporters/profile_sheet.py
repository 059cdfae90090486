"""The sheets of an office's own register and the table an import profile finds in them (§3.1).

:func:`read_sheets` reads every sheet through the bounded reader (purpose ``profile``: the
registry's limits, every sheet), so the wizard can offer the sheets and the suggestion can look
for the header. :func:`table_rows` cuts the profile's table out of a sheet: the column of each
mapped header, and the data rows from the row after the header to the first row whose mapped
cells are all empty or whose name reads ``Итого``, ``Барлығы`` or ``Всего``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exporters.import_profile import (
    NAME_FIELD,
    TOTAL_WORDS,
    ImportProfile,
    display_text,
    normalise,
)
from exporters.registry_read import Problem, RegistryRejected, blank, open_workbook

#: Problem codes of a profile that does not fit the file (worded with the registry problems).
SHEET_NOT_FOUND = "sheet_not_found"
HEADER_NOT_FOUND = "header_not_found"


@dataclass(frozen=True)
class SheetCells:
    """Every sheet of a workbook: names in workbook order, cells from A1 by name."""

    names: tuple[str, ...]
    cells: Mapping[str, list[list[Any]]]


def read_sheets(path: Path, *, is_cancelled: Callable[[], bool] | None = None) -> SheetCells:
    """Read every sheet of ``path`` with the bounded reader.

    Raises:
        RegistryRejected: not an ``.xlsx``, unreadable or over a limit (like ``open_sheet``).
        ImportCancelled: cancelled while reading.
    """
    read = open_workbook(Path(path), "profile", is_cancelled=is_cancelled)
    names = tuple(n for n in read.sheet_names if n in read.cells) or tuple(read.cells)
    if not read.cells or all(blank(v) for rows in read.cells.values() for row in rows for v in row):
        raise RegistryRejected([Problem(None, None, "empty_sheet")])
    return SheetCells(tuple(dict.fromkeys(names)), read.cells)


def profile_sheet(sheets: SheetCells, profile: ImportProfile) -> list[list[Any]]:
    """Return the profile's sheet (by name, or 1-based position).

    Raises:
        RegistryRejected: ``sheet_not_found`` when the workbook has no such sheet.
    """
    sheet = profile.sheet
    if isinstance(sheet, int):
        if 1 <= sheet <= len(sheets.names):
            return sheets.cells[sheets.names[sheet - 1]]
    else:
        if sheet in sheets.cells:
            return sheets.cells[sheet]
        wanted = normalise(sheet)
        for name in sheets.names:
            if normalise(name) == wanted:
                return sheets.cells[name]
    raise RegistryRejected(
        [Problem(None, None, SHEET_NOT_FOUND, {"sheet": sheet, "sheets": sheets.names})]
    )


def header_columns(sheet: list[list[Any]], profile: ImportProfile) -> dict[str, int]:
    """Return field -> 0-based column of the profile's mapped headers found in the header row.

    A header text given twice in the row maps to its first column.
    """
    row = sheet[profile.header_row - 1] if 0 < profile.header_row <= len(sheet) else []
    index: dict[str, int] = {}
    for n, cell in enumerate(row):
        index.setdefault(normalise(cell), n)
    found: dict[str, int] = {}
    for field, header in profile.columns.items():
        at = index.get(normalise(header))
        if at is not None and normalise(header):
            found[field] = at
    return found


def missing_headers(sheet: list[list[Any]], profile: ImportProfile) -> list[Problem]:
    """Return a ``header_not_found`` problem per mapped header absent from the header row."""
    found = header_columns(sheet, profile)
    return [
        Problem(profile.header_row, field, HEADER_NOT_FOUND, {"header": header})
        for field, header in profile.columns.items()
        if field not in found
    ]


def _is_total(value: Any) -> bool:
    text = normalise(value).rstrip(":.").strip()
    return text in TOTAL_WORDS


def is_numbering_row(cells: Sequence[Any]) -> bool:
    """Return True for a row of column numbers: its non-empty cells read 1, 2, 3 ... in order
    (as numbers or text, at least three)."""
    numbers = []
    for cell in cells:
        text = display_text(cell).strip()
        if not text:
            continue
        if not text.isdigit():
            return False
        numbers.append(int(text))
    return len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1))


def table_rows(
    sheet: list[list[Any]], profile: ImportProfile
) -> tuple[dict[str, int], list[tuple[int, list[Any]]]]:
    """Return the header columns by field and the data rows as (Excel row number, cells).

    Data start on the row after ``header_row`` and end (§3.1) at the first row whose mapped
    cells are all empty, or whose name column reads ``Итого``, ``Барлығы`` or ``Всего``.
    Rows are padded to reach every mapped column.

    Official tables number their columns (1, 2, 3 ...) in the row under the header: that row
    (:func:`is_numbering_row`) is not data. An extension of §3.1, which would read it as a row
    of data whose every mapped cell is wrong; no real row of a register reads 1, 2, 3 ... .
    """
    columns = header_columns(sheet, profile)
    if not columns:
        return columns, []
    width = max(columns.values()) + 1
    mapped = tuple(columns.values())
    name_col = columns.get(NAME_FIELD.get(profile.target, "name"))
    rows: list[tuple[int, list[Any]]] = []
    for n in range(profile.header_row, len(sheet)):
        cells = sheet[n]
        if len(cells) < width:
            cells = [*cells, *([""] * (width - len(cells)))]
        if all(blank(cells[c]) for c in mapped):
            break
        if name_col is not None and _is_total(cells[name_col]):
            break
        if n == profile.header_row and is_numbering_row(sheet[n]):
            continue
        rows.append((n + 1, cells))
    return columns, rows


__all__ = [
    "HEADER_NOT_FOUND",
    "SHEET_NOT_FOUND",
    "SheetCells",
    "header_columns",
    "is_numbering_row",
    "missing_headers",
    "profile_sheet",
    "read_sheets",
    "table_rows",
]
