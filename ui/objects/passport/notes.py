"""§5 Special notes of the passport (brief §2.3): the dates of the questionnaire and the act,
the special notes; the date of the commission decision is the passport date, shown read-only
(issue 12)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from models.issues import ValidationReport
from models.objects.dto import NotesInfo, PassportDraft
from ui.i18n import format_date
from ui.objects.passport.fields import plain_text
from ui.widgets.date_edit import DateEdit


class NotesSection(QWidget):
    """The §5 page of the passport form.

    Signals:
        changed(): the user changed something in the section.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.questionnaire_date_edit = DateEdit()
        self.questionnaire_date_edit.setAccessibleName(self.tr("Date of the questionnaire"))
        self.act_date_edit = DateEdit()
        self.act_date_edit.setAccessibleName(self.tr("Date of the inspection act"))
        self.decision_date_label = QLabel()
        self.decision_date_label.setAccessibleName(self.tr("Date of the commission decision"))
        self.notes_edit = plain_text(140)
        self.notes_edit.setAccessibleName(self.tr("Special notes"))
        form.addRow(self.tr("Date of the &questionnaire:"), self.questionnaire_date_edit)
        form.addRow(self.tr("Date of the inspection &act:"), self.act_date_edit)
        form.addRow(
            self.tr("Date of the commission decision (the passport date):"),
            self.decision_date_label,
        )
        form.addRow(self.tr("Special &notes:"), self.notes_edit)
        for edit in (self.questionnaire_date_edit, self.act_date_edit):
            edit.textChanged.connect(self.changed)
        self.notes_edit.textChanged.connect(self.changed)

    def title(self) -> str:
        """Return the section's title."""
        return self.tr("&5 Special notes")

    def widget(self) -> QWidget:
        """Return the section's widget."""
        return self

    def show_decision_date(self, draft: PassportDraft) -> None:
        """Show the passport date of ``draft`` as the date of the commission decision."""
        self.decision_date_label.setText(
            format_date(draft.passport_date) if draft.passport_date else "—"
        )

    def populate(self, draft: PassportDraft) -> None:
        """Show §5 of ``draft`` without emitting ``changed``."""
        n = draft.notes
        blocked = self.blockSignals(True)
        try:
            self.questionnaire_date_edit.set_value(n.questionnaire_date)
            self.act_date_edit.set_value(n.act_date)
            self.notes_edit.setPlainText(n.special_notes)
        finally:
            self.blockSignals(blocked)
        self.show_decision_date(draft)

    def apply(self, draft: PassportDraft) -> PassportDraft:
        """Return ``draft`` with §5 as shown (and show its passport date as the decision's)."""
        self.show_decision_date(draft)
        return dataclasses.replace(
            draft,
            notes=NotesInfo(
                questionnaire_date=self.questionnaire_date_edit.value(),
                act_date=self.act_date_edit.value(),
                special_notes=self.notes_edit.toPlainText().strip(),
            ),
        )

    def typing_issues(self) -> ValidationReport:
        """Return "finish the date" for a half-typed date."""
        report = ValidationReport()
        if not self.questionnaire_date_edit.is_valid():
            report.add("questionnaire_date", "date_format")
        if not self.act_date_edit.is_valid():
            report.add("act_date", "date_format")
        return report

    def field_widget(self, field: str) -> QWidget | None:
        """Return the widget of a §5 field."""
        widgets: dict[str, QWidget] = {
            "questionnaire_date": self.questionnaire_date_edit,
            "act_date": self.act_date_edit,
            "special_notes": self.notes_edit,
        }
        return widgets.get(field)

    def set_enabled(self, enabled: bool) -> None:
        """Allow editing, or show §5 read-only (text stays selectable)."""
        self.questionnaire_date_edit.setReadOnly(not enabled)
        self.act_date_edit.setReadOnly(not enabled)
        self.notes_edit.setReadOnly(not enabled)
