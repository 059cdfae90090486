"""Reading, checking and importing an object registry workbook (reporting.md §3).

The first sheet holds the column codes in row 1 (any order, extra columns ignored) and one object
per row from row 2. Every row is checked before anything is written: one bad row rejects the
whole file with a list of :class:`Problem` (row as Excel shows it, column code, stable code).

The file is read with python-calamine, which is many times faster than openpyxl (PITFALLS.md
#7); the rows are checked in one pass in Python and written by
:func:`models.objects.registry.store.upsert_registry` in one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from exporters.import_profile import ImportProfile
from exporters.profile_objects import read_registry_with_profile
from exporters.registry_read import (
    ALL_COLUMNS,
    COLUMNS,
    EXCLUSION_IGNORED,
    EXCLUSION_MISSING,
    MAX_PROBLEMS,
    MAX_REF_LENGTH,
    OPTIONAL_COLUMNS,
    STATUS_COLUMNS,
    ParsedRegistry,
    Problem,
    RegistryContext,
    RegistryRejected,
    RowChecker,
    blank,
    cell_text,
    check_rows,
    open_sheet,
    parse_date,
    parse_flag,
    registry_context,
)
from models.gc_pause import collector_paused
from models.objects.registry.store import (
    Conflict,
    ImportCancelled,
    Progress,
    RegistryConflict,
    RegistryPlan,
    RegistryRow,
    plan_registry,
    upsert_registry,
)
from models.store.db import Store

__all__ = [
    "ALL_COLUMNS",
    "COLUMNS",
    "EXCLUSION_IGNORED",
    "EXCLUSION_MISSING",
    "MAX_PROBLEMS",
    "MAX_REF_LENGTH",
    "OPTIONAL_COLUMNS",
    "STATUS_COLUMNS",
    "ImportCancelled",
    "ImportResult",
    "ParsedRegistry",
    "Problem",
    "RegistryContext",
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


def _conflict_problem(c: Conflict) -> Problem:
    return Problem(c.row, c.column, c.code, dict(c.params))


# -- reading ------------------------------------------------------------------------------------


def _header(cells: list[list[Any]], checker: RowChecker) -> dict[str, int] | None:
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
    checker = RowChecker(rules)
    columns = _header(cells, checker)
    if columns is None:
        return ParsedRegistry((), tuple(checker.problems))
    rows = check_rows(cells[1:], columns, checker, progress, is_cancelled)
    if not rows and not checker.problems:
        checker.add(None, None, "no_rows")
    problems = list(checker.problems)
    if checker.dropped:
        problems.append(Problem(None, None, "more_problems", {"count": checker.dropped}))
    return ParsedRegistry(tuple(rows), tuple(problems), tuple(checker.warnings))


# -- importing ----------------------------------------------------------------------------------


def _scaled(progress: Progress | None, offset: int, span: int, total: int) -> Progress | None:
    """Map a step's (done, total) onto [offset, offset + span] of ``total``."""
    if progress is None:
        return None

    def report(done: int, step_total: int) -> None:
        share = done * span // step_total if step_total else span
        progress(offset + share, total)

    return report


def _read(
    path: Path,
    rules: RegistryContext,
    profile: ImportProfile | None,
    *,
    progress: Progress | None,
    is_cancelled: Callable[[], bool] | None,
) -> ParsedRegistry:
    """Read the template, or an office's own register through ``profile``."""
    if profile is None:
        return read_registry(path, rules, progress=progress, is_cancelled=is_cancelled)
    return read_registry_with_profile(
        path, profile, rules, progress=progress, is_cancelled=is_cancelled
    )


@collector_paused()
def preview_registry(
    store: Store,
    path: Path,
    *,
    today: date,
    profile: ImportProfile | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> RegistryPreview:
    """Read and check a registry file and say what importing it would do; write nothing.

    With ``profile``, the file is an office's own register read through it (§3.1).
    """
    parsed = _read(
        Path(path),
        registry_context(store, today),
        profile,
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
    profile: ImportProfile | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import a registry workbook into ``store``, all-or-nothing.

    Args:
        store: the store to write to.
        path: the ``.xlsx`` file.
        user: login recorded as author.
        today: the day of the import (no date may be later).
        profile: read the file as an office's own register through this import profile
            (reporting.md §3.1) instead of as the template.
        progress: called with (done, total) now and then; may raise to cancel.
        is_cancelled: polled now and then; True cancels (nothing written).

    Raises:
        RegistryRejected: any row or the file is invalid; nothing was written.
        ImportCancelled: cancelled; nothing was written.
    """
    parsed = _read(
        Path(path),
        registry_context(store, today),
        profile,
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
