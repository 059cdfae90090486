"""No personal data in a report package (issue 4): every cell and the manifest are scanned.

A store with families (members with real, valid IINs, Kazakh names, addresses) and open cases is
exported; the families do reach the package as counts (B1, B4), and not one IIN, surname, given
name, patronymic or family address may appear anywhere in the workbook or the manifest. The
person names are chosen so that they cannot collide with object names or code-list labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from exporters.package import write_package
from exporters.package_layout import workbook_name
from exporters.package_verify import verify_package
from models.cases.dto import SignalDraft
from models.cases.repository import CaseRepository
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.reference.identifiers import check_digit, is_iin
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import add_object, add_passport

KATO = "113220100"
PERIOD = "2026-Q3"


def make_iin(born: date, sex: str, serial: int) -> str:
    """Return a valid IIN for a birth date and sex (digit 7: century and sex)."""
    century = (3 if sex == "M" else 4) if born.year < 2000 else (5 if sex == "M" else 6)
    while True:
        first11 = f"{born:%y%m%d}{century}{serial:04d}"
        digit = check_digit(first11)
        if digit is not None:
            return first11 + str(digit)
        serial += 1


@dataclass(frozen=True)
class Person:
    surname: str
    given_name: str
    patronymic: str
    born: date
    sex: str
    relation: str


HOUSEHOLDS: tuple[tuple[str, tuple[Person, ...]], ...] = (
    (
        "Ақкөл қ., Ыбырай Алтынсарин к-сі, 47, 12-пәтер",
        (
            Person("Жұмабекова", "Ақмарал", "Қанатқызы", date(1988, 4, 17), "F", "APPLICANT"),
            Person("Жұмабеков", "Ерасыл", "Дәуренұлы", date(2014, 9, 3), "M", "SON"),
            Person("Жұмабекова", "Інжу", "Дәуренқызы", date(2019, 1, 28), "F", "DAUGHTER"),
        ),
    ),
    (
        "Жалғызқарағай а., Тәуелсіздік к-сі, 8",
        (
            Person("Төлеуғазиев", "Бауыржан", "Сапарбекұлы", date(1979, 11, 2), "M", "APPLICANT"),
            Person("Төлеуғазиева", "Гүлназ", "Ерболқызы", date(1983, 6, 21), "F", "SPOUSE"),
            Person("Төлеуғазиев", "Нұрсұлтан", "Бауыржанұлы", date(2011, 2, 14), "M", "SON"),
        ),
    ),
    (
        "Ақкөл қ., Мағжан Жұмабаев к-сі, 103",
        (
            Person("Сәрсенбаева", "Айгерім", "Мұратқызы", date(1995, 12, 9), "F", "APPLICANT"),
            Person("Сәрсенбаев", "Әлихан", "Жандосұлы", date(2020, 7, 30), "M", "SON"),
        ),
    ),
)

#: Objects of the register: their names and addresses may (and do) appear in A3.
OBJECTS = ("№1 орта мектеп", "Аудандық емхана", "Мәдениет үйі", "Теміржол вокзалы")


def fill_store(store: Store) -> list[str]:
    """Add the objects, the households and an open case per household; return the IINs."""
    with store.session() as s:
        for i, name in enumerate(OBJECTS):
            o = add_object(s, name, kato=KATO)
            if i < 3:
                add_passport(s, o, 1, date(2026, 3, 10 + i), requires=i == 1)
    families = FamilyRepository(store)
    cases = CaseRepository(store)
    ctx = families.context(TODAY)
    iins: list[str] = []
    for h, (address, people) in enumerate(HOUSEHOLDS):
        members = []
        for j, p in enumerate(people):
            iin = make_iin(p.born, p.sex, 100 * h + 10 * j + 1)
            assert is_iin(iin)
            iins.append(iin)
            members.append(
                MemberDraft(
                    surname=p.surname,
                    given_name=p.given_name,
                    patronymic=p.patronymic,
                    relation=p.relation,
                    birth_date=p.born,
                    sex=p.sex,
                    iin=iin,
                    since=date(2026, 1, 1),  # before the period: members at its end
                )
            )
        fid = families.save_family(
            FamilyDraft(
                kato=KATO,
                address=address,
                phone=f"+7 701 555 {h:02d} {h + 40:02d}",
                map_level="C",
                map_level_date=date(2026, 7, 1),
                legal_basis="CONSENT",
                consent_form="WRITTEN",
                consent_date=date(2026, 7, 15),
                consent_recorded_by="admin",
                members=tuple(members),
            ),
            ctx,
            "admin",
        )
        signal = SignalDraft(date(2026, 8, 3 + h), "SCHOOL", "Мектептен хабарлама", family_id=fid)
        cases.open_case(signal, ctx, "admin")
    return iins


def needles(store: Store, iins: list[str]) -> set[str]:
    """Every IIN, name and family address, as read back from the store (so they are there)."""
    families = FamilyRepository(store)
    found: set[str] = set(iins)
    with store.session() as s:
        from sqlalchemy import select

        from models.families.tables import Family

        ids = list(s.scalars(select(Family.id)))
    assert len(ids) == len(HOUSEHOLDS)
    for fid in ids:
        draft = families.get_family(fid)
        found.add(draft.address)
        for m in draft.members:
            found.update({m.surname, m.given_name, m.patronymic, m.iin})
    expected = {x for _a, people in HOUSEHOLDS for p in people for x in (p.surname, p.given_name)}
    assert expected <= found
    return {n for n in found if n}


def cell_texts(path: Path) -> list[tuple[str, str, str]]:
    """(sheet, cell, text) of every non-empty cell of every sheet, headers and footers too."""
    wb = openpyxl.load_workbook(path)  # normal mode: all cells, print titles, properties
    out: list[tuple[str, str, str]] = []
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        out.append((ws.title, c.coordinate, str(c.value)))
            for hf in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.evenFooter):
                for part in (hf.left, hf.center, hf.right):
                    if part.text:
                        out.append((ws.title, "header/footer", part.text))
        props = wb.properties
        for name in ("creator", "title", "subject", "description", "keywords", "lastModifiedBy"):
            value = getattr(props, name)
            if value:
                out.append(("properties", name, str(value)))
    finally:
        wb.close()
    return out


@pytest.fixture
def package(store: Store, tmp_path: Path) -> tuple[Path, set[str], Any]:
    iins = fill_store(store)
    data = compute_report(store, parse_period(PERIOD), today=TODAY)
    assert not any(w.blocking for w in data.warnings)
    out = tmp_path / "usb"
    out.mkdir()
    manifest = write_package(data, out, app_version="test")
    return manifest, needles(store, iins), data


def test_the_families_reach_the_package_as_counts(package: tuple[Path, set[str], Any]) -> None:
    manifest, _needles, data = package
    assert verify_package(manifest, receiver=None).ok
    # Three open cases opened in Q3; children under 18 on 30.09.2026: Ерасыл, Інжу,
    # Нұрсұлтан, Әлихан.
    assert sum(r.cases_opened for r in data.b1) == 3
    assert sum(r.cases_open_at_end for r in data.b1) == 3
    assert sum(r.children_in_open_cases for r in data.b1) == 4
    assert {r.code: r.counts[0] for r in data.b4}["C"] == 3
    assert len(data.a3) == 3


def test_no_iin_name_or_address_anywhere(package: tuple[Path, set[str], Any]) -> None:
    manifest, personal, data = package
    assert len(personal) >= 8 + 3 + len(HOUSEHOLDS)  # IINs, names and addresses
    texts = cell_texts(manifest.parent / workbook_name(data.office.kato, PERIOD))
    assert len(texts) > 100  # the scan really reads the sheets
    # Object names do appear (objects are not personal data): the scan sees A3's rows.
    assert any(t == "№1 орта мектеп" for _s, _c, t in texts)
    leaks = [
        (sheet, cell, needle)
        for sheet, cell, text in texts
        for needle in personal
        if needle.casefold() in text.casefold()
    ]
    assert leaks == []
    manifest_text = manifest.read_text(encoding="utf-8").casefold()
    assert [n for n in personal if n.casefold() in manifest_text] == []
