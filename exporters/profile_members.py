"""Families and members from an office's own list through an import profile (§3.1 ``members``).

One row per person, grouped into households by ``family_ref``. Cells are read as §3.1 says:
texts compared normalised, coded fields through the profile's ``values`` or the codes and
kk/ru/en labels of their code list, dates also as ``dd.mm.yyyy г.``/``ж.``, flags as да/нет,
иә/жоқ, yes/no, +/-, numbers as text, a KATO code or an IIN stored as a number read back as its
digits (an IIN's leading zeros restored). Rows are checked here (required fields, the IIN
checks of :mod:`models.families.iin`, one KATO per household, a person twice in the file), then
the households are matched with the store and checked by the families' own rules in
:mod:`models.families.member_import`, which writes them all-or-nothing.

Problems are :class:`~exporters.registry_read.Problem` (row as Excel shows it, field, code),
worded like the registry's; duplicates are :class:`DuplicateHint` (``same_iin``: linked by
default, ``similar_name``: a new person by default, warned). Nothing personal is logged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select

from exporters.import_profile import (
    MEMBERS,
    ImportProfile,
    display_text,
    header_signature,
    normalise,
)
from exporters.profile_sheet import missing_headers, profile_sheet, read_sheets, table_rows
from exporters.registry_read import BAD, Problem, RegistryRejected, blank, parse_date
from models.families.iin import check_iin
from models.families.member_import import (
    FAMILY_FIELDS,
    MEMBER_FIELDS,
    SAME_IIN,
    ImportedFamily,
    ImportedMember,
    MembersRejected,
    RowIssue,
    check_members,
    write_members,
)
from models.families.name_keys import person_name_key
from models.families.repository import FamilyRepository
from models.gc_pause import collector_paused
from models.issues import ERROR
from models.objects.registry.store import ImportCancelled
from models.reference.identifiers import normalize_digits
from models.reference.tables import CodeItem
from models.store.db import Store

__all__ = [
    "CODE_LISTS",
    "FAMILY_PERSON_TWICE",
    "KATO_CONFLICT",
    "REQUIRED",
    "DuplicateHint",
    "MESSAGES",
    "MemberRow",
    "MembersPreview",
    "MembersResult",
    "duplicate_line",
    "import_members",
    "preview_members",
    "problem_line",
    "read_members",
]

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

#: Fields every list must give (§3.1), besides ``iin`` or ``no_iin_reason``.
REQUIRED = ("family_ref", "surname", "given_name", "birth_date", "sex", "relation")
#: Coded fields -> their code list (``resources/codelists``); ``sex`` has its own labels.
CODE_LISTS: Mapping[str, str] = {
    "relation": "relations",
    "no_iin_reason": "no_iin_reasons",
    "citizenship": "citizenships",
    "disability_group": "disability_groups",
    "care_status": "care_statuses",
    "placement_form": "placement_forms",
    "housing_type": "housing_types",
    "heating_type": "heating_types",
    "co_detector": "co_detector_answers",
    "map_level": "family_map_levels",
    "legal_basis": "legal_bases",
    "consent_form": "consent_forms",
    "categories": "family_categories",
}
#: Labels of the two sexes as lists write them (normalised), beside the codes M and F.
SEX_LABELS: Mapping[str, str] = {
    **dict.fromkeys(
        (
            "м",
            "м.",
            "муж",
            "муж.",
            "мужской",
            "мужчина",
            "ер",
            "ер.",
            "ер адам",
            "еркек",
            "male",
            "man",
        ),
        "M",
    ),
    **dict.fromkeys(
        (
            "ж",
            "ж.",
            "жен",
            "жен.",
            "женский",
            "женщина",
            "әйел",
            "әйел.",
            "әйел адам",
            "female",
            "woman",
        ),
        "F",
    ),
}
DATE_FIELDS = frozenset(
    {
        "birth_date",
        "disability_review_date",
        "pmpk_date",
        "since",
        "map_level_date",
        "consent_date",
        "police_registered_date",
        "school_registered_date",
    }
)
FLAG_FIELDS = frozenset(
    {
        "disability_since_childhood",
        "disability_indefinite",
        "special_needs",
        "rural",
        "police_registered",
        "school_registered",
    }
)
NUMBER_FIELDS = frozenset({"income_per_person"})
_TRUE = frozenset({"1", "да", "иә", "ия", "yes", "y", "+", "true", "истина", "бар"})
_FALSE = frozenset({"0", "нет", "жоқ", "no", "n", "-", "false", "ложь"})
_DATE_SUFFIX = re.compile(r"\s*(?:г|ж|года|жыл)\.?\s*$", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u202f]+")

#: Problem codes of this module (worded with the registry's problems).
KATO_CONFLICT = "family_kato_conflict"
FAMILY_PERSON_TWICE = "person_twice"
#: Shared with the objects path (``exporters/profile_objects.py``): a required field with
#: neither a column nor a constant, and a profile of the other target.
FIELD_NOT_MAPPED = "field_not_mapped"
WRONG_TARGET = "wrong_target"


#: English texts of the member codes for the command line (the GUI words every code itself).
MESSAGES: Mapping[str, str] = {
    FAMILY_PERSON_TWICE: "this person is already listed in row {first_row}",
    KATO_CONFLICT: "the family's first row (row {first_row}) gives the KATO code {kato}",
    FIELD_NOT_MAPPED: "no column and no constant of the profile gives this required field",
    WRONG_TARGET: "the profile's target is {target}, not members",
    "iin_length": "an IIN has exactly 12 digits ({length} given)",
    "iin_checksum": "the IIN's check digit is wrong (expected {expected}): check the number",
    "iin_never_valid": "no IIN is ever issued with these first 11 digits",
    "iin_not_a_date": "the IIN's first six digits are not a date",
    "iin_century_digit": "the IIN's 7th digit {digit} is not 1-6",
    "iin_date_mismatch": "the IIN encodes the birth date {encoded}, not the one given",
    "iin_sex_mismatch": "the IIN encodes the other sex",
    "iin_with_reason": "a person with an IIN has no reason for not having one",
    "iin_or_reason_required": "give the IIN or the reason there is none",
    "child_not_minor": "a child of the family must be under 18, this person is {age}",
    "birth_in_future": "the birth date is in the future",
    "number_format": "{value!r} is not a number",
    "applicant_twice": "a family has one reference person (applicant)",
}


def problem_line(problem: Problem) -> str:
    """Return a member list problem as one English line (row, field: message), no personal
    data but what the problem holds (a code, a row number, an encoded date)."""
    text = MESSAGES.get(problem.code)
    if text is None:
        return problem.as_text()
    params = {
        k: v.strftime("%d.%m.%Y") if isinstance(v, date) else v for k, v in problem.params.items()
    }
    try:
        message = text.format(**params)
    except (KeyError, IndexError, ValueError):
        message = problem.code
    where = [f"row {problem.row}"] if problem.row is not None else []
    if problem.column is not None:
        where.append(problem.column)
    return f"{', '.join(where) or 'file'}: {message}"


def duplicate_line(hint: DuplicateHint) -> str:
    """Return a duplicate warning as one English line without personal data."""
    kind = "same IIN as" if hint.kind == SAME_IIN else "similar name and birth date as"
    return f"row {hint.row}: {kind} stored person {hint.person_id}"


@dataclass(frozen=True)
class MemberRow:
    """One person of the list, as converted (``extra``: the other member and family fields)."""

    row: int
    family_ref: str
    kato: str
    address: str
    iin: str
    no_iin_reason: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: date | None
    sex: str
    relation: str
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DuplicateHint:
    """A stored person the row may be: ``same_iin`` (linked by default) or ``similar_name``
    (a new person by default). ``label`` (name, birth date, masked IIN) is for the screen only,
    never logged."""

    row: int
    kind: str
    person_id: int
    label: str


@dataclass(frozen=True)
class MembersPreview:
    """A list read, checked and matched with the store; nothing written.

    ``families`` and ``scope`` are what :func:`import_members` writes from a preview.
    """

    rows: tuple[MemberRow, ...]
    problems: tuple[Problem, ...]
    duplicates: tuple[DuplicateHint, ...]
    families_new: int = 0
    families_updated: int = 0
    members_new: int = 0
    members_linked: int = 0
    members_updated: int = 0
    warnings: tuple[Problem, ...] = ()
    families: tuple[ImportedFamily, ...] = ()
    scope: str = ""

    @property
    def ok(self) -> bool:
        """True when the list can be imported."""
        return not self.problems


@dataclass(frozen=True)
class MembersResult:
    """What an import did, in counts, with the warnings and the duplicates left as new people."""

    families_new: int
    families_updated: int
    members_new: int
    members_linked: int
    members_updated: int
    warnings: tuple[Problem, ...] = ()
    duplicates: tuple[DuplicateHint, ...] = ()


# -- cells --------------------------------------------------------------------------------


def _text(value: Any) -> str:
    return " ".join(display_text(value).split())


def _digits(value: Any, width: int) -> str:
    """An identifier's digits; a number cell lost its leading zeros, so they come back."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            return display_text(value)
        text = str(int(value))
        return text.zfill(width) if len(text) < width else text
    return normalize_digits(display_text(value).strip())


