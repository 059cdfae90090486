"""First launch: the office and its administrator are set up by keyboard, the password typed
twice; bad codes, a short or mismatched password keep the dialog open and create nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.reference.offices import office_of
from models.setup import unlock_store
from models.store.keys import key_file_path
from tests.accounts import TEST_PASSWORD
from tests.ui.keys import type_text
from ui.messages import account_text
from ui.office_dialog import OfficeDialog


def _fill(
    qtbot: QtBot,
    dialog: OfficeDialog,
    kato: str,
    name_kk: str,
    name_ru: str,
    password: str = TEST_PASSWORD,
    repeat: str = TEST_PASSWORD,
) -> None:
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.kato_edit.setFocus()
    qtbot.keyClicks(dialog.kato_edit, kato)
    qtbot.keyClick(dialog.kato_edit, Qt.Key.Key_Tab)  # -> level (district is the default)
    type_text(dialog.name_kk_edit, name_kk)
    type_text(dialog.name_ru_edit, name_ru)
    qtbot.keyClicks(dialog.password.first, password)
    qtbot.keyClicks(dialog.password.second, repeat)


def test_office_set_up_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    dialog = OfficeDialog(path)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, "113200000", "Ақкөл ауданы", "Аккольский район")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.password.second, Qt.Key.Key_Return)
    store = dialog.store
    assert store is not None
    assert store.principal.login == "admin" and store.principal.role == "administrator"
    assert len(dialog.recovery_key.replace("-", "")) == 36
    office = office_of(store)
    assert (office.kato, office.level, office.name_kk) == ("113200000", "district", "Ақкөл ауданы")
    store.close()
    # The administrator logs in with the password typed twice.
    again = unlock_store(path, "admin", TEST_PASSWORD)
    assert again.principal.role == "administrator"
    again.close()


@pytest.mark.parametrize("kato", ["11320", "113220100", "993200000"])
def test_bad_office_code_keeps_dialog_open(qtbot: QtBot, tmp_path: Path, kato: str) -> None:
    path = tmp_path / "new.sqlite"
    dialog = OfficeDialog(path)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, kato, "Ақкөл ауданы", "Аккольский район")
    qtbot.keyClick(dialog.password.second, Qt.Key.Key_Return)
    assert dialog.error_label.text()
    assert dialog.store is None and not path.exists() and not key_file_path(path).exists()
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.kato_edit


@pytest.mark.parametrize(
    ("password", "repeat", "says"),
    [
        ("short1", "short1", "too_short"),
        (TEST_PASSWORD, TEST_PASSWORD + "x", "passwords_differ"),
        ("admin-admin", "admin-admin", None),
    ],
)
def test_weak_or_mismatched_password_keeps_dialog_open(
    qtbot: QtBot, tmp_path: Path, password: str, repeat: str, says: str | None
) -> None:
    path = tmp_path / "new.sqlite"
    dialog = OfficeDialog(path)
    qtbot.addWidget(dialog)
    if says is None:  # the password is the administrator's login
        dialog.admin_edit.setText("admin-admin")
        says = "same_as_login"
    _fill(qtbot, dialog, "113200000", "Ақкөл ауданы", "Аккольский район", password, repeat)
    qtbot.keyClick(dialog.password.second, Qt.Key.Key_Return)
    assert dialog.error_label.text() == account_text(says, {"login": "admin-admin"})
    assert dialog.password.first.text() == "" and dialog.password.second.text() == ""
    assert dialog.store is None and not path.exists() and not key_file_path(path).exists()
    assert dialog.isVisible()
