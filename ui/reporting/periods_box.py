"""The Reporting page's periods of this office (issue 10, reporting.md §6.1).

* :class:`PeriodsTableModel`: one row per period of the office that has an approval history or
  a package (sent or received), plus the last ended period of the page's kind: open, approved
  or reopened, locked by a longer approved period, who and when, the reason of the last
  reopening and the sub-offices named missing at the approval.
* :class:`PeriodsBox`: that table with "Approve period..." and "Reopen period..." (shown only to
  supervisors and administrators; the models refuse the others anyway).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.reference.approvals import APPROVED, REOPENED
from models.reference.offices import office_of
from models.reference.roles import Permission, allows
from models.reporting.approval import ApprovalEvent, PeriodState, approval_history, period_state
from models.reporting.consolidation import expected_sub_offices, history
from models.reporting.exports import export_history
from models.reporting.periods import QUARTER, PeriodError, last_ended_code, parse_period
from models.store.db import Store
from ui.reporting.received_table_model import ListModel, format_moment, office_name

Index = QModelIndex | QPersistentModelIndex

#: The row's :class:`PeriodRow`.
RowRole = Qt.ItemDataRole.UserRole

_OK = QColor("#1b6e20")
_WARN = QColor("#8a5a00")


@dataclass(frozen=True)
class PeriodRow:
    """A period of this office: its state, and the sub-offices' names for its missing ones."""

    state: PeriodState
    #: KATO -> name of the expected sub-offices (for the missing ones named at approval).
    names: dict[str, str]

    @property
    def last_approval(self) -> ApprovalEvent | None:
        """The latest approval of the period (None when never approved)."""
        return next((e for e in reversed(self.state.history) if e.state == APPROVED), None)

    @property
    def last_reopening(self) -> ApprovalEvent | None:
        """The latest reopening of the period (None when never reopened)."""
        return next((e for e in reversed(self.state.history) if e.state == REOPENED), None)


def office_periods(store: Store, today: date, kind: str = QUARTER) -> list[str]:
    """Return the codes of this office's periods worth showing, the latest ending first: those
    with an approval event, an export or a received package, and the last ended one of
    ``kind``."""
    codes = {e.period for e in approval_history(store)}
    codes |= {e.period for e in export_history(store)}
    codes |= {h.period for h in history(store)}
    codes.add(last_ended_code(kind, today))
    periods = []
    for code in codes:
        try:
            periods.append(parse_period(code))
        except PeriodError:  # a sub-office's own code we cannot place: not a period of ours
            continue
    periods.sort(key=lambda p: (p.end, p.start), reverse=True)
    return [p.code for p in periods]


def period_rows(store: Store, today: date, kind: str = QUARTER) -> list[PeriodRow]:
    """Return the rows of :class:`PeriodsTableModel` for this office."""
    names = {o.kato: office_name(o) for o in expected_sub_offices(store)}
    return [PeriodRow(period_state(store, c), names) for c in office_periods(store, today, kind)]


class PeriodsTableModel(ListModel):
    """This office's periods: state, lock, who and when, reopening reason, missing named."""

    COL_PERIOD, COL_STATE, COL_BY, COL_AT, COL_REASON, COL_MISSING = range(6)

    def headers(self) -> tuple[str, ...]:
        """Return the translated column titles."""
        return (
            self.tr("Period"),
            self.tr("State"),
            self.tr("By"),
            self.tr("When"),
            self.tr("Reason of the last reopening"),
            self.tr("Named missing at approval"),
        )

    def set_rows(self, rows: Sequence[PeriodRow]) -> None:
        """Show ``rows`` (in the order given)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def state_text(self, row: PeriodRow) -> str:
        """Return "open", "approved", "reopened", with "locked by X" for a longer approval."""
        s = row.state
        text = {APPROVED: self.tr("approved"), REOPENED: self.tr("reopened")}.get(
            s.state, self.tr("open")
        )
        if s.locked_by is not None and s.locked_by.period != s.period:
            text += ", " + self.tr("locked by {period}").format(period=s.locked_by.period)
        return text

    def missing_text(self, row: PeriodRow) -> str:
        """Return the sub-offices named missing at the latest approval ("" when none)."""
        event = row.last_approval
        if event is None:
            return ""
        return ", ".join(f"{k} {row.names.get(k, '')}".strip() for k in event.missing)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell, its colour or the row itself."""
        if not self._valid(index):
            return None
        r: PeriodRow = self._rows[index.row()]
        col = index.column()
        last = r.state.last
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_PERIOD:
                return r.state.period
            if col == self.COL_STATE:
                return self.state_text(r)
            if col == self.COL_BY:
                return last.by if last is not None else ""
            if col == self.COL_AT:
                return format_moment(last.at) if last is not None else ""
            if col == self.COL_REASON:
                reopening = r.last_reopening
                return reopening.reason if reopening is not None else ""
            if col == self.COL_MISSING:
                return self.missing_text(r)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_REASON:
            reopening = r.last_reopening
            return reopening.reason if reopening is not None and reopening.reason else None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_STATE:
            if r.state.locked_by is not None:
                return QBrush(_OK)
            return QBrush(_WARN) if r.state.state == REOPENED else None
        if role == RowRole:
            return r
        return None


