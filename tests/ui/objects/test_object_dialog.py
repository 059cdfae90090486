"""The object card: create by keyboard, refuse bad input, add a settlement, edit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.issues import Issue
from models.objects.context import validation_context
from models.objects.dto import ObjectDraft, ObjectFilter, PassportDraft
from models.objects.repository import ObjectRepository
from models.reference.identifiers import check_digit
from models.reference.repository import ReferenceRepository
from models.reference.tables import Settlement
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.keys import type_text
from tests.ui.questions import Answers, answer_questions
from ui.messages import issue_text
from ui.objects.object_dialog import ObjectDialog


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Close without saving when asked (a modal box would block teardown); record the questions."""
    return answer_questions(monkeypatch)


def valid_id(first11: str) -> str:
    """Return ``first11`` completed with its check digit (BIN or IIN)."""
    digit = check_digit(first11)
    assert digit is not None, "pick other digits: this prefix has no check digit"
    return first11 + str(digit)


BIN = valid_id("08054001234")
IIN = valid_id("90010130012")
WRONG_BIN = BIN[:11] + str((int(BIN[11]) + 1) % 10)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_dialog(qtbot: QtBot, store: Store, object_id: int | None = None) -> ObjectDialog:
    dialog = ObjectDialog(store, "admin", object_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.name_edit)
    return dialog


