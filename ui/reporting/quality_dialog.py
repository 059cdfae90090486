"""The data-quality list (issue 4): the findings of the checks before export, for a period.

The export wizard's "checks" page shows the same findings with the same widgets
(:class:`~ui.widgets.period_picker.PeriodPicker`,
:class:`~ui.widgets.findings_panel.FindingsPanel`). The checks run in a worker through
:func:`start_checks`: they compute the whole report, which takes seconds on a big store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.reporting.dto import QualityIssue, ReportData
from models.reporting.periods import Period
from models.reporting.report import compute_report
from models.store.db import Store
from ui.widgets.findings_panel import FindingsPanel
from ui.widgets.period_picker import PeriodPicker
from ui.widgets.theme import ERROR_STYLE
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)


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
            :data:`ui.widgets.quality_texts.FINDING_LISTS` for which register); the main window
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
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(
            self.tr("The checks could not run. Details: {error}").format(error=exc)
        )
