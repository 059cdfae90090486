"""The member form: one person of a household and the relation to the reference person.

The IIN is checked live while it is typed (brief §3.3): a wrong length, check digit or a
never-issued number is an error; a birth date or sex differing from the entered ones is only a
warning, because IINs issued since 2013 need not encode them. The full IIN shows only here;
lists mask it. A valid IIN fills an empty birth date and sex with what it encodes, with a note
"filled from the IIN" (issue 11); what the user typed is never overwritten.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from models.families.dto import MemberDraft
from models.families.iin import iin_sex, is_valid_iin, normalize_iin
from models.families.validation import CaseContext, validate_member
from models.issues import ValidationReport
from models.reference.identifiers import iin_birth_date
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.i18n import current_language
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import widen_popups
from ui.widgets.field_errors import mark_unreadable_dates
from ui.widgets.field_form import FieldFormMixin, select_code

#: Fields that identify a person: leaving one of them runs the duplicate search.
IDENTITY_FIELDS = ("iin", "surname", "given_name", "birth_date")
#: Fields a valid IIN fills when they are empty.
FROM_IIN_FIELDS = ("birth_date", "sex")


class MemberForm(FieldFormMixin, QWidget):
    """One member of a household, validated as the user types.

    Issues show only for fields the user has touched, except the IIN, which is checked from
    the first digit; :meth:`show_issues` (on Save) shows them all.

    Signals:
        edited(): any field changed.
        identity_left(str): the keyboard focus left an identity field (IIN, names, birth
            date) after it was edited; the dialog searches for duplicates then.
    """

    edited = Signal()
    identity_left = Signal(str)

    #: Field names in form (and Tab) order, as used by :class:`~models.issues.Issue`.
    FIELDS = (
        "iin",
        "no_iin_reason",
        "surname",
        "given_name",
        "patronymic",
        "birth_date",
        "sex",
        "relation",
        "citizenship",
        "disability_group",
        "disability_since_childhood",
        "disability_indefinite",
        "disability_review_date",
        "special_needs",
        "pmpk_date",
        "school",
        "employment",
        "care_status",
        "placement_form",
        "police_registered",
        "police_registered_date",
        "school_registered",
        "school_registered_date",
    )

    def __init__(
        self,
        store: Store,
        ctx: CaseContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.ctx = ctx
        self._base = MemberDraft(surname="", given_name="", relation="")
        self._touched: set[str] = set()
        self._dirty_identity: set[str] = set()
        self._populating = False
        self._filling = False
        lang = current_language()
        ref = ReferenceRepository(store)

        self.iin_edit = QLineEdit()
        self.iin_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9 \u00a0]{0,16}"), self)
        )
        self.iin_edit.setPlaceholderText(self.tr("12 digits"))
        self.no_iin_combo = QComboBox()
        self.no_iin_combo.addItem("", "")
        for item in ref.code_labels("no_iin_reasons"):
            self.no_iin_combo.addItem(item.label(lang), item.code)
        self.surname_edit = QLineEdit()
        self.given_name_edit = QLineEdit()
        self.patronymic_edit = QLineEdit()
        self.birth_date_edit = DateEdit()
        self.sex_combo = QComboBox()
        self.sex_combo.addItem("", "")
        self.sex_combo.addItem(self.tr("Male"), "M")
        self.sex_combo.addItem(self.tr("Female"), "F")
        self.relation_combo = QComboBox()
        self.relation_combo.addItem("", "")
        for item in ref.code_labels("relations"):
            self.relation_combo.addItem(item.label(lang), item.code)
        self.relation_combo.setMaxVisibleItems(22)
        self.citizenship_combo = QComboBox()
        for item in ref.code_labels("citizenships"):
            self.citizenship_combo.addItem(item.label(lang), item.code)
        self.disability_combo = QComboBox()
        self.disability_combo.addItem("", "")
        for item in ref.code_labels("disability_groups"):
            self.disability_combo.addItem(item.label(lang), item.code)
        self.since_childhood_check = QCheckBox(self.tr("Disabled since childhood"))
        self.indefinite_check = QCheckBox(self.tr("Set without an end date"))
        self.review_date_edit = DateEdit()
        self.special_needs_check = QCheckBox(self.tr("Special educational needs"))
        self.pmpk_date_edit = DateEdit()
        self.school_edit = QLineEdit()
        self.school_edit.setPlaceholderText(self.tr("School or kindergarten"))
        self.employment_edit = QLineEdit()
        # Care and registrations (brief §3.2; issue 14).
        self.care_status_combo = QComboBox()
        self.care_status_combo.addItem("", "")
        for item in ref.code_labels("care_statuses"):
            self.care_status_combo.addItem(item.label(lang), item.code)
        self.placement_combo = QComboBox()
        self.placement_combo.addItem("", "")
        for item in ref.code_labels("placement_forms"):
            self.placement_combo.addItem(item.label(lang), item.code)
        self.police_check = QCheckBox(self.tr("Registered with the p&olice"))
        self.police_date_edit = DateEdit()
        self.school_registered_check = QCheckBox(self.tr("On the intra-school register"))
        self.school_date_edit = DateEdit()

        #: Field name -> the widget to focus and frame.
        self.widgets: dict[str, QWidget] = {
            "iin": self.iin_edit,
            "no_iin_reason": self.no_iin_combo,
            "surname": self.surname_edit,
            "given_name": self.given_name_edit,
            "patronymic": self.patronymic_edit,
            "birth_date": self.birth_date_edit,
            "sex": self.sex_combo,
            "relation": self.relation_combo,
            "citizenship": self.citizenship_combo,
            "disability_group": self.disability_combo,
            "disability_since_childhood": self.since_childhood_check,
            "disability_indefinite": self.indefinite_check,
            "disability_review_date": self.review_date_edit,
            "special_needs": self.special_needs_check,
            "pmpk_date": self.pmpk_date_edit,
            "school": self.school_edit,
            "employment": self.employment_edit,
            "care_status": self.care_status_combo,
            "placement_form": self.placement_combo,
            "police_registered": self.police_check,
            "police_registered_date": self.police_date_edit,
            "school_registered": self.school_registered_check,
            "school_registered_date": self.school_date_edit,
        }
        labels = {
            "iin": self.tr("&IIN:"),
            "no_iin_reason": self.tr("No IIN &because:"),
            "surname": self.tr("&Surname:"),
            "given_name": self.tr("&Given name:"),
            "patronymic": self.tr("&Patronymic:"),
            "birth_date": self.tr("&Birth date:"),
            "sex": self.tr("Se&x:"),
            "relation": self.tr("&Relation:"),
            "citizenship": self.tr("&Citizenship or status:"),
            "disability_group": self.tr("&Disability:"),
            "disability_since_childhood": "",
            "disability_indefinite": "",
            "disability_review_date": self.tr("Re-e&xamination date:"),
            "special_needs": "",
            "pmpk_date": self.tr("P&MPK conclusion date:"),
            "school": self.tr("Sc&hool or kindergarten:"),
            "employment": self.tr("&Employment:"),
            "care_status": self.tr("Care st&atus:"),
            "placement_form": self.tr("P&lacement form:"),
            "police_registered": "",
            "police_registered_date": self.tr("Police registration date:"),
            "school_registered": "",
            "school_registered_date": self.tr("Intra-school registration date:"),
        }
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_field_rows(form, labels)
        # "Filled from the IIN" under the birth date and the sex it filled (issue 11).
        self.from_iin_notes: dict[str, QLabel] = {}
        for fld in FROM_IIN_FIELDS:
            note = QLabel(self.tr("Filled from the IIN"))
            note.setStyleSheet("color: palette(placeholder-text); font-size: small;")
            note.hide()
            box = self.widgets[fld].parentWidget()
            box_layout = box.layout() if box is not None else None
            if box_layout is not None:
                box_layout.addWidget(note)
            self.from_iin_notes[fld] = note

        for fld, edit in (
            ("iin", self.iin_edit),
            ("surname", self.surname_edit),
            ("given_name", self.given_name_edit),
            ("patronymic", self.patronymic_edit),
            ("school", self.school_edit),
            ("employment", self.employment_edit),
        ):
            edit.textChanged.connect(lambda _t, f=fld: self._on_field_edited(f))
        for fld, date_edit in (
            ("birth_date", self.birth_date_edit),
            ("disability_review_date", self.review_date_edit),
            ("pmpk_date", self.pmpk_date_edit),
            ("police_registered_date", self.police_date_edit),
            ("school_registered_date", self.school_date_edit),
        ):
            date_edit.textChanged.connect(lambda _t, f=fld: self._on_field_edited(f))
        for fld, combo in (
            ("no_iin_reason", self.no_iin_combo),
            ("sex", self.sex_combo),
            ("relation", self.relation_combo),
            ("citizenship", self.citizenship_combo),
            ("disability_group", self.disability_combo),
            ("care_status", self.care_status_combo),
            ("placement_form", self.placement_combo),
        ):
            combo.currentIndexChanged.connect(lambda _i, f=fld: self._on_field_edited(f))
        for fld, check in (
            ("disability_since_childhood", self.since_childhood_check),
            ("disability_indefinite", self.indefinite_check),
            ("special_needs", self.special_needs_check),
            ("police_registered", self.police_check),
            ("school_registered", self.school_registered_check),
        ):
            check.toggled.connect(lambda _b, f=fld: self._on_field_edited(f))
        # A registration date only with the registration ticked.
        self.police_check.toggled.connect(self.police_date_edit.setEnabled)
        self.school_registered_check.toggled.connect(self.school_date_edit.setEnabled)
        for fld in IDENTITY_FIELDS:
            self.widgets[fld].installEventFilter(self)
        self.populate(self._base)
        widen_popups(self)  # issue 11: the longest item is readable

    # -- STYLE.md §4 -------------------------------------------------------------------------

    def populate(self, draft: MemberDraft) -> None:
        """Show ``draft`` (a new or a stored member) and clear every message."""
        self._populating = True
        try:
            self._base = draft
            self.iin_edit.setText(draft.iin)
            select_code(self.no_iin_combo, draft.no_iin_reason)
            self.surname_edit.setText(draft.surname)
            self.given_name_edit.setText(draft.given_name)
            self.patronymic_edit.setText(draft.patronymic)
            self.birth_date_edit.set_value(draft.birth_date)
            select_code(self.sex_combo, draft.sex)
            select_code(self.relation_combo, draft.relation)
            select_code(self.citizenship_combo, draft.citizenship)
            select_code(self.disability_combo, draft.disability_group)
            self.since_childhood_check.setChecked(draft.disability_since_childhood)
            self.indefinite_check.setChecked(draft.disability_indefinite)
            self.review_date_edit.set_value(draft.disability_review_date)
            self.special_needs_check.setChecked(draft.special_needs)
            self.pmpk_date_edit.set_value(draft.pmpk_date)
            self.school_edit.setText(draft.school)
            self.employment_edit.setText(draft.employment)
            select_code(self.care_status_combo, draft.care_status)
            select_code(self.placement_combo, draft.placement_form)
            self.police_check.setChecked(draft.police_registered)
            self.police_date_edit.set_value(draft.police_registered_date)
            self.school_registered_check.setChecked(draft.school_registered)
            self.school_date_edit.set_value(draft.school_registered_date)
            self.police_date_edit.setEnabled(draft.police_registered)
            self.school_date_edit.setEnabled(draft.school_registered)
        finally:
            self._populating = False
        self._touched.clear()
        self._dirty_identity.clear()
        for note in self.from_iin_notes.values():
            note.hide()
        self.show_issues(ValidationReport())

    def read(self) -> MemberDraft:
        """Return the member as typed (ids, membership dates and decisions kept)."""
        police = self.police_check.isChecked()
        school = self.school_registered_check.isChecked()
        return replace(
            self._base,
            iin=normalize_iin(self.iin_edit.text()),
            no_iin_reason=str(self.no_iin_combo.currentData() or ""),
            surname=" ".join(self.surname_edit.text().split()),
            given_name=" ".join(self.given_name_edit.text().split()),
            patronymic=" ".join(self.patronymic_edit.text().split()),
            birth_date=self.birth_date_edit.value(),
            sex=str(self.sex_combo.currentData() or ""),
            relation=str(self.relation_combo.currentData() or ""),
            citizenship=str(self.citizenship_combo.currentData() or "CITIZEN"),
            disability_group=str(self.disability_combo.currentData() or ""),
            disability_since_childhood=self.since_childhood_check.isChecked(),
            disability_indefinite=self.indefinite_check.isChecked(),
            disability_review_date=self.review_date_edit.value(),
            special_needs=self.special_needs_check.isChecked(),
            pmpk_date=self.pmpk_date_edit.value(),
            school=self.school_edit.text().strip(),
            employment=self.employment_edit.text().strip(),
            care_status=str(self.care_status_combo.currentData() or ""),
            placement_form=str(self.placement_combo.currentData() or ""),
            police_registered=police,
            police_registered_date=self.police_date_edit.value() if police else None,
            school_registered=school,
            school_registered_date=self.school_date_edit.value() if school else None,
        )

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable every field (e.g. while saving)."""
        for widget in self.widgets.values():
            widget.setEnabled(enabled)
        if enabled:
            self.police_date_edit.setEnabled(self.police_check.isChecked())
            self.school_date_edit.setEnabled(self.school_registered_check.isChecked())

    # -- validation ----------------------------------------------------------------------------

    def validate(self) -> ValidationReport:
        """Return the member rules on :meth:`read` plus dates that are not dates yet."""
        report = validate_member(self.read(), self.ctx)
        mark_unreadable_dates(
            report,
            (
                ("birth_date", self.birth_date_edit),
                ("disability_review_date", self.review_date_edit),
                ("pmpk_date", self.pmpk_date_edit),
            ),
            enabled_only=False,
        )
        # A registration date counts only with its registration ticked (read() drops it).
        mark_unreadable_dates(
            report,
            (
                ("police_registered_date", self.police_date_edit),
                ("school_registered_date", self.school_date_edit),
            ),
        )
        self._sort_issues(report)
        return report

    def issue_for(self, fld: str) -> str:
        """Return the message shown under a field ('' when none)."""
        error = self.errors.get(fld)
        return error.text() if error is not None and not error.isHidden() else ""

    def _on_field_edited(self, fld: str) -> None:
        if self._populating:
            return
        if fld == "iin":
            self._fill_from_iin()
        elif fld in self.from_iin_notes and not self._filling:
            self.from_iin_notes[fld].hide()  # the user's own value now
        self._touched.add(fld)
        if fld in IDENTITY_FIELDS:
            self._dirty_identity.add(fld)
        report = self.validate()
        # The IIN is checked from the first digit typed; other fields once touched.
        shown = self._touched | ({"iin"} if self.iin_edit.text().strip() else set())
        report.issues = [i for i in report.issues if i.field in shown]
        self.show_issues(report)
        self.edited.emit()

    def _fill_from_iin(self) -> None:
        """Fill an empty birth date and sex from a valid IIN (or refill what it filled).

        A field the user typed is never touched; one the IIN filled follows a corrected IIN.
        """
        value = normalize_iin(self.iin_edit.text())
        if not is_valid_iin(value):
            return
        birth_date, sex = iin_birth_date(value), iin_sex(value)
        self._filling = True
        try:
            for fld, note in self.from_iin_notes.items():
                ours = not note.isHidden()
                if not (ours or self._is_empty(fld)):
                    continue
                if fld == "birth_date" and birth_date is not None:
                    self.birth_date_edit.set_value(birth_date)
                elif fld == "sex" and sex is not None:
                    select_code(self.sex_combo, sex)
                else:
                    continue
                note.show()
        finally:
            self._filling = False

    def _is_empty(self, fld: str) -> bool:
        if fld == "birth_date":
            return self.birth_date_edit.is_empty()
        return not self.sex_combo.currentData()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Report leaving an edited identity field (the duplicate search runs then)."""
        if event.type() == QEvent.Type.FocusOut and self._dirty_identity:
            for fld in IDENTITY_FIELDS:
                if self.widgets[fld] is watched and fld in self._dirty_identity:
                    self._dirty_identity.discard(fld)
                    self.identity_left.emit(fld)
                    break
        return False
