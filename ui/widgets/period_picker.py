"""The reporting-period picker: type, year and part of a period, with its code and dates."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.reporting.periods import (
    HALF,
    KINDS,
    MONTH,
    QUARTER,
    YEAR,
    Period,
    kind_of,
    last_ended_code,
    parse_period,
)
from ui.i18n import current_language, format_date, locale_for

logger = logging.getLogger(__name__)


class PeriodPicker(QWidget):
    """Type (year, half-year, quarter, month), year and part of a reporting period.

    Choosing a type proposes the last period of that type ended before ``today``.

    Shows the resulting period code (``2026-Q3``) and its dates (dd.mm.yyyy).

    Signals:
        period_changed(object): the new :class:`~models.reporting.periods.Period`.
    """

    period_changed = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None, *, kind: str = QUARTER) -> None:
        super().__init__(parent)
        self._updating = False
        self._today = today
        self.kind_combo = QComboBox()
        for k, text in zip(
            KINDS,
            (self.tr("Year"), self.tr("Half-year"), self.tr("Quarter"), self.tr("Month")),
            strict=True,
        ):
            self.kind_combo.addItem(text, k)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, today.year + 1)
        self.year_spin.setValue(today.year)
        self.part_combo = QComboBox()
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kind_label = QLabel(self.tr("&Type:"))
        kind_label.setBuddy(self.kind_combo)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_spin)
        part_label = QLabel(self.tr("Pa&rt:"))
        part_label.setBuddy(self.part_combo)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w in (kind_label, self.kind_combo, year_label, self.year_spin, part_label):
            row.addWidget(w)
        row.addWidget(self.part_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.code_label)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.year_spin.valueChanged.connect(self._on_value_changed)
        self.part_combo.currentIndexChanged.connect(self._on_value_changed)
        self.set_code(last_ended_code(kind if kind in KINDS else QUARTER, today))

    # -- public ----------------------------------------------------------------------------

    def kind(self) -> str:
        """Return the chosen period type (``year``, ``half``, ``quarter`` or ``month``)."""
        return str(self.kind_combo.currentData())

    def code(self) -> str:
        """Return the chosen period code, e.g. ``2026-Q3``."""
        year = self.year_spin.value()
        part = self.part_combo.currentData()
        return f"{year}" if not part else f"{year}-{part}"

    def period(self) -> Period:
        """Return the chosen period."""
        return parse_period(self.code())

    def set_code(self, code: str) -> None:
        """Show the period ``code`` (type, year and part)."""
        period = parse_period(code)
        self._updating = True
        try:
            self.kind_combo.setCurrentIndex(KINDS.index(kind_of(period.code)))
            self._fill_parts()
            self.year_spin.setValue(period.start.year)
            part = period.code.split("-", 1)[1] if "-" in period.code else ""
            index = self.part_combo.findData(part)
            self.part_combo.setCurrentIndex(max(index, 0))
        finally:
            self._updating = False
        self._show_period()

    # -- internals -------------------------------------------------------------------------

    def _fill_parts(self) -> None:
        kind = self.kind()
        self.part_combo.clear()
        if kind == HALF:
            self.part_combo.addItem(self.tr("First half (H1)"), "H1")
            self.part_combo.addItem(self.tr("Second half (H2)"), "H2")
        elif kind == QUARTER:
            for q in range(1, 5):
                self.part_combo.addItem(self.tr("Quarter {q} (Q{q})").format(q=q), f"Q{q}")
        elif kind == MONTH:
            loc = locale_for(current_language())
            for m in range(1, 13):
                self.part_combo.addItem(loc.standaloneMonthName(m), f"{m:02d}")
        self.part_combo.setEnabled(kind != YEAR)

    def _on_kind_combo_changed(self, _index: int) -> None:
        if not self._updating:
            # A new type proposes its own last ended period (month 10 after Q3, not month 1).
            self.set_code(last_ended_code(self.kind(), self._today))

    def _on_value_changed(self, _value: int) -> None:
        if not self._updating:
            self._show_period()

    def _show_period(self) -> None:
        period = self.period()
        self.code_label.setText(
            self.tr("Period {code}: {start} - {end}").format(
                code=period.code, start=format_date(period.start), end=format_date(period.end)
            )
        )
        self.period_changed.emit(period)
