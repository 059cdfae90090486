"""A one-line label that gives way: drawn elided when narrower than its text (issue 11).

A status bar of plain labels is as wide as their texts, and a long store path would push the
window past a 1024-pixel screen. This label asks for almost no width, draws what fits with an
ellipsis where the mode says (the middle keeps a path's folder start and its file name) and
keeps the whole text in ``text()`` and in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """A label drawn elided (``mode``) when it is narrower than its text."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        tooltip: bool = True,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._tooltip = tooltip
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802
        """Show ``text`` (whole in ``text()`` and, unless told otherwise, the tooltip)."""
        super().setText(text)
        if self._tooltip:
            self.setToolTip(text)
        self.update()

    def elided_text(self) -> str:
        """Return the text as drawn at the current width."""
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), self._mode, max(room, 0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Two characters: the label gives way to the window's width."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 2 * self.fontMetrics().averageCharWidth()), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """Draw the text elided to the width."""
        painter = QPainter(self)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), int(align), self.elided_text())
        painter.end()