def tab(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def test_valid_ids_are_what_the_test_means() -> None:
    assert BIN[4] == "4" and IIN[4] == "0" and WRONG_BIN != BIN


def test_create_object_by_keyboard(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    form = dialog.form
    type_text(focused(), "Ақкөл №1 орта мектебі")
    tab(qtbot)
    assert focused() is form.type_combo
    # Type-ahead on the Kazakh label, then arrows down and back up.
    type_text(focused(), "жалпы")
    assert form.type_combo.currentData() == "EDU_SCHOOL"
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert form.type_combo.currentData() == "EDU_BOARDING"
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert form.type_combo.currentData() == "EDU_SCHOOL"
    tab(qtbot)
    qtbot.keyClicks(focused(), "113220100")
    tab(qtbot)
    assert focused() is form.address_edit
    type_text(focused(), "Абай көшесі, 12")
    tab(qtbot)
    type_text(focused(), "Ақкөл ауданының білім бөлімі")
    tab(qtbot)
    assert focused() is form.owner_bin_edit
    qtbot.keyClicks(focused(), BIN)
    assert not form.errors["owner_bin"].isVisible()
    tab(qtbot)
    type_text(focused(), "Ақкөл ауданы әкімдігі")
    tab(qtbot)
    qtbot.keyClicks(focused(), "3")
    tab(qtbot)
    assert focused() is form.year_edit
    qtbot.keyClicks(focused(), "1975")
    tab(qtbot)
    assert focused() is form.residential_check
    tab(qtbot)
    assert focused() is form.subject_check
    tab(qtbot)
    # Reason and exclusion date are disabled while the object is subject: Tab skips them.
    assert focused() is form.registered_edit
    assert form.registered_edit.text() == TODAY.strftime("%d.%m.%Y")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    object_id = saved.args[0]
    assert not dialog.isVisible()
    got = ObjectRepository(store).get(object_id)
    assert got == ObjectDraft(
        name="Ақкөл №1 орта мектебі",
        object_type="EDU_SCHOOL",
        kato="113220100",
        address="Абай көшесі, 12",
        owner_name="Ақкөл ауданының білім бөлімі",
        owner_bin=BIN,
        responsible_body="Ақкөл ауданы әкімдігі",
        floors=3,
        year_built=1975,
        residential=False,
        subject_to_passportization=True,
        exclusion_reason="",
        exclusion_date=None,
        registered_date=TODAY,
        object_ref=got.object_ref,
        id=object_id,
        uuid=got.uuid,
    )
    rows = [row for _key, row in ObjectRepository(store).page(ObjectFilter(text="ақкөл №1"))]
    assert [r.id for r in rows] == [object_id]


def _fill_valid(dialog: ObjectDialog, qtbot: QtBot) -> None:
    form = dialog.form
    form.name_edit.setFocus()
    type_text(form.name_edit, "Емхана")
    form.type_combo.setCurrentIndex(form.type_combo.findData("HEALTH_POLYCLINIC"))
    form.settlement.combo.setFocus()
    qtbot.keyClicks(form.settlement.combo, "113220100")


def _set_name(dialog: ObjectDialog, qtbot: QtBot) -> None:
    dialog.form.name_edit.selectAll()
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_Delete)


def _set(attr: str, text: str) -> Callable[[ObjectDialog, QtBot], None]:
    def action(dialog: ObjectDialog, qtbot: QtBot) -> None:
        widget = getattr(dialog.form, attr)
        widget.setFocus()
        qtbot.keyClicks(widget, text)

    return action


def _set_kato(text: str) -> Callable[[ObjectDialog, QtBot], None]:
    def action(dialog: ObjectDialog, qtbot: QtBot) -> None:
        combo = dialog.form.settlement.combo
        combo.lineEdit().selectAll()
        qtbot.keyClick(combo, Qt.Key.Key_Delete)
        qtbot.keyClicks(combo, text)

    return action


def _unsubject(dialog: ObjectDialog, qtbot: QtBot) -> None:
    dialog.form.subject_check.setFocus()
    qtbot.keyClick(dialog.form.subject_check, Qt.Key.Key_Space)
    assert not dialog.form.subject_check.isChecked()


@pytest.mark.parametrize(
    ("action", "field", "code"),
    [
        (_set("owner_bin_edit", WRONG_BIN), "owner_bin", "bin_checksum"),
        (_set("owner_bin_edit", IIN), "owner_bin", "bin_is_iin"),
        (_set("owner_bin_edit", "12345"), "owner_bin", "bin_length"),
        (_set_kato("12345"), "kato", "kato_format"),
        (_set_kato("551234567"), "kato", "kato_outside_office"),
        (_set_kato("991234567"), "kato", "kato_region_unknown"),
        (_set_name, "name", "required"),
        (_set("year_edit", "2100"), "year_built", "out_of_range"),
        (_set("floors_edit", "0"), "floors", "out_of_range"),
        (_unsubject, "exclusion_reason", "required"),
    ],
    ids=[
        "bin-check-digit",
        "iin-in-bin",
        "bin-short",
        "kato-5-digits",
        "kato-outside-district",
        "kato-no-region",
        "empty-name",
        "year-2100",
        "floors-0",
        "excluded-without-reason",
    ],
)
def test_invalid_input_keeps_dialog_open(
    qtbot: QtBot,
    store: Store,
    action: Callable[[ObjectDialog, QtBot], None],
    field: str,
    code: str,
) -> None:
    dialog = open_dialog(qtbot, store)
    _fill_valid(dialog, qtbot)
    action(dialog, qtbot)
    error = dialog.form.errors[field]
    # Live check: the message is there before Save.
    assert error.isVisible()
    ctx = validation_context(store, TODAY)
    params = {
        "kato_outside_office": {"office": ctx.office_kato},
        "kato_region_unknown": {"region": "99"},
        "out_of_range": {"low": 1800, "high": TODAY.year}
        if field == "year_built"
        else {"low": 1, "high": 100},
    }.get(code, {})
    assert error.text() == issue_text(Issue(field, code, params))
    saved: list[int] = []
    dialog.saved.connect(saved.append)
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert saved == []
    assert ObjectRepository(store).count(ObjectFilter()) == 0
    assert error.text() == issue_text(Issue(field, code, params))
    assert dialog.summary_label.isVisible()
    # The first bad field has the focus (the settlement combo for KATO codes).
    widget = dialog.form.widgets[field]
    assert widget is focused() or widget.isAncestorOf(focused())


def test_excluded_object_needs_reason_and_date_then_saves(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    _fill_valid(dialog, qtbot)
    _unsubject(dialog, qtbot)
    form = dialog.form
    assert form.errors["exclusion_date"].isVisible()
    form.reason_combo.setFocus()
    qtbot.keyClick(form.reason_combo, Qt.Key.Key_Down)
    assert form.reason_combo.currentText() == "Not open to the public"
    assert not form.errors["exclusion_reason"].isVisible()
    form.exclusion_date_edit.setFocus()
    qtbot.keyClicks(form.exclusion_date_edit, "31022026")
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.errors["exclusion_date"].text() == issue_text(
        Issue("exclusion_date", "date_format")
    )
    form.exclusion_date_edit.clear()
    qtbot.keyClicks(form.exclusion_date_edit, "01092026")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    got = ObjectRepository(store).get(saved.args[0])
    assert not got.subject_to_passportization
    assert got.exclusion_reason == "Not open to the public"
    assert got.exclusion_date == date(2026, 9, 1)


# The completer popup that opens while a code is typed asks the offscreen platform to raise it
# and grab the keyboard, which offscreen cannot do and says so.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_added_settlement_becomes_pickable(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store)
    picker = dialog.form.settlement
    assert picker.katos() == []
    picker.combo.setFocus()
    qtbot.keyClicks(picker.combo, "113220100")
    qtbot.keyClick(picker.combo, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settlement_dialog = picker.dialog
    assert settlement_dialog is not None
    assert QTest.qWaitForWindowExposed(settlement_dialog)
    assert settlement_dialog.kato_edit.text() == "113220100"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is settlement_dialog.name_kk_edit)
    type_text(focused(), "Ақкөл қаласы")
    # Save without the Russian name: refused, stays open.
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert settlement_dialog.isVisible()
    assert settlement_dialog.errors["name_ru"].text() == issue_text(Issue("name_ru", "required"))
    assert focused() is settlement_dialog.name_ru_edit
    type_text(focused(), "город Акколь")
    tab(qtbot)
    assert focused() is settlement_dialog.rural_check
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    with qtbot.waitSignal(settlement_dialog.saved):
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ReferenceRepository(store).settlements() == [
        ("113220100", "Ақкөл қаласы", "город Акколь")
    ]
    with store.session() as session:
        assert session.scalars(select(Settlement.rural)).all() == [False]
    assert picker.katos() == ["113220100"]
    assert picker.combo.currentText() == "Ақкөл қаласы (113220100)"
    assert picker.value() == "113220100"
    assert dialog.form.context().settlements == frozenset({"113220100"})
    # A code outside the list now gets the (non-blocking) warning.
    picker.combo.lineEdit().selectAll()
    qtbot.keyClicks(picker.combo, "113220200")
    assert dialog.form.errors["kato"].text() == issue_text(Issue("kato", "kato_unknown_settlement"))


def test_edit_shows_passport_versions_and_saves_changes(qtbot: QtBot, store: Store) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    object_id = repo.save(
        ObjectDraft(name="Әкімдік", object_type="GOV_AKIMAT", kato="113220100"), ctx, "admin"
    )
    levels = {"K": "VND", "O": "DP_I", "S": "DP_I", "G": "DP_I", "U": "DP_I"}
    repo.save_passport(
        object_id,
        PassportDraft(date(2026, 3, 1), date(2026, 3, 12), statuses=levels),
        ctx,
        "admin",
    )
    dialog = open_dialog(qtbot, store, object_id)
    assert dialog.form.name_edit.text() == "Әкімдік"
    assert dialog.form.registered_edit.text() == TODAY.strftime("%d.%m.%Y")
    assert [dialog.versions_list.item(i).text() for i in range(dialog.versions_list.count())] == [
        "Version 1, passport of 12.03.2026"
    ]
    assert not dialog.is_dirty()
    qtbot.keyClick(dialog.form.name_edit, Qt.Key.Key_End)
    type_text(dialog.form.name_edit, " ғимараты")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [object_id]
    assert repo.get(object_id).name == "Әкімдік ғимараты"
    assert repo.count(ObjectFilter()) == 1


@pytest.mark.parametrize("closed", [True, False])
def test_escape_asks_before_discarding(
    qtbot: QtBot,
    store: Store,
    _discard_on_close: Answers,
    closed: bool,
) -> None:
    asked = _discard_on_close
    dialog = open_dialog(qtbot, store)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    # Nothing typed: closes without asking.
    assert asked.texts == [] and not dialog.isVisible()
    dialog = open_dialog(qtbot, store)
    type_text(focused(), "Мектеп")
    asked.answers = [closed]
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert asked.texts == ["Discard the changes to this object?"]
    assert (asked.asked[0].yes, asked.asked[0].no) == ("Close without saving", "Continue editing")
    assert dialog.isVisible() is not closed
    assert ObjectRepository(store).count(ObjectFilter()) == 0
    dialog.confirm_discard = lambda: True  # type: ignore[method-assign]
