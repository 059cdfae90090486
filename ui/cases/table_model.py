"""Table model of a case work list (issue 3).

Work lists are bounded by the district's open cases (hundreds, a few thousand), so each list
is read whole by :class:`models.cases.repository.CaseRepository` and handed in with
:meth:`CaseTableModel.set_rows`. Restricted-access risk factors never reach a list: the
repository drops them and the model drops them again (brief §3.5).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from models.cases.dto import CaseRow
from models.cases.rules import is_restricted
from ui.i18n import format_date

COL_NUMBER = 0
COL_STAGE = 1
COL_FAMILY = 2
COL_WORKER = 3
COL_SIGNAL = 4
COL_IDENTIFIED = 5
COL_FOLLOW_UP = 6
COL_RISKS = 7
COLUMN_COUNT = 8

#: The case id of a row.
IdRole = Qt.ItemDataRole.UserRole
#: The whole :class:`CaseRow` of a row.
RowRole = Qt.ItemDataRole.UserRole + 1

_HEADERS = (
    "Number",
    "Stage",
    "Family",
    "Worker",
    "Signal",
    "Identified",
    "Next follow-up",
    "Risk factors",
)

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """One :class:`CaseRow` per row; stage and risk labels come from the store's code lists."""

    def __init__(
        self,
        stage_labels: Mapping[str, str],
        risk_labels: Mapping[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.stage_labels = dict(stage_labels)
        self.risk_labels = dict(risk_labels)
        self._rows: list[CaseRow] = []

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        """Show ``rows`` (a reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow:
        """Return the case of a row."""
        return self._rows[row]

    def row_of(self, case_id: int) -> int:
        """Return the row of a case, or -1."""
        for i, r in enumerate(self._rows):
            if r.id == case_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of cases (0 under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Number of columns."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles, translated."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return QCoreApplication.translate("CaseTableModel", _HEADERS[section])
        return None

    def _text(self, r: CaseRow, column: int) -> str:
        if column == COL_NUMBER:
            return r.number
        if column == COL_STAGE:
            return self.stage_labels.get(r.stage, r.stage)
        if column == COL_FAMILY:
            return r.family_name or ("" if r.family_id is None else f"#{r.family_id}")
        if column == COL_WORKER:
            return r.worker_login
        if column == COL_SIGNAL:
            return format_date(r.signal_date)
        if column == COL_IDENTIFIED:
            return format_date(r.identified_date)
        if column == COL_FOLLOW_UP:
            return format_date(r.next_follow_up)
        return "; ".join(self.risk_labels.get(c, c) for c in r.risk_factors if not is_restricted(c))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the case id and the row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(r, index.column())
        if role == IdRole:
            return r.id
        if role == RowRole:
            return r
        return None

    def sort_key(self, r: CaseRow, column: int) -> tuple[int, Any]:
        """Return a key sorting ``r`` by ``column`` (empty dates last)."""
        value: Any = {
            COL_SIGNAL: r.signal_date,
            COL_IDENTIFIED: r.identified_date,
            COL_FOLLOW_UP: r.next_follow_up,
        }.get(column, self._text(r, column))
        if isinstance(value, date) or value is None:
            return (value is None, value or date.min)
        return (False, str(value).casefold())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in memory (a work list is small)."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._rows.sort(
            key=lambda r: self.sort_key(r, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.changePersistentIndexList(
            before,
            [self.index(self.row_of(cid), i.column()) for cid, i in zip(ids, before, strict=True)],
        )
        self.layoutChanged.emit()
