"""The users dialog (administrators): every account, and adding, disabling, resetting the
password of and changing the role of one. The models refuse what may not be done (the last
administrator, a weak password, a login taken); the dialog says why."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import QoldauError
from models.issues import ValidationError
from models.store.db import Store
from ui.accounts import backend
from ui.accounts.fields import NewPasswordFields, error_label, ok_cancel, role_choices, role_label
from ui.accounts.login_dialog import refusal_text
from ui.accounts.password_dialog import NewPasswordDialog
from ui.messages import issue_text
from ui.widgets.ask import ask

logger = logging.getLogger(__name__)


def refusal(exc: QoldauError) -> str:
    """Return the sentence of a refused account change."""
    if isinstance(exc, ValidationError):
        return " ".join(issue_text(issue) for issue in exc.report.issues)
    return refusal_text(exc)


class AddUserDialog(QDialog):
    """A new account: login, name, role and the first password, typed twice.

    Signals:
        added(str): the login of the account added.
    """

    added = Signal(str)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        add: Callable[[Store, str, str, str, str], None] = backend.add_account,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._add = add
        self.setWindowTitle(self.tr("Add a user"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Give the new user this first password in person: they must choose their own "
                "at their first login."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.login_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for code, label in role_choices():
            self.role_combo.addItem(label, code)
        self.role_combo.setCurrentIndex(self.role_combo.findData("specialist"))
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        self.new_password = NewPasswordFields(
            form,
            self.tr("First &password:"),
            self.tr("&Repeat the password:"),
            login=lambda: self.login_edit.text().strip(),
        )
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = ok_cancel(self, self._on_buttons_accepted, self.tr("&Add"))
        layout.addWidget(buttons)
        self.login_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            self.error_label.setText(self.tr("Type the new user's login."))
            self.login_edit.setFocus()
            return
        problem = self.new_password.problem()
        if problem:
            self.error_label.setText(problem)
            self.new_password.clear()
            return
        role = str(self.role_combo.currentData())
        try:
            self._add(self.store, login, role, self.new_password.text(), self.name_edit.text())
        except QoldauError as exc:
            logger.info("adding %s refused: %s", login, exc)
            self.error_label.setText(refusal(exc))
            self.login_edit.setFocus()
            return
        self.added.emit(login)
        self.accept()


class RoleDialog(QDialog):
    """Chooses another role for an account."""

    def __init__(self, login: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the role"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.role_combo = QComboBox()
        for code, label in role_choices():
            self.role_combo.addItem(label, code)
        self.role_combo.setCurrentIndex(max(self.role_combo.findData(role), 0))
        form.addRow(self.tr("Role of {login}:").format(login=login), self.role_combo)
        layout.addLayout(form)
        buttons = ok_cancel(self, self.accept)
        layout.addWidget(buttons)
        self.role_combo.setFocus()

    def role(self) -> str:
        """Return the chosen role."""
        return str(self.role_combo.currentData())


class UsersDialog(QDialog):
    """Lists the accounts; an administrator adds, disables, resets and changes roles."""

    COLUMNS = 5

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Users"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Login"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("Must change password"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        layout.addWidget(self.table)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add..."))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.disable_button.clicked.connect(self._on_disable_button_clicked)
        self.reset_button = QPushButton(self.tr("&Reset password..."))
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.role_button = QPushButton(self.tr("Change r&ole..."))
        self.role_button.clicked.connect(self._on_role_button_clicked)
        for button in (self.add_button, self.disable_button, self.reset_button, self.role_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.accounts: list[backend.AccountDTO] = []
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Read the accounts again (keeping ``select`` selected when given)."""
        self.accounts = backend.list_accounts(self.store)
        yes, no = self.tr("yes"), self.tr("no")
        self.table.setRowCount(len(self.accounts))
        for r, account in enumerate(self.accounts):
            values = (
                account.login,
                account.display_name,
                role_label(account.role),
                yes if account.active else no,
                yes if account.must_change_password else no,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            if account.login == select:
                self.table.selectRow(r)
        self._on_table_item_selection_changed()

    def current(self) -> backend.AccountDTO | None:
        """Return the selected account, or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def select(self, login: str) -> None:
        """Select the account ``login``."""
        for r, account in enumerate(self.accounts):
            if account.login == login:
                self.table.selectRow(r)

    def _on_table_item_selection_changed(self) -> None:
        account = self.current()
        for button in (self.reset_button, self.role_button):
            button.setEnabled(account is not None and account.active)
        self.disable_button.setEnabled(account is not None and account.active)

    def _run(self, change: Callable[[], None], login: str) -> bool:
        """Run an account change; say why when it is refused."""
        try:
            change()
        except QoldauError as exc:
            logger.info("account change of %s refused: %s", login, exc)
            self.error_label.setText(refusal(exc))
            return False
        self.error_label.clear()
        self.refresh(select=login)
        return True

    def _on_add_button_clicked(self) -> None:
        dialog = AddUserDialog(self.store, self)
        dialog.added.connect(lambda login: self.refresh(select=login))
        dialog.exec()
        self.error_label.clear()

    def _on_disable_button_clicked(self) -> None:
        account = self.current()
        if account is None:
            return
        if not ask(
            self,
            self.tr("Disable the user"),
            self.tr(
                "Disable {login}? They can no longer log in; what they entered stays, with "
                "their name on it."
            ).format(login=account.login),
            self.tr("Disable the user"),
            self.tr("Keep the user"),
        ):
            return
        self._run(lambda: backend.disable_account(self.store, account.login), account.login)

    def _on_reset_button_clicked(self) -> None:
        account = self.current()
        if account is None:
            return
        dialog = NewPasswordDialog(
            self.tr("Reset the password of {login}").format(login=account.login),
            self.tr(
                "Type a new first password for {login} and give it to them in person: they "
                "must choose their own at their next login."
            ).format(login=account.login),
            self,
            login=account.login,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(
            lambda: backend.reset_password(self.store, account.login, dialog.password),
            account.login,
        )

    def _on_role_button_clicked(self) -> None:
        account = self.current()
        if account is None:
            return
        dialog = RoleDialog(account.login, account.role, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.role() == account.role:
            return
        self._run(lambda: backend.set_role(self.store, account.login, dialog.role()), account.login)
