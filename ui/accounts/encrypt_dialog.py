"""A plain store of an older version: explain, ask the administrator's new password, encrypt it
(in a worker, with a busy indicator) and hand over the recovery key."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from models.errors import QoldauError
from ui.accounts import backend
from ui.accounts.fields import NewPasswordFields, error_label, ok_cancel
from ui.accounts.login_dialog import refusal_text
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)

Encrypt = Callable[[Path, str, str], str]


class EncryptDialog(QDialog):
    """Encrypts a plain store for its administrator.

    Attributes:
        recovery_key: the new recovery key once encrypted (to show once), else "".
        login, password: the administrator's, to log in with once encrypted.
    """

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        runner: JobRunner | None = None,
        encrypt: Encrypt = backend.encrypt,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.runner = runner or JobRunner()
        self._encrypt = encrypt
        self.recovery_key = ""
        self.login = ""
        self.password = ""
        self.setWindowTitle(self.tr("Encrypt the store"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "The store {path} was made by an older version of Qoldau and is not encrypted: "
                "anyone who copies the file can read every name and IIN in it. Qoldau will now "
                "make a backup of it and then encrypt it. Choose the administrator's password; "
                "the next window shows the recovery key to print."
            ).format(path=self.path)
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.login_edit = QLineEdit("admin")
        form.addRow(self.tr("&Administrator login:"), self.login_edit)
        self.new_password = NewPasswordFields(
            form,
            self.tr("&Password:"),
            self.tr("&Repeat the password:"),
            login=lambda: self.login_edit.text().strip(),
        )
        layout.addLayout(form)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        layout.addWidget(self.busy_bar)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.buttons = ok_cancel(self, self._on_buttons_accepted, self.tr("&Encrypt"))
        layout.addWidget(self.buttons)
        self._worker: Worker | None = None
        self.new_password.first.setFocus()

    @property
    def running(self) -> bool:
        """True while the store is being encrypted."""
        return self._worker is not None

    def reject(self) -> None:
        """Cancel, except while encrypting (the conversion runs to its end)."""
        if not self.running:
            super().reject()

    def _on_buttons_accepted(self) -> None:
        if self.running:
            return
        login = self.login_edit.text().strip()
        if not login:
            self.error_label.setText(self.tr("Type the administrator's login."))
            self.login_edit.setFocus()
            return
        problem = self.new_password.problem()
        if problem:
            self.error_label.setText(problem)
            self.new_password.clear()
            return
        self.login, self.password = login, self.new_password.text()
        path, encrypt = self.path, self._encrypt

        def job(**_kw: Any) -> str:
            return encrypt(path, login, self.password)

        self.error_label.clear()
        self.busy_bar.show()
        self.buttons.setEnabled(False)
        self.login_edit.setEnabled(False)
        worker = Worker(job)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        self.runner.start(worker)

    def _on_worker_finished(self, key: object) -> None:
        self._worker = None
        self.busy_bar.hide()
        self.recovery_key = str(key)
        self.accept()

    def _on_worker_failed(self, exc: object) -> None:
        self._worker = None
        self.busy_bar.hide()
        self.buttons.setEnabled(True)
        self.login_edit.setEnabled(True)
        if isinstance(exc, QoldauError):
            self.error_label.setText(refusal_text(exc))
        else:
            self.error_label.setText(self.tr("The store could not be encrypted; it is unchanged."))
        self.new_password.clear()
