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
from models.issues import Issue, ValidationReport
from models.objects.accessibility import status_disagreement
from models.objects.context import validation_context
from models.objects.registry.store import (
    OPTIONAL_FIELDS,
    ImportCancelled,
    Progress,
    RegistryRow,
)
from models.objects.tables import CATEGORIES
from models.objects.validation import Context, check_kato
from models.reference.identifiers import normalize_digits
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from models.text import has_control

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
    "sheet_not_found": "the workbook has no sheet {sheet!r} (its sheets: {sheets})",
    "header_not_found": "the header row holds no column {header!r}",
    "field_not_mapped": "no column of the file is matched to this required field",
    "bad_display_code": (
        "{value!r} is not an accessibility status (ДП-В, ДЧ-В, ДУ, ВНД or ДП-И (К, О); ДЧ-И (С))"
    ),
    "duplicate_object": "row {first_row} already holds an object with this name, address and KATO",
    "wrong_target": "the import profile is for {target}, not for objects",
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
        header = self.params.get("header")
        if self.column is not None:
            where.append(f"{header} ({self.column})" if header else self.column)
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


# -- the row checks (reporting.md §3), shared by the template and the import profiles --------

STATUS_COLUMNS = tuple(f"status_{c}" for c in CATEGORIES)
#: The required columns of the template, in template order (reporting.md §3).
COLUMNS = (
    "object_ref",
    "kato",
    "name",
    "object_type",
    "address",
    "subject_to_passportization",
    "passport_date",
    *STATUS_COLUMNS,
    "requires_adaptation",
    "adapted_date",
)
#: Columns the file may leave out (reporting.md §3): an absent one keeps an object's stored value.
OPTIONAL_COLUMNS = OPTIONAL_FIELDS
ALL_COLUMNS = COLUMNS + OPTIONAL_COLUMNS
#: Beyond this many problems the rest are only counted (nobody reads 100,000 lines).
MAX_PROBLEMS = 1000
#: object_ref is stored as String(64).
MAX_REF_LENGTH = 64
_REPORT_EVERY = 2000

#: Warning codes of :attr:`ImportResult.warnings` and :attr:`RegistryPreview.warnings`.
EXCLUSION_MISSING = "exclusion_missing"
EXCLUSION_IGNORED = "exclusion_ignored"


@dataclass(frozen=True)
class ParsedRegistry:
    """A registry file read and checked row by row (nothing written).

    Attributes:
        rows: the valid rows (all rows when ``problems`` is empty).
        problems: why the file would be refused.
        warnings: findings that do not block the import (e.g. a settlement not in the list).
    """

    rows: tuple[RegistryRow, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the file can be imported."""
        return not self.problems


@dataclass(frozen=True)
class RegistryContext:
    """What the row checks need: the validation context and the store's access status codes."""

    ctx: Context
    status_codes: frozenset[str]


def registry_context(store: Store, today: date) -> RegistryContext:
    """Return the checks' context for ``store`` on ``today``."""
    refs = ReferenceRepository(store)
    codes = frozenset(c.code for c in refs.code_labels("access_statuses"))
    return RegistryContext(validation_context(store, today), codes)


class RowChecker:
    """Collects problems (at most MAX_PROBLEMS are kept, the rest counted)."""

    def __init__(self, rules: RegistryContext) -> None:
        self.ctx = rules.ctx
        self.today = rules.ctx.today
        self.status_codes = rules.status_codes
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.dropped = 0
        self._kato_cache: dict[str, tuple[list[Issue], list[Issue]]] = {}

    @property
    def count(self) -> int:
        """Problems found so far, listed or not."""
        return len(self.problems) + self.dropped

    def add(self, row: int | None, column: str | None, code: str, /, **params: object) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(row, column, code, params))
        else:
            self.dropped += 1

    def kato_issues(self, value: str) -> tuple[list[Issue], list[Issue]]:
        """Return a KATO code's errors and warnings (cached: a district has few settlements)."""
        cached = self._kato_cache.get(value)
        if cached is None:
            report = ValidationReport()
            check_kato(report, "kato", value, self.ctx)
            cached = (report.errors, report.warnings)
            self._kato_cache[value] = cached
        return cached

    def kato(self, row: int, value: str) -> None:
        """Check a KATO code against the office."""
        errors, warnings = self.kato_issues(value)
        for issue in errors:
            self.add(row, "kato", issue.code, **issue.params)
        for issue in warnings:
            if len(self.warnings) < MAX_PROBLEMS:
                self.warnings.append(Problem(row, "kato", issue.code, dict(issue.params)))


