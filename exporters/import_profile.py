"""Import profiles: where an office's own register keeps its table and what it means (§3.1).

A profile is a UTF-8 JSON file (reporting.md §3.1): the target (``objects`` or ``members``), the
sheet, the header row, the header text of each field's column, the source texts of coded fields
and constants for fields the file lacks. Profiles come from other offices and from disks, so
:func:`profile_from_json` and :func:`load_profile` treat them as untrusted: bounded size, depth and
lengths, every type checked, unknown targets and fields refused with a :class:`ProfileError`
whose ``code`` ``ui/messages.py`` words (``PROFILE_CODES``).

Texts are compared by :func:`normalise` (NFC, runs of white space as one space, trimmed, case
folded); :func:`header_signature` gives a layout's header a key, so the next import of the same
layout finds its stored profile.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from models.errors import QoldauError
from models.families.member_import import FAMILY_FIELDS
from models.families.member_import import MEMBER_FIELDS as PERSON_FIELDS
from models.objects.registry.store import OPTIONAL_FIELDS
from models.objects.tables import CATEGORIES

PROFILE_FORMAT = "qoldau-import-profile"
FORMAT_VERSION = 1
OBJECTS, MEMBERS = "objects", "members"
TARGETS = (OBJECTS, MEMBERS)

#: The fields of the ``objects`` target: reporting.md §3 and ``status_display`` (§3.1).
OBJECT_FIELDS: tuple[str, ...] = (
    "object_ref",
    "kato",
    "name",
    "object_type",
    "address",
    "subject_to_passportization",
    "passport_date",
    *(f"status_{c}" for c in CATEGORIES),
    "requires_adaptation",
    "adapted_date",
    *OPTIONAL_FIELDS,
    "status_display",
)
#: The fields of the ``members`` target (§3.1): the listed ones, then the other member and
#: family fields under the names of the application's forms (``models/families/member_import``).
MEMBER_FIELDS: tuple[str, ...] = tuple(
    dict.fromkeys(("family_ref", "kato", "address", *PERSON_FIELDS, *FAMILY_FIELDS))
)
FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {OBJECTS: OBJECT_FIELDS, MEMBERS: MEMBER_FIELDS}
)
#: The field whose column ends the table when it reads a total (§3.1), by target.
NAME_FIELD: Mapping[str, str] = MappingProxyType({OBJECTS: "name", MEMBERS: "surname"})
#: A row whose name column reads one of these ends the table (§3.1), normalised.
TOTAL_WORDS = frozenset({"итого", "барлығы", "всего"})

#: Bounds on an untrusted profile.
MAX_BYTES = 1024 * 1024
MAX_DEPTH = 6
MAX_TEXT = 500
MAX_NAME = 200
MAX_VALUES_PER_FIELD = 5000
MAX_ROW = 10_000
MAX_SHEET_INDEX = 1000

#: Codes of :class:`ProfileError` (worded in ``ui/messages.py`` PROFILE_TEXTS).
PROFILE_UNREADABLE = "profile_unreadable"
PROFILE_TOO_LARGE = "profile_too_large"
PROFILE_TOO_DEEP = "profile_too_deep"
PROFILE_FORMAT_CODE = "profile_format"
PROFILE_SHAPE = "profile_shape"
PROFILE_TARGET = "profile_target"
PROFILE_FIELD = "profile_field"
PROFILE_CODES = (
    PROFILE_UNREADABLE,
    PROFILE_TOO_LARGE,
    PROFILE_TOO_DEEP,
    PROFILE_FORMAT_CODE,
    PROFILE_SHAPE,
    PROFILE_TARGET,
    PROFILE_FIELD,
)


class ProfileError(QoldauError):
    """A profile that cannot be used; ``code`` (``PROFILE_CODES``) and ``params`` say why."""

    def __init__(self, code: str, params: Mapping[str, object] | None = None) -> None:
        self.code = code
        self.params: Mapping[str, object] = dict(params or {})
        detail = ", ".join(f"{k}={v}" for k, v in self.params.items())
        super().__init__(f"import profile refused ({code}){': ' + detail if detail else ''}")


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class ImportProfile:
    """A profile read and checked (reporting.md §3.1).

    Attributes:
        target: ``objects`` or ``members``.
        sheet: the sheet's name, or its 1-based position.
        header_row: the 1-based row of the headers; data start on the next row.
        columns: field code -> header text of its column (as written in the file).
        values: field code -> source text (normalised) -> code or value in the §3 form.
        constants: field code -> the value of every row, for a field the file lacks.
        name: the name the profile is saved under ("" when none).
    """

    target: str
    sheet: str | int
    header_row: int
    columns: Mapping[str, str]
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    constants: Mapping[str, Any] = field(default_factory=dict)
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", _frozen(self.columns))
        object.__setattr__(
            self,
            "values",
            _frozen(
                {
                    f: _frozen({normalise(k): v for k, v in m.items()})
                    for f, m in self.values.items()
                }
            ),
        )
        object.__setattr__(self, "constants", _frozen(self.constants))


def display_text(value: object) -> str:
    """Return a cell as the file shows it: whole numbers without ``.0``, dates dd.mm.yyyy."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def normalise(text: object) -> str:
    """Return ``text`` as §3.1 compares it: NFC, white-space runs as one space, trimmed, folded.

    A number or date is taken as the file shows it (:func:`display_text`).
    """
    shown = unicodedata.normalize("NFC", display_text(text))
    return " ".join(shown.split()).casefold()


