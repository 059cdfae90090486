"""A passport or adaptation dated before the object's registration date (reporting.md §1).

The object card says so and offers, from the keyboard, to move the registration date back to
the earliest such date; the passport dialog offers the same when the passport typed is older.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.objects.tables import InfraObject
from models.reporting.periods import parse_period
from models.reporting.quality import REGISTERED_AFTER_PASSPORT, quality_checks
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import add_object, add_passport
from tests.ui.objects.test_passport_dialog import (
    APPROVED,
    all_full,
    fill_header,
    fill_levels,
    goto,
    open_dialog,
    save_by_keyboard,
)
from tests.ui.questions import answer_questions
from ui.i18n import format_date
from ui.objects.object_dialog import ObjectDialog


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer "discard" when qtbot closes a changed dialog at teardown (no modal hang)."""
    answer_questions(monkeypatch)


def registered_date(store: Store, object_id: int) -> date | None:
    with store.session() as s:
        return s.scalar(select(InfraObject.registered_date).where(InfraObject.id == object_id))


def object_with_passports(store: Store, registered: date, *passports: date) -> int:
    with store.session("bolat") as s:
        o = add_object(s, "№ 5 мектеп", registered=registered)
        for version, on in enumerate(passports, start=1):
            add_passport(s, o, version, on, requires=True, adapted=on + timedelta(days=200))
        return o.id


def test_object_card_offers_the_earliest_passport_date(qtbot: QtBot, store: Store) -> None:
    # Entered in the GUI on TODAY; re-inspected in 2025 after a first passport in 2019.
    oid = object_with_passports(store, TODAY, date(2019, 4, 2), date(2025, 6, 1))
    dialog = ObjectDialog(store, "bolat", oid, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    assert dialog.registration_contradicted()
    assert dialog.registration_label.isVisible()
    assert format_date(date(2019, 4, 2)) in dialog.registration_label.text()
    button = dialog.move_registration_button
    assert button.isVisible() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Keyboard: Tab reaches the button, Space moves the date back; nothing is saved yet.
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert dialog.form.registered_edit.value() == date(2019, 4, 2)
    assert not dialog.registration_label.isVisible()
    assert not button.isVisible()
    assert registered_date(store, oid) == TODAY

    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert registered_date(store, oid) == date(2019, 4, 2)
    found = {i.code for i in quality_checks(store, parse_period("2026"), TODAY)}
    assert REGISTERED_AFTER_PASSPORT not in found


def test_object_card_is_quiet_without_a_contradiction(qtbot: QtBot, store: Store) -> None:
    oid = object_with_passports(store, date(2010, 1, 1), date(2019, 4, 2))
    dialog = ObjectDialog(store, "bolat", oid, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.registration_label.isVisible()
    assert not dialog.move_registration_button.isVisible()
    # Typing a later registration date brings the offer up at once.
    dialog.form.registered_edit.set_value(date(2020, 1, 1))
    assert dialog.move_registration_button.isVisible()
    dialog.form.registered_edit.clear()  # empty: in the register for every period
    assert not dialog.move_registration_button.isVisible()


def test_new_object_defaults_to_the_entry_day(qtbot: QtBot, store: Store) -> None:
    dialog = ObjectDialog(store, "bolat", today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.form.registered_edit.value() == TODAY
    assert not dialog.registration_contradicted()


@pytest.mark.parametrize("move", [True, False], ids=["moved", "kept"])
def test_passport_dated_before_the_registration(qtbot: QtBot, store: Store, move: bool) -> None:
    # Registered today (the dialog checks against the real day); the passport is older.
    oid = object_with_passports(store, date.today())
    dialog = open_dialog(qtbot, store, oid)
    assert not dialog.move_registration_check.isVisible()
    fill_header(qtbot, dialog.form)  # passport date APPROVED, five days ago
    assert dialog.registration_label.isVisible()
    check = dialog.move_registration_check
    assert check.isVisible() and check.isChecked()
    assert format_date(APPROVED) in check.text()
    if not move:
        goto(qtbot, check)
        qtbot.keyClick(check, Qt.Key.Key_Space)
        assert not check.isChecked()
    fill_levels(qtbot, dialog.form, all_full())

    save_by_keyboard(qtbot, dialog)

    assert registered_date(store, oid) == (APPROVED if move else date.today())
    found = {i.code for i in quality_checks(store, parse_period("2026"), date.today())}
    assert (REGISTERED_AFTER_PASSPORT in found) is not move
