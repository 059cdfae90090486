"""Add a settlement to the office's list: KATO code, names in Kazakh and Russian, rural flag."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.issues import WARNING, ValidationReport
from models.objects.context import validation_context
from models.objects.validation import check_kato
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.widgets.dialog_parts import save_buttons
from ui.widgets.field_errors import add_field_rows


class SettlementDialog(QDialog):
    """Adds a settlement (or renames one already in the list).

    Signals:
        saved(str): the KATO code of the settlement recorded.
    """

    saved = Signal(str)

    FIELDS = ("kato", "name_kk", "name_ru")

    def __init__(
        self, store: Store, user: str, kato: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.reference = ReferenceRepository(store)
        self._known = {k: (kk, ru) for k, kk, ru in self.reference.settlements()}
        self._ctx = validation_context(self.store, date.today())
        self.setWindowTitle(self.tr("Add a settlement"))
        self.kato_edit = QLineEdit(kato)
        self.kato_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,9}"), self)
        )
        self.kato_edit.setPlaceholderText("113220100")
        self.name_kk_edit = QLineEdit()
        self.name_ru_edit = QLineEdit()
        self.rural_check = QCheckBox(self.tr("&Rural settlement"))
        self.rural_check.setChecked(True)
        self.widgets: dict[str, QLineEdit] = {
            "kato": self.kato_edit,
            "name_kk": self.name_kk_edit,
            "name_ru": self.name_ru_edit,
        }
        form = QFormLayout()
        #: Field name -> its inline message label.
        self.errors = add_field_rows(
            form,
            (
                ("kato", self.tr("&KATO code:")),
                ("name_kk", self.tr("Name in &Kazakh:")),
                ("name_ru", self.tr("Name in R&ussian:")),
            ),
            self.widgets,
        )
        form.addRow("", self.rural_check)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.buttons = save_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        self._touched: set[str] = set()
        for fld, edit in self.widgets.items():
            edit.textChanged.connect(lambda _t, f=fld: self._on_field_edited(f))
        (self.name_kk_edit if kato else self.kato_edit).setFocus()

    def validate(self) -> ValidationReport:
        """Return what is wrong with the settlement as typed."""
        report = ValidationReport()
        kato = self.kato_edit.text().strip()
        check_kato(report, "kato", kato, self._ctx)
        # The "not in the list" warning is what this dialog is for.
        report.issues = [i for i in report.issues if i.code != "kato_unknown_settlement"]
        for fld in ("name_kk", "name_ru"):
            if not self.widgets[fld].text().strip():
                report.add(fld, "required")
        return report

    def show_issues(self, report: ValidationReport, fields: set[str] | None = None) -> None:
        """Show each field's first issue inline, only for ``fields`` when given."""
        for fld, error in self.errors.items():
            issue = next(
                (i for i in report.issues if i.field == fld and (fields is None or fld in fields)),
                None,
            )
            error.show_issue(issue)
        kato = self.kato_edit.text().strip()
        if kato in self._known:
            self.note_label.setStyleSheet("color: #8a5a00;")
            self.note_label.setText(
                self.tr("This code is already in the list as {name}: saving renames it.").format(
                    name=self._known[kato][0]
                )
            )
        else:
            self.note_label.clear()

    def save(self) -> None:
        """Validate and record the settlement; keep the dialog open on a problem."""
        report = self.validate()
        self.show_issues(report)
        bad = [i for i in report.issues if i.severity != WARNING]
        if bad:
            self.widgets[bad[0].field].setFocus()
            return
        kato = self.kato_edit.text().strip()
        self.reference.add_settlement(
            kato,
            self.name_kk_edit.text().strip(),
            self.name_ru_edit.text().strip(),
            self.user,
            rural=self.rural_check.isChecked(),
        )
        self.saved.emit(kato)
        self.accept()

    def _on_field_edited(self, fld: str) -> None:
        self._touched.add(fld)
        self.show_issues(self.validate(), self._touched)
