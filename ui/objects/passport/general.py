"""The passport form's header page (number, dates, commission) and the re-inspection reason
section that sits on it (issue 12).

The page builder is a module function that puts its widgets on the form (``form.number_edit``
...), as it did when it was a method: its texts keep the ``PassportForm`` context.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from models.issues import ValidationReport
from models.objects.dto import PassportDraft
from ui.objects.passport.fields import CodeCombo, plain_text
from ui.objects.passport.host import FormHost
from ui.widgets.date_edit import DateEdit


def build_header(form: FormHost) -> QWidget:
    """Build the header page: number, inspection and passport dates, commission members; the
    slot ``header`` (below them) takes the re-inspection reason."""
    page = QWidget()
    v = QVBoxLayout(page)
    f = QFormLayout()
    form.number_edit = QLineEdit()
    form.number_edit.setMaxLength(40)
    form.inspection_date_edit = DateEdit()
    form.passport_date_edit = DateEdit()
    form.commission_edit = plain_text()
    form.commission_edit.setPlaceholderText(
        QCoreApplication.translate("PassportForm", "One member per line")
    )
    f.addRow(
        QCoreApplication.translate("PassportForm", "Passport &number:"),
        form.with_inline("number", form.number_edit),
    )
    f.addRow(
        QCoreApplication.translate("PassportForm", "&Inspection date:"),
        form.with_inline("inspection_date", form.inspection_date_edit),
    )
    f.addRow(
        QCoreApplication.translate("PassportForm", "&Passport (approval) date:"),
        form.with_inline("passport_date", form.passport_date_edit),
    )
    f.addRow(
        QCoreApplication.translate("PassportForm", "Commission &members:"),
        form.with_inline("commission", form.commission_edit),
    )
    v.addLayout(f)
    slot = QVBoxLayout()
    form.slots["header"] = slot
    v.addLayout(slot)
    v.addStretch(1)
    for w in (form.number_edit, form.inspection_date_edit, form.passport_date_edit):
        w.textChanged.connect(form.on_any_changed)
    form.commission_edit.textChanged.connect(form.on_any_changed)
    return page


class ReasonSection(QWidget):
    """Why a re-inspection was made (``reinspection_reasons``), shown on the header page for
    a version 2 or later (or any version that has a reason recorded).

    Signals:
        changed(): the reason was changed.
    """

    changed = Signal()

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.reason_combo = CodeCombo(labels)
        self.reason_combo.setAccessibleName(self.tr("Re-inspection reason"))
        self.reason_label = QLabel(self.tr("Re-inspection &reason:"))
        self.reason_label.setBuddy(self.reason_combo)
        layout.addRow(self.reason_label, self.reason_combo)
        self.reason_combo.changed.connect(self.changed)
        self._reinspection = False

    def title(self) -> str:
        """Not a page of its own: it sits on the header page."""
        return self.tr("Re-inspection reason")

    def widget(self) -> QWidget:
        """Return the section's widget."""
        return self

    def set_reinspection(self, reinspection: bool) -> None:
        """Show the reason for a re-inspection (hidden for a first passport without one)."""
        self._reinspection = reinspection
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(self._reinspection or bool(self.reason_combo.code()))

    def populate(self, draft: PassportDraft) -> None:
        """Show the reason of ``draft``."""
        blocked = self.reason_combo.blockSignals(True)
        try:
            self.reason_combo.set_code(draft.reinspection_reason)
        finally:
            self.reason_combo.blockSignals(blocked)
        self._reinspection = draft.version is not None and draft.version >= 2
        self._update_visibility()

    def apply(self, draft: PassportDraft) -> PassportDraft:
        """Return ``draft`` with the reason shown."""
        return dataclasses.replace(draft, reinspection_reason=self.reason_combo.code())

    def typing_issues(self) -> ValidationReport:
        """Nothing can be half-typed in a list."""
        return ValidationReport()

    def field_widget(self, field: str) -> QWidget | None:
        """Return the box of ``reinspection_reason``."""
        return self.reason_combo if field == "reinspection_reason" else None

    def set_enabled(self, enabled: bool) -> None:
        """Allow editing, or show the reason read-only."""
        self.reason_combo.setEnabled(enabled)
