"""Reopening a closed case: date and reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.cases.dto import CaseDetail
from models.issues import ValidationReport
from models.store.db import Store
from ui.cases.case_form_base import CaseFormBase, text_area
from ui.cases.step_dialog import CaseStepDialog
from ui.widgets.date_edit import DateEdit


class ReopenForm(CaseFormBase):
    """Reopening date and the reason (required)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = self.add_row("date", self.tr("Reopening &date:"), DateEdit())
        self.date_edit.set_value(today)
        self.reason_edit = self.add_row("reason", self.tr("&Reason:"), text_area())


class ReopenDialog(CaseStepDialog):
    """Reopen a closed case with a reason; it continues with a new assessment."""

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        self.reopen_form = ReopenForm(today)
        title = QCoreApplication.translate("ReopenDialog", "Reopen case {number}").format(
            number=case.number
        )
        super().__init__(title, self.reopen_form, store, user, case, today, parent)

    def commit(self) -> ValidationReport | None:
        """Check the date and reason, then reopen the case."""
        report = ValidationReport()
        on = self.reopen_form.read_date(report, "date")
        reason = self.reopen_form.reason_edit.toPlainText().strip()
        if not reason:
            report.add("reason", "required")
        ctx = self.repo.context(self.today)
        if on is not None:
            self._stage_issues(report, on, "date")
        if on is None or not report.ok:
            return report
        self.repo.reopen(self.case.id, on, reason, ctx, self.user)
        return None
