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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from exporters.registry_read import (
    BAD,
    MISSING,
    Problem,
    RegistryRejected,
    blank,
    cell_text,
    dates,
    flags,
    open_sheet,
    parse_date,
    parse_flag,
    texts,
)
from models.gc_pause import collector_paused
from models.issues import Issue, ValidationReport
from models.objects.accessibility import status_disagreement
from models.objects.context import validation_context
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
from models.text import has_control

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
    "parse_date",
    "parse_flag",
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

#: Warning codes of :attr:`ImportResult.warnings` and :attr:`RegistryPreview.warnings`.
EXCLUSION_MISSING = "exclusion_missing"
EXCLUSION_IGNORED = "exclusion_ignored"


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
    return RegistryContext(validation_context(store, today), codes)


def _conflict_problem(c: Conflict) -> Problem:
    return Problem(c.row, c.column, c.code, dict(c.params))


# -- reading ------------------------------------------------------------------------------------


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
    if not cells or all(blank(v) for row in cells for v in row):
        checker.add(None, None, "empty_sheet")
        return None
    wanted = {c.casefold(): c for c in ALL_COLUMNS}
    columns: dict[str, int] = {}
    for idx, value in enumerate(cells[0]):
        code = wanted.get(cell_text(value).casefold())
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
        cells = open_sheet(Path(path), is_cancelled=is_cancelled)
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
        row = n + 2
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
    """Report a date cell that did not parse (``BAD``) or lies after today; return ``BAD``."""
    if value is BAD:
        checker.add(row, column, "bad_date", value=cell_text(cells[columns[column]]))
    else:
        checker.add(row, column, "date_in_future", value=value)
    return BAD


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
        True, False, None (empty) or ``BAD``, on which the rules between columns stay silent.
    """
    value = data[n][columns[column]]
    parsed = parse_flag(value)
    if parsed is BAD:
        checker.add(row, column, "bad_flag", value=cell_text(value))
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
