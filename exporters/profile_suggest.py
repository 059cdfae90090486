"""The suggestion that does most of the work of an import profile (reporting.md §3.1, issue 15).

Given the sheets of an office's own register, :func:`suggest_profile` finds the header row, matches
each header to a field by the field's Kazakh, Russian and English labels and the variants registers
use (``resources/import_labels.json``), and matches the distinct values of coded fields to codes by
the code lists' kk/ru/en labels. What it could not match is listed, so the wizard and
``import-profile --suggest`` can say it.

How texts are compared. A text is normalised as §3.1 says (:func:`~exporters.import_profile.
normalise`), then folded for matching: a Latin look-alike inside a Cyrillic word (``Шкoла`` with a
Latin ``o``) and a lone Latin letter (``C`` for ``С``) become Cyrillic, and the whole is
transliterated to plain Latin (:func:`models.families.name_keys.to_latin`), so Kazakh letters meet
their Russian readings (``Қ``/``К``, ``і``/``и``) as in the duplicate search; punctuation and
brackets become spaces. A header matches a label when the folded texts are equal, else when every
word of the label starts the same as a word of the header (``Адрес объекта`` holds ``Адрес``;
``Даты паспортизации`` holds ``Дата паспорта``), the label with most words winning; a tie between
fields leaves the header unmatched. Values match labels the same way, also by the words in
brackets of a label (``(ЦОН)``, ``(детский сад)``), by each part of a label listing several
things (``театр, музей, кинотеатр``) and by a label's initials (``ЦОН`` for
``центр обслуживания населения``); a value two codes could take stays unmatched.

The header row (:func:`find_header_row`) is the row, among the first :data:`SCAN_ROWS`, whose
cells match most known labels (at least two), mostly text: title rows, a date line and merged
cells (read as one value and empties) above it do not count. Running numbers (``№``, ``№ п/п``,
``Р/с №``) are recognised and left unmapped.

**The column-numbers row.** Official tables often number their columns (1, 2, 3 ...) in the row
under the header. §3.1 says data start on the row after the header, so such a row would read as
a row of data whose every mapped cell is wrong. The rule, shared with the reader of the table
(:func:`exporters.profile_sheet.table_rows`): *the row right under the header whose non-empty
cells are the whole numbers 1, 2, 3 ... in order (as numbers or text, at least three) is not
data* (:func:`is_numbering_row`). ``header_row`` stays the header's row.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from exporters.import_profile import (
    FIELDS,
    MEMBERS,
    OBJECTS,
    ImportProfile,
    display_text,
    normalise,
)
from exporters.profile_sheet import SheetCells, is_numbering_row, table_rows
from models.families.name_keys import to_latin
from models.objects.status_display import parse_display_code
from models.objects.tables import CATEGORIES
from models.paths import resource_path

__all__ = [
    "MAX_VALUES",
    "REQUIRED",
    "SCAN_ROWS",
    "Suggestion",
    "field_labels",
    "find_header_row",
    "is_numbering_row",
    "is_running_number",
    "match_header",
    "match_value",
    "required_missing",
    "suggest_profile",
    "value_choices",
]


def _load_labels() -> dict[str, Any]:
    with resource_path("import_labels.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _tuples(mapping: Mapping[str, list[str]]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({k: tuple(v) for k, v in mapping.items()})


#: What registers write (``resources/import_labels.json``): header labels of every field,
#: Kazakh, Russian and English names first, then variants; value spellings beside the code
#: lists' own labels. Data, not code: the vocabulary grows without touching the matching.
_LABELS = _load_labels()
OBJECT_LABELS = _tuples(_LABELS["headers"][OBJECTS])
MEMBER_LABELS = _tuples(_LABELS["headers"][MEMBERS])
#: Header texts of running numbers besides "№", "№ п/п", "Р/с №" (normalised).
RUNNING_NUMBER_WORDS = frozenset(_LABELS["running_numbers"])
#: Field -> code list (``resources/codelists/<name>.csv``) of its values.
CODE_LISTS: Mapping[str, str] = MappingProxyType(_LABELS["code_lists"])
#: Flag fields (1/0): §3.1's words are read by the importer; other spellings are suggested.
FLAG_FIELDS = frozenset(_LABELS["flag_fields"])
#: What §3.1 accepts in a 1/0 field as it stands (normalised): no profile entry needed.
FLAG_WORDS: Mapping[str, str] = MappingProxyType(_LABELS["flag_words"])
FLAG_VARIANTS = _tuples(_LABELS["flag_variants"])
RURAL_VARIANTS = _tuples(_LABELS["rural_variants"])
#: Sex (``models.families.iin`` SEXES): code -> kk, ru, en labels, then variants.
SEX_LABELS = _tuples(_LABELS["sex"])
#: Code list -> code -> what registers write besides the list's labels.
VALUE_VARIANTS: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {name: _tuples(codes) for name, codes in _LABELS["value_variants"].items()}
)

#: Distinct values of one coded column matched and listed (the rest are counted).
MAX_VALUES = 500
#: A header longer than this is no header (a note or a pasted paragraph).
MAX_HEADER = 300
#: Rows looked at for the header (title blocks are a few rows; 50 leaves room).
SCAN_ROWS = 50
#: Required fields by target (§3.1); ``status_display`` stands for the five statuses.
REQUIRED: Mapping[str, tuple[str, ...]] = {
    OBJECTS: (
        "kato",
        "name",
        "object_type",
        "address",
        "subject_to_passportization",
        "passport_date",
        "requires_adaptation",
        "adapted_date",
    ),
    MEMBERS: ("family_ref", "surname", "given_name", "birth_date", "sex", "relation"),
}
_STATUS_FIELDS = tuple(f"status_{c}" for c in CATEGORIES)
#: Words that say nothing about a field (left out of word matching).
_STOP = frozenset(
    {
        "dlia",
        "ili",
        "nemese",
        "zhane",
        "men",
        "the",
        "of",
        "and",
        "or",
        "for",
        "pri",
        "nalichii",
        "bar",
        "bolsa",
        "po",
        "na",
    }
)
#: Latin letters that look like Cyrillic ones (after case folding).
_LOOKALIKE = str.maketrans("aeopcxykmthbi", "аеорсхукмтнві")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]")
_LATIN = re.compile(r"[a-z]")
_TOKEN = re.compile(r"[a-z]+|[0-9]+")
_RUNNING = re.compile(r"(№|n°|nr|no|n|#|п\s*/\s*п|р\s*/\s*с|р\s*/\s*н|пп|рс|/|\.|\s)+")
_BRACKETS = re.compile(r"\(([^()]*)\)")
#: Fields holding several codes in one cell, and what separates them.
_MULTI = frozenset({"categories"})
_MULTI_SPLIT = re.compile(r"[;,\n]")


def fold(text: object) -> str:
    """Return ``text`` folded for matching: normalised, look-alikes and Kazakh letters folded,
    transliterated to Latin, words of letters or digits joined by one space."""
    words = []
    for word in normalise(text).split():
        if (
            _CYRILLIC.search(word)
            and _LATIN.search(word)
            or (len(word) == 1 and _LATIN.match(word))
        ):
            word = word.translate(_LOOKALIKE)
        words.append(word)
    return " ".join(_TOKEN.findall(to_latin(" ".join(words))))


def _words(key: str) -> tuple[str, ...]:
    return tuple(w for w in key.split() if w not in _STOP)


def _same_word(text: str, label: str) -> bool:
    """A word of a header or value alike a label's word up to an ending (``школа``/``школы``,
    ``адрес``/``адреса``, ``даты``/``дата``), or abbreviating it (``Инв.`` for ``инвентарный``).
    A label's short word matches only as such (``СТО`` is not ``стоматология``)."""
    if text == label:
        return True
    if text.isdigit() or label.isdigit() or len(label) <= 3:
        return False
    if len(text) <= 3:
        return len(text) == 3 and label.startswith(text)
    need = max(3, min(5, min(len(text), len(label)) - 1))
    return text[:need] == label[:need]


