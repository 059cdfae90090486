"""The idle lock (issue 8): after the idle time (shortened here) every window is covered and the
same password unlocks; a wrong one is refused and counted; "Switch user" leaves; Ctrl+L locks
at once; the administrator sets the minutes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from models.reference.repository import ReferenceRepository
from models.store import keys
from models.store.db import Store
from tests.accounts import TEST_PASSWORD
from tests.ui.accounts.conftest import on_modal
from ui.accounts.actions import MINUTE_MS, IdleLockDialog
from ui.accounts.lock import Cover, LockDialog
from ui.main_window import MainWindow
from ui.messages import account_text
from ui.settings import UiSettings


@pytest.fixture
def window(qtbot: QtBot, admin_store: Store) -> Iterator[MainWindow]:
    w = MainWindow(admin_store, UiSettings())
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    yield w
    w.account_actions.stop()
    w.runner.wait()


def _unlock(qtbot: QtBot, modal: QWidget, password: str) -> None:
    assert isinstance(modal, LockDialog)
    modal.password_edit.setText(password)
    qtbot.keyClick(modal.password_edit, Qt.Key.Key_Return)


def test_the_default_is_the_setting(window: MainWindow) -> None:
    assert window.account_actions.idle.timer.interval() == 10 * MINUTE_MS


def test_idle_time_locks_and_the_same_password_unlocks(
    qtbot: QtBot, window: MainWindow, admin_store: Store
) -> None:
    seen: dict[str, object] = {}

    def at_lock(modal: QWidget) -> None:
        assert isinstance(modal, LockDialog)
        try:
            covers = [c for c in window.findChildren(Cover) if c.isVisible()]
            seen["covered"] = bool(covers) and covers[0].geometry() == window.rect()
            qtbot.keyClick(modal, Qt.Key.Key_Escape)  # does not unlock
            seen["still"] = modal.isVisible()
            _unlock(qtbot, modal, "wrong-password")
            seen["error"] = modal.error_label.text()
            seen["cleared"] = modal.password_edit.text()
            seen["counted"] = bool(keys.KeyFile.load(admin_store.path).failures.get("admin"))
        finally:
            # Back to a long idle time, else the window locks again 30 ms after unlocking.
            window.account_actions.idle.timer.setInterval(10 * MINUTE_MS)
            _unlock(qtbot, modal, TEST_PASSWORD)

    on_modal(at_lock)
    window.account_actions.idle.set_interval(30)
    qtbot.waitUntil(lambda: "error" in seen and not window.account_actions.locker.locked)
    assert seen["covered"] is True and seen["still"] is True
    assert seen["error"] == account_text("bad_login") and seen["cleared"] == ""
    assert seen["counted"] is True  # the wrong password counted toward the lock-out
    assert not [c for c in window.findChildren(Cover) if c.isVisible()]
    assert window.isVisible()
    assert window.account_actions.idle.timer.isActive()  # watching again


def test_typing_keeps_it_unlocked(qtbot: QtBot, window: MainWindow) -> None:
    idle = window.account_actions.idle
    idle.set_interval(400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(window.objects_page.search, Qt.Key.Key_A)
        assert not window.account_actions.locker.locked
    assert idle.timer.isActive() and idle.timer.remainingTime() > 250
    idle.set_interval(10 * MINUTE_MS)


def test_ctrl_l_locks_at_once_and_switch_user_leaves(qtbot: QtBot, window: MainWindow) -> None:
    switched: list[bool] = []
    window.switch_user.connect(lambda: switched.append(True))

    def at_lock(modal: QWidget) -> None:
        assert isinstance(modal, LockDialog)
        modal.switch_button.click()

    on_modal(at_lock)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(switched))
    assert not window.account_actions.locker.locked
    # The covers stay: the window closes under them (ui/app.py).
    assert [c for c in window.findChildren(Cover) if c.isVisible()]


def test_a_dialog_open_when_locked_is_covered_too(qtbot: QtBot, window: MainWindow) -> None:
    other = QDialog(window)
    qtbot.addWidget(other)
    other.resize(300, 200)
    other.show()
    seen: list[bool] = []

    def at_lock(modal: QWidget) -> None:
        seen.append(any(c.isVisible() for c in other.findChildren(Cover)))
        _unlock(qtbot, modal, TEST_PASSWORD)

    on_modal(at_lock)
    window.account_actions.lock()
    assert seen == [True]
    assert not any(c.isVisible() for c in other.findChildren(Cover))
    assert other.isVisible()


def test_the_administrator_sets_the_minutes(qtbot: QtBot, window: MainWindow) -> None:
    assert window.account_actions.idle_action.isVisible()

    def choose(modal: QWidget) -> None:
        assert isinstance(modal, IdleLockDialog)
        modal.minutes_spin.setValue(3)
        qtbot.keyClick(modal.minutes_spin, Qt.Key.Key_Return)

    on_modal(choose)
    window.account_actions.idle_action.trigger()
    assert ReferenceRepository(window.store).idle_lock_minutes() == 3
    assert window.account_actions.idle.timer.interval() == 3 * MINUTE_MS
