"""The history of a record (issue 8): when, who, what, field, old -> new; for a family, who
opened it (supervisors and administrators).

Opened from the object, passport, family, member and case dialogs by a "History..." button
and Ctrl+H (:func:`add_history_button`). Field names are the labels the forms already show
(their translations are reused: the same context and source text); fields no form shows keep
their column name. Personal values whose family key was destroyed read "value destroyed".
Nothing here writes: the audit is read through ``models/audit/history.py``, which checks the
role.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.audit.history import (
    AccessEntry,
    HistoryEntry,
    family_history,
    family_openings,
    linked_names,
    record_history,
    record_uuid,
    settings_history,
)
from models.reference.roles import Permission, RoleError, allows
from models.store.db import Store
from ui.audit.history_values import ValueTexts
from ui.messages import role_error_text

#: Labels of the forms, by table and column: (translation context, source text).
_FORM_LABELS: dict[str, tuple[str, dict[str, str]]] = {
    "family": (
        "FamilyForm",
        {
            "kato": "&Settlement (KATO):",
            "address": "Street &address:",
            "rural": "&Urban or rural:",
            "phone": "&Phone:",
            "housing_type": "&Housing:",
            "heating_type": "H&eating:",
            "co_detector": "CO/&gas detector:",
            "code": "Family &categories:",
            "map_level": "Digital Family &Map level:",
            "map_level_date": "Level &date:",
            "map_level_source": "Level s&ource:",
            "income_per_person": "&Income per person:",
            "legal_basis": "&Legal basis of processing:",
            "consent_form": "Consent &form:",
            "consent_date": "Consent da&te:",
            "consent_recorded_by": "Consent &recorded by:",
            "consent_withdrawn_date": "Consent &withdrawn on:",
            "statutory_basis": "Statutory &basis:",
        },
    ),
    "person": (
        "MemberForm",
        {
            "surname": "&Surname:",
            "given_name": "&Given name:",
            "patronymic": "&Patronymic:",
            "iin": "&IIN:",
            "no_iin_reason": "No IIN &because:",
            "birth_date": "&Birth date:",
            "sex": "Se&x:",
            "citizenship": "&Citizenship or status:",
            "disability_group": "&Disability:",
            "disability_review_date": "Re-e&xamination date:",
            "pmpk_date": "P&MPK conclusion date:",
            "school": "Sc&hool or kindergarten:",
            "employment": "&Employment:",
            "relation": "&Relation:",
            "care_status": "Care st&atus:",
            "placement_form": "P&lacement form:",
            "police_registered": "Registered with the p&olice",
            "police_registered_date": "Police registration date:",
            "school_registered": "On the intra-school register",
            "school_registered_date": "Intra-school registration date:",
        },
    ),
    "infra_object": (
        "ObjectForm",
        {
            "name": "&Name:",
            "object_type": "Object &type:",
            "kato": "&Settlement (KATO):",
            "address": "&Address:",
            "owner_name": "&Owner (organisation):",
            "owner_bin": "Owner &BIN:",
            "responsible_body": "Res&ponsible body:",
            "floors": "&Floors:",
            "year_built": "&Year built:",
            "exclusion_reason": "E&xclusion reason:",
            "exclusion_date": "Exclusion &date:",
            "registered_date": "&Registered on:",
            "residential": "Residential or long-stay (e.g. boarding)",
            "subject_to_passportization": "Subject to passportization",
        },
    ),
    "passport": (
        "PassportForm",
        {
            "number": "Passport &number:",
            "inspection_date": "&Inspection date:",
            "passport_date": "&Passport (approval) date:",
            "commission": "Commission &members:",
            "conclusion": "Final &conclusion:",
            "override_note": "Override &note:",
            "requires_adaptation": "&Requires adaptation",
            "adapted_date": "&Adapted on:",
            "alternative_service": "Alternative form of service:",
        },
    ),
    "family_case": (
        "SignalForm",
        {
            "signal_date": "Signal &date:",
            "signal_source": "&Source:",
            "signal_source_note": "Source n&ote:",
            "signal_description": "Descrip&tion:",
            "anonymous": "Anon&ymous:",
        },
    ),
    "visit": (
        "VisitForm",
        {
            "visit_date": "Visit &date:",
            "kind": "T&ype:",
            "participants": "&Participants:",
            "child_seen": "&Child seen:",
            "findings": "&Findings:",
            "risk_level": "&Risk level:",
            "next_due": "&Next follow-up due:",
        },
    ),
    "child_opinion": (
        "OpinionForm",
        {
            "heard_on": "&Heard on:",
            "opinion": "The child's &opinion:",
            "not_heard_reason": "&Reason:",
        },
    ),
    # A family's money (issue 14): the entry dialog's labels.
    "member_income": (
        "MoneyEntryDialog",
        {
            "source": "&Source:",
            "monthly_amount": "&Tenge a month:",
            "since": "S&ince:",
            "until": "&Until (last day):",
            "note": "N&ote:",
        },
    ),
    "benefit_received": (
        "MoneyEntryDialog",
        {
            "benefit_type": "&Benefit:",
            "amount_mrp": "&Amount in МРП:",
            "year": "МРП of the &year:",
            "since": "S&ince:",
            "until": "&Until (last day):",
            "note": "N&ote:",
        },
    ),
}
#: Tables whose fields read with another table's labels.
_LABELS_OF = {"family_category": "family", "family_member": "person"}

#: The kinds of records a history lists (its own and its parts).
RECORD_NAMES: dict[str, object] = {
    "infra_object": QT_TRANSLATE_NOOP("HistoryDialog", "Object"),
    "passport": QT_TRANSLATE_NOOP("HistoryDialog", "Passport"),
    "passport_zone": QT_TRANSLATE_NOOP("HistoryDialog", "Zone"),
    "measurement": QT_TRANSLATE_NOOP("HistoryDialog", "Measurement"),
    "zone_work": QT_TRANSLATE_NOOP("HistoryDialog", "Adaptation work"),
    "family": QT_TRANSLATE_NOOP("HistoryDialog", "Family"),
    "family_category": QT_TRANSLATE_NOOP("HistoryDialog", "Family category"),
    "family_member": QT_TRANSLATE_NOOP("HistoryDialog", "Membership"),
    "person": QT_TRANSLATE_NOOP("HistoryDialog", "Member"),
    "family_case": QT_TRANSLATE_NOOP("HistoryDialog", "Case"),
    "case_event": QT_TRANSLATE_NOOP("HistoryDialog", "Case event"),
    "case_risk_factor": QT_TRANSLATE_NOOP("HistoryDialog", "Risk factor"),
    "needs_assessment": QT_TRANSLATE_NOOP("HistoryDialog", "Assessment"),
    "assessment_score": QT_TRANSLATE_NOOP("HistoryDialog", "Assessment score"),
    "support_plan": QT_TRANSLATE_NOOP("HistoryDialog", "Support plan"),
    "plan_measure": QT_TRANSLATE_NOOP("HistoryDialog", "Plan measure"),
    "visit": QT_TRANSLATE_NOOP("HistoryDialog", "Visit"),
    "service_delivered": QT_TRANSLATE_NOOP("HistoryDialog", "Service"),
    "case_summary": QT_TRANSLATE_NOOP("HistoryDialog", "Case summary"),
    "child_opinion": QT_TRANSLATE_NOOP("HistoryDialog", "Child's opinion"),
    "member_income": QT_TRANSLATE_NOOP("HistoryDialog", "Income"),
    "benefit_received": QT_TRANSLATE_NOOP("HistoryDialog", "Benefit"),
    # The whole passport and the office settings (issue 12).
    "zone_element": QT_TRANSLATE_NOOP("HistoryDialog", "Zone element"),
    "photo": QT_TRANSLATE_NOOP("HistoryDialog", "Photo"),
    "state_control": QT_TRANSLATE_NOOP("HistoryDialog", "State control"),
    "reinspection_trigger": QT_TRANSLATE_NOOP("HistoryDialog", "Re-inspection reason"),
    "norm_rule": QT_TRANSLATE_NOOP("HistoryDialog", "Norm rule"),
    "setting": QT_TRANSLATE_NOOP("HistoryDialog", "Office setting"),
    "code_item": QT_TRANSLATE_NOOP("HistoryDialog", "Typical element"),
}
ACTION_NAMES: dict[str, object] = {
    "insert": QT_TRANSLATE_NOOP("HistoryDialog", "Added"),
    "update": QT_TRANSLATE_NOOP("HistoryDialog", "Changed"),
    "delete": QT_TRANSLATE_NOOP("HistoryDialog", "Deleted"),
    "open": QT_TRANSLATE_NOOP("HistoryDialog", "Opened"),
    "print": QT_TRANSLATE_NOOP("HistoryDialog", "Printed"),
    "export": QT_TRANSLATE_NOOP("HistoryDialog", "Exported"),
}
#: Columns of the history table.
COL_WHEN, COL_WHO, COL_WHAT, COL_FIELD, COL_OLD, COL_NEW = range(6)


def _translate(text: object) -> str:
    return QCoreApplication.translate("HistoryDialog", str(text))


#: Linking fields, named by the kind of record they point to.
_LINK_LABELS = {
    "family_id": RECORD_NAMES["family"],
    "person_id": RECORD_NAMES["person"],
    "case_id": RECORD_NAMES["family_case"],
}
#: Fields no form labels, by table and column: the dialog's own words.
_OWN_LABELS: dict[tuple[str, str], object] = {
    # The office's own number of an object in its registry (the registry template's object_ref).
    ("infra_object", "object_ref"): QT_TRANSLATE_NOOP("HistoryDialog", "Registry number"),
    # The decision a child's opinion was heard for (issue 14).
    ("child_opinion", "decision"): QT_TRANSLATE_NOOP("HistoryDialog", "Decision"),
    # The office settings (issue 12): the settings history names each by its key.
    ("setting", "sanitary_core_for_residential"): QT_TRANSLATE_NOOP(
        "HistoryDialog", "SANITARY core for residential objects"
    ),
    ("setting", "reinspection_interval_years"): QT_TRANSLATE_NOOP(
        "HistoryDialog", "Re-inspection interval, years"
    ),
    ("setting", "large_family_minors"): QT_TRANSLATE_NOOP("HistoryDialog", "Large family: minors"),
    ("setting", "case_plan_due_days"): QT_TRANSLATE_NOOP(
        "HistoryDialog", "Plan due, days after identification"
    ),
    ("setting", "relaunch_after_days"): QT_TRANSLATE_NOOP("HistoryDialog", "Relaunch after, days"),
}


def field_label(entity: str, field: str) -> str:
    """Return the form's label of ``entity.field`` in the interface language (no ``&`` and
    colon), or the column name when no form shows it."""
    if field in _LINK_LABELS:
        return _translate(_LINK_LABELS[field])
    if (entity, field) in _OWN_LABELS:
        return _translate(_OWN_LABELS[(entity, field)])
    context, labels = _FORM_LABELS.get(_LABELS_OF.get(entity, entity), ("", {}))
    source = labels.get(field)
    if source is None:
        return field
    return QCoreApplication.translate(context, source).replace("&", "").rstrip(": ")


def _when(entry: HistoryEntry | AccessEntry) -> str:
    return entry.at.strftime("%d.%m.%Y %H:%M")


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(text)  # the whole text of a cut cell
    return item


#: The widest the What and Field columns grow to their contents (the values get the rest).
MAX_LABEL_WIDTH = 180


class HistoryDialog(QDialog):
    """The history of one record (``entity``: ``infra_object``, ``passport``, ``family``,
    ``person`` or ``family_case``) and, for a family, who opened it; ``setting`` (no UUID):
    the history of every office setting."""

    def __init__(
        self, store: Store, entity: str, uuid: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: {record}").format(record=title))
        self.store, self.entity, self.uuid = store, entity, uuid
        #: Codes, dates, settlements and links in words, as the forms show them.
        self.values = ValueTexts(store)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
            ]
        )
        for table in (self.table,):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Issue 11: the old and new values share the width left by the other columns, which
        # fit their contents and never their header less ("Прежнее значение" was cut).
        for col in (COL_OLD, COL_NEW):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        changes_label = QLabel(self.tr("&Changes:"))
        changes_label.setBuddy(self.table)
        layout.addWidget(changes_label)
        layout.addWidget(self.table, 2)
        #: Who opened the family (supervisors and administrators only; None otherwise).
        self.openings: QTableWidget | None = None
        if entity == "family" and allows(store.principal.role, Permission.AUDIT):
            self.openings = QTableWidget(0, 3)
            self.openings.setHorizontalHeaderLabels(
                [self.tr("When"), self.tr("Who"), self.tr("What")]
            )
            self.openings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.openings.verticalHeader().hide()
            self.openings.horizontalHeader().setStretchLastSection(True)
            openings_label = QLabel(self.tr("&Who opened this family:"))
            openings_label.setBuddy(self.openings)
            layout.addWidget(openings_label)
            layout.addWidget(self.openings, 1)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(960, 560)  # within a 1024x768 screen; the values get ~190 px each
        self.load()
        self.table.setFocus()

    def load(self) -> None:
        """Read the history (and the openings) again."""
        try:
            if self.entity == "family":
                entries = family_history(self.store, self.uuid)
            elif self.entity == "setting":  # the office settings (issue 12): every one
                entries = settings_history(self.store)
            else:
                entries = record_history(self.store, self.entity, self.uuid)
            openings = family_openings(self.store, self.uuid) if self.openings is not None else []
            self.values.links = linked_names(self.store, entries)
        except RoleError as exc:
            self.table.setRowCount(0)
            self.message.setText(role_error_text(exc.role))
            self.message.show()
            return
        self._fill(entries)
        if self.openings is not None:
            self.openings.setRowCount(len(openings))
            for row, a in enumerate(openings):
                what = _translate(ACTION_NAMES.get(a.action, a.action))
                if a.note:
                    what = f"{what}: {a.note}"
                for col, text in enumerate((_when(a), a.login, what)):
                    self.openings.setItem(row, col, _item(text))
        if not entries:
            self.message.setText(self.tr("Nothing has been recorded for this record yet."))
            self.message.show()

    def _value(self, entry: HistoryEntry, value: str | None) -> str:
        if entry.destroyed and value is not None:
            return self.tr("value destroyed")
        return self.values.text(entry.entity, entry.field, value)

    def _fill(self, entries: list[HistoryEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            what = _translate(ACTION_NAMES.get(e.action, e.action))
            record = RECORD_NAMES.get(e.entity)
            if record is not None and e.entity != self.entity:
                what = f"{what}: {_translate(record)}"
            texts = (
                _when(e),
                e.login,
                what,
                field_label(e.entity, e.field),
                self._value(e, e.old),
                self._value(e, e.new),
            )
            for col, text in enumerate(texts):
                self.table.setItem(row, col, _item(text))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Fit When and Who to their contents and header, What and Field too up to
        :data:`MAX_LABEL_WIDTH` (never below their header); the values take the rest."""
        header = self.table.horizontalHeader()
        for col in (COL_WHEN, COL_WHO, COL_WHAT, COL_FIELD):
            self.table.resizeColumnToContents(col)
            width = self.table.columnWidth(col)
            if col in (COL_WHAT, COL_FIELD):
                width = min(width, max(MAX_LABEL_WIDTH, header.sectionSizeHint(col)))
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))


