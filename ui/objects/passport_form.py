"""The accessibility passport form (issues 2 and 12): every section of the passport, in the
official order, chosen from a numbered list on the left (Ctrl+PgDown / Ctrl+PgUp move between
them; the list takes the focus and its arrow keys do too).

The pages the form has always had are built by ``ui/objects/passport/`` general (header),
pages (zones, measurements, decision) and status (3.3-3.5); they put their widgets on the form.
Every other section is a :class:`~ui.objects.passport.section.PassportSection` in
``self.sections``: populate, read, validate, show_issues, field_widget, focus and set_enabled
loop over them. To plug a section in, construct it in ``PassportForm.__init__`` where the
comment "The sections" stands, with one line::

    self.add_section(AnnexEditor(refs), key="annexes", after="zones")      # its own page
    self.add_section(PhotoAnnex(refs), key="photos", after="measurements")

(``into="header"`` or ``into="decision"`` puts it inside that page instead). Page keys in order:
header, activity, route, zones, [annexes], measurements, [photos], status, decision, notes.
``refs.labels(list_name)`` gives a code list's labels in the interface language (lists in
``_SECTION_LISTS``).

The form only shapes input and shows findings: the rules are ``models.objects.validation.
validate_passport`` and the suggestion is ``models.objects.accessibility.suggest_levels``, so the
importer and the reports judge a passport exactly as the form does.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.issues import ERROR, WARNING, Issue, ValidationReport
from models.objects.accessibility import (
    CATEGORY_LETTERS,
    NA,
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
from models.text import capitalize_first
from ui.i18n import current_language
from ui.messages import issue_text
from ui.objects.level_grid import UNSET, LevelGrid
from ui.objects.measurement_table import WARNING_COLOUR, MeasurementTable
from ui.objects.passport.activity import ActivitySection
from ui.objects.passport.annex_editor import AnnexEditor, AnnexRefs
from ui.objects.passport.decision_extra import DecisionExtraSection
from ui.objects.passport.fields import scroll
from ui.objects.passport.general import ReasonSection, build_header
from ui.objects.passport.notes import NotesSection
from ui.objects.passport.pages import build_decision, build_measurements, build_zones
from ui.objects.passport.photo_annex import PhotoAnnexSection, PhotoRefs
from ui.objects.passport.route import RouteSection
from ui.objects.passport.section import PassportSection
from ui.objects.passport.status import build_status
from ui.objects.works_table import WorksTable
from ui.widgets.date_edit import DateEdit
from ui.widgets.row_list import format_number, parse_decimal
from ui.widgets.theme import ERROR_COLOUR

logger = logging.getLogger(__name__)

#: The code lists of the sections (issue 12), read once with the other labels.
_SECTION_LISTS = (
    "reinspection_reasons",
    "activity_spheres",
    "service_delivery_forms",
    "served_age_groups",
    "capacity_kinds",
    "route_crossings",
    "route_info_means",
    "zone_elements",
    "access_statuses",
    "user_categories",
)
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
    #: Labels of the issue 12 code lists (``_SECTION_LISTS``) by list name.
    code_lists: dict[str, dict[str, str]] = dc_field(default_factory=dict)
    #: The photo annex's labels and its reader of stored pictures (None: no store).
    photos: PhotoRefs | None = None

    def labels(self, list_name: str) -> dict[str, str]:
        """Return code -> label of a code list the sections use ({} when not loaded)."""
        return dict(self.code_lists.get(list_name, {}))

    @classmethod
    def load(cls, store: Store, lang: str | None = None) -> PassportRefs:
        """Read the labels and rules from the store."""
        lang = lang or current_language()
        refs = ReferenceRepository(store)

        def labels(name: str) -> dict[str, str]:
            return {c.code: c.label(lang) for c in refs.code_labels(name)}

        # Zone names stand alone here (row headings, selector items): kk starts them lower case.
        zones = {z: capitalize_first(label) for z, label in labels("functional_zones").items()}
        return cls(
            zone_labels={z: label for z, label in zones.items() if z != "ALL"},
            work_zone_labels={"ALL": zones.get("ALL", "ALL")}
            | {z: label for z, label in zones.items() if z != "ALL"},
            category_labels={c: label for c, label in labels("user_categories").items()},
            status_labels=labels("access_statuses"),
            work_labels=labels("adaptation_works"),
            norm_rules=norm_rules(store),
            code_lists={name: labels(name) for name in _SECTION_LISTS},
            photos=PhotoRefs.load(store, lang),
        )


class PassportForm(QWidget):
    """Edits one passport version; STYLE.md §4 form API.

    Signals:
        changed(): the user changed something (the issues are already refreshed).
    """

    changed = Signal()

    # Widgets the page builders of ui/objects/passport/ put on the form.
    number_edit: QLineEdit
    inspection_date_edit: DateEdit
    passport_date_edit: DateEdit
    commission_edit: QPlainTextEdit
    conclusion_edit: QPlainTextEdit
    service_combos: dict[str, QComboBox]
    level_grid: LevelGrid
    measurement_table: MeasurementTable
    suggested_labels: dict[str, QLabel]
    status_combos: dict[str, QComboBox]
    object_code_label: QLabel
    suggested_code_label: QLabel
    approach_label: QLabel
    override_note_edit: QPlainTextEdit
    works_table: WorksTable
    requires_adaptation_check: QCheckBox
    adapted_date_edit: DateEdit
    adaptation_cost_edit: QLineEdit
    alternative_service_edit: QLineEdit

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
        self.fields: dict[str, QWidget] = {}
        self.slots: dict[str, QVBoxLayout] = {}
        self.sections: list[PassportSection] = []
        self._page_keys: list[str] = []
        self._base = PassportDraft(None, None)
        self._inline: dict[str, QLabel] = {}
        self._marked: list[QWidget] = []
        self.setStyleSheet(_FRAME_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        self.section_list = QListWidget()
        self.section_list.setAccessibleName(self.tr("Sections of the passport"))
        self.section_list.setToolTip(
            self.tr("Sections of the passport: Ctrl+PgDown and Ctrl+PgUp move between them.")
        )
        self.section_list.setWordWrap(True)
        self.section_list.setMaximumWidth(190)
        self.pages = QStackedWidget()
        self.section_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        body.addWidget(self.section_list)
        body.addWidget(self.pages, 1)
        layout.addLayout(body, 1)
        self.add_page("header", self.tr("Header"), build_header(self))
        self.add_page("zones", self.tr("3.4 Zones"), build_zones(self))
        self.add_page("measurements", self.tr("Measurements"), build_measurements(self))
        self.add_page("status", self.tr("3.3-3.5 Status"), build_status(self))
        self.add_page("decision", self.tr("4 Decision"), build_decision(self))
        # The sections (ui/objects/passport/section.py), one line each; see the docstring.
        self.reason_section = ReasonSection(refs.labels("reinspection_reasons"))
        self.add_section(self.reason_section, key="reason", into="header")
        self.activity_section = ActivitySection(refs.code_lists)
        self.add_section(self.activity_section, key="activity", after="header")
        self.route_section = RouteSection(refs.code_lists)
        self.add_section(self.route_section, key="route", after="activity")
        self.decision_section = DecisionExtraSection()
        self.add_section(self.decision_section, key="decision_extra", into="decision")
        self.notes_section = NotesSection()
        self.add_section(self.notes_section, key="notes", after="decision")
        self.photo_section = PhotoAnnexSection(refs.photos or PhotoRefs.empty())
        self.add_section(self.photo_section, key="photos", after="measurements")
        self.annex_editor = AnnexEditor(AnnexRefs.of(refs, ctx.element_zones))
        self.add_section(self.annex_editor, key="annexes", after="zones")
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._step_page(step))
        self.issue_list = QListWidget()
        self.issue_list.setAccessibleName(self.tr("Problems"))
        self.issue_list.setToolTip(self.tr("Press Enter on a problem to go to its field."))
        self.issue_list.itemActivated.connect(self._on_issue_list_item_activated)
        layout.addWidget(self.issue_list)
        self.populate(PassportDraft(None, None))

    # -- building ---------------------------------------------------------------------------

    def with_inline(self, field: str, widget: QWidget) -> QWidget:
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
        self.fields[field] = widget
        self._inline[field] = label
        return box

    def add_page(self, key: str, title: str, page: QWidget, *, after: str | None = None) -> None:
        """Add ``page`` (in a scroll area) to the section list as ``title``, after the page
        ``after`` (None: at the end)."""
        index = self._page_keys.index(after) + 1 if after is not None else len(self._page_keys)
        self._page_keys.insert(index, key)
        self.pages.insertWidget(index, scroll(page))
        item = QListWidgetItem(_without_mnemonic(title))
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.section_list.insertItem(index, item)
        if self.section_list.currentRow() < 0:
            self.section_list.setCurrentRow(0)

    def add_section(
        self,
        section: PassportSection,
        *,
        key: str,
        after: str | None = None,
        into: str | None = None,
    ) -> None:
        """Plug a section in: on a page of its own after the page ``after``, or inside the
        slot ``into`` of a page ("header", "decision"). The form then fills, reads, checks,
        marks and locks it with the others."""
        self.sections.append(section)
        section.changed.connect(self.on_any_changed)
        if into is not None:
            self.slots[into].addWidget(section.widget())
        else:
            self.add_page(key, section.title(), section.widget(), after=after)

    def page_keys(self) -> list[str]:
        """Return the keys of the pages in the order of the section list."""
        return list(self._page_keys)

    def current_page(self) -> str:
        """Return the key of the page shown."""
        row = self.section_list.currentRow()
        return self._page_keys[row] if 0 <= row < len(self._page_keys) else ""

    def show_page(self, key: str) -> None:
        """Show the page ``key``."""
        self.section_list.setCurrentRow(self._page_keys.index(key))

    def _step_page(self, step: int) -> None:
        """Show the next (+1) or previous (-1) page and put the cursor in its first field."""
        count = self.section_list.count()
        row = (self.section_list.currentRow() + step) % count
        had_list_focus = self.section_list.hasFocus()
        self.section_list.setCurrentRow(row)
        if had_list_focus:
            return
        page = self.pages.widget(row)
        target = page.nextInFocusChain() if page is not None else None
        while target is not None and target is not page:
            if (
                page is not None
                and page.isAncestorOf(target)
                and target.isVisibleTo(page)
                and target.isEnabled()
                and target.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return
            target = target.nextInFocusChain()
            if target is self.issue_list:
                break
        self.section_list.setFocus(Qt.FocusReason.TabFocusReason)

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
            self._base = draft
            for section in self.sections:
                section.populate(draft)
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
        draft = dataclasses.replace(
            self._base,
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
        for section in self.sections:
            draft = section.apply(draft)
        return draft

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
        for section in self.sections:
            report.issues.extend(section.typing_issues().issues)
        typed = {i.field for i in report.issues}
        for issue in validate_passport(self.read(), self.ctx).issues:
            issue = _renumber(issue, "measurement.", m_rows)
            issue = _renumber(issue, "work.", w_rows)
            # A half-typed date reads as None: say "finish the date", not "required".
            if issue.field in typed and issue.code == "required":
                continue
            if issue.code == "norm_breach" and self._met_when_stored(issue.field):
                # An unchanged stored value met the norm of its edition: a later threshold
                # does not make it a breach (brief §2.8; its row shows the stored verdict).
                continue
            report.issues.append(issue)
        report.issues.sort(key=lambda i: i.severity != ERROR)
        return report

    def _met_when_stored(self, field: str) -> bool:
        """Whether ``field`` ("measurement.<row>") is an unchanged stored value that met the
        norm it was checked against."""
        prefix, _, row = field.partition(".")
        if prefix != "measurement" or not row.isdigit():
            return False
        stored = self.measurement_table.stored_row(int(row))
        return stored is not None and stored.verdict == "ok"

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
        for section in self.sections:
            section.set_enabled(enabled)

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
        if field in self.fields:
            return self.fields[field]
        for section in self.sections:
            found = section.field_widget(field)
            if found is not None:
                return found
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

    def page_of(self, widget: QWidget | None) -> int:
        """Return the row of the page holding ``widget`` (the number of pages when none)."""
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            if widget is not None and page is not None and page.isAncestorOf(widget):
                return i
        return self.pages.count()

    def focus_field(self, field: str, code: str = "") -> None:
        """Bring the page holding ``field`` forward and put the cursor in the field."""
        widget = self.field_widget(field, code)
        if widget is None:
            return
        row = self.page_of(widget)
        if row < self.pages.count():
            self.section_list.setCurrentRow(row)
            page = self.pages.widget(row)
            if isinstance(page, QScrollArea):
                page.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first_error(self, report: ValidationReport) -> None:
        """Focus the first field with an error, in the order of the pages."""
        errors = report.errors
        if not errors:
            return
        first = min(errors, key=lambda i: self.page_of(self.field_widget(i.field, i.code)))
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
        # A section's field is titled by its widget's accessible name.
        widget = self.field_widget(field)
        if widget is not None and widget.accessibleName():
            return widget.accessibleName()
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

    def on_status_combo_changed(self, _index: int) -> None:
        # Outside an update only the user changes a status (``activated`` would come after
        # the refresh that resets an untouched status to the suggestion).
        if self._updating:
            return
        sender = self.sender()
        for cat, combo in self.status_combos.items():
            if combo is sender:
                self._status_touched[cat] = True
        self.on_any_changed()

    def on_requires_adaptation_toggled(self, _checked: bool) -> None:
        # Programmatic changes happen while updating; any other toggle is the user's choice
        # (``clicked`` comes too late: after ``toggled`` has already refreshed the form).
        if not self._updating:
            self._adaptation_touched = True
        self.on_any_changed()

    def on_any_changed(self, *_args: object) -> None:
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


def _without_mnemonic(title: str) -> str:
    """Return a title as a list shows it: without its mnemonic marker ("&&" stays "&")."""
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&")


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