def _covered(label: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Return True when every word of ``label`` has a like word in ``words`` (a text's)."""
    return all(any(_same_word(x, w) for x in words) for w in label)


def _within(words: tuple[str, ...], label: tuple[str, ...]) -> bool:
    """Return True when every word of ``words`` (a text's) has a like word in ``label``."""
    return all(any(_same_word(x, w) for w in label) for x in words)


def is_running_number(text: object) -> bool:
    """Return True for the header of a running number (``№``, ``№ п/п``, ``Р/с № / № п/п``)."""
    norm = normalise(text)
    if not norm:
        return False
    return norm in RUNNING_NUMBER_WORDS or not _RUNNING.sub("", norm)


# -- headers ------------------------------------------------------------------------------------


def field_labels(target: str) -> Mapping[str, tuple[str, ...]]:
    """Return field -> its labels for ``target``: Kazakh, Russian and English names first (what
    the wizard's drop-downs show), then the variants registers use.

    Raises:
        KeyError: an unknown target.
    """
    labels = {OBJECTS: OBJECT_LABELS, MEMBERS: MEMBER_LABELS}[target]
    return {f: labels[f] for f in FIELDS[target] if f in labels}


#: (label words, their first three letters, field) of the word matching.
_Worded = tuple[tuple[str, ...], frozenset[str], str]


@lru_cache(maxsize=2)
def _header_index(target: str) -> tuple[dict[str, str], tuple[_Worded, ...]]:
    """Return (folded label -> field, worded labels longest first) for ``target``."""
    exact: dict[str, str] = {}
    clashes: set[str] = set()
    worded: list[_Worded] = []
    for name, labels in field_labels(target).items():
        for label in labels:
            key = fold(label)
            if not key:
                continue
            if exact.setdefault(key, name) != name:
                clashes.add(key)
            words = _words(key)
            # A short single word ("Тип", "Вид", "К") is a header only by itself.
            if words and (len(words) > 1 or len(words[0]) >= 5):
                worded.append((words, frozenset(w[:3] for w in words), name))
    for key in clashes:
        del exact[key]
    worded.sort(key=lambda item: -len(item[0]))
    return exact, tuple(worded)


def _match_worded(key: str, target: str) -> tuple[str | None, int]:
    """Return (field, words matched) of the longest label held by ``key``; None on a tie."""
    words = _words(key)
    if not words:
        return None, 0
    found: dict[str, int] = {}
    # Alike words share their first three letters: a quick test before the word by word one.
    starts = {w[:3] for w in words}
    for label, label_starts, name in _header_index(target)[1]:
        if len(label) < max(found.values(), default=0):
            break
        if not label_starts <= starts:
            continue
        # A one-word label names a header of two words at most ("Адрес объекта"), so a
        # title ("Реестр объектов социальной инфраструктуры") is no "Объект" column.
        if len(words) - len(label) <= (1 if len(label) == 1 else 3) and _covered(label, words):
            found[name] = max(found.get(name, 0), len(label))
    if len(found) != 1:
        return None, 0
    [(name, size)] = found.items()
    return name, size


def _header_candidates(text: str) -> list[str]:
    """The header itself, its parts around ``/`` or line breaks (bilingual headers), then the
    same without bracketed words."""
    parts = [text, *re.split(r"\s+/\s+|/|\n", text)]
    out: list[str] = []
    for part in (*parts, *(_BRACKETS.sub(" ", p) for p in parts)):
        key = fold(part)
        if key and key not in out:
            out.append(key)
    return out


def _score_header(text: object, target: str) -> tuple[str | None, int]:
    """Return (field, strength) of a header: 100 for a label as such, else words matched."""
    return _score_shown(display_text(text).strip(), target)


@lru_cache(maxsize=4096)
def _score_shown(shown: str, target: str) -> tuple[str | None, int]:
    if not shown or len(shown) > MAX_HEADER or is_running_number(shown):
        return None, 0
    exact = _header_index(target)[0]
    keys = _header_candidates(shown)
    for key in keys:
        if key in exact:
            return exact[key], 100
    for key in keys:
        name, size = _match_worded(key, target)
        if name is not None:
            return name, size
    return None, 0


def match_header(text: str, target: str) -> str | None:
    """Return the field a header names for ``target`` (None: no field, or a running number)."""
    return _score_header(text, target)[0]


def _known_cells(row: Sequence[Any], target: str | None) -> tuple[int, int, int]:
    """Return (cells matching a label, text cells, non-empty cells) of a row."""
    targets = (target,) if target else (OBJECTS, MEMBERS)
    known = texts = filled = 0
    for cell in row:
        shown = display_text(cell).strip()
        if not shown:
            continue
        filled += 1
        if isinstance(cell, str) and not re.fullmatch(r"[\d\s.,:/-]+", shown):
            texts += 1
        if is_running_number(shown) or any(_score_header(shown, t)[0] for t in targets):
            known += 1
    return known, texts, filled


def _header_row(rows: Sequence[Sequence[Any]], target: str | None) -> tuple[int, int]:
    """Return (1-based header row, cells matched there); (1, 0) when nothing looks like one."""
    best, best_known = 0, 0
    for n, row in enumerate(rows[:SCAN_ROWS]):
        known, texts, filled = _known_cells(row, target)
        if known >= 2 and texts * 2 >= filled and known > best_known:
            best, best_known = n, known
    if best_known:
        return best + 1, best_known
    # No labels at all: the first row of several text cells with something under it.
    for n, row in enumerate(rows[:SCAN_ROWS]):
        _, texts, filled = _known_cells(row, target)
        if texts >= 3 and texts * 2 >= filled and n + 1 < len(rows):
            return n + 1, 0
    return 1, 0


def find_header_row(rows: list[list[Any]]) -> int:
    """Return the 1-based row holding the column headers of a sheet (1 when none is found)."""
    return _header_row(rows, None)[0]


# -- values -------------------------------------------------------------------------------------


@lru_cache(maxsize=32)
def _code_list(name: str) -> tuple[tuple[str, str, str, str], ...]:
    with resource_path(f"codelists/{name}.csv").open(encoding="utf-8", newline="") as fh:
        return tuple((r["code"], r["kk"], r["ru"], r["en"]) for r in csv.DictReader(fh))


def value_choices(field: str) -> list[tuple[str, str, str]]:
    """Return (code, Kazakh label, Russian label) of each value a coded field takes, in list
    order; [] for a field without a code list (texts, dates). Flags give 1/0."""
    if field in CODE_LISTS:
        return [(code, kk, ru) for code, kk, ru, _ in _code_list(CODE_LISTS[field])]
    if field == "sex":
        return [
            (code, labels[0].capitalize(), labels[1].capitalize())
            for code, labels in SEX_LABELS.items()
        ]
    if field == "rural":
        return [("1", "Ауыл", "Село"), ("0", "Қала", "Город")]
    if field in FLAG_FIELDS:
        return [("1", "Иә", "Да"), ("0", "Жоқ", "Нет")]
    return []


def _initials(phrase: str) -> str:
    """Initials of a phrase of three or more words (hyphens split words): ``ЦОН``, ``ФАП``."""
    words = [w for w in re.split(r"[\s\-]+", normalise(phrase)) if len(w) > 1]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _phrases(label: str) -> list[str]:
    """A label, the label without brackets, what its brackets hold and its comma-listed parts."""
    bare = _BRACKETS.sub(" ", label)
    out = [label, bare, *_BRACKETS.findall(label)]
    if "," in bare:
        out.extend(bare.split(","))
    return out


@lru_cache(maxsize=32)
def _value_index(field: str) -> tuple[dict[str, str], tuple[tuple[tuple[str, ...], str], ...]]:
    """Return (folded text -> code, (words, code)) of a coded field; ambiguous texts dropped."""
    entries: list[tuple[str, str, bool]] = []  # (text, code, may be matched by words)
    if field in CODE_LISTS:
        name = CODE_LISTS[field]
        for code, *labels in _code_list(name):
            entries.append((code, code, False))
            for label in labels:
                for phrase in _phrases(label):
                    entries.append((phrase, code, True))
                    entries.append((_initials(phrase), code, False))
            for variant in VALUE_VARIANTS.get(name, {}).get(code, ()):
                entries.append((variant, code, True))
    elif field == "sex":
        entries = [(t, code, False) for code, ts in SEX_LABELS.items() for t in (code, *ts)]
    elif field in FLAG_FIELDS:
        variants = {**FLAG_VARIANTS}
        if field == "rural":
            variants = {k: (*v, *RURAL_VARIANTS[k]) for k, v in variants.items()}
        entries = [(t, code, False) for t, code in FLAG_WORDS.items()]
        entries += [(t, code, False) for code, ts in variants.items() for t in ts]
    exact: dict[str, str] = {}
    clashes: set[str] = set()
    worded: list[tuple[tuple[str, ...], str]] = []
    for text, code, by_words in entries:
        key = fold(text)
        if not key:
            continue
        if exact.setdefault(key, code) != code:
            clashes.add(key)
        if by_words and _words(key):
            worded.append((_words(key), code))
    for key in clashes:
        exact.pop(key)
    return exact, tuple(worded)


def match_value(field: str, text: str) -> str | None:
    """Return the code (or 1/0 of a flag) a source value stands for in ``field``; None when
    no code, or more than one, fits. ``status_display`` values are read by the importer."""
    key = fold(text)
    if not key:
        return None
    exact, worded = _value_index(field)
    if key in exact:
        return exact[key]
    words = _words(key)
    if not words or not worded:
        return None
    best: dict[str, float] = {}
    for label, code in worded:
        if _within(words, label) or _covered(label, words):
            share = min(len(words), len(label)) / max(len(words), len(label))
            best[code] = max(best.get(code, 0.0), share)
    if not best:
        return None
    top = max(best.values())
    winners = [c for c, s in best.items() if s == top]
    return winners[0] if len(winners) == 1 and top >= 0.5 else None


def _display_readable(text: str) -> bool:
    """Return True when the importer reads ``text`` as a display code (``ДЧ-И (К, О)``)."""
    return parse_display_code(text) is not None


def _value_known(field: str, text: str) -> bool:
    """Return True for a value the importer takes without a profile entry."""
    if field == "status_display":
        return _display_readable(text)
    if field in FLAG_FIELDS:
        return normalise(text) in FLAG_WORDS
    if field in CODE_LISTS:
        wanted = normalise(text)
        return any(wanted == normalise(code) for code, *_ in _code_list(CODE_LISTS[field]))
    if field == "sex":
        return normalise(text) in ("m", "f")
    return False


def _coded(field: str) -> bool:
    return field in CODE_LISTS or field in FLAG_FIELDS or field in ("sex", "status_display")


# -- the suggestion -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """The proposed profile and what it leaves to the clerk.

    Attributes:
        profile: the proposed profile (sheet, header row, columns, values).
        unmatched_fields: header texts of the sheet's columns that matched no field (running
            numbers left out), in sheet order.
        unmatched_values: field -> distinct source values (as the file shows them) no code fits.
        required_missing: required fields (§3.1) no column was matched to; ``status_display``
            stands for the five statuses, ``iin`` for ``iin`` or ``no_iin_reason``.
        field_share: matched columns / headed columns (1.0 for a sheet without headers).
        value_share: distinct values of coded fields taken (a code, a word §3.1 reads, or a
            suggested match) / all such distinct values (1.0 when there are none).
    """

    profile: ImportProfile
    unmatched_fields: tuple[str, ...]
    unmatched_values: Mapping[str, tuple[str, ...]]
    required_missing: tuple[str, ...]
    field_share: float
    value_share: float
    #: field -> how many distinct values it has (for counts without the values themselves).
    value_counts: Mapping[str, int] = field(default_factory=dict)


def required_missing(target: str, fields: Sequence[str] | Mapping[str, Any]) -> tuple[str, ...]:
    """Return the required fields of ``target`` not among ``fields`` (columns or constants)."""
    have = set(fields)
    missing = [f for f in REQUIRED[target] if f not in have]
    if target == OBJECTS and "status_display" not in have:
        statuses = [f for f in _STATUS_FIELDS if f not in have]
        if len(statuses) == len(_STATUS_FIELDS):
            missing.append("status_display")
        else:
            missing.extend(statuses)
    if target == MEMBERS and not have & {"iin", "no_iin_reason"}:
        missing.append("iin")
    return tuple(missing)


def _pick_sheet(sheets: SheetCells, target: str, sheet: str | int | None) -> tuple[str | int, str]:
    """Return (the profile's sheet key, the sheet's name)."""
    if isinstance(sheet, int):
        return sheet, sheets.names[sheet - 1]
    if isinstance(sheet, str):
        return sheet, sheet
    best, best_known = 0, -1
    for n, name in enumerate(sheets.names):
        known = _header_row(sheets.cells[name], target)[1]
        if known > best_known:
            best, best_known = n, known
    name = sheets.names[best]
    return (1 if len(sheets.names) == 1 else name), name


def _columns(header: Sequence[Any], target: str) -> tuple[dict[str, str], list[str]]:
    """Return field -> header text, and the header texts no field took."""
    chosen: dict[str, tuple[int, int]] = {}  # field -> (strength, column)
    unmatched: dict[int, str] = {}
    shown = [display_text(c).strip() for c in header]
    for n, text in enumerate(shown):
        if not text or is_running_number(text):
            continue
        name, strength = _score_header(text, target)
        if name is None:
            unmatched[n] = text
            continue
        if name in chosen:
            other_strength, other = chosen[name]
            if other_strength >= strength:
                unmatched[n] = text
                continue
            unmatched[other] = shown[other]
        chosen[name] = (strength, n)
    ordered = sorted(chosen.items(), key=lambda item: item[1][1])
    columns = {name: shown[n] for name, (_, n) in ordered}
    return columns, [unmatched[n] for n in sorted(unmatched)]


def suggest_profile(
    sheets: SheetCells,
    target: str = OBJECTS,
    *,
    sheet: str | int | None = None,
    header_row: int | None = None,
) -> Suggestion:
    """Propose a profile for a register: sheet, header row, columns and value matches.

    Args:
        sheets: every sheet of the file (:func:`exporters.profile_sheet.read_sheets`).
        target: ``objects`` or ``members``.
        sheet: the sheet (name or 1-based position); by default the one whose header matches
            most labels.
        header_row: the 1-based header row; found by default.

    Raises:
        KeyError: an unknown target, or a sheet the workbook does not have.
        IndexError: a sheet position past the last sheet.
    """
    if target not in FIELDS:
        raise KeyError(target)
    key, name = _pick_sheet(sheets, target, sheet)
    rows = sheets.cells[name]
    if header_row is None:
        header_row = _header_row(rows, target)[0]
    header = rows[header_row - 1] if 0 < header_row <= len(rows) else []
    columns, unmatched_fields = _columns(header, target)
    probe = ImportProfile(target=target, sheet=key, header_row=header_row, columns=columns)
    found, data = table_rows(rows, probe) if columns else ({}, [])
    values: dict[str, dict[str, str]] = {}
    unmatched_values: dict[str, tuple[str, ...]] = {}
    counts: dict[str, int] = {}
    total = taken = 0
    for fname, col in found.items():
        if not _coded(fname):
            continue
        shown = (display_text(cells[col]) for _, cells in data)
        if fname in _MULTI:  # several codes in a cell, as the reader splits them
            shown = (part for text in shown for part in _MULTI_SPLIT.split(text))
        distinct = dict.fromkeys(t for t in (s.strip() for s in shown) if t)
        counts[fname] = len(distinct)
        missed = []
        total += len(distinct)
        # A coded column holds a few dozen words; thousands of distinct texts mean a wrong
        # column (names as types): the first MAX_VALUES are matched and listed, the rest only
        # counted as unmatched (value_counts keeps how many there are).
        for text in list(distinct)[:MAX_VALUES]:
            if _value_known(fname, text):
                taken += 1
                continue
            code = None if fname == "status_display" else match_value(fname, text)
            if code is None:
                missed.append(text)
            else:
                taken += 1
                values.setdefault(fname, {})[text] = code
        if missed:
            unmatched_values[fname] = tuple(missed)
    headed = len(columns) + len(unmatched_fields)
    profile = ImportProfile(
        target=target, sheet=key, header_row=header_row, columns=columns, values=values
    )
    return Suggestion(
        profile=profile,
        unmatched_fields=tuple(unmatched_fields),
        unmatched_values=unmatched_values,
        required_missing=required_missing(target, columns),
        field_share=len(columns) / headed if headed else 1.0,
        value_share=taken / total if total else 1.0,
        value_counts=counts,
    )
