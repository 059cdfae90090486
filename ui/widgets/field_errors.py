"""Inline field messages: one implementation for every form and dialog that marks its fields.

A field with an error gets a red frame and a red message under it; a warning gets an amber
message and no frame (STYLE.md §4, Vorta ``errorText``). The object, member, family and case
forms and the settlement and adaptation dialogs all lay out their fields with
:func:`add_field_rows` (or :func:`add_field_row`) and show a report with
:func:`show_first_issues`.

The passport form keeps its own marking (a 2px frame by severity and a clickable problem list
below its tabs): it frames fields for warnings too, which these helpers deliberately do not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from models.issues import WARNING, Issue, ValidationReport
from ui.messages import issue_text
from ui.widgets.date_edit import DateEdit
from ui.widgets.theme import ERROR_COLOUR, WARNING_COLOUR, invalid_frame


@runtime_checkable
class FramesItself(Protocol):
    """A composite field that frames its own inner widget (the settlement picker's combo)."""

    def set_invalid(self, invalid: bool) -> None: ...


def date_text_invalid(edit: DateEdit) -> bool:
    """Return True when a date field holds digits that make no real date (e.g. 31.02)."""
    return edit.value() is None and any(ch.isdigit() for ch in edit.text())


def mark_unreadable_dates(
    report: ValidationReport,
    dates: Iterable[tuple[str, DateEdit]],
    *,
    enabled_only: bool = True,
) -> None:
    """Replace the issues of each half-typed date field with one ``date_format`` issue.

    A date that is not a date yet reads as None, and the rules would say "required": the user
    is told to finish the date instead.

    Args:
        report: the report to correct in place.
        dates: (field name, date edit) pairs.
        enabled_only: skip disabled fields (their value is not read).
    """
    for fld, edit in dates:
        if (edit.isEnabled() or not enabled_only) and date_text_invalid(edit):
            report.issues = [i for i in report.issues if i.field != fld]
            report.add(fld, "date_format")


class FieldError(QLabel):
    """The inline message shown under a field; it also frames the field in red."""

    def __init__(self, field_widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_widget = field_widget
        self.setWordWrap(True)
        self.hide()

    def show_issue(self, issue: Issue | None) -> None:
        """Show ``issue`` (error in red with a red frame, warning in amber) or clear."""
        if issue is None:
            self.clear()
            self.hide()
            _frame(self.field_widget, False)
            return
        warning = issue.severity == WARNING
        self.setStyleSheet(f"color: {WARNING_COLOUR if warning else ERROR_COLOUR};")
        self.setText(issue_text(issue))
        self.show()
        _frame(self.field_widget, not warning)


def _frame(widget: QWidget, invalid: bool) -> None:
    if isinstance(widget, FramesItself):
        widget.set_invalid(invalid)
    else:
        widget.setStyleSheet(invalid_frame() if invalid else "")


def with_error(widget: QWidget) -> tuple[QWidget, FieldError]:
    """Return a box holding ``widget`` above its inline error label, and the label."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    error = FieldError(widget)
    layout.addWidget(error)
    box.setFocusProxy(widget)
    return box, error


def add_field_row(form: QFormLayout, text: str, widget: QWidget) -> FieldError:
    """Add ``widget`` with its inline message to ``form``; return the message label.

    Args:
        form: the layout to add the row to.
        text: the row's label (its ``&`` is the mnemonic, the widget its buddy); "" for a row
            without a label, e.g. a check box that carries its own text.
        widget: the field.
    """
    box, error = with_error(widget)
    if text:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, box)
    else:
        form.addRow("", box)
    return error


def add_field_rows(
    form: QFormLayout, labels: Iterable[tuple[str, str]], widgets: Mapping[str, QWidget]
) -> dict[str, FieldError]:
    """Add a row per (field name, label text) in that order; return field name -> message."""
    return {fld: add_field_row(form, text, widgets[fld]) for fld, text in labels}


def chain_tab_order(widgets: Iterable[QWidget]) -> None:
    """Make Tab visit ``widgets`` in the order given."""
    previous: QWidget | None = None
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget


def show_first_issues(
    errors: Mapping[str, FieldError],
    issues: Iterable[Issue],
    field_of: Callable[[str], str] | None = None,
) -> None:
    """Show under each field the first of ``issues`` that concerns it; clear the others.

    Args:
        errors: field name -> its inline message.
        issues: in the order of preference (e.g. errors before warnings).
        field_of: maps an issue's field to the form field showing it (identity by default).
    """
    firsts: dict[str, Issue] = {}
    for issue in issues:
        name = field_of(issue.field) if field_of is not None else issue.field
        if name in errors:
            firsts.setdefault(name, issue)
    for name, error in errors.items():
        error.show_issue(firsts.get(name))
