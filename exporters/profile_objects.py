"""An office's own object register read through an import profile (reporting.md §3.1).

Each row of the profile's table is mapped to the §3 form, then checked by the very checks of the
template (:func:`exporters.registry_read.check_rows`), so all-or-nothing, duplicates, the rules
between columns, the period lock and the audit of the write all hold as they do for the template.
The mapping reads what registers hold:

* a field with a ``values`` entry takes the listed source texts and its code list's codes;
* ``status_display`` (one column of display codes) sets the five ``status_*`` fields;
* 1/0 fields also take да/нет, иә/жоқ, yes/no and +/-; an empty cell is 0;
* dates also take ``dd.mm.yyyy г.`` and ``dd.mm.yyyy ж.``; a KATO code stored as a number is
  read as its 9 digits;
* without an ``object_ref`` column the normalised name, address and KATO make the reference,
  so a re-import finds the same objects (rows alike in all three are a duplicate error);
* ``constants`` fill the fields the file does not have.

A problem names the Excel row, the field and, in ``params['header']``, the file's own header.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from exporters.import_profile import OBJECTS, ImportProfile, normalise
from exporters.profile_sheet import (
    HEADER_NOT_FOUND,
    SHEET_NOT_FOUND,
    missing_headers,
    profile_sheet,
    read_sheets,
    table_rows,
)
from exporters.registry_read import (
    ALL_COLUMNS,
    COLUMNS,
    OPTIONAL_COLUMNS,
    STATUS_COLUMNS,
    ParsedRegistry,
    Problem,
    RegistryContext,
    RegistryRejected,
    RowChecker,
    cell_text,
    check_rows,
)
from models.gc_pause import collector_paused
from models.objects.registry.store import ImportCancelled, Progress
from models.objects.status_display import parse_display_code
from models.objects.tables import CATEGORIES

#: Problem codes of the profile path (worded with the registry problems).
FIELD_NOT_MAPPED = "field_not_mapped"
BAD_DISPLAY_CODE = "bad_display_code"
DUPLICATE_OBJECT = "duplicate_object"
WRONG_TARGET = "wrong_target"
#: Every problem code the profile path adds to the template's (``ui/imports/registry_problems``).
PROFILE_PROBLEM_CODES = (
    SHEET_NOT_FOUND,
    HEADER_NOT_FOUND,
    FIELD_NOT_MAPPED,
    BAD_DISPLAY_CODE,
    DUPLICATE_OBJECT,
    WRONG_TARGET,
)

FLAG_FIELDS = ("subject_to_passportization", "requires_adaptation")
DATE_FIELDS = ("passport_date", "adapted_date", "registered_date", "exclusion_date")
#: Fields of free text: no code list, each cell different.
FREE_TEXT = frozenset({"object_ref", "name", "address", "exclusion_reason"})
#: 1/0 words of §3.1, normalised.
FLAG_WORDS: Mapping[str, str] = {
    "1": "1",
    "0": "0",
    "да": "1",
    "нет": "0",
    "иә": "1",
    "ия": "1",
    "жоқ": "0",
    "yes": "1",
    "no": "0",
    "+": "1",
    "-": "0",
    "": "0",
}
_YEAR_MARK = re.compile(r"^(.*?\d)\s*(?:г|ж)\s*\.?$", re.IGNORECASE)
_REPORT_EVERY = 5000


def _required(profile: ImportProfile) -> list[str]:
    """Fields §3.1 requires that the profile neither maps nor fills (status_display stands
    for the five statuses)."""
    have = set(profile.columns) | set(profile.constants)
    missing = []
    for field in COLUMNS:
        if field == "object_ref" or (field in STATUS_COLUMNS and "status_display" in have):
            continue
        if field not in have:
            missing.append(field)
    return missing


def derived_ref(name: str, address: str, kato: str) -> str:
    """Return the object_ref made of the normalised name, address and KATO (§3.1)."""
    key = "\x1f".join((normalise(name), normalise(address), kato))
    return "p-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class _Mapper:
    """Converts one field's cells to the §3 form the checks read."""

    def __init__(self, profile: ImportProfile, rules: RegistryContext) -> None:
        self.values = profile.values
        self.codes: dict[str, dict[str, str]] = {
            "object_type": {normalise(c): c for c in rules.ctx.object_types},
            **{
                col: {normalise(c): c for c in rules.status_codes}
                for col in (*STATUS_COLUMNS, "status_display")
            },
        }

    def listed(self, field: str, value: Any) -> str | None:
        """The code a ``values`` entry or the code list gives the cell, None when neither."""
        key = normalise(value)
        table = self.values.get(field)
        if table is not None and key in table:
            return table[key]
        codes = self.codes.get(field)
        if codes is not None:
            return codes.get(key)
        return None

    def converter(self, field: str) -> Callable[[Any], Any]:
        """Return ``field``'s conversion: free text is trimmed; any other field is converted
        once per distinct cell value (a register has few types, flags, codes and settlements)."""
        if field in FREE_TEXT and field not in self.values:
            return cell_text
        cache: dict[Any, Any] = {}
        convert = self.convert

        def cached(value: Any) -> Any:
            try:
                return cache[value]
            except KeyError:
                cache[value] = done = convert(field, value)
                return done
            except TypeError:  # an unhashable cell: not from calamine, converted as is
                return convert(field, value)

        return cached

    def convert(self, field: str, value: Any) -> Any:
        """Return the cell as the template would hold it."""
        listed = self.listed(field, value)
        if listed is not None:
            value = listed
        if field in FLAG_FIELDS:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return value
            return FLAG_WORDS.get(normalise(value), cell_text(value))
        if field in DATE_FIELDS:
            if isinstance(value, (date, datetime, int, float)):
                return value
            text = cell_text(value)
            m = _YEAR_MARK.match(text)
            return m.group(1) if m else text
        if field == "kato":
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            if number and float(value).is_integer():
                return str(int(value)).zfill(9)
            return cell_text(value)
        return cell_text(value)


