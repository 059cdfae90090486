"""The data-quality list (issue 4): the findings of the checks before export, for a period.

The same widgets serve the export wizard's "checks" page: :class:`PeriodPicker` (type, year and
part of a reporting period, with its code and dates), :class:`FindingTableModel` and
:class:`FindingsPanel` (the table with an "Open the list" button). The checks run in a worker
through :func:`start_checks`: they compute the whole report, which takes seconds on a big store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.reporting.dto import QualityIssue, ReportData
from models.reporting.figures import compute_report
from models.reporting.periods import Period, parse_period
from models.store.db import Store
from ui.i18n import current_language, format_date, locale_for
from ui.reporting.quality_texts import has_list, quality_text, severity_text
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)

YEAR, HALF, QUARTER, MONTH = "year", "half", "quarter", "month"
#: Period types in the order of the type box.
KINDS = (YEAR, HALF, QUARTER, MONTH)
_ModelIndex = QModelIndex | QPersistentModelIndex


def last_ended_code(kind: str, today: date) -> str:
    """Return the code of the last period of type ``kind`` that ended before ``today``.

    >>> last_ended_code("quarter", date(2026, 11, 20))
    '2026-Q3'
    """
    y, m = today.year, today.month
    if kind == YEAR:
        return f"{y - 1}"
    if kind == HALF:
        return f"{y}-H1" if m >= 7 else f"{y - 1}-H2"
    if kind == QUARTER:
        q = (m - 1) // 3 + 1
        return f"{y}-Q{q - 1}" if q > 1 else f"{y - 1}-Q4"
    return f"{y}-{m - 1:02d}" if m > 1 else f"{y - 1}-12"


def kind_of(code: str) -> str:
    """Return the period type of a period code."""
    if "-" not in code:
        return YEAR
    part = code.split("-", 1)[1]
    return {"H": HALF, "Q": QUARTER}.get(part[0], MONTH)


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


class FindingTableModel(QAbstractTableModel):
    """The findings of the quality checks: sentence, records concerned, blocking or warning."""

    COL_TEXT, COL_COUNT, COL_KIND = range(3)
    #: The finding's code (str).
    CodeRole = Qt.ItemDataRole.UserRole
    #: True when the finding blocks the export.
    BlockingRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QualityIssue] = []

    def set_findings(self, findings: Sequence[QualityIssue]) -> None:
        """Show ``findings`` (blocking ones first, as the checks return them)."""
        self.beginResetModel()
        self._rows = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> QualityIssue:
        """Return the finding shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of findings (0 under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Finding"), self.tr("Records"), self.tr("Kind"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text, count or kind of a finding."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_TEXT:
                return quality_text(f.code, f.detail)
            if col == self.COL_COUNT:
                return f.count
            return severity_text(f.blocking)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{f.code}: {f.detail}" if f.detail else f.code
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and f.blocking:
            return QBrush(QColor("#b00020"))
        if role == self.CodeRole:
            return f.code
        if role == self.BlockingRole:
            return f.blocking
        return None


class _FindingTable(QTableView):
    """The findings table: Enter on a finding with a list opens it, and goes no further.

    A plain view lets Enter through to the dialog too (the wizard would move on as well).
    """

    entered = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Open the list of the current finding on Enter; other keys as usual."""
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            code = index.data(FindingTableModel.CodeRole)
            if isinstance(code, str) and has_list(code):
                self.entered.emit(index)
                event.accept()
                return
        super().keyPressEvent(event)


class FindingsPanel(QWidget):
    """The findings table and its "Open the list" button (also Enter or a double click on a row).

    Signals:
        open_findings(str): the user asked for the records of the finding with this code;
            only codes listed in :data:`ui.reporting.quality_texts.FINDING_LISTS` are emitted.
    """

    open_findings = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingTableModel(self)
        self.table = _FindingTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FindingTableModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col in (FindingTableModel.COL_COUNT, FindingTableModel.COL_KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.open_button = QPushButton(self.tr("&Open the list"))
        self.open_button.setAutoDefault(False)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.table.entered.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_findings(self, findings: Sequence[QualityIssue]) -> None:
        """Show ``findings`` and select the first one."""
        self.model.set_findings(findings)
        self.table.resizeRowsToContents()
        if findings:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_button()

    def current_code(self) -> str | None:
        """Return the code of the selected finding, if any."""
        index = self.table.currentIndex()
        return self.model.finding(index.row()).code if index.isValid() else None

    def _update_button(self) -> None:
        code = self.current_code()
        self.open_button.setEnabled(code is not None and has_list(code))

    def _on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_button()

    def _on_open_button_clicked(self) -> None:
        code = self.current_code()
        if code is not None and has_list(code):
            self.open_findings.emit(code)

    def _on_table_activated(self, index: QModelIndex) -> None:
        code = self.model.finding(index.row()).code
        if has_list(code):
            self.open_findings.emit(code)


def start_checks(
    runner: JobRunner,
    store: Store,
    period: Period,
    today: date,
    on_finished: Callable[[object], None],
    on_failed: Callable[[object], None],
) -> Worker:
    """Compute the figures and quality checks of ``period`` in a worker.

    ``on_finished`` receives the :class:`~models.reporting.dto.ReportData` (its ``warnings`` hold
    every finding); ``on_failed`` the exception.
    """

    def job(progress: object, is_cancelled: object) -> ReportData:
        del progress, is_cancelled  # one SQL pass: nothing to report or stop in between
        return compute_report(store, period, today=today)

    worker = Worker(job)
    worker.signals.finished.connect(on_finished)
    worker.signals.failed.connect(on_failed)
    return runner.start_read(worker)


def summary_text(findings: Sequence[QualityIssue]) -> str:
    """Return "No findings" or the number of blocking findings and warnings, translated."""
    blocking = sum(1 for f in findings if f.blocking)
    warnings = len(findings) - blocking
    if not findings:
        return QCoreApplication.translate(
            "Quality", "No findings: the data of this period is ready for export."
        )
    if blocking:
        return QCoreApplication.translate(
            "Quality",
            "{blocking} blocking finding(s) and {warnings} warning(s). A blocking finding "
            "stops the export.",
        ).format(blocking=blocking, warnings=warnings)
    return QCoreApplication.translate(
        "Quality",
        "{warnings} warning(s). The export is possible; the warnings are recorded on the Cover "
        "sheet. Correcting the records first gives better figures.",
    ).format(warnings=warnings)


class QualityDialog(QDialog):
    """The data-quality list: choose a period, run the checks, open the records of a finding.

    The checks run when the dialog opens, shortly after the period changes, and on
    "Run checks" (F5).

    Signals:
        open_findings(str): the user asked for the records of a finding (its code, see
            :data:`ui.reporting.quality_texts.FINDING_LISTS` for which register); the main window
            filters
            that register.
        checked(object): the checks finished; the :class:`~models.reporting.dto.ReportData`.
    """

    open_findings = Signal(str)
    checked = Signal(object)

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner, self.today = store, user, runner, today
        self.data: ReportData | None = None
        self._pending = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.run_checks)
        self.setWindowTitle(self.tr("Data quality"))
        self.resize(760, 480)
        self.picker = PeriodPicker(today(), self)
        self.run_button = QPushButton(self.tr("&Run checks"))
        self.run_button.setAutoDefault(False)
        self.run_button.setToolTip(self.tr("Run the checks again (F5)"))
        self.run_button.clicked.connect(self.run_checks)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.run_checks)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.run_button)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.panel = FindingsPanel(self)
        self.panel.open_findings.connect(self.open_findings)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.status_label)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.buttons)
        self.picker.period_changed.connect(self._on_picker_period_changed)
        self.run_checks()

    def is_running(self) -> bool:
        """Return True while the checks run."""
        return self._pending > 0

    def run_checks(self) -> None:
        """Run the checks of the chosen period in a worker."""
        self._debounce.stop()
        self._pending += 1
        self.busy.setVisible(True)
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("Checking the data of {code}...").format(code=self.picker.code())
        )
        start_checks(
            self.runner,
            self.store,
            self.picker.period(),
            self.today(),
            self._on_checks_finished,
            self._on_checks_failed,
        )

    def _on_picker_period_changed(self, period: object) -> None:
        del period
        # NOTE: a short delay, so that typing a year or stepping through parts runs once.
        self._debounce.start()

    def _take_latest(self) -> bool:
        """Count one finished job; True when it is the latest (jobs finish in start order)."""
        self._pending -= 1
        if self._pending:
            return False
        self.busy.setVisible(False)
        return True

    def _on_checks_finished(self, data: object) -> None:
        if not self._take_latest():
            return  # an older period's result: the latest is still running
        assert isinstance(data, ReportData)
        self.data = data
        self.panel.set_findings(data.warnings)
        self.status_label.setText(summary_text(data.warnings))
        self.checked.emit(data)

    def _on_checks_failed(self, exc: object) -> None:
        if not self._take_latest():
            return
        logger.error("quality checks failed: %r", exc)
        self.data = None
        self.panel.set_findings([])
        self.status_label.setStyleSheet("color: #b00020")
        self.status_label.setText(
            self.tr("The checks could not run. Details: {error}").format(error=exc)
        )
