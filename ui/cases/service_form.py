"""A service delivered to the family: type, date, provider, staff, note."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from models.cases.dto import ServiceDraft
from models.cases.validation import validate_service
from models.families.validation import CaseContext
from models.issues import ValidationReport
from models.reference.dto import CodeLabel
from ui.cases.case_form_base import CaseFormBase, code_combo, text_area
from ui.widgets.date_edit import DateEdit


class ServiceForm(CaseFormBase):
    """The fields of one service delivered (``service_types`` code list)."""

    def __init__(
        self, service_types: Sequence[CodeLabel], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.type_combo = self.add_row(
            "service_type", self.tr("Service t&ype:"), code_combo(service_types)
        )
        self.date_edit = self.add_row("delivered_on", self.tr("Delivered &on:"), DateEdit())
        self.date_edit.set_value(today)
        self.provider_edit = self.add_row("provider", self.tr("&Provider:"), QLineEdit())
        self.staff_edit = self.add_row("staff", self.tr("S&taff:"), QLineEdit())
        self.note_edit = self.add_row("note", self.tr("&Note:"), text_area(60))

    def collect(
        self, ctx: CaseContext, signal_date: date
    ) -> tuple[ServiceDraft | None, ValidationReport]:
        """Return the service typed (None without a date) and every issue found."""
        report = ValidationReport()
        delivered = self.read_date(report, "delivered_on")
        if delivered is None:
            return None, report
        draft = ServiceDraft(
            service_type=self.type_combo.currentData() or "",
            delivered_on=delivered,
            provider=self.provider_edit.text().strip(),
            staff=self.staff_edit.text().strip(),
            note=self.note_edit.toPlainText().strip(),
        )
        report.issues.extend(validate_service(draft, signal_date, ctx).issues)
        return draft, report
