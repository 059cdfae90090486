"""A needs assessment scored by sector: the brief's six (§3.4: social protection, health,
education, employment, housing, safety). Income and parenting, the domains before issue 14, are
retired: older assessments keep and show them, new ones cannot score them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from models.cases.dto import AssessmentDraft
from models.cases.tables import ASSESSMENT_DOMAINS, RETIRED_ASSESSMENT_DOMAINS, SCORE_MAX
from models.cases.validation import validate_assessment
from models.families.validation import CaseContext
from models.issues import ValidationReport
from ui.cases.case_form_base import CaseFormBase, text_area
from ui.widgets.date_edit import DateEdit


def domain_label(domain: str) -> str:
    """Return the translated name of an assessment domain (no code list holds them)."""
    labels = {
        "SOCIAL": QCoreApplication.translate("AssessmentForm", "&Social protection:"),
        "HEALTH": QCoreApplication.translate("AssessmentForm", "&Health:"),
        "EDUCATION": QCoreApplication.translate("AssessmentForm", "Ed&ucation:"),
        "EMPLOYMENT": QCoreApplication.translate("AssessmentForm", "Em&ployment:"),
        "HOUSING": QCoreApplication.translate("AssessmentForm", "H&ousing:"),
        "SAFETY": QCoreApplication.translate("AssessmentForm", "Sa&fety:"),
        # Retired (issue 14): shown on older assessments only.
        "INCOME": QCoreApplication.translate("AssessmentForm", "&Income:"),
        "PARENTING": QCoreApplication.translate("AssessmentForm", "&Parenting:"),
    }
    return labels.get(domain, domain)


def retired_scores_text(scores: Mapping[str, int]) -> str:
    """Return "Income: 4, Parenting: 3" for the retired domains an older assessment scored."""
    return ", ".join(
        f"{domain_label(d).replace('&', '')} {scores[d]}"
        for d in RETIRED_ASSESSMENT_DOMAINS
        if d in scores
    )


class AssessmentForm(CaseFormBase):
    """Date, one score per domain (0 = not assessed, 1 no need ... 5 critical), summary."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = self.add_row("assessed_on", self.tr("Assessment &date:"), DateEdit())
        self.date_edit.set_value(today)
        self.score_spins: dict[str, QSpinBox] = {}
        for domain in ASSESSMENT_DOMAINS:
            spin = QSpinBox()
            spin.setRange(0, SCORE_MAX)
            spin.setSpecialValueText(self.tr("not assessed"))
            spin.setToolTip(self.tr("1 no need ... 5 critical need"))
            self.score_spins[domain] = spin
            self.add_row(f"score.{domain}", domain_label(domain), spin)
        self.instruments_edit = self.add_row("instruments", self.tr("Ins&truments:"), QLineEdit())
        self.summary_edit = self.add_row("summary", self.tr("Su&mmary:"), text_area())

    def map_field(self, name: str) -> str:
        """Show "no score at all" on the first domain."""
        return f"score.{ASSESSMENT_DOMAINS[0]}" if name == "scores" else name

    def collect(
        self, ctx: CaseContext, signal_date: date
    ) -> tuple[AssessmentDraft | None, ValidationReport]:
        """Return the assessment typed (None without a date) and every issue found."""
        report = ValidationReport()
        assessed_on = self.read_date(report, "assessed_on")
        if assessed_on is None:
            return None, report
        draft = AssessmentDraft(
            assessed_on=assessed_on,
            scores={d: s.value() for d, s in self.score_spins.items() if s.value() > 0},
            instruments=self.instruments_edit.text().strip(),
            summary=self.summary_edit.toPlainText().strip(),
        )
        report.issues.extend(validate_assessment(draft, signal_date, ctx).issues)
        return draft, report
