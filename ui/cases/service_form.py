"""A service delivered to the family: type, date, provider, staff, amount in МРП, note.

The amount is typed in МРП (brief §3.8, issue 14) and shown in tenge as it is typed, by the МРП
of the delivery year; a service recorded before holds tenge only, shown "as entered".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from models.cases.dto import ServiceDraft
from models.cases.service_money import ServiceMoney, amount_in_tenge, service_money
from models.cases.validation import validate_service
from models.families.validation import CaseContext
from models.issues import ValidationReport
from models.reference.dto import CodeLabel
from ui.cases.case_form_base import CaseFormBase, code_combo, set_combo_code, text_area
from ui.i18n import current_language
from ui.printing.formatting import format_money, format_number
from ui.widgets.date_edit import DateEdit
from ui.widgets.numbers import amount_text, parse_decimal


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServiceForm", text)


def money_text(money: ServiceMoney) -> str:
    """Return a service's amount for reading: "10 МРП = 43 250 ₸", or the tenge as entered."""
    lang = current_language()
    if money.entered is not None:
        return _tr("{tenge} ₸ as entered").format(tenge=format_money(money.entered, lang))
    if money.amount_mrp is None:
        return ""
    mrp = format_number(money.amount_mrp, lang)
    if money.tenge is None:
        return _tr("{mrp} МРП (no МРП for {year})").format(mrp=mrp, year=money.year)
    return _tr("{mrp} МРП = {tenge} ₸").format(mrp=mrp, tenge=format_money(money.tenge, lang))


def tenge_hint(money: ServiceMoney) -> str:
    """Return the tenge value of an amount being typed, or why there is none."""
    if money.amount_mrp is None:
        return ""
    if money.mrp is None or money.tenge is None:
        return _tr("No МРП for {year}: ask an administrator to add it.").format(year=money.year)
    lang = current_language()
    return _tr("= {tenge} ₸ at the МРП of {year}, {mrp} ₸").format(
        tenge=format_money(money.tenge, lang),
        year=money.year,
        mrp=format_money(money.mrp, lang),
    )


class ServiceForm(CaseFormBase):
    """The fields of one service delivered (``service_types`` code list).

    Args:
        service_types: the code list's entries.
        today: the date the delivery date starts at.
        mrp_rates: the МРП table (year -> tenge) that shows the amount in tenge.
    """

    def __init__(
        self,
        service_types: Sequence[CodeLabel],
        today: date,
        mrp_rates: Mapping[int, Decimal] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mrp_rates = dict(mrp_rates or {})
        self._entered: Decimal | None = None
        self.type_combo = self.add_row(
            "service_type", self.tr("Service t&ype:"), code_combo(service_types)
        )
        self.date_edit = self.add_row("delivered_on", self.tr("Delivered &on:"), DateEdit())
        self.date_edit.set_value(today)
        self.provider_edit = self.add_row("provider", self.tr("&Provider:"), QLineEdit())
        self.staff_edit = self.add_row("staff", self.tr("S&taff:"), QLineEdit())
        self.amount_edit = self.add_row("amount_mrp", self.tr("&Amount in МРП:"), QLineEdit())
        self.tenge_label = QLabel()
        self.tenge_label.setWordWrap(True)
        self.layout_.addRow("", self.tenge_label)
        self.entered_label = QLabel()
        self.entered_label.setWordWrap(True)
        self.layout_.addRow(self.tr("Entered before:"), self.entered_label)
        self.layout_.setRowVisible(self.entered_label, False)
        self.note_edit = self.add_row("note", self.tr("&Note:"), text_area(60))
        self.amount_edit.textChanged.connect(self._show_tenge)
        self.date_edit.value_changed.connect(self._show_tenge)
        self._show_tenge()

    def load(self, draft: ServiceDraft) -> None:
        """Show a recorded service; its tenge entered before issue 14 shows read-only."""
        set_combo_code(self.type_combo, draft.service_type)
        self.date_edit.set_value(draft.delivered_on)
        self.provider_edit.setText(draft.provider)
        self.staff_edit.setText(draft.staff)
        self.amount_edit.setText(amount_text(draft.amount_mrp))
        self.note_edit.setPlainText(draft.note)
        money = service_money(draft, self.mrp_rates)
        self._entered = draft.amount
        self.entered_label.setText(money_text(money) if money.entered is not None else "")
        self.layout_.setRowVisible(self.entered_label, money.entered is not None)
        self._show_tenge()

    def _typed_mrp(self) -> Decimal | None:
        try:
            return parse_decimal(self.amount_edit.text(), max_places=2)
        except ValueError:
            return None

    def _show_tenge(self) -> None:
        delivered = self.date_edit.value()
        amount = self._typed_mrp()
        text = ""
        if delivered is not None and amount is not None:
            text = tenge_hint(amount_in_tenge(amount, delivered.year, self.mrp_rates))
        self.tenge_label.setText(text)
        self.layout_.setRowVisible(self.tenge_label, bool(text))

    def collect(
        self, ctx: CaseContext, signal_date: date
    ) -> tuple[ServiceDraft | None, ValidationReport]:
        """Return the service typed (None without a date) and every issue found."""
        report = ValidationReport()
        delivered = self.read_date(report, "delivered_on")
        try:
            amount_mrp = parse_decimal(self.amount_edit.text(), max_places=2)
        except ValueError:
            amount_mrp = None
            report.add("amount_mrp", "mrp_amount_format")
        if delivered is None:
            return None, report
        draft = ServiceDraft(
            service_type=self.type_combo.currentData() or "",
            delivered_on=delivered,
            provider=self.provider_edit.text().strip(),
            staff=self.staff_edit.text().strip(),
            amount=self._entered,
            note=self.note_edit.toPlainText().strip(),
            amount_mrp=amount_mrp,
        )
        report.issues.extend(validate_service(draft, signal_date, ctx).issues)
        return draft, report
