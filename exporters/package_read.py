"""Read a report package back: the manifest and the workbook's tables (reporting.md §2).

:func:`read_package` never raises on bad input: a missing or unreadable file, a manifest without
its keys, a sheet without its column numbers row all become :class:`PackageProblem` entries, and
``data`` is the :class:`~models.reporting.dto.ReportData` read back when the structure allowed it.
The rules of §2.2 are checked by :mod:`exporters.package_verify`.

The workbook is read with python-calamine (about 7x faster than openpyxl's read-only mode on
100k rows, PITFALLS.md #7). Calamine returns every number as a float and date cells as dates.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from exporters.package_layout import (
    CODE,
    COVER,
    DATA_SHEETS,
    DATE,
    EXTRA_LAYOUTS,
    FLAG,
    INCLUDE_KEYS,
    INT,
    KNOWN_FORMAT_VERSIONS,
    MANIFEST_KEYS,
    OFFICE_KEYS,
    PCT,
    TOTAL_LABEL,
    WORKBOOK_KEYS,
    SheetLayout,
    breakdowns_of,
    sheet_layouts,
)
from exporters.workbook_limits import FORMULA, PACKAGE_LIMITS, Breach
from exporters.workbook_reader import WorkbookCells, WorkbookRefused, read_workbook
from models.reference.dto import OfficeDTO
from models.reporting.dto import (
    A1Row,
    A2Row,
    A3Row,
    B1Row,
    CodeCount,
    IncludedPackage,
    QualityIssue,
    ReportData,
)
from models.reporting.periods import PeriodError, parse_period

logger = logging.getLogger(__name__)

MANIFEST, WORKBOOK = "manifest", "workbook"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class PackageProblem:
    """One reason to reject a package: where (sheet or manifest, Excel row) and which rule.

    ``rule`` is a stable code the GUI words in the user's language (``ui/messages.py``), with
    ``params``; ``detail`` is the English explanation for logs and the command line.
    """

    sheet: str
    row: int | None
    rule: str
    detail: str = ""
    params: Mapping[str, object] = field(default_factory=dict, compare=False)

    def as_text(self) -> str:
        """Return ``sheet A1, row 7: rule a1_order: ...`` (``manifest: rule ...`` off-sheet)."""
        where = self.sheet if self.sheet in (MANIFEST, WORKBOOK) else f"sheet {self.sheet}"
        if self.row is not None:
            where += f", row {self.row}"
        text = f"{where}: rule {self.rule}"
        return f"{text}: {self.detail}" if self.detail else text


@dataclass
class SheetTable:
    """A data sheet's table: typed values per Excel row (None for an empty cell)."""

    code: str
    numbers_row: int
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    total: tuple[int, list[Any]] | None = None
    #: False when a cell had the wrong type; rules then skip the sheet's figures.
    typed_ok: bool = True


@dataclass
class ParsedPackage:
    """A package as read: manifest, every sheet's cells, the data tables and the figures."""

    manifest_path: Path
    manifest: dict[str, Any] | None = None
    workbook_path: Path | None = None
    workbook_bytes: bytes | None = None
    #: Sheet name -> rows of raw cell values (calamine: '' for empty), in workbook order.
    cells: dict[str, list[list[Any]]] = field(default_factory=dict)
    tables: dict[str, SheetTable] = field(default_factory=dict)
    data: ReportData | None = None
    problems: list[PackageProblem] = field(default_factory=list)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _norm(text: Any) -> str:
    return " ".join(str(text).split())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


# --------------------------------------------------------------------------- manifest


