"""The zone annexes of the passport form (issue 12, brief §2.4): per zone, its elements as the
commission found them (present, plan and photo numbers, violations, the norm rule broken, the
categories affected, the recommended work), and the zone conclusion: the one Qoldau suggests
from the elements and the measurements (read-only, refreshed as rows change) and the
commission's, which it confirms or rewrites. Both are kept (``ZoneDraft.suggested_conclusion``
and ``ZoneDraft.conclusion``); this page is the one place a zone conclusion is edited.

The rules are ``models/objects/zone_annex.py``; the suggestion's words
``ui/objects/passport/annex_text.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.issues import ERROR, ValidationReport
from models.objects.accessibility import NA
from models.objects.context import norm_rules
from models.objects.dto import ElementDraft, MeasurementDraft, NormRuleDTO, PassportDraft, ZoneDraft
from models.objects.photos import load_element_zones
from models.objects.tables import CATEGORIES, ZONES
from models.objects.zone_annex import annex_issues, rule_applies, suggest_conclusion
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from models.text import capitalize_first
from ui.i18n import current_language
from ui.objects.passport.annex_cells import (
    CategoryPicker,
    code_of,
    narrow_combo,
    select_code,
    set_mark,
)
from ui.objects.passport.annex_text import conclusion_text
from ui.widgets.ask import ask


class FormRefs(Protocol):
    """What the annex takes of the passport form's ``PassportRefs`` (named by its shape, so
    that this package does not import the form back)."""

    @property
    def zone_labels(self) -> Mapping[str, str]: ...
    @property
    def category_labels(self) -> Mapping[str, str]: ...
    @property
    def work_labels(self) -> Mapping[str, str]: ...
    @property
    def norm_rules(self) -> Mapping[str, NormRuleDTO]: ...
    def labels(self, list_name: str) -> dict[str, str]: ...


(
    COL_ELEMENT,
    COL_PRESENT,
    COL_PLAN,
    COL_PHOTO,
    COL_VIOLATIONS,
    COL_RULE,
    COL_CATEGORIES,
    COL_WORK,
    COL_NOTE,
) = range(9)
#: The column of each field of an element row (issue field ``element.<i>.<field>``).
FIELD_COLUMNS = {
    "zone": COL_ELEMENT,
    "element": COL_ELEMENT,
    "present": COL_PRESENT,
    "plan_no": COL_PLAN,
    "photo_no": COL_PHOTO,
    "violations": COL_VIOLATIONS,
    "rule_code": COL_RULE,
    "categories": COL_CATEGORIES,
    "work": COL_WORK,
    "work_note": COL_NOTE,
}
#: Widths of the fixed columns, px: the table fits the form's page of a 1000 px window with
#: room left for the violations and the work note, which share the rest. The headers of the
#: narrow columns are short (their full names are tooltips): "Жоспардағы №" was cut to "Жос...".
_WIDTHS = {
    COL_ELEMENT: 128,
    COL_PRESENT: 62,
    COL_PLAN: 46,
    COL_PHOTO: 46,
    COL_RULE: 92,
    COL_CATEGORIES: 62,
    COL_WORK: 92,
}


@dataclass(frozen=True)
class AnnexRefs:
    """What the annex editor offers, in the interface language."""

    zone_labels: Mapping[str, str]
    category_labels: Mapping[str, str]
    work_labels: Mapping[str, str]
    #: The active ``zone_elements`` in list order, code -> label.
    element_labels: Mapping[str, str]
    #: Every ``zone_elements`` code -> its zone ("" any zone), retired codes too.
    element_zones: Mapping[str, str]
    rules: Mapping[str, NormRuleDTO]
    lang: str = "kk"

    @classmethod
    def of(cls, refs: FormRefs, element_zones: Mapping[str, str]) -> AnnexRefs:
        """Return the annex's part of the passport form's references."""
        return cls(
            zone_labels={z: refs.zone_labels.get(z, z) for z in ZONES},
            category_labels=refs.category_labels,
            work_labels=refs.work_labels,
            element_labels=refs.labels("zone_elements"),
            element_zones=element_zones,
            rules=refs.norm_rules,
            lang=current_language(),
        )

    @classmethod
    def load(cls, store: Store, lang: str | None = None) -> AnnexRefs:
        """Read the labels, the element zones and the rules from the store."""
        lang = lang or current_language()
        repo = ReferenceRepository(store)

        def labels(name: str) -> dict[str, str]:
            return {c.code: c.label(lang) for c in repo.code_labels(name)}

        zones = {z: capitalize_first(label) for z, label in labels("functional_zones").items()}
        return cls(
            zone_labels={z: zones.get(z, z) for z in ZONES},
            category_labels=labels("user_categories"),
            work_labels=labels("adaptation_works"),
            element_labels=labels("zone_elements"),
            element_zones=load_element_zones(store),
            rules=norm_rules(store),
            lang=lang,
        )

    def typical_elements(self, zone: str) -> list[str]:
        """Return the active elements offered in ``zone``, in list order."""
        return [c for c in self.element_labels if self.element_zones.get(c, "") in (zone, "")]


class AnnexEditor(QWidget):
    """The "Zone annexes" page of the passport form (a ``PassportSection``).

    Signals:
        changed(): the user changed an element, a zone conclusion or the rows.
    """

    changed = Signal()

    def __init__(self, refs: AnnexRefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refs = refs
        self._rows: dict[str, list[ElementDraft]] = {z: [] for z in ZONES}
        #: Rows of a zone Qoldau does not know (an import's): kept, and refused by the rules.
        self._foreign: list[ElementDraft] = []
        self._conclusions: dict[str, str] = dict.fromkeys(ZONES, "")
        self._measurements: tuple[MeasurementDraft, ...] = ()
        self._zone = ZONES[0]
        self._updating = False
        self._editable = True

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        zone_label = QLabel(self.tr("&Zone:"))
        self.zone_combo = QComboBox()
        self.zone_combo.setAccessibleName(self.tr("Zone of the annex"))
        self.zone_combo.setMinimumContentsLength(20)
        self.zone_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone_combo.view().setMinimumWidth(480)
        zone_label.setBuddy(self.zone_combo)
        self.zone_combo.currentIndexChanged.connect(self._on_zone_combo_changed)
        self.typical_button = QPushButton(self.tr("Add &typical elements"))
        self.typical_button.setToolTip(
            self.tr("Add the zone's typical elements not listed yet, presence not recorded")
        )
        self.typical_button.clicked.connect(self.add_typical_elements)
        self.add_button = QPushButton(self.tr("Add &element"))
        self.add_button.setToolTip(self.tr("Add an element (Insert)"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        bar.addWidget(zone_label)
        bar.addWidget(self.zone_combo, 1)
        bar.addWidget(self.typical_button)
        bar.addWidget(self.add_button)
        layout.addLayout(bar)

        self.table = QTableWidget(0, 9)
        # (short header, its full name as the tooltip) per column
        headers = [
            (self.tr("Element"), self.tr("Element")),
            (self.tr("Present"), self.tr("Present")),
            (self.tr("Plan"), self.tr("Plan No.")),
            (self.tr("Photo"), self.tr("Photo No.")),
            (self.tr("Violations"), self.tr("Violations")),
            (self.tr("Norm"), self.tr("Norm rule broken")),
            (self.tr("Cat."), self.tr("Categories affected")),
            (self.tr("Work"), self.tr("Recommended work")),
            (self.tr("Note"), self.tr("Work note")),
        ]
        self.table.setHorizontalHeaderLabels([short for short, _full in headers])
        self.table.setAccessibleName(self.tr("Elements of the zone"))
        self.table.setToolTip(
            self.tr("Insert adds an element, Delete removes the current one (not while typing).")
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setMinimumHeight(190)
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(36)
        metrics = header.fontMetrics()
        for col, width in _WIDTHS.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            # At least the short header in the interface language, whole (kk "Жосп." is wider
            # than en "Plan").
            text = headers[col][0] if col < len(headers) else ""
            self.table.setColumnWidth(col, max(width, metrics.horizontalAdvance(text) + 12))
        for col in (COL_VIOLATIONS, COL_NOTE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col, (_short, full) in enumerate(headers):
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setToolTip(full)
        layout.addWidget(self.table, 1)
        for keys in ("Ins", "Ctrl+Ins"):
            add = QShortcut(QKeySequence(keys), self.table)
            add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            add.activated.connect(self._on_add_button_clicked)
        # A line edit keeps Delete for its text (it takes the shortcut override), so Delete
        # removes a row from a combo or the table; Ctrl+Del from anywhere in the row.
        for keys in ("Del", "Ctrl+Del"):
            remove = QShortcut(QKeySequence(keys), self.table)
            remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            remove.activated.connect(self._on_remove_shortcut_activated)

        group = QGroupBox(self.tr("Zone conclusion"))
        form = QFormLayout(group)
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggestion_label.setAccessibleName(self.tr("Suggested conclusion"))
        self.conclusion_edit = QPlainTextEdit()
        self.conclusion_edit.setTabChangesFocus(True)
        self.conclusion_edit.setMaximumHeight(64)
        self.conclusion_edit.setAccessibleName(self.tr("Commission's conclusion on the zone"))
        self.conclusion_edit.textChanged.connect(self._on_conclusion_edit_changed)
        self.use_button = QPushButton(self.tr("&Use suggestion"))
        self.use_button.setToolTip(self.tr("Copy the suggested conclusion to the commission's"))
        self.use_button.clicked.connect(self.use_suggestion)
        suggested_row = QHBoxLayout()
        suggested_row.addWidget(self.suggestion_label, 1)
        suggested_row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Suggested:"), suggested_row)
        conclusion_label = QLabel(self.tr("Commission's &conclusion:"))
        conclusion_label.setBuddy(self.conclusion_edit)
        form.addRow(conclusion_label, self.conclusion_edit)
        layout.addWidget(group)
        self._fill_zone_combo(list(ZONES))
        self._show_zone()

    # -- PassportSection --------------------------------------------------------------------

    def title(self) -> str:
        """Return the section's title."""
        return self.tr("Zone &annexes")

    def widget(self) -> QWidget:
        """Return the page."""
        return self

    def populate(self, draft: PassportDraft) -> None:
        """Show the annexes and zone conclusions of ``draft`` (no ``changed``)."""
        self._updating = True
        try:
            self._rows = {z: [e for e in draft.elements if e.zone == z] for z in ZONES}
            self._foreign = [e for e in draft.elements if e.zone not in ZONES]
            self._conclusions = dict.fromkeys(ZONES, "")
            recorded = []
            for z in draft.zones:
                if z.zone in self._conclusions:
                    self._conclusions[z.zone] = z.conclusion
                if z.zone in ZONES and any(lv != NA for lv in z.levels.values()):
                    recorded.append(z.zone)
            self._measurements = draft.measurements
            order = [z for z in ZONES if z in recorded] + [z for z in ZONES if z not in recorded]
            self._fill_zone_combo(order)
            self.zone_combo.setCurrentIndex(0)
            self._zone = order[0]
            self._show_zone()
        finally:
            self._updating = False

    def apply(self, draft: PassportDraft) -> PassportDraft:
        """Return ``draft`` with the element rows and each zone's conclusions."""
        self._measurements = draft.measurements
        elements = self.elements()
        zones = [
            dataclasses.replace(
                z,
                conclusion=self._conclusions.get(z.zone, z.conclusion).strip(),
                suggested_conclusion=self.suggestion(z.zone, elements),
            )
            for z in draft.zones
        ]
        given = {z.zone for z in draft.zones}
        for zone in ZONES:
            text = self._conclusions[zone].strip()
            if zone not in given and text:
                zones.append(
                    ZoneDraft(
                        zone,
                        dict.fromkeys(CATEGORIES, NA),
                        text,
                        self.suggestion(zone, elements),
                    )
                )
        self._show_suggestion()
        return dataclasses.replace(draft, elements=elements, zones=tuple(zones))

    def typing_issues(self) -> ValidationReport:
        """Nothing on this page can be half-typed: every field is a choice or free text."""
        return ValidationReport()

    def field_widget(self, field: str) -> QWidget | None:
        """Return the cell of ``element.<i>.<field>`` when its zone is shown, else the zone
        selector (the issue is in another zone's annex)."""
        kind, _, rest = field.partition(".")
        index, _, name = rest.partition(".")
        if kind != "element" or not index.isdigit():
            return None
        found = self._locate(int(index))
        if found is None:
            return self.zone_combo
        zone, row = found
        if zone != self._zone or row >= self.table.rowCount():
            return self.zone_combo
        return self.table.cellWidget(row, FIELD_COLUMNS.get(name, COL_ELEMENT))

    def set_enabled(self, enabled: bool) -> None:
        """Allow editing, or show the annexes read-only (the zone can still be chosen)."""
        self._editable = enabled
        self.typical_button.setEnabled(enabled)
        self.add_button.setEnabled(enabled)
        self.use_button.setEnabled(enabled)
        self.conclusion_edit.setReadOnly(not enabled)
        for row in range(self.table.rowCount()):
            self._set_row_enabled(row, enabled)

    # -- reading ----------------------------------------------------------------------------

    def elements(self) -> tuple[ElementDraft, ...]:
        """Return every zone's rows, zone by zone in passport order (the draft's order)."""
        return tuple(e for z in ZONES for e in self._rows[z]) + tuple(self._foreign)

    def zone_rows(self, zone: str) -> list[ElementDraft]:
        """Return the rows of ``zone``."""
        return list(self._rows[zone])

    def current_zone(self) -> str:
        """Return the zone shown."""
        return self._zone

    def show_zone(self, zone: str) -> None:
        """Show the annex of ``zone``."""
        self.zone_combo.setCurrentIndex(self.zone_combo.findData(zone))

    def suggestion(self, zone: str, elements: Sequence[ElementDraft] | None = None) -> str:
        """Return the suggested conclusion of ``zone`` in the interface language."""
        findings = suggest_conclusion(
            zone,
            self.elements() if elements is None else elements,
            self._measurements,
            self.refs.rules,
        )
        return conclusion_text(
            findings,
            self.refs.lang,
            self._element_label_map(),
            self.refs.work_labels,
            self.refs.rules,
        )

    def _locate(self, index: int) -> tuple[str, int] | None:
        """Return (zone, row) of the ``index``-th row of :meth:`elements`."""
        for zone in ZONES:
            if index < len(self._rows[zone]):
                return zone, index
            index -= len(self._rows[zone])
        return None

    # -- editing ----------------------------------------------------------------------------

    def add_typical_elements(self) -> int:
        """Add the zone's typical elements it does not list yet (presence not recorded);
        return how many were added."""
        if not self._editable:
            return 0
        have = {e.element for e in self._rows[self._zone]}
        new = [c for c in self.refs.typical_elements(self._zone) if c not in have]
        self._rows[self._zone].extend(ElementDraft(self._zone, c) for c in new)
        if new:
            self._show_zone()
            self._changed()
        return len(new)

    def add_element(self) -> int:
        """Add a row (the first typical element not listed yet) and return its row."""
        have = {e.element for e in self._rows[self._zone]}
        offered = self.refs.typical_elements(self._zone)
        missing = [c for c in offered if c not in have]
        code = (missing or offered or [""])[0]
        self._rows[self._zone].append(ElementDraft(self._zone, code))
        self._show_zone()
        self._changed()
        return len(self._rows[self._zone]) - 1

    def remove_element(self, row: int, *, confirm: bool = True) -> bool:
        """Remove a row of the zone shown; a row with text is removed only when confirmed."""
        e = self._rows[self._zone][row]
        has_text = any(x.strip() for x in (e.plan_no, e.photo_no, e.violations, e.work_note))
        if confirm and has_text:
            name = self.refs.element_labels.get(e.element, e.element)
            if not ask(
                self,
                self.tr("Remove the element"),
                self.tr("Remove “{element}” and what is written in its row?").format(element=name),
                self.tr("Remove the element"),
                self.tr("Keep it"),
            ):
                return False
        del self._rows[self._zone][row]
        self._show_zone()
        self._changed()
        if self.table.rowCount():
            self._focus_row(min(row, self.table.rowCount() - 1))
        return True

    def use_suggestion(self) -> None:
        """Take the suggested conclusion as the commission's."""
        self.conclusion_edit.setPlainText(self.suggestion(self._zone))

    # -- the table --------------------------------------------------------------------------

    def _element_label_map(self) -> dict[str, str]:
        return dict(self.refs.element_labels)

    def _fill_zone_combo(self, order: list[str]) -> None:
        blocked = self.zone_combo.blockSignals(True)
        self.zone_combo.clear()
        for zone in order:
            self.zone_combo.addItem(self._zone_text(zone), zone)
        self.zone_combo.blockSignals(blocked)

    def _zone_text(self, zone: str) -> str:
        n = ZONES.index(zone) + 1
        count = len(self._rows[zone])
        label = self.refs.zone_labels.get(zone, zone)
        return f"{n}. {label} ({count})" if count else f"{n}. {label}"

    def _refresh_zone_texts(self) -> None:
        for i in range(self.zone_combo.count()):
            self.zone_combo.setItemText(i, self._zone_text(str(self.zone_combo.itemData(i))))

    def _show_zone(self) -> None:
        """Rebuild the table and the conclusion of the zone shown."""
        updating, self._updating = self._updating, True
        try:
            self.table.setRowCount(0)
            for row, e in enumerate(self._rows[self._zone]):
                self.table.insertRow(row)
                self._put_row(row, e)
                self._set_row_enabled(row, self._editable)
            self.conclusion_edit.setPlainText(self._conclusions[self._zone])
            self._refresh_zone_texts()
            self._show_suggestion()
        finally:
            self._updating = updating

    def _put_row(self, row: int, e: ElementDraft) -> None:
        element = narrow_combo(10)
        element.setAccessibleName(self.tr("Element"))
        for code in self.refs.typical_elements(self._zone):
            element.addItem(self.refs.element_labels[code], code)
        select_code(element, e.element)
        present = narrow_combo(4)
        present.setAccessibleName(self.tr("Present"))
        present.addItem("—", "")
        present.addItem(self.tr("Yes"), "YES")
        present.addItem(self.tr("No"), "NO")
        present.setItemData(0, self.tr("Not recorded"), Qt.ItemDataRole.ToolTipRole)
        select_code(present, e.present)
        plan = QLineEdit(e.plan_no)
        plan.setMaxLength(40)
        plan.setAccessibleName(self.tr("Plan No."))
        photo = QLineEdit(e.photo_no)
        photo.setMaxLength(40)
        photo.setAccessibleName(self.tr("Photo No."))
        violations = QLineEdit(e.violations)
        violations.setAccessibleName(self.tr("Violations"))
        rule = narrow_combo(8)
        rule.setAccessibleName(self.tr("Norm rule broken"))
        self._fill_rules(rule, e.element, e.rule_code)
        categories = CategoryPicker(self.refs.category_labels)
        categories.setAccessibleName(self.tr("Categories affected"))
        categories.set_codes(e.categories)
        work = narrow_combo(8)
        work.setAccessibleName(self.tr("Recommended work"))
        work.addItem("—", "")
        for code, label in self.refs.work_labels.items():
            work.addItem(label, code)
        select_code(work, e.work)
        note = QLineEdit(e.work_note)
        note.setAccessibleName(self.tr("Work note"))
        for edit in (plan, photo, violations, note):
            edit.setCursorPosition(0)  # a long text shows its beginning
        for edit in (violations, note):  # a text longer than its cell is read on hovering
            edit.setToolTip(edit.text())
            edit.textChanged.connect(edit.setToolTip)
        for col, w in enumerate(
            (element, present, plan, photo, violations, rule, categories, work, note)
        ):
            self.table.setCellWidget(row, col, w)
        element.currentIndexChanged.connect(self._on_element_combo_changed)
        for combo in (present, rule, work):
            combo.currentIndexChanged.connect(self._on_row_changed)
        for edit in (plan, photo, violations, note):
            edit.textChanged.connect(self._on_row_changed)
        categories.changed.connect(self._on_row_changed)

    def _fill_rules(self, combo: QComboBox, element: str, code: str) -> None:
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", "")
        for rule in self.refs.rules.values():
            if rule.active and rule_applies(rule, self._zone, element):
                combo.addItem(rule.title(self.refs.lang), rule.check_code)
                sign = "≤" if rule.operator == "<=" else "≥"
                combo.setItemData(
                    combo.count() - 1,
                    f"{sign} {rule.value:g} {rule.unit} — {rule.document} {rule.clause}",
                    Qt.ItemDataRole.ToolTipRole,
                )
        stored = self.refs.rules.get(code)
        select_code(combo, code, stored.title(self.refs.lang) if stored is not None else None)
        combo.blockSignals(blocked)

    def _cell(self, row: int, col: int) -> QWidget:
        widget = self.table.cellWidget(row, col)
        assert widget is not None
        return widget

    def _read_row(self, row: int) -> ElementDraft:
        def text(col: int) -> str:
            w = self._cell(row, col)
            assert isinstance(w, QLineEdit)
            return w.text().strip()

        def code(col: int) -> str:
            w = self._cell(row, col)
            assert isinstance(w, QComboBox)
            return code_of(w)

        picker = self._cell(row, COL_CATEGORIES)
        assert isinstance(picker, CategoryPicker)
        return ElementDraft(
            zone=self._zone,
            element=code(COL_ELEMENT),
            present=code(COL_PRESENT),
            plan_no=text(COL_PLAN),
            photo_no=text(COL_PHOTO),
            violations=text(COL_VIOLATIONS),
            rule_code=code(COL_RULE),
            categories=picker.codes(),
            work=code(COL_WORK),
            work_note=text(COL_NOTE),
        )

    def _set_row_enabled(self, row: int, enabled: bool) -> None:
        for col in range(self.table.columnCount()):
            w = self.table.cellWidget(row, col)
            if isinstance(w, QLineEdit):
                w.setReadOnly(not enabled)
            elif w is not None:
                w.setEnabled(enabled)

    def _focus_row(self, row: int) -> None:
        self.table.setCurrentCell(row, COL_ELEMENT)
        self._cell(row, COL_ELEMENT).setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_of(self, widget: QWidget | None) -> int | None:
        while widget is not None and widget is not self.table:
            for row in range(self.table.rowCount()):
                for col in range(self.table.columnCount()):
                    if self.table.cellWidget(row, col) is widget:
                        return row
            widget = widget.parentWidget()
        current = self.table.currentRow()
        return current if current >= 0 else None

    def _show_suggestion(self) -> None:
        """Show the zone's suggestion and mark its rows' problems."""
        text = self.suggestion(self._zone)
        self.suggestion_label.setText(text or self.tr("Nothing recorded in this zone yet."))
        self.use_button.setEnabled(self._editable and bool(text))
        self._mark_rows()

    def _mark_rows(self) -> None:
        """Frame the cells of the zone shown that break an annex rule, as the form frames a
        field: the form marks only what it can reach, and a zone chosen after its check would
        otherwise show its rows unmarked until the next change."""
        elements = self.elements()
        found = annex_issues(
            PassportDraft(None, None, elements=elements),
            self.refs.element_zones,
            self.refs.rules,
        )
        first = sum(len(self._rows[z]) for z in ZONES[: ZONES.index(self._zone)])
        marks: dict[tuple[int, int], str] = {}
        for issue in found:
            _kind, index, name = issue.field.split(".", 2)
            row = int(index) - first
            if 0 <= row < self.table.rowCount():
                cell = (row, FIELD_COLUMNS.get(name, COL_ELEMENT))
                if marks.get(cell) != ERROR:
                    marks[cell] = issue.severity
        for row in range(self.table.rowCount()):
            for col in range(self.table.columnCount()):
                widget = self.table.cellWidget(row, col)
                if widget is not None:
                    set_mark(widget, marks.get((row, col), ""))

    def _changed(self) -> None:
        self._refresh_zone_texts()
        self._show_suggestion()
        if not self._updating:
            self.changed.emit()

    # -- slots ------------------------------------------------------------------------------

    def _on_zone_combo_changed(self, index: int) -> None:
        if index < 0:
            return
        self._zone = str(self.zone_combo.itemData(index))
        self._show_zone()

    def _on_row_changed(self, *_args: object) -> None:
        if self._updating:
            return
        self._rows[self._zone] = [self._read_row(r) for r in range(self.table.rowCount())]
        self._changed()

    def _on_element_combo_changed(self, _index: int) -> None:
        if self._updating:
            return
        # The rules offered follow the element: a rule naming another element is not offered.
        for row in range(self.table.rowCount()):
            element, rule = self._cell(row, COL_ELEMENT), self._cell(row, COL_RULE)
            assert isinstance(element, QComboBox) and isinstance(rule, QComboBox)
            self._fill_rules(rule, code_of(element), code_of(rule))
        self._on_row_changed()

    def _on_conclusion_edit_changed(self) -> None:
        if self._updating:
            return
        self._conclusions[self._zone] = self.conclusion_edit.toPlainText()
        self.changed.emit()

    def _on_add_button_clicked(self) -> None:
        if not self._editable:
            return
        row = self.add_element()
        self._focus_row(row)

    def _on_remove_shortcut_activated(self) -> None:
        row = self._row_of(QApplication.focusWidget())
        if row is not None and self._editable:
            self.remove_element(row)
