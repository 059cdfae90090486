"""What the case forms share: labelled rows with inline errors, code combos, date reading.

Each case form (signal, assessment, plan, visit, service, closure, reopening) builds its rows
with :meth:`CaseFormBase.add_row`, reads a draft with ``collect() -> (draft | None, report)``
and shows a report with :meth:`CaseFormBase.show_issues`. Fields are named as the
:class:`~models.issues.Issue` fields of :mod:`models.families.validation`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from models.issues import ValidationReport
from models.reference.dto import CodeLabel
from ui.i18n import current_language
from ui.widgets.date_edit import DateEdit
from ui.widgets.field_errors import FieldError, add_field_row, show_first_issues

W = TypeVar("W", bound=QWidget)


def code_combo(labels: Sequence[CodeLabel], *, blank: bool = True) -> QComboBox:
    """Return a combo of code-list entries (label from the store, code as item data)."""
    combo = QComboBox()
    lang = current_language()
    if blank:
        combo.addItem("", "")
    for item in labels:
        combo.addItem(item.label(lang), item.code)
    return combo


def choice_combo(choices: Sequence[tuple[str, str]], *, blank: bool = False) -> QComboBox:
    """Return a combo of (code, translated label) pairs."""
    combo = QComboBox()
    if blank:
        combo.addItem("", "")
    for code, label in choices:
        combo.addItem(label, code)
    return combo


def set_combo_code(combo: QComboBox, code: str) -> None:
    """Select the entry holding ``code`` (the first entry when absent)."""
    combo.setCurrentIndex(max(0, combo.findData(code)))


def text_area(max_height: int = 70) -> QPlainTextEdit:
    """Return a multi-line field where Tab moves on instead of inserting a tab."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(max_height)
    return edit


def widget_state(widget: QWidget) -> object:
    """Return what a field holds, to compare before and after (unsaved-changes check)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    return None


class CaseFormBase(QWidget):
    """A form of labelled rows, each field with its inline error label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}

    def add_row(self, name: str, text: str, widget: W) -> W:
        """Add ``widget`` under ``name`` with the label ``text`` (its ``&`` is the mnemonic)."""
        # NOTE: an empty text gives a row without a label (none of the case forms has one).
        self.errors[name] = add_field_row(self.layout_, text, widget)
        self.fields[name] = widget
        return widget

    def state(self) -> tuple[object, ...]:
        """Return what every field holds (compare two states to see unsaved changes)."""
        return tuple(widget_state(w) for w in self.fields.values())

    def read_date(
        self, report: ValidationReport, name: str, *, required: bool = True
    ) -> date | None:
        """Return the date of field ``name``, recording ``required``/``date_format`` issues."""
        edit = self.fields[name]
        assert isinstance(edit, DateEdit)
        value = edit.value()
        if value is None:
            if not edit.is_empty():
                report.add(name, "date_format")
            elif required:
                report.add(name, "required")
        return value

    def show_issues(self, report: ValidationReport) -> None:
        """Show the first issue of each field beside it; clear the others."""
        show_first_issues(self.errors, report.issues, self.map_field)

    def map_field(self, name: str) -> str:
        """Return the form field that shows an issue on ``name`` (forms may override)."""
        return name

    def first_error_field(self, report: ValidationReport) -> str | None:
        """Return the first field, in form order, with an error."""
        bad = {self.map_field(i.field) for i in report.errors}
        for name in self.fields:
            if name in bad:
                return name
        return None

    def focus_field(self, name: str) -> None:
        """Put the focus on field ``name``."""
        widget = self.fields.get(name)
        if widget is not None:
            widget.setFocus()

    def first_widget(self) -> QWidget:
        """Return the field that takes the focus when the form opens."""
        return next(iter(self.fields.values()))
