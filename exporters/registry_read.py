"""Reading a registry workbook: the first sheet's cells and their conversion (reporting.md §3).

Split out of :mod:`exporters.registry_import` (issue 9): the file is checked and read by the
bounded reader in a child process, then cells are converted column by column (dates, 1/0 flags,
texts). The problems a file can have, and their English texts for the command line, live here
too, so the reader and the row checks share them.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from exporters.workbook_limits import Breach
from exporters.workbook_reader import (
    Purpose,
    ReadCancelled,
    WorkbookCells,
    WorkbookRefused,
    read_workbook,
)
from models.errors import QoldauError
from models.objects.registry_store import ImportCancelled

logger = logging.getLogger(__name__)

EXCEL_EPOCH = date(1899, 12, 30)
MAX_SERIAL = 2958465  # 31.12.9999
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")

# English texts for the command line; the GUI translates the codes itself.
MESSAGES: Mapping[str, str] = {
    "not_xlsx": "not an Excel workbook (.xlsx): save the registry as an Excel workbook",
    "protected_or_xls": (
        "the workbook is password-protected or in the old Excel 97-2003 format: remove the "
        "password and save it as an Excel workbook (.xlsx)"
    ),
    "unreadable": "the file cannot be read ({detail})",
    "empty_file": "the file is empty",
    "empty_sheet": "the first sheet is empty: fill in the registry template",
    "no_header": "row 1 of the first sheet does not hold the template's column codes",
    "no_rows": "the file holds no objects (they start in row 2)",
    "missing_column": "column missing from row 1 (use the registry template)",
    "duplicate_column": "this column code appears twice in row 1",
    "required": "a value is required",
    "too_long": "longer than {max} characters",
    "unknown_code": "unknown code {code!r}",
    "bad_date": "{value!r} is not a date: use dd.mm.yyyy, yyyy-mm-dd or an Excel date",
    "date_in_future": "the date {value} is in the future",
    "bad_flag": "{value!r} is not 1 or 0",
    "duplicate_ref": "object_ref {value!r} is already used in row {first_row}",
    "rule_not_subject": "an object not subject to passportization has no passport data",
    "rule_no_passport": "without a passport date there are no statuses, adaptation or adapted date",
    "status_not_shared": (
        "{code} means the same status for all five categories, but {categories} differ"
    ),
    "adapted_without_requirement": "an adapted date needs requires_adaptation = 1",
    "adapted_before_passport": "the adapted date is before the passport date {passport_date}",
    "passport_before_current": (
        "the store already holds a newer passport of this object, dated {current}"
    ),
    "kato_format": "a KATO code has exactly 9 digits",
    "kato_region_unknown": "no region has the KATO prefix {region}",
    "kato_outside_office": "the settlement is outside the office's territory ({office})",
    "more_problems": "{count} more problems not listed",
    "exclusion_missing": (
        "not subject to passportization without an exclusion reason and date: imported, "
        "to be completed in the object card"
    ),
    "exclusion_ignored": (
        "the object is subject to passportization: the exclusion reason and date are ignored"
    ),
    "zip_entries": "the workbook holds too many parts ({detail})",
    "zip_entry_name": "the workbook holds a part with a forbidden name ({detail})",
    "zip_entry_size": "the workbook unpacks to too much data ({detail})",
    "zip_ratio": "the workbook is compressed implausibly far ({detail})",
    "zip_total_size": "the workbook unpacks to too much data ({detail})",
    "file_too_large": "the file is too large ({detail})",
    "sheet_dimension": "the sheet declares cells beyond the limits ({detail})",
    "sheet_rows": "the sheet has too many rows ({detail})",
    "workbook_crashed": "the file cannot be read ({detail})",
    "workbook_timeout": "the file cannot be read in time ({detail})",
    "workbook_memory": "the file needs too much memory ({detail})",
}


@dataclass(frozen=True)
class Problem:
    """Why (part of) a registry file is refused.

    Attributes:
        row: the row number as Excel shows it, None for the whole file.
        column: the column code (e.g. ``passport_date``), None when no column is concerned.
        code: a stable code the GUI translates (e.g. ``bad_date``).
        params: details for the message (values as found, dates as :class:`date`).
    """

    row: int | None
    column: str | None
    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def as_text(self) -> str:
        """Return a one-line English description, e.g. ``row 7, passport_date: ...``."""
        params = {k: _format_param(v) for k, v in self.params.items()}
        try:
            message = MESSAGES[self.code].format(**params)
        except (KeyError, IndexError, ValueError):
            message = self.code
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(self.column)
        return f"{', '.join(where) or 'file'}: {message}"


def _format_param(value: object) -> object:
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return value


class RegistryRejected(QoldauError):
    """The registry file was refused; ``problems`` says why. Nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"registry rejected: {len(problems)} problems")
        self.problems = list(problems)