def _date(value: Any) -> date | None | object:
    if isinstance(value, str):
        value = _DATE_SUFFIX.sub("", value.strip())
    return parse_date(value)


def _flag(value: Any) -> bool | None | object:
    if blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return True if value == 1 else False if value == 0 else BAD
    text = normalise(value)
    return True if text in _TRUE else False if text in _FALSE else BAD


def _number(value: Any) -> Decimal | None | object:
    if blank(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Decimal(str(value))
    text = _SPACES.sub("", display_text(value)).replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return BAD


class _Codes:
    """Source text -> code of each coded field: the profile's values, the codes, the labels."""

    def __init__(self, store: Store, profile: ImportProfile) -> None:
        self.profile = profile
        self.known: dict[str, dict[str, str]] = {"sex": {"m": "M", "f": "F", **SEX_LABELS}}
        with store.session() as s:
            items = s.execute(
                select(CodeItem.list_name, CodeItem.code, CodeItem.kk, CodeItem.ru, CodeItem.en)
                .where(CodeItem.list_name.in_(list(CODE_LISTS.values())))
                .where(CodeItem.active.is_(True))
            ).all()
        by_list: dict[str, dict[str, str]] = {}
        for list_name, code, kk, ru, en in items:
            table = by_list.setdefault(list_name, {})
            for label in (kk, ru, en):
                table.setdefault(normalise(label), code)
            table[normalise(code)] = code
        for fld, list_name in CODE_LISTS.items():
            self.known[fld] = by_list.get(list_name, {})

    def code(self, fld: str, text: str) -> str | None:
        key = normalise(text)
        mapped = self.profile.values.get(fld, {}).get(key)
        if mapped is not None:
            return mapped
        return self.known.get(fld, {}).get(key)


# -- reading ------------------------------------------------------------------------------


class _Reader:
    """Converts and checks the rows of one list."""

    def __init__(self, codes: _Codes, today: date) -> None:
        self.codes = codes
        self.today = today
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def add(self, row: int | None, column: str | None, code: str, /, **params: object) -> None:
        self.problems.append(Problem(row, column, code, params))

    def value(self, row: int, fld: str, raw: Any) -> Any:
        """Convert one cell of ``fld``; a bad cell is reported and gives None."""
        if fld in DATE_FIELDS:
            parsed = _date(raw)
            if parsed is BAD:
                self.add(row, fld, "bad_date", value=_text(raw))
                return None
            if isinstance(parsed, date) and parsed > self.today:
                self.add(row, fld, "date_in_future", value=parsed)
                return None
            return parsed
        if fld in FLAG_FIELDS:
            flag = _flag(raw)
            if flag is BAD:
                self.add(row, fld, "bad_flag", value=_text(raw))
                return None
            return flag
        if fld in NUMBER_FIELDS:
            number = _number(raw)
            if number is BAD:
                self.add(row, fld, "number_format", value=_text(raw))
                return None
            return number
        if fld == "iin":
            return _digits(raw, 12)
        if fld == "kato":
            return _digits(raw, 9)
        if fld == "categories":
            found = []
            for part in re.split(r"[;,\n]", display_text(raw)):
                if part.strip():
                    code = self.codes.code(fld, part)
                    if code is None:
                        self.add(row, fld, "unknown_code", code=part.strip())
                    else:
                        found.append(code)
            return tuple(dict.fromkeys(found))
        text = _text(raw)
        if fld in CODE_LISTS or fld == "sex":
            if not text:
                return ""
            code = self.codes.code(fld, text)
            if code is None:
                self.add(row, fld, "unknown_code", code=text)
                return ""
            return code
        return text

    def member(self, row: int, cells: Mapping[str, Any]) -> MemberRow:
        v = {fld: self.value(row, fld, raw) for fld, raw in cells.items() if fld != "family_ref"}
        ref = _text(cells.get("family_ref"))
        for fld in REQUIRED:
            if fld == "family_ref":
                if not ref:
                    self.add(row, fld, "required")
            elif v.get(fld) in (None, "") and blank(cells.get(fld)):
                self.add(row, fld, "required")
        iin = str(v.get("iin") or "")
        if iin:
            for issue in check_iin(iin, v.get("birth_date"), v.get("sex") or None):
                target = self.problems if issue.severity == ERROR else self.warnings
                target.append(Problem(row, "iin", issue.code, dict(issue.params)))
            if v.get("no_iin_reason"):
                self.add(row, "no_iin_reason", "iin_with_reason")
        elif not v.get("no_iin_reason"):
            self.add(row, "iin", "iin_or_reason_required")
        own = {
            "kato",
            "address",
            "iin",
            "no_iin_reason",
            "surname",
            "given_name",
            "patronymic",
            "birth_date",
            "sex",
            "relation",
        }
        return MemberRow(
            row=row,
            family_ref=ref,
            kato=str(v.get("kato") or ""),
            address=str(v.get("address") or ""),
            iin=iin,
            no_iin_reason=str(v.get("no_iin_reason") or ""),
            surname=str(v.get("surname") or ""),
            given_name=str(v.get("given_name") or ""),
            patronymic=str(v.get("patronymic") or ""),
            birth_date=v.get("birth_date"),
            sex=str(v.get("sex") or ""),
            relation=str(v.get("relation") or ""),
            extra={k: x for k, x in v.items() if k not in own and x is not None},
        )


def _cells(
    columns: Mapping[str, int], cells: Sequence[Any], constants: Mapping[str, Any]
) -> dict[str, Any]:
    out = {fld: cells[n] for fld, n in columns.items()}
    for fld, value in constants.items():
        out.setdefault(fld, value)
    return out


def _present(row: MemberRow, given: frozenset[str]) -> dict[str, Any]:
    """Member and family values of a row, limited to the fields the list gives."""
    values: dict[str, Any] = {
        "kato": row.kato,
        "address": row.address,
        "iin": row.iin,
        "no_iin_reason": row.no_iin_reason,
        "surname": row.surname,
        "given_name": row.given_name,
        "patronymic": row.patronymic,
        "birth_date": row.birth_date,
        "sex": row.sex,
        "relation": row.relation,
        **row.extra,
    }
    return {k: v for k, v in values.items() if k in given}


def _group(
    rows: Sequence[MemberRow], given: frozenset[str], reader: _Reader
) -> list[ImportedFamily]:
    """Households by ``family_ref``: the first row's KATO and address, one KATO each, and
    nobody twice in the list."""
    by_ref: dict[str, list[MemberRow]] = {}
    for r in rows:
        by_ref.setdefault(r.family_ref, []).append(r)
    seen: dict[object, int] = {}
    for r in rows:
        key: object = r.iin or (person_name_key(r.surname, r.given_name), r.birth_date)
        if key in seen:
            reader.add(
                r.row, "iin" if r.iin else "surname", FAMILY_PERSON_TWICE, first_row=seen[key]
            )
        else:
            seen[key] = r.row
    families = []
    for ref, members in by_ref.items():
        first = members[0]
        kato = first.kato
        for r in members[1:]:
            if r.kato and kato and r.kato != kato:
                reader.add(r.row, "kato", KATO_CONFLICT, kato=kato, first_row=first.row)
        values = {k: v for k, v in _present(first, given).items() if k in FAMILY_FIELDS}
        for r in members[1:]:
            for k, v in _present(r, given).items():
                if k in FAMILY_FIELDS and k not in ("kato", "address") and v not in (None, ""):
                    values.setdefault(k, v)
        families.append(
            ImportedFamily(
                ref=ref,
                row=first.row,
                values=values,
                members=tuple(
                    ImportedMember(
                        r.row,
                        {k: v for k, v in _present(r, given).items() if k in MEMBER_FIELDS},
                    )
                    for r in members
                ),
            )
        )
    return families


def _problem(issue: RowIssue) -> Problem:
    return Problem(issue.row, issue.column, issue.code, dict(issue.params))


def _hints(candidates: Sequence[Any]) -> tuple[DuplicateHint, ...]:
    return tuple(DuplicateHint(c.row, c.kind, c.person_id, c.label) for c in candidates)


@collector_paused()
def preview_members(
    store: Store,
    path: Path,
    profile: ImportProfile,
    *,
    today: date,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> MembersPreview:
    """Read, check and match a member list; write nothing.

    Returns:
        The rows, the problems that refuse the list (file, rows, the families' rules), the
        duplicate hints by row and what importing would do.

    Raises:
        ImportCancelled: cancelled.
        RoleError: the user may not see personal data.
    """

    def stage(done: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(done, 100)

    stage(0)
    if profile.target != MEMBERS:
        return MembersPreview(
            (), (Problem(None, None, WRONG_TARGET, {"target": profile.target}),), ()
        )
    try:
        sheet = profile_sheet(read_sheets(Path(path), is_cancelled=is_cancelled), profile)
    except RegistryRejected as exc:
        return MembersPreview((), tuple(exc.problems), ())
    stage(30)
    problems = missing_headers(sheet, profile)
    given = frozenset(profile.columns) | frozenset(profile.constants)
    for fld in REQUIRED:
        if fld not in given:
            problems.append(Problem(None, fld, FIELD_NOT_MAPPED))
    if "iin" not in given and "no_iin_reason" not in given:
        problems.append(Problem(None, "iin", FIELD_NOT_MAPPED))
    if problems:
        return MembersPreview((), tuple(problems), ())
    columns, data = table_rows(sheet, profile)
    constants = {k: v for k, v in profile.constants.items() if k not in columns}
    repo = FamilyRepository(store)
    ctx = repo.context(today)
    reader = _Reader(_Codes(store, profile), today)
    rows = []
    for n, (row, cells) in enumerate(data):
        if n % 500 == 0:
            stage(30 + 30 * n // max(len(data), 1))
        rows.append(reader.member(row, _cells(columns, cells, constants)))
    if not rows:
        reader.add(None, None, "no_rows")
    families = _group(rows, given, reader)
    header = sheet[profile.header_row - 1] if profile.header_row <= len(sheet) else []
    scope = profile.name or header_signature(header)
    stage(60)
    if reader.problems:
        return MembersPreview(
            tuple(rows),
            tuple(reader.problems),
            (),
            warnings=tuple(reader.warnings),
            scope=scope,
        )
    plan, errors, done = check_members(store, families, ctx, scope=scope)
    stage(100)
    warnings = [
        *reader.warnings,
        *(_problem(w) for w in plan.warnings if not w.code.startswith("iin_")),
    ]
    return MembersPreview(
        tuple(rows),
        tuple(_problem(e) for e in errors),
        _hints(plan.candidates),
        done.families_new,
        done.families_updated,
        done.members_new,
        done.members_linked,
        done.members_updated,
        tuple(sorted(warnings, key=lambda p: (p.row or 0, p.column or ""))),
        tuple(families),
        scope,
    )


def read_members(
    store: Store, path: Path, profile: ImportProfile, *, today: date
) -> MembersPreview:
    """Alias of :func:`preview_members` without progress (for the command line)."""
    return preview_members(store, path, profile, today=today)


@collector_paused()
def import_members(
    store: Store,
    path_or_preview: Path | MembersPreview,
    profile: ImportProfile,
    *,
    user: str,
    today: date,
    links: Mapping[int, int | None] | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> MembersResult:
    """Import a member list through ``profile``, all-or-nothing.

    Args:
        path_or_preview: the ``.xlsx`` file, or its preview (read again from nothing else).
        links: Excel row -> stored person id to link, or None for a new person; rows absent
            take the default: a person with the same IIN is linked, other duplicates are new
            people and come back in :attr:`MembersResult.duplicates`.

    Raises:
        RegistryRejected: the file, a row or a household is invalid; nothing was written.
        PeriodLockedError: a household's change would alter an approved period; nothing written.
        RoleError: the user may not import families.
        ImportCancelled: cancelled; nothing was written.
    """
    if isinstance(path_or_preview, MembersPreview):
        preview = path_or_preview
    else:
        preview = preview_members(
            store,
            Path(path_or_preview),
            profile,
            today=today,
            progress=None if progress is None else lambda d, t: progress(d * 40 // t, 100),
            is_cancelled=is_cancelled,
        )
    if preview.problems:
        raise RegistryRejected(preview.problems)
    chosen = dict(links or {})
    ctx = FamilyRepository(store).context(today)
    try:
        done = write_members(
            store,
            preview.families,
            ctx,
            scope=preview.scope,
            user=user,
            links=chosen,
            progress=None if progress is None else lambda d, t: progress(40 + d * 60 // t, 100),
            is_cancelled=is_cancelled,
        )
    except MembersRejected as exc:
        raise RegistryRejected([_problem(i) for i in exc.issues]) from exc
    same_iin = {h.row for h in preview.duplicates if h.kind == SAME_IIN}
    # Rows that end up a new person although a stored one may be the same: warned.
    left = tuple(
        h
        for h in preview.duplicates
        if (chosen[h.row] is None if h.row in chosen else h.row not in same_iin)
    )
    logger.info("member list: %d rows, %d duplicate warnings", len(preview.rows), len(left))
    return MembersResult(
        done.families_new,
        done.families_updated,
        done.members_new,
        done.members_linked,
        done.members_updated,
        preview.warnings,
        left,
    )
