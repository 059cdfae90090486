"""Re-inspection triggers of an object (issue 12, brief §2.2 step 5): the list and the record.

A complaint, a reconstruction or capital repair, or a change of use makes a new passport
version due until a version dated on or after it answers it (``models/objects/reinspection.py``).
The objects page opens the list with "Record complaint or reconstruction..." (Ctrl+Shift+J).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from models.errors import QoldauError
from models.issues import ValidationReport
from models.objects.control_tables import TRIGGER_KINDS
from models.objects.reinspection import ReinspectionRepository, TriggerDraft, validate_trigger
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.i18n import current_language, format_date
from ui.objects.control.record_list import RecordEditDialog, RecordListDialog
from ui.widgets.ask import ask
from ui.widgets.date_edit import DateEdit
from ui.widgets.field_form import select_code


def reason_labels(store: Store) -> dict[str, str]:
    """Return the labels of the re-inspection reasons in the interface language."""
    lang = current_language()
    return {
        c.code: c.label(lang)
        for c in ReferenceRepository(store).code_labels("reinspection_reasons")
    }


class TriggerDialog(RecordEditDialog):
    """Records (``draft.id`` None) or corrects one trigger."""

    def __init__(
        self,
        store: Store,
        user: str,
        draft: TriggerDraft,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = ReinspectionRepository(store)
        self.user, self.today, self.draft = user, today, draft
        self.setWindowTitle(
            self.tr("Record complaint or reconstruction")
            if draft.id is None
            else self.tr("Re-inspection trigger")
        )
        labels = reason_labels(store)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem("", "")
        for kind in TRIGGER_KINDS:
            self.kind_combo.addItem(labels.get(kind, kind), kind)
        self.date_edit = DateEdit()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("who complained, or what was rebuilt"))
        self.lay_out(
            [
                ("kind", self.tr("&What happened:")),
                ("occurred_on", self.tr("&On:")),
                ("note", self.tr("&Note:")),
            ],
            {"kind": self.kind_combo, "occurred_on": self.date_edit, "note": self.note_edit},
        )
        select_code(self.kind_combo, draft.kind)
        self.date_edit.set_value(draft.occurred_on)
        self.note_edit.setText(draft.note)
        self.kind_combo.setFocus()

    def read(self) -> TriggerDraft:
        """Return the trigger as typed."""
        return TriggerDraft(
            object_id=self.draft.object_id,
            kind=str(self.kind_combo.currentData() or ""),
            occurred_on=self.date_edit.value(),
            note=self.note_edit.text().strip(),
            id=self.draft.id,
        )

    def check(self, draft: TriggerDraft) -> ValidationReport:
        """Return the trigger's issues."""
        return validate_trigger(draft, self.today)

    def date_fields(self) -> Sequence[tuple[str, DateEdit]]:
        """Return the trigger's date."""
        return (("occurred_on", self.date_edit),)

    def write(self, draft: TriggerDraft) -> int:
        """Save the trigger; return its id."""
        return self.repo.save_trigger(draft, self.today, self.user)


class TriggersDialog(RecordListDialog):
    """The triggers recorded on one object, each open or answered by a passport version."""

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
        self.repo = ReinspectionRepository(store)
        self.labels = reason_labels(store)
        self.setWindowTitle(
            self.tr("Complaints and reconstructions — {name}").format(name=object_name)
        )
        self.build(
            self.tr(
                "Events that make a re-inspection of <b>{name}</b> due: each stays open until a "
                "passport version dated on or after it is recorded."
            ).format(name=object_name),
            [self.tr("Date"), self.tr("What happened"), self.tr("Note"), self.tr("Answered")],
            read_only,
        )
        self.resize(720, 360)
        self.triggers: list[TriggerDraft] = []
        self.reload()

    def reload(self, keep_id: int | None = None) -> None:
        """Read the triggers again; select ``keep_id``."""
        self.triggers = self.repo.triggers(self.object_id)
        rows = []
        for t in self.triggers:
            answered = self.repo.answered_on(self.object_id, t)
            rows.append(
                [
                    format_date(t.occurred_on) if t.occurred_on else "",
                    self.labels.get(t.kind, t.kind),
                    t.note,
                    self.tr("by the passport of {date}").format(date=format_date(answered))
                    if answered
                    else self.tr("open: re-inspection due"),
                ]
            )
        keep = next((n for n, t in enumerate(self.triggers) if t.id == keep_id), None)
        self.fill(rows, keep)

    def selected(self) -> TriggerDraft | None:
        """Return the selected trigger."""
        row = self.selected_row()
        return self.triggers[row] if row is not None else None

    def on_add(self) -> None:
        """Record a new trigger (today's date offered)."""
        draft = TriggerDraft(self.object_id, "", self.today)
        self.run_editor(
            TriggerDialog(self.store, self.user, draft, today=self.today, parent=self),
            self.reload,
        )

    def on_edit(self) -> None:
        """Open the selected trigger."""
        draft = self.selected()
        if draft is not None and not self.read_only:
            self.run_editor(
                TriggerDialog(self.store, self.user, draft, today=self.today, parent=self),
                self.reload,
            )

    def on_delete(self) -> None:
        """Delete the selected trigger after asking."""
        draft = self.selected()
        if draft is None or draft.id is None:
            return
        when = format_date(draft.occurred_on) if draft.occurred_on else ""
        if not ask(
            self,
            self.tr("Delete the record"),
            self.tr('Delete the record "{kind}" of {date}? It cannot be undone.').format(
                kind=self.labels.get(draft.kind, draft.kind), date=when
            ),
            self.tr("&Delete the record"),
            self.tr("&Keep it"),
        ):
            return
        try:
            self.repo.delete_trigger(draft.id, self.user)
        except QoldauError:
            self.heading.setText(self.tr("The record could not be deleted: nothing changed."))
            return
        self.reload()
