"""The family dialog: a household with members by keyboard in Kazakh, refusals, duplicates."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models.cases.dto import SignalDraft
from models.cases.repository import CaseRepository
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.families.tables import DuplicateDecision, Family, Person
from models.reference.identifiers import check_digit
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.keys import type_text
from tests.ui.questions import Answers, answer_questions
from ui.families.family_dialog import FamilyDialog
from ui.families.member_dialog import MemberDialog


def valid_iin(first11: str) -> str:
    digit = check_digit(first11)
    assert digit is not None
    return first11 + str(digit)


SON_IIN = valid_iin("12050150012")


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Answer every confirmation with its action (end, close without saving); record them."""
    return answer_questions(monkeypatch)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def family_count(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count(Family.id))) or 0)


def open_family(qtbot: QtBot, store: Store, family_id: int | None = None) -> FamilyDialog:
    dialog = FamilyDialog(store, "admin", family_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()))
    return dialog


def press_insert(qtbot: QtBot, dialog: FamilyDialog) -> MemberDialog:
    qtbot.keyClick(focused(), Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: dialog.member_dialog is not None)
    member = dialog.member_dialog
    assert member is not None
    assert QTest.qWaitForWindowExposed(member)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is member.form.iin_edit)
    return member


def save_member(qtbot: QtBot, dialog: FamilyDialog, member: MemberDialog) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.member_dialog is None)
    assert member.result() == MemberDialog.DialogCode.Accepted
    # The keyboard goes back to the members table of the family dialog.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.members_table)


def enter_member(
    qtbot: QtBot,
    iin: str,
    surname: str,
    given: str,
    patronymic: str,
    birth_digits: str,
    sex: str,
    relation: str,
) -> None:
    """Type a member from the IIN field on, Tab by Tab."""
    qtbot.keyClicks(focused(), iin)
    tab(qtbot)  # the reason for no IIN stays empty
    tab(qtbot)
    type_text(focused(), surname)
    tab(qtbot)
    type_text(focused(), given)
    tab(qtbot)
    type_text(focused(), patronymic)
    tab(qtbot)
    qtbot.keyClicks(focused(), birth_digits)
    tab(qtbot)
    qtbot.keyClicks(focused(), sex)
    tab(qtbot)
    type_text(focused(), relation)


def test_family_with_two_members_by_keyboard(qtbot: QtBot, store: Store) -> None:
    dialog = open_family(qtbot, store)
    form = dialog.form
    qtbot.keyClicks(focused(), "113220100")
    tab(qtbot)
    assert focused() is form.address_edit
    type_text(focused(), "Ақкөл қ., Әуезов к-сі, 12, 3-пәтер")
    tab(qtbot)
    qtbot.keyClicks(focused(), "U")  # urban
    tab(qtbot)
    qtbot.keyClicks(focused(), "+7 701 000 00 00")
    tab(qtbot)
    # Fixed vocabularies are code lists: labelled in the language (Kazakh in tests).
    type_text(focused(), "Жал")  # rented
    tab(qtbot)
    type_text(focused(), "Пеш")  # stove: coal comes first
    tab(qtbot)
    type_text(focused(), "Жоқ")  # no detector
    tab(qtbot)
    assert focused() is form.categories_list
    # The third category is "low-income": Down twice from the first, Space ticks it.
    form.categories_list.setCurrentRow(0)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert form.checked_categories() == ("LOW_INCOME",)
    tab(qtbot)
    qtbot.keyClicks(focused(), "D")
    tab(qtbot)
    qtbot.keyClicks(focused(), "01092026")
    tab(qtbot)
    type_text(focused(), "ОЦК тізімі")
    tab(qtbot)
    qtbot.keyClicks(focused(), "41250,50")
    tab(qtbot)
    type_text(focused(), "Ада")  # consent of the person
    tab(qtbot)
    type_text(focused(), "Жаз")  # in writing
    tab(qtbot)
    qtbot.keyClicks(focused(), "05102026")
    tab(qtbot)
    assert focused() is form.consent_by_edit and form.consent_by_edit.text() == "admin"

    member = press_insert(qtbot, dialog)
    enter_member(qtbot, "920302403450", "Қасымова", "Әлия", "Серікқызы", "02031992", "F", "өтініш")
    assert member.form.read().relation == "APPLICANT"
    save_member(qtbot, dialog, member)
    member = press_insert(qtbot, dialog)
    enter_member(qtbot, SON_IIN, "Қасымов", "Нұрлан", "Ержанұлы", "01052012", "M", "ұлы")
    assert member.form.validate().ok
    save_member(qtbot, dialog, member)
    assert dialog.members_table.rowCount() == 2
    assert dialog.members_table.item(0, 3).text() == "920302*****0"

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    family = FamilyRepository(store).get_family(saved.args[0])
    assert family.kato == "113220100"
    assert family.address == "Ақкөл қ., Әуезов к-сі, 12, 3-пәтер"
    assert family.rural is False and family.phone == "+7 701 000 00 00"
    assert (family.housing_type, family.heating_type, family.co_detector) == (
        "RENTED",
        "STOVE_COAL",
        "no",
    )
    assert family.categories == ("LOW_INCOME",)
    assert (family.map_level, family.map_level_date, family.map_level_source) == (
        "D",
        date(2026, 9, 1),
        "ОЦК тізімі",
    )
    assert str(family.income_per_person) == "41250.50"
    assert (family.legal_basis, family.consent_form, family.consent_date) == (
        "CONSENT",
        "WRITTEN",
        date(2026, 10, 5),
    )
    assert family.consent_recorded_by == "admin"
    mother, son = family.members
    assert (mother.surname, mother.given_name, mother.patronymic) == (
        "Қасымова",
        "Әлия",
        "Серікқызы",
    )
    assert (mother.iin, mother.birth_date, mother.sex, mother.relation) == (
        "920302403450",
        date(1992, 3, 2),
        "F",
        "APPLICANT",
    )
    assert (son.surname, son.given_name, son.iin, son.relation, son.since) == (
        "Қасымов",
        "Нұрлан",
        SON_IIN,
        "SON",
        TODAY,
    )


