"""The typical elements of each zone, which an office extends (issue 12, brief §2.4).

The code list ``zone_elements`` (``resources/codelists/zone_elements.csv``) holds the typical
elements of the zone annexes; each entry's note starts ``zone=<ZONE>``. An administrator adds
the office's own (code ``OFFICE_1``, ``OFFICE_2``... generated, never reused) and retires or
reactivates any of them: a retired element is no longer offered to new annex rows but stays
valid for the passports that hold it (``models/code_guard.py`` accepts retired codes).

Audit: ``code_item`` is audited by the ORM hook (``models/audit_hook.py``) for what a person
changes (an added element with its names, a retirement, a reactivation); the lists Qoldau seeds
when it opens a store are not, so a new store's trail does not start with hundreds of rows.

Validation: the zone must be one of ``functional_zones`` (read from the store: this layer knows
no passport tables); a name is required in Kazakh or Russian (``element_name_required``, field
``names``); the same name twice in a zone is refused (``element_name_taken``). A name given in
only one of the two languages is used for the other too, so no interface shows an empty label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.issues import ValidationError, ValidationReport
from models.reference.roles import Permission, require
from models.reference.tables import CodeItem
from models.store.db import Store
from models.text import has_control

LIST_NAME = "zone_elements"
#: The prefix of the codes an office adds.
OFFICE_PREFIX = "OFFICE_"
_ZONE_NOTE = re.compile(r"zone=([A-Z_]+)")


@dataclass(frozen=True)
class TypicalElement:
    """An entry of ``zone_elements``: its code, zone, names and whether forms offer it."""

    code: str
    zone: str
    kk: str
    ru: str
    en: str
    active: bool

    @property
    def office(self) -> bool:
        """Whether the office added it (its code was generated: ``OFFICE_<n>``; the seeded
        ``OFFICE_SERVICE`` is not)."""
        return is_office_code(self.code)

    def label(self, lang: str) -> str:
        """Return the name in ``lang`` (kk, ru or en), falling back to Kazakh, then Russian."""
        return str(getattr(self, lang, "") or self.kk or self.ru)


def is_office_code(code: str) -> bool:
    """Whether ``code`` is one generated for an office's element (``OFFICE_<digits>``)."""
    return code.startswith(OFFICE_PREFIX) and code[len(OFFICE_PREFIX) :].isdigit()


def zone_of(note: str) -> str:
    """Return the zone a ``zone_elements`` note names ("" when it names none)."""
    found = _ZONE_NOTE.search(note or "")
    return found.group(1) if found else ""


def element_zones(s: Session) -> dict[str, str]:
    """Return the zone of every element of the ``zone_elements`` list, retired ones too (a
    stored passport may name one): the one reader of the list's "zone=<ZONE>" notes, for the
    annex and photo rules and the norm rules."""
    rows = s.execute(
        select(CodeItem.code, CodeItem.note).where(CodeItem.list_name == "zone_elements")
    ).all()
    return {code: zone_of(note or "") for code, note in rows}


def _element(item: CodeItem) -> TypicalElement:
    return TypicalElement(
        item.code, zone_of(item.note), item.kk, item.ru, item.en, bool(item.active)
    )


def typical_elements(store: Store, zone: str | None = None) -> list[TypicalElement]:
    """Return the typical elements (retired ones too) in list order, of ``zone`` if given."""
    with store.session() as s:
        rows = s.scalars(
            select(CodeItem)
            .where(CodeItem.list_name == LIST_NAME)
            .order_by(CodeItem.sort_order, CodeItem.id)
        )
        found = [_element(r) for r in rows]
    return [e for e in found if zone is None or e.zone == zone]


def _zones(s: Session) -> set[str]:
    return set(s.scalars(select(CodeItem.code).where(CodeItem.list_name == "functional_zones")))


def validate_element(s: Session, zone: str, kk: str, ru: str, en: str) -> ValidationReport:
    """Check a new element of ``zone`` named ``kk``/``ru``/``en`` against the store."""
    report = ValidationReport()
    if zone not in _zones(s):
        report.add("zone", "unknown_code", code=zone)
    names = {"kk": kk.strip(), "ru": ru.strip(), "en": en.strip()}
    if not names["kk"] and not names["ru"]:
        report.add("names", "element_name_required")
    for fld, text in names.items():
        if has_control(text):
            report.add(fld, "control_chars")
    if report.ok:
        wanted = {n.casefold() for n in (names["kk"], names["ru"]) if n}
        for item in s.scalars(select(CodeItem).where(CodeItem.list_name == LIST_NAME)):
            if zone_of(item.note) != zone:
                continue
            if wanted & {item.kk.strip().casefold(), item.ru.strip().casefold()}:
                report.add("names", "element_name_taken", code=item.code)
                break
    return report


def _next_code(s: Session) -> str:
    codes = s.scalars(
        select(CodeItem.code).where(
            CodeItem.list_name == LIST_NAME, CodeItem.code.startswith(OFFICE_PREFIX)
        )
    )
    numbers = [int(c[len(OFFICE_PREFIX) :]) for c in codes if c[len(OFFICE_PREFIX) :].isdigit()]
    return f"{OFFICE_PREFIX}{max(numbers, default=0) + 1}"


def add_typical_element(
    store: Store, zone: str, kk: str, ru: str, en: str = "", user: str | None = None
) -> str:
    """Add the office's own typical element of ``zone`` and return its generated code.

    Raises:
        RoleError: ``not_allowed`` below administrator (``Permission.SETTINGS``).
        ValidationError: see the module's "Validation"; nothing is written.
    """
    with store.session(user) as s:
        require(s, Permission.SETTINGS)
        report = validate_element(s, zone, kk, ru, en)
        if not report.ok:
            raise ValidationError(report)
        kk, ru, en = kk.strip(), ru.strip(), en.strip()
        code = _next_code(s)
        last = s.scalar(
            select(func.max(CodeItem.sort_order)).where(CodeItem.list_name == LIST_NAME)
        )
        s.add(
            CodeItem(
                list_name=LIST_NAME,
                code=code,
                kk=kk or ru,
                ru=ru or kk,
                en=en,
                note=f"zone={zone} (added by the office)",
                sort_order=(last or 0) + 1,
                active=True,
            )
        )
        return code


def set_typical_element_active(
    store: Store, code: str, active: bool, user: str | None = None
) -> None:
    """Retire (``active`` False) or reactivate the typical element ``code``.

    Raises:
        RoleError: ``not_allowed`` below administrator (``Permission.SETTINGS``).
        ValidationError: ``unknown_code`` (field ``code``) when the list has no such element.
    """
    with store.session(user) as s:
        require(s, Permission.SETTINGS)
        item = s.scalars(
            select(CodeItem).where(CodeItem.list_name == LIST_NAME, CodeItem.code == code)
        ).first()
        if item is None:
            report = ValidationReport()
            report.add("code", "unknown_code", code=code)
            raise ValidationError(report)
        if bool(item.active) != active:
            item.active = active
