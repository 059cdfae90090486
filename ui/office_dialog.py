"""First-launch set-up: the office's KATO code, level and names, and the administrator with
their password (typed twice); the new store's recovery key is then shown once to print."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import QoldauError
from models.objects.validation import office_problems
from models.reference.dto import OfficeDTO
from models.store.db import Store
from ui.accounts import backend
from ui.accounts.fields import NewPasswordFields
from ui.accounts.key_dialog import RecoveryKeyDialog
from ui.accounts.login_dialog import busy, idle, refusal_text
from ui.widgets.theme import ERROR_STYLE

logger = logging.getLogger(__name__)

Create = Callable[[Path, OfficeDTO, str, str], tuple[Store, str]]


class OfficeDialog(QDialog):
    """Asks for the office and its administrator on first launch and creates the store (the
    caller then shows its recovery key: ``ui/accounts/start.py``).

    Signals:
        saved(): the store was created (``store`` holds it, logged in as the administrator).

    Attributes:
        store: the new store once saved, else None.
        recovery_key: the new store's recovery key once saved.
    """

    saved = Signal()

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        create: Create = backend.create,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.store: Store | None = None
        self.recovery_key = ""
        self._create = create
        self.setWindowTitle(self.tr("Set up the office"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Qoldau needs to know which office this computer works for."))
        )
        form = QFormLayout()
        self.kato_edit = QLineEdit()
        self.kato_edit.setValidator(QRegularExpressionValidator(r"\d{0,9}"))
        self.kato_edit.setPlaceholderText("113200000")
        self.level_combo = QComboBox()
        for code, label in (
            ("district", self.tr("District")),
            ("region", self.tr("Region")),
            ("republic", self.tr("Republic")),
        ):
            self.level_combo.addItem(label, code)
        self.name_kk_edit = QLineEdit()
        self.name_ru_edit = QLineEdit()
        self.admin_edit = QLineEdit("admin")
        form.addRow(self.tr("&KATO code:"), self.kato_edit)
        form.addRow(self.tr("&Level:"), self.level_combo)
        form.addRow(self.tr("Name in &Kazakh:"), self.name_kk_edit)
        form.addRow(self.tr("Name in &Russian:"), self.name_ru_edit)
        form.addRow(self.tr("&Administrator login:"), self.admin_edit)
        self.password = NewPasswordFields(
            form,
            self.tr("Administrator &password:"),
            self.tr("Re&peat the password:"),
            login=lambda: self.admin_edit.text().strip(),
        )
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def read(self) -> OfficeDTO:
        """Return the office as typed."""
        return OfficeDTO(
            self.kato_edit.text().strip(),
            str(self.level_combo.currentData()),
            self.name_kk_edit.text().strip(),
            self.name_ru_edit.text().strip(),
        )

    def _on_buttons_accepted(self) -> None:
        office = self.read()
        problems = office_problems(office)
        if not self.admin_edit.text().strip():
            problems.append("admin")
        if problems:
            # NOTE: office_problems speaks English for the CLI; the dialog says it in the user's
            # language and points at the first field to fix.
            self.error_label.setText(
                self.tr(
                    "Check the office: a 9-digit KATO code matching the level (a district ends "
                    "in 00000, a region in 0000000, the republic is 000000000), both names and "
                    "an administrator login."
                )
            )
            self.kato_edit.setFocus()
            return
        problem = self.password.problem()
        if problem:
            self.error_label.setText(problem)
            self.password.clear()
            return
        busy()
        try:
            store, key = self._create(
                self.path, office, self.admin_edit.text().strip(), self.password.text()
            )
        except QoldauError as exc:
            logger.warning("cannot create the store %s: %s", self.path, exc)
            self.error_label.setText(refusal_text(exc))
            return
        finally:
            idle()
        self.store, self.recovery_key = store, key
        self.saved.emit()
        self.accept()


def set_up(path: Path, parent: QWidget | None = None) -> Store | None:
    """First launch: create the store with the office dialog, then show its recovery key once."""
    dialog = OfficeDialog(path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
        return None
    RecoveryKeyDialog(dialog.recovery_key, str(path), parent).exec()
    return dialog.store
