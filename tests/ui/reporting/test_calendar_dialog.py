"""The reporting calendar dialog (issue 10): previews, saving, and other roles read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from models.reporting.calendar import CALENDAR_KINDS, calendar_settings
from models.reporting.periods import HALF, MONTH, QUARTER, YEAR
from models.store.db import Store
from tests.accounts import as_role
from tests.store_templates import table_counts
from ui.reporting.calendar_dialog import ReportingCalendarDialog

TODAY = date(2026, 10, 5)  # a Monday


def _dialog(qtbot: QtBot, store: Store) -> ReportingCalendarDialog:
    dialog = ReportingCalendarDialog(store, "admin", today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _save_button(dialog: ReportingCalendarDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_previews_show_the_next_deadline_of_each_kind(qtbot: QtBot, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    assert dialog.days() == dict.fromkeys(CALENDAR_KINDS, 10)
    # Q3 and September end Wed 30.09: the 10th working day is 14.10. 2026-H1 was due 15.07
    # (6 July off) and 2025 on 19.01.2026, both past: the next are H2 and the year 2026, which
    # end Thu 31.12.2026 and are due Tue 19.01.2027 (1, 4 and 7 January off).
    assert dialog.previews[QUARTER].text() == "2026-Q3 → due 14.10.2026"
    assert dialog.previews[MONTH].text() == "2026-09 → due 14.10.2026"
    assert dialog.previews[HALF].text() == "2026-H2 → due 19.01.2027"
    assert dialog.previews[YEAR].text() == "2026 → due 19.01.2027"


def test_a_changed_value_updates_its_preview_before_saving(qtbot: QtBot, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    dialog.spins[QUARTER].setFocus()
    qtbot.keyClick(dialog.spins[QUARTER], Qt.Key.Key_Up)
    # 11th working day after 30.09.2026: Thu 15 October.
    assert dialog.spins[QUARTER].value() == 11
    assert dialog.previews[QUARTER].text() == "2026-Q3 → due 15.10.2026"
    assert calendar_settings(store)[QUARTER] == 10  # nothing saved yet


def test_save_stores_every_kind_and_emits_saved(qtbot: QtBot, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    dialog.spins[QUARTER].setValue(15)
    dialog.spins[YEAR].setValue(40)
    with qtbot.waitSignal(dialog.saved, timeout=1000):
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == ReportingCalendarDialog.DialogCode.Accepted
    assert calendar_settings(store) == {**dict.fromkeys(CALENDAR_KINDS, 10), QUARTER: 15, YEAR: 40}
    # 15th working day after 30.09.2026: 14 Oct is the 10th; 15, 16, 19, 20, 21 Wed.
    again = _dialog(qtbot, store)
    assert again.spins[QUARTER].value() == 15
    assert again.previews[QUARTER].text() == "2026-Q3 → due 21.10.2026"


def test_cancel_writes_nothing(qtbot: QtBot, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    dialog.spins[MONTH].setValue(3)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.result() == ReportingCalendarDialog.DialogCode.Rejected
    assert calendar_settings(store)[MONTH] == 10


def test_other_roles_see_it_read_only_and_the_store_refuses_them(
    qtbot: QtBot, store: Store
) -> None:
    supervisor = as_role(store, "boss", "supervisor")
    dialog = ReportingCalendarDialog(supervisor, "boss", today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.may_edit
    assert not _save_button(dialog).isEnabled()
    assert not any(spin.isEnabled() for spin in dialog.spins.values())
    assert dialog.previews[QUARTER].text() == "2026-Q3 → due 14.10.2026"

    # Even if the dialog let it through, the store refuses and nothing is written.
    before = table_counts(store.path)
    dialog.may_edit = True
    dialog.spins[QUARTER].setValue(20)
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()
    assert "does not allow" in dialog.error_label.text()
    assert dialog.error_label.isVisibleTo(dialog)
    assert calendar_settings(store)[QUARTER] == 10
    assert table_counts(store.path) == before
