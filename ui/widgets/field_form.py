"""What the object, member and family forms share: fields in a fixed order, each with a message.

:class:`FieldFormMixin` holds the STYLE.md §4 navigation those forms each had written out:
showing a report field by field, finding and focusing the first bad field, and sorting a report
into form order. The forms keep their own fields, labels and rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from models.issues import WARNING, ValidationReport
from ui.widgets.field_errors import FieldError, add_field_rows, chain_tab_order, show_first_issues


def select_code(combo: QComboBox, code: str) -> None:
    """Select the entry holding ``code``; a code the list no longer offers is added and kept.

    A retired code stays visible rather than silently changing the record.
    """
    index = combo.findData(code)
    if index < 0 and code:
        combo.addItem(code, code)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


# The type checker sees the mixin as the QWidget it is mixed into (its signals are then
# checked); at run time it stays a plain mixin ahead of QWidget in the bases.
if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object


class FieldFormMixin(_WidgetBase):
    """Mixed into a ``QWidget`` form that sets :attr:`FIELDS`, :attr:`widgets` and :attr:`errors`.

    Put it before ``QWidget`` among the bases. It adds no texts, so translation contexts stay
    those of the forms.
    """

    #: Field names in form (and Tab) order, as used by :class:`~models.issues.Issue`.
    FIELDS: tuple[str, ...] = ()
    #: Emitted by the form after the user edited a field (each form declares it).
    edited: ClassVar[Signal]
    #: Field name -> the widget to focus and frame.
    widgets: dict[str, QWidget]
    #: Field name -> its inline message label.
    errors: dict[str, FieldError]
    #: True while :meth:`populate` fills the fields (their signals are not edits then).
    _populating: bool
    #: Fields the user has edited: only their issues show while typing.
    _touched: set[str]

    def validate(self) -> ValidationReport:
        """Return every issue of the form as typed (the form implements it)."""
        raise NotImplementedError

    def _add_field_rows(self, form: QFormLayout, labels: dict[str, str]) -> None:
        """Lay out every field of :attr:`FIELDS` with its label and message; chain Tab."""
        self.errors = add_field_rows(
            form, ((fld, labels[fld]) for fld in self.FIELDS), self.widgets
        )
        chain_tab_order(self.widgets[fld] for fld in self.FIELDS)

    def show_issues(self, report: ValidationReport) -> None:
        """Show each field's first error (or warning) inline; clear the other fields."""
        show_first_issues(self.errors, report.errors + report.warnings)

    def first_error_field(self, report: ValidationReport) -> str | None:
        """Return the first field (in form order) holding an error."""
        fields = sorted({i.field for i in report.errors}, key=self._order)
        return fields[0] if fields else None

    def focus_field(self, fld: str) -> None:
        """Move the keyboard focus to a field."""
        widget = self.widgets.get(fld)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _order(self, fld: str) -> int:
        return self.FIELDS.index(fld) if fld in self.FIELDS else len(self.FIELDS)

    def _on_field_edited(self, fld: str) -> None:
        """Re-check as the user types; show the issues of the fields touched so far.

        Emits the form's ``edited`` signal.
        """
        if self._populating:
            return
        self._touched.add(fld)
        report = self.validate()
        report.issues = [i for i in report.issues if i.field in self._touched]
        self.show_issues(report)
        self.edited.emit()

    def _sort_issues(self, report: ValidationReport) -> None:
        """Sort ``report`` in place: errors before warnings, each in form order."""
        report.issues.sort(key=lambda i: (i.severity == WARNING, self._order(i.field)))
