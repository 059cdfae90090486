"""A layout that places its items left to right and wraps them onto more rows (issue 11).

Qt has none built in (this follows Qt's "Flow Layout" example): a filter bar or a row of
figure cards laid out with it needs only the width of its widest item, so a page fits a
1024-pixel screen in every language and uses one row where the room allows.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items in rows, wrapped at the layout's width; ``stretch`` widens each row's items to fill
    it (cards), else they keep their size hints (filters)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = -1,
        stretch: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._stretch = stretch

    # -- QLayout ----------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        """Add an item (``addWidget`` calls this)."""
        self._items.append(item)

    def count(self) -> int:
        """Number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        """The item at ``index``, None past the end."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        """Remove and return the item at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        """Grows in neither direction by itself."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        """The height depends on the width: narrower, more rows."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """The height the items need at ``width``."""
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        """Place the items in ``rect``."""
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Every item on one row."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, Qt.Orientation.Horizontal) if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest item: every other one can go onto a row of its own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- helpers ----------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        gap = style.layoutSpacing(
            QSizePolicy.ControlType.DefaultType, QSizePolicy.ControlType.DefaultType, orientation
        )
        return gap if gap >= 0 else style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            w = item.sizeHint().width()
            gap = self._gap(item, Qt.Orientation.Horizontal)
            if rows[-1] and used + gap + w > width:
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + w
            rows[-1].append(item)
        return [r for r in rows if r]

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for row in self._rows(area.width()):
            gaps = [self._gap(i, Qt.Orientation.Horizontal) for i in row[1:]]
            widths = [min(i.sizeHint().width(), area.width()) for i in row]
            if self._stretch:
                spare = max(0, area.width() - sum(widths) - sum(gaps))
                widths = [w + spare // len(row) for w in widths]
            height = max(i.sizeHint().height() for i in row)
            x = area.x()
            for n, (item, w) in enumerate(zip(row, widths, strict=True)):
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), QSize(w, height)))
                x += w + (gaps[n] if n < len(gaps) else 0)
            y += height + self._gap(row[0], Qt.Orientation.Vertical)
        if y > area.y():
            y -= self._gap(self._visible()[0], Qt.Orientation.Vertical)
        return y - rect.y() + m.bottom()
