"""First login with a password an administrator gave (issue 8): the change-password dialog comes
before the main window and cannot be skipped (Cancel quits); "Change my password" for anyone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models.reference.accounts import add_account, get_account
from models.setup import unlock_store
from models.store.db import Store
from models.store.keys import AuthError
from tests.accounts import TEST_PASSWORD
from tests.ui.accounts.conftest import on_modal
from ui.accounts.password_dialog import ChangePasswordDialog
from ui.accounts.start import password_changed, start_session
from ui.messages import account_text

FIRST = "First-password-1"
OWN = "Own-password-22"


@pytest.fixture
def new_user(admin_store: Store, store_file: Path) -> Path:
    """The administrator added ``aigerim`` (a specialist) with a first password."""
    add_account(admin_store, "aigerim", "specialist", FIRST, display_name="Айгерім")
    return store_file


def _change(qtbot: QtBot, modal: QWidget, old: str, new: str, repeat: str) -> None:
    assert isinstance(modal, ChangePasswordDialog)
    modal.old_edit.setText(old)
    modal.new_password.first.setText(new)
    modal.new_password.second.setText(repeat)
    qtbot.keyClick(modal.new_password.second, Qt.Key.Key_Return)


def test_first_login_changes_the_password_before_the_window(qtbot: QtBot, new_user: Path) -> None:
    said: list[str] = []

    def on_login(modal: QWidget) -> None:
        # The login dialog: aigerim logs in with the first password.
        modal.login_edit.setText("aigerim")  # type: ignore[attr-defined]
        modal.password_edit.setText(FIRST)  # type: ignore[attr-defined]
        on_modal(on_change)
        qtbot.keyClick(modal.password_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    def on_change(modal: QWidget) -> None:
        assert isinstance(modal, ChangePasswordDialog)
        # A mismatch first: refused, said, both new fields emptied.
        _change(qtbot, modal, FIRST, OWN, OWN + "x")
        said.append(modal.error_label.text())
        assert modal.isVisible() and modal.new_password.first.text() == ""
        _change(qtbot, modal, FIRST, OWN, OWN)

    on_modal(on_login)
    store = start_session(new_user, env={})
    assert store is not None
    assert said == [account_text("passwords_differ")]
    assert store.principal.login == "aigerim" and store.principal.role == "specialist"
    account = get_account(store, "aigerim")
    assert account is not None and not account.must_change_password
    store.close()
    unlock_store(new_user, "aigerim", OWN).close()
    with pytest.raises(AuthError):
        unlock_store(new_user, "aigerim", FIRST)


def test_cancel_quits_and_changes_nothing(qtbot: QtBot, new_user: Path) -> None:
    store = unlock_store(new_user, "aigerim", FIRST)
    on_modal(lambda modal: qtbot.keyClick(modal, Qt.Key.Key_Escape))
    assert password_changed(store) is False
    account = get_account(store, "aigerim")
    assert account is not None and account.must_change_password
    store.close()
    unlock_store(new_user, "aigerim", FIRST).close()  # the first password still works


def test_no_change_asked_of_an_own_password(qtbot: QtBot, admin_store: Store) -> None:
    assert password_changed(admin_store) is True  # no dialog shown


def test_change_my_password_refuses_a_wrong_current_one(
    qtbot: QtBot, admin_store: Store, store_file: Path
) -> None:
    dialog = ChangePasswordDialog(admin_store, "admin")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    _change(qtbot, dialog, "wrong-current", OWN, OWN)
    assert dialog.isVisible()
    assert dialog.error_label.text() == account_text("bad_login")
    assert dialog.old_edit.text() == "" and dialog.focusWidget() is dialog.old_edit
    _change(qtbot, dialog, TEST_PASSWORD, OWN, OWN)
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    unlock_store(store_file, "admin", OWN).close()