def _check_manifest(m: Any) -> list[PackageProblem]:
    problems: list[PackageProblem] = []

    def bad(rule: str, detail: str) -> None:
        problems.append(PackageProblem(MANIFEST, None, rule, detail))

    if not isinstance(m, dict):
        bad("manifest_unreadable", "the manifest is not a JSON object")
        return problems
    missing = [k for k in MANIFEST_KEYS if k not in m]
    if missing:
        bad("manifest_keys", "missing keys: " + ", ".join(missing))
    if "format" in m and m["format"] != "qoldau-report":
        bad("format", f"format is {m['format']!r}, not 'qoldau-report'")
    if "format_version" in m and (
        isinstance(m["format_version"], bool) or m["format_version"] not in KNOWN_FORMAT_VERSIONS
    ):
        bad(
            "format_version",
            f"format_version {m['format_version']!r} is not known to this version of Qoldau "
            f"(known: {', '.join(map(str, sorted(KNOWN_FORMAT_VERSIONS)))})",
        )
        return problems  # a newer format may mean anything below: stop here
    office = m.get("office")
    if "office" in m and (
        not isinstance(office, dict) or any(not isinstance(office.get(k), str) for k in OFFICE_KEYS)
    ):
        bad("manifest_office", "office must hold text kato, level, name_kk and name_ru")
    if "period" in m:
        try:
            if not isinstance(m["period"], str) or parse_period(m["period"]).code != m["period"]:
                raise PeriodError(str(m["period"]))
        except PeriodError:
            bad("manifest_period", f"period {m['period']!r} is not a reporting period")
    if "created_at" in m:
        stamp = m["created_at"]
        try:
            ok = isinstance(stamp, str) and datetime.fromisoformat(stamp).tzinfo is not None
        except ValueError:
            ok = False
        if not ok:
            bad("manifest_created_at", f"created_at {stamp!r} is not ISO 8601 with a time zone")
        elif datetime.fromisoformat(stamp) > datetime.now(UTC) + CREATED_AT_SLACK:
            bad(
                "manifest_created_at_future",
                f"created_at {stamp} is more than a day ahead of this computer's clock",
            )
    for key in ("package_id", "app_version"):
        if key in m and not (isinstance(m[key], str) and m[key].strip()):
            bad(f"manifest_{key}", f"{key} must be non-empty text")
    wb = m.get("workbook")
    if "workbook" in m and (
        not isinstance(wb, dict)
        or any(k not in wb for k in WORKBOOK_KEYS)
        or not isinstance(wb["file"], str)
        or Path(wb["file"]).name != wb["file"]
        or not isinstance(wb["sha256"], str)
        or not _HEX64.match(wb["sha256"].lower())
        or not isinstance(wb["bytes"], int)
        or isinstance(wb["bytes"], bool)
    ):
        bad("manifest_workbook", "workbook must hold a bare file name, a sha256 and bytes")
    sheets = m.get("sheets")
    if "sheets" in m and (
        not isinstance(sheets, dict)
        or any(not isinstance(v, int) or isinstance(v, bool) or v < 0 for v in sheets.values())
    ):
        bad("manifest_sheets", "sheets must map sheet codes to row counts")
    elif isinstance(sheets, dict) and any(v > MAX_COUNT for v in sheets.values()):
        bad("count_implausible", f"a sheet's row count is above {MAX_COUNT}")
    inc = m.get("includes")
    if "includes" in m and (
        not isinstance(inc, list)
        or any(
            not isinstance(i, dict) or any(not isinstance(i.get(k), str) for k in INCLUDE_KEYS)
            for i in inc
        )
    ):
        bad("manifest_includes", "includes must list objects with kato, package_id, created_at")
    return problems


