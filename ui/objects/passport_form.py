"""The accessibility passport form (issue 2): header, zones, measurements, status, decision.

The form only shapes input and shows findings: the rules are ``models.objects.validation.
validate_passport`` and the suggestion is ``models.objects.accessibility.suggest_levels``, so the
importer and the reports judge a passport exactly as the form does.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.issues import ERROR, WARNING, Issue, ValidationReport
from models.objects.accessibility import (
    CATEGORY_LETTERS,
    NA,
    STATUS_CODES,
    display_code,
    level_of_status,
    status_codes,
    status_display,
    suggest_levels,
)
from models.objects.context import norm_rules
from models.objects.dto import NormRuleDTO, PassportDraft
from models.objects.tables import CATEGORIES
from models.objects.validation import Context, validate_passport
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.i18n import current_language
from ui.messages import issue_text
from ui.objects.level_grid import UNSET, LevelGrid
from ui.objects.measurement_table import WARNING_COLOUR, MeasurementTable
from ui.objects.works_table import WorksTable
from ui.widgets.date_edit import DateEdit
from ui.widgets.row_list import format_number, parse_decimal
from ui.widgets.theme import ERROR_COLOUR

logger = logging.getLogger(__name__)

#: Codes hidden while typing until the first save attempt: a new form is not "all wrong".
_QUIET_CODES = ("required", "level_required")
_FRAME_STYLE = (
    f'*[issue="error"] {{ border: 2px solid {ERROR_COLOUR}; }}'
    f'*[issue="warning"] {{ border: 2px solid {WARNING_COLOUR}; }}'
)


@dataclass(frozen=True)
class PassportRefs:
    """Code-list labels (in the interface language) and norm rules the form offers."""

    zone_labels: dict[str, str]
    work_zone_labels: dict[str, str]
    category_labels: dict[str, str]
    status_labels: dict[str, str]
    work_labels: dict[str, str]
    norm_rules: dict[str, NormRuleDTO]

    @classmethod
    def load(cls, store: Store, lang: str | None = None) -> PassportRefs:
        """Read the labels and rules from the store."""
        lang = lang or current_language()
        refs = ReferenceRepository(store)

        def labels(name: str) -> dict[str, str]:
            return {c.code: c.label(lang) for c in refs.code_labels(name)}

        zones = labels("functional_zones")
        return cls(
            zone_labels={z: label for z, label in zones.items() if z != "ALL"},
            work_zone_labels={"ALL": zones.get("ALL", "ALL")}
            | {z: label for z, label in zones.items() if z != "ALL"},
            category_labels={c: label for c, label in labels("user_categories").items()},
            status_labels=labels("access_statuses"),
            work_labels=labels("adaptation_works"),
            norm_rules=norm_rules(store),
        )


def _plain_text(tab_changes_focus: bool = True) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    # Tab leaves the field, as in every other field; Ctrl+Tab is not needed for text here.
    edit.setTabChangesFocus(tab_changes_focus)
    edit.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
    edit.setMaximumHeight(70)
    return edit


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class PassportForm(QWidget):
    """Edits one passport version; STYLE.md §4 form API.

    Signals:
        changed(): the user changed something (the issues are already refreshed).
    """

    changed = Signal()

    def __init__(
        self,
        refs: PassportRefs,
        ctx: Context,
        *,
        residential: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.refs, self.ctx, self.residential = refs, ctx, residential
        self._id: int | None = None
        self._version: int | None = None
        self._editable = True
        self._updating = False
        self._show_required = False
        self._status_touched = dict.fromkeys(CATEGORIES, False)
        self._adaptation_touched = False
        self._suggested: dict[str, str] = {}
        self._report = ValidationReport()
        self._fields: dict[str, QWidget] = {}
        self._inline: dict[str, QLabel] = {}
        self._marked: list[QWidget] = []
        self.setStyleSheet(_FRAME_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scroll(self._build_general()), self.tr("&1 General"))
        self.tabs.addTab(_scroll(self._build_zones()), self.tr("&2 Zones"))
        self.tabs.addTab(_scroll(self._build_measurements()), self.tr("&3 Measurements"))
        self.tabs.addTab(_scroll(self._build_status()), self.tr("&4 Status"))
        self.tabs.addTab(_scroll(self._build_decision()), self.tr("&5 Decision"))
        layout.addWidget(self.tabs, 1)
        self.issue_list = QListWidget()
        self.issue_list.setAccessibleName(self.tr("Problems"))
        self.issue_list.setToolTip(self.tr("Press Enter on a problem to go to its field."))
        self.issue_list.itemActivated.connect(self._on_issue_list_item_activated)
        layout.addWidget(self.issue_list)
        self.populate(PassportDraft(None, None))

    # -- building ---------------------------------------------------------------------------

    def _with_inline(self, field: str, widget: QWidget) -> QWidget:
        """Register ``widget`` as ``field`` and return it with a message label beneath."""
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        label = QLabel()
        label.setWordWrap(True)
        label.hide()
        v.addWidget(label)
        self._fields[field] = widget
        self._inline[field] = label
        return box

    def _build_general(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        form = QFormLayout()
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(40)
        self.inspection_date_edit = DateEdit()
        self.passport_date_edit = DateEdit()
        self.commission_edit = _plain_text()
        self.commission_edit.setPlaceholderText(self.tr("One member per line"))
        self.conclusion_edit = _plain_text()
        form.addRow(self.tr("Passport &number:"), self._with_inline("number", self.number_edit))
        form.addRow(
            self.tr("&Inspection date:"),
            self._with_inline("inspection_date", self.inspection_date_edit),
        )
        form.addRow(
            self.tr("&Passport (approval) date:"),
            self._with_inline("passport_date", self.passport_date_edit),
        )
        form.addRow(
            self.tr("Commission &members:"), self._with_inline("commission", self.commission_edit)
        )
        form.addRow(
            self.tr("Final &conclusion:"), self._with_inline("conclusion", self.conclusion_edit)
        )
        v.addLayout(form)
        group = QGroupBox(self.tr("3.3 Form of service per category"))
        g = QFormLayout(group)
        self.service_combos: dict[str, QComboBox] = {}
        for cat in CATEGORIES:
            combo = QComboBox()
            combo.addItem("—", "")
            combo.addItem("А — " + self.tr("all zones accessible"), "A")
            combo.addItem("Б — " + self.tr("dedicated areas or rooms"), "B")
            combo.addItem("ДУ — " + self.tr("conditional: assistance, at home or remote"), "DU")
            combo.addItem("ВНД — " + self.tr("not organised"), "VND")
            self.service_combos[cat] = combo
            label = f"{CATEGORY_LETTERS[cat]} — {self.refs.category_labels.get(cat, cat)}:"
            g.addRow(label, self._with_inline(f"service_form.{cat}", combo))
        v.addWidget(group)
        v.addStretch(1)
        for w in (self.number_edit, self.inspection_date_edit, self.passport_date_edit):
            w.textChanged.connect(self._on_any_changed)
        for editor in (self.commission_edit, self.conclusion_edit):
            editor.textChanged.connect(self._on_any_changed)
        for combo in self.service_combos.values():
            combo.currentIndexChanged.connect(self._on_any_changed)
        return page

    def _build_zones(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "Level per zone and category: Full, Partial, Conditional, None, or N/A when the "
                "zone is absent. Arrow keys change a level, Tab moves on."
            )
        )
        hint.setWordWrap(True)
        v.addWidget(hint)
        self.level_grid = LevelGrid(self.refs.zone_labels, self.refs.category_labels)
        self.level_grid.changed.connect(self._on_any_changed)
        for zone in self.level_grid.zones:
            for cat in CATEGORIES:
                self._fields[f"zone.{zone}.{cat}"] = self.level_grid.combo(zone, cat)
        self._fields["zones"] = self.level_grid
        v.addWidget(self.level_grid)
        v.addStretch(1)
        return page

    def _build_measurements(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "Measured values are checked against the norm rules; a breach is evidence for "
                "the commission and does not set a status by itself. Ctrl+Ins adds a row, "
                "Ctrl+Del removes the current one."
            )
        )
        hint.setWordWrap(True)
        v.addWidget(hint)
        self.measurement_table = MeasurementTable(self.refs.zone_labels, self.refs.norm_rules)
        self.measurement_table.changed.connect(self._on_any_changed)
        v.addWidget(self.measurement_table)
        return page

    def _build_status(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        grid = QGridLayout()
        grid.addWidget(QLabel(f"<b>{self.tr('Category')}</b>"), 0, 0)
        grid.addWidget(QLabel(f"<b>{self.tr('Suggested')}</b>"), 0, 1)
        grid.addWidget(QLabel(f"<b>{self.tr('Confirmed status')}</b>"), 0, 2)
        self.suggested_labels: dict[str, QLabel] = {}
        self.status_combos: dict[str, QComboBox] = {}
        for r, cat in enumerate(CATEGORIES, start=1):
            grid.addWidget(
                QLabel(f"{CATEGORY_LETTERS[cat]} — {self.refs.category_labels.get(cat, cat)}"), r, 0
            )
            suggested = QLabel()
            self.suggested_labels[cat] = suggested
            grid.addWidget(suggested, r, 1)
            combo = QComboBox()
            for code in STATUS_CODES:
                combo.addItem(
                    f"{status_display(code)} — {self.refs.status_labels.get(code, code)}", code
                )
            combo.setAccessibleName(
                self.tr("Confirmed status: {cat}").format(cat=CATEGORY_LETTERS[cat])
            )
            combo.currentIndexChanged.connect(self._on_status_combo_changed)
            self.status_combos[cat] = combo
            grid.addWidget(self._with_inline(f"status.{cat}", combo), r, 2)
        grid.setColumnStretch(2, 1)
        v.addLayout(grid)
        self.object_code_label = QLabel()
        self.object_code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggested_code_label = QLabel()
        self.approach_label = QLabel()
        self.approach_label.setWordWrap(True)
        summary = QFormLayout()
        summary.addRow(self.tr("Object code (confirmed):"), self.object_code_label)
        summary.addRow(self.tr("Object code (suggested):"), self.suggested_code_label)
        summary.addRow(self.tr("Route from the stop (not counted):"), self.approach_label)
        v.addLayout(summary)
        self.override_note_edit = _plain_text()
        self.override_note_edit.setPlaceholderText(
            self.tr("Why the commission's status differs from the suggestion")
        )
        self.override_note_edit.textChanged.connect(self._on_any_changed)
        note_form = QFormLayout()
        note_form.addRow(
            self.tr("Override &note:"), self._with_inline("override_note", self.override_note_edit)
        )
        v.addLayout(note_form)
        v.addStretch(1)
        return page

    def _build_decision(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(QLabel(f"<b>{self.tr('4. Management decision')}</b>"))
        self.works_table = WorksTable(self.refs.work_zone_labels, self.refs.work_labels)
        self.works_table.changed.connect(self._on_any_changed)
        v.addWidget(self.works_table)
        self.requires_adaptation_check = QCheckBox(self.tr("&Requires adaptation"))
        self.requires_adaptation_check.toggled.connect(self._on_requires_adaptation_toggled)
        v.addWidget(self._with_inline("requires_adaptation", self.requires_adaptation_check))
        group = QGroupBox(self.tr("Adaptation done"))
        form = QFormLayout(group)
        self.adapted_date_edit = DateEdit()
        self.adapted_date_edit.value_changed.connect(self._on_any_changed)
        self.adaptation_cost_edit = QLineEdit()
        self.adaptation_cost_edit.setValidator(
            QRegularExpressionValidator(r"[\d \x{00a0}]{0,15}([.,]\d{0,2})?")
        )
        self.adaptation_cost_edit.setMaximumWidth(160)
        self.adaptation_cost_edit.textChanged.connect(self._on_any_changed)
        self.alternative_service_edit = QLineEdit()
        self.alternative_service_edit.textChanged.connect(self._on_any_changed)
        form.addRow(
            self.tr("&Adapted on:"), self._with_inline("adapted_date", self.adapted_date_edit)
        )
        form.addRow(
            self.tr("Adaptation cost, ₸:"),
            self._with_inline("adaptation_cost", self.adaptation_cost_edit),
        )
        form.addRow(
            self.tr("Alternative form of service:"),
            self._with_inline("alternative_service", self.alternative_service_edit),
        )
        v.addWidget(group)
        v.addStretch(1)
        return page

    # -- STYLE.md §4 API --------------------------------------------------------------------

    def populate(self, draft: PassportDraft) -> None:
        """Show a passport version (a blank draft for a new passport)."""
        self._updating = True
        try:
            self._id, self._version = draft.id, draft.version
            self.number_edit.setText(draft.number)
            self.inspection_date_edit.set_value(draft.inspection_date)
            self.passport_date_edit.set_value(draft.passport_date)
            self.commission_edit.setPlainText(draft.commission)
            self.conclusion_edit.setPlainText(draft.conclusion)
            for cat, combo in self.service_combos.items():
                self._select(combo, draft.service_forms.get(cat, ""))
            self.level_grid.set_zones(draft.zones)
            self.measurement_table.populate(draft.measurements)
            self.works_table.populate(draft.works)
            self.override_note_edit.setPlainText(draft.override_note)
            self.requires_adaptation_check.setChecked(draft.requires_adaptation)
            self.adapted_date_edit.set_value(draft.adapted_date)
            self.adaptation_cost_edit.setText(format_number(draft.adaptation_cost))
            self.alternative_service_edit.setText(draft.alternative_service)
            suggested = self._suggest()
            for cat, combo in self.status_combos.items():
                stored = draft.statuses.get(cat, "")
                # A status the commission chose stays; one that merely followed the
                # suggestion (its level: ДП-В or ДП-И per the other categories) keeps following.
                self._status_touched[cat] = (
                    bool(stored) and level_of_status(stored) != suggested[cat]
                )
                if stored:
                    self._select(combo, stored)
            self._adaptation_touched = draft.id is not None
        finally:
            self._updating = False
        self._show_required = draft.id is not None
        self._refresh()

    def read(self) -> PassportDraft:
        """Return the passport as entered (rows that cannot be read yet are left out)."""
        measurements, _rows, _issues = self.measurement_table.read_rows()
        works, _rows, _issues = self.works_table.read_rows()
        try:
            cost = parse_decimal(self.adaptation_cost_edit.text())
        except ValueError:
            cost = None
        return PassportDraft(
            inspection_date=self.inspection_date_edit.value(),
            passport_date=self.passport_date_edit.value(),
            number=self.number_edit.text().strip(),
            commission="\n".join(
                line.strip()
                for line in self.commission_edit.toPlainText().splitlines()
                if line.strip()
            ),
            conclusion=self.conclusion_edit.toPlainText().strip(),
            zones=self.level_grid.zone_drafts(),
            service_forms={c: str(self.service_combos[c].currentData()) for c in CATEGORIES},
            suggested=self._suggest(),
            statuses={c: str(self.status_combos[c].currentData() or "") for c in CATEGORIES},
            override_note=self.override_note_edit.toPlainText().strip(),
            requires_adaptation=self.requires_adaptation_check.isChecked(),
            adapted_date=self.adapted_date_edit.value(),
            adaptation_cost=cost,
            alternative_service=self.alternative_service_edit.text().strip(),
            measurements=tuple(measurements),
            works=tuple(works),
            id=self._id,
            version=self._version,
        )

    def validate(self) -> ValidationReport:
        """Return every issue: typing problems of the form, then the passport rules."""
        report = ValidationReport()
        for field, edit in (
            ("inspection_date", self.inspection_date_edit),
            ("passport_date", self.passport_date_edit),
            ("adapted_date", self.adapted_date_edit),
        ):
            if not edit.is_valid():
                report.add(field, "date_format")
        try:
            parse_decimal(self.adaptation_cost_edit.text())
        except ValueError:
            report.add("adaptation_cost", "amount_format")
        for zone, levels in self.level_grid.levels().items():
            for cat, level in levels.items():
                if level == UNSET:
                    report.add(f"zone.{zone}.{cat}", "level_required")
        _m, m_rows, m_issues = self.measurement_table.read_rows()
        _w, w_rows, w_issues = self.works_table.read_rows()
        report.issues.extend(m_issues + w_issues)
        typed = {i.field for i in report.issues}
        for issue in validate_passport(self.read(), self.ctx).issues:
            issue = _renumber(issue, "measurement.", m_rows)
            issue = _renumber(issue, "work.", w_rows)
            # A half-typed date reads as None: say "finish the date", not "required".
            if issue.field in typed and issue.code == "required":
                continue
            report.issues.append(issue)
        report.issues.sort(key=lambda i: i.severity != ERROR)
        return report

    def show_issues(self, report: ValidationReport) -> None:
        """Mark each field with its issue and list all of them below the tabs."""
        self._report = report
        for w in self._marked:
            _set_mark(w, "")
        self._marked.clear()
        for label in self._inline.values():
            label.clear()
            label.hide()
        incomplete = any(i.code == "level_required" for i in report.issues)
        shown = [
            i
            for i in report.issues
            if self._show_required
            or not (
                i.code in _QUIET_CODES
                # Until every level is chosen the suggestion is "none" by default: no alarm.
                or (incomplete and i.code == "no_adaptation_but_inaccessible")
            )
        ]
        by_row: dict[str, Issue] = {}
        self.issue_list.clear()
        listed_zones: set[tuple[str, str]] = set()
        for issue in shown:
            widget = self.field_widget(issue.field, issue.code)
            if widget is not None:
                _set_mark(widget, issue.severity)
                self._marked.append(widget)
            inline = self._inline.get(issue.field)
            if inline is not None and not inline.text():
                colour = ERROR_COLOUR if issue.severity == ERROR else WARNING_COLOUR
                inline.setStyleSheet(f"color: {colour}")
                inline.setText(issue_text(issue))
                inline.show()
            if issue.field.startswith(("measurement.", "work.")):
                by_row.setdefault(issue.field, issue)
            if issue.field.startswith("zone.") and issue.code == "level_required":
                zone = issue.field.split(".")[1]
                if (zone, issue.code) in listed_zones:
                    continue
                listed_zones.add((zone, issue.code))
            item = QListWidgetItem(f"{self._field_title(issue.field)}: {issue_text(issue)}")
            item.setData(Qt.ItemDataRole.UserRole, (issue.field, issue.code))
            item.setForeground(
                Qt.GlobalColor.darkRed if issue.severity == ERROR else Qt.GlobalColor.darkYellow
            )
            self.issue_list.addItem(item)
        for r in range(self.measurement_table.row_count()):
            self.measurement_table.show_row_issue(r, by_row.get(f"measurement.{r}"))
        for r in range(self.works_table.row_count()):
            self.works_table.show_row_issue(r, by_row.get(f"work.{r}"))
        count = self.issue_list.count()
        self.issue_list.setVisible(count > 0)
        if count:
            # Up to four lines without scrolling; the tabs keep the rest of the height.
            rows = min(count, 4) * max(self.issue_list.sizeHintForRow(0), 1)
            self.issue_list.setFixedHeight(rows + 2 * self.issue_list.frameWidth() + 4)

    def set_enabled(self, enabled: bool) -> None:
        """Allow editing, or show the version read-only (text stays selectable)."""
        self._editable = enabled
        for edit in (
            self.number_edit,
            self.inspection_date_edit,
            self.passport_date_edit,
            self.adapted_date_edit,
            self.adaptation_cost_edit,
            self.alternative_service_edit,
        ):
            edit.setReadOnly(not enabled)
        for text in (self.commission_edit, self.conclusion_edit, self.override_note_edit):
            text.setReadOnly(not enabled)
        for combo in [*self.service_combos.values(), *self.status_combos.values()]:
            combo.setEnabled(enabled)
        self.requires_adaptation_check.setEnabled(enabled)
        self.level_grid.set_editable(enabled)
        self.measurement_table.set_rows_enabled(enabled)
        self.works_table.set_rows_enabled(enabled)

    # -- navigation -------------------------------------------------------------------------

    def show_all_issues(self) -> ValidationReport:
        """Validate, show every issue including missing values, and return the report."""
        self._show_required = True
        report = self.validate()
        self.show_issues(report)
        return report

    def inline_text(self, field: str) -> str:
        """Return the message shown under a field ("" when none is shown)."""
        label = self._inline.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def field_widget(self, field: str, code: str = "") -> QWidget | None:
        """Return the widget that holds ``field`` (a row's best cell for row issues)."""
        if field in self._fields:
            return self._fields[field]
        kind, _, index = field.partition(".")
        if kind == "measurement" and index.isdigit():
            row = int(index)
            if row < self.measurement_table.row_count():
                return self.measurement_table.row_widgets(row)[2]
        if kind == "work" and index.isdigit():
            row = int(index)
            if row < self.works_table.row_count():
                widgets = self.works_table.row_widgets(row)
                column = {
                    "negative_amount": 3,
                    "amount_format": 3,
                    "date_format": 5,
                    "date_in_future": 5,
                }.get(code, 2)
                return widgets[column]
        return None

    def focus_field(self, field: str, code: str = "") -> None:
        """Bring the tab holding ``field`` forward and put the cursor in the field."""
        widget = self.field_widget(field, code)
        if widget is None:
            return
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)
                if isinstance(page, QScrollArea):
                    page.ensureWidgetVisible(widget)
                break
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first_error(self, report: ValidationReport) -> None:
        """Focus the first field with an error, in tab order."""
        errors = report.errors
        if not errors:
            return

        def tab_of(issue: Issue) -> int:
            widget = self.field_widget(issue.field, issue.code)
            for i in range(self.tabs.count()):
                page = self.tabs.widget(i)
                if widget is not None and page is not None and page.isAncestorOf(widget):
                    return i
            return self.tabs.count()

        first = min(errors, key=tab_of)
        self.focus_field(first.field, first.code)

    def _on_issue_list_item_activated(self, item: QListWidgetItem) -> None:
        field, code = item.data(Qt.ItemDataRole.UserRole)
        self.focus_field(field, code)

    def _field_title(self, field: str) -> str:
        kind, _, rest = field.partition(".")
        titles = {
            "number": self.tr("Passport number"),
            "inspection_date": self.tr("Inspection date"),
            "passport_date": self.tr("Passport date"),
            "override_note": self.tr("Override note"),
            "requires_adaptation": self.tr("Requires adaptation"),
            "adapted_date": self.tr("Adapted on"),
            "adaptation_cost": self.tr("Adaptation cost"),
            "zones": self.tr("Zones"),
        }
        if field in titles:
            return titles[field]
        if kind == "zone":
            zone, _, cat = rest.partition(".")
            return f"{self.refs.zone_labels.get(zone, zone)} ({CATEGORY_LETTERS.get(cat, cat)})"
        if kind == "status":
            return self.tr("Status {cat}").format(cat=CATEGORY_LETTERS.get(rest, rest))
        if kind == "measurement":
            return self.tr("Measurement {n}").format(n=int(rest) + 1 if rest.isdigit() else rest)
        if kind == "work":
            return self.tr("Work {n}").format(n=int(rest) + 1 if rest.isdigit() else rest)
        return field

    # -- live behaviour ---------------------------------------------------------------------

    def _suggest(self) -> dict[str, str]:
        levels = {
            z: {c: lv or NA for c, lv in cats.items()}
            for z, cats in self.level_grid.levels().items()
        }
        forms = {c: str(self.service_combos[c].currentData()) for c in CATEGORIES}
        return suggest_levels(levels, forms, residential=self.residential)

    def _following(self, suggested: Mapping[str, str]) -> dict[str, str]:
        """Return the codes of the categories that follow the suggestion.

        They are coded together with the statuses the commission chose, so a choice of ВНД
        for К turns the others' ДП-В into ДП-И (brief §2.5: ДП-В is the same for all five).
        """
        levels = dict(suggested)
        for cat, combo in self.status_combos.items():
            if self._status_touched[cat]:
                levels[cat] = level_of_status(str(combo.currentData())) or suggested[cat]
        return status_codes(levels)

    def suggested(self) -> dict[str, str]:
        """Return the suggested level per category for what is entered now."""
        return self._suggest()

    def _on_status_combo_changed(self, _index: int) -> None:
        # Outside an update only the user changes a status (``activated`` would come after
        # the refresh that resets an untouched status to the suggestion).
        if self._updating:
            return
        sender = self.sender()
        for cat, combo in self.status_combos.items():
            if combo is sender:
                self._status_touched[cat] = True
        self._on_any_changed()

    def _on_requires_adaptation_toggled(self, _checked: bool) -> None:
        # Programmatic changes happen while updating; any other toggle is the user's choice
        # (``clicked`` comes too late: after ``toggled`` has already refreshed the form).
        if not self._updating:
            self._adaptation_touched = True
        self._on_any_changed()

    def _on_any_changed(self, *_args: object) -> None:
        if self._updating:
            return
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        """Recompute the suggestion, the statuses that follow it, and the issues."""
        self._updating = True
        try:
            suggested = self._suggest()
            self._suggested = suggested
            following = self._following(suggested)
            for cat, combo in self.status_combos.items():
                if not self._status_touched[cat] and self._editable:
                    self._select(combo, following[cat])
                level = suggested[cat]
                self.suggested_labels[cat].setText(
                    f"{self.level_grid.level_label(level)} → {status_display(following[cat])}"
                )
            if not self._adaptation_touched and self._editable:
                self.requires_adaptation_check.setChecked(self.works_table.has_real_work())
            confirmed = {
                c: level_of_status(str(self.status_combos[c].currentData())) or NA
                for c in CATEGORIES
            }
            self.object_code_label.setText(f"<b>{display_code(confirmed)}</b>")
            self.suggested_code_label.setText(display_code(suggested))
            approach = self.level_grid.levels().get("APPROACH", {})
            if approach and all(lv != UNSET for lv in approach.values()):
                self.approach_label.setText(display_code(approach) or self.tr("N/A"))
            else:
                self.approach_label.setText(self.tr("not assessed"))
        finally:
            self._updating = False
        self.show_issues(self.validate())

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index < 0:
            combo.addItem(code, code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def status_touched(self) -> Mapping[str, bool]:
        """Return, per category, whether the user chose the status rather than following."""
        return dict(self._status_touched)


def _renumber(issue: Issue, prefix: str, rows: list[int]) -> Issue:
    """Map ``prefix<draft index>`` of a rule issue to ``prefix<row>`` of the table."""
    if not issue.field.startswith(prefix):
        return issue
    index = issue.field[len(prefix) :]
    if not index.isdigit() or int(index) >= len(rows):
        return issue
    return Issue(f"{prefix}{rows[int(index)]}", issue.code, issue.params, issue.severity)


def _set_mark(widget: QWidget, severity: str) -> None:
    """Give ``widget`` a red (error) or orange (warning) frame, or none."""
    value = severity if severity in (ERROR, WARNING) else ""
    if widget.property("issue") == value:
        return
    widget.setProperty("issue", value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
