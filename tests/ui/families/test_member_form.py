"""The member form: live IIN check (errors and warnings), birth-date rules, read back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from models.families.dto import MemberDraft
from models.families.repository import FamilyRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.keys import type_text
from ui.families.member_form import MemberForm


@pytest.fixture
def form(qtbot: QtBot, store: Store) -> MemberForm:
    widget = MemberForm(store, FamilyRepository(store).context(TODAY))
    qtbot.addWidget(widget)
    widget.show()
    assert QTest.qWaitForWindowExposed(widget)
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_date(qtbot: QtBot, edit: QWidget, digits: str) -> None:
    """Type a date's digits from the start of a masked date field, as a user does."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, digits)


def test_wrong_check_digit_is_an_error_while_typing(qtbot: QtBot, form: MemberForm) -> None:
    qtbot.keyClicks(form.iin_edit, "85071530012")
    assert form.issue_for("iin") == "An IIN has exactly 12 digits (11 typed)."
    qtbot.keyClicks(form.iin_edit, "3")
    assert form.issue_for("iin") == (
        "The IIN's check digit does not match (it should be 2): look for a mistyped digit."
    )
    report = form.validate()
    assert [i.code for i in report.errors if i.field == "iin"] == ["iin_checksum"]
    form.iin_edit.clear()
    qtbot.keyClicks(form.iin_edit, "850715300405")
    assert form.validate().errors[0].code == "iin_never_valid"
    assert form.issue_for("iin").startswith("No IIN is ever issued")


def test_birth_date_and_sex_mismatch_only_warn(qtbot: QtBot, form: MemberForm) -> None:
    qtbot.keyClicks(form.iin_edit, "850715300122")
    assert form.issue_for("iin") == ""
    type_date(qtbot, form.birth_date_edit, "16071985")
    assert "15.07.1985" in form.issue_for("iin")
    assert "since 2013 need not encode" in form.issue_for("iin")
    form.sex_combo.setFocus()
    qtbot.keyClicks(focused(), "F")
    assert form.read().sex == "F"
    report = form.validate()
    assert {i.code for i in report.warnings} == {"iin_date_mismatch", "iin_sex_mismatch"}
    assert not [i for i in report.errors if i.field == "iin"]


def test_future_birth_date_and_adult_child_are_errors(qtbot: QtBot, form: MemberForm) -> None:
    type_text(form.surname_edit, "Сейітов")
    type_text(form.given_name_edit, "Айдос")
    type_date(qtbot, form.birth_date_edit, "01012030")
    assert form.issue_for("birth_date") == "The birth date cannot be in the future."
    form.birth_date_edit.clear()
    type_date(qtbot, form.birth_date_edit, "01052000")
    form.relation_combo.setFocus()
    type_text(focused(), "ұлы")
    assert form.read().relation == "SON"
    report = form.validate()
    assert [(i.field, i.code) for i in report.errors if i.field == "birth_date"] == [
        ("birth_date", "child_not_minor")
    ]
    assert form.first_error_field(report) == "iin"  # neither an IIN nor a reason yet
    form.no_iin_combo.setFocus()
    type_text(focused(), "Әлі")  # not issued yet
    assert form.read().no_iin_reason == "NOT_ISSUED"
    report = form.validate()
    assert form.first_error_field(report) == "birth_date"
    form.show_issues(report)
    assert form.issue_for("birth_date").startswith("A child of the family must be under 18")


def test_partial_date_is_a_format_error(qtbot: QtBot, form: MemberForm) -> None:
    type_date(qtbot, form.birth_date_edit, "3102")
    assert form.issue_for("birth_date") == "Enter the date as dd.mm.yyyy, e.g. 20.11.2026."


def test_populate_and_read_round_trip(form: MemberForm) -> None:
    draft = MemberDraft(
        surname="Әбілова",
        given_name="Гүлнұр",
        patronymic="Серікқызы",
        relation="DAUGHTER",
        birth_date=date(2015, 4, 3),
        sex="F",
        no_iin_reason="NOT_ISSUED",
        citizenship="KANDAS",
        disability_group="GROUP_2",
        disability_since_childhood=True,
        disability_review_date=date(2027, 4, 1),
        special_needs=True,
        pmpk_date=date(2024, 9, 1),
        school="№3 мектеп",
        person_id=7,
        membership_id=9,
    )
    form.populate(draft)
    assert form.read() == draft
    assert form.issue_for("iin") == ""


# -- filled from the IIN (issue 11) ------------------------------------------------------------


def test_a_valid_iin_fills_an_empty_birth_date_and_sex_with_a_note(
    qtbot: QtBot, form: MemberForm
) -> None:
    qtbot.keyClicks(form.iin_edit, "85071530012")  # 11 digits: nothing to decode yet
    assert form.birth_date_edit.value() is None and form.read().sex == ""
    assert all(note.isHidden() for note in form.from_iin_notes.values())
    qtbot.keyClicks(form.iin_edit, "2")  # 850715 300122: 15.07.1985, digit 7 = 3 (male, 1900s)
    assert form.birth_date_edit.value() == date(1985, 7, 15)
    assert form.read().sex == "M"
    assert [n.text() for n in form.from_iin_notes.values()] == ["Filled from the IIN"] * 2
    assert all(note.isVisible() for note in form.from_iin_notes.values())
    assert form.issue_for("iin") == ""  # nothing contradicts the IIN


