"""The main window's account actions: File > Lock (Ctrl+L) and Change my password, Settings >
Users and Idle lock for administrators, the idle lock itself and the status-bar "login (role)"."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import QoldauError
from models.reference.repository import ReferenceRepository
from models.reference.roles import Permission, allows
from models.reference.settings import IDLE_LOCK_RANGE
from models.store.db import Store
from ui.accounts.fields import error_label, role_label
from ui.accounts.lock import IdleWatcher, Locker
from ui.accounts.users_dialog import refusal

logger = logging.getLogger(__name__)

#: Milliseconds in a minute (the idle lock's setting is in minutes).
MINUTE_MS = 60_000


class IdleLockDialog(QDialog):
    """An administrator chooses the minutes without input before the window locks."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = ReferenceRepository(store)
        self.setWindowTitle(self.tr("Idle lock"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Qoldau locks its window after this many minutes without keyboard or mouse "
                "input on this computer, and asks for the password again."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(*IDLE_LOCK_RANGE)
        self.minutes_spin.setValue(self.repo.idle_lock_minutes())
        self.minutes_spin.setSuffix(self.tr(" min"))
        form.addRow(self.tr("&Lock after:"), self.minutes_spin)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.minutes_spin.setFocus()

    def _on_buttons_accepted(self) -> None:
        try:
            self.repo.set_idle_lock_minutes(self.minutes_spin.value())
        except QoldauError as exc:
            self.error_label.setText(refusal(exc))
            return
        self.accept()


class AccountActions(QObject):
    """Adds the account actions to a main window's menus and locks it when idle.

    Signals:
        switch_user(): the user chose "Switch user" on the lock dialog.

    Attributes:
        idle: the idle watcher (tests shorten its interval).
        locker: covers the windows and asks the password.
        user_label: "login (role)" for the status bar.
    """

    switch_user = Signal()

    def __init__(
        self, window: QMainWindow, store: Store, file_menu: QMenu, settings_menu: QMenu
    ) -> None:
        super().__init__(window)
        self.window, self.store = window, store
        role = store.principal.role
        self.lock_action = QAction(self.tr("&Lock"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.password_action = QAction(self.tr("Change my &password..."), window)
        self.password_action.triggered.connect(self._on_password_action_triggered)
        # Before the last action (Exit), after a separator.
        actions = file_menu.actions()
        if actions:
            file_menu.insertActions(actions[-1], [self.lock_action, self.password_action])
            file_menu.insertSeparator(actions[-1])
        else:
            file_menu.addActions([self.lock_action, self.password_action])
        self.users_action = QAction(self.tr("&Users..."), window)
        self.users_action.triggered.connect(self._on_users_action_triggered)
        self.users_action.setVisible(allows(role, Permission.MANAGE_USERS))
        self.idle_action = QAction(self.tr("&Idle lock..."), window)
        self.idle_action.triggered.connect(self._on_idle_action_triggered)
        self.idle_action.setVisible(allows(role, Permission.SETTINGS))
        settings_menu.addSeparator()
        settings_menu.addAction(self.users_action)
        settings_menu.addAction(self.idle_action)
        self.user_label = QLabel(
            self.tr("{login} ({role})").format(login=store.principal.login, role=role_label(role))
        )
        self.locker = Locker(store, window)
        self.locker.switch_user.connect(self.switch_user)
        minutes = ReferenceRepository(store).idle_lock_minutes()
        self.idle = IdleWatcher(minutes * MINUTE_MS, self)
        self.idle.idle.connect(self.lock)

    def lock(self) -> None:
        """Lock at once (File > Lock, or the idle time ran out)."""
        self.idle.timer.stop()
        self.locker.lock()
        if not self.locker.locked:
            self.idle.restart()

    def stop(self) -> None:
        """Stop watching for idleness (the window closes)."""
        self.idle.stop()

    def _on_password_action_triggered(self) -> None:
        from ui.accounts.password_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.store, self.store.principal.login, self.window).exec()

    def _on_users_action_triggered(self) -> None:
        from ui.accounts.users_dialog import UsersDialog

        UsersDialog(self.store, self.window).exec()

    def _on_idle_action_triggered(self) -> None:
        if IdleLockDialog(self.store, self.window).exec() == QDialog.DialogCode.Accepted:
            minutes = ReferenceRepository(self.store).idle_lock_minutes()
            self.idle.set_interval(minutes * MINUTE_MS)
