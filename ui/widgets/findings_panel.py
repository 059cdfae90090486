"""The data-quality findings as a table (:class:`FindingTableModel`) with an "Open the list"
button (:class:`FindingsPanel`), shown by the quality dialog and the export wizard.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.reporting.dto import QualityIssue
from ui.widgets.quality_texts import has_list, quality_text, severity_text
from ui.widgets.theme import ERROR_COLOUR

logger = logging.getLogger(__name__)


_ModelIndex = QModelIndex | QPersistentModelIndex


class FindingTableModel(QAbstractTableModel):
    """The findings of the quality checks: sentence, records concerned, blocking or warning."""

    COL_TEXT, COL_COUNT, COL_KIND = range(3)
    #: The finding's code (str).
    CodeRole = Qt.ItemDataRole.UserRole
    #: True when the finding blocks the export.
    BlockingRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QualityIssue] = []

    def set_findings(self, findings: Sequence[QualityIssue]) -> None:
        """Show ``findings`` (blocking ones first, as the checks return them)."""
        self.beginResetModel()
        self._rows = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> QualityIssue:
        """Return the finding shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of findings (0 under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Finding"), self.tr("Records"), self.tr("Kind"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text, count or kind of a finding."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TEXT:
                return quality_text(f.code, f.detail)
            if col == self.COL_COUNT:
                return f.count
            return severity_text(f.blocking)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{f.code}: {f.detail}" if f.detail else f.code
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and f.blocking:
            return QBrush(QColor(ERROR_COLOUR))
        if role == self.CodeRole:
            return f.code
        if role == self.BlockingRole:
            return f.blocking
        return None


class _FindingTable(QTableView):
    """The findings table: Enter on a finding with a list opens it, and goes no further.

    A plain view lets Enter through to the dialog too (the wizard would move on as well).
    """

    entered = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Open the list of the current finding on Enter; other keys as usual."""
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            code = index.data(FindingTableModel.CodeRole)
            if isinstance(code, str) and has_list(code):
                self.entered.emit(index)
                event.accept()
                return
        super().keyPressEvent(event)


class FindingsPanel(QWidget):
    """The findings table and its "Open the list" button (also Enter or a double click on a row).

    Signals:
        open_findings(str): the user asked for the records of the finding with this code;
            only codes listed in :data:`ui.widgets.quality_texts.FINDING_LISTS` are emitted.
    """

    open_findings = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingTableModel(self)
        self.table = _FindingTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FindingTableModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col in (FindingTableModel.COL_COUNT, FindingTableModel.COL_KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.open_button = QPushButton(self.tr("&Open the list"))
        self.open_button.setAutoDefault(False)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.table.entered.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_findings(self, findings: Sequence[QualityIssue]) -> None:
        """Show ``findings`` and select the first one."""
        self.model.set_findings(findings)
        self.table.resizeRowsToContents()
        if findings:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_button()

    def current_code(self) -> str | None:
        """Return the code of the selected finding, if any."""
        index = self.table.currentIndex()
        return self.model.finding(index.row()).code if index.isValid() else None

    def _update_button(self) -> None:
        code = self.current_code()
        self.open_button.setEnabled(code is not None and has_list(code))

    def _on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_button()

    def _on_open_button_clicked(self) -> None:
        code = self.current_code()
        if code is not None and has_list(code):
            self.open_findings.emit(code)

    def _on_table_activated(self, index: QModelIndex) -> None:
        code = self.model.finding(index.row()).code
        if has_list(code):
            self.open_findings.emit(code)
