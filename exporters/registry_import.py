"""Reading, checking and importing an object registry workbook (reporting.md §3).

The first sheet holds the column codes in row 1 (any order, extra columns ignored) and one object
per row from row 2. Every row is checked before anything is written: one bad row rejects the
whole file with a list of :class:`Problem` (row as Excel shows it, column code, stable code).

The file is read with python-calamine, which is many times faster than openpyxl (PITFALLS.md
#7); the rows are checked in one pass in Python and written by
:func:`models.objects.registry_store.upsert_registry` in one transaction.
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

from models.errors import QoldauError
from models.gc_pause import collector_paused
from models.issues import Issue, ValidationReport
from models.objects.accessibility import status_disagreement
from models.objects.registry_store import (
    OPTIONAL_FIELDS,
    Conflict,
    ImportCancelled,
    Progress,
    RegistryConflict,
    RegistryPlan,
    RegistryRow,
    plan_registry,
    upsert_registry,
)
from models.objects.tables import CATEGORIES
from models.objects.validation import Context, check_kato
from models.reference.identifiers import normalize_digits
from models.reference.repository import ReferenceRepository
from models.store.db import Store

__all__ = [
    "COLUMNS",
    "EXCLUSION_IGNORED",
    "EXCLUSION_MISSING",
    "OPTIONAL_COLUMNS",
    "ImportCancelled",
    "ImportResult",
    "ParsedRegistry",
    "Problem",
    "RegistryPreview",
    "RegistryRejected",
    "import_registry",
    "import_rows",
    "preview_registry",
    "read_registry",
    "registry_context",
]

logger = logging.getLogger(__name__)

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
_EXCEL_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2958465  # 31.12.9999
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")

# English texts for the command line; the GUI translates the codes itself.
_MESSAGES: Mapping[str, str] = {
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
}
#: Warning codes of :attr:`ImportResult.warnings` and :attr:`RegistryPreview.warnings`.
EXCLUSION_MISSING = "exclusion_missing"
EXCLUSION_IGNORED = "exclusion_ignored"


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
            message = _MESSAGES[self.code].format(**params)
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


@dataclass(frozen=True)
class ImportResult:
    """What an import did: objects added and updated, passport versions added.

    ``warnings`` lists what was imported all the same but needs attention (an object not
    subject to passportization without an exclusion reason and date, a settlement not in the
    office's list...), by row.
    """

    added: int
    updated: int
    passports_added: int
    unchanged: int = 0
    passports_updated: int = 0
    warnings: tuple[Problem, ...] = ()


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
class RegistryPreview:
    """A checked file and what importing it would do (for the GUI before it writes)."""

    parsed: ParsedRegistry
    plan: RegistryPlan | None

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Problems of the file, then clashes with the store."""
        clashes = self.plan.conflicts if self.plan is not None else ()
        return self.parsed.problems + tuple(_conflict_problem(c) for c in clashes)

    @property
    def ok(self) -> bool:
        """True when the import can go ahead."""
        return not self.problems

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """What the import would leave to complete, by row (the file's, then the plan's)."""
        missing = self.plan.exclusion_missing if self.plan is not None else ()
        return _with_exclusion_warnings(self.parsed.warnings, missing)


def _with_exclusion_warnings(
    warnings: Sequence[Problem], exclusion_missing: Sequence[int]
) -> tuple[Problem, ...]:
    """Return ``warnings`` with one ``exclusion_missing`` warning per row, ordered by row."""
    extra = [Problem(row, "exclusion_reason", EXCLUSION_MISSING) for row in exclusion_missing]
    return tuple(sorted([*warnings, *extra], key=lambda p: (p.row or 0, p.column or "")))


@dataclass(frozen=True)
class RegistryContext:
    """What the row checks need: the validation context and the store's access status codes."""

    ctx: Context
    status_codes: frozenset[str]


def registry_context(store: Store, today: date) -> RegistryContext:
    """Return the checks' context for ``store`` on ``today``."""
    refs = ReferenceRepository(store)
    codes = frozenset(c.code for c in refs.code_labels("access_statuses"))
    return RegistryContext(refs.context(today), codes)


def _conflict_problem(c: Conflict) -> Problem:
    return Problem(c.row, c.column, c.code, dict(c.params))


# -- reading ------------------------------------------------------------------------------------


def _open_sheet(path: Path) -> list[list[Any]]:
    """Return the cells of the first sheet from A1, or raise RegistryRejected."""
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
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise RegistryRejected([Problem(None, None, "not_xlsx")]) from exc
    if "xl/workbook.xml" not in names:
        raise RegistryRejected([Problem(None, None, "not_xlsx")])
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            if not workbook.sheet_names:
                raise RegistryRejected([Problem(None, None, "empty_sheet")])
            sheet = workbook.get_sheet_by_index(0)
            # skip_empty_area=False keeps A1 at [0][0], so row numbers are Excel's.
            cells: list[list[Any]] = sheet.to_python(skip_empty_area=False)
        finally:
            workbook.close()
    except RegistryRejected:
        raise
    except (CalamineError, OSError, ValueError) as exc:
        logger.info("cannot read %s: %s", path, exc)
        raise RegistryRejected([Problem(None, None, "unreadable", {"detail": str(exc)})]) from exc
    except Exception as exc:  # noqa: BLE001 - calamine raises plain Rust panics on odd files
        logger.warning("calamine failed on %s", path, exc_info=True)
        raise RegistryRejected([Problem(None, None, "unreadable", {"detail": str(exc)})]) from exc
    return cells


def _text(value: Any) -> str:
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


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_BAD = object()


def parse_date(value: Any) -> date | None | object:
    """Return a date cell's value: a date, None when empty, or ``_BAD``.

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
            return _BAD
        try:
            return date(int(y), int(mo), int(d))
        except ValueError:
            return _BAD
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value <= _MAX_SERIAL:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        return _BAD
    if value is None:
        return None
    return _BAD


def parse_flag(value: Any) -> bool | None | object:
    """Return a 1/0 cell: True, False, None when empty, or ``_BAD``."""
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        return {"1": True, "0": False}.get(text, _BAD)
    if isinstance(value, (int, float)):
        if value == 1:
            return True
        if value == 0:
            return False
        return _BAD
    if value is None:
        return None
    return _BAD


class _RowChecker:
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


def _header(cells: list[list[Any]], checker: _RowChecker) -> dict[str, int] | None:
    """Return column code -> index from row 1, or None (with problems) when unusable."""
    if not cells or all(_blank(v) for row in cells for v in row):
        checker.add(None, None, "empty_sheet")
        return None
    wanted = {c.casefold(): c for c in ALL_COLUMNS}
    columns: dict[str, int] = {}
    for idx, value in enumerate(cells[0]):
        code = wanted.get(_text(value).casefold())
        if code is None:
            continue  # extra columns are ignored (reporting.md §3)
        if code in columns:
            checker.add(1, code, "duplicate_column")
        else:
            columns[code] = idx
    if not columns:
        checker.add(1, None, "no_header")
        return None
    for code in COLUMNS:
        if code not in columns:
            checker.add(1, code, "missing_column")
    return None if checker.problems else columns


@collector_paused()
def read_registry(
    path: Path,
    rules: RegistryContext,
    *,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ParsedRegistry:
    """Read and check a registry workbook without writing anything.

    Args:
        path: the ``.xlsx`` file.
        rules: what the checks need (:func:`registry_context`).
        progress: called with (rows checked, rows) now and then; may raise to cancel.
        is_cancelled: polled now and then; True raises :class:`ImportCancelled`.

    Returns:
        The rows and every problem found; a file that cannot be read at all gives a single
        file-level problem (``not_xlsx``, ``unreadable``, ``empty_file`` ...).
    """
    try:
        cells = _open_sheet(Path(path))
    except RegistryRejected as exc:
        return ParsedRegistry((), tuple(exc.problems))
    checker = _RowChecker(rules)
    columns = _header(cells, checker)
    if columns is None:
        return ParsedRegistry((), tuple(checker.problems))
    rows = _check_rows(cells, columns, checker, progress, is_cancelled)
    if not rows and not checker.problems:
        checker.add(None, None, "no_rows")
    problems = list(checker.problems)
    if checker.dropped:
        problems.append(Problem(None, None, "more_problems", {"count": checker.dropped}))
    return ParsedRegistry(tuple(rows), tuple(problems), tuple(checker.warnings))


def _texts(values: Sequence[Any]) -> list[str]:
    try:
        return list(map(str.strip, values))  # text cells, the usual case: ~4x faster
    except TypeError:  # a number, date or flag cell somewhere in the column
        return [v.strip() if type(v) is str else _text(v) for v in values]


def _dates(values: Sequence[Any]) -> list[Any]:
    # Most cells are empty or real date cells; parse_date handles the rest.
    return [None if v == "" else v if type(v) is date else parse_date(v) for v in values]


#: 1/0 cells as they usually come (1.0 and True hash like 1); anything else is looked at closely.
_FLAGS: Mapping[Any, bool | None] = {1: True, 0: False, "1": True, "0": False, "": None}


def _flags(values: Sequence[Any]) -> list[Any]:
    get = _FLAGS.get
    return [get(v, _MISSING) for v in values]


_MISSING = object()


def _check_rows(
    cells: list[list[Any]],
    columns: dict[str, int],
    checker: _RowChecker,
    progress: Progress | None,
    is_cancelled: Callable[[], bool] | None,
) -> list[RegistryRow]:
    """Check every data row; return the valid ones.

    Cells are converted column by column (list comprehensions), then the rules run row by row
    on the converted values: about twice as fast as converting cell by cell.
    """
    data = cells[1:]
    total = len(data)
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
    refs = _texts(column("object_ref"))
    katos = [t if t.isdigit() else normalize_digits(t) for t in _texts(column("kato"))]
    names = _texts(column("name"))
    types = _texts(column("object_type"))
    addresses = _texts(column("address"))
    stage(total // 10)
    subjects = _flags(column("subject_to_passportization"))
    requires = _flags(column("requires_adaptation"))
    passport_dates = _dates(column("passport_date"))
    adapted_dates = _dates(column("adapted_date"))
    registered_dates = (
        _dates(column("registered_date")) if "registered_date" in columns else [None] * total
    )
    exclusion_dates = (
        _dates(column("exclusion_date")) if "exclusion_date" in columns else [None] * total
    )
    exclusion_reasons = (
        _texts(column("exclusion_reason")) if "exclusion_reason" in columns else [""] * total
    )
    present = frozenset(c for c in OPTIONAL_COLUMNS if c in columns)
    stage(total // 5)
    statuses = list(zip(*(_texts(column(c)) for c in STATUS_COLUMNS), strict=True))
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
            _blank(data[n][columns[c]])
            for c in ("subject_to_passportization", "requires_adaptation", *_DATE_COLUMNS)
            if c in columns
        ):
            continue  # blank rows (often formatted but empty) are skipped
        row = n + 2
        before = checker.count

        if not ref:
            add(row, "object_ref", "required")
        elif len(ref) > MAX_REF_LENGTH:
            add(row, "object_ref", "too_long", max=MAX_REF_LENGTH)
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
        if not object_type:
            add(row, "object_type", "required")
        elif object_type not in object_types:
            add(row, "object_type", "unknown_code", code=object_type)
        if not allowed_statuses.issuperset(status):
            for col, code in zip(STATUS_COLUMNS, status, strict=True):
                if code not in allowed_statuses:
                    add(row, col, "unknown_code", code=code)

        # Flags and dates: None = empty, _MISSING/_BAD = to look at closely.
        if subject is _MISSING or subject is _BAD:
            subject = _flag_problem(checker, row, n, data, columns, "subject_to_passportization")
        if subject is None:
            add(row, "subject_to_passportization", "required")
        if requires_n is _MISSING or requires_n is _BAD:
            requires_n = _flag_problem(checker, row, n, data, columns, "requires_adaptation")
        # A date that did not parse or lies ahead is reported and becomes _BAD.
        if p_date is not None and (p_date is _BAD or p_date > today):
            p_date = _date_problem(checker, row, "passport_date", p_date, data[n], columns)
        if a_date is not None and (a_date is _BAD or a_date > today):
            a_date = _date_problem(checker, row, "adapted_date", a_date, data[n], columns)
        if r_date is not None and (r_date is _BAD or r_date > today):
            r_date = _date_problem(checker, row, "registered_date", r_date, data[n], columns)
        if x_date is not None and (x_date is _BAD or x_date > today):
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


def _check_statuses_shared(checker: _RowChecker, row: int, status: Sequence[str]) -> None:
    """Report a DP_V or DCH_V that not all five categories share (brief §2.5, reporting.md §3)."""
    found = status_disagreement(dict(zip(CATEGORIES, status, strict=True)))
    if found is not None:
        shared, others = found
        column = STATUS_COLUMNS[list(status).index(shared)]
        checker.add(row, column, "status_not_shared", code=shared, categories=others)


def _date_problem(
    checker: _RowChecker,
    row: int,
    column: str,
    value: Any,
    cells: Sequence[Any],
    columns: dict[str, int],
) -> object:
    """Report a date cell that did not parse (``_BAD``) or lies after today; return ``_BAD``."""
    if value is _BAD:
        checker.add(row, column, "bad_date", value=_text(cells[columns[column]]))
    else:
        checker.add(row, column, "date_in_future", value=value)
    return _BAD


def _flag_problem(
    checker: _RowChecker,
    row: int,
    n: int,
    data: list[list[Any]],
    columns: dict[str, int],
    column: str,
) -> object:
    """Look closely at a 1/0 cell the fast path did not recognise; report it when bad.

    Returns:
        True, False, None (empty) or ``_BAD``, on which the rules between columns stay silent.
    """
    value = data[n][columns[column]]
    parsed = parse_flag(value)
    if parsed is _BAD:
        checker.add(row, column, "bad_flag", value=_text(value))
    return parsed


# -- importing ----------------------------------------------------------------------------------


def _scaled(progress: Progress | None, offset: int, span: int, total: int) -> Progress | None:
    """Map a step's (done, total) onto [offset, offset + span] of ``total``."""
    if progress is None:
        return None

    def report(done: int, step_total: int) -> None:
        share = done * span // step_total if step_total else span
        progress(offset + share, total)

    return report


@collector_paused()
def preview_registry(
    store: Store,
    path: Path,
    *,
    today: date,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> RegistryPreview:
    """Read and check a registry file and say what importing it would do; write nothing."""
    parsed = read_registry(
        Path(path),
        registry_context(store, today),
        progress=_scaled(progress, 0, 90, 100),
        is_cancelled=is_cancelled,
    )
    plan = plan_registry(store, parsed.rows) if parsed.ok else None
    if progress is not None:
        progress(100, 100)
    return RegistryPreview(parsed, plan)


@collector_paused()
def import_rows(
    store: Store,
    rows: Sequence[RegistryRow],
    *,
    user: str,
    today: date,
    warnings: Sequence[Problem] = (),
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write rows already checked by :func:`read_registry` (all-or-nothing).

    ``warnings`` (the file's, :attr:`ParsedRegistry.warnings`) are handed back in the result
    with those the store adds (objects left without an exclusion reason or date).

    Raises:
        RegistryRejected: a row clashes with the store (a newer passport); nothing written.
        ImportCancelled: cancelled; nothing written.
    """
    try:
        done = upsert_registry(
            store, rows, user=user, today=today, progress=progress, is_cancelled=is_cancelled
        )
    except RegistryConflict as exc:
        raise RegistryRejected([_conflict_problem(c) for c in exc.conflicts]) from exc
    logger.info(
        "registry imported by %s: %d added, %d updated, %d passports added",
        user,
        done.added,
        done.updated,
        done.passports_added,
    )
    return ImportResult(
        done.added,
        done.updated,
        done.passports_added,
        done.unchanged,
        done.passports_updated,
        _with_exclusion_warnings(warnings, done.exclusion_missing),
    )


@collector_paused()
def import_registry(
    store: Store,
    path: Path,
    *,
    user: str,
    today: date,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import a registry workbook into ``store``, all-or-nothing.

    Args:
        store: the store to write to.
        path: the ``.xlsx`` file.
        user: login recorded as author.
        today: the day of the import (no date may be later).
        progress: called with (done, total) now and then; may raise to cancel.
        is_cancelled: polled now and then; True cancels (nothing written).

    Raises:
        RegistryRejected: any row or the file is invalid; nothing was written.
        ImportCancelled: cancelled; nothing was written.
    """
    parsed = read_registry(
        Path(path),
        registry_context(store, today),
        progress=_scaled(progress, 0, 50, 100),
        is_cancelled=is_cancelled,
    )
    if parsed.problems:
        raise RegistryRejected(parsed.problems)
    return import_rows(
        store,
        parsed.rows,
        user=user,
        today=today,
        warnings=parsed.warnings,
        progress=_scaled(progress, 50, 50, 100),
        is_cancelled=is_cancelled,
    )
