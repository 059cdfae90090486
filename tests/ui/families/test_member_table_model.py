"""The people list model: keyset pages, SQL prefix search in any case, masked IINs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.reference.identifiers import check_digit
from models.store.db import Store
from tests.conftest import TODAY
from ui.families.member_table_model import COL_BIRTH_DATE, COL_IIN, COL_SURNAME, MemberTableModel


def iin_for(birth: date, serial: int, sex_digit: str = "3") -> str:
    """Return a valid IIN for a birth date, the century/sex digit and a serial number."""
    while True:
        first11 = birth.strftime("%y%m%d") + sex_digit + f"{serial:04d}"
        digit = check_digit(first11)
        if digit is not None:
            return first11 + str(digit)
        serial += 1


def member(surname: str, given: str, birth: date, iin: str, relation: str) -> MemberDraft:
    return MemberDraft(
        surname=surname,
        given_name=given,
        relation=relation,
        birth_date=birth,
        sex="M",
        iin=iin,
    )


def family(*members: MemberDraft) -> FamilyDraft:
    return FamilyDraft(
        kato="113220100",
        legal_basis="STATUTORY",
        statutory_basis="Әлеуметтік кодекс, 133-бап",
        members=members,
    )


@pytest.fixture
def people(store: Store) -> FamilyRepository:
    """Store 3 named people plus 450 numbered ones, one household each."""
    repo = FamilyRepository(store)
    ctx = repo.context(TODAY)
    repo.save_family(
        family(
            member("ҚАСЫМОВ", "Ерлан", date(1985, 7, 15), "850715300122", "APPLICANT"),
            member("Қасымова", "Әлия", date(1992, 3, 2), "920302403450", "SPOUSE"),
            member("Иванов", "Пётр", date(2001, 12, 10), "011210500782", "OTHER_RELATIVE"),
        ),
        ctx,
        "admin",
    )
    birth = date(1980, 1, 1)
    drafts = [
        member(f"Adam{i:03d}", "Test", birth, iin_for(birth, i * 3), "APPLICANT")
        for i in range(450)
    ]
    for d in drafts:
        repo.save_family(family(d), ctx, "admin")
    return repo


def surnames(model: MemberTableModel) -> list[str]:
    return [model.index(r, COL_SURNAME).data() for r in range(model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, people: FamilyRepository) -> None:
    model = MemberTableModel(people.store, page_size=100)
    qtmodeltester.check(model)
    model.set_search("қас")
    qtmodeltester.check(model)


def test_pages_arrive_through_fetch_more(qtbot: QtBot, people: FamilyRepository) -> None:
    model = MemberTableModel(people.store, page_size=200)
    assert model.rowCount() == 200 and model.canFetchMore()
    assert model.count() == 453
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore()
    assert model.rowCount() == 400
    model.fetchMore()
    assert model.rowCount() == 453 and not model.canFetchMore()
    ids = [model.member_at(r).person_id for r in range(453)]
    assert len(set(ids)) == 453
    # Ordered by the folded name: "adam000" ... "adam449", then Cyrillic.
    assert surnames(model)[:2] == ["Adam000", "Adam001"]
    assert surnames(model)[-3:] == ["Иванов", "ҚАСЫМОВ", "Қасымова"]
    model.fetchMore()
    assert model.rowCount() == 453


def test_lowercase_kazakh_prefix_finds_uppercase_names(people: FamilyRepository) -> None:
    model = MemberTableModel(people.store)
    model.set_search("қасым")
    assert surnames(model) == ["ҚАСЫМОВ", "Қасымова"]
    assert model.count() == 2
    model.set_search("ИВАН")
    assert surnames(model) == ["Иванов"]
    model.set_search("adam44")
    assert surnames(model) == [f"Adam{i}" for i in range(440, 450)]
    model.set_search("нет такого")
    assert model.rowCount() == 0 and model.count() == 0 and not model.canFetchMore()


def test_iin_prefix_search_and_masked_iin(people: FamilyRepository) -> None:
    model = MemberTableModel(people.store)
    model.set_search("8507 15")
    assert surnames(model) == ["ҚАСЫМОВ"]
    assert model.index(0, COL_IIN).data() == "850715*****2"
    assert model.index(0, COL_BIRTH_DATE).data() == "15.07.1985"
    row = model.index(0, 0).data(MemberTableModel.RowRole)
    assert row.iin_masked == "850715*****2"
    # The full IIN is never in any cell of the list.
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "850715300122" not in texts
    model.set_search("0112")
    assert surnames(model) == ["Иванов"]
    model.set_search("")
    assert model.rowCount() == 200


def test_flat_table_and_headers(people: FamilyRepository) -> None:
    model = MemberTableModel(people.store)
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 0 and model.columnCount(parent) == 0
    assert not model.canFetchMore(parent)
    assert model.headerData(COL_IIN, Qt.Orientation.Horizontal) == "IIN (masked)"
    assert model.data(QModelIndex()) is None
