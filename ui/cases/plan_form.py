"""The individual support plan: dates, note and measures (service, agency, due date, status).

Measures are typed in the measure fields and added to the list with "Add measure"; a measure
still in the fields when the plan is saved is saved with it, so typing one measure and pressing
Ctrl+S is enough. A measure without a due date is refused (``measure_without_due_date``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QWidget

from models.cases.dto import MeasureDraft, PlanDraft
from models.cases.validation import validate_plan, validate_plan_measure
from models.families.validation import CaseContext
from models.issues import ValidationReport
from models.reference.dto import CodeLabel
from ui.cases.case_form_base import CaseFormBase, code_combo, text_area
from ui.i18n import current_language, format_date
from ui.widgets.date_edit import DateEdit

_MEASURE_FIELD = re.compile(r"^measure\.(\d+)\.(.+)$")


class _MeasureList(QListWidget):
    """The measures added so far; Delete removes the current one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete removes the current measure."""
        if event.key() == Qt.Key.Key_Delete and self.currentRow() >= 0:
            self.takeItem(self.currentRow())
            return
        super().keyPressEvent(event)


class PlanForm(CaseFormBase):
    """Plan dates and note, the measure fields, the list of measures."""

    def __init__(
        self,
        service_types: Sequence[CodeLabel],
        today: date,
        statuses: Sequence[CodeLabel],
        parent: QWidget | None = None,
    ) -> None:
        """``statuses`` is the code list ``measure_statuses``."""
        super().__init__(parent)
        self._service_labels = {c.code: c.label(current_language()) for c in service_types}
        self._status_labels = {c.code: c.label(current_language()) for c in statuses}
        self.measures: list[MeasureDraft] = []
        self.drawn_up_edit = self.add_row("drawn_up", self.tr("Drawn &up on:"), DateEdit())
        self.drawn_up_edit.set_value(today)
        self.review_edit = self.add_row("review_date", self.tr("&Review on:"), DateEdit())
        self.service_combo = self.add_row(
            "measure.service_type", self.tr("Service t&ype:"), code_combo(service_types)
        )
        self.agency_edit = self.add_row(
            "measure.agency", self.tr("Responsible &agency:"), QLineEdit()
        )
        self.due_edit = self.add_row("measure.due_date", self.tr("Due &date:"), DateEdit())
        self.status_combo = self.add_row(
            "measure.status",
            self.tr("S&tatus:"),
            code_combo(statuses, blank=False),
        )
        self.done_edit = self.add_row("measure.done_date", self.tr("Done o&n:"), DateEdit())
        self.add_button = QPushButton(self.tr("Add &measure"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_measure)
        self.layout_.addRow("", self.add_button)
        self.measure_list = self.add_row("measures", self.tr("Measures:"), _MeasureList())
        self.measure_list.setMaximumHeight(110)
        self.note_edit = self.add_row("note", self.tr("N&ote:"), text_area(60))

    def state(self) -> tuple[object, ...]:
        """Include the measures added in the unsaved-changes check."""
        return (*super().state(), tuple(self.measures), self.measure_list.count())

    def _pending(self) -> MeasureDraft | None:
        """Return the measure in the fields, or None when they are untouched."""
        service = self.service_combo.currentData() or ""
        if not (service or self.agency_edit.text().strip() or not self.due_edit.is_empty()):
            return None
        return MeasureDraft(
            service_type=service,
            due_date=self.due_edit.value(),
            agency=self.agency_edit.text().strip(),
            status=self.status_combo.currentData() or "PLANNED",
            done_date=self.done_edit.value(),
        )

    def _measure_text(self, m: MeasureDraft) -> str:
        return self.tr("{service} — {agency}, due {due}, {status}").format(
            service=self._service_labels.get(m.service_type, m.service_type),
            agency=m.agency or "—",
            due=format_date(m.due_date),
            status=self._status_labels.get(m.status, m.status),
        )

    def _date_issues(self, report: ValidationReport) -> None:
        for name in ("measure.due_date", "measure.done_date"):
            edit = self.fields[name]
            assert isinstance(edit, DateEdit)
            if edit.value() is None and not edit.is_empty():
                report.add(name, "date_format")

    def add_measure(self) -> bool:
        """Check the measure in the fields and move it to the list; False when refused."""
        report = ValidationReport()
        self._date_issues(report)
        pending = self._pending()
        if pending is None:
            report.add("measure.service_type", "required")
        else:
            drawn_up = self.drawn_up_edit.value()
            report.issues.extend(
                validate_plan_measure(pending, self._ctx, "measure.", drawn_up).issues
            )
        self.show_issues(report)
        if not report.ok or pending is None:
            self.focus_field(self.first_error_field(report) or "measure.service_type")
            return False
        self.measures.append(pending)
        self.measure_list.addItem(self._measure_text(pending))
        self.service_combo.setCurrentIndex(0)
        self.agency_edit.clear()
        self.due_edit.clear()
        self.done_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.service_combo.setFocus()
        return True

    _ctx: CaseContext

    def set_context(self, ctx: CaseContext) -> None:
        """Give the rules' context (code lists, today) to the "Add measure" check."""
        self._ctx = ctx

    def map_field(self, name: str) -> str:
        """Issues of the measure in the fields go beside them; those of listed ones on the list."""
        if name == "measures" and self.measure_list.count() == 0:
            return "measure.service_type"
        match = _MEASURE_FIELD.match(name)
        if match is None:
            return name
        if int(match.group(1)) >= self.measure_list.count():
            return f"measure.{match.group(2)}"
        return "measures"

    def _listed(self) -> list[MeasureDraft]:
        # The list widget may have lost rows through Delete: keep the drafts in step.
        texts = [self.measure_list.item(i).text() for i in range(self.measure_list.count())]
        kept: list[MeasureDraft] = []
        pool = list(self.measures)
        for text in texts:
            for m in pool:
                if self._measure_text(m) == text:
                    kept.append(m)
                    pool.remove(m)
                    break
        self.measures = kept
        return kept

    def collect(
        self, ctx: CaseContext, signal_date: date
    ) -> tuple[PlanDraft | None, ValidationReport]:
        """Return the plan typed (with the measure still in the fields) and every issue."""
        self._ctx = ctx
        report = ValidationReport()
        drawn_up = self.read_date(report, "drawn_up")
        review = self.read_date(report, "review_date", required=False)
        self._date_issues(report)
        if drawn_up is None:
            return None, report
        measures = list(self._listed())
        pending = self._pending()
        if pending is not None:
            measures.append(pending)
        draft = PlanDraft(
            drawn_up=drawn_up,
            measures=tuple(measures),
            review_date=review,
            note=self.note_edit.toPlainText().strip(),
        )
        report.issues.extend(validate_plan(draft, signal_date, ctx).issues)
        return draft, report
