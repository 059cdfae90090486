"""Closing a case: date, reason (``closure_reasons``), note and outcome."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from models.cases.dto import CaseDetail, ClosureDraft
from models.cases.opinions import CLOSURE
from models.cases.validation import validate_closure
from models.families.validation import CaseContext
from models.issues import ValidationReport
from models.reference.dto import CodeLabel
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.cases.case_form_base import CaseFormBase, code_combo, text_area
from ui.cases.opinion_dialog import add_opinion_panel
from ui.cases.step_dialog import CaseStepDialog, last_stage_date
from ui.widgets.date_edit import DateEdit


class ClosureForm(CaseFormBase):
    """Closure date, reason, note (required for OTHER) and outcome."""

    def __init__(
        self, reasons: Sequence[CodeLabel], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.date_edit = self.add_row("closed_date", self.tr("Closure &date:"), DateEdit())
        self.date_edit.set_value(today)
        self.reason_combo = self.add_row("reason", self.tr("&Reason:"), code_combo(reasons))
        self.note_edit = self.add_row("note", self.tr("&Note:"), QLineEdit())
        self.outcome_edit = self.add_row("outcome", self.tr("&Outcome:"), text_area())

    def collect(
        self, ctx: CaseContext, signal_date: date, last_event: date | None
    ) -> tuple[ClosureDraft | None, ValidationReport]:
        """Return the closure typed (None without a date) and every issue found."""
        report = ValidationReport()
        closed = self.read_date(report, "closed_date")
        if closed is None:
            return None, report
        draft = ClosureDraft(
            closed_date=closed,
            reason=self.reason_combo.currentData() or "",
            note=self.note_edit.text().strip(),
            outcome=self.outcome_edit.toPlainText().strip(),
        )
        report.issues.extend(validate_closure(draft, signal_date, ctx, last_event).issues)
        return draft, report


class ClosureDialog(CaseStepDialog):
    """Close a case; a closure dated before the signal is refused."""

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        reasons = ReferenceRepository(store).code_labels("closure_reasons")
        self.closure_form = ClosureForm(reasons, today)
        title = QCoreApplication.translate("ClosureDialog", "Close case {number}").format(
            number=case.number
        )
        super().__init__(title, self.closure_form, store, user, case, today, parent)
        # Brief §3.2: the opinion of each child aged 10 or over on the closure date (a warning).
        self.opinions = add_opinion_panel(
            self, store, user, case, CLOSURE, self.closure_form.date_edit
        )

    def commit(self) -> ValidationReport | None:
        """Check the closure, then close the case."""
        ctx = self.repo.context(self.today)
        draft, report = self.closure_form.collect(
            ctx, self.case.signal.signal_date, last_stage_date(self.case)
        )
        if draft is None or not report.ok:
            return report
        self.repo.close(self.case.id, draft, ctx, self.user)
        return None
