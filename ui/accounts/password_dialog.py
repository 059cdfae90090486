"""Passwords: a user changes their own (at the first login with an administrator's password it
cannot be skipped), and an administrator gives an account a new first password."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.errors import QoldauError
from models.store.db import Store
from ui.accounts import backend
from ui.accounts.fields import NewPasswordFields, error_label, ok_cancel, password_edit
from ui.accounts.login_dialog import busy, idle, refusal_text

logger = logging.getLogger(__name__)

Change = Callable[[Store, str, str, str], None]


class ChangePasswordDialog(QDialog):
    """The user's own password: the current one, then the new one twice.

    With ``forced`` it is the first login with a password an administrator gave: the dialog
    says so, and cancelling it quits the application (the caller's decision).
    """

    def __init__(
        self,
        store: Store,
        login: str,
        parent: QWidget | None = None,
        *,
        forced: bool = False,
        change: Change = backend.change_password,
        current: str = "",
    ) -> None:
        super().__init__(parent)
        self.store, self.login = store, login
        self._change = change
        self.setWindowTitle(self.tr("Change my password"))
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(
                self.tr(
                    "Your administrator gave you this password. Choose your own password now; "
                    "nobody else, the administrator included, will know it. Cancel quits "
                    "Qoldau."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.old_edit = password_edit()
        self.old_edit.setText(current)
        form.addRow(self.tr("&Current password:"), self.old_edit)
        self.new_password = NewPasswordFields(
            form,
            self.tr("&New password:"),
            self.tr("&Repeat the new password:"),
            login=lambda: self.login,
        )
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = ok_cancel(self, self._on_buttons_accepted, self.tr("Change the &password"))
        layout.addWidget(buttons)
        (self.new_password.first if current else self.old_edit).setFocus()

    def _on_buttons_accepted(self) -> None:
        problem = self.new_password.problem()
        if problem:
            self.error_label.setText(problem)
            self.new_password.clear()
            return
        if self.new_password.text() == self.old_edit.text():
            self.error_label.setText(self.tr("Choose a password other than the current one."))
            self.new_password.clear()
            return
        busy()
        try:
            self._change(self.store, self.login, self.old_edit.text(), self.new_password.text())
        except QoldauError as exc:
            logger.info("password change of %s refused: %s", self.login, exc)
            self.error_label.setText(refusal_text(exc))
            self.old_edit.clear()
            self.old_edit.setFocus()
            return
        finally:
            idle()
        self.accept()


class NewPasswordDialog(QDialog):
    """A password typed twice (an administrator resetting an account, or setting one up).

    Attributes:
        password: the accepted password (empty until accepted).
    """

    def __init__(
        self, title: str, note: str, parent: QWidget | None = None, *, login: str = ""
    ) -> None:
        super().__init__(parent)
        self.password = ""
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(note)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.new_password = NewPasswordFields(
            form,
            self.tr("&New password:"),
            self.tr("&Repeat the new password:"),
            login=lambda: login,
        )
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = ok_cancel(self, self._on_buttons_accepted)
        layout.addWidget(buttons)
        self.new_password.first.setFocus()

    def _on_buttons_accepted(self) -> None:
        problem = self.new_password.problem()
        if problem:
            self.error_label.setText(problem)
            self.new_password.clear()
            return
        self.password = self.new_password.text()
        self.accept()