class PeriodsBox(QWidget):
    """The office's periods, with the approve and reopen buttons for those who may.

    Signals:
        changed(): a period was approved or reopened (the page refreshes every table).
    """

    changed = Signal()

    def __init__(
        self,
        store: Store,
        user: str,
        today: Callable[[], date],
        kind: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.today, self.kind = store, user, today, kind
        self.office = office_of(store)
        self.model = PeriodsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("periods_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Issue 11: the reason (free text) takes the spare width; the other columns fit their
        # header and contents (as the stretched last column, the long "missing" header was cut
        # on both sides). A district has no sub-office to name missing: no such column.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PeriodsTableModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(PeriodsTableModel.COL_MISSING, self.office.level == "district")
        self.hint_label = QLabel(
            self.tr(
                "No period has been approved or sent yet: when a period has ended, check the "
                "data quality, then approve it."
            )
        )
        self.hint_label.setWordWrap(True)
        may = allows(store.principal.role, Permission.APPROVE)
        self.approve_button = QPushButton(self.tr("&Approve period..."))
        self.approve_button.setVisible(may)
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.reopen_button = QPushButton(self.tr("Re&open period..."))
        self.reopen_button.setVisible(may)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        self.dialog: QWidget | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def refresh(self) -> None:
        """Read the periods again, keeping the selected one."""
        chosen = self.selected_period()
        rows = period_rows(self.store, self.today(), self.kind())
        self.model.set_rows(rows)
        self.hint_label.setVisible(
            not any(r.state.history or r.state.locked_by is not None for r in rows)
        )
        for i, r in enumerate(rows):
            if r.state.period == chosen:
                self.table.selectRow(i)
        self._on_selection_changed()

    def selected_row(self) -> PeriodRow | None:
        """Return the selected period's row (None when none is selected)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected_period(self) -> str | None:
        """Return the selected period's code."""
        row = self.selected_row()
        return row.state.period if row is not None else None

    def approved_periods(self) -> list[str]:
        """Return the codes of the periods approved now (what can be reopened)."""
        return [
            self.model.row(i).state.period
            for i in range(self.model.rowCount())
            if self.model.row(i).state.state == APPROVED
        ]

    def _on_selection_changed(self, *_args: object) -> None:
        self.reopen_button.setEnabled(bool(self.approved_periods()))

    def _on_approve_button_clicked(self) -> None:
        self.open_approve_dialog()

    def _on_reopen_button_clicked(self) -> None:
        self.open_reopen_dialog()

    def open_approve_dialog(self) -> QWidget:
        """Open the approve dialog (window-modal, not blocking) on the selected period."""
        from ui.reporting.approve_dialogs import ApprovePeriodDialog

        row = self.selected_row()
        code = row.state.period if row is not None and row.state.state != APPROVED else None
        dialog = ApprovePeriodDialog(
            self.store, self.user, self.today(), self, kind=self.kind(), code=code
        )
        dialog.done_event.connect(self._on_dialog_done_event)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_reopen_dialog(self) -> QWidget:
        """Open the reopen dialog (window-modal, not blocking) on the selected approved period."""
        from ui.reporting.approve_dialogs import ReopenPeriodDialog

        dialog = ReopenPeriodDialog(
            self.store, self.user, self.approved_periods(), self, code=self.selected_period()
        )
        dialog.done_event.connect(self._on_dialog_done_event)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_done_event(self, _event: object) -> None:
        self.changed.emit()
