"""The reporting-period picker: type, year and part of a period (or the years of a range), with
its code and dates."""

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
    ACADEMIC_YEAR,
    HALF,
    KINDS,
    MONTH,
    QUARTER,
    RANGE,
    Period,
    kind_of,
    last_ended_code,
    parse_period,
)
from ui.i18n import current_language, format_date, locale_for

logger = logging.getLogger(__name__)


class PeriodPicker(QWidget):
    """Type (year, half-year, quarter, month, academic year, range of years), year and part of a
    reporting period; for a range, its first and last years.

    Choosing a type proposes the last period of that type ended before ``today``. An academic
    year is named by the year it starts in (``2026-AY``: 01.09.2026 - 31.08.2027).

    Shows the resulting period code (``2026-Q3``, ``2024..2026``) and its dates (dd.mm.yyyy).

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
            (
                self.tr("Year"),
                self.tr("Half-year"),
                self.tr("Quarter"),
                self.tr("Month"),
                self.tr("Academic year"),
                self.tr("Years range"),
            ),
            strict=True,
        ):
            self.kind_combo.addItem(text, k)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, today.year + 1)
        self.year_spin.setValue(today.year)
        self.part_combo = QComboBox()
        #: The last year of a range (shown for ranges only; never before the first year).
        self.to_spin = QSpinBox()
        self.to_spin.setRange(2000, today.year + 1)
        self.to_spin.setValue(today.year)
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kind_label = QLabel(self.tr("&Type:"))
        kind_label.setBuddy(self.kind_combo)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year_spin)
        self.part_label = QLabel(self.tr("Pa&rt:"))
        self.part_label.setBuddy(self.part_combo)
        self.to_label = QLabel(self.tr("T&o:"))
        self.to_label.setBuddy(self.to_spin)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w in (kind_label, self.kind_combo, self.year_label, self.year_spin, self.part_label):
            row.addWidget(w)
        row.addWidget(self.part_combo, 1)
        row.addWidget(self.to_label)
        row.addWidget(self.to_spin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.code_label)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.year_spin.valueChanged.connect(self._on_value_changed)
        self.part_combo.currentIndexChanged.connect(self._on_value_changed)
        self.to_spin.valueChanged.connect(self._on_value_changed)
        self.set_code(last_ended_code(kind if kind in KINDS else QUARTER, today))

    # -- public ----------------------------------------------------------------------------

    def kind(self) -> str:
        """Return the chosen period type (one of ``KINDS``: ``year``, ``half``, ``quarter``,
        ``month``, ``academic_year`` or ``range``)."""
        return str(self.kind_combo.currentData())

    def code(self) -> str:
        """Return the chosen period code, e.g. ``2026-Q3``, ``2026-AY`` or ``2024..2026``."""
        year = self.year_spin.value()
        if self.kind() == RANGE:
            return f"{year}..{max(self.to_spin.value(), year)}"
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
            self.to_spin.setMinimum(self.year_spin.value())
            self.to_spin.setValue(period.end.year)
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
        elif kind == ACADEMIC_YEAR:
            # One part, so the code reads YYYY-AY: the year named is the one it starts in.
            self.part_combo.addItem(self.tr("September to August (AY)"), "AY")
        self.part_combo.setEnabled(kind in (HALF, QUARTER, MONTH))
        is_range = kind == RANGE
        self.year_label.setText(self.tr("Fro&m:") if is_range else self.tr("&Year:"))
        self.part_label.setVisible(not is_range)
        self.part_combo.setVisible(not is_range)
        self.to_label.setVisible(is_range)
        self.to_spin.setVisible(is_range)

    def _on_kind_combo_changed(self, _index: int) -> None:
        if not self._updating:
            # A new type proposes its own last ended period (month 10 after Q3, not month 1).
            self.set_code(last_ended_code(self.kind(), self._today))

    def _on_value_changed(self, _value: int) -> None:
        if not self._updating:
            # A range never ends before it starts: the last year follows the first up.
            self._updating = True
            try:
                self.to_spin.setMinimum(self.year_spin.value())
            finally:
                self._updating = False
            self._show_period()

    def _show_period(self) -> None:
        period = self.period()
        self.code_label.setText(
            self.tr("Period {code}: {start} - {end}").format(
                code=period.code, start=format_date(period.start), end=format_date(period.end)
            )
        )
        self.period_changed.emit(period)