def _header_param(problems: list[Problem], profile: ImportProfile, derived: bool) -> list[Problem]:
    """Name the file's header in each problem; a duplicate made-up reference is a duplicate
    object (name, address and KATO alike)."""
    out = []
    for p in problems:
        column, code, params = p.column, p.code, dict(p.params)
        if derived and code == "duplicate_ref":
            column, code = "name", DUPLICATE_OBJECT
            params = {"first_row": params.get("first_row")}
        source = column
        if column in STATUS_COLUMNS and column not in profile.columns:
            source = "status_display"
        header = profile.columns.get(source or "")
        if header is not None:
            params["header"] = header
        out.append(Problem(p.row, column, code, params))
    return out


@collector_paused()
def read_registry_with_profile(
    path: Path,
    profile: ImportProfile,
    rules: RegistryContext,
    *,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ParsedRegistry:
    """Read an office's own register through ``profile`` and check it; write nothing.

    Returns:
        The rows in the §3 form and every problem (row as Excel shows it, field, code, and the
        file's header in ``params['header']``); a file or profile that does not fit gives
        file-level problems (``sheet_not_found``, ``header_not_found``, ``field_not_mapped``).
    """
    if profile.target != OBJECTS:
        return ParsedRegistry((), (Problem(None, None, WRONG_TARGET, {"target": profile.target}),))
    try:
        sheets = read_sheets(Path(path), is_cancelled=is_cancelled)
        sheet = profile_sheet(sheets, profile)
    except RegistryRejected as exc:
        return ParsedRegistry((), tuple(exc.problems))
    head = missing_headers(sheet, profile) + [
        Problem(profile.header_row, field, FIELD_NOT_MAPPED) for field in _required(profile)
    ]
    if head:
        return ParsedRegistry((), tuple(head))
    columns, table = table_rows(sheet, profile)
    if not table:
        return ParsedRegistry((), (Problem(None, None, "no_rows"),))
    mapped = _map_rows(profile, rules, columns, table, is_cancelled)
    checker = RowChecker(rules)
    for problem in mapped.problems:
        checker.add(problem.row, problem.column, problem.code, **problem.params)
    rows = check_rows(mapped.data, mapped.columns, checker, progress, is_cancelled, mapped.numbers)
    problems = _header_param(checker.problems, profile, mapped.derived)
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    if checker.dropped:
        problems.append(Problem(None, None, "more_problems", {"count": checker.dropped}))
    warnings = _header_param(checker.warnings, profile, mapped.derived)
    return ParsedRegistry(tuple(rows), tuple(problems), tuple(warnings))


class _Mapped:
    def __init__(self) -> None:
        self.data: list[list[Any]] = []
        self.numbers: list[int] = []
        self.columns: dict[str, int] = {}
        self.problems: list[Problem] = []
        self.derived = False


def _map_rows(
    profile: ImportProfile,
    rules: RegistryContext,
    found: Mapping[str, int],
    table: list[tuple[int, list[Any]]],
    is_cancelled: Callable[[], bool] | None,
) -> _Mapped:
    """Map every row of the table to the §3 form (cells by the template's column order)."""
    out = _Mapped()
    mapper = _Mapper(profile, rules)
    display = found.get("status_display")
    # Every template column (an absent 1/0 cell reads 0), and the optional ones the file or
    # the constants have (an absent one keeps an object's stored value, §3).
    fields = [f for f in ALL_COLUMNS if f in COLUMNS or f in found or f in profile.constants]
    out.columns = {f: n for n, f in enumerate(fields)}
    out.derived = "object_ref" not in found and "object_ref" not in profile.constants
    constants = {f: mapper.convert(f, v) for f, v in profile.constants.items() if f in out.columns}
    sources = [(n, mapper.converter(f), found.get(f), f) for n, f in enumerate(fields)]
    status_at = [out.columns[c] for c in STATUS_COLUMNS]
    ref_at, name_at = out.columns["object_ref"], out.columns["name"]
    address_at, kato_at = out.columns["address"], out.columns["kato"]
    displays: dict[Any, tuple[str, dict[str, str] | None]] = {}
    for i, (number, cells) in enumerate(table):
        if i % _REPORT_EVERY == 0 and is_cancelled is not None and is_cancelled():
            raise ImportCancelled
        row: list[Any] = [""] * len(fields)
        for n, conv, col, field in sources:
            if col is not None:
                row[n] = conv(cells[col])
            elif field in constants:
                row[n] = constants[field]
            else:
                row[n] = conv("")
        if display is not None:
            source = cells[display]
            seen = displays.get(source)
            if seen is None:
                listed = mapper.listed("status_display", source)
                text = listed if listed is not None else cell_text(source)
                seen = displays[source] = (text, parse_display_code(text))
            text, statuses = seen
            if statuses is None:
                out.problems.append(
                    Problem(number, "status_display", BAD_DISPLAY_CODE, {"value": text})
                )
                statuses = {}
            for c, at in zip(CATEGORIES, status_at, strict=True):
                row[at] = statuses.get(c, "")
        if out.derived and (row[name_at] or row[address_at] or row[kato_at]):
            row[ref_at] = derived_ref(str(row[name_at]), str(row[address_at]), str(row[kato_at]))
        out.data.append(row)
        out.numbers.append(number)
    return out


__all__ = [
    "BAD_DISPLAY_CODE",
    "DUPLICATE_OBJECT",
    "FIELD_NOT_MAPPED",
    "FLAG_WORDS",
    "OPTIONAL_COLUMNS",
    "PROFILE_PROBLEM_CODES",
    "WRONG_TARGET",
    "derived_ref",
    "read_registry_with_profile",
]
