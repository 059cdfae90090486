"""The recovery key is shown once (issue 8): Continue only after the user confirms keeping it
(Escape does not skip it), Copy and Print; a plain store of an older version is encrypted in a
worker and its key shown; first launch creates the store and shows its key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models.setup import recover_access, unlock_store
from models.store.db import is_plain_sqlite
from models.store.keys import key_file_path
from tests.accounts import TEST_PASSWORD
from tests.ui.accounts.conftest import on_modal
from ui.accounts import key_dialog
from ui.accounts.encrypt_dialog import EncryptDialog
from ui.accounts.key_dialog import RecoveryKeyDialog
from ui.accounts.start import start_session
from ui.office_dialog import OfficeDialog, set_up
from ui.workers import JobRunner

KEY = "STJZ-9REY-23S3-N2EX-R3XR-HJDR-NX2T-322F-HMPA"
FIXTURES = Path(__file__).resolve().parents[2] / "migrations" / "fixtures"


def test_continue_only_after_confirming(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog(KEY, "/office/qoldau.sqlite")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.key_edit.text() == KEY and dialog.key_edit.isReadOnly()
    assert not dialog.continue_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.keyClick(dialog.confirm_check, Qt.Key.Key_Return)
    assert dialog.isVisible()  # neither Escape nor Enter skips the key
    qtbot.keyClick(dialog.confirm_check, Qt.Key.Key_Space)
    assert dialog.confirm_check.isChecked() and dialog.continue_button.isEnabled()
    qtbot.keyClick(dialog.confirm_check, Qt.Key.Key_Return)
    assert dialog.result() == RecoveryKeyDialog.DialogCode.Accepted


def test_copy_and_print(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = RecoveryKeyDialog(KEY, "/office/qoldau.sqlite")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == KEY
    previews: list[object] = []
    monkeypatch.setattr(key_dialog, "exec_preview", previews.append)
    dialog.print_button.click()
    assert dialog.printed and len(previews) == 1
    preview = previews[0]
    assert isinstance(preview, key_dialog.PreviewDialog)
    text = preview.document.toPlainText()
    assert KEY in text and "/office/qoldau.sqlite" in text
    preview.deleteLater()


def test_first_launch_creates_the_store_and_shows_its_key(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new" / "qoldau.sqlite"
    path.parent.mkdir()
    shown: list[str] = []

    def office(modal: QWidget) -> None:
        assert isinstance(modal, OfficeDialog)
        modal.kato_edit.setText("113200000")
        modal.name_kk_edit.setText("Ақкөл ауданы")
        modal.name_ru_edit.setText("Аккольский район")
        modal.password.first.setText(TEST_PASSWORD)
        modal.password.second.setText(TEST_PASSWORD)
        on_modal(key)
        qtbot.keyClick(modal.password.second, Qt.Key.Key_Return)

    def key(modal: QWidget) -> None:
        assert isinstance(modal, RecoveryKeyDialog)
        shown.append(modal.key)
        modal.confirm_check.setChecked(True)
        modal.continue_button.click()

    on_modal(office)
    store = set_up(path)
    assert store is not None and store.principal.login == "admin"
    assert len(shown) == 1
    store.close()
    # The key shown is the store's: it sets a new administrator password.
    recover_access(path, shown[0], "admin", "Another-password-1").close()


def test_a_plain_store_is_encrypted_and_its_key_shown(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "store_0005.sqlite", path)
    assert is_plain_sqlite(path)
    runner = JobRunner()
    shown: list[str] = []

    def encrypt(modal: QWidget) -> None:
        assert isinstance(modal, EncryptDialog)
        modal.login_edit.setText("admin")
        modal.new_password.first.setText(TEST_PASSWORD)
        modal.new_password.second.setText(TEST_PASSWORD)
        on_modal(key, tries=3000)
        qtbot.keyClick(modal.new_password.second, Qt.Key.Key_Return)
        assert modal.running and modal.busy_bar.isVisible()
        qtbot.keyClick(modal, Qt.Key.Key_Escape)  # no cancelling half-way
        assert modal.isVisible()

    def key(modal: QWidget) -> None:
        if not isinstance(modal, RecoveryKeyDialog):  # still encrypting
            on_modal(key, tries=3000)
            return
        shown.append(modal.key)
        modal.confirm_check.setChecked(True)
        modal.continue_button.click()

    on_modal(encrypt)
    store = start_session(path, env={}, runner=runner)
    runner.wait()
    assert store is not None and store.principal.role == "administrator"
    store.close()
    assert not is_plain_sqlite(path) and key_file_path(path).exists()
    assert len(shown) == 1
    unlock_store(path, "admin", TEST_PASSWORD).close()
    recover_access(path, shown[0], "admin", "Another-password-1").close()
