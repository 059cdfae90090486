"""The cases page (issue 3): the work lists of family-support cases.

Tabs: my open cases, follow-ups due this week, overdue follow-ups, cases without a plan N days
after identification (N set here; with no limit, the default, every case waiting for its plan),
all open cases, for a supervisor or administrator the cases whose plan, closure or
reopening awaits approval, and the families to relaunch with the mobile group (still in map
category D or E N days after their case opened, issue 14); each title carries its count.
Ctrl+N opens a new case at its signal, Enter opens the selected case, F5 reads the lists
again. The lists are read in a background job; "today" comes from a callable so tests can fix it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTabBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.cases.dto import CaseRow, WorkListCounts
from models.cases.repository import CaseRepository
from models.reference.repository import ReferenceRepository
from models.reference.roles import Permission, allows
from models.store.db import Store
from ui.cases.table_model import COL_FAMILY, COL_NUMBER, COL_RISKS, CaseTableModel, IdRole
from ui.i18n import current_language
from ui.widgets.empty_state import EmptyStack, EmptyState
from ui.widgets.table_columns import SpareWidth
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)

#: Work lists in tab order (RELAUNCH: issue 14, brief §3.6).
MY_OPEN, DUE_THIS_WEEK, OVERDUE, WITHOUT_PLAN, ALL_OPEN, AWAITING_APPROVAL, RELAUNCH = range(7)
#: The value of the plan-limit spin box that means "no limit".
NO_LIMIT = -1


@dataclass(frozen=True)
class WorkLists:
    """Everything one refresh reads: the seven lists, N and the main window's counts."""

    lists: tuple[list[CaseRow], ...]
    plan_due_days: int | None
    counts: WorkListCounts
    #: N of the relaunch list (``relaunch_after_days``).
    relaunch_days: int = 90


def read_work_lists(store: Store, user: str, at: date, mine_only: bool) -> WorkLists:
    """Read the work lists at ``at`` (follow-up and plan lists: ``user``'s if mine_only).

    The awaiting-approval list is read for a role that approves (empty otherwise); a role
    without access to personal data (a viewer) reads no list (the repository would refuse).
    """
    repo = CaseRepository(store)
    login = user if mine_only else None
    role = store.principal.role
    if not allows(role, Permission.PERSONAL_DATA):
        return WorkLists(([],) * 7, repo.plan_due_days(), WorkListCounts(0, 0, 0, 0))
    return WorkLists(
        lists=(
            repo.my_open_cases(user),
            repo.follow_ups_due_this_week(at, login),
            repo.overdue_follow_ups(at, login),
            repo.cases_without_plan(at, login),
            repo.open_cases(),
            repo.awaiting_approval(at) if allows(role, Permission.APPROVE) else [],
            # The office's list, like all open cases: the mobile group relaunches them.
            repo.relaunch_list(at),
        ),
        plan_due_days=repo.plan_due_days(),
        counts=repo.work_list_counts(user, at),
        relaunch_days=repo.relaunch_after_days(),
    )


