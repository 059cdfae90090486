"""State control and re-inspection on the objects page (issue 12).

:class:`ControlActions` adds to the page the actions "State control..." (Ctrl+Shift+K),
"Record complaint or reconstruction..." (Ctrl+Shift+J) and "State control in a period...",
shows in the detail panel why the selected object is due for re-inspection and its
inspections, and keeps the due list's count in the passport-state filter
("Re-inspection due (N)"). The page calls it; it never imports the page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QWidget

from models.objects.dto import ObjectRow
from models.objects.reinspection import DueRow, ReinspectionRepository
from models.objects.state_control import InspectionDraft, StateControlRepository
from models.store.db import Store
from ui.i18n import format_date
from ui.objects.control.inspections import StateControlDialog, fine_text
from ui.objects.control.period_counts import StateControlCountsDialog
from ui.objects.control.triggers import TriggersDialog, reason_labels
from ui.objects.detail_panel import ObjectDetailPanel

#: The passport-state filter's value of the due list.
DUE_STATE = "reinspection_due"


class ControlActions(QObject):
    """The page's state-control and re-inspection actions and what they show.

    Args:
        page: the objects page (actions are added to it, dialogs parented on it).
        store, user: the page's store and login.
        current_row: returns the selected object's row (None without one).
        refresh: reloads the register after a change that moves the due list.
        today: the day the due list is taken on (None: the real today, read at each use).
    """

    def __init__(
        self,
        page: QWidget,
        store: Store,
        user: str,
        current_row: Callable[[], ObjectRow | None],
        refresh: Callable[[], None],
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(page)
        self.page, self.store, self.user = page, store, user
        self._current_row, self._refresh = current_row, refresh
        self._today = today
        self.read_only = False
        self.due_repo = ReinspectionRepository(store)
        self.control_repo = StateControlRepository(store)
        self._labels: dict[str, str] | None = None
        self.state_control_action = self._action(
            self.tr("State &control..."),
            self.open_state_control,
            "Ctrl+Shift+K",
            self.tr("Inspections of the selected object by control bodies (Ctrl+Shift+K)"),
        )
        self.trigger_action = self._action(
            self.tr("Record complaint or reconstr&uction..."),
            self.open_triggers,
            "Ctrl+Shift+J",
            self.tr(
                "Record a complaint, reconstruction or change of use that makes a "
                "re-inspection due (Ctrl+Shift+J)"
            ),
        )
        self.counts_action = self._action(
            self.tr("State control in a peri&od..."),
            self.open_counts,
            None,
            self.tr("Count the state-control inspections of a period"),
        )

    def today(self) -> date:
        """Return the day the due list is taken on."""
        return self._today or date.today()

    def _action(
        self, text: str, slot: Callable[[], None], shortcut: str | None, tip: str
    ) -> QAction:
        action = QAction(text, self.page)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.page.addAction(action)
        return action

    def labels(self) -> dict[str, str]:
        """Return the re-inspection reasons' labels (read once)."""
        if self._labels is None:
            self._labels = reason_labels(self.store)
        return self._labels

    # -- what the page shows ----------------------------------------------------------------

    def due_text(self, row: DueRow | None) -> str:
        """Return the detail panel's sentence of why an object is due ("" when it is not)."""
        if row is None:
            return ""
        reasons = "; ".join(
            self.tr("{reason} since {date}").format(
                reason=self.labels().get(r, r), date=format_date(row.since[r])
            )
            for r in row.reasons
        )
        return self.tr("Re-inspection due: {reasons}.").format(reasons=reasons)

    def inspection_text(self, i: InspectionDraft) -> str:
        """Return one line of the detail panel's state-control list."""
        parts = [self.tr("violations") if i.has_violations else self.tr("no violations")]
        if i.fine_mrp:
            parts.append(self.tr("fine {fine}").format(fine=fine_text(i.fine_mrp)))
        if i.overdue(self.today()):
            parts.append(self.tr("overdue"))
        elif i.done_on is not None:
            parts.append(self.tr("remedied {date}").format(date=format_date(i.done_on)))
        when = format_date(i.inspected_on) if i.inspected_on else ""
        return f"{when} {i.body}: {', '.join(parts)}"

    def reason_of(self, object_id: int) -> str:
        """Return the first reason the object is due for (preset in a re-inspection), or ""."""
        row = self.due_repo.due_of(object_id, self.today())
        return row.reasons[0] if row is not None else ""

    def current_changed(self, row: ObjectRow | None, detail: ObjectDetailPanel) -> None:
        """Enable the actions for the selected object and fill the detail panel's part."""
        for action in (self.state_control_action, self.trigger_action):
            action.setEnabled(row is not None)
        if row is None:
            return
        due = self.due_repo.due_of(row.id, self.today())
        inspections = self.control_repo.of_object(row.id)
        detail.show_control(self.due_text(due), [self.inspection_text(i) for i in inspections])

    def update_due_count(self, combo: QComboBox, base_text: str) -> int:
        """Put the due list's count into the filter's entry ("Re-inspection due (N)")."""
        n = self.due_repo.due_count(self.today())
        index = combo.findData(DUE_STATE)
        if index >= 0:
            combo.setItemText(index, self.tr("{label} ({n})").format(label=base_text, n=n))
        return n

    def set_read_only(self, read_only: bool) -> None:
        """A viewer sees the lists read-only and records no trigger."""
        self.read_only = read_only

    # -- dialogs ----------------------------------------------------------------------------

    def open_state_control(self) -> None:
        """Open the selected object's state-control inspections."""
        row = self._current_row()
        if row is None:
            return
        dialog = StateControlDialog(
            self.store,
            self.user,
            row.id,
            row.name,
            today=self.today(),
            read_only=self.read_only,
            parent=self.page,
        )
        dialog.exec()
        dialog.deleteLater()
        self._refresh()

    def open_triggers(self) -> None:
        """Open the selected object's re-inspection triggers."""
        row = self._current_row()
        if row is None:
            return
        dialog = TriggersDialog(
            self.store,
            self.user,
            row.id,
            row.name,
            today=self.today(),
            read_only=self.read_only,
            parent=self.page,
        )
        if not self.read_only:
            QTimer.singleShot(0, dialog.on_add)  # the action says "Record": a new record first
        dialog.exec()
        dialog.deleteLater()
        self._refresh()

    def open_counts(self) -> None:
        """Open the state-control counts of a period."""
        dialog = StateControlCountsDialog(self.store, today=self.today(), parent=self.page)
        dialog.exec()
        dialog.deleteLater()
