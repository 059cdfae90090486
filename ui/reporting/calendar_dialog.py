"""The reporting calendar of the office (issue 10, administrator): per period kind, how many
working days after a period ends its packages are due (``models/reporting/calendar.py``).

Each row previews the next deadline under the days entered, before anything is saved; Save
writes every kind at once (all or nothing) and emits ``saved``. Other roles see the calendar
read-only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.issues import ValidationError
from models.reference.roles import Permission, RoleError, allows
from models.reporting.calendar import (
    CALENDAR_KINDS,
    DUE_DAYS_RANGE,
    calendar_settings,
    next_due_in,
    set_calendar,
)
from models.reporting.periods import HALF, MONTH, QUARTER, YEAR
from models.store.db import Store
from ui.messages import issue_text, role_error_text
from ui.printing.formatting import format_date
from ui.widgets.dialog_parts import error_summary_label, save_buttons


class ReportingCalendarDialog(QDialog):
    """Edit the working days after a period's end by which its packages are due, per kind.

    Signals:
        saved(): the calendar was stored (the dialog then closes accepted).
    """

    saved = Signal()

    def __init__(
        self,
        store: Store,
        user: str | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.user = user
        self._today = today or date.today()
        self.setWindowTitle(self.tr("Reporting calendar"))
        self._stored = calendar_settings(store)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The packages of a period are due this many working days after the period ends "
                "(Monday to Friday, public holidays excluded). The office's own deadline is "
                "counted the same way."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = error_summary_label()
        layout.addWidget(self.error_label)
        names = {
            YEAR: self.tr("&Year:"),
            HALF: self.tr("&Half-year:"),
            QUARTER: self.tr("&Quarter:"),
            MONTH: self.tr("&Month:"),
        }
        low, high = DUE_DAYS_RANGE
        form = QFormLayout()
        #: One spin box per period kind the calendar sets (``CALENDAR_KINDS``; an academic year
        #: and a range of years take the default).
        self.spins: dict[str, QSpinBox] = {}
        #: The next deadline of each kind under the days entered.
        self.previews: dict[str, QLabel] = {}
        for kind in CALENDAR_KINDS:
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(self._stored[kind])
            spin.setAccessibleName(names[kind].replace("&", "").rstrip(":"))
            spin.valueChanged.connect(self._show_previews)
            preview = QLabel()
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(QLabel(self.tr("working days after the period ends")))
            row.addStretch(1)
            row.addWidget(preview)
            label = QLabel(names[kind])
            label.setBuddy(spin)
            form.addRow(label, row)
            self.spins[kind] = spin
            self.previews[kind] = preview
        layout.addLayout(form)
        self.may_edit = allows(store.principal.role, Permission.SETTINGS)
        if not self.may_edit:
            note = QLabel(self.tr("Only an administrator changes the reporting calendar."))
            note.setWordWrap(True)
            layout.addWidget(note)
            for spin in self.spins.values():
                spin.setEnabled(False)
        self.buttons = save_buttons(self, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.may_edit)
        layout.addWidget(self.buttons)
        self._show_previews()

    def days(self) -> dict[str, int]:
        """Return the working days entered, per kind."""
        return {kind: spin.value() for kind, spin in self.spins.items()}

    def _show_previews(self, _value: int = 0) -> None:
        days = self.days()
        for kind, label in self.previews.items():
            period, due = next_due_in(days, self._today, kind)
            label.setText(
                self.tr("{period} → due {date}").format(period=period.code, date=format_date(due))
            )

    def save(self) -> None:
        """Store the calendar and close, or show why it was refused (nothing written then)."""
        if not self.may_edit:
            return
        changed = {k: v for k, v in self.days().items() if v != self._stored[k]}
        try:
            if changed:
                set_calendar(self.store, changed, user=self.user)
        except ValidationError as exc:
            self.error_label.setText("\n".join(issue_text(i) for i in exc.report.errors))
            self.error_label.show()
            return
        except RoleError as exc:
            self.error_label.setText(role_error_text(exc.role))
            self.error_label.show()
            return
        self.saved.emit()
        self.accept()
