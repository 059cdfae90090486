"""The login dialog (issue 8, reporting.md §5): Enter logs in; a wrong password is refused in
the UI language with the field cleared and focused; five wrong ones lock the login until a time
the dialog names; the recovery key sets a forgotten administrator password; QOLDAU_USER and
QOLDAU_PASSWORD log in without asking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.setup import unlock_store
from models.store import keys
from models.store.keys import AuthError, key_file_path
from tests.accounts import TEST_PASSWORD, TEST_RECOVERY_KEY
from tests.ui.accounts.conftest import on_modal
from ui.accounts.login_dialog import LoginDialog, RecoveryDialog, until_text
from ui.accounts.start import log_in
from ui.messages import account_text


def _type_login(qtbot: QtBot, dialog: LoginDialog, login: str, password: str) -> None:
    dialog.login_edit.setFocus()
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_enter_logs_in(qtbot: QtBot, store_file: Path) -> None:
    dialog = LoginDialog(store_file)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    _type_login(qtbot, dialog, "admin", TEST_PASSWORD)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.store is not None
    assert (dialog.store.principal.login, dialog.store.principal.role) == ("admin", "administrator")
    dialog.store.close()


def test_wrong_password_is_said_and_the_field_cleared(qtbot: QtBot, store_file: Path) -> None:
    keys_before = key_file_path(store_file).read_bytes()
    dialog = LoginDialog(store_file)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    _type_login(qtbot, dialog, "admin", "wrong-password")
    assert dialog.store is None and dialog.isVisible()
    assert dialog.error_label.text() == account_text("bad_login")
    assert dialog.password_edit.text() == ""
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.login_edit.text() == "admin"  # nothing else changes
    # The failure is counted in the key file (lock-out), nothing else of the store changed.
    assert keys.KeyFile.load(store_file).failures.get("admin")
    assert key_file_path(store_file).read_bytes() != keys_before
    # The right password then logs in.
    _type_login(qtbot, dialog, "admin", TEST_PASSWORD)
    assert dialog.store is not None
    dialog.store.close()


def test_unknown_login_says_the_same_as_a_wrong_password(qtbot: QtBot, store_file: Path) -> None:
    dialog = LoginDialog(store_file)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    _type_login(qtbot, dialog, "nobody", TEST_PASSWORD)
    assert dialog.error_label.text() == account_text("bad_login")


def test_locked_out_says_until_when(
    qtbot: QtBot, store_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(keys, "clock", lambda: now)
    dialog = LoginDialog(store_file)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    for _ in range(keys.LOCKOUT_FAILURES):
        _type_login(qtbot, dialog, "admin", "wrong-password")
    until = now + keys.LOCKOUT_TIME
    expected = account_text("locked_out", {"until": until_text(until)})
    assert dialog.error_label.text() == expected
    # Even the right password is refused until then, and says so.
    _type_login(qtbot, dialog, "admin", TEST_PASSWORD)
    assert dialog.store is None
    assert dialog.error_label.text() == expected
    assert dialog.password_edit.text() == ""
    # After the lock-out the right password logs in.
    monkeypatch.setattr(keys, "clock", lambda: until + timedelta(seconds=1))
    _type_login(qtbot, dialog, "admin", TEST_PASSWORD)
    assert dialog.store is not None
    dialog.store.close()


def test_until_text_is_local_time_with_the_date_when_not_today() -> None:
    today = datetime.now().astimezone().replace(hour=14, minute=5, second=0, microsecond=0)
    assert until_text(today) == "14:05"
    other = datetime(2026, 11, 20, 9, 30).astimezone()
    assert until_text(other).endswith("09:30") and "20.11.2026" in until_text(other)


def test_recovery_key_sets_a_new_administrator_password(qtbot: QtBot, store_file: Path) -> None:
    dialog = RecoveryDialog(store_file)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    # A mistyped key is refused and nothing changes.
    before = key_file_path(store_file).read_bytes()
    dialog.key_edit.setFocus()
    qtbot.keyClicks(dialog.key_edit, TEST_RECOVERY_KEY[:-1] + "0")
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.new_password.first, "New-password-2")
    qtbot.keyClicks(dialog.new_password.second, "New-password-2")
    qtbot.keyClick(dialog.new_password.second, Qt.Key.Key_Return)
    assert dialog.store is None
    assert dialog.error_label.text() == account_text("bad_recovery_key")
    assert key_file_path(store_file).read_bytes() == before
    # The right key sets the password.
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, TEST_RECOVERY_KEY.lower())
    dialog.new_password.first.setText("New-password-2")
    dialog.new_password.second.setText("New-password-2")
    qtbot.keyClick(dialog.new_password.second, Qt.Key.Key_Return)
    assert dialog.store is not None and dialog.store.principal.login == "admin"
    dialog.store.close()
    unlock_store(store_file, "admin", "New-password-2").close()
    with pytest.raises(AuthError):
        unlock_store(store_file, "admin", TEST_PASSWORD)


def test_forgot_password_opens_the_recovery_and_logs_in(qtbot: QtBot, store_file: Path) -> None:
    dialog = LoginDialog(store_file)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()

    def recover(modal: object) -> None:
        assert isinstance(modal, RecoveryDialog)
        modal.key_edit.setText(TEST_RECOVERY_KEY)
        modal.new_password.first.setText("New-password-3")
        modal.new_password.second.setText("New-password-3")
        qtbot.keyClick(modal.new_password.second, Qt.Key.Key_Return)

    on_modal(recover)
    dialog.forgot_button.click()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.store is not None and dialog.store.principal.role == "administrator"
    dialog.store.close()


def test_environment_logs_in_without_asking(qtbot: QtBot, store_file: Path) -> None:
    store = log_in(store_file, env={"QOLDAU_USER": "admin", "QOLDAU_PASSWORD": TEST_PASSWORD})
    assert store is not None and store.principal.login == "admin"
    store.close()


def test_a_wrong_environment_password_asks_saying_why(qtbot: QtBot, store_file: Path) -> None:
    seen: list[tuple[str, str]] = []

    def look(modal: object) -> None:
        assert isinstance(modal, LoginDialog)
        seen.append((modal.login_edit.text(), modal.error_label.text()))
        modal.reject()

    on_modal(look)
    store = log_in(store_file, env={"QOLDAU_USER": "admin", "QOLDAU_PASSWORD": "wrong-one"})
    assert store is None
    assert seen == [("admin", account_text("bad_login"))]
