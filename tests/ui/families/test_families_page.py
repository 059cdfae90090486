"""The families page: search while typing (debounced), count, open by Enter, new by Ctrl+N."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.keys import type_text
from ui.families.member_table_model import COL_IIN, COL_SURNAME
from ui.families.page import FamiliesPage
from ui.workers import JobRunner


def household(*members: MemberDraft) -> FamilyDraft:
    return FamilyDraft(
        kato="113220100",
        legal_basis="STATUTORY",
        statutory_basis="Әлеуметтік кодекс, 133-бап",
        members=members,
    )


@pytest.fixture
def family_ids(store: Store) -> tuple[int, int]:
    repo = FamilyRepository(store)
    ctx = repo.context(TODAY)
    first = repo.save_family(
        household(
            MemberDraft(
                surname="ҚАСЫМОВА",
                given_name="Әлия",
                relation="APPLICANT",
                birth_date=date(1992, 3, 2),
                sex="F",
                iin="920302403450",
            )
        ),
        ctx,
        "admin",
    )
    second = repo.save_family(
        household(
            MemberDraft(
                surname="Иванов",
                given_name="Пётр",
                relation="APPLICANT",
                birth_date=date(1985, 7, 15),
                sex="M",
                iin="850715300122",
            )
        ),
        ctx,
        "admin",
    )
    return first, second


@pytest.fixture
def page(qtbot: QtBot, store: Store, family_ids: tuple[int, int]) -> FamiliesPage:
    widget = FamiliesPage(store, "admin", JobRunner(), today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    assert QTest.qWaitForWindowExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget.search)
    return widget


def shown(page: FamiliesPage) -> list[str]:
    model = page.model
    return [model.index(r, COL_SURNAME).data() for r in range(model.rowCount())]


def test_lists_everyone_with_masked_iins(page: FamiliesPage) -> None:
    assert shown(page) == ["Иванов", "ҚАСЫМОВА"]
    assert page.count_label.text() == "2 person(s)"
    assert page.model.index(0, COL_IIN).data() == "850715*****2"


def test_search_runs_while_typing_after_a_pause(qtbot: QtBot, page: FamiliesPage) -> None:
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        type_text(page.search, "қасы")
    assert shown(page) == ["ҚАСЫМОВА"]
    assert page.count_label.text() == "1 person(s)"
    page.search.clear()
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        qtbot.keyClicks(page.search, "8507")
    assert shown(page) == ["Иванов"]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and shown(page) == ["Иванов", "ҚАСЫМОВА"]


def test_enter_opens_the_household(
    qtbot: QtBot, page: FamiliesPage, family_ids: tuple[int, int]
) -> None:
    type_text(page.search, "ҚАС")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert shown(page) == ["ҚАСЫМОВА"]
    assert QApplication.focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.family_id == family_ids[0]
    assert QTest.qWaitForWindowExposed(page.dialog)
    # Only the member's own form shows the whole IIN; the family's table masks it.
    assert page.dialog.members_table.item(0, 3).text() == "920302*****0"
    page.dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)


def test_ctrl_n_adds_a_family_and_the_list_follows(
    qtbot: QtBot, page: FamiliesPage, store: Store
) -> None:
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.family_id is None
    assert QTest.qWaitForWindowExposed(dialog)
    repo = FamilyRepository(store)
    dialog.form.populate(
        household(
            MemberDraft(
                surname="Әбілов",
                given_name="Серік",
                relation="APPLICANT",
                birth_date=date(1980, 1, 1),
                sex="M",
                no_iin_reason="FOREIGNER",
            )
        )
    )
    dialog.members = list(dialog.form.read().members)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert repo.get_family(saved.args[0]).members[0].surname == "Әбілов"
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.count_label.text() == "3 person(s)"
    assert "Әбілов" in shown(page)
