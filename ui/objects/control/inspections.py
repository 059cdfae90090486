"""State-control inspections of an object (issue 12, brief §2.2): the list and the record.

The list (objects page: "State control...", Ctrl+Shift+K) shows the object's inspections,
latest first, with Add, Edit and Delete (asked first). A viewer sees the list only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from models.errors import QoldauError
from models.issues import ValidationReport
from models.objects.state_control import (
    InspectionDraft,
    StateControlRepository,
    validate_inspection,
)
from models.store.db import Store
from ui.i18n import format_date
from ui.objects.control.record_list import RecordEditDialog, RecordListDialog
from ui.widgets.ask import ask
from ui.widgets.date_edit import DateEdit
from ui.widgets.numbers import amount_text, parse_amount


def fine_text(value: Decimal | None) -> str:
    """A fine as shown in the list: "12,5 МРП", "" for none."""
    if value is None:
        return ""
    text = f"{value.normalize():f}".replace(".", ",")
    return f"{text} МРП"


class InspectionDialog(RecordEditDialog):
    """Adds (``draft.id`` None) or corrects one inspection."""

    def __init__(
        self,
        store: Store,
        user: str,
        draft: InspectionDraft,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = StateControlRepository(store)
        self.user, self.today, self.draft = user, today, draft
        self.setWindowTitle(
            self.tr("New state-control inspection")
            if draft.id is None
            else self.tr("State-control inspection")
        )
        self.inspected_edit = DateEdit()
        self.body_edit = QLineEdit()
        self.body_edit.setPlaceholderText(self.tr("e.g. the quality control department"))
        self.violations_edit = QPlainTextEdit()
        self.violations_edit.setTabChangesFocus(True)
        self.violations_edit.setMaximumHeight(90)
        self.order_edit = QLineEdit()
        self.order_edit.setPlaceholderText(self.tr("number and date, empty if none"))
        self.fine_edit = QLineEdit()
        self.fine_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9 ]{0,7}([.,][0-9]{0,2})?"), self)
        )
        self.fine_edit.setMaximumWidth(120)
        self.deadline_edit = DateEdit()
        self.done_edit = DateEdit()
        self.note_edit = QLineEdit()
        self.lay_out(
            [
                ("inspected_on", self.tr("Inspected &on:")),
                ("body", self.tr("Control &body:")),
                ("violations", self.tr("&Violations found:")),
                ("order_ref", self.tr("&Order to remedy:")),
                ("fine_mrp", self.tr("&Fine, МРП:")),
                ("deadline", self.tr("Dead&line to remedy:")),
                ("done_on", self.tr("&Remedied on:")),
                ("note", self.tr("No&te:")),
            ],
            {
                "inspected_on": self.inspected_edit,
                "body": self.body_edit,
                "violations": self.violations_edit,
                "order_ref": self.order_edit,
                "fine_mrp": self.fine_edit,
                "deadline": self.deadline_edit,
                "done_on": self.done_edit,
                "note": self.note_edit,
            },
        )
        self.inspected_edit.set_value(draft.inspected_on)
        self.body_edit.setText(draft.body)
        self.violations_edit.setPlainText(draft.violations)
        self.order_edit.setText(draft.order_ref)
        self.fine_edit.setText(amount_text(draft.fine_mrp))
        self.deadline_edit.set_value(draft.deadline)
        self.done_edit.set_value(draft.done_on)
        self.note_edit.setText(draft.note)
        self.inspected_edit.setFocus()

    def read(self) -> InspectionDraft:
        """Return the inspection as typed."""
        try:
            fine = parse_amount(self.fine_edit.text())
        except ValueError:
            fine = None
        return InspectionDraft(
            object_id=self.draft.object_id,
            inspected_on=self.inspected_edit.value(),
            body=self.body_edit.text().strip(),
            violations=self.violations_edit.toPlainText().strip(),
            order_ref=self.order_edit.text().strip(),
            fine_mrp=fine,
            deadline=self.deadline_edit.value(),
            done_on=self.done_edit.value(),
            note=self.note_edit.text().strip(),
            id=self.draft.id,
        )

    def check(self, draft: InspectionDraft) -> ValidationReport:
        """Return the inspection's issues."""
        return validate_inspection(draft, self.today)

    def date_fields(self) -> Sequence[tuple[str, DateEdit]]:
        """Return the inspection's dates."""
        return (
            ("inspected_on", self.inspected_edit),
            ("deadline", self.deadline_edit),
            ("done_on", self.done_edit),
        )

    def write(self, draft: InspectionDraft) -> int:
        """Save the inspection; return its id."""
        return self.repo.save(draft, self.today, self.user)


