"""Switch user (issue 8): from the lock dialog the window closes and the login dialog opens; the
next user gets a window of their own role; cancelling the login quits."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from models.reference.accounts import add_account, change_password
from models.setup import unlock_store
from tests.accounts import TEST_PASSWORD
from tests.ui.accounts.conftest import on_modal
from ui import app as app_module
from ui.accounts.lock import LockDialog
from ui.accounts.login_dialog import LoginDialog
from ui.settings import UiSettings


@pytest.fixture
def viewer_file(store_file: Path) -> Path:
    """The store with the viewer ``dana`` who already chose her own password."""
    admin = unlock_store(store_file, "admin", TEST_PASSWORD)
    add_account(admin, "dana", "viewer", "First-password-1")
    admin.close()
    dana = unlock_store(store_file, "dana", "First-password-1")
    change_password(dana, "dana", "First-password-1", TEST_PASSWORD)
    dana.close()
    return store_file


def test_switch_user_logs_another_user_in(
    qtbot: QtBot, qapp: QApplication, viewer_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    host = app_module.WindowHost(
        qapp, unlock_store(viewer_file, "admin", TEST_PASSWORD), UiSettings()
    )
    first = host.show()  # closed and deleted by the host when switching
    assert first.families_page is not None
    logins: list[str] = []

    def at_lock(modal: QWidget) -> None:
        assert isinstance(modal, LockDialog)
        on_modal(at_login, tries=500)
        modal.switch_button.click()

    def at_login(modal: QWidget) -> None:
        if not isinstance(modal, LoginDialog):
            on_modal(at_login, tries=500)
            return
        logins.append(modal.login_edit.text())  # the environment's user is not reused
        modal.login_edit.setText("dana")
        modal.password_edit.setText(TEST_PASSWORD)
        qtbot.keyClick(modal.password_edit, Qt.Key.Key_Return)

    on_modal(at_lock)
    first.account_actions.lock()
    qtbot.waitUntil(lambda: host.window is not None and host.window is not first)
    second = host.window
    assert second is not None
    qtbot.addWidget(second)
    assert logins == [""]
    assert second.store.principal.login == "dana" and second.role == "viewer"
    assert second.families_page is None and second.cases_page is None
    assert not shiboken6.isValid(first) or not first.isVisible()
    assert not quits
    second.account_actions.stop()
    second.runner.wait()
    if second.auto_backups is not None:
        second.auto_backups.settle()
    second.store.close()


def test_cancelling_the_login_quits(
    qtbot: QtBot, qapp: QApplication, viewer_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    host = app_module.WindowHost(
        qapp, unlock_store(viewer_file, "admin", TEST_PASSWORD), UiSettings()
    )
    first = host.show()  # closed and deleted by the host when switching

    def at_login(modal: QWidget) -> None:
        if not isinstance(modal, LoginDialog):
            on_modal(at_login, tries=500)
            return
        modal.reject()

    on_modal(at_login, tries=500)
    host.switch_user()
    qtbot.waitUntil(lambda: bool(quits))
    assert host.window is None and not first.isVisible()