def base_family(*members: MemberDraft) -> FamilyDraft:
    return FamilyDraft(
        kato="113220100",
        legal_basis="STATUTORY",
        statutory_basis="Әлеуметтік кодекс, 133-бап",
        members=members,
    )


def fill_minimal_family(qtbot: QtBot, dialog: FamilyDialog) -> None:
    """Settlement and a statutory basis: enough for a household to be saved."""
    dialog.form.settlement.setFocus()
    qtbot.keyClicks(focused(), "113220100")
    dialog.form.legal_basis_combo.setFocus()
    type_text(focused(), "Заң")  # statutory basis
    dialog.form.statutory_edit.setFocus()
    type_text(focused(), "Әлеуметтік кодекс, 133-бап")


def test_invalid_iin_blocks_and_nothing_is_saved(qtbot: QtBot, store: Store) -> None:
    dialog = open_family(qtbot, store)
    fill_minimal_family(qtbot, dialog)
    member = press_insert(qtbot, dialog)
    enter_member(qtbot, "850715300123", "Сейітов", "Ерлан", "", "15071985", "M", "өтініш")
    assert member.form.issue_for("iin") == (
        "The IIN's check digit does not match (it should be 2): look for a mistyped digit."
    )
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert member.isVisible() and dialog.member_dialog is member
    assert QApplication.focusWidget() is member.form.iin_edit
    assert member.summary_label.text() == "1 field(s) need correcting before the member is kept."
    assert dialog.members == []
    assert family_count(store) == 0
    # Fixing the digit lets the member through.
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(focused(), "2")
    assert member.form.issue_for("iin") == ""
    save_member(qtbot, dialog, member)
    assert [m.iin for m in dialog.members] == ["850715300122"]


def test_birth_date_mismatch_warns_but_saves(qtbot: QtBot, store: Store) -> None:
    dialog = open_family(qtbot, store)
    fill_minimal_family(qtbot, dialog)
    member = press_insert(qtbot, dialog)
    enter_member(qtbot, "850715300122", "Сейітов", "Ерлан", "", "16071985", "M", "өтініш")
    text = member.form.issue_for("iin")
    assert "15.07.1985" in text and "IINs issued since 2013 need not encode it" in text
    save_member(qtbot, dialog, member)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (stored,) = FamilyRepository(store).get_family(saved.args[0]).members
    assert (stored.iin, stored.birth_date) == ("850715300122", date(1985, 7, 16))


@pytest.mark.parametrize(
    ("birth_digits", "message"),
    [
        ("01052000", "A child of the family must be under 18, but this person is 26"),
        ("01012027", "The birth date cannot be in the future."),
    ],
)
def test_adult_child_and_future_birth_are_refused(
    qtbot: QtBot, store: Store, birth_digits: str, message: str
) -> None:
    dialog = open_family(qtbot, store)
    fill_minimal_family(qtbot, dialog)
    member = press_insert(qtbot, dialog)
    enter_member(qtbot, "", "Сейітов", "Айдос", "", birth_digits, "M", "ұлы")
    member.form.no_iin_combo.setFocus()
    type_text(focused(), "Әлі")  # not issued yet
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert member.isVisible()
    assert QApplication.focusWidget() is member.form.birth_date_edit
    assert member.form.issue_for("birth_date").startswith(message)
    assert "b00020" in member.form.birth_date_edit.styleSheet()
    assert dialog.members == [] and family_count(store) == 0