def header_signature(header_cells: Sequence[Any]) -> str:
    """Return the key of a header row: its non-empty normalised texts joined by ``|``.

    The same layout gives the same signature whatever its cell types or spacing.
    """
    return "|".join(t for t in (normalise(c) for c in header_cells) if t)


# -- untrusted JSON -----------------------------------------------------------------------------


def _depth(value: Any, level: int = 1) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level)
    return level


def _text(value: Any, limit: int = MAX_TEXT, *, empty: bool = False) -> bool:
    return isinstance(value, str) and (empty or value.strip() != "") and len(value) <= limit


def _shape(key: str) -> ProfileError:
    return ProfileError(PROFILE_SHAPE, {"key": key})


def _fields_of(mapping: Any, key: str, fields: tuple[str, ...], target: str) -> dict[str, Any]:
    if not isinstance(mapping, dict) or len(mapping) > len(fields):
        raise _shape(key)
    for name in mapping:
        if name not in fields:
            raise ProfileError(PROFILE_FIELD, {"field": str(name)[:MAX_NAME], "target": target})
    return mapping


def profile_from_json(data: Any) -> ImportProfile:
    """Check a parsed profile (untrusted) and return it.

    Raises:
        ProfileError: another format or version (``profile_format``), nested too deep, an
            unknown target (``profile_target``) or field (``profile_field``), or a key missing,
            too long or of the wrong type (``profile_shape``, ``params['key']``).
    """
    if _depth(data) > MAX_DEPTH:
        raise ProfileError(PROFILE_TOO_DEEP)
    if not isinstance(data, dict) or data.get("format") != PROFILE_FORMAT:
        raise ProfileError(PROFILE_FORMAT_CODE)
    version = data.get("format_version")
    if type(version) is not int or version != FORMAT_VERSION:
        raise ProfileError(PROFILE_FORMAT_CODE)
    target = data.get("target")
    if target not in TARGETS:
        raise ProfileError(PROFILE_TARGET, {"target": str(target)[:MAX_NAME]})
    fields = FIELDS[target]
    sheet = data.get("sheet")
    if not (_text(sheet, MAX_NAME) or (type(sheet) is int and 1 <= sheet <= MAX_SHEET_INDEX)):
        raise _shape("sheet")
    assert isinstance(sheet, (str, int))
    header_row = data.get("header_row")
    if type(header_row) is not int or not 1 <= header_row <= MAX_ROW:
        raise _shape("header_row")
    columns = _fields_of(data.get("columns"), "columns", fields, target)
    if not columns or not all(_text(v) for v in columns.values()):
        raise _shape("columns")
    values = _fields_of(data.get("values", {}), "values", fields, target)
    for name, table in values.items():
        if (
            not isinstance(table, dict)
            or len(table) > MAX_VALUES_PER_FIELD
            or not all(_text(k, empty=True) and _text(v, empty=True) for k, v in table.items())
        ):
            raise _shape(f"values.{name}")
    constants = _fields_of(data.get("constants", {}), "constants", fields, target)
    for name, value in constants.items():
        if not (value is None or isinstance(value, (bool, int, float)) or _text(value, empty=True)):
            raise _shape(f"constants.{name}")
    name = data.get("name", "")
    if not _text(name, MAX_NAME, empty=True):
        raise _shape("name")
    return ImportProfile(
        target=target,
        sheet=sheet.strip() if isinstance(sheet, str) else sheet,
        header_row=header_row,
        columns={k: v.strip() for k, v in columns.items()},
        values=values,
        constants=constants,
        name=name.strip(),
    )


def profile_to_json(p: ImportProfile) -> dict[str, Any]:
    """Return ``p`` as the JSON object of §3.1 (what :func:`profile_from_json` reads back)."""
    data: dict[str, Any] = {
        "format": PROFILE_FORMAT,
        "format_version": FORMAT_VERSION,
        "target": p.target,
        "sheet": p.sheet,
        "header_row": p.header_row,
        "columns": dict(p.columns),
        "values": {f: dict(m) for f, m in p.values.items()},
        "constants": dict(p.constants),
    }
    if p.name:
        data["name"] = p.name
    return data


def profile_from_bytes(raw: bytes) -> ImportProfile:
    """Parse and check a profile file's bytes (untrusted)."""
    if len(raw) > MAX_BYTES:
        raise ProfileError(PROFILE_TOO_LARGE, {"max": MAX_BYTES})
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProfileError(PROFILE_UNREADABLE) from exc
    return profile_from_json(data)


def load_profile(path: Path) -> ImportProfile:
    """Read and check the profile at ``path`` (untrusted).

    Raises:
        ProfileError: unreadable, too large, not UTF-8 JSON, or not a valid profile.
    """
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ProfileError(PROFILE_UNREADABLE, {"detail": exc.strerror or str(exc)}) from exc
    return profile_from_bytes(raw)


def save_profile(p: ImportProfile, path: Path) -> None:
    """Write ``p`` to ``path`` atomically (a temporary file beside it, then a rename)."""
    path = Path(path)
    text = json.dumps(profile_to_json(p), ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = [
    "FIELDS",
    "MEMBERS",
    "MEMBER_FIELDS",
    "NAME_FIELD",
    "OBJECTS",
    "OBJECT_FIELDS",
    "PROFILE_CODES",
    "PROFILE_FORMAT",
    "TARGETS",
    "ImportProfile",
    "ProfileError",
    "display_text",
    "header_signature",
    "load_profile",
    "normalise",
    "profile_from_bytes",
    "profile_from_json",
    "profile_to_json",
    "save_profile",
]
