"""What the state-control and trigger dialogs share: a table of an object's records with
Add, Edit and Delete, and an edit dialog whose fields show their issues inline."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.issues import ValidationError, ValidationReport
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import error_summary_label, save_buttons
from ui.widgets.field_errors import (
    FieldError,
    add_field_rows,
    chain_tab_order,
    mark_unreadable_dates,
    show_first_issues,
)


class RecordEditDialog(QDialog):
    """An edit dialog of one record: fields in a form, each with its inline message.

    Subclasses build :attr:`widgets` and call :meth:`lay_out`, then implement :meth:`read`,
    :meth:`check`, :meth:`write` and (with dates) :meth:`date_fields`; :meth:`save` runs them.

    Signals:
        saved(int): the id of the record written.
    """

    saved = Signal(int)

    def lay_out(self, labels: Iterable[tuple[str, str]], widgets: dict[str, QWidget]) -> None:
        """Put the fields in a form with the summary label and Save/Cancel below."""
        self.widgets = widgets
        form = QFormLayout()
        pairs = list(labels)
        self.errors: dict[str, FieldError] = add_field_rows(form, pairs, widgets)
        self.summary_label = error_summary_label()
        self.buttons = save_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        chain_tab_order(widgets[f] for f, _t in pairs)

    def save(self) -> None:
        """Validate what is typed (a half-typed date is said, not read as empty) and write it;
        on success emit ``saved`` with the record's id and close. The subclass says how to
        read, check and write its record and which of its fields are dates."""
        draft = self.read()
        report = self.check(draft)
        mark_unreadable_dates(report, self.date_fields())
        if self.show_report(report):
            return
        try:
            saved = self.write(draft)
        except ValidationError as exc:
            self.show_report(exc.report)
            return
        self.saved.emit(saved)
        self.accept()

    def read(self) -> Any:
        """Return the record as typed (the subclass implements it)."""
        raise NotImplementedError

    def check(self, draft: Any) -> ValidationReport:
        """Return the record's issues (the subclass implements it)."""
        raise NotImplementedError

    def write(self, draft: Any) -> int:
        """Write the record and return its id (the subclass implements it)."""
        raise NotImplementedError

    def date_fields(self) -> Sequence[tuple[str, DateEdit]]:
        """Return (field, date edit) of the record's dates."""
        return ()

    def show_report(self, report: ValidationReport) -> bool:
        """Show ``report`` inline; focus the first bad field. Return True when it has errors."""
        show_first_issues(self.errors, report.errors + report.warnings)
        if report.ok:
            self.summary_label.hide()
            return False
        first = next((i.field for i in report.errors if i.field in self.widgets), None)
        if first is not None:
            self.widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)
        self.summary_label.setText(
            self.tr(
                "%n field(s) need correcting before the record can be saved.",
                "",
                len(report.errors),
            )
        )
        self.summary_label.show()
        return True


class RecordListDialog(QDialog):
    """A table of records with Add, Edit (Enter) and Delete (Del) and a Close button.

    Subclasses give :meth:`columns`, :meth:`rows` and the three actions.
    """

    def build(self, heading: str, headers: Sequence[str], read_only: bool) -> None:
        """Lay out the heading, the table and the buttons."""
        self.read_only = read_only
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add..."))
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.delete_button = QPushButton(self.tr("&Delete..."))
        self.delete_button.setShortcut(Qt.Key.Key_Delete)
        self.table.activated.connect(lambda _i: self.edit_button.click())
        for button, slot in (
            (self.add_button, self.on_add),
            (self.edit_button, self.on_edit),
            (self.delete_button, self.on_delete),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            button.setVisible(not read_only)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(row)
        self.body.addWidget(self.close_buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)

    def fill(self, rows: Sequence[Sequence[str]], keep: int | None = None) -> None:
        """Show ``rows`` (text per column); select row ``keep`` (or the first)."""
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        # A column as wide as its longest text, up to a cap: a body's full name ("... бойынша
        # әлеуметтік қорғау саласындағы реттеу және бақылау департаменті") pushed the other
        # columns off a 1024-px screen; a cell's tooltip shows the whole text.
        header = self.table.horizontalHeader()
        cap = self.column_cap()
        for c in range(self.table.columnCount()):
            if header.sectionSize(c) > cap:
                header.resizeSection(c, cap)
        if rows:
            self.table.selectRow(min(keep or 0, len(rows) - 1))
        self._update_buttons()

    def column_cap(self) -> int:
        """Return the widest a column is made to fit its texts (about 20 characters)."""
        return self.table.fontMetrics().averageCharWidth() * 20

    def selected_row(self) -> int | None:
        """Return the selected row's index, None without one."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        has = self.selected_row() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def run_editor(self, editor: RecordEditDialog, after: Callable[[int], None]) -> None:
        """Open ``editor`` window-modally (not blocking); ``after(id)`` runs when it saves."""
        self.editor = editor
        editor.saved.connect(after)
        editor.finished.connect(editor.deleteLater)
        editor.open()

    def on_add(self) -> None:
        """Add a record (the subclass implements it)."""
        raise NotImplementedError

    def on_edit(self) -> None:
        """Edit the selected record (the subclass implements it)."""
        raise NotImplementedError

    def on_delete(self) -> None:
        """Delete the selected record after asking (the subclass implements it)."""
        raise NotImplementedError
