"""The column with the longest text takes a table's spare width (issue 11).

``QHeaderView``'s Stretch mode squeezes its column to the minimum as soon as the other columns
are wider than the view (a work list on a 1024-pixel screen), and stretching the last column
gives the room to whatever comes last. :class:`SpareWidth` keeps a column at least as wide as
it was set and widens it to fill the view whenever the view or its rows change; the user may
still resize every column (the width they give the column is its new minimum).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class SpareWidth(QObject):
    """Widens ``column`` of ``view`` to fill the view's spare width, never below ``minimum``."""

    def __init__(self, view: QTableView, column: int, minimum: int) -> None:
        super().__init__(view)
        self.view, self.column, self.minimum = view, column, minimum
        self._fitting = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.resizeSection(column, minimum)
        header.sectionResized.connect(self._on_header_section_resized)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)

    def fit(self) -> None:
        """Give the column the width the other columns leave, at least its minimum."""
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        spare = self.view.viewport().width() - others
        self._fitting = True
        try:
            header.resizeSection(self.column, max(self.minimum, spare))
        finally:
            self._fitting = False

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        # The user (or a restored header state) sized the column: that is its width now.
        if column == self.column and not self._fitting:
            self.minimum = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Fit again when the view is resized."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
