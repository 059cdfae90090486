"""The base of the small dialogs that record one step of a case (stage, visit, service...).

Ctrl+S saves, Esc cancels (asking first when something was typed). A save that breaks a rule
keeps the dialog open with the fields marked and the first bad one focused; nothing is written
until every rule passes (the repositories validate again before writing).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Protocol, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.cases.dto import CaseDetail
from models.cases.repository import CaseRepository
from models.cases.rules import CLOSED
from models.cases.validation import validate_stage_date
from models.families.validation import CaseContext
from models.issues import ValidationError, ValidationReport
from models.reference.approvals import PeriodLockedError
from models.store.db import Store
from ui.cases.case_form_base import CaseFormBase
from ui.messages import issue_text
from ui.widgets.dialog_parts import error_summary_label, save_buttons, widen_popups
from ui.widgets.discard import DiscardGuardMixin
from ui.widgets.lock_banner import refusal_text

logger = logging.getLogger(__name__)

D_co = TypeVar("D_co", covariant=True)


class CollectingForm(Protocol[D_co]):
    """A case form whose ``collect`` reads a draft against the case's signal date."""

    def collect(
        self, ctx: CaseContext, signal_date: date
    ) -> tuple[D_co | None, ValidationReport]: ...


def last_stage_date(case: CaseDetail) -> date | None:
    """Return the date of the case's latest stage change (later stages cannot predate it)."""
    dates = [e.event_date for e in case.events if e.kind == "stage"]
    return max(dates) if dates else None


class StepDialog(DiscardGuardMixin, QDialog):
    """A form, a line for messages that belong to no field, Save and Cancel.

    Subclasses implement :meth:`commit`.

    Signals:
        saved(): the step was written.
    """

    saved = Signal()

    def __init__(self, title: str, form: CaseFormBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = form
        self.summary_label = error_summary_label()
        self.buttons = save_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        widen_popups(form)  # issue 11: the longest item is readable
        self._snapshot = form.state()
        form.first_widget().setFocus()

    def commit(self) -> ValidationReport | None:
        """Check and write the step; return the report when refused, None when written.

        Raises:
            ValidationError: a rule the repository found; shown like a returned report.
        """
        raise NotImplementedError

    def save(self) -> None:
        """Validate and write; on success emit :attr:`saved` and close."""
        try:
            report = self.commit()
        except ValidationError as exc:
            report = exc.report
        except PeriodLockedError as exc:
            # reporting.md §6.1: a visit, service or stage dated inside an approved period.
            self.summary_label.setText(refusal_text(exc))
            self.summary_label.show()
            return
        except SQLAlchemyError:
            logger.exception("saving a case step failed")
            self.summary_label.setText(
                self.tr(
                    "The store refused the change. Your entries are still here; try again, or "
                    "ask your administrator."
                )
            )
            self.summary_label.show()
            return
        if report is not None and not report.ok:
            self.show_report(report)
            return
        self._snapshot = self.form.state()
        self.saved.emit()
        self.accept()

    def show_report(self, report: ValidationReport) -> None:
        """Mark the fields and list the issues that belong to no field."""
        self.form.show_issues(report)
        loose = [
            issue_text(i)
            for i in report.errors
            if self.form.map_field(i.field) not in self.form.errors
        ]
        self.summary_label.setText(
            "\n".join(
                [self.tr("%n field(s) need correcting before saving.", "", len(report.errors))]
                + loose
            )
        )
        self.summary_label.show()
        first = self.form.first_error_field(report)
        if first is not None:
            self.form.focus_field(first)

    def is_dirty(self) -> bool:
        """Return True when something was typed since the dialog opened."""
        return self.form.state() != self._snapshot

    def discard_texts(self) -> tuple[str, str]:
        """Return the title and question of the discard confirmation."""
        return self.tr("Unsaved changes"), self.tr("Discard what you typed?")


def require_open(case: CaseDetail, report: ValidationReport) -> None:
    """Refuse writing into a closed case (the repository refuses too)."""
    if case.stage == CLOSED:
        report.add("stage", "case_closed")


class CaseStepDialog(StepDialog):
    """A step of one case: keeps the case repository, the user, the case and today.

    The base of the assessment, plan, accompaniment, visit, service, identification, closure
    and reopening dialogs.
    """

    def __init__(
        self,
        title: str,
        form: CaseFormBase,
        store: Store,
        user: str,
        case: CaseDetail,
        today: date,
        parent: QWidget | None,
    ) -> None:
        self.repo = CaseRepository(store)
        self.user, self.case, self.today = user, case, today
        super().__init__(title, form, parent)

    def _collect(
        self, form: CollectingForm[D_co]
    ) -> tuple[CaseContext, D_co | None, ValidationReport]:
        """Read ``form`` against today's context; a closed case is refused in the report."""
        ctx = self.repo.context(self.today)
        draft, report = form.collect(ctx, self.case.signal.signal_date)
        require_open(self.case, report)
        return ctx, draft, report

    def _stage_issues(self, report: ValidationReport, on: date, fld: str) -> None:
        """Add the issues of moving the case to a stage on date ``on`` (field ``fld``)."""
        ctx = self.repo.context(self.today)
        report.issues.extend(
            validate_stage_date(
                on, self.case.signal.signal_date, last_stage_date(self.case), ctx, fld
            ).issues
        )