class CasesPage(QWidget):
    """The work lists of cases.

    Signals:
        counts_changed(object): the :class:`WorkListCounts` of the user, after each refresh.
        refreshed(): the lists were read again and shown.
    """

    counts_changed = Signal(object)
    refreshed = Signal()

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner, self.today = store, user, runner, today
        self.repo = CaseRepository(store)
        self.case_dialog: Any = None
        self._generation = 0
        self._data: WorkLists | None = None
        ref = ReferenceRepository(store)
        lang = current_language()
        self.model = CaseTableModel(
            {c.code: c.label(lang) for c in ref.code_labels("case_stages")},
            {c.code: c.label(lang) for c in ref.code_labels("risk_factors")},
            self,
        )

        self.new_action = self._action(self.tr("&New case..."), self.new_case, "Ctrl+N")
        self.open_action = self._action(self.tr("&Open case"), self.open_current)
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, "F5")
        self.toolbar = QToolBar(self.tr("Case actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.open_action, self.refresh_action):
            self.toolbar.addAction(action)

        self.tab_bar = QTabBar()
        for _ in range(7):
            self.tab_bar.addTab("")
        # The supervisors' list: shown to the roles that approve (the repository checks too).
        self.tab_bar.setTabVisible(
            AWAITING_APPROVAL, allows(store.principal.role, Permission.APPROVE)
        )
        self.tab_bar.currentChanged.connect(self._on_tab_bar_current_changed)
        self.mine_check = QCheckBox(self.tr("Only &my cases in the follow-up and plan lists"))
        self.mine_check.setChecked(True)
        self.mine_check.toggled.connect(self.refresh)
        self.days_spin = QSpinBox()
        # The lowest value reads "no limit": no official time limit between stages exists, so
        # none is the default (brief §3.4); an office may choose a number of days.
        self.days_spin.setRange(NO_LIMIT, 365)
        self.days_spin.setSpecialValueText(self.tr("no limit"))
        self.days_spin.setSuffix(self.tr(" days"))
        self._set_days(self.repo.plan_due_days())
        # The limit is the office's: a supervisor or administrator sets it (ALL_CASES).
        self.days_spin.setEnabled(allows(store.principal.role, Permission.ALL_CASES))
        self.days_spin.editingFinished.connect(self._on_days_spin_editing_finished)
        days_label = QLabel(self.tr("Plan &due within:"))
        days_label.setBuddy(self.days_spin)
        self.days_label = days_label
        # Families still in map category D or E this long after their case opened are listed
        # for relaunch with the mobile group (brief §3.6; setting relaunch_after_days).
        self.relaunch_spin = QSpinBox()
        self.relaunch_spin.setRange(1, 3650)
        self.relaunch_spin.setSuffix(self.tr(" days"))
        self.relaunch_spin.setValue(self.repo.relaunch_after_days())
        self.relaunch_spin.setEnabled(allows(store.principal.role, Permission.ALL_CASES))
        self.relaunch_spin.setToolTip(
            self.tr(
                "Open cases whose family is still in Digital Family Map category D or E this "
                "many days after the case opened are listed for relaunch with the mobile group."
            )
        )
        self.relaunch_spin.editingFinished.connect(self._on_relaunch_spin_editing_finished)
        relaunch_label = QLabel(self.tr("Re&launch after:"))
        relaunch_label.setBuddy(self.relaunch_spin)
        # One limit at a time, so the row fits 1024 px in Russian: the relaunch list's N on its
        # tab, the plan limit on the others.
        self.relaunch_label = relaunch_label
        relaunch_label.hide()
        self.relaunch_spin.hide()
        self.status_label = QLabel()
        #: Says what the "without a plan" list holds when no limit is set.
        self.plan_hint = QLabel(
            self.tr(
                "No time limit for drawing up a plan is set (none is official): the list shows "
                'every case still waiting for its plan. Set a number of days in "Plan due '
                'within" to list only the cases waiting longer.'
            )
        )
        self.plan_hint.setWordWrap(True)
        self.plan_hint.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Issue 11: rows of one height, whatever a cell holds.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # Issue 11: case numbers share the office's prefix ("113200000-2026-..."): the number
        # column fits its numbers, never cutting the end that tells cases apart (the whole
        # text is the cell's tooltip too). The family name takes the spare width, not the
        # risk factors.
        chars = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_RISKS, 30 * chars)
        self.family_width = SpareWidth(self.table, COL_FAMILY, 24 * chars)
        self.table.activated.connect(self._on_table_activated)
        self._wanted_case: int | None = None
        self._build_empty_states()

        options = QHBoxLayout()
        options.addWidget(self.mine_check)
        options.addStretch(1)
        options.addWidget(days_label)
        options.addWidget(self.days_spin)
        options.addWidget(relaunch_label)
        options.addWidget(self.relaunch_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tab_bar)
        layout.addLayout(options)
        layout.addWidget(self.plan_hint)
        layout.addWidget(self.table_stack, 1)
        layout.addWidget(self.status_label)
        self._set_titles(None)
        self._add_transfer_action()
        self.refresh()

    def _build_empty_states(self) -> None:
        # Issue 11: with no case at all the page says how one starts; an empty list of a store
        # with cases (nothing overdue) just says so.
        self.table_stack = EmptyStack(self.table)
        self.empty_state = self.table_stack.add_state(
            EmptyState(
                self.tr(
                    "No open case. A case starts with a signal: register it, then identify "
                    "the family."
                )
            )
        )
        self.empty_state.setObjectName("cases_empty_state")
        self.empty_state.add_action(self.tr("Register a signal"), self.new_action)
        self.empty_list_state = self.table_stack.add_state(
            EmptyState(self.tr("No case in this list."))
        )
        self.empty_list_state.setObjectName("cases_empty_list_state")

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '').rstrip('.')} ({shortcut})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- lists ------------------------------------------------------------------------------

    def _set_titles(self, data: WorkLists | None) -> None:
        titles = (
            self.tr("My open cases ({n})"),
            self.tr("Follow-ups this week ({n})"),
            self.tr("Overdue follow-ups ({n})"),
            self.tr("Without a plan ({n})")
            if data is None or data.plan_due_days is not None
            else self.tr("Waiting for a plan ({n})"),
            self.tr("All open cases ({n})"),
            self.tr("Awaiting approval ({n})"),
            self.tr("Relaunch D/E ({n})"),
        )
        for i, title in enumerate(titles):
            n = "…" if data is None else str(len(data.lists[i]))
            self.tab_bar.setTabText(i, title.format(n=n))

    def current_list(self) -> int:
        """Return the work list shown (``MY_OPEN`` ... ``AWAITING_APPROVAL``)."""
        return self.tab_bar.currentIndex()

    def set_current_list(self, which: int) -> None:
        """Show a work list."""
        self.tab_bar.setCurrentIndex(which)

    def refresh(self) -> None:
        """Read the work lists again in the background."""
        self._generation += 1
        generation = self._generation
        at, mine = self.today(), self.mine_check.isChecked()
        store, user = self.store, self.user

        def job(**_kwargs: object) -> WorkLists:
            return read_work_lists(store, user, at, mine)

        worker = Worker(job)
        worker.signals.finished.connect(lambda data: self._on_lists_read(generation, data))
        worker.signals.failed.connect(self._on_lists_failed)
        self.status_label.setText(self.tr("Reading the work lists..."))
        self.runner.start_read(worker)

    def _on_lists_read(self, generation: int, data: WorkLists) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self._data = data
        self._set_titles(data)
        self.days_spin.blockSignals(True)
        self._set_days(data.plan_due_days)
        self.days_spin.blockSignals(False)
        self.relaunch_spin.blockSignals(True)
        self.relaunch_spin.setValue(data.relaunch_days)
        self.relaunch_spin.blockSignals(False)
        self._show_current()
        self.status_label.setText("")
        self.counts_changed.emit(data.counts)
        self.refreshed.emit()

    def _on_lists_failed(self, exc: object) -> None:
        logger.error("reading the work lists failed: %s", exc)
        self.status_label.setText(
            self.tr("The work lists could not be read. Press F5 to try again.")
        )

    def _show_current(self) -> None:
        if self._data is None:
            return
        selected = self.current_case_id() if self._wanted_case is None else self._wanted_case
        self._wanted_case = None
        rows = self._data.lists[self.current_list()]
        self.model.set_rows(rows)
        self.plan_hint.setVisible(
            self.current_list() == WITHOUT_PLAN and self._data.plan_due_days is None
        )
        relaunch = self.current_list() == RELAUNCH
        for widget in (self.days_label, self.days_spin):
            widget.setVisible(not relaunch)
        for widget in (self.relaunch_label, self.relaunch_spin):
            widget.setVisible(relaunch)
        row = self.model.row_of(selected) if selected is not None else -1
        self.table.selectRow(max(row, 0))
        if rows:
            self.table_stack.show_view()
        elif not any(self._data.lists):
            self.table_stack.show_state(self.empty_state)
        else:
            self.table_stack.show_state(self.empty_list_state)

    def select_case(self, case_id: int | None) -> None:
        """Select a case in the list shown, now or once the lists are read."""
        if case_id is None:
            return
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._wanted_case = case_id

    def _on_tab_bar_current_changed(self, _index: int) -> None:
        self._show_current()

    def _set_days(self, days: int | None) -> None:
        self.days_spin.setValue(NO_LIMIT if days is None else days)

    def plan_days(self) -> int | None:
        """Return the plan limit on screen in days, or None for "no limit"."""
        value = self.days_spin.value()
        return None if value == NO_LIMIT else value

    def _on_days_spin_editing_finished(self) -> None:
        days = self.plan_days()
        if days != self.repo.plan_due_days():
            self.repo.set_plan_due_days(days, self.user)
            self.refresh()

    def _on_relaunch_spin_editing_finished(self) -> None:
        days = self.relaunch_spin.value()
        if days != self.repo.relaunch_after_days():
            self.repo.set_relaunch_after_days(days, self.user)
            self.refresh()

    # -- opening ----------------------------------------------------------------------------

    def current_case_id(self) -> int | None:
        """Return the id of the selected case, or None."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(self.model.data(index, IdRole))

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_case(int(self.model.data(index, IdRole)))

    def open_current(self) -> None:
        """Open the selected case."""
        case_id = self.current_case_id()
        if case_id is not None:
            self.open_case(case_id)

    def new_case(self) -> None:
        """Open a new case at its signal."""
        self._open_dialog(None)

    def open_case(self, case_id: int) -> None:
        """Open the case screen of ``case_id``."""
        self._open_dialog(case_id)

    def _open_dialog(self, case_id: int | None) -> None:
        from ui.cases.case_dialog import CaseDialog

        dialog = CaseDialog(self.store, self.user, case_id, self, today=self.today)
        dialog.saved.connect(lambda _id: self.refresh())
        self.case_dialog = dialog
        dialog.open()

    # -- case transfer between districts (ui/cases/transfer_dialogs.py) ----------------------

    def _add_transfer_action(self) -> None:
        from models.reference.roles import Permission, allows

        self.receive_dialog: Any = None
        self.receive_action = self._action(
            self.tr("Recei&ve a transferred case..."), self.receive_transfer
        )
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.receive_action)
        # Shown to the roles that transfer cases; transfer_in checks the role too.
        self.receive_action.setVisible(allows(self.store.principal.role, Permission.TRANSFER))

    def receive_transfer(self) -> None:
        """Open the dialog that receives a case transferred from another district."""
        from ui.cases.transfer_dialogs import ReceiveTransferDialog

        dialog = ReceiveTransferDialog(self.store, self.user, self.runner, self, today=self.today)
        dialog.received.connect(lambda _id: self.refresh())
        self.receive_dialog = dialog
        dialog.open()
