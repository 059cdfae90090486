"""Field widgets the passport form's sections share: a three-state yes/no box, a code-list box,
a row of code check boxes, a number box that tells "empty" from "not a number", short text
areas and the scroll area every page sits in (issue 12).

"" (or None, or an empty tuple) is always "not recorded".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from ui.widgets.flow_layout import FlowLayout


def plain_text(max_height: int = 70) -> QPlainTextEdit:
    """Return a short text area where Tab leaves the field, as in every other field."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
    edit.setMaximumHeight(max_height)
    return edit


def scroll(widget: QWidget) -> QScrollArea:
    """Return ``widget`` in a frameless scroll area that resizes it."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def select_data(combo: QComboBox, code: str) -> None:
    """Select the item holding ``code``; an unknown stored code is added (shown as is)."""
    index = combo.findData(code)
    if index < 0:
        combo.addItem(code, code)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class CodeCombo(QComboBox):
    """A code-list box whose first item "—" means not recorded.

    Signals:
        changed(): the user (or ``set_code``) changed the selection.
    """

    changed = Signal()

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("—", "")
        for code, label in labels.items():
            self.addItem(label, code)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def code(self) -> str:
        """Return the selected code ("" when not recorded)."""
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        """Select ``code`` ("" selects "—")."""
        select_data(self, code)


class YesNoCombo(CodeCombo):
    """Not recorded / yes / no (``models.objects.tables.YES_NO``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__({}, parent)
        self.setItemText(0, self.tr("not recorded"))
        self.addItem(self.tr("yes"), "YES")
        self.addItem(self.tr("no"), "NO")


class CodeChecks(QWidget):
    """One check box per code of a code list, flowing onto as many lines as it needs.

    Signals:
        changed(): a box was ticked or cleared.
    """

    changed = Signal()

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in labels.items():
            box = QCheckBox(label.replace("&", "&&"))
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[code] = box
            layout.addWidget(box)

    def codes(self) -> tuple[str, ...]:
        """Return the ticked codes in code-list order."""
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Iterable[str]) -> None:
        """Tick exactly ``codes`` (codes the list no longer has are kept as extra boxes)."""
        wanted = set(codes)
        for code in sorted(wanted - set(self.boxes)):
            box = QCheckBox(code)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[code] = box
            layout = self.layout()
            if layout is not None:
                layout.addWidget(box)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)


class IntEdit(QLineEdit):
    """A whole number from ``low`` to ``high``, empty for not recorded."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The validator lets only digits in; the range is the rule's (an issue, not a block).
        self.setValidator(QIntValidator(0, 10**9, self))
        self.setMaximumWidth(140)
        self.low, self.high = low, high

    def value(self) -> int | None:
        """Return the number typed, None when empty or not a number."""
        text = self.text().strip().replace(" ", "").replace("\u00a0", "")
        return int(text) if text.isascii() and text.isdigit() else None

    def is_valid(self) -> bool:
        """True when empty or a whole number."""
        return not self.text().strip() or self.value() is not None

    def set_value(self, value: int | None) -> None:
        """Show ``value`` (None: empty)."""
        self.setText("" if value is None else str(value))
