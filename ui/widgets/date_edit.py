"""A keyboard-friendly date field that may stay empty (dd.mm.yyyy).

``QDateEdit`` cannot hold "no date" without a sentinel minimum date that users then have to
fight with; an optional date (approval, adaptation, exclusion) is more honest as a masked line
edit: type eight digits, or leave it blank.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

_MASK = "00.00.0000;_"


class DateEdit(QLineEdit):
    """An optional date typed as ``dd.mm.yyyy``.

    Keys: digits fill the mask; Delete or Backspace on a full selection empties it; ``T`` (or
    the Cyrillic ``Т``) enters today's date.

    Signals:
        value_changed(): the text changed (the date may be complete, empty or still partial).
    """

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask(_MASK)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.setToolTip(self.tr("Date as dd.mm.yyyy; leave blank if unknown; T enters today."))
        self.textChanged.connect(self.value_changed)

    def digits(self) -> str:
        """Return the digits typed so far."""
        return "".join(ch for ch in self.text() if ch.isdigit())

    def is_empty(self) -> bool:
        """True when no digit is typed."""
        return not self.digits()

    def value(self) -> date | None:
        """Return the date, or None when the field is empty or not a valid date yet."""
        digits = self.digits()
        if len(digits) != 8:
            return None
        try:
            return date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
        except ValueError:
            return None

    def is_valid(self) -> bool:
        """True when the field is empty or holds a real calendar date."""
        return self.is_empty() or self.value() is not None

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None empties the field)."""
        self.setText("" if value is None else value.strftime("%d.%m.%Y"))
        if value is None:
            self.setCursorPosition(0)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Start typing at the first position when the field is empty (masks keep the click)."""
        super().focusInEvent(event)
        if self.is_empty():
            self.setCursorPosition(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Handle the ``T`` shortcut for today; everything else goes to the mask."""
        if event.text() in ("t", "T", "т", "Т") and not self.isReadOnly():
            self.set_value(date.today())
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.hasSelectedText()
            and len(self.selectedText()) == len(self.text())
        ):
            self.clear()
            self.setCursorPosition(0)
            return
        super().keyPressEvent(event)
