"""First-launch set-up: the office's KATO code, level and names, and the administrator."""

from __future__ import annotations

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

from models.objects.validation import office_problems
from models.reference.dto import OfficeDTO
from models.reference.offices import set_office
from models.store.db import Store
from ui.widgets.theme import ERROR_STYLE


class OfficeDialog(QDialog):
    """Asks for the office on first launch.

    Signals:
        saved(): the office was recorded.
    """

    saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
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
        set_office(self.store, office, self.admin_edit.text().strip())
        self.saved.emit()
        self.accept()
