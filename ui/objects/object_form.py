"""The object card: general information of an infrastructure object (issue 2).

:class:`FieldError`, :func:`with_error` and :func:`date_text_invalid` now live in
:mod:`ui.widgets.field_errors`; they are still importable from here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.issues import ValidationReport
from models.objects.context import validation_context
from models.objects.dto import GeneralInfo, ObjectDraft
from models.objects.tables import YES_NO
from models.objects.validation import Context, validate_object
from models.reference.identifiers import normalize_digits
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.i18n import current_language
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import widen_popups
from ui.widgets.field_errors import (
    FieldError,
    add_field_rows,
    chain_tab_order,
    date_text_invalid,
    mark_unreadable_dates,
    with_error,
)
from ui.widgets.field_form import FieldFormMixin, select_code
from ui.widgets.numbers import format_number, parse_decimal
from ui.widgets.settlement_picker import SettlementPicker

#: Kept importable from here for code written before :mod:`ui.widgets.field_errors` existed.
__all__ = ["FieldError", "ObjectForm", "date_text_invalid", "with_error"]


def _digits(text: str) -> int | None:
    text = normalize_digits(text)
    return int(text) if text.isascii() and text.isdigit() else None


def _area(text: str) -> Decimal | None:
    try:
        return parse_decimal(text, max_places=2)
    except ValueError:
        return None


#: Passport §1 fields on the object (issue 12, ``ObjectDraft.general``), in form order: they
#: sit on the form's second tab.
GENERAL_FIELDS = (
    "building_kind",
    "area_m2",
    "has_plot",
    "plot_area_m2",
    "last_capital_repair_year",
    "planned_repairs",
    "legal_address",
    "use_basis",
    "ownership",
    "territorial_level",
    "higher_body",
)
#: The code list of each coded §1 field.
_GENERAL_LISTS = {
    "building_kind": "building_kinds",
    "use_basis": "use_bases",
    "ownership": "ownership_forms",
    "territorial_level": "territorial_levels",
}


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
        *GENERAL_FIELDS,
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
        self._build_general_fields(lang)

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
            **self.general_widgets,
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
        # Issue 12: passport §1 on a second tab, so the dialog still fits 1000x700.
        self.tabs = QTabWidget()
        register_page = QWidget()
        form = QFormLayout(register_page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        general_page = QWidget()
        general_form = QFormLayout(general_page)
        general_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = add_field_rows(
            form, ((f, labels[f]) for f in self.FIELDS if f not in GENERAL_FIELDS), self.widgets
        )
        self.errors.update(
            add_field_rows(
                general_form, ((f, self._general_labels()[f]) for f in GENERAL_FIELDS), self.widgets
            )
        )
        self.tabs.addTab(register_page, self.tr("&1 Register"))
        self.tabs.addTab(general_page, self.tr("&2 Passport §1 General information"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        chain_tab_order(self.widgets[fld] for fld in self.FIELDS)

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
        for fld, widget in self.general_widgets.items():
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, f=fld: self._on_field_edited(f))
            elif isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _t, f=fld: self._on_field_edited(f))
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
            self._populate_general(draft.general)
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
            general=self._read_general(),
        )

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable every field (e.g. while saving)."""
        for widget in self.widgets.values():
            widget.setEnabled(enabled)
        if enabled:
            self._update_exclusion_enabled()

    def focus_field(self, fld: str) -> None:
        """Show the tab holding ``fld``, then focus it."""
        self.tabs.setCurrentIndex(1 if fld in GENERAL_FIELDS else 0)
        super().focus_field(fld)

    # -- passport §1 (issue 12) ----------------------------------------------------------------

    def _build_general_fields(self, lang: str) -> None:
        self.general_widgets: dict[str, QWidget] = {}
        for fld, list_name in _GENERAL_LISTS.items():
            combo = QComboBox()
            combo.addItem(self.tr("not recorded"), "")
            for item in self.reference.code_labels(list_name):
                combo.addItem(item.label(lang), item.code)
            self.general_widgets[fld] = combo
        self.plot_combo = QComboBox()
        self.plot_combo.addItem(self.tr("not recorded"), "")
        answers = {"YES": self.tr("Yes"), "NO": self.tr("No")}
        for code in YES_NO:
            self.plot_combo.addItem(answers[code], code)
        self.general_widgets["has_plot"] = self.plot_combo
        area = QRegularExpression("[0-9 \u00a0]{0,9}([.,][0-9]{0,2})?")
        for fld in ("area_m2", "plot_area_m2"):
            edit = QLineEdit()
            edit.setValidator(QRegularExpressionValidator(area, self))
            edit.setMaximumWidth(140)
            self.general_widgets[fld] = edit
        self.repair_year_edit = QLineEdit()
        self.repair_year_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self)
        )
        self.repair_year_edit.setMaximumWidth(80)
        self.general_widgets["last_capital_repair_year"] = self.repair_year_edit
        for fld in ("planned_repairs", "legal_address", "higher_body"):
            self.general_widgets[fld] = QLineEdit()
        self.general_widgets["planned_repairs"].setToolTip(
            self.tr("Planned current or capital repairs: kind and year")
        )
        # Form order.
        self.general_widgets = {f: self.general_widgets[f] for f in GENERAL_FIELDS}

    def _general_labels(self) -> dict[str, str]:
        return {
            "building_kind": self.tr("Bui&lding:"),
            "area_m2": self.tr("Floor ar&ea, m²:"),
            "has_plot": self.tr("Adjacent &plot:"),
            "plot_area_m2": self.tr("Plot area, m²:"),
            "last_capital_repair_year": self.tr("Last &capital repair (year):"),
            "planned_repairs": self.tr("Planned repai&rs:"),
            "legal_address": self.tr("Le&gal address of the organisation:"),
            "use_basis": self.tr("Basis of &use:"),
            "ownership": self.tr("O&wnership:"),
            "territorial_level": self.tr("Territorial le&vel:"),
            "higher_body": self.tr("&Higher body:"),
        }

    def _line(self, fld: str) -> QLineEdit:
        widget = self.general_widgets[fld]
        assert isinstance(widget, QLineEdit)
        return widget

    def _combo_of(self, fld: str) -> QComboBox:
        widget = self.general_widgets[fld]
        assert isinstance(widget, QComboBox)
        return widget

    def _populate_general(self, g: GeneralInfo) -> None:
        for fld in (*_GENERAL_LISTS, "has_plot"):
            select_code(self._combo_of(fld), getattr(g, fld))
        for fld in ("area_m2", "plot_area_m2"):
            self._line(fld).setText(format_number(getattr(g, fld)))
        year = g.last_capital_repair_year
        self.repair_year_edit.setText("" if year is None else str(year))
        for fld in ("planned_repairs", "legal_address", "higher_body"):
            self._line(fld).setText(getattr(g, fld))

    def _read_general(self) -> GeneralInfo:
        return replace(
            self._base.general,
            **{
                f: str(self._combo_of(f).currentData() or "") for f in (*_GENERAL_LISTS, "has_plot")
            },
            area_m2=_area(self._line("area_m2").text()),
            plot_area_m2=_area(self._line("plot_area_m2").text()),
            last_capital_repair_year=_digits(self.repair_year_edit.text()),
            planned_repairs=self._line("planned_repairs").text().strip(),
            legal_address=self._line("legal_address").text().strip(),
            higher_body=self._line("higher_body").text().strip(),
        )

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
