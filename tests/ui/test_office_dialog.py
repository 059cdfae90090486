"""First launch: the office is set up by keyboard, and bad codes keep the dialog open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.reference.offices import has_office, office_of
from models.setup import open_store
from tests.ui.keys import type_text
from ui.office_dialog import OfficeDialog


@pytest.fixture
def empty_store(tmp_path: Path):
    store = open_store(tmp_path / "new.sqlite", create=True)
    yield store
    store.close()


def _fill(qtbot: QtBot, dialog: OfficeDialog, kato: str, name_kk: str, name_ru: str) -> None:
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.kato_edit.setFocus()
    qtbot.keyClicks(dialog.kato_edit, kato)
    qtbot.keyClick(dialog.kato_edit, Qt.Key.Key_Tab)  # -> level (district is the default)
    type_text(dialog.name_kk_edit, name_kk)
    type_text(dialog.name_ru_edit, name_ru)


def test_office_set_up_by_keyboard(qtbot: QtBot, empty_store) -> None:
    dialog = OfficeDialog(empty_store)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, "113200000", "Ақкөл ауданы", "Аккольский район")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.name_ru_edit, Qt.Key.Key_Return)
    office = office_of(empty_store)
    assert (office.kato, office.level, office.name_kk) == ("113200000", "district", "Ақкөл ауданы")


@pytest.mark.parametrize("kato", ["11320", "113220100", "993200000"])
def test_bad_office_code_keeps_dialog_open(qtbot: QtBot, empty_store, kato: str) -> None:
    dialog = OfficeDialog(empty_store)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, kato, "Ақкөл ауданы", "Аккольский район")
    qtbot.keyClick(dialog.name_ru_edit, Qt.Key.Key_Return)
    assert dialog.error_label.text()
    assert not has_office(empty_store)
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.kato_edit
