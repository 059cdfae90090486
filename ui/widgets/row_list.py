"""A small editable list of rows of input widgets, driven by the keyboard.

Passport measurements and works are a handful of rows each, entered field by field; a grid of
real widgets keeps Tab, arrow keys in combos and inline messages simple, where a table view with
delegates would need an editor opened per cell.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.numbers import format_number, parse_decimal

#: Kept importable from here (the row tables and tests import them from this module).
__all__ = ["RowList", "format_number", "parse_decimal"]


class RowList(QWidget):
    """Rows of widgets under a header, with Add (Ctrl+Ins) and Remove (Ctrl+Del) by keyboard.

    Subclasses implement :meth:`_create_row` and emit :attr:`changed` when a row's widget
    changes (use :meth:`_notify`).

    Signals:
        changed(): a row was added, removed or edited.
    """

    changed = Signal()

    def __init__(self, headers: list[str], add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[list[QWidget]] = []
        self._messages: list[QLabel] = []
        self._removers: list[QToolButton] = []
        self._enabled = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.add_button.setToolTip(self.tr("Add a row (Ctrl+Ins)"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        outer.addLayout(bar)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(6)
        outer.addLayout(self._grid)
        outer.addStretch(1)
        self._header_labels = [QLabel(f"<b>{text}</b>") for text in headers]
        self._empty_label = QLabel(self.tr("No rows yet."))
        self._empty_label.setEnabled(False)
        add = QShortcut(QKeySequence("Ctrl+Ins"), self)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.activated.connect(self._on_add_button_clicked)
        remove = QShortcut(QKeySequence("Ctrl+Del"), self)
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove.activated.connect(self._on_remove_shortcut_activated)
        self._relayout()

    # -- subclass hooks ---------------------------------------------------------------------

    def _create_row(self) -> list[QWidget]:
        """Return the input widgets of a new row, in column order (subclasses implement)."""
        raise NotImplementedError

    def _notify(self, *_args: object) -> None:
        self.changed.emit()

    # -- rows -------------------------------------------------------------------------------

    def row_count(self) -> int:
        """Return how many rows there are."""
        return len(self._rows)

    def row_widgets(self, row: int) -> list[QWidget]:
        """Return the input widgets of a row."""
        return self._rows[row]

    def message_label(self, row: int) -> QLabel:
        """Return the label that shows a row's verdict or problem."""
        return self._messages[row]

    def add_row(self) -> int:
        """Append an empty row and return its index (focus stays where it is)."""
        widgets = self._create_row()
        message = QLabel()
        message.setWordWrap(True)
        message.setMinimumWidth(160)
        remover = QToolButton()
        remover.setText("✕")
        remover.setToolTip(self.tr("Remove this row (Ctrl+Del)"))
        remover.setAccessibleName(self.tr("Remove row"))
        remover.clicked.connect(self._on_remove_button_clicked)
        for w in widgets:
            w.setEnabled(self._enabled)
        remover.setEnabled(self._enabled)
        self._rows.append(widgets)
        self._messages.append(message)
        self._removers.append(remover)
        self._relayout()
        self.changed.emit()
        return len(self._rows) - 1

    def remove_row(self, row: int) -> None:
        """Delete a row."""
        widgets = self._rows.pop(row)
        for w in [*widgets, self._messages.pop(row), self._removers.pop(row)]:
            self._grid.removeWidget(w)
            w.hide()
            w.deleteLater()
        self._relayout()
        self.changed.emit()

    def clear_rows(self) -> None:
        """Delete every row."""
        blocked = self.blockSignals(True)
        while self._rows:
            self.remove_row(len(self._rows) - 1)
        self.blockSignals(blocked)
        self.changed.emit()

    def row_of(self, widget: QWidget | None) -> int | None:
        """Return the row holding ``widget`` (or one of its children), None if none does."""
        while widget is not None:
            for i, widgets in enumerate(self._rows):
                if widget in widgets or widget is self._removers[i]:
                    return i
            widget = widget.parentWidget()
            if widget is self:
                return None
        return None

    def set_rows_enabled(self, enabled: bool) -> None:
        """Allow or forbid editing (read-only versions)."""
        self._enabled = enabled
        self.add_button.setEnabled(enabled)
        for widgets, remover in zip(self._rows, self._removers, strict=True):
            for w in widgets:
                w.setEnabled(enabled)
            remover.setEnabled(enabled)

    # -- layout -----------------------------------------------------------------------------

    def _relayout(self) -> None:
        while self._grid.count():
            self._grid.takeAt(0)
        for col, header in enumerate(self._header_labels):
            self._grid.addWidget(header, 0, col)
        if not self._rows:
            self._grid.addWidget(self._empty_label, 1, 0, 1, len(self._headers))
            self._empty_label.show()
        else:
            self._empty_label.hide()
        previous: QWidget = self.add_button
        for r, widgets in enumerate(self._rows):
            for c, w in enumerate(widgets):
                self._grid.addWidget(w, r + 1, c)
                w.show()
                QWidget.setTabOrder(previous, w)
                previous = w
            n = len(widgets)
            self._grid.addWidget(self._removers[r], r + 1, n)
            self._grid.addWidget(self._messages[r], r + 1, n + 1)
            self._removers[r].show()
            self._messages[r].show()
            QWidget.setTabOrder(previous, self._removers[r])
            previous = self._removers[r]

    def _on_add_button_clicked(self) -> None:
        if not self._enabled:
            return
        row = self.add_row()
        self._rows[row][0].setFocus(Qt.FocusReason.TabFocusReason)

    def _on_remove_button_clicked(self) -> None:
        sender = self.sender()
        if sender in self._removers:
            self._remove_and_refocus(self._removers.index(sender))

    def _on_remove_shortcut_activated(self) -> None:
        row = self.row_of(QApplication.focusWidget())
        if row is not None and self._enabled:
            self._remove_and_refocus(row)

    def _remove_and_refocus(self, row: int) -> None:
        self.remove_row(row)
        if self._rows:
            self._rows[min(row, len(self._rows) - 1)][0].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.TabFocusReason)