class StateControlDialog(RecordListDialog):
    """The state-control inspections of one object."""

    def __init__(
        self,
        store: Store,
        user: str,
        object_id: int,
        object_name: str,
        *,
        today: date | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.object_id = store, user, object_id
        self.today = today or date.today()
        self.repo = StateControlRepository(store)
        self.setWindowTitle(self.tr("State control — {name}").format(name=object_name))
        self.build(
            self.tr(
                "Inspections of <b>{name}</b> by state-control bodies: violations, orders to "
                "remedy and fines in МРП."
            ).format(name=object_name),
            [
                self.tr("Inspected"),
                self.tr("Body"),
                self.tr("Violations"),
                self.tr("Order"),
                self.tr("Fine"),
                self.tr("Deadline"),
                self.tr("Remedied"),
            ],
            read_only,
        )
        self.resize(820, 420)
        self.inspections: list[InspectionDraft] = []
        self.reload()

    def reload(self, keep_id: int | None = None) -> None:
        """Read the inspections again; select ``keep_id``."""
        self.inspections = self.repo.of_object(self.object_id)
        rows = []
        for i in self.inspections:
            overdue = i.overdue(self.today)
            rows.append(
                [
                    format_date(i.inspected_on) if i.inspected_on else "",
                    i.body,
                    " ".join(i.violations.split()) or self.tr("none"),
                    i.order_ref,
                    fine_text(i.fine_mrp),
                    (format_date(i.deadline) if i.deadline else "")
                    + (" " + self.tr("(overdue)") if overdue else ""),
                    format_date(i.done_on) if i.done_on else "",
                ]
            )
        keep = next((n for n, i in enumerate(self.inspections) if i.id == keep_id), None)
        self.fill(rows, keep)

    def selected(self) -> InspectionDraft | None:
        """Return the selected inspection."""
        row = self.selected_row()
        return self.inspections[row] if row is not None else None

    def on_add(self) -> None:
        """Open a new inspection."""
        draft = InspectionDraft(self.object_id, None, "")
        self.run_editor(
            InspectionDialog(self.store, self.user, draft, today=self.today, parent=self),
            self.reload,
        )

    def on_edit(self) -> None:
        """Open the selected inspection."""
        draft = self.selected()
        if draft is not None and not self.read_only:
            self.run_editor(
                InspectionDialog(self.store, self.user, draft, today=self.today, parent=self),
                self.reload,
            )

    def on_delete(self) -> None:
        """Delete the selected inspection after asking."""
        draft = self.selected()
        if draft is None or draft.id is None:
            return
        when = format_date(draft.inspected_on) if draft.inspected_on else ""
        if not ask(
            self,
            self.tr("Delete the inspection"),
            self.tr("Delete the inspection of {date} by {body}? It cannot be undone.").format(
                date=when, body=draft.body
            ),
            self.tr("&Delete the inspection"),
            self.tr("&Keep it"),
        ):
            return
        try:
            self.repo.delete(draft.id, self.user)
        except QoldauError:
            self.heading.setText(self.tr("The inspection could not be deleted: nothing changed."))
            return
        self.reload()
