"""The object card: general information of an infrastructure object (issue 2).

:class:`FieldError`, :func:`with_error` and :func:`date_text_invalid` now live in
:mod:`ui.widgets.field_errors`; they are still importable from here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from models.issues import ValidationReport
from models.objects.context import validation_context
from models.objects.dto import ObjectDraft
from models.objects.validation import Context, validate_object
from models.reference.identifiers import normalize_digits
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.i18n import current_language
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import widen_popups
from ui.widgets.field_errors import FieldError, date_text_invalid, mark_unreadable_dates, with_error
from ui.widgets.field_form import FieldFormMixin, select_code
from ui.widgets.settlement_picker import SettlementPicker

#: Kept importable from here for code written before :mod:`ui.widgets.field_errors` existed.
__all__ = ["FieldError", "ObjectForm", "date_text_invalid", "with_error"]


def _digits(text: str) -> int | None:
    text = normalize_digits(text)
    return int(text) if text.isascii() and text.isdigit() else None


class ObjectForm(FieldFormMixin, QWidget):
    """General information of an object, validated as the user types.

    Issues are shown only for fields the user has touched, so a new card does not open in
    red; :meth:`show_issues` (called on Save) shows them all.

    Signals:
        edited(): any field changed.
    """

    edited = Signal()

    #: Field names in form (and Tab) order, as used by :class:`~models.issues.Issue`.
    FIELDS = (
        "name",
        "object_type",
        "kato",
        "address",
        "owner_name",
        "owner_bin",
        "responsible_body",
        "floors",
        "year_built",
        "residential",
        "subject_to_passportization",
        "exclusion_reason",
        "exclusion_date",
        "registered_date",
    )

    def __init__(
        self,
        store: Store,
        user: str,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.today = today or date.today()
        self.reference = ReferenceRepository(store)
        self._ctx: Context = validation_context(self.store, self.today)
        self._base = ObjectDraft(name="", object_type="", kato="", registered_date=self.today)
        self._touched: set[str] = set()
        self._populating = False

        self.name_edit = QLineEdit()
        self.type_combo = QComboBox()
        # An empty first entry: a new object must get its type chosen, not defaulted.
        self.type_combo.addItem("", "")
        lang = current_language()
        for item in self.reference.code_labels("object_types"):
            self.type_combo.addItem(item.label(lang), item.code)
            self.type_combo.setItemData(
                self.type_combo.count() - 1, item.label(lang), Qt.ItemDataRole.ToolTipRole
            )
        self.type_combo.setMaxVisibleItems(20)
        self.settlement = SettlementPicker(store, user)
        self.address_edit = QLineEdit()
        self.owner_name_edit = QLineEdit()
        self.owner_bin_edit = QLineEdit()
        self.owner_bin_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9 \u00a0]{0,16}"), self)
        )
        self.owner_bin_edit.setPlaceholderText(self.tr("12 digits"))
        self.responsible_edit = QLineEdit()
        self.floors_edit = QLineEdit()
        self.floors_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self)
        )
        self.floors_edit.setMaximumWidth(80)
        self.year_edit = QLineEdit()
        self.year_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self)
        )
        self.year_edit.setMaximumWidth(80)
        self.residential_check = QCheckBox(self.tr("Residential or long-stay (e.g. boarding)"))
        self.subject_check = QCheckBox(self.tr("Subject to passportization"))
        self.subject_check.setChecked(True)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_combo.addItems(
            [
                self.tr("Not open to the public"),
                self.tr("Closed or mothballed"),
                self.tr("Due for demolition"),
                self.tr("Duplicate of another record"),
            ]
        )
        self.reason_combo.setCurrentIndex(-1)
        reason_line = self.reason_combo.lineEdit()
        assert reason_line is not None  # an editable combo box always has its line edit
        reason_line.setPlaceholderText(self.tr("Choose or type the reason"))
        self.exclusion_date_edit = DateEdit()
        self.registered_edit = DateEdit()

        #: Field name -> the widget to focus and frame.
        self.widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "object_type": self.type_combo,
            "kato": self.settlement,
            "address": self.address_edit,
            "owner_name": self.owner_name_edit,
            "owner_bin": self.owner_bin_edit,
            "responsible_body": self.responsible_edit,
            "floors": self.floors_edit,
            "year_built": self.year_edit,
            "residential": self.residential_check,
            "subject_to_passportization": self.subject_check,
            "exclusion_reason": self.reason_combo,
            "exclusion_date": self.exclusion_date_edit,
            "registered_date": self.registered_edit,
        }
        labels = {
            "name": self.tr("&Name:"),
            "object_type": self.tr("Object &type:"),
            "kato": self.tr("&Settlement (KATO):"),
            "address": self.tr("&Address:"),
            "owner_name": self.tr("&Owner (organisation):"),
            "owner_bin": self.tr("Owner &BIN:"),
            "responsible_body": self.tr("Res&ponsible body:"),
            "floors": self.tr("&Floors:"),
            "year_built": self.tr("&Year built:"),
            "residential": "",
            "subject_to_passportization": "",
            "exclusion_reason": self.tr("E&xclusion reason:"),
            "exclusion_date": self.tr("Exclusion &date:"),
            "registered_date": self.tr("&Registered on:"),
        }
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_field_rows(form, labels)

        self.name_edit.textChanged.connect(lambda _t: self._on_field_edited("name"))
        self.type_combo.currentIndexChanged.connect(lambda _i: self._on_field_edited("object_type"))
        self.settlement.changed.connect(lambda _k: self._on_field_edited("kato"))
        self.settlement.settlement_added.connect(self._on_settlement_added)
        self.address_edit.textChanged.connect(lambda _t: self._on_field_edited("address"))
        self.owner_name_edit.textChanged.connect(lambda _t: self._on_field_edited("owner_name"))
        self.owner_bin_edit.textChanged.connect(lambda _t: self._on_field_edited("owner_bin"))
        self.responsible_edit.textChanged.connect(
            lambda _t: self._on_field_edited("responsible_body")
        )
        self.floors_edit.textChanged.connect(lambda _t: self._on_field_edited("floors"))
        self.year_edit.textChanged.connect(lambda _t: self._on_field_edited("year_built"))
        self.residential_check.toggled.connect(lambda _b: self._on_field_edited("residential"))
        self.subject_check.toggled.connect(self._on_subject_check_toggled)
        self.reason_combo.editTextChanged.connect(
            lambda _t: self._on_field_edited("exclusion_reason")
        )
        self.exclusion_date_edit.textChanged.connect(
            lambda _t: self._on_field_edited("exclusion_date")
        )
        self.registered_edit.textChanged.connect(
            lambda _t: self._on_field_edited("registered_date")
        )
        self.populate(self._base)
        widen_popups(self)  # issue 11: the longest item is readable

    # -- STYLE.md §4 -------------------------------------------------------------------------

    def populate(self, draft: ObjectDraft) -> None:
        """Show ``draft`` and clear every message."""
        self._populating = True
        try:
            self._base = draft
            self.name_edit.setText(draft.name)
            select_code(self.type_combo, draft.object_type)
            self.settlement.set_value(draft.kato)
            self.address_edit.setText(draft.address)
            self.owner_name_edit.setText(draft.owner_name)
            self.owner_bin_edit.setText(draft.owner_bin)
            self.responsible_edit.setText(draft.responsible_body)
            self.floors_edit.setText("" if draft.floors is None else str(draft.floors))
            self.year_edit.setText("" if draft.year_built is None else str(draft.year_built))
            self.residential_check.setChecked(draft.residential)
            self.subject_check.setChecked(draft.subject_to_passportization)
            self.reason_combo.setEditText(draft.exclusion_reason)
            self.exclusion_date_edit.set_value(draft.exclusion_date)
            self.registered_edit.set_value(draft.registered_date)
        finally:
            self._populating = False
        self._touched.clear()
        self._update_exclusion_enabled()
        self.show_issues(ValidationReport())

    def read(self) -> ObjectDraft:
        """Return the object as typed (ids of a populated object kept)."""
        subject = self.subject_check.isChecked()
        return replace(
            self._base,
            name=self.name_edit.text().strip(),
            object_type=str(self.type_combo.currentData() or ""),
            kato=self.settlement.value(),
            address=self.address_edit.text().strip(),
            owner_name=self.owner_name_edit.text().strip(),
            owner_bin=normalize_digits(self.owner_bin_edit.text()),
            responsible_body=self.responsible_edit.text().strip(),
            floors=_digits(self.floors_edit.text()),
            year_built=_digits(self.year_edit.text()),
            residential=self.residential_check.isChecked(),
            subject_to_passportization=subject,
            exclusion_reason="" if subject else self.reason_combo.currentText().strip(),
            exclusion_date=None if subject else self.exclusion_date_edit.value(),
            registered_date=self.registered_edit.value(),
        )

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable every field (e.g. while saving)."""
        for widget in self.widgets.values():
            widget.setEnabled(enabled)
        if enabled:
            self._update_exclusion_enabled()

    # -- validation ----------------------------------------------------------------------------

    def context(self) -> Context:
        """Return the validation context the form checks against."""
        return self._ctx

    def refresh_context(self) -> Context:
        """Reload the context from the store (settlements may have been added) and return it."""
        self._ctx = validation_context(self.store, self.today)
        return self._ctx

    def validate(self, ctx: Context | None = None) -> ValidationReport:
        """Return the store's rules on :meth:`read` plus what the fields cannot hold."""
        report = validate_object(self.read(), ctx or self._ctx)
        mark_unreadable_dates(
            report,
            (
                ("exclusion_date", self.exclusion_date_edit),
                ("registered_date", self.registered_edit),
            ),
        )
        self._sort_issues(report)
        return report

    def _on_subject_check_toggled(self, _checked: bool) -> None:
        self._update_exclusion_enabled()
        if not self._populating:
            # The reason and date become required now: say so at once.
            self._touched.update({"exclusion_reason", "exclusion_date"})
        self._on_field_edited("subject_to_passportization")

    def _on_settlement_added(self, _kato: str) -> None:
        self.refresh_context()
        self._on_field_edited("kato")

    def _update_exclusion_enabled(self) -> None:
        excluded = not self.subject_check.isChecked()
        self.reason_combo.setEnabled(excluded)
        self.exclusion_date_edit.setEnabled(excluded)