#: A manifest is a few kilobytes; a larger one is refused unread (reporting.md §2.3).
MAX_MANIFEST_BYTES = 1_000_000
#: Nesting of a real manifest: 3 (approval.missing, includes[i]).
MAX_MANIFEST_DEPTH = 8
#: No count of a package (manifest or cell) is above this (reporting.md §2.3).
MAX_COUNT = 10**9
#: A package's created_at may be this far ahead of the receiver's clock.
CREATED_AT_SLACK = timedelta(days=1)
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """Return how deep arrays and objects nest in JSON ``text``, without parsing it."""
    depth = deepest = 0
    for m in _JSON_BRACKET.finditer(_JSON_STRING.sub('""', text)):
        if m.group(0) in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def load_manifest(path: Path) -> tuple[dict[str, Any] | None, list[PackageProblem]]:
    """Read and check a manifest; return it (None when unusable) and its problems.

    The size is checked before reading and the nesting before parsing, so a hostile manifest
    (300 MiB, nested 10^6 deep, a 5,000-digit number) is refused with a reason, not a crash.
    """
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_MANIFEST_BYTES + 1)
    except FileNotFoundError:
        return None, [PackageProblem(MANIFEST, None, "manifest_missing", f"{path} not found")]
    except OSError as exc:
        return None, [
            PackageProblem(MANIFEST, None, "manifest_unreadable", f"{path}: {exc.strerror}")
        ]
    if len(raw) > MAX_MANIFEST_BYTES:
        return None, [
            PackageProblem(
                MANIFEST,
                None,
                "manifest_too_large",
                f"the manifest is over {MAX_MANIFEST_BYTES} bytes (a real one has a few thousand)",
            )
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [
            PackageProblem(MANIFEST, None, "manifest_unreadable", f"not UTF-8 JSON: {exc}")
        ]
    depth = json_depth(text)
    if depth > MAX_MANIFEST_DEPTH:
        return None, [
            PackageProblem(
                MANIFEST,
                None,
                "manifest_too_deep",
                f"the manifest nests {depth} levels deep (at most {MAX_MANIFEST_DEPTH})",
            )
        ]
    try:
        m = json.loads(text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, or an int of 5,000 digits
        return None, [
            PackageProblem(MANIFEST, None, "manifest_unreadable", f"not UTF-8 JSON: {exc}")
        ]
    problems = _check_manifest(m)
    return (m if not problems else None), problems


# --------------------------------------------------------------------------- workbook


def read_cells(path: Path) -> WorkbookCells:
    """Read every sheet of an untrusted workbook in the bounded reader (issue 9).

    Raises:
        WorkbookRefused: a limit of §2.3 was exceeded, or the reader failed (the reasons).
    """
    return read_workbook(path, "package")


def _breach_problem(b: Breach) -> PackageProblem:
    return PackageProblem(b.sheet or WORKBOOK, b.row, b.code, b.detail)


def _typed(kind: str, value: Any) -> tuple[Any, str | None]:
    """Return (typed value, None) or (None, the problem) for a cell of a column kind."""
    if _empty(value):
        return None, None
    if kind in (INT, FLAG):
        if not _is_number(value) or not float(value).is_integer():
            return None, f"{value!r} is not a whole number"
        return int(value), None
    if kind == PCT:
        if not _is_number(value):
            return None, f"{value!r} is not a number"
        return float(value), None
    if kind == DATE:
        if isinstance(value, datetime):
            return value.date(), None
        if isinstance(value, date):
            return value, None
        return None, f"{value!r} is not a date cell"
    if kind == CODE:
        if not isinstance(value, str):
            return None, f"{value!r} must be stored as text"
        return value.strip(), None
    return (value.strip() if isinstance(value, str) else _norm(value)), None


def parse_table(
    layout: SheetLayout, cells: list[list[Any]]
) -> tuple[SheetTable | None, list[PackageProblem]]:
    """Find a data sheet's table by its column numbers row and type its cells."""
    code, n = layout.code, len(layout.columns)
    problems: list[PackageProblem] = []

    def bad(row: int | None, rule: str, detail: str) -> None:
        problems.append(PackageProblem(code, row, rule, detail))

    def cell(r: list[Any], i: int) -> Any:
        return r[i] if i < len(r) else None

    numbers_at = None
    for idx, r in enumerate(cells):
        if _is_number(cell(r, 0)) and cell(r, 0) == 1 and (n < 2 or cell(r, 1) == 2):
            numbers_at = idx
            break
    if numbers_at is None:
        bad(None, "numbers_row", f"no row with the column numbers 1..{n} starting in column A")
        return None, problems
    nums = cells[numbers_at]
    excel_row = numbers_at + 1
    for i in range(n):
        v = cell(nums, i)
        if not (_is_number(v) and v == i + 1):
            bad(excel_row, "numbers_row", f"column {i + 1} holds {v!r}, not {i + 1}")

    def extra(r: list[Any], row: int) -> None:
        beyond = [i + 1 for i in range(n, len(r)) if not _empty(r[i])]
        if beyond:
            bad(row, "extra_column", f"cells beyond column {n}: columns {beyond}")

    extra(nums, excel_row)
    if numbers_at == 0:
        bad(excel_row, "header_row", "no header row above the column numbers")
    else:
        head = cells[numbers_at - 1]
        for i, col in enumerate(layout.columns):
            found = _norm(cell(head, i) or "")
            if found != _norm(col.header):
                bad(
                    numbers_at,
                    "column_header",
                    f"column {i + 1} ({col.code}) is headed {found!r}, expected {col.header!r}",
                )
        extra(head, numbers_at)
    table = SheetTable(code, excel_row)
    kinds = [c.kind for c in layout.columns]
    for idx in range(numbers_at + 1, len(cells)):
        r, row = cells[idx], idx + 1
        if all(_empty(v) for v in r):
            break
        extra(r, row)
        is_total = layout.has_total and _norm(cell(r, 1) or "") == TOTAL_LABEL
        values: list[Any] = []
        for i, kind in enumerate(kinds):
            if is_total and i < 2:
                values.append(None if _empty(cell(r, i)) else cell(r, i))
                continue
            value, why = _typed(kind, cell(r, i))
            if why:
                bad(row, "cell_type", f"column {i + 1} ({layout.columns[i].code}): {why}")
                table.typed_ok = False
            elif kind == INT and value is not None and abs(value) > MAX_COUNT:
                bad(
                    row,
                    "count_implausible",
                    f"column {i + 1} ({layout.columns[i].code}): {value:.3g} is above "
                    f"{MAX_COUNT:.0e}",
                )
                table.typed_ok = False
                value = None
            values.append(value)
        if is_total:
            table.total = (row, values)
            break
        table.rows.append((row, values))
    if layout.has_total and table.total is None:
        end = table.rows[-1][0] + 1 if table.rows else excel_row + 1
        bad(end, "total_row", f"the table does not end with a total row '{TOTAL_LABEL}'")
    return table, problems


# --------------------------------------------------------------------------- back to figures


def _req(v: Any) -> Any:
    return 0 if v is None else v


def _to_data(m: dict[str, Any], tables: dict[str, SheetTable]) -> ReportData:
    def rows(code: str) -> list[list[Any]]:
        return [values for _, values in tables[code].rows]

    a1 = tuple(A1Row(r[0] or "", r[1] or "", *(_req(v) for v in r[2:7])) for r in rows("A1"))
    a2 = tuple(
        A2Row(
            r[0] or "",
            r[1] or "",
            _req(r[2]),
            tuple(_req(v) for v in r[3:8]),
            _req(r[8]),
            _req(r[9]),
        )
        for r in rows("A2")
    )
    a3 = tuple(
        A3Row(
            r[0] or "",
            r[1] or "",
            r[2] or "",
            r[3] or "",
            r[4] or "",
            r[5] or date.min,
            tuple(v or "" for v in r[6:11]),  # type: ignore[arg-type]
            r[11] == 1,
            r[12],
        )
        for r in rows("A3")
    )
    b1 = tuple(B1Row(r[0] or "", r[1] or "", *(_req(v) for v in r[2:11])) for r in rows("B1"))

    def counts(code: str) -> tuple[CodeCount, ...]:
        return tuple(
            CodeCount(r[0] or "", r[1] or "", tuple(_req(v) for v in r[2:])) for r in rows(code)
        )

    o = m["office"]
    created = datetime.fromisoformat(m["created_at"])
    return ReportData(
        office=OfficeDTO(o["kato"], o["level"], o["name_kk"], o["name_ru"]),
        period=parse_period(m["period"]),
        a1=a1,
        a2=a2,
        a3=a3,
        b1=b1,
        b2=counts("B2"),
        b3=counts("B3"),
        b4=counts("B4"),
        breakdowns=breakdowns_of({c: rows(c) for c in EXTRA_LAYOUTS if c in tables}),
        warnings=tuple(
            QualityIssue(str(w.get("code", "")), int(w.get("count", 0)))
            for w in m.get("warnings", [])
            if isinstance(w, dict)
        ),
        includes=tuple(
            IncludedPackage(i["kato"], i["package_id"], i["created_at"]) for i in m["includes"]
        ),
        created_at=created,
    )


def read_package(manifest_path: Path) -> ParsedPackage:
    """Read a package from its manifest's path; never raises on bad input.

    ``problems`` lists what could not be read (manifest, workbook, hash, sheets, tables);
    ``data`` holds the figures read back when every data sheet could be typed.
    """
    pkg = ParsedPackage(Path(manifest_path))
    m, problems = load_manifest(pkg.manifest_path)
    pkg.problems.extend(problems)
    if m is None:
        return pkg
    pkg.manifest = m
    pkg.workbook_path = pkg.manifest_path.parent / m["workbook"]["file"]
    try:
        size = pkg.workbook_path.stat().st_size
        if size > PACKAGE_LIMITS.max_file_bytes:
            pkg.problems.append(
                PackageProblem(
                    WORKBOOK,
                    None,
                    "file_too_large",
                    f"{size} bytes: at most {PACKAGE_LIMITS.max_file_bytes} are read",
                )
            )
            return pkg
        pkg.workbook_bytes = pkg.workbook_path.read_bytes()
    except OSError as exc:
        rule = "workbook_missing" if isinstance(exc, FileNotFoundError) else "workbook_unreadable"
        pkg.problems.append(
            PackageProblem(WORKBOOK, None, rule, f"{pkg.workbook_path}: {exc.strerror}")
        )
        return pkg
    try:
        read = read_cells(pkg.workbook_path)
    except WorkbookRefused as exc:
        logger.info("workbook %s refused: %s", pkg.workbook_path, exc)
        pkg.problems.extend(_breach_problem(b) for b in exc.breaches)
        return pkg
    pkg.cells = read.cells
    pkg.problems.extend(_breach_problem(b) for b in read.findings)
    with_formulas = {b.sheet for b in read.findings if b.code == FORMULA}
    if COVER not in pkg.cells:
        pkg.problems.append(PackageProblem(COVER, None, "sheet_missing", "no sheet 'Cover'"))
    for layout in sheet_layouts(pkg.cells):  # the data sheets, then the known X_ sheets
        if layout.code not in pkg.cells:
            pkg.problems.append(
                PackageProblem(layout.code, None, "sheet_missing", f"no sheet '{layout.code}'")
            )
            continue
        table, problems = parse_table(layout, pkg.cells[layout.code])
        pkg.problems.extend(problems)
        if table is not None and layout.code in with_formulas:
            table.typed_ok = False  # a formula's cached value is no figure: rules skip the sheet
        if table is not None:
            pkg.tables[layout.code] = table
    whole = all(layout.code in pkg.tables for layout in DATA_SHEETS)
    if whole and all(t.typed_ok for t in pkg.tables.values()):
        pkg.data = _to_data(m, pkg.tables)
    return pkg
