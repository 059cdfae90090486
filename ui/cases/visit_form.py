"""A visit or contact: date, type, participants, child seen, findings, risk, next follow-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from models.cases.dto import VisitDraft
from models.cases.tables import RISK_LEVELS, VISIT_TYPES
from models.cases.validation import validate_visit
from models.families.validation import CaseContext
from models.issues import ValidationReport
from ui.cases.case_form_base import CaseFormBase, choice_combo, text_area
from ui.widgets.date_edit import DateEdit


def visit_type_label(kind: str) -> str:
    """Return the translated label of a visit or contact type."""
    labels = {
        "HOME": QCoreApplication.translate("VisitForm", "home visit"),
        "SCHOOL": QCoreApplication.translate("VisitForm", "school visit"),
        "PHONE": QCoreApplication.translate("VisitForm", "phone call"),
        "MOBILE_GROUP": QCoreApplication.translate("VisitForm", "mobile group visit"),
        "PATRONAGE_NURSE": QCoreApplication.translate("VisitForm", "patronage nurse visit"),
        "OFFICE": QCoreApplication.translate("VisitForm", "office appointment"),
    }
    return labels.get(kind, kind)


def risk_level_label(level: str) -> str:
    """Return the translated label of a risk level."""
    labels = {
        "LOW": QCoreApplication.translate("VisitForm", "low"),
        "MEDIUM": QCoreApplication.translate("VisitForm", "medium"),
        "HIGH": QCoreApplication.translate("VisitForm", "high"),
    }
    return labels.get(level, level)


class VisitForm(CaseFormBase):
    """The fields of one visit or contact."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = self.add_row("visit_date", self.tr("Visit &date:"), DateEdit())
        self.date_edit.set_value(today)
        self.kind_combo = self.add_row(
            "kind",
            self.tr("T&ype:"),
            choice_combo([(k, visit_type_label(k)) for k in VISIT_TYPES]),
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
            choice_combo([(r, risk_level_label(r)) for r in RISK_LEVELS], blank=True),
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
