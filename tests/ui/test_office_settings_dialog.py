"""Settings > Office settings... (issue 12): an administrator edits the office settings with the
keyboard, every change shows in the History, the zones' typical elements are added, retired and
reactivated, and any other role is refused with nothing written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.reference import settings as domain_settings
from models.reference.office_settings import OfficeSettings, read_office_settings
from models.reference.tables import CodeItem, Setting
from models.reference.typical_elements import typical_elements
from models.store.db import Store
from tests.accounts import as_role
from ui.audit.history_dialog import COL_FIELD, COL_NEW, COL_OLD
from ui.main_window import MainWindow
from ui.office_settings_dialog import NO_LIMIT, OfficeSettingsDialog
from ui.settings import UiSettings


@pytest.fixture
def admin(store: Store) -> Store:
    return as_role(store, "admin", "administrator")


@pytest.fixture
def dialog(qtbot: QtBot, admin: Store) -> Iterator[OfficeSettingsDialog]:
    d = OfficeSettingsDialog(admin, "admin")
    qtbot.addWidget(d)
    d.show()
    yield d


def type_number(qtbot: QtBot, spin: object, text: str) -> None:
    """Select a spin box's text and type ``text`` (ASCII digits), as a user does."""
    spin.setFocus()  # type: ignore[attr-defined]
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def stored(store: Store) -> dict[str, str]:
    with store.session() as s:
        return {k: v for k, v in s.execute(select(Setting.key, Setting.value))}


def test_the_dialog_shows_the_stored_settings(dialog: OfficeSettingsDialog) -> None:
    assert dialog.sanitary_check.isChecked()
    assert dialog.interval_spin.value() == 0
    assert dialog.interval_spin.text() == dialog.tr("none")
    assert dialog.large_spin.value() == 4
    assert dialog.plan_spin.value() == NO_LIMIT
    assert dialog.plan_spin.text() == dialog.tr("no limit")
    assert dialog.relaunch_spin.value() == 90
    assert dialog.values() == OfficeSettings()


def test_typed_settings_are_saved_and_shown_in_the_history(
    qtbot: QtBot, dialog: OfficeSettingsDialog, admin: Store
) -> None:
    type_number(qtbot, dialog.interval_spin, "5")
    type_number(qtbot, dialog.large_spin, "5")
    type_number(qtbot, dialog.plan_spin, "14")
    dialog.sanitary_check.setFocus()
    qtbot.keyClick(dialog.sanitary_check, Qt.Key.Key_Space)
    assert not dialog.sanitary_check.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
    assert dialog.result() == dialog.DialogCode.Accepted
    assert read_office_settings(admin) == OfficeSettings(
        sanitary_core_for_residential=False,
        reinspection_interval_years=5,
        large_family_minors=5,
        plan_due_days=14,
        relaunch_after_days=90,
    )
    assert stored(admin)[domain_settings.REINSPECTION_YEARS_KEY] == "5"
    # The history: each setting by its label, yes/no in words.
    dialog.open_history()
    history = dialog.history
    assert history is not None
    rows = {
        history.table.item(r, COL_FIELD).text(): (
            history.table.item(r, COL_OLD).text(),
            history.table.item(r, COL_NEW).text(),
        )
        for r in range(history.table.rowCount())
    }
    assert rows == {
        "SANITARY core for residential objects": ("Yes", "No"),
        "Re-inspection interval, years": ("0", "5"),
        "Large family: minors": ("4", "5"),
        "Plan due, days after identification": ("", "14"),
    }
    history.close()


def test_nothing_changed_writes_nothing(qtbot: QtBot, dialog: OfficeSettingsDialog) -> None:
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved == []
    dialog.open_history()
    assert dialog.history is not None and dialog.history.table.rowCount() == 0


@pytest.mark.parametrize("role", ["specialist", "supervisor"])
def test_another_role_is_refused_and_nothing_written(qtbot: QtBot, store: Store, role: str) -> None:
    other = as_role(store, "someone", role)
    before = stored(store)
    d = OfficeSettingsDialog(other, "someone")
    qtbot.addWidget(d)
    type_number(qtbot, d.interval_spin, "3")
    d.save()
    assert d.error_label.isVisibleTo(d) and d.error_label.text()
    assert d.result() != d.DialogCode.Accepted
    d.tabs.setCurrentIndex(1)
    d.kk_edit.setText("Бөлме")
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert d.error_label.isVisibleTo(d)
    assert stored(store) == before
    assert len(typical_elements(store)) == 28


def test_typical_elements_are_added_retired_and_reactivated(
    qtbot: QtBot, dialog: OfficeSettingsDialog, admin: Store
) -> None:
    dialog.tabs.setCurrentIndex(1)
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("SANITARY"))
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "TOILET",
        "SHOWER_BATH",
        "HOUSEHOLD_ROOM",
    ]
    # No name: refused under the Kazakh name, nothing written.
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.name_errors["kk"].isVisibleTo(dialog)
    assert dialog.table.rowCount() == 3
    # Non-ASCII names are set, never typed (PITFALLS.md).
    dialog.kk_edit.setText("Бала күтетін бөлме")
    dialog.ru_edit.setText("Комната матери и ребёнка")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.name_errors["kk"].isVisibleTo(dialog)
    assert dialog.table.rowCount() == 4
    assert dialog.table.item(3, 0).text() == "OFFICE_1"
    assert dialog.selected() is not None and dialog.selected().code == "OFFICE_1"
    assert dialog.kk_edit.text() == ""
    # Retire, then reactivate, with the same button.
    assert dialog.retire_button.text() == dialog.tr("Ret&ire")
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(3, 4).text() == dialog.tr("retired")
    assert dialog.retire_button.text() == dialog.tr("Reacti&vate")
    with admin.session() as s:
        active = s.scalar(select(CodeItem.active).where(CodeItem.code == "OFFICE_1"))
    assert active is False
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(3, 4).text() == dialog.tr("in use")
    # The same name again in the zone: refused.
    dialog.ru_edit.setText("комната матери и ребёнка")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.name_errors["kk"].isVisibleTo(dialog)
    assert dialog.table.rowCount() == 4


def test_the_settings_menu_offers_it_to_an_administrator_only(qtbot: QtBot, store: Store) -> None:
    for role, offered in (("supervisor", False), ("administrator", True)):
        window = MainWindow(as_role(store, f"{role}1", role), UiSettings())
        qtbot.addWidget(window)
        assert (window.office_settings_action is not None) is offered
        window.account_actions.stop()
        window.runner.wait()