class HistoryButton:
    """The "History... (Ctrl+H)" button of a record's dialog and the history it opened."""

    def __init__(
        self,
        dialog: QDialog,
        buttons: QDialogButtonBox,
        store: Store,
        entity: str,
        record_id: Callable[[], int | None],
    ) -> None:
        self.dialog, self.store, self.entity, self.record_id = dialog, store, entity, record_id
        #: The history dialog last opened (tests drive it), None before.
        self.history: HistoryDialog | None = None
        self.button = buttons.addButton(
            QCoreApplication.translate("HistoryDialog", "&History... (Ctrl+H)"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.open)
        shortcut = QShortcut(QKeySequence("Ctrl+H"), dialog)
        shortcut.activated.connect(self.open)
        self.refresh()

    def refresh(self) -> None:
        """Enable the button while the record exists (a new record has no history yet)."""
        self.button.setEnabled(self.record_id() is not None)

    def open(self) -> None:
        """Open the record's history (window-modal over its dialog)."""
        record_id = self.record_id()
        if record_id is None:
            return
        uuid = record_uuid(self.store, self.entity, record_id)
        if uuid is None:
            return
        if self.history is not None:
            self.history.deleteLater()  # one history at a time
        self.history = HistoryDialog(
            self.store, self.entity, uuid, self.dialog.windowTitle(), self.dialog
        )
        self.history.open()
