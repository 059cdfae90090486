"""The signal that opens a case: date, source, description, anonymity (brief §3.4)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from models.cases.dto import SignalDraft
from models.cases.validation import validate_signal
from models.families.validation import CaseContext
from models.issues import ValidationReport
from models.reference.dto import CodeLabel
from ui.cases.case_form_base import CaseFormBase, code_combo, set_combo_code, text_area
from ui.widgets.date_edit import DateEdit


class SignalForm(CaseFormBase):
    """Date, source (``signal_sources``), source note, description and the anonymous flag."""

    def __init__(self, sources: Sequence[CodeLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = self.add_row("signal_date", self.tr("Signal &date:"), DateEdit())
        self.source_combo = self.add_row("source", self.tr("&Source:"), code_combo(sources))
        self.source_note_edit = self.add_row("source_note", self.tr("Source n&ote:"), QLineEdit())
        self.description_edit = self.add_row("description", self.tr("Descrip&tion:"), text_area(90))
        self.anonymous_check = self.add_row(
            "anonymous", self.tr("Anon&ymous:"), QCheckBox(self.tr("The reporter stays unnamed"))
        )

    def populate(self, draft: SignalDraft) -> None:
        """Show a recorded signal."""
        self.date_edit.set_value(draft.signal_date)
        set_combo_code(self.source_combo, draft.source)
        self.source_note_edit.setText(draft.source_note)
        self.description_edit.setPlainText(draft.description)
        self.anonymous_check.setChecked(draft.anonymous)

    def set_read_only(self, read_only: bool) -> None:
        """Freeze the fields (a registered signal is not edited here)."""
        self.date_edit.setReadOnly(read_only)
        self.source_combo.setEnabled(not read_only)
        self.source_note_edit.setReadOnly(read_only)
        self.description_edit.setReadOnly(read_only)
        self.anonymous_check.setEnabled(not read_only)

    def collect(
        self, ctx: CaseContext, worker: str = ""
    ) -> tuple[SignalDraft | None, ValidationReport]:
        """Return the signal typed (None when the date is missing) and every issue found."""
        report = ValidationReport()
        signal_date = self.read_date(report, "signal_date")
        if signal_date is None:
            return None, report
        draft = SignalDraft(
            signal_date=signal_date,
            source=self.source_combo.currentData() or "",
            description=self.description_edit.toPlainText().strip(),
            anonymous=self.anonymous_check.isChecked(),
            source_note=self.source_note_edit.text().strip(),
            worker_login=worker,
        )
        report.issues.extend(validate_signal(draft, ctx).issues)
        return draft, report
