"""Dialogs recording one step of a case: assessment, plan, accompaniment, visit, service.

The assessment and plan dialogs also move the case to their stage when ``advance`` is True
(the stage date is the assessment or plan date), in one repository call that writes both or
nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.cases.dto import CaseDetail
from models.cases.opinions import PLAN
from models.cases.rules import ACCOMPANIMENT
from models.families.money import MoneyRepository
from models.issues import ValidationReport
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.cases.assessment_form import AssessmentForm
from ui.cases.case_form_base import CaseFormBase
from ui.cases.opinion_dialog import add_opinion_panel
from ui.cases.plan_form import PlanForm
from ui.cases.service_form import ServiceForm
from ui.cases.step_dialog import CaseStepDialog
from ui.cases.visit_form import VisitForm
from ui.widgets.date_edit import DateEdit


def _tr(text: str) -> str:
    # Titles are needed before QDialog.__init__ runs, when self.tr() is not usable yet.
    return QCoreApplication.translate("CaseStepDialogs", text)


class AssessmentDialog(CaseStepDialog):
    """Record a needs assessment; with ``advance`` the case moves to ASSESSMENT that day."""

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
        *,
        advance: bool = True,
    ) -> None:
        self.advance = advance
        form = AssessmentForm(today)
        super().__init__(_tr("Needs assessment"), form, store, user, case, today, parent)
        self.assessment_form = form

    def commit(self) -> ValidationReport | None:
        """Check the assessment (and the stage date), then write both."""
        ctx, draft, report = self._collect(self.assessment_form)
        if draft is not None and self.advance:
            self._stage_issues(report, draft.assessed_on, "assessed_on")
        if draft is None or not report.ok:
            return report
        # One write: the assessment and the move to ASSESSMENT, or neither.
        self.repo.add_assessment(self.case.id, draft, ctx, self.user, advance=self.advance)
        return None


class PlanDialog(CaseStepDialog):
    """Draw up the support plan; with ``advance`` the case moves to PLAN on the plan date."""

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
        *,
        advance: bool = True,
    ) -> None:
        self.advance = advance
        services = ReferenceRepository(store).code_labels("service_types")
        statuses = ReferenceRepository(store).code_labels("measure_statuses")
        form = PlanForm(services, today, statuses)
        super().__init__(_tr("Support plan"), form, store, user, case, today, parent)
        self.plan_form = form
        form.set_context(self.repo.context(today))
        # Brief §3.2: the opinion of each child aged 10 or over on the plan date (a warning).
        self.opinions = add_opinion_panel(self, store, user, case, PLAN, form.drawn_up_edit)

    def commit(self) -> ValidationReport | None:
        """Check the plan and its measures (and the stage date), then write."""
        ctx, draft, report = self._collect(self.plan_form)
        if draft is not None and self.advance:
            self._stage_issues(report, draft.drawn_up, "drawn_up")
        if draft is None or not report.ok:
            return report
        # One write: a refused move to PLAN leaves no plan version behind to duplicate on retry.
        self.repo.save_plan(self.case.id, draft, ctx, self.user, advance=self.advance)
        return None


class _DateForm(CaseFormBase):
    """One date and a note: the start of accompaniment."""

    def __init__(self, label: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = self.add_row("date", label, DateEdit())
        self.date_edit.set_value(today)


class AccompanimentDialog(CaseStepDialog):
    """Start accompaniment on a date."""

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        form = _DateForm(_tr("Accompaniment starts &on:"), today)
        super().__init__(_tr("Accompaniment"), form, store, user, case, today, parent)
        self.date_form = form

    def commit(self) -> ValidationReport | None:
        """Check the date, then move the case to ACCOMPANIMENT."""
        report = ValidationReport()
        on = self.date_form.read_date(report, "date")
        if on is not None:
            self._stage_issues(report, on, "date")
        if on is None or not report.ok:
            return report
        ctx = self.repo.context(self.today)
        self.repo.transition(self.case.id, ACCOMPANIMENT, on, ctx, self.user)
        return None


class VisitDialog(CaseStepDialog):
    """Record a visit or contact; its next follow-up feeds the work lists."""

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        ref = ReferenceRepository(store)
        form = VisitForm(today, ref.code_labels("visit_types"), ref.code_labels("risk_levels"))
        super().__init__(_tr("Visit or contact"), form, store, user, case, today, parent)
        self.visit_form = form

    def commit(self) -> ValidationReport | None:
        """Check the visit, then write it."""
        ctx, draft, report = self._collect(self.visit_form)
        if draft is None or not report.ok:
            return report
        self.repo.add_visit(self.case.id, draft, ctx, self.user)
        return None


class ServiceDialog(CaseStepDialog):
    """Record a service delivered."""

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        services = ReferenceRepository(store).code_labels("service_types")
        form = ServiceForm(services, today, MoneyRepository(store).mrp_rates())
        super().__init__(_tr("Service delivered"), form, store, user, case, today, parent)
        self.service_form = form

    def commit(self) -> ValidationReport | None:
        """Check the service, then write it."""
        ctx, draft, report = self._collect(self.service_form)
        if draft is None or not report.ok:
            return report
        self.repo.add_service(self.case.id, draft, ctx, self.user)
        return None
