"""State control in a period (issue 12): the counts of every object's inspections."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from models.objects.state_control import ControlCounts, StateControlRepository
from models.reporting.periods import Period
from models.store.db import Store
from ui.i18n import format_date
from ui.objects.control.inspections import fine_text
from ui.widgets.period_picker import PeriodPicker


class StateControlCountsDialog(QDialog):
    """Inspections, violations, orders, fines, remedied and overdue in the chosen period."""

    def __init__(
        self, store: Store, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.repo = StateControlRepository(store)
        self.setWindowTitle(self.tr("State control in a period"))
        self.picker = PeriodPicker(today or date.today(), self)
        self.picker.period_changed.connect(self._show)
        self.period_label = QLabel()
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = (
            ("inspections", self.tr("Inspections:")),
            ("with_violations", self.tr("with violations:")),
            ("with_order", self.tr("with an order to remedy:")),
            ("fined", self.tr("with a fine:")),
            ("fines_mrp", self.tr("Fines, total:")),
            ("remedied", self.tr("Remedied by the end of the period:")),
            ("overdue", self.tr("Overdue at the end of the period (any inspection):")),
        )
        for key, text in rows:
            self.values[key] = QLabel()
            form.addRow(text, self.values[key])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.period_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show(self.picker.period())

    def counts(self) -> ControlCounts:
        """Return the counts shown."""
        period = self.picker.period()
        return self.repo.counts(period.start, period.end)

    def _show(self, period: Period) -> None:
        self.period_label.setText(
            self.tr("Inspections dated {start} to {end}.").format(
                start=format_date(period.start), end=format_date(period.end)
            )
        )
        c = self.repo.counts(period.start, period.end)
        for key, label in self.values.items():
            value = getattr(c, key)
            label.setText(fine_text(value) if key == "fines_mrp" else str(value))
