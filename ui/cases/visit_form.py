"""A visit or contact: date, type, participants, child seen, findings, risk, next follow-up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from models.cases.dto import VisitDraft
from models.cases.validation import validate_visit
from models.families.validation import CaseContext
from models.issues import ValidationReport
from models.reference.dto import CodeLabel
from ui.cases.case_form_base import CaseFormBase, choice_combo, code_combo, text_area
from ui.widgets.date_edit import DateEdit


class VisitForm(CaseFormBase):
    """The fields of one visit or contact."""

    def __init__(
        self,
        today: date,
        kinds: Sequence[CodeLabel],
        risk_levels: Sequence[CodeLabel],
        parent: QWidget | None = None,
    ) -> None:
        """``kinds`` and ``risk_levels`` are the code lists ``visit_types`` and ``risk_levels``."""
        super().__init__(parent)
        self.date_edit = self.add_row("visit_date", self.tr("Visit &date:"), DateEdit())
        self.date_edit.set_value(today)
        self.kind_combo = self.add_row(
            "kind",
            self.tr("T&ype:"),
            code_combo(kinds, blank=False),
        )
        self.participants_edit = self.add_row(
            "participants", self.tr("&Participants:"), QLineEdit()
        )
        self.child_seen_combo = self.add_row(
            "child_seen",
            self.tr("&Child seen:"),
            choice_combo(
                [
                    ("", self.tr("no child concerned")),
                    ("yes", self.tr("yes")),
                    ("no", self.tr("no")),
                ]
            ),
        )
        self.findings_edit = self.add_row("findings", self.tr("&Findings:"), text_area())
        self.risk_combo = self.add_row(
            "risk_level",
            self.tr("&Risk level:"),
            code_combo(risk_levels, blank=True),
        )
        self.next_due_edit = self.add_row("next_due", self.tr("&Next follow-up due:"), DateEdit())

    def collect(
        self, ctx: CaseContext, signal_date: date
    ) -> tuple[VisitDraft | None, ValidationReport]:
        """Return the visit typed (None without a date) and every issue found."""
        report = ValidationReport()
        visit_date = self.read_date(report, "visit_date")
        next_due = self.read_date(report, "next_due", required=False)
        if visit_date is None:
            return None, report
        seen = self.child_seen_combo.currentData()
        draft = VisitDraft(
            visit_date=visit_date,
            kind=self.kind_combo.currentData() or "",
            participants=self.participants_edit.text().strip(),
            child_seen=None if not seen else seen == "yes",
            findings=self.findings_edit.toPlainText().strip(),
            risk_level=self.risk_combo.currentData() or "",
            next_due=next_due,
        )
        report.issues.extend(validate_visit(draft, signal_date, ctx).issues)
        return draft, report
