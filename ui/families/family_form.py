"""The family form: address, living conditions, categories, map level and legal basis (issue 3).

Members are edited in the family dialog's table; this form keeps the members it was given
so :meth:`FamilyForm.read` returns the whole household.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from models.families.dto import FamilyDraft, MemberDraft
from models.families.validation import CaseContext, validate_family
from models.issues import ValidationReport
from models.reference.dto import CodeLabel
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.i18n import current_language
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import widen_popups
from ui.widgets.field_errors import mark_unreadable_dates
from ui.widgets.field_form import FieldFormMixin, select_code
from ui.widgets.numbers import amount_text, parse_decimal
from ui.widgets.settlement_picker import SettlementPicker


class FamilyForm(FieldFormMixin, QWidget):
    """A household's own facts, validated as the user types.

    Signals:
        edited(): any field changed.
    """

    edited = Signal()

    #: Field names in form (and Tab) order, as used by :class:`~models.issues.Issue`.
    FIELDS = (
        "kato",
        "address",
        "rural",
        "phone",
        "housing_type",
        "heating_type",
        "co_detector",
        "categories",
        "map_level",
        "map_level_date",
        "map_level_source",
        "income_per_person",
        "legal_basis",
        "consent_form",
        "consent_date",
        "consent_recorded_by",
        "consent_scope",
        "consent_until",
        "consent_withdrawn_date",
        "withdrawal_basis",
        "statutory_basis",
    )

    def __init__(
        self,
        store: Store,
        user: str,
        ctx: CaseContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.ctx = store, user, ctx
        self._base = FamilyDraft(kato="", consent_recorded_by=user)
        self._touched: set[str] = set()
        self._populating = False
        lang = current_language()
        ref = ReferenceRepository(store)

        self.settlement = SettlementPicker(store, user)
        self.address_edit = QLineEdit()
        self.rural_combo = QComboBox()
        for text, data in ((self.tr("Not stated"), None), (self.tr("Urban"), False)):
            self.rural_combo.addItem(text, data)
        self.rural_combo.addItem(self.tr("Rural"), True)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("+7 7xx xxx xx xx")
        self.housing_combo = self._code_combo(ref.code_labels("housing_types"), lang)
        self.heating_combo = self._code_combo(ref.code_labels("heating_types"), lang)
        self.co_combo = self._code_combo(ref.code_labels("co_detector_answers"), lang, blank=False)
        self.categories_list = QListWidget()
        self.categories_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for item in ref.code_labels("family_categories"):
            entry = QListWidgetItem(item.label(lang))
            entry.setData(Qt.ItemDataRole.UserRole, item.code)
            entry.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.categories_list.addItem(entry)
        self.categories_list.setMaximumHeight(140)
        self.categories_list.setToolTip(self.tr("Space ticks or clears the current category."))
        self.map_level_combo = QComboBox()
        self.map_level_combo.addItem(self.tr("Not assessed"), "")
        for item in ref.code_labels("family_map_levels"):
            self.map_level_combo.addItem(f"{item.code} — {item.label(lang)}", item.code)
        self.map_level_date_edit = DateEdit()
        self.map_level_source_edit = QLineEdit()
        self.income_edit = QLineEdit()
        self.income_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9 \u00a0]{0,15}([.,][0-9]{0,2})?"))
        )
        self.income_edit.setPlaceholderText(self.tr("tenge a month; optional"))
        self.legal_basis_combo = self._code_combo(ref.code_labels("legal_bases"), lang)
        self.consent_form_combo = self._code_combo(ref.code_labels("consent_forms"), lang)
        self.consent_date_edit = DateEdit()
        self.consent_by_edit = QLineEdit()
        self.consent_withdrawn_edit = DateEdit()
        # Consent's scope and term, and the law that keeps processing after a withdrawal (§6).
        self.consent_scope_edit = QLineEdit()
        self.consent_scope_edit.setPlaceholderText(self.tr("purpose, data list, any transfer"))
        self.consent_until_edit = DateEdit()
        self.withdrawal_basis_edit = QLineEdit()
        self.withdrawal_basis_edit.setPlaceholderText(
            self.tr("the law that keeps processing after the withdrawal, if any")
        )
        self.statutory_edit = QLineEdit()
        self.statutory_edit.setPlaceholderText(self.tr("e.g. Social Code, article 133"))

        #: Field name -> the widget to focus and frame.
        self.widgets: dict[str, QWidget] = {
            "kato": self.settlement,
            "address": self.address_edit,
            "rural": self.rural_combo,
            "phone": self.phone_edit,
            "housing_type": self.housing_combo,
            "heating_type": self.heating_combo,
            "co_detector": self.co_combo,
            "categories": self.categories_list,
            "map_level": self.map_level_combo,
            "map_level_date": self.map_level_date_edit,
            "map_level_source": self.map_level_source_edit,
            "income_per_person": self.income_edit,
            "legal_basis": self.legal_basis_combo,
            "consent_form": self.consent_form_combo,
            "consent_date": self.consent_date_edit,
            "consent_recorded_by": self.consent_by_edit,
            "consent_scope": self.consent_scope_edit,
            "consent_until": self.consent_until_edit,
            "consent_withdrawn_date": self.consent_withdrawn_edit,
            "withdrawal_basis": self.withdrawal_basis_edit,
            "statutory_basis": self.statutory_edit,
        }
        labels = {
            "kato": self.tr("&Settlement (KATO):"),
            "address": self.tr("Street &address:"),
            "rural": self.tr("&Urban or rural:"),
            "phone": self.tr("&Phone:"),
            "housing_type": self.tr("&Housing:"),
            "heating_type": self.tr("H&eating:"),
            "co_detector": self.tr("CO/&gas detector:"),
            "categories": self.tr("Family &categories:"),
            "map_level": self.tr("Digital Family &Map level:"),
            "map_level_date": self.tr("Level &date:"),
            "map_level_source": self.tr("Level s&ource:"),
            "income_per_person": self.tr("&Income per person:"),
            "legal_basis": self.tr("&Legal basis of processing:"),
            "consent_form": self.tr("Consent &form:"),
            "consent_date": self.tr("Consent da&te:"),
            "consent_recorded_by": self.tr("Consent &recorded by:"),
            "consent_scope": self.tr("Co&nsent scope:"),
            "consent_until": self.tr("Consent &valid until:"),
            "consent_withdrawn_date": self.tr("Consent &withdrawn on:"),
            "withdrawal_basis": self.tr("Processing &kept by law:"),
            "statutory_basis": self.tr("Statutory &basis:"),
        }
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_field_rows(form, labels)

        self.settlement.changed.connect(lambda _k: self._on_field_edited("kato"))
        self.settlement.settlement_added.connect(lambda _k: self._on_field_edited("kato"))
        for fld, edit in (
            ("address", self.address_edit),
            ("phone", self.phone_edit),
            ("map_level_source", self.map_level_source_edit),
            ("income_per_person", self.income_edit),
            ("consent_recorded_by", self.consent_by_edit),
            ("statutory_basis", self.statutory_edit),
            ("consent_scope", self.consent_scope_edit),
            ("withdrawal_basis", self.withdrawal_basis_edit),
            ("consent_until", self.consent_until_edit),
            ("map_level_date", self.map_level_date_edit),
            ("consent_date", self.consent_date_edit),
            ("consent_withdrawn_date", self.consent_withdrawn_edit),
        ):
            edit.textChanged.connect(lambda _t, f=fld: self._on_field_edited(f))
        for fld, combo in (
            ("rural", self.rural_combo),
            ("housing_type", self.housing_combo),
            ("heating_type", self.heating_combo),
            ("co_detector", self.co_combo),
            ("map_level", self.map_level_combo),
            ("legal_basis", self.legal_basis_combo),
            ("consent_form", self.consent_form_combo),
        ):
            combo.currentIndexChanged.connect(lambda _i, f=fld: self._on_field_edited(f))
        self.categories_list.itemChanged.connect(lambda _i: self._on_field_edited("categories"))
        self.legal_basis_combo.currentIndexChanged.connect(self._update_enabled)
        self.map_level_combo.currentIndexChanged.connect(self._update_enabled)
        self.populate(self._base)
        widen_popups(self)  # issue 11: the longest item is readable

    @staticmethod
    def _code_combo(items: Sequence[CodeLabel], lang: str, *, blank: bool = True) -> QComboBox:
        """A combo of a code list's entries (label in ``lang``, code as item data)."""
        combo = QComboBox()
        if blank:
            combo.addItem("", "")
        for item in items:
            combo.addItem(item.label(lang), item.code)
        return combo

    # -- STYLE.md §4 -------------------------------------------------------------------------

    def populate(self, draft: FamilyDraft) -> None:
        """Show ``draft`` and clear every message."""
        self._populating = True
        try:
            self._base = draft
            self.settlement.set_value(draft.kato)
            self.address_edit.setText(draft.address)
            self.rural_combo.setCurrentIndex({None: 0, False: 1, True: 2}[draft.rural])
            self.phone_edit.setText(draft.phone)
            select_code(self.housing_combo, draft.housing_type)
            select_code(self.heating_combo, draft.heating_type)
            select_code(self.co_combo, draft.co_detector)
            for i in range(self.categories_list.count()):
                entry = self.categories_list.item(i)
                code = entry.data(Qt.ItemDataRole.UserRole)
                entry.setCheckState(
                    Qt.CheckState.Checked if code in draft.categories else Qt.CheckState.Unchecked
                )
            select_code(self.map_level_combo, draft.map_level)
            self.map_level_date_edit.set_value(draft.map_level_date)
            self.map_level_source_edit.setText(draft.map_level_source)
            self.income_edit.setText(amount_text(draft.income_per_person))
            select_code(self.legal_basis_combo, draft.legal_basis)
            select_code(self.consent_form_combo, draft.consent_form)
            self.consent_date_edit.set_value(draft.consent_date)
            self.consent_by_edit.setText(draft.consent_recorded_by)
            self.consent_withdrawn_edit.set_value(draft.consent_withdrawn_date)
            self.statutory_edit.setText(draft.statutory_basis)
            self.consent_scope_edit.setText(draft.consent_scope)
            self.consent_until_edit.set_value(draft.consent_until)
            self.withdrawal_basis_edit.setText(draft.withdrawal_basis)
        finally:
            self._populating = False
        self._touched.clear()
        self._update_enabled()
        self.show_issues(ValidationReport())

    def read(self) -> FamilyDraft:
        """Return the household as typed (members and ids kept from :meth:`populate`)."""
        try:
            income = parse_decimal(self.income_edit.text())
        except ValueError:
            income = None
        basis = str(self.legal_basis_combo.currentData() or "")
        consent = basis == "CONSENT"
        rural = self.rural_combo.currentData()
        return replace(
            self._base,
            kato=self.settlement.value(),
            address=self.address_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            rural=rural if isinstance(rural, bool) else None,
            housing_type=str(self.housing_combo.currentData() or ""),
            heating_type=str(self.heating_combo.currentData() or ""),
            co_detector=str(self.co_combo.currentData() or "unknown"),
            categories=self.checked_categories(),
            map_level=str(self.map_level_combo.currentData() or ""),
            map_level_date=self.map_level_date_edit.value(),
            map_level_source=self.map_level_source_edit.text().strip(),
            income_per_person=income,
            legal_basis=basis,
            consent_form=str(self.consent_form_combo.currentData() or "") if consent else "",
            consent_date=self.consent_date_edit.value() if consent else None,
            consent_recorded_by=self.consent_by_edit.text().strip() if consent else "",
            consent_withdrawn_date=self.consent_withdrawn_edit.value() if consent else None,
            statutory_basis=self.statutory_edit.text().strip() if basis == "STATUTORY" else "",
            consent_scope=self.consent_scope_edit.text().strip() if consent else "",
            consent_until=self.consent_until_edit.value() if consent else None,
            withdrawal_basis=self.withdrawal_basis_edit.text().strip() if consent else "",
        )

    def checked_categories(self) -> tuple[str, ...]:
        """Return the codes of the ticked categories, in list order."""
        return tuple(
            str(self.categories_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.categories_list.count())
            if self.categories_list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_members(self, members: tuple[MemberDraft, ...]) -> None:
        """Replace the members :meth:`read` returns (the dialog's table owns them)."""
        self._base = replace(self._base, members=tuple(members))

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable every field (e.g. while saving)."""
        for widget in self.widgets.values():
            widget.setEnabled(enabled)
        if enabled:
            self._update_enabled()

    # -- validation ----------------------------------------------------------------------------

    def validate(self, ctx: CaseContext | None = None) -> ValidationReport:
        """Return the family rules (members included) plus what the fields cannot hold."""
        report = validate_family(self.read(), ctx or self.ctx)
        mark_unreadable_dates(
            report,
            (
                ("map_level_date", self.map_level_date_edit),
                ("consent_date", self.consent_date_edit),
                ("consent_withdrawn_date", self.consent_withdrawn_edit),
                ("consent_until", self.consent_until_edit),
            ),
        )
        try:
            parse_decimal(self.income_edit.text())
        except ValueError:
            report.add("income_per_person", "amount_format")
        self._sort_issues(report)
        return report

    def first_error_field(self, report: ValidationReport) -> str | None:
        """Return the first family field (in form order) holding an error."""
        fields = sorted({i.field for i in report.errors if i.field in self.FIELDS}, key=self._order)
        return fields[0] if fields else None

    def _update_enabled(self, *_args: object) -> None:
        basis = self.legal_basis_combo.currentData()
        for widget in (
            self.consent_form_combo,
            self.consent_date_edit,
            self.consent_by_edit,
            self.consent_withdrawn_edit,
            self.consent_scope_edit,
            self.consent_until_edit,
            self.withdrawal_basis_edit,
        ):
            widget.setEnabled(basis == "CONSENT")
        self.statutory_edit.setEnabled(basis == "STATUTORY")
        assessed = bool(self.map_level_combo.currentData())
        self.map_level_date_edit.setEnabled(assessed)
        self.map_level_source_edit.setEnabled(assessed)