def open_sheet(path: Path, *, is_cancelled: Callable[[], bool] | None = None) -> list[list[Any]]:
    """Return the cells of the first sheet from A1, or raise RegistryRejected.

    The file is checked and read by the bounded reader (:mod:`exporters.workbook_reader`):
    a registry declaring a cell at XFD1048576 or unpacking to gigabytes is refused with a
    reason, and calamine never runs in this process (issue 9).
    """
    read = open_workbook(path, "registry", is_cancelled=is_cancelled)
    if not read.cells:
        raise RegistryRejected([Problem(None, None, "empty_sheet")])
    return next(iter(read.cells.values()))


def open_workbook(
    path: Path,
    purpose: Purpose = "registry",
    *,
    is_cancelled: Callable[[], bool] | None = None,
) -> WorkbookCells:
    """Check that ``path`` is an ``.xlsx`` and read it with the bounded reader.

    Raises:
        RegistryRejected: not a workbook, protected, unreadable or over a limit (file-level
            problems).
        ImportCancelled: ``is_cancelled`` said so while reading.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise RegistryRejected(
            [Problem(None, None, "unreadable", {"detail": exc.strerror or str(exc)})]
        ) from exc
    if not head:
        raise RegistryRejected([Problem(None, None, "empty_file")])
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        # An OLE container: an encrypted OOXML workbook or an .xls of Excel 97-2003.
        raise RegistryRejected([Problem(None, None, "protected_or_xls")])
    if not head.startswith(b"PK"):
        raise RegistryRejected([Problem(None, None, "not_xlsx")])
    try:
        with zipfile.ZipFile(path) as zf:
            has_workbook = "xl/workbook.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise RegistryRejected([Problem(None, None, "not_xlsx")]) from exc
    if not has_workbook:
        raise RegistryRejected([Problem(None, None, "not_xlsx")])
    try:
        return read_workbook(path, purpose, is_cancelled=is_cancelled)
    except WorkbookRefused as exc:
        logger.info("registry %s refused: %s", path, exc)
        raise RegistryRejected([_breach_problem(b) for b in exc.breaches]) from exc
    except ReadCancelled as exc:
        raise ImportCancelled from exc


def _breach_problem(b: Breach) -> Problem:
    """A limit of the bounded reader as a file-level problem (``unreadable`` keeps its code)."""
    if b.code == "workbook_unreadable":
        return Problem(None, None, "unreadable", {"detail": b.detail})
    return Problem(None, None, b.code, {"detail": b.detail})


def cell_text(value: Any) -> str:
    """Return a cell as trimmed text (whole numbers without ``.0``: KATO, references)."""
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    return str(value).strip()


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


#: A cell that did not convert (a date or 1/0 not recognised).
BAD = object()


def parse_date(value: Any) -> date | None | object:
    """Return a date cell's value: a date, None when empty, or ``BAD``.

    Accepts Excel date cells (calamine gives ``date``/``datetime``), Excel serial numbers in
    cells not formatted as dates, and text ``dd.mm.yyyy`` or ``yyyy-mm-dd``.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if m := _DMY.fullmatch(text):
            d, mo, y = m.groups()
        elif m := _YMD.fullmatch(text):
            y, mo, d = m.groups()
        else:
            return BAD
        try:
            return date(int(y), int(mo), int(d))
        except ValueError:
            return BAD
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value <= MAX_SERIAL:
            return EXCEL_EPOCH + timedelta(days=int(value))
        return BAD
    if value is None:
        return None
    return BAD


def parse_flag(value: Any) -> bool | None | object:
    """Return a 1/0 cell: True, False, None when empty, or ``BAD``."""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        return {"1": True, "0": False}.get(text, BAD)
    if isinstance(value, (int, float)):
        if value == 1:
            return True
        if value == 0:
            return False
        return BAD
    if value is None:
        return None
    return BAD


def texts(values: Sequence[Any]) -> list[str]:
    try:
        return list(map(str.strip, values))  # text cells, the usual case: ~4x faster
    except TypeError:  # a number, date or flag cell somewhere in the column
        return [v.strip() if type(v) is str else cell_text(v) for v in values]


def dates(values: Sequence[Any]) -> list[Any]:
    # Most cells are empty or real date cells; parse_date handles the rest.
    return [None if v == "" else v if type(v) is date else parse_date(v) for v in values]


#: 1/0 cells as they usually come (1.0 and True hash like 1); anything else is looked at closely.
FLAGS: Mapping[Any, bool | None] = {1: True, 0: False, "1": True, "0": False, "": None}


def flags(values: Sequence[Any]) -> list[Any]:
    get = FLAGS.get
    return [get(v, MISSING) for v in values]


MISSING = object()
