"""The preview grid of the file page: the first rows of a sheet as the file shows them.

The header row is highlighted (bold, on the selection colour) and the rows are numbered as Excel
numbers them, so "header row 4" on the spin box is the row the user sees marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from exporters.import_profile import display_text

#: Rows the grid shows (the header row is always among them).
GRID_ROWS = 30
#: Columns the grid shows (a register is narrower; a hostile sheet may be far wider).
GRID_COLUMNS = 40


def column_letter(index: int) -> str:
    """Return the Excel letters of the 0-based column ``index`` (0 -> A, 26 -> AA)."""
    letters = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class SheetGridModel(QAbstractTableModel):
    """The first :data:`GRID_ROWS` rows of a sheet (more when the header row lies lower)."""

    def __init__(
        self, rows: Sequence[Sequence[Any]], header_row: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._all = rows
        self._header = header_row
        self._rows: list[list[str]] = []
        self._width = 0
        self._load()

    def _load(self) -> None:
        shown = max(GRID_ROWS, self._header + 5)
        self._rows = [
            [display_text(v).strip() for v in row[:GRID_COLUMNS]] for row in list(self._all[:shown])
        ]
        self._width = max((len(r) for r in self._rows), default=0)

    @property
    def header_row(self) -> int:
        """The highlighted row, 1-based as Excel numbers it."""
        return self._header

    def set_header_row(self, row: int) -> None:
        """Highlight ``row`` (1-based) instead."""
        if row == self._header:
            return
        self.beginResetModel()
        self._header = row
        self._load()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the rows shown (0 under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the widest row's number of cells."""
        return 0 if parent.isValid() else self._width

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return a cell's text; the header row bold on the highlight colour."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        is_header = index.row() + 1 == self._header
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.FontRole and is_header:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and is_header:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.Highlight))
        if role == Qt.ItemDataRole.ForegroundRole and is_header:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.HighlightedText))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return column letters across and Excel row numbers down."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return str(section + 1)
