"""The login dialog at start-up, and the recovery of a forgotten administrator password."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import QoldauError
from models.reference.roles import RoleError
from models.store.db import Store, StoreError
from ui.accounts import backend
from ui.accounts.fields import NewPasswordFields, error_label, ok_cancel, password_edit
from ui.i18n import format_date
from ui.messages import account_text, role_error_text, store_error_text

logger = logging.getLogger(__name__)

Unlock = Callable[[Path, str, str], Store]
Recover = Callable[[Path, str, str, str], Store]


def until_text(until: object) -> str:
    """Return the end of a lock-out as the user reads it: the local time, with the date when
    it is not today."""
    if not isinstance(until, datetime):
        return str(until or "")
    local = until.astimezone() if until.tzinfo is not None else until
    clock = local.strftime("%H:%M")
    if local.date() == datetime.now().date():
        return clock
    return f"{format_date(local.date())} {clock}"


def refusal_text(exc: QoldauError) -> str:
    """Return the sentence for a refused login, unlock or recovery (an ``AuthError``, a
    ``StoreError`` or a ``RoleError``)."""
    if isinstance(exc, StoreError):
        return store_error_text(exc)
    if isinstance(exc, RoleError):
        return role_error_text(exc.role)
    code = str(getattr(exc, "code", "bad_login"))
    return account_text(
        code,
        {"until": until_text(getattr(exc, "until", None)), "login": getattr(exc, "login", "")},
    )


def busy() -> None:
    """Show the wait cursor while a password is checked (a memory-hard hash takes a moment)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def idle() -> None:
    """Restore the cursor :func:`busy` changed."""
    QGuiApplication.restoreOverrideCursor()


class LoginDialog(QDialog):
    """Asks for a login and a password and opens the store with them.

    Attributes:
        store: the opened store once the dialog is accepted, else None.
    """

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        login: str = "",
        unlock: Unlock = backend.unlock,
        recover: Recover = backend.recover,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.store: Store | None = None
        self._unlock, self._recover = unlock, recover
        self.setWindowTitle(self.tr("Log in to Qoldau"))
        layout = QVBoxLayout(self)
        place = QLabel(self.tr("Store: {path}").format(path=self.path))
        place.setWordWrap(True)
        layout.addWidget(place)
        form = QFormLayout()
        self.login_edit = QLineEdit(login)
        self.password_edit = password_edit()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.forgot_button = QPushButton(self.tr("&Forgot password?"))
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self._on_forgot_button_clicked)
        buttons = ok_cancel(self, self._on_buttons_accepted, self.tr("Log &in"))
        buttons.addButton(self.forgot_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout.addWidget(buttons)
        (self.password_edit if login else self.login_edit).setFocus()

    def _on_buttons_accepted(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            self.error_label.setText(self.tr("Type your login."))
            self.login_edit.setFocus()
            return
        busy()
        try:
            store = self._unlock(self.path, login, self.password_edit.text())
        except QoldauError as exc:
            logger.info("login of %s refused: %s", login, getattr(exc, "code", exc))
            self.error_label.setText(refusal_text(exc))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        finally:
            idle()
        self.store = store
        self.accept()

    def _on_forgot_button_clicked(self) -> None:
        dialog = RecoveryDialog(self.path, self, recover=self._recover)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.store is not None:
            self.store = dialog.store
            self.accept()


class RecoveryDialog(QDialog):
    """A forgotten administrator password: the recovery key from the office safe sets a new one.

    Attributes:
        store: the store opened as that administrator once accepted, else None.
    """

    def __init__(
        self, path: Path, parent: QWidget | None = None, *, recover: Recover = backend.recover
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.store: Store | None = None
        self._recover = recover
        self.setWindowTitle(self.tr("Recover access"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Type the recovery key printed when the office was set up (kept in the office "
                "safe), the administrator's login and a new password for that administrator."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.login_edit = QLineEdit("admin")
        self.key_edit = QLineEdit()
        self.key_edit.setMinimumWidth(360)
        form.addRow(self.tr("&Administrator login:"), self.login_edit)
        form.addRow(self.tr("&Recovery key:"), self.key_edit)
        self.new_password = NewPasswordFields(
            form,
            self.tr("&New password:"),
            self.tr("&Repeat the new password:"),
            login=lambda: self.login_edit.text().strip(),
        )
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = ok_cancel(self, self._on_buttons_accepted, self.tr("Set the &password"))
        layout.addWidget(buttons)
        self.key_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        login = self.login_edit.text().strip()
        key = self.key_edit.text().strip()
        if not login or not key:
            self.error_label.setText(
                self.tr("Type the administrator's login and the recovery key.")
            )
            (self.key_edit if login else self.login_edit).setFocus()
            return
        problem = self.new_password.problem()
        if problem:
            self.error_label.setText(problem)
            self.new_password.clear()
            return
        busy()
        try:
            store = self._recover(self.path, key, login, self.new_password.text())
        except QoldauError as exc:
            logger.info("recovery for %s refused: %s", login, getattr(exc, "code", exc))
            self.error_label.setText(refusal_text(exc))
            self.key_edit.setFocus()
            self.key_edit.selectAll()
            return
        finally:
            idle()
        self.store = store
        self.accept()
