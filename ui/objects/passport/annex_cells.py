"""Cells of the zone annexes table (issue 12): the compact choice of the categories an
element's violation affects, narrow code boxes, and the frame that marks a cell's problem the
way the passport form marks a field (``ui/objects/passport/annex_editor.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu, QToolButton, QWidget

from models.objects.accessibility import CATEGORY_LETTERS
from models.objects.tables import CATEGORIES


class CategoryPicker(QToolButton):
    """A compact choice of the user categories (К О С Г У) affected: a button showing the
    letters chosen, whose menu checks and unchecks each category.

    Signals:
        changed(): a category was checked or unchecked.
    """

    changed = Signal()

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self.actions_by_code: dict[str, QAction] = {}
        for cat in CATEGORIES:
            action = menu.addAction(f"{CATEGORY_LETTERS[cat]} — {labels.get(cat, cat)}")
            action.setCheckable(True)
            action.toggled.connect(self._on_action_toggled)
            self.actions_by_code[cat] = action
        self.setMenu(menu)
        self._show()

    def codes(self) -> tuple[str, ...]:
        """Return the categories checked, in K O S G U order."""
        return tuple(c for c in CATEGORIES if self.actions_by_code[c].isChecked())

    def set_codes(self, codes: Sequence[str]) -> None:
        """Check exactly ``codes`` (without emitting ``changed``)."""
        blocked = self.blockSignals(True)
        for cat, action in self.actions_by_code.items():
            action.setChecked(cat in codes)
        self.blockSignals(blocked)
        self._show()

    def _show(self) -> None:
        codes = self.codes()
        self.setText(" ".join(CATEGORY_LETTERS[c] for c in codes) or "—")

    def _on_action_toggled(self, _checked: bool) -> None:
        self._show()
        self.changed.emit()


def narrow_combo(width: int = 8) -> QComboBox:
    combo = QComboBox()
    # Labels are long (kk, ru): keep the column narrow, the popup still shows them whole.
    combo.setMinimumContentsLength(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.view().setMinimumWidth(360)
    return combo


def select_code(combo: QComboBox, code: str, label: str | None = None) -> None:
    """Select ``code``; a stored code the list no longer offers is added as it is."""
    index = combo.findData(code)
    if index < 0:
        combo.addItem(label or code, code)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def code_of(combo: QComboBox) -> str:
    return str(combo.currentData() or "")


def set_mark(widget: QWidget, severity: str) -> None:
    """Give ``widget`` the form's red (error) or orange (warning) frame, or none."""
    if widget.property("issue") == severity:
        return
    widget.setProperty("issue", severity)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
