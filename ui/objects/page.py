"""The objects register page (issue 2): filter bar, the register table and a detail panel.

The table stays responsive on 100,000 objects: :class:`ObjectTableModel` loads keyset pages as
the view scrolls, and filters and sorting run in SQL. Dialogs written alongside this page
(object, passport, adaptation, printing) are imported inside the slots that open them, so the
page works before they exist.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.objects.accessibility import CATEGORY_LETTERS, STATUS_CODES, status_display
from models.objects.dto import ObjectFilter, ObjectRow
from models.objects.repository import ObjectRepository
from models.objects.tables import CATEGORIES
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.i18n import current_language, local_name
from ui.objects.adaptation_dialog import AdaptationDialog
from ui.objects.control.page_actions import DUE_STATE, ControlActions
from ui.objects.detail_panel import ObjectDetailPanel
from ui.objects.object_dialog import ObjectDialog
from ui.objects.passport_dialog import PassportDialog
from ui.objects.prints.blank import preview_blank
from ui.objects.prints.passport import preview_passport
from ui.objects.table_model import (
    COL_ADAPTED,
    COL_ADDRESS,
    COL_NAME,
    COL_OWNER,
    COL_PASSPORT_DATE,
    COL_REQUIRES_ADAPTATION,
    COL_SETTLEMENT,
    COL_STATUS_FIRST,
    COL_TYPE,
    ObjectTableModel,
)
from ui.settings import UiSettings
from ui.widgets.empty_state import EmptyStack, EmptyState
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.table_columns import SpareWidth
from ui.workers import JobRunner

logger = logging.getLogger(__name__)

#: Typing pauses this long before the search runs, so each keystroke does not query.
SEARCH_DELAY_MS = 250
#: After saving, look this many extra pages ahead for the saved object to select it.
_SELECT_LOOKAHEAD_PAGES = 10
_HEADER_KEY = "ui/register_header"
_DEFAULT_WIDTHS = {
    COL_NAME: 260,
    COL_TYPE: 180,
    COL_SETTLEMENT: 170,
    COL_ADDRESS: 200,
    COL_OWNER: 170,
    COL_PASSPORT_DATE: 95,
    COL_REQUIRES_ADAPTATION: 90,
    COL_ADAPTED: 95,
}


class _SavingDialog(Protocol):
    """A record dialog the page runs modally; ``saved(int)`` says a record was written."""

    @property
    def saved(self) -> SignalInstance: ...

    def exec(self) -> int: ...

    def deleteLater(self) -> None: ...


class ObjectsPage(QWidget):
    """The register of objects: find, sort and open objects and their passports.

    Keyboard: the table has focus on open; Enter opens the object, Ctrl+F goes to the search
    box and Esc there clears it; F4 opens the passport, Shift+F4 starts a re-inspection,
    F6 records the adaptation, Ctrl+P prints, Ctrl+Shift+P prints a blank passport and
    Ctrl+Shift+I an inspection checklist, F5 refreshes, Ctrl+N adds an object;
    Ctrl+Shift+K opens the state control, Ctrl+Shift+J records a complaint or reconstruction
    (issue 12, ``ui/objects/control``).
    """

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner = store, user, runner
        self.settings = settings or UiSettings()
        self._repo = ObjectRepository(store)
        self._ref = ReferenceRepository(store)
        self._lang = current_language()
        self._current_passport_id: int | None = None
        self._focused_once = False
        #: A viewer's register: passports open read-only, nothing is added or changed.
        self.read_only = False

        self.model = ObjectTableModel(store, self, lang=self._lang)
        self._build_actions()
        self.control = ControlActions(self, store, user, self.current_row, self.refresh)
        filter_bar = self._build_filter_bar()
        self._build_table()
        self.detail = ObjectDetailPanel()
        self.detail.version_activated.connect(self._on_detail_version_activated)

        self.toolbar = QToolBar(self.tr("Register actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_action,
            self.open_action,
            None,
            self.passport_action,
            self.reinspect_action,
            self.adaptation_action,
            self.print_action,
            self.blank_action,
            self.checklist_action,
            None,
            self.refresh_action,
        ):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

        self._build_empty_states()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table_stack)
        self.splitter.setCollapsible(0, False)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 280])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filter_bar)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (
            self.type_combo,
            self.settlement_combo,
            self.passport_combo,
            self.status_combo,
            self.category_combo,
            self.adaptation_combo,
        ):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.status_combo.currentIndexChanged.connect(self._update_category_enabled)
        self._update_category_enabled()

        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(500)
        self._header_timer.timeout.connect(self.save_header_state)
        self._restore_header()
        header = self.table.horizontalHeader()
        header.sectionResized.connect(self._header_timer.start)
        header.sectionMoved.connect(self._header_timer.start)
        header.sortIndicatorChanged.connect(self._header_timer.start)
        # Enabling sorting sorts by the (restored) indicator: that loads the first page.
        self.table.setSortingEnabled(True)
        self.model.modelReset.connect(self._on_current_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._update_count()
        self.update_due_count()
        self._on_current_changed()

    # -- building ---------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New object..."),
            self._on_new_action_triggered,
            "Ctrl+N",
            self.tr("Add an object to the register (Ctrl+N)"),
        )
        # Enter and double-click arrive through the table's ``activated`` signal.
        self.open_action = self._action(
            self.tr("&Open object..."),
            self._on_open_action_triggered,
            tip=self.tr("Open the selected object (Enter)"),
        )
        self.passport_action = self._action(
            self.tr("&Passport..."),
            self._on_passport_action_triggered,
            "F4",
            self.tr("Open the current passport, or start the first one (F4)"),
        )
        self.reinspect_action = self._action(
            self.tr("&Re-inspection..."),
            self._on_reinspect_action_triggered,
            "Shift+F4",
            self.tr("Start a new passport version based on the current one (Shift+F4)"),
        )
        self.adaptation_action = self._action(
            self.tr("Record &adaptation done..."),
            self._on_adaptation_action_triggered,
            "F6",
            self.tr("Record that the adaptation works are completed (F6)"),
        )
        self.print_action = self._action(
            self.tr("P&rint passport..."),
            self._on_print_action_triggered,
            QKeySequence.StandardKey.Print,
            self.tr("Preview and print the current passport (Ctrl+P)"),
        )
        # Issue 12: blanks for commissions that inspect on paper and enter the passport later.
        self.blank_action = self._action(
            self.tr("Print &blank passport..."),
            self._on_blank_action_triggered,
            "Ctrl+Shift+P",
            self.tr(
                "Print the object's passport form to fill in by hand: the general information "
                "from the register, the rest blank (Ctrl+Shift+P)"
            ),
        )
        self.checklist_action = self._action(
            self.tr("Print inspection chec&klist..."),
            self._on_checklist_action_triggered,
            "Ctrl+Shift+I",
            self.tr(
                "Print each zone's typical elements and norm checks with their thresholds, "
                "to fill in at the object (Ctrl+Shift+I)"
            ),
        )
        self.refresh_action = self._action(
            self.tr("Re&fresh"),
            self.refresh,
            QKeySequence.StandardKey.Refresh,
            self.tr("Reload the register (F5)"),
        )
        self.find_action = self._action(
            self.tr("&Find"), self._on_find_action_triggered, QKeySequence.StandardKey.Find
        )
        self.clear_filters_action = self._action(
            self.tr("&Clear filters"),
            self.clear_filters,
            "Ctrl+Shift+L",
            self.tr("Show every object again (Ctrl+Shift+L)"),
        )

    def _combo(self, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _build_filter_bar(self) -> QVBoxLayout:
        lang = self._lang
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or address (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self._escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        self._escape_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._escape_shortcut.activated.connect(self._on_search_escape)
        self.type_combo = self._combo(
            [(self.tr("All types"), "")]
            + [(c.label(lang), c.code) for c in self._ref.code_labels("object_types")]
        )
        self.settlement_combo = self._combo([])
        self._fill_settlements()
        self.passport_combo = self._combo(
            [
                (self.tr("Any passport state"), ""),
                (self.tr("Passported"), "passported"),
                (self.tr("Not passported"), "not_passported"),
                (self.tr("Excluded"), "excluded"),
                (self.tr("Re-inspection due"), DUE_STATE),
            ]
        )
        status_labels = {c.code: c.label(lang) for c in self._ref.code_labels("access_statuses")}
        self.status_combo = self._combo(
            [
                (self.tr("Any status"), ""),
                (self.tr("Accessible ({codes})").format(codes="ДП, ДЧ"), "accessible"),
            ]
            + [
                (f"{status_display(code)} — {status_labels.get(code, code)}", code)
                for code in STATUS_CODES
            ]
        )
        cat_labels = {c.code: c.label(lang) for c in self._ref.code_labels("user_categories")}
        self.category_combo = self._combo(
            [(self.tr("Any category"), "")]
            + [(f"{CATEGORY_LETTERS[c]} — {cat_labels.get(c, c)}", c) for c in CATEGORIES]
        )
        self.adaptation_combo = self._combo(
            [
                (self.tr("Any"), None),
                (self.tr("Yes, not yet adapted"), True),
                (self.tr("No"), False),
            ]
        )
        self.count_label = QLabel()

        def labelled(text: str, widget: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(widget)
            return label

        # Issue 11: the bar fits a 1024-pixel screen in every language. The search box, the
        # clear button and the object count keep one row; the filters flow onto as many rows
        # as the width needs (one on a wide screen), each with its label.
        first = QHBoxLayout()
        first.addWidget(labelled(self.tr("&Search:"), self.search))
        first.addWidget(self.search, 1)
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setDefaultAction(self.clear_filters_action)
        first.addWidget(self.clear_filters_button)
        first.addWidget(self.count_label)
        self.filters_box = QWidget()
        flow = FlowLayout(self.filters_box)
        flow.setContentsMargins(0, 0, 0, 0)
        groups: list[list[tuple[str, QComboBox]]] = [
            [(self.tr("&Type:"), self.type_combo)],
            [(self.tr("Se&ttlement:"), self.settlement_combo)],
            [(self.tr("Pa&ssport:"), self.passport_combo)],
            [(self.tr("Stat&us:"), self.status_combo), (self.tr("f&or:"), self.category_combo)],
            [(self.tr("Needs a&daptation:"), self.adaptation_combo)],
        ]
        for group in groups:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for text, combo in group:
                row.addWidget(labelled(text, combo))
                row.addWidget(combo)
            flow.addWidget(box)
        bar = QVBoxLayout()
        bar.addLayout(first)
        bar.addWidget(self.filters_box)
        return bar

    def _fill_settlements(self) -> None:
        keep = self.settlement_combo.currentData() or ""
        self.settlement_combo.blockSignals(True)
        self.settlement_combo.clear()
        self.settlement_combo.addItem(self.tr("All settlements"), "")
        for kato, name_kk, name_ru in self._ref.settlements():
            name = local_name(name_kk, name_ru, self._lang)
            self.settlement_combo.addItem(f"{kato} {name}", kato)
        index = self.settlement_combo.findData(keep)
        self.settlement_combo.setCurrentIndex(max(index, 0))
        self.settlement_combo.blockSignals(False)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures 100,000 rows.
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.table.activated.connect(self._on_table_activated)

    def _build_empty_states(self) -> None:
        # Issue 11: a fresh store opens on what to do first, not on an empty table; a filter
        # that hides every row says so and offers to clear it. The main window adds its
        # Import and demo data actions to the first (add_first_step_action).
        self.table_stack = EmptyStack(self.table)
        self.empty_state = self.table_stack.add_state(EmptyState(self._empty_text()))
        self.empty_state.setObjectName("objects_empty_state")
        self.empty_state.add_action(self.tr("Add an object (Ctrl+N)"), self.new_action)
        self.no_match_state = self.table_stack.add_state(
            EmptyState(self.tr("No object matches the filters."))
        )
        self.no_match_state.setObjectName("objects_no_match_state")
        self.no_match_state.add_action(self.tr("Clear filters"), self.clear_filters_action)

    def _empty_text(self) -> str:
        if self.read_only:
            return self.tr("The register is empty: an editor imports or adds the objects.")
        return self.tr(
            "The register is empty. Start by importing the object registry from its workbook, "
            "or add the objects one by one."
        )

    def add_first_step_action(
        self, text: str, action: QAction, position: int | None = None
    ) -> None:
        """Offer a window action (Import, demo data) on the empty register."""
        self.empty_state.add_action(text, action, position)

    def _show_empty_state(self, count: int) -> None:
        # The detail panel of no object is noise beside the first steps.
        self.detail.setVisible(count > 0 or self.model.object_filter != ObjectFilter())
        if count > 0:
            self.table_stack.show_view()
        elif self.model.object_filter == ObjectFilter():
            self.table_stack.show_state(self.empty_state)
        else:
            self.table_stack.show_state(self.no_match_state)

    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for col, width in _DEFAULT_WIDTHS.items():
            header.resizeSection(col, width)
        for i in range(len(CATEGORIES)):
            header.resizeSection(COL_STATUS_FIRST + i, 64)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        state = self.settings.get(_HEADER_KEY)
        if isinstance(state, QByteArray | bytes) and not header.restoreState(QByteArray(state)):
            logger.info("stored register header state ignored (another column layout)")
        # Issue 11: the name (the longest text) takes the spare width, never the last column;
        # the width the user gave it is its least.
        self.name_width = SpareWidth(self.table, COL_NAME, header.sectionSize(COL_NAME))

    # -- public -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the register (after an import or an edit), keeping the selected object."""
        self._fill_settlements()
        self._reload(self.current_object_id())

    def clear_filters(self) -> None:
        """Reset every filter and show all objects."""
        self._search_timer.stop()
        widgets: list[QWidget] = [self.search, self.type_combo, self.settlement_combo]
        widgets += [self.passport_combo, self.status_combo, self.category_combo]
        widgets.append(self.adaptation_combo)
        for w in widgets:
            w.blockSignals(True)
        self.search.clear()
        for combo in widgets[1:]:
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(0)
        for w in widgets:
            w.blockSignals(False)
        self._update_category_enabled()
        self._apply_filters()

    def show_passport_state(self, state: str) -> None:
        """Clear the filters, then show the objects in a passport state ("not_passported"...)."""
        self.clear_filters()
        index = self.passport_combo.findData(state)
        if index >= 0:
            self.passport_combo.setCurrentIndex(index)

    def current_filter(self) -> ObjectFilter:
        """Return the filter the bar describes now."""
        needs = self.adaptation_combo.currentData()
        return ObjectFilter(
            text=self.search.text().strip(),
            object_type=self.type_combo.currentData() or "",
            kato=self.settlement_combo.currentData() or "",
            passport_state=self.passport_combo.currentData() or "",
            status=self.status_combo.currentData() or "",
            category=(self.category_combo.currentData() or "")
            if self.status_combo.currentData()
            else "",
            needs_adaptation=needs if isinstance(needs, bool) else None,
        )

    def current_row(self) -> ObjectRow | None:
        """Return the selected object's row, None without a selection."""
        index = self.table.currentIndex()
        return self.model.object_at(index.row()) if index.isValid() else None

    def current_object_id(self) -> int | None:
        """Return the selected object's id, None without a selection."""
        row = self.current_row()
        return row.id if row is not None else None

    def select_object(self, object_id: int | None) -> bool:
        """Select an object, loading a few more pages if needed; return True when found."""
        if object_id is None:
            return False
        row = self.model.row_of(object_id)
        pages = 0
        while row is None and self.model.canFetchMore() and pages < _SELECT_LOOKAHEAD_PAGES:
            self.model.fetchMore()
            row = self.model.row_of(object_id)
            pages += 1
        if row is None:
            return False
        index = self.model.index(row, COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def save_header_state(self) -> None:
        """Remember column widths, order and the sort column."""
        self.settings.set(_HEADER_KEY, self.table.horizontalHeader().saveState())

    # -- filtering --------------------------------------------------------------------------

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt == self.model.object_filter:
            return
        keep = self.current_object_id()
        self.model.set_filter(flt)
        self._update_count()
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_object(keep)

    def _reload(self, keep: int | None) -> None:
        self.model.reload()
        self._update_count()
        self.update_due_count()
        if not self.select_object(keep):
            self._on_current_changed()

    def _update_count(self) -> None:
        # An indexed count over 100k objects takes milliseconds (bench/register_first_rows.py).
        n = self._repo.count(self.model.object_filter)
        self.count_label.setText(self.tr("%n object(s)", "", n))
        self._show_empty_state(n)

    def update_due_count(self) -> int:
        """Show the re-inspection due list's count in the passport-state filter; return it."""
        return self.control.update_due_count(self.passport_combo, self.tr("Re-inspection due"))

    def _update_category_enabled(self) -> None:
        self.category_combo.setEnabled(bool(self.status_combo.currentData()))

    # -- slots ------------------------------------------------------------------------------

    def _on_search_escape(self) -> None:
        if self.search.text():
            self.search.clear()
            self._apply_filters()
        else:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_find_action_triggered(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_current_changed(self, *_args: object) -> None:
        row = self.current_row()
        if row is None:
            self._current_passport_id = None
            self.detail.show_object(None)
        else:
            self._current_passport_id = self._repo.current_passport_id(row.id)
            self.detail.show_object(
                row,
                self._repo.passport_versions(row.id),
                self._current_passport_id,
                type_text=self.model.type_label(row.object_type),
                settlement_text=self.model.settlement_text(row.kato),
            )
        has_row = row is not None
        has_passport = self._current_passport_id is not None
        self.open_action.setEnabled(has_row)
        self.passport_action.setEnabled(has_row)
        self.reinspect_action.setEnabled(has_passport)
        self.print_action.setEnabled(has_passport)
        self.blank_action.setEnabled(has_row)
        self.checklist_action.setEnabled(has_row)
        self.adaptation_action.setEnabled(
            has_passport and row is not None and bool(row.requires_adaptation)
        )
        self.control.current_changed(row, self.detail)

    def set_read_only(self, read_only: bool) -> None:
        """Show the register read-only (a viewer): no new object, no edits, no adaptations."""
        self.read_only = read_only
        self.empty_state.set_text(self._empty_text())
        for action in (self.new_action, self.open_action, self.reinspect_action):
            action.setVisible(not read_only)
        self.adaptation_action.setVisible(not read_only)
        self.control.set_read_only(read_only)
        self.control.trigger_action.setVisible(not read_only)
        # The separator after New and Open would lead the toolbar: hide it with them.
        separators = [a for a in self.toolbar.actions() if a.isSeparator()]
        if separators:
            separators[0].setVisible(not read_only)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            if self.read_only:
                self._on_passport_action_triggered()
            else:
                self._on_open_action_triggered()

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.passport_action)
        menu.addAction(self.reinspect_action)
        menu.addAction(self.adaptation_action)
        menu.addAction(self.print_action)
        menu.addAction(self.blank_action)
        menu.addAction(self.checklist_action)
        menu.addSeparator()
        menu.addAction(self.control.state_control_action)
        menu.addAction(self.control.trigger_action)
        menu.addAction(self.control.counts_action)
        menu.addSeparator()
        menu.addAction(self.new_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _on_detail_version_activated(self, passport_id: int, current: bool) -> None:
        row = self.current_row()
        if row is None:
            return
        if current and not self.read_only:
            dialog = PassportDialog(self.store, self.user, row.id, passport_id, parent=self)
        else:
            dialog = PassportDialog(
                self.store, self.user, row.id, passport_id, parent=self, read_only=True
            )
        self._run(dialog, row.id)

    def _on_new_action_triggered(self) -> None:
        dialog = ObjectDialog(self.store, self.user, None, self)
        dialog.saved.connect(self._on_object_saved)
        self._run(dialog, None)

    def _on_open_action_triggered(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self._run(ObjectDialog(self.store, self.user, row.id, self), row.id)

    def _on_passport_action_triggered(self) -> None:
        row = self.current_row()
        if row is None:
            return
        passport_id = self._repo.current_passport_id(row.id)
        if self.read_only:
            if passport_id is not None:
                dialog = PassportDialog(
                    self.store, self.user, row.id, passport_id, parent=self, read_only=True
                )
                self._run(dialog, row.id)
            return
        self._run(PassportDialog(self.store, self.user, row.id, passport_id, parent=self), row.id)

    def _on_reinspect_action_triggered(self) -> None:
        row = self.current_row()
        passport_id = self._repo.current_passport_id(row.id) if row is not None else None
        if row is None or passport_id is None:
            return
        # Issue 12: a re-inspection of an object on the due list says why it is made.
        dialog = PassportDialog(
            self.store,
            self.user,
            row.id,
            None,
            base_on=passport_id,
            parent=self,
            reinspection_reason=self.control.reason_of(row.id),
        )
        self._run(dialog, row.id)

    def _on_adaptation_action_triggered(self) -> None:
        row = self.current_row()
        passport_id = self._repo.current_passport_id(row.id) if row is not None else None
        if row is None or passport_id is None:
            return
        self._run(AdaptationDialog(self.store, self.user, passport_id, self), row.id)

    def _on_print_action_triggered(self) -> None:
        row = self.current_row()
        passport_id = self._repo.current_passport_id(row.id) if row is not None else None
        if passport_id is None:
            return
        preview_passport(self, self.store, passport_id)

    def _on_blank_action_triggered(self) -> None:
        row = self.current_row()
        if row is not None:
            preview_blank(self, self.store, row.id, "passport")

    def _on_checklist_action_triggered(self) -> None:
        row = self.current_row()
        if row is not None:
            preview_blank(self, self.store, row.id, "checklist")

    def _on_object_saved(self, object_id: int) -> None:
        self._reload(object_id)

    # -- helpers ----------------------------------------------------------------------------

    def _run(self, dialog: _SavingDialog, keep: int | None) -> None:
        """Run a dialog modally; each ``saved`` reloads the register keeping ``keep`` selected."""
        if keep is not None:
            dialog.saved.connect(lambda _id: self._reload(keep))
        dialog.exec()
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- events -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Give the table the focus the first time the page shows."""
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        """Remember the header state when the page (or the window) hides."""
        self.save_header_state()
        super().hideEvent(event)
