"""The users dialog (issue 8): an administrator adds, disables, resets and changes the role of
accounts, written to the store; the models' refusals are said and nothing is changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models.reference.accounts import add_account, get_account, list_accounts
from models.setup import unlock_store
from models.store.db import Store
from models.store.keys import AuthError
from tests.accounts import TEST_PASSWORD
from tests.ui.accounts.conftest import on_modal
from tests.ui.keys import type_text
from tests.ui.questions import answer_questions
from ui.accounts.fields import role_label
from ui.accounts.password_dialog import NewPasswordDialog
from ui.accounts.users_dialog import AddUserDialog, RoleDialog, UsersDialog
from ui.messages import account_text


@pytest.fixture
def dialog(qtbot: QtBot, admin_store: Store) -> UsersDialog:
    d = UsersDialog(admin_store)
    qtbot.addWidget(d)
    with qtbot.waitExposed(d):
        d.show()
    return d


def _rows(dialog: UsersDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_add_a_user_by_keyboard(qtbot: QtBot, admin_store: Store, store_file: Path) -> None:
    add = AddUserDialog(admin_store)
    qtbot.addWidget(add)
    with qtbot.waitExposed(add):
        add.show()
    add.login_edit.setFocus()
    qtbot.keyClicks(add.login_edit, "aigerim")
    qtbot.keyClick(add.login_edit, Qt.Key.Key_Tab)
    type_text(add.name_edit, "Айгерім Серікова")
    qtbot.keyClick(add.name_edit, Qt.Key.Key_Tab)
    assert add.role_combo.currentData() == "specialist"  # the default
    qtbot.keyClick(add.role_combo, Qt.Key.Key_Up)  # -> supervisor
    qtbot.keyClick(add.role_combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(add.new_password.first, "First-password-1")
    qtbot.keyClick(add.new_password.first, Qt.Key.Key_Tab)
    qtbot.keyClicks(add.new_password.second, "First-password-1")
    with qtbot.waitSignal(add.added):
        qtbot.keyClick(add.new_password.second, Qt.Key.Key_Return)
    account = get_account(admin_store, "aigerim")
    assert account is not None
    assert (account.display_name, account.role, account.active, account.must_change_password) == (
        "Айгерім Серікова",
        "supervisor",
        True,
        True,
    )
    unlock_store(store_file, "aigerim", "First-password-1").close()


def test_a_taken_login_and_a_weak_password_are_refused(qtbot: QtBot, admin_store: Store) -> None:
    before = list_accounts(admin_store)
    add = AddUserDialog(admin_store)
    qtbot.addWidget(add)
    with qtbot.waitExposed(add):
        add.show()
    add.login_edit.setText("admin")
    add.new_password.first.setText("First-password-1")
    add.new_password.second.setText("First-password-1")
    qtbot.keyClick(add.new_password.second, Qt.Key.Key_Return)
    assert add.error_label.text() == account_text("login_exists", {"login": "admin"})
    add.login_edit.setText("new.user")
    add.new_password.first.setText("short")
    add.new_password.second.setText("short")
    qtbot.keyClick(add.new_password.second, Qt.Key.Key_Return)
    assert add.error_label.text() == account_text("too_short")
    add.login_edit.setText("two words")
    add.new_password.first.setText("First-password-1")
    add.new_password.second.setText("First-password-1")
    qtbot.keyClick(add.new_password.second, Qt.Key.Key_Return)
    assert add.error_label.text() == account_text("login_format")
    assert list_accounts(admin_store) == before


def test_the_list_shows_every_account(dialog: UsersDialog, admin_store: Store) -> None:
    add_account(admin_store, "viewer1", "viewer", TEST_PASSWORD, display_name="Қарлығаш")
    dialog.refresh()
    yes, no = dialog.tr("yes"), dialog.tr("no")
    assert _rows(dialog) == [
        ["admin", "admin", role_label("administrator"), yes, no],
        ["viewer1", "Қарлығаш", role_label("viewer"), yes, yes],
    ]


def test_disable_writes_the_store(
    qtbot: QtBot,
    dialog: UsersDialog,
    admin_store: Store,
    store_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_account(admin_store, "spec1", "specialist", TEST_PASSWORD)
    dialog.refresh(select="spec1")
    answer_questions(monkeypatch, True)
    dialog.disable_button.click()
    account = get_account(admin_store, "spec1")
    assert account is not None and not account.active
    assert _rows(dialog)[1][3] == dialog.tr("no")
    assert not dialog.disable_button.isEnabled()
    with pytest.raises(AuthError):
        unlock_store(store_file, "spec1", TEST_PASSWORD)


def test_the_last_administrator_cannot_be_disabled_or_demoted(
    qtbot: QtBot, dialog: UsersDialog, admin_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.select("admin")
    answer_questions(monkeypatch, True)
    dialog.disable_button.click()
    said = account_text("last_administrator", {"login": "admin"})
    assert dialog.error_label.text() == said

    def demote(modal: QWidget) -> None:
        assert isinstance(modal, RoleDialog)
        modal.role_combo.setCurrentIndex(modal.role_combo.findData("viewer"))
        qtbot.keyClick(modal.role_combo, Qt.Key.Key_Return)

    dialog.error_label.clear()
    on_modal(demote)
    dialog.role_button.click()
    assert dialog.error_label.text() == said
    account = get_account(admin_store, "admin")
    assert account is not None and account.active and account.role == "administrator"


def test_reset_password_writes_the_store(
    qtbot: QtBot, dialog: UsersDialog, admin_store: Store, store_file: Path
) -> None:
    add_account(admin_store, "spec1", "specialist", TEST_PASSWORD)
    dialog.refresh(select="spec1")
    seen: list[str] = []

    def reset(modal: QWidget) -> None:
        assert isinstance(modal, NewPasswordDialog)
        modal.new_password.first.setText("Given-password-9")
        modal.new_password.second.setText("Given-password-8")
        qtbot.keyClick(modal.new_password.second, Qt.Key.Key_Return)
        seen.append(modal.error_label.text())
        modal.new_password.first.setText("Given-password-9")
        modal.new_password.second.setText("Given-password-9")
        qtbot.keyClick(modal.new_password.second, Qt.Key.Key_Return)

    on_modal(reset)
    dialog.reset_button.click()
    assert seen == [account_text("passwords_differ")]
    account = get_account(admin_store, "spec1")
    assert account is not None and account.must_change_password
    unlock_store(store_file, "spec1", "Given-password-9").close()
    with pytest.raises(AuthError):
        unlock_store(store_file, "spec1", TEST_PASSWORD)


def test_change_role_writes_the_store(
    qtbot: QtBot, dialog: UsersDialog, admin_store: Store
) -> None:
    add_account(admin_store, "spec1", "specialist", TEST_PASSWORD)
    dialog.refresh(select="spec1")

    def promote(modal: QWidget) -> None:
        assert isinstance(modal, RoleDialog)
        modal.role_combo.setCurrentIndex(modal.role_combo.findData("supervisor"))
        qtbot.keyClick(modal.role_combo, Qt.Key.Key_Return)

    on_modal(promote)
    dialog.role_button.click()
    account = get_account(admin_store, "spec1")
    assert account is not None and account.role == "supervisor"
    assert _rows(dialog)[1][2] == role_label("supervisor")
