"""Pieces every account dialog shares: password fields, the new password typed twice, the
role names, the error label and the OK/Cancel box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from models.reference.roles import ADMINISTRATOR, ROLES, SPECIALIST, SUPERVISOR, VIEWER
from ui.accounts import backend
from ui.messages import account_text
from ui.widgets.theme import ERROR_STYLE


def role_label(role: str) -> str:
    """Return the name of ``role`` in the interface language."""
    labels = {
        ADMINISTRATOR: QCoreApplication.translate("Roles", "administrator"),
        SUPERVISOR: QCoreApplication.translate("Roles", "supervisor"),
        SPECIALIST: QCoreApplication.translate("Roles", "specialist"),
        VIEWER: QCoreApplication.translate("Roles", "viewer"),
    }
    return labels.get(role, role)


def role_choices() -> list[tuple[str, str]]:
    """Return (code, label) of every role, from the most allowed to the least."""
    return [(role, role_label(role)) for role in reversed(ROLES)]


def password_edit(parent: QWidget | None = None) -> QLineEdit:
    """Return a field that hides what is typed."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def error_label() -> QLabel:
    """Return an (empty) label that says what is wrong, in the error colour."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


class NewPasswordFields:
    """A new password typed twice, checked by the models' password rules.

    Attributes:
        first, second: the two fields.
    """

    def __init__(
        self,
        form: QFormLayout,
        first_label: str,
        second_label: str,
        problems: Callable[[str, str], list[str]] = backend.password_problems,
        login: Callable[[], str] = str,
    ) -> None:
        self.first = password_edit()
        self.second = password_edit()
        self._problems = problems
        self._login = login
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)

    def text(self) -> str:
        """Return the new password as typed in the first field."""
        return self.first.text()

    def problem(self) -> str | None:
        """Return why the new password cannot be used (translated), or None when it can."""
        password = self.first.text()
        codes = self._problems(password, self._login())
        if codes:
            return " ".join(account_text(code, {"login": self._login()}) for code in codes)
        if password != self.second.text():
            return account_text("passwords_differ")
        return None

    def clear(self) -> None:
        """Empty both fields and put the cursor in the first."""
        self.first.clear()
        self.second.clear()
        self.first.setFocus()


def ok_cancel(dialog: QDialog, accepted: Callable[[], None], ok_text: str = "") -> QDialogButtonBox:
    """Return the OK/Cancel box of an account dialog: OK (named ``ok_text`` when given) runs
    ``accepted``, Cancel rejects ``dialog``."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok_text:
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(accepted)
    box.rejected.connect(dialog.reject)
    return box
