"""What a page shows in place of an empty table: what to do first, with buttons (issue 11).

A fresh store opens on empty tables; an empty table says nothing. :class:`EmptyState` says in a
sentence what to do first and offers buttons bound to the window's own actions (a button
triggers the action, and shows and enables with it, so a role that may not import sees no
import button). :class:`EmptyStack` holds a view and its empty states, one shown at a time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class EmptyState(QWidget):
    """A short text of what to do first and buttons triggering actions, centred."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A wrapped text never widens the page: it takes the width it is given.
        self.label.setMinimumWidth(1)
        self.buttons: list[QPushButton] = []
        # One button under another, centred: side by side, three Russian or Kazakh buttons
        # (765 px in a real window) made the objects page, and so the main window, wider
        # than a 1024-pixel screen even while the table was shown (a stack is as wide as its
        # widest page).
        self._column = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addSpacing(8)
        layout.addLayout(self._column)
        layout.addStretch(2)

    def set_text(self, text: str) -> None:
        """Say what to do."""
        self.label.setText(text)

    def text(self) -> str:
        """Return the text shown."""
        return self.label.text()

    def add_action(self, text: str, action: QAction, position: int | None = None) -> QPushButton:
        """Add a button that triggers ``action`` (shown and enabled with it); ``position``:
        its place among the buttons (the end by default)."""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: action.trigger())
        tip = action.toolTip()
        if tip:
            button.setToolTip(tip)

        def follow() -> None:
            button.setVisible(action.isVisible())
            button.setEnabled(action.isEnabled())

        action.changed.connect(follow)
        follow()
        index = len(self.buttons) if position is None else max(0, min(position, len(self.buttons)))
        self.buttons.insert(index, button)
        self._column.insertWidget(index, button, 0, Qt.AlignmentFlag.AlignHCenter)
        return button

    def visible_buttons(self) -> list[QPushButton]:
        """Return the buttons the user is offered (those whose action is shown)."""
        return [b for b in self.buttons if not b.isHidden()]


class EmptyStack(QStackedWidget):
    """A view (a table) or, in its place, one of its empty states."""

    def __init__(self, view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.addWidget(view)

    def add_state(self, state: EmptyState) -> EmptyState:
        """Add an empty state to choose from; return it."""
        self.addWidget(state)
        return state

    def show_view(self) -> None:
        """Show the view."""
        self.setCurrentWidget(self.view)

    def show_state(self, state: EmptyState | None) -> None:
        """Show ``state`` in place of the view (None: the view)."""
        self.setCurrentWidget(self.view if state is None else state)

    def shown_state(self) -> EmptyState | None:
        """Return the empty state shown, None when the view is."""
        widget = self.currentWidget()
        return widget if isinstance(widget, EmptyState) else None
