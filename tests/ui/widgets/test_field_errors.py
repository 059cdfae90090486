"""The shared inline field messages (ui/widgets/field_errors.py) and form navigation mixin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from models.issues import WARNING, Issue, ValidationReport
from ui.messages import issue_text
from ui.widgets.date_edit import DateEdit
from ui.widgets.field_errors import (
    ERROR_COLOUR,
    WARNING_COLOUR,
    FieldError,
    add_field_rows,
    chain_tab_order,
    date_text_invalid,
    mark_unreadable_dates,
    show_first_issues,
    with_error,
)
from ui.widgets.field_form import FieldFormMixin, select_code


def test_error_frames_the_field_and_clearing_removes_frame_and_text(qtbot: QtBot) -> None:
    edit = QLineEdit()
    box, error = with_error(edit)
    qtbot.addWidget(box)
    box.show()
    issue = Issue("name", "required")
    error.show_issue(issue)
    assert error.isVisible()
    assert error.text() == issue_text(issue)
    assert ERROR_COLOUR in error.styleSheet()
    assert ERROR_COLOUR in edit.styleSheet()
    error.show_issue(None)
    assert error.isHidden()
    assert error.text() == ""
    assert edit.styleSheet() == ""


def test_warning_is_amber_and_leaves_the_field_unframed(qtbot: QtBot) -> None:
    edit = QLineEdit()
    box, error = with_error(edit)
    qtbot.addWidget(box)
    error.show_issue(Issue("name", "required", severity=WARNING))
    assert WARNING_COLOUR in error.styleSheet()
    assert edit.styleSheet() == ""


def test_rows_get_labels_with_buddies_and_tab_follows_the_given_order(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    widgets: dict[str, QWidget] = {"a": QLineEdit(), "b": QLineEdit(), "c": QLineEdit()}
    errors = add_field_rows(form, [("a", "&Alpha:"), ("b", ""), ("c", "&Gamma:")], widgets)
    assert list(errors) == ["a", "b", "c"]
    assert all(isinstance(e, FieldError) for e in errors.values())
    assert form.rowCount() == 3
    label = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    assert isinstance(label, QLabel) and label.buddy() is widgets["a"]
    assert form.itemAt(1, QFormLayout.ItemRole.LabelRole) is None or not (
        form.itemAt(1, QFormLayout.ItemRole.LabelRole).widget().text()  # type: ignore[union-attr]
    )
    chain_tab_order([widgets["c"], widgets["a"], widgets["b"]])
    host.show()
    widgets["c"].setFocus()
    qtbot.waitUntil(widgets["c"].hasFocus)
    qtbot.keyClick(widgets["c"], Qt.Key.Key_Tab)
    assert widgets["a"].hasFocus()


def test_first_issue_per_field_wins_and_other_fields_are_cleared(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    widgets: dict[str, QWidget] = {"a": QLineEdit(), "b": QLineEdit()}
    errors = add_field_rows(form, [("a", "A"), ("b", "B")], widgets)
    errors["b"].show_issue(Issue("b", "required"))
    first = Issue("a", "date_format")
    show_first_issues(errors, [first, Issue("a", "required"), Issue("elsewhere", "required")])
    assert errors["a"].text() == issue_text(first)
    assert errors["b"].isHidden() and errors["b"].text() == ""
    # An issue on another name can be routed to a form field.
    show_first_issues(errors, [Issue("member.b", "required")], lambda f: f.split(".")[-1])
    assert errors["b"].text() == issue_text(Issue("b", "required"))
    assert errors["a"].text() == ""


def test_half_typed_date_replaces_the_rules_issue_with_date_format(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setText("31.02.2024")
    assert date_text_invalid(edit)
    report = ValidationReport()
    report.add("when", "required")
    report.add("other", "required")
    mark_unreadable_dates(report, [("when", edit)])
    assert [(i.field, i.code) for i in report.issues] == [
        ("other", "required"),
        ("when", "date_format"),
    ]
    # A disabled field is skipped unless told otherwise.
    edit.setEnabled(False)
    report = ValidationReport()
    mark_unreadable_dates(report, [("when", edit)])
    assert report.issues == []
    mark_unreadable_dates(report, [("when", edit)], enabled_only=False)
    assert [i.code for i in report.issues] == ["date_format"]


def test_empty_or_complete_date_is_not_invalid(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert not date_text_invalid(edit)
    edit.setText("29.02.2024")
    assert not date_text_invalid(edit)


def test_select_code_keeps_a_retired_code_visible(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("", "")
    combo.addItem("School", "SCHOOL")
    select_code(combo, "SCHOOL")
    assert combo.currentIndex() == 1
    select_code(combo, "OLD")
    assert combo.currentData() == "OLD" and combo.count() == 3
    select_code(combo, "")
    assert combo.currentIndex() == 0


class _Form(FieldFormMixin, QWidget):
    FIELDS = ("first", "second")

    def __init__(self) -> None:
        super().__init__()
        self.widgets = {"first": QLineEdit(), "second": QLineEdit()}
        self._add_field_rows(QFormLayout(self), {"first": "&First:", "second": "&Second:"})


def test_mixin_shows_errors_before_warnings_and_focuses_the_first_bad_field(
    qtbot: QtBot,
) -> None:
    form = _Form()
    qtbot.addWidget(form)
    form.show()
    report = ValidationReport()
    report.add("second", "required", WARNING)
    report.add("second", "date_format")
    report.add("first", "required", WARNING)
    form._sort_issues(report)
    assert [(i.field, i.severity == WARNING) for i in report.issues] == [
        ("second", False),
        ("first", True),
        ("second", True),
    ]
    form.show_issues(report)
    assert form.errors["second"].text() == issue_text(Issue("second", "date_format"))
    assert WARNING_COLOUR in form.errors["first"].styleSheet()
    assert form.first_error_field(report) == "second"
    form.focus_field(form.first_error_field(report) or "")
    qtbot.waitUntil(form.widgets["second"].hasFocus)
    form.show_issues(ValidationReport())
    assert all(e.isHidden() for e in form.errors.values())
