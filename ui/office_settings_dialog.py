"""Settings > Office settings... (issue 12), an administrator's dialog.

Two tabs:

- **General**: SANITARY as a core zone for residential objects, the re-inspection interval
  (0 = none, the default: no interval is official, brief §2.2), the large-family threshold and
  the case stage limits (plan due: "no limit" by default; relaunch after). Save writes them
  through ``models/reference/office_settings.py`` (ranges, administrators only); every change
  is in the audit trail, shown by History... (Ctrl+H). The re-inspection due list reads the
  interval on its next refresh.
- **Typical elements**: each zone's typical elements (the code list ``zone_elements``, brief
  §2.4); the office adds its own (codes ``OFFICE_1``, ``OFFICE_2``... generated) and retires or
  reactivates any (a retired element stays valid for the passports holding it). These changes
  are written at once (``models/reference/typical_elements.py``) and audited.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.issues import ValidationError
from models.reference import settings as domain_settings
from models.reference.office_settings import (
    RANGES,
    OfficeSettings,
    read_office_settings,
    save_office_settings,
)
from models.reference.repository import ReferenceRepository
from models.reference.roles import RoleError
from models.reference.typical_elements import (
    TypicalElement,
    add_typical_element,
    set_typical_element_active,
    typical_elements,
)
from models.store.db import Store
from ui.audit.history_dialog import HistoryDialog
from ui.i18n import current_language
from ui.messages import issue_text, role_error_text
from ui.widgets.dialog_parts import error_summary_label, fit_to_screen
from ui.widgets.field_errors import FieldError, add_field_row, show_first_issues

#: The plan-limit spin box's value that means "no limit" (as on the cases page).
NO_LIMIT = -1
COL_CODE, COL_KK, COL_RU, COL_EN, COL_STATE = range(5)


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


class OfficeSettingsDialog(QDialog):
    """The office settings and the typical elements of the zones (administrators).

    Attributes:
        history: the settings history last opened (tests drive it), None before.
        saved: the keys the last save changed.
    """

    def __init__(self, store: Store, user: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.user = store, user
        self.lang = current_language()
        self.history: HistoryDialog | None = None
        self.saved: list[str] = []
        self.setWindowTitle(self.tr("Office settings"))
        self.error_label = error_summary_label()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._settings_page(), self.tr("&General"))
        self.tabs.addTab(self._elements_page(), self.tr("&Typical elements"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.history_button = buttons.addButton(
            self.tr("&History... (Ctrl+H)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.history_button.setAutoDefault(False)
        self.history_button.clicked.connect(self.open_history)
        QShortcut(QKeySequence("Ctrl+H"), self).activated.connect(self.open_history)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.load()
        fit_to_screen(self, 820, 600)

    # -- the settings ---------------------------------------------------------------------

    def _settings_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.sanitary_check = QCheckBox(
            self.tr("SANITARY is a core zone for residential and long-stay &objects")
        )
        years = RANGES[domain_settings.REINSPECTION_YEARS_KEY]
        self.interval_spin = _spin(*years, self.tr(" years"))
        self.interval_spin.setSpecialValueText(self.tr("none"))
        self.large_spin = _spin(*RANGES[domain_settings.LARGE_FAMILY_KEY], self.tr(" minors"))
        plan_high = RANGES[domain_settings.PLAN_DUE_DAYS_KEY][1]
        self.plan_spin = _spin(NO_LIMIT, plan_high, self.tr(" days"))
        self.plan_spin.setSpecialValueText(self.tr("no limit"))
        self.relaunch_spin = _spin(*RANGES[domain_settings.RELAUNCH_DAYS_KEY], self.tr(" days"))
        self.errors: dict[str, FieldError] = {
            domain_settings.SANITARY_CORE_KEY: add_field_row(form, "", self.sanitary_check),
            domain_settings.REINSPECTION_YEARS_KEY: add_field_row(
                form, self.tr("&Re-inspection interval:"), self.interval_spin
            ),
            domain_settings.LARGE_FAMILY_KEY: add_field_row(
                form, self.tr("Large &family from:"), self.large_spin
            ),
            domain_settings.PLAN_DUE_DAYS_KEY: add_field_row(
                form, self.tr("&Plan due after identification:"), self.plan_spin
            ),
            domain_settings.RELAUNCH_DAYS_KEY: add_field_row(
                form, self.tr("Re&launch after:"), self.relaunch_spin
            ),
        }
        note = QLabel(
            self.tr(
                "No re-inspection interval and no time limit between case stages is official: "
                "none is the default, an office may choose one. A passport older than the "
                "interval is on the re-inspection due list. A large family has at least this "
                "many cohabiting minors. Every change is recorded (History...)."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def load(self) -> None:
        """Show the stored settings and the typical elements."""
        values = read_office_settings(self.store)
        self.sanitary_check.setChecked(values.sanitary_core_for_residential)
        self.interval_spin.setValue(values.reinspection_interval_years)
        self.large_spin.setValue(values.large_family_minors)
        self.plan_spin.setValue(NO_LIMIT if values.plan_due_days is None else values.plan_due_days)
        self.relaunch_spin.setValue(values.relaunch_after_days)
        self.refresh_elements()

    def values(self) -> OfficeSettings:
        """Return the settings on screen."""
        plan = self.plan_spin.value()
        return OfficeSettings(
            sanitary_core_for_residential=self.sanitary_check.isChecked(),
            reinspection_interval_years=self.interval_spin.value(),
            large_family_minors=self.large_spin.value(),
            plan_due_days=None if plan == NO_LIMIT else plan,
            relaunch_after_days=self.relaunch_spin.value(),
        )

    def save(self) -> None:
        """Save the settings and close, or show why not."""
        self.error_label.hide()
        try:
            self.saved = save_office_settings(self.store, self.values(), self.user)
        except RoleError as exc:
            self._refused(role_error_text(exc.role))
            return
        except ValidationError as exc:
            show_first_issues(self.errors, exc.report.errors)
            self.tabs.setCurrentIndex(0)
            return
        show_first_issues(self.errors, [])
        self.accept()

    def _refused(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def open_history(self) -> None:
        """Open the history of every office setting (window-modal)."""
        if self.history is not None:
            self.history.deleteLater()
        self.history = HistoryDialog(self.store, "setting", "", self.windowTitle(), self)
        self.history.open()

    # -- the typical elements -------------------------------------------------------------

    def _elements_page(self) -> QWidget:
        page = QWidget()
        self.zone_combo = QComboBox()
        for item in ReferenceRepository(self.store).code_labels("functional_zones"):
            if item.code != "ALL":
                self.zone_combo.addItem(item.label(self.lang), item.code)
        self.zone_combo.currentIndexChanged.connect(self.refresh_elements)
        zone_label = QLabel(self.tr("&Zone:"))
        zone_label.setBuddy(self.zone_combo)
        zone_row = QHBoxLayout()
        zone_row.addWidget(zone_label)
        zone_row.addWidget(self.zone_combo, 1)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Kazakh"), self.tr("Russian"), self.tr("English"), ""]
        )
        self.table.setHorizontalHeaderItem(COL_STATE, QTableWidgetItem(self.tr("State")))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (COL_KK, COL_RU, COL_EN):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        table_label = QLabel(self.tr("The zone's &elements:"))
        table_label.setBuddy(self.table)
        self.retire_button = QPushButton(self.tr("Ret&ire"))
        self.retire_button.setAutoDefault(False)
        self.retire_button.clicked.connect(self.toggle_active)
        self.kk_edit, self.ru_edit, self.en_edit = QLineEdit(), QLineEdit(), QLineEdit()
        add_form = QFormLayout()
        self.name_errors = {
            "kk": add_field_row(add_form, self.tr("Name in &Kazakh:"), self.kk_edit),
            "ru": add_field_row(add_form, self.tr("Name in R&ussian:"), self.ru_edit),
            "en": add_field_row(add_form, self.tr("Name in E&nglish:"), self.en_edit),
        }
        self.add_button = QPushButton(self.tr("&Add element"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_element)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.retire_button)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.add_button)
        note = QLabel(
            self.tr(
                "Added and retired elements are saved at once. A retired element is no longer "
                "offered in zone annexes; passports that hold it keep it."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(zone_row)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_form)
        layout.addLayout(buttons_row)
        layout.addWidget(note)
        return page

    def zone(self) -> str:
        """Return the code of the zone shown."""
        return str(self.zone_combo.currentData() or "")

    def refresh_elements(self) -> None:
        """List the typical elements of the chosen zone."""
        self.elements: list[TypicalElement] = typical_elements(self.store, self.zone())
        self.table.setRowCount(len(self.elements))
        for row, e in enumerate(self.elements):
            state = self.tr("in use") if e.active else self.tr("retired")
            for col, text in enumerate((e.code, e.kk, e.ru, e.en, state)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not e.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(COL_CODE)
        self.table.resizeColumnToContents(COL_STATE)
        self._on_table_selection_changed()

    def selected(self) -> TypicalElement | None:
        """Return the element selected in the table, None when none is."""
        rows = self.table.selectionModel().selectedRows()
        return self.elements[rows[0].row()] if rows else None

    def _on_table_selection_changed(self) -> None:
        chosen = self.selected()
        self.retire_button.setEnabled(chosen is not None)
        active = chosen is None or chosen.active
        self.retire_button.setText(self.tr("Ret&ire") if active else self.tr("Reacti&vate"))

    def toggle_active(self) -> None:
        """Retire the selected element, or reactivate it when it is retired."""
        chosen = self.selected()
        if chosen is None:
            return
        self.error_label.hide()
        try:
            set_typical_element_active(self.store, chosen.code, not chosen.active, self.user)
        except RoleError as exc:
            self._refused(role_error_text(exc.role))
            return
        except ValidationError as exc:
            self._refused("\n".join(issue_text(i) for i in exc.report.errors))
            return
        self.refresh_elements()
        self._select(chosen.code)

    def add_element(self) -> None:
        """Add the office's own element to the chosen zone."""
        self.error_label.hide()
        try:
            code = add_typical_element(
                self.store,
                self.zone(),
                self.kk_edit.text(),
                self.ru_edit.text(),
                self.en_edit.text(),
                self.user,
            )
        except RoleError as exc:
            self._refused(role_error_text(exc.role))
            return
        except ValidationError as exc:
            issues = exc.report.errors
            # The names' own issues go under the Kazakh name (the first of the two asked).
            show_first_issues(self.name_errors, issues, lambda f: "kk" if f == "names" else f)
            others = [i for i in issues if i.field not in ("names", "kk", "ru", "en")]
            if others:
                self._refused("\n".join(issue_text(i) for i in others))
            return
        show_first_issues(self.name_errors, [])
        for edit in (self.kk_edit, self.ru_edit, self.en_edit):
            edit.clear()
        self.refresh_elements()
        self._select(code)

    def _select(self, code: str) -> None:
        for row, e in enumerate(self.elements):
            if e.code == code:
                self.table.selectRow(row)
                return
