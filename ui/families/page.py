"""The families page (issue 3): find people by IIN or name and open their household.

The list stays responsive with 200,000 people: :class:`MemberTableModel` loads keyset pages as
the view scrolls and the search runs in SQL on indexed, case-folded columns (PITFALLS.md #3), a
short pause after the last keystroke. IINs are masked here (brief §3.3); restricted-access risk
factors are never shown on this page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.families.dto import MemberRow
from models.families.repository import FamilyRepository
from models.store.db import Store
from ui.families.family_dialog import FamilyDialog
from ui.families.member_table_model import COL_SURNAME, MemberTableModel
from ui.widgets.empty_state import EmptyStack, EmptyState
from ui.widgets.table_columns import SpareWidth
from ui.workers import JobRunner

logger = logging.getLogger(__name__)

#: Typing pauses this long before the search runs, so each keystroke does not query.
SEARCH_DELAY_MS = 200


class FamiliesPage(QWidget):
    """People of all households: search, open the household, add a new family.

    Keyboard: Ctrl+F goes to the search box (Esc there clears it, then returns to the list);
    Enter on a person opens their current household; Ctrl+N adds a family; F5 refreshes.
    """

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner = store, user, runner
        self._today = today
        self.repo = FamilyRepository(store)
        self._focused_once = False
        #: The family dialog open now (None otherwise).
        self.dialog: FamilyDialog | None = None

        self.model = MemberTableModel(store, self)
        self.new_action = self._action(
            self.tr("&New family..."), self.new_family, "Ctrl+N", self.tr("Add a family (Ctrl+N)")
        )
        self.open_action = self._action(
            self.tr("&Open family..."),
            self.open_current,
            None,
            self.tr("Open the household of the selected person (Enter)"),
        )
        self.refresh_action = self._action(
            self.tr("Re&fresh"),
            self.refresh,
            QKeySequence.StandardKey.Refresh,
            self.tr("Reload the list (F5)"),
        )
        self.find_action = self._action(
            self.tr("&Find"), self._on_find_action_triggered, QKeySequence.StandardKey.Find
        )
        self.toolbar = QToolBar(self.tr("Family actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.open_action, self.refresh_action):
            self.toolbar.addAction(action)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("IIN digits or the start of a name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._on_search_escape)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never measures 200,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # Issue 11: the surname (the longest text) takes the spare width, not the IIN.
        header = self.table.horizontalHeader()
        for col, width in enumerate((180, 150, 170, 95, 50, 130)):
            header.resizeSection(col, width)
        self.surname_width = SpareWidth(self.table, COL_SURNAME, 180)
        self.table.activated.connect(self._on_table_activated)

        # Issue 11: no family yet, or none found: say what to do in place of the empty list.
        self.table_stack = EmptyStack(self.table)
        self.empty_state = self.table_stack.add_state(
            EmptyState(self.tr("No family yet. Add the first family and its members."))
        )
        self.empty_state.setObjectName("families_empty_state")
        self.empty_state.add_action(self.tr("Add a family"), self.new_action)
        self.no_match_state = self.table_stack.add_state(
            EmptyState(self.tr("Nobody matches the search."))
        )
        self.no_match_state.setObjectName("families_no_match_state")
        self.clear_search_action = QAction(self.tr("Clear the search"), self)
        self.clear_search_action.triggered.connect(self._on_clear_search_action_triggered)
        self.no_match_state.add_action(self.tr("Clear the search"), self.clear_search_action)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(bar)
        layout.addWidget(self.table_stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.model.modelReset.connect(self._update_actions)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self._update_count()
        self._update_actions()

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
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

    @property
    def today(self) -> date:
        """The date the rules measure against (fixed in tests)."""
        return self._today or date.today()

    # -- public -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (after an import or an edit), keeping the selected person."""
        keep = self.current_row()
        self.model.reload()
        self._update_count()
        if keep is not None:
            self.select_person(keep.person_id)
        self._update_actions()

    def apply_search(self) -> None:
        """Run the search typed in the box now (the timer calls this after a pause)."""
        self._search_timer.stop()
        text = self.search.text().strip()
        if text == self.model.search_text:
            return
        self.model.set_search(text)
        self._update_count()
        if self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, COL_SURNAME))

    def current_row(self) -> MemberRow | None:
        """Return the selected person's row, None without a selection."""
        index = self.table.currentIndex()
        return self.model.member_at(index.row()) if index.isValid() else None

    def select_person(self, person_id: int) -> bool:
        """Select a person among the loaded rows; return True when found."""
        row = self.model.row_of(person_id)
        if row is None:
            return False
        index = self.model.index(row, COL_SURNAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def family_of(self, person_id: int) -> int | None:
        """Return the household a person lives in now (else the latest one), None if none."""
        memberships = self.repo.person_households(person_id)
        current = [m for m in memberships if m[3] is None or m[3] > self.today]
        chosen = current[-1] if current else (memberships[-1] if memberships else None)
        return chosen[0] if chosen is not None else None

    def new_family(self) -> None:
        """Open an empty family dialog (Ctrl+N)."""
        self._open_dialog(None)

    def open_current(self) -> None:
        """Open the household of the selected person (Enter)."""
        row = self.current_row()
        if row is None:
            return
        family_id = self.family_of(row.person_id)
        if family_id is not None:
            self._open_dialog(family_id)

    # -- helpers ----------------------------------------------------------------------------

    def _open_dialog(self, family_id: int | None) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = FamilyDialog(self.store, self.user, family_id, self, today=self._today)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def add_first_step_action(self, text: str, action: QAction) -> None:
        """Offer a window action (demo data) on the empty list."""
        self.empty_state.add_action(text, action)

    def _update_count(self) -> None:
        n = self.model.count()
        self.count_label.setText(self.tr("%n person(s)", "", n))
        if n > 0:
            self.table_stack.show_view()
        elif self.model.search_text:
            self.table_stack.show_state(self.no_match_state)
        else:
            self.table_stack.show_state(self.empty_state)

    def _update_actions(self, *_args: object) -> None:
        self.open_action.setEnabled(self.current_row() is not None)

    # -- slots ------------------------------------------------------------------------------

    def _on_dialog_saved(self, _family_id: int) -> None:
        self.refresh()

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_current()

    def _on_search_return_pressed(self) -> None:
        self.apply_search()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clear_search_action_triggered(self) -> None:
        self.search.clear()
        self.apply_search()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_search_escape(self) -> None:
        if self.search.text():
            self.search.clear()
            self.apply_search()
        else:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_find_action_triggered(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        """Give the search box the focus the first time the page shows."""
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