def check_rows(
    data: list[list[Any]],
    columns: dict[str, int],
    checker: RowChecker,
    progress: Progress | None,
    is_cancelled: Callable[[], bool] | None,
    row_numbers: Sequence[int] | None = None,
) -> list[RegistryRow]:
    """Check every data row; return the valid ones.

    Args:
        data: the data rows (cells by column index), from the first below the header.
        columns: column code -> index in a row.
        row_numbers: each row's number as Excel shows it (default: row 2 onwards, the
            template's); an import profile's rows start below its header row.

    Cells are converted column by column (list comprehensions), then the rules run row by row
    on the converted values: about twice as fast as converting cell by cell.
    """
    total = len(data)
    numbers = row_numbers if row_numbers is not None else range(2, total + 2)
    width = max(columns.values()) + 1
    if any(len(r) < width for r in data):
        data = [r if len(r) >= width else [*r, *([""] * (width - len(r)))] for r in data]

    by_column = list(zip(*data, strict=False)) if data else [()] * width

    def column(code: str) -> Sequence[Any]:
        return by_column[columns[code]]

    def stage(done: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(done, total)

    stage(0)
    refs = texts(column("object_ref"))
    katos = [t if t.isdigit() else normalize_digits(t) for t in texts(column("kato"))]
    names = texts(column("name"))
    types = texts(column("object_type"))
    addresses = texts(column("address"))
    stage(total // 10)
    subjects = flags(column("subject_to_passportization"))
    requires = flags(column("requires_adaptation"))
    passport_dates = dates(column("passport_date"))
    adapted_dates = dates(column("adapted_date"))
    registered_dates = (
        dates(column("registered_date")) if "registered_date" in columns else [None] * total
    )
    exclusion_dates = (
        dates(column("exclusion_date")) if "exclusion_date" in columns else [None] * total
    )
    exclusion_reasons = (
        texts(column("exclusion_reason")) if "exclusion_reason" in columns else [""] * total
    )
    present = frozenset(c for c in OPTIONAL_COLUMNS if c in columns)
    stage(total // 5)
    statuses = list(zip(*(texts(column(c)) for c in STATUS_COLUMNS), strict=True))
    stage(total * 3 // 10)

    object_types = checker.ctx.object_types
    # Codes with no error nor warning need no call per row (a district has few settlements).
    clean_katos = {k for k in set(katos) if k and checker.kato_issues(k) == ([], [])}
    allowed_statuses = checker.status_codes | {""}
    today = checker.today
    add = checker.add
    first_row_of: dict[str, int] = {}
    rows: list[RegistryRow] = []
    base = total * 3 // 10
    for n in range(total):
        if n % _REPORT_EVERY == 0 and n:
            stage(base + (total - base) * n // total)
        ref, kato, name, object_type = refs[n], katos[n], names[n], types[n]
        subject, requires_n = subjects[n], requires[n]
        p_date, a_date, r_date = passport_dates[n], adapted_dates[n], registered_dates[n]
        x_reason, x_date = exclusion_reasons[n], exclusion_dates[n]
        status = statuses[n]
        if not (
            ref or kato or name or object_type or addresses[n] or x_reason or any(status)
        ) and all(
            blank(data[n][columns[c]])
            for c in ("subject_to_passportization", "requires_adaptation", *_DATE_COLUMNS)
            if c in columns
        ):
            continue  # blank rows (often formatted but empty) are skipped
        row = numbers[n]
        before = checker.count

        if not ref:
            add(row, "object_ref", "required")
        elif len(ref) > MAX_REF_LENGTH:
            add(row, "object_ref", "too_long", max=MAX_REF_LENGTH)
        elif has_control(ref):
            add(row, "object_ref", "control_chars")
        elif ref in first_row_of:
            add(row, "object_ref", "duplicate_ref", value=ref, first_row=first_row_of[ref])
        else:
            first_row_of[ref] = row
        if kato not in clean_katos:
            if not kato:
                add(row, "kato", "required")
            else:
                checker.kato(row, kato)
        if not name:
            add(row, "name", "required")
        elif has_control(name):
            add(row, "name", "control_chars")  # a NUL would break every export (issue 9)
        if has_control(addresses[n], multiline=True):
            add(row, "address", "control_chars")
        if x_reason and has_control(x_reason, multiline=True):
            add(row, "exclusion_reason", "control_chars")
        if not object_type:
            add(row, "object_type", "required")
        elif object_type not in object_types:
            add(row, "object_type", "unknown_code", code=object_type)
        if not allowed_statuses.issuperset(status):
            for col, code in zip(STATUS_COLUMNS, status, strict=True):
                if code not in allowed_statuses:
                    add(row, col, "unknown_code", code=code)

        # Flags and dates: None = empty, MISSING/BAD = to look at closely.
        if subject is MISSING or subject is BAD:
            subject = _flag_problem(checker, row, n, data, columns, "subject_to_passportization")
        if subject is None:
            add(row, "subject_to_passportization", "required")
        if requires_n is MISSING or requires_n is BAD:
            requires_n = _flag_problem(checker, row, n, data, columns, "requires_adaptation")
        # A date that did not parse or lies ahead is reported and becomes BAD.
        if p_date is not None and (p_date is BAD or p_date > today):
            p_date = _date_problem(checker, row, "passport_date", p_date, data[n], columns)
        if a_date is not None and (a_date is BAD or a_date > today):
            a_date = _date_problem(checker, row, "adapted_date", a_date, data[n], columns)
        if r_date is not None and (r_date is BAD or r_date > today):
            r_date = _date_problem(checker, row, "registered_date", r_date, data[n], columns)
        if x_date is not None and (x_date is BAD or x_date > today):
            x_date = _date_problem(checker, row, "exclusion_date", x_date, data[n], columns)

        # Rules between columns (reporting.md §3), on values that parsed.
        if subject is True and (x_reason or x_date is not None):
            # Not a refusal: registers often keep an old note; nothing of it is stored.
            if len(checker.warnings) < MAX_PROBLEMS:
                checker.warnings.append(
                    Problem(
                        row,
                        "exclusion_reason" if x_reason else "exclusion_date",
                        EXCLUSION_IGNORED,
                    )
                )
            x_reason, x_date = "", None
        if subject is False:
            if p_date is not None:
                add(row, "passport_date", "rule_not_subject")
            for col, code in zip(STATUS_COLUMNS, status, strict=True):
                if code:
                    add(row, col, "rule_not_subject")
            if requires_n is True:
                add(row, "requires_adaptation", "rule_not_subject")
            if a_date is not None:
                add(row, "adapted_date", "rule_not_subject")
        elif p_date is None:
            for col, code in zip(STATUS_COLUMNS, status, strict=True):
                if code:
                    add(row, col, "rule_no_passport")
            if requires_n is True:
                add(row, "requires_adaptation", "rule_no_passport")
            if a_date is not None:
                add(row, "adapted_date", "rule_no_passport")
        else:
            if "DP_V" in status or "DCH_V" in status:
                _check_statuses_shared(checker, row, status)
            if requires_n is None:
                add(row, "requires_adaptation", "required")
            if isinstance(a_date, date):
                if requires_n is False:
                    add(row, "adapted_date", "adapted_without_requirement")
                elif isinstance(p_date, date) and a_date < p_date:
                    add(row, "adapted_date", "adapted_before_passport", passport_date=p_date)

        if checker.count == before:
            rows.append(
                RegistryRow(
                    row,
                    ref,
                    kato,
                    name,
                    object_type,
                    addresses[n],
                    subject is True,
                    p_date,
                    status,
                    requires_n is True,
                    a_date,
                    r_date,
                    x_reason,
                    x_date,
                    present,
                )
            )
    stage(total)
    return rows


_DATE_COLUMNS = ("passport_date", "adapted_date", "registered_date", "exclusion_date")


def _check_statuses_shared(checker: RowChecker, row: int, status: Sequence[str]) -> None:
    """Report a DP_V or DCH_V that not all five categories share (brief §2.5, reporting.md §3)."""
    found = status_disagreement(dict(zip(CATEGORIES, status, strict=True)))
    if found is not None:
        shared, others = found
        column = STATUS_COLUMNS[list(status).index(shared)]
        checker.add(row, column, "status_not_shared", code=shared, categories=others)


def _date_problem(
    checker: RowChecker,
    row: int,
    column: str,
    value: Any,
    cells: Sequence[Any],
    columns: dict[str, int],
) -> object:
    """Report a date cell that did not parse (``BAD``) or lies after today; return ``BAD``."""
    if value is BAD:
        checker.add(row, column, "bad_date", value=cell_text(cells[columns[column]]))
    else:
        checker.add(row, column, "date_in_future", value=value)
    return BAD


def _flag_problem(
    checker: RowChecker,
    row: int,
    n: int,
    data: list[list[Any]],
    columns: dict[str, int],
    column: str,
) -> object:
    """Look closely at a 1/0 cell the fast path did not recognise; report it when bad.

    Returns:
        True, False, None (empty) or ``BAD``, on which the rules between columns stay silent.
    """
    value = data[n][columns[column]]
    parsed = parse_flag(value)
    if parsed is BAD:
        checker.add(row, column, "bad_flag", value=cell_text(value))
    return parsed