def test_similar_name_banner_and_not_a_duplicate(qtbot: QtBot, store: Store) -> None:
    repo = FamilyRepository(store)
    existing = MemberDraft(
        surname="Қасымов",
        given_name="Нұрлан",
        relation="APPLICANT",
        birth_date=date(1990, 5, 1),
        sex="M",
        no_iin_reason="FOREIGNER",
    )
    other_family = repo.save_family(base_family(existing), repo.context(TODAY), "admin")
    dialog = open_family(qtbot, store)
    fill_minimal_family(qtbot, dialog)
    member = press_insert(qtbot, dialog)
    assert member.banner.isHidden()
    enter_member(qtbot, "", "Касымов", "Нурлан", "", "01051990", "M", "өтініш")
    tab(qtbot)  # leaving the relation; the birth date was left already
    assert member.banner.isVisible()
    assert member.banner.text() == (
        "Possible duplicate (similar name, same birth date): Қасымов Нұрлан, 01.05.1990, "
        f"IIN no IIN, family No. {other_family}"
    )
    (person_id,) = member.banner.rows
    _label, open_button, not_dup = member.banner.rows[person_id]
    # "Open the existing record" opens that family's dialog.
    # The member dialog only asks (family_open_requested); the family dialog opens it over it.
    with qtbot.waitSignal(member.family_open_requested) as requested:
        open_button.click()
    assert requested.args == [other_family]
    other = dialog.candidate_family_dialog
    assert other is not None and other.isVisible()
    assert other.family_id == other_family and other.parent() is member
    other.reject()
    not_dup.click()
    assert member.banner.isHidden()
    # Editing the name again does not bring the banner back for this pair.
    member.form.given_name_edit.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    type_text(focused(), " ")
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    tab(qtbot)
    assert member.banner.isHidden()
    member.form.no_iin_combo.setFocus()
    type_text(focused(), "Шет")  # foreigner
    save_member(qtbot, dialog, member)
    assert dialog.members[0].not_duplicate_of == (person_id,)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    new_person = FamilyRepository(store).get_family(saved.args[0]).members[0].person_id
    with store.session() as s:
        pairs = s.execute(select(DuplicateDecision.person_a_id, DuplicateDecision.person_b_id))
        assert [tuple(p) for p in pairs] == [tuple(sorted((person_id, new_person)))]
    # Stored: a later search for the new person leaves the pair out.
    stored = FamilyRepository(store).get_family(saved.args[0]).members[0]
    assert repo.duplicate_candidates(stored) == []


def test_same_iin_elsewhere_shows_banner_and_open_case(qtbot: QtBot, store: Store) -> None:
    repo = FamilyRepository(store)
    mother = MemberDraft(
        surname="Қасымова",
        given_name="Әлия",
        relation="APPLICANT",
        birth_date=date(1992, 3, 2),
        sex="F",
        iin="920302403450",
    )
    other_family = repo.save_family(base_family(mother), repo.context(TODAY), "admin")
    cases = CaseRepository(store)
    case_id = cases.open_case(
        SignalDraft(
            signal_date=date(2026, 11, 2),
            source="SCHOOL",
            description="Мектептен хабарлама",
            family_id=other_family,
        ),
        cases.context(TODAY),
        "admin",
    )
    number = cases.case_number(case_id)
    dialog = open_family(qtbot, store)
    fill_minimal_family(qtbot, dialog)
    member = press_insert(qtbot, dialog)
    qtbot.keyClicks(focused(), "920302403450")
    tab(qtbot)
    assert member.banner.isVisible()
    lines = member.banner.text().splitlines()
    assert lines[0] == (
        "Possible duplicate (same IIN): Қасымова Әлия, 02.03.1992, IIN 920302*****0, "
        f"family No. {other_family}"
    )
    assert lines[1].startswith(f"This IIN is in open case(s) {number}")
    with store.session() as s:
        assert s.scalar(select(func.count(Person.id))) == 1


def test_end_membership_with_del(qtbot: QtBot, store: Store, questions: Answers) -> None:
    repo = FamilyRepository(store)
    son = MemberDraft(
        surname="Қасымов",
        given_name="Нұрлан",
        relation="APPLICANT",
        birth_date=date(1990, 5, 1),
        sex="M",
        no_iin_reason="FOREIGNER",
    )
    family_id = repo.save_family(base_family(son), repo.context(TODAY), "admin")
    dialog = open_family(qtbot, store, family_id)
    dialog.members_table.setFocus()
    dialog.members_table.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.members_table, Qt.Key.Key_Delete)
    assert questions.texts == [
        "Қасымов Нұрлан no longer lives in this household: end the membership?"
    ]
    asked = questions.asked[0]
    assert (asked.yes, asked.no, asked.default) == (
        "End the membership",
        "Keep the member",
        "Keep the member",
    )
    assert dialog.members[0].until == TODAY
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_family(family_id).members[0].until == TODAY
