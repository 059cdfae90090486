"""Norm rules (issue 12, brief §2.8), an administrator's dialog: Settings > Norm rules...

The rule table of the store with every column of the brief's table, the editions of the
selected rule (who, when, why), and the administrator's actions: change a threshold (a new
edition: measurements already stored keep theirs), add a rule of the office's own, retire or
reactivate one. :class:`~models.objects.norm_rules.NormRuleRepository` checks the role and the
rule; this dialog only shows what it refuses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.issues import ValidationError
from models.objects.accessibility import CATEGORY_LETTERS
from models.objects.dto import NormRuleDTO
from models.objects.norm_rules import NormRuleRepository, RuleEdition
from models.objects.tables import CATEGORIES, NORM_METRICS, NORM_SEVERITIES, ZONES
from models.reference.repository import ReferenceRepository
from models.reference.roles import RoleError
from models.store.db import Store
from ui.i18n import current_language
from ui.messages import issue_text, role_error_text
from ui.widgets.dialog_parts import error_summary_label, fit_to_screen
from ui.widgets.row_list import format_number, parse_decimal

COL_TITLE, COL_ZONES, COL_ELEMENT, COL_METRIC, COL_NORM, COL_DOCUMENT = range(6)
COL_CATEGORIES, COL_SEVERITY, COL_EDITION = range(6, 9)


def _t(text: str) -> str:
    return QCoreApplication.translate("NormRulesDialog", text)


def metric_text(metric: str) -> str:
    """Return the translated name of what a rule measures."""
    names = {
        "SLOPE": _t("slope"),
        "WIDTH": _t("width"),
        "DEPTH": _t("depth"),
        "LENGTH": _t("length"),
        "HEIGHT": _t("height"),
        "DIAMETER": _t("diameter"),
        "SHARE": _t("share"),
        "COUNT": _t("count"),
        "PRESENT": _t("present (1 yes, 0 no)"),
    }
    return names.get(metric, metric)


def severity_text(severity: str) -> str:
    """Return the translated severity of a rule (a breach never blocks a passport)."""
    return {"error": _t("mandatory norm"), "warning": _t("to confirm")}.get(severity, severity)


def norm_text(operator: str, value: float, unit: str) -> str:
    """Return "≤ 5 %" for a rule's operator, threshold and unit."""
    return f"{'≤' if operator == '<=' else '≥'} {format_number(value)} {unit}"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class NormRulesDialog(QDialog):
    """The store's norm rules and their editions, edited by an administrator."""

    def __init__(self, store: Store, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Norm rules"))
        self.user = user
        self.repo = NormRuleRepository(store)
        lang = current_language()
        refs = ReferenceRepository(store)
        self.lang = lang
        self.zone_labels = {
            c.code: c.label(lang) for c in refs.code_labels("functional_zones") if c.code != "ALL"
        }
        self.element_labels = {
            c.code: c.label(lang) for c in refs.code_labels("zone_elements", include_retired=True)
        }
        self.category_labels = {
            c.code: c.label(lang) for c in refs.code_labels("user_categories") if c.code != "ALL"
        }
        self.element_zones = self.repo.element_zones()
        self.rules: list[NormRuleDTO] = []
        self.change_dialog: ChangeThresholdDialog | None = None
        self.add_dialog: AddRuleDialog | None = None

        hint = QLabel(
            self.tr(
                "Thresholds of the building-norm checks (brief §2.8). A change puts a new "
                "edition in force for new measurements; a value already stored keeps the "
                "verdict and edition it was checked against. A breach is evidence for the "
                "commission and never blocks a passport."
            )
        )
        hint.setWordWrap(True)
        self.table = _table(
            [
                self.tr("Check"),
                self.tr("Zones"),
                self.tr("Element"),
                self.tr("Measured"),
                self.tr("Norm"),
                self.tr("Document, clause"),
                self.tr("Categories"),
                self.tr("Severity"),
                self.tr("Edition"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.condition_label = QLabel()
        self.condition_label.setWordWrap(True)
        self.editions = _table(
            [self.tr("Edition"), self.tr("Norm"), self.tr("Made"), self.tr("By"), self.tr("Why")]
        )
        self.change_button = QPushButton(self.tr("&Change threshold..."))
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.add_button = QPushButton(self.tr("&Add rule..."))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.error_label = error_summary_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        for button in (self.change_button, self.add_button, self.retire_button):
            actions.addWidget(button)
        actions.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.condition_label)
        lower_layout.addWidget(QLabel(f"<b>{self.tr('Editions of the selected rule')}</b>"))
        lower_layout.addWidget(self.editions, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.reload()
        fit_to_screen(self, 1000, 680)

    # -- table --------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the rules again and select ``select`` (or keep the selection)."""
        current = self.selected()
        keep = select or (current.check_code if current is not None else None)
        self.rules = self.repo.rules()
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            title = rule.title(self.lang)
            if not rule.active:
                title = self.tr("{title} (retired)").format(title=title)
            cells = [
                title,
                ", ".join(self.zone_labels.get(z, z) for z in rule.zones),
                self.element_labels.get(rule.element, rule.element) if rule.element else "",
                metric_text(rule.metric),
                norm_text(rule.operator, rule.value, rule.unit),
                f"{rule.document} {rule.clause}".strip(),
                ", ".join(self.category_labels.get(c, c) for c in rule.categories.split()),
                severity_text(rule.severity),
                str(rule.edition),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{rule.check_code}: {text}")
                if not rule.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for col in (COL_TITLE, COL_ZONES, COL_DOCUMENT):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        codes = [r.check_code for r in self.rules]
        self.table.selectRow(codes.index(keep) if keep in codes else 0)
        self._on_table_item_selection_changed()

    def selected(self) -> NormRuleDTO | None:
        """Return the selected rule."""
        rows = {i.row() for i in self.table.selectedItems()}
        if not rows or not self.rules:
            return None
        return self.rules[min(rows)]

    def select_rule(self, check_code: str) -> None:
        """Select the row of a rule."""
        codes = [r.check_code for r in self.rules]
        self.table.selectRow(codes.index(check_code))

    def _on_table_item_selection_changed(self) -> None:
        rule = self.selected()
        self.change_button.setEnabled(rule is not None and rule.active)
        self.retire_button.setEnabled(rule is not None)
        if rule is None:
            self.editions.setRowCount(0)
            self.condition_label.clear()
            return
        self.retire_button.setText(self.tr("&Retire") if rule.active else self.tr("Re&activate"))
        self.condition_label.setText(
            self.tr("{code}: {condition}").format(
                code=rule.check_code,
                condition=rule.condition_text(self.lang) or self.tr("no condition"),
            )
        )
        editions = self.repo.editions(rule.check_code)
        self.editions.setRowCount(len(editions))
        for row, e in enumerate(reversed(editions)):
            for col, text in enumerate(self._edition_cells(e)):
                self.editions.setItem(row, col, QTableWidgetItem(text))
        self.editions.resizeColumnsToContents()

    def _edition_cells(self, e: RuleEdition) -> list[str]:
        return [
            str(e.edition),
            norm_text(e.operator, e.value, e.unit),
            e.made_at.strftime("%d.%m.%Y %H:%M"),
            e.made_by,
            e.note,
        ]

    # -- actions ------------------------------------------------------------------------------

    def _run(self, write: Callable[[], object], select: str) -> bool:
        """Write, then reload; show a refusal under the table. Return True when written."""
        try:
            write()
        except RoleError:
            self.error_label.setText(role_error_text(self.repo.store.principal.role))
            self.error_label.show()
            return False
        except ValidationError as exc:
            self.error_label.setText("\n".join(issue_text(i) for i in exc.report.errors))
            self.error_label.show()
            return False
        self.error_label.hide()
        self.reload(select)
        return True

    def _on_change_button_clicked(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        self.change_dialog = ChangeThresholdDialog(rule, self.lang, self)
        self.change_dialog.accepted.connect(self._on_change_dialog_accepted)
        self.change_dialog.open()

    def _on_change_dialog_accepted(self) -> None:
        dialog = self.change_dialog
        assert dialog is not None
        value = dialog.value()
        assert value is not None
        code = dialog.rule.check_code
        self._run(lambda: self.repo.change(code, value, dialog.note(), self.user), code)

    def _on_add_button_clicked(self) -> None:
        self.add_dialog = AddRuleDialog(self, self)
        self.add_dialog.open()

    def _on_retire_button_clicked(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        code = rule.check_code
        if rule.active:
            self._run(lambda: self.repo.retire(code, self.user), code)
        else:
            self._run(lambda: self.repo.reactivate(code, self.user), code)


class ChangeThresholdDialog(QDialog):
    """A new threshold for a rule, with the reason: shows the old and the new norm."""

    def __init__(self, rule: NormRuleDTO, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = rule
        self.setWindowTitle(self.tr("Change threshold"))
        self.value_edit = QLineEdit(format_number(rule.value))
        self.value_edit.setAccessibleName(self.tr("New threshold"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(70)
        self.note_edit.setAccessibleName(self.tr("Reason"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        form = QFormLayout()
        title = QLabel(f"<b>{rule.title(lang)}</b> ({rule.document} {rule.clause})")
        title.setWordWrap(True)
        form.addRow(title)
        form.addRow(self.tr("New &threshold, {unit}:").format(unit=rule.unit), self.value_edit)
        form.addRow(self.tr("&Reason (decision, letter):"), self.note_edit)
        form.addRow(self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.value_edit.textChanged.connect(self._refresh)
        self.note_edit.textChanged.connect(self._refresh)
        self._refresh()

    def value(self) -> float | None:
        """Return the new threshold, or None while it cannot be read."""
        try:
            number = parse_decimal(self.value_edit.text())
        except ValueError:
            return None
        return None if number is None else float(number)

    def note(self) -> str:
        """Return the reason given."""
        return self.note_edit.toPlainText().strip()

    def _refresh(self) -> None:
        value = self.value()
        old = norm_text(self.rule.operator, self.rule.value, self.rule.unit)
        if value is None:
            self.preview.setText(self.tr("Enter the new threshold as a number."))
        else:
            new = norm_text(self.rule.operator, value, self.rule.unit)
            self.preview.setText(
                self.tr("Edition {old_n}: {old} → edition {new_n}: {new}").format(
                    old_n=self.rule.edition, old=old, new_n=self.rule.edition + 1, new=new
                )
            )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(value is not None and value != self.rule.value and bool(self.note()))


class AddRuleDialog(QDialog):
    """A rule of the office's own: every column of the brief's rule table."""

    def __init__(self, owner: NormRulesDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = owner
        self.setWindowTitle(self.tr("Add norm rule"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("STAIR_TREAD_WIDTH")
        self.title_edits = {lang: QLineEdit() for lang in ("kk", "ru", "en")}
        zones = QGridLayout()
        self.zone_checks: dict[str, QCheckBox] = {}
        for i, z in enumerate(ZONES):
            check = QCheckBox(owner.zone_labels.get(z, z))
            check.toggled.connect(self._fill_elements)
            self.zone_checks[z] = check
            zones.addWidget(check, i, 0)  # one column: Kazakh zone names are long (1024x768)
        self.element_combo = QComboBox()
        self.element_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.element_combo.setMinimumContentsLength(24)
        self.metric_combo = QComboBox()
        for m in NORM_METRICS:
            self.metric_combo.addItem(metric_text(m), m)
        self.operator_combo = QComboBox()
        self.operator_combo.addItem("≤", "<=")
        self.operator_combo.addItem("≥", ">=")
        self.value_edit, self.unit_edit = QLineEdit(), QLineEdit("m")
        self.min_edit, self.max_edit = QLineEdit("0"), QLineEdit()
        self.document_edit, self.clause_edit = QLineEdit(), QLineEdit()
        cats = QHBoxLayout()
        # The categories' display letters (К, О, С, Г, У) with their names as tooltips: five
        # names in a row do not fit a 1024-px screen in Kazakh.
        self.category_checks = {c: QCheckBox(CATEGORY_LETTERS.get(c, c)) for c in CATEGORIES}
        for c, check in self.category_checks.items():
            check.setToolTip(owner.category_labels.get(c, c))
            check.setAccessibleName(owner.category_labels.get(c, c))
            cats.addWidget(check)
        cats.addStretch(1)
        self.severity_combo = QComboBox()
        for sev in NORM_SEVERITIES:
            self.severity_combo.addItem(severity_text(sev), sev)
        self.housing_check = QCheckBox(self.tr("Residential buildings only"))
        self.condition_edits = {lang: QLineEdit() for lang in ("kk", "ru", "en")}
        self.error_label = error_summary_label()

        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code_edit)
        for lang, label in (
            ("kk", self.tr("Name in &Kazakh:")),
            ("ru", self.tr("Name in &Russian:")),
            ("en", self.tr("Name in &English:")),
        ):
            form.addRow(label, self.title_edits[lang])
        form.addRow(self.tr("Zones:"), zones)
        form.addRow(self.tr("E&lement:"), self.element_combo)
        form.addRow(self.tr("&Measured:"), self.metric_combo)
        norm = QHBoxLayout()
        for w in (self.operator_combo, self.value_edit, self.unit_edit):
            norm.addWidget(w)
        form.addRow(self.tr("&Norm, unit:"), norm)
        limits = QHBoxLayout()
        limits.addWidget(self.min_edit)
        limits.addWidget(QLabel("–"))
        limits.addWidget(self.max_edit)
        form.addRow(self.tr("&Possible values:"), limits)
        form.addRow(self.tr("&Document:"), self.document_edit)
        form.addRow(self.tr("Cla&use:"), self.clause_edit)
        form.addRow(self.tr("Categories:"), cats)
        form.addRow(self.tr("&Severity:"), self.severity_combo)
        form.addRow("", self.housing_check)
        for lang, label in (
            ("kk", self.tr("C&ondition in Kazakh:")),
            ("ru", self.tr("Condition in Russ&ian:")),
            ("en", self.tr("Condition in En&glish:")),
        ):
            form.addRow(label, self.condition_edits[lang])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._fill_elements()

    def _fill_elements(self, *_args: object) -> None:
        keep = self.element_combo.currentData()
        self.element_combo.clear()
        self.element_combo.addItem(self.tr("any element of the zones"), "")
        chosen = {z for z, c in self.zone_checks.items() if c.isChecked()}
        for code, zone in self.owner.element_zones.items():
            if zone in chosen:
                self.element_combo.addItem(self.owner.element_labels.get(code, code), code)
        self.element_combo.setCurrentIndex(max(self.element_combo.findData(keep), 0))

    def rule(self) -> NormRuleDTO | None:
        """Return the rule as entered, or None (with the problem shown) when a number is
        unreadable."""
        numbers: list[float] = []
        for edit in (self.value_edit, self.min_edit, self.max_edit):
            try:
                number = parse_decimal(edit.text())
            except ValueError:
                number = None
            if number is None:
                edit.setFocus()
                self.error_label.setText(self.tr("Enter the norm and the possible values."))
                self.error_label.show()
                return None
            numbers.append(float(number))
        value, low, high = numbers
        return NormRuleDTO(
            check_code=self.code_edit.text().strip().upper(),
            zones=tuple(z for z, c in self.zone_checks.items() if c.isChecked()),
            operator=str(self.operator_combo.currentData()),
            value=value,
            unit=self.unit_edit.text().strip(),
            document=self.document_edit.text().strip(),
            clause=self.clause_edit.text().strip(),
            categories=" ".join(c for c, box in self.category_checks.items() if box.isChecked()),
            min_physical=low,
            max_physical=high,
            element=str(self.element_combo.currentData() or ""),
            metric=str(self.metric_combo.currentData()),
            scope="RESIDENTIAL" if self.housing_check.isChecked() else "",
            severity=str(self.severity_combo.currentData()),
            titles={lang: e.text().strip() for lang, e in self.title_edits.items()},
            conditions={lang: e.text().strip() for lang, e in self.condition_edits.items()},
        )

    def _on_buttons_accepted(self) -> None:
        rule = self.rule()
        if rule is None:
            return
        try:
            self.owner.repo.add(rule, self.owner.user)
        except ValidationError as exc:
            self.error_label.setText("\n".join(issue_text(i) for i in exc.report.errors))
            self.error_label.show()
            return
        except RoleError:
            self.error_label.setText(role_error_text(self.owner.repo.store.principal.role))
            self.error_label.show()
            return
        self.owner.reload(rule.check_code)
        self.accept()