def test_what_the_user_typed_is_never_overwritten(qtbot: QtBot, form: MemberForm) -> None:
    type_date(qtbot, form.birth_date_edit, "16071985")
    form.iin_edit.setFocus()
    qtbot.keyClicks(form.iin_edit, "850715300122")
    assert form.birth_date_edit.value() == date(1985, 7, 16)  # typed, kept
    assert form.from_iin_notes["birth_date"].isHidden()
    assert form.read().sex == "M"  # was empty: filled
    assert form.from_iin_notes["sex"].isVisible()
    assert "15.07.1985" in form.issue_for("iin")  # the mismatch still only warns


def test_a_corrected_iin_refills_what_it_filled_but_not_a_later_edit(
    qtbot: QtBot, form: MemberForm
) -> None:
    qtbot.keyClicks(form.iin_edit, "850715300122")
    form.iin_edit.clear()
    # 120501 500120: 01.05.2012, digit 7 = 5 (male, 2000s); the check digit is valid.
    qtbot.keyClicks(form.iin_edit, "120501500120")
    assert form.birth_date_edit.value() == date(2012, 5, 1)
    # The user picks the sex: it is theirs now, and the note under it goes.
    form.sex_combo.setFocus()
    qtbot.keyClicks(focused(), "F")
    assert form.read().sex == "F"
    assert form.from_iin_notes["sex"].isHidden()
    form.iin_edit.clear()
    qtbot.keyClicks(form.iin_edit, "850715300122")
    assert form.birth_date_edit.value() == date(1985, 7, 15)  # still the IIN's: follows it
    assert form.read().sex == "F"  # the user's: kept
    assert form.validate().warnings[0].code == "iin_sex_mismatch"


def test_populating_a_stored_member_fills_nothing_and_shows_no_note(form: MemberForm) -> None:
    form.populate(MemberDraft("Қасымов", "Нұрлан", "SON", iin="850715300122"))
    assert form.birth_date_edit.value() is None and form.read().sex == ""
    assert all(note.isHidden() for note in form.from_iin_notes.values())


# -- care status, placement and registrations (issue 14) ---------------------------------------


def test_care_and_registrations_round_trip(form: MemberForm) -> None:
    draft = MemberDraft(
        surname="Сейітов",
        given_name="Арман",
        relation="FOSTER_CHILD",
        birth_date=date(2014, 5, 1),
        sex="M",
        no_iin_reason="NOT_ISSUED",
        care_status="WITHOUT_PARENTAL_CARE",
        placement_form="PROFESSIONAL_FOSTER",
        police_registered=True,
        police_registered_date=date(2026, 3, 10),
        school_registered=True,
        school_registered_date=date(2026, 2, 1),
    )
    form.populate(draft)
    assert form.read() == draft
    assert form.police_date_edit.isEnabled() and form.school_date_edit.isEnabled()
    form.populate(MemberDraft(surname="А", given_name="Б", relation="SON"))
    assert not form.police_date_edit.isEnabled() and not form.school_date_edit.isEnabled()


def test_placement_without_care_status_is_shown_and_fixed_by_keyboard(
    qtbot: QtBot, form: MemberForm
) -> None:
    form.populate(
        MemberDraft(
            surname="Сейітов",
            given_name="Арман",
            relation="FOSTER_CHILD",
            birth_date=date(2014, 5, 1),
            sex="M",
            no_iin_reason="NOT_ISSUED",
        )
    )
    form.placement_combo.setFocus()
    target = form.placement_combo.findData("FOSTER")
    while form.placement_combo.currentIndex() < target:
        qtbot.keyClick(form.placement_combo, Qt.Key.Key_Down)
    assert form.issue_for("placement_form").startswith(
        "A placement form applies only to an orphan or a child without parental care"
    )
    assert form.validate().errors[0].code == "placement_without_care_status"
    form.care_status_combo.setFocus()
    target = form.care_status_combo.findData("ORPHAN")
    while form.care_status_combo.currentIndex() < target:
        qtbot.keyClick(form.care_status_combo, Qt.Key.Key_Down)
    assert form.issue_for("placement_form") == ""
    # Ticking the police registration enables its date, which is then required.
    qtbot.keyClick(form, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.police_check.isChecked)
    assert form.police_date_edit.isEnabled()
    assert form.issue_for("police_registered_date") == ""
    assert [i.field for i in form.validate().errors] == ["police_registered_date"]
    type_date(qtbot, form.police_date_edit, "10032026")
    assert form.read().police_registered_date == date(2026, 3, 10)
    assert form.validate().ok
