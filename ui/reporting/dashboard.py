"""The dashboard (issue 4): key figures and the printed report's charts for a period.

The page shows, for the chosen period, the key figures of the report package (objects,
passported, accessible share, open cases, overdue cases) and the three charts of the printed
period report, drawn by the same functions (:func:`ui.reporting.period_report.share_chart_data`
and the others, then :mod:`ui.reporting.charts`), so the dashboard and the printout never disagree.
The
figures are computed in a background job with
:func:`models.reporting.report.compute_report`, the same call as the export; "Print report..."
opens the print preview on the very figures shown.

The page opens on the last ended period of the export wizard's period type (a quarter unless
the user exported by another type last). A period that has not ended is taken as of today
(:func:`models.reporting.periods.known_part`): stocks and overdue cases on today's date,
never at a future period end where every follow-up due until then would already count as
overdue; the page says so.
The overdue card says the date it is taken at: the same rule and number as the Cases work list
on that date (:func:`models.cases.overdue.overdue_condition`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.objects.accessibility import format_share
from models.reporting import rules
from models.reporting.dto import ReportData
from models.reporting.periods import (
    KINDS,
    QUARTER,
    Period,
    known_part,
    last_ended_code,
    parse_period,
    period_choices,
)
from models.reporting.report import compute_report
from models.store.db import Store
from ui.i18n import current_language, format_date
from ui.reporting.breakdowns_print import breakdown_names
from ui.reporting.breakdowns_view import BreakdownsView
from ui.reporting.charts import BACKGROUND, Series, grouped_bar_chart, hbar_chart
from ui.reporting.period_report import (
    ChartData,
    PeriodReportPreviewDialog,
    build_period_preview_dialog,
    cases_chart_data,
    risk_chart_data,
    risk_factor_names,
    share_chart_data,
    unit_names,
)
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.flow_layout import FlowLayout
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)

#: Years offered in the period list: this one and the ones before it.
YEARS_BACK = 2
#: Key figures in display order.
FIGURES = ("objects", "passported", "share", "open_cases", "overdue")


class ChartView(QWidget):
    """A chart drawn at the widget's own size by a function of the size.

    The image is drawn again only when the size or the chart changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draw: Callable[[QSize], QImage] | None = None
        self._image: QImage | None = None
        self.setMinimumSize(260, 160)

    def sizeHint(self) -> QSize:
        """Room for about eight bars."""
        return QSize(480, 280)

    def set_chart(self, draw: Callable[[QSize], QImage] | None) -> None:
        """Show the chart ``draw(size)`` draws (None: an empty area)."""
        self._draw = draw
        self._image = None
        self.update()

    def image(self) -> QImage | None:
        """Return the chart as drawn at the current size (None when there is no chart)."""
        if self._draw is None:
            return None
        if self._image is None or self._image.size() != self.size():
            self._image = self._draw(self.size())
        return self._image

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Draw again at the new size on the next paint."""
        self._image = None
        super().resizeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Paint the chart image."""
        painter = QPainter(self)
        image = self.image()
        if image is None:
            painter.fillRect(self.rect(), BACKGROUND)
        else:
            painter.drawImage(0, 0, image)
        painter.end()


class _Card(QFrame):
    """A key-figure card: a figure and its caption, about sixteen characters wide."""

    def sizeHint(self) -> QSize:  # noqa: N802
        """Sixteen average characters: five cards share a row of a 1024-pixel screen."""
        hint = super().sizeHint()
        return QSize(16 * self.fontMetrics().averageCharWidth(), hint.height())


class DashboardPage(QWidget):
    """Key figures and charts of a period.

    Signals:
        refreshed(): the figures of the chosen period were computed and shown.
        failed(str): computing the figures failed (the message shown).
    """

    refreshed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        period_kind: str = QUARTER,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner, self.today = store, user, runner, today
        self.period_kind = period_kind if period_kind in KINDS else QUARTER
        self.data: ReportData | None = None
        self._generation = 0
        self.lang = current_language()
        self.risk_names = risk_factor_names(store, self.lang)
        #: Unit names in the interface language by KATO code (read with each computation:
        #: the sub-offices a region knows change as packages are received).
        self.unit_names: dict[str, str] = {}
        #: What the share and cases charts show (None before the first computation).
        self.share_data: ChartData | None = None
        self.cases_data: ChartData | None = None
        self.preview_dialog: PeriodReportPreviewDialog | None = None

        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period_combo")
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_combo)
        self._fill_periods()
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh())
        self.addAction(self.refresh_action)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        self.print_button = QPushButton(self.tr("P&rint report..."))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda _checked=False: self.print_report())
        # Elided (whole in its tooltip): a long failure text never widens the page (issue 11).
        self.status_label = ElidedLabel()
        #: Says when the figures are taken as of today (a period not ended).
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("as_of_label")
        self.as_of_label.setWordWrap(True)
        self.as_of_label.hide()

        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period_combo)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.print_button)

        captions = {
            "objects": self.tr("Objects in the register"),
            "passported": self.tr("Passported"),
            "share": self.tr("Accessible share"),
            # The whole office's cases (B1), where the status bar counts the user's own.
            "open_cases": self.tr("Open cases, whole office"),
            "overdue": self.tr("Overdue cases, whole office"),
        }
        self.figure_labels: dict[str, QLabel] = {}
        #: Under a card's caption: the date its figure is taken at.
        self.figure_dates: dict[str, QLabel] = {}
        # Issue 11: the cards flow onto a second row when the page is narrow (a 1024-pixel
        # screen in Kazakh or Russian) and share each row's width.
        self.figures_box = QWidget()
        figures = FlowLayout(self.figures_box, stretch=True)
        figures.setContentsMargins(0, 0, 0, 0)
        for key in FIGURES:
            box = _Card()
            box.setObjectName(f"card_{key}")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            value = QLabel("…")
            value.setObjectName(f"figure_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            value.setFont(font)
            caption = QLabel(captions[key])
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            inner.addWidget(value)
            inner.addWidget(caption)
            if key in ("open_cases", "overdue"):
                when = QLabel()
                when.setObjectName(f"figure_{key}_date")
                when.setAlignment(Qt.AlignmentFlag.AlignCenter)
                inner.addWidget(when)
                self.figure_dates[key] = when
            figures.addWidget(box)
            self.figure_labels[key] = value

        self.share_chart = ChartView()
        self.cases_chart = ChartView()
        self.risks_chart = ChartView()
        charts = QGridLayout()
        charts.addWidget(self.share_chart, 0, 0)
        charts.addWidget(self.cases_chart, 0, 1)
        charts.addWidget(self.risks_chart, 1, 0, 1, 2)
        charts_page = QWidget()
        charts_page.setLayout(charts)
        charts.setContentsMargins(0, 0, 0, 0)
        #: The breakdowns of issue 14, as the printed report has them (a tab beside the charts).
        self.breakdowns_view = BreakdownsView(lang=self.lang)
        self.breakdown_names = breakdown_names(store, self.lang)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboard_tabs")
        self.tabs.addTab(charts_page, self.tr("&Charts"))
        self.tabs.addTab(self.breakdowns_view, self.tr("&Breakdowns"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.as_of_label)
        layout.addWidget(self.figures_box)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # -- periods ------------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        today = self.today()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in period_choices(today, YEARS_BACK):
            text = f"{p.code}  ({p.start:%d.%m.%Y}–{p.end:%d.%m.%Y})"
            self.period_combo.addItem(text, p.code)
        # The last ended period, as the export wizard proposes it.
        default = last_ended_code(self.period_kind, today)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(default), 0))
        self.period_combo.blockSignals(False)

    def period(self) -> Period:
        """Return the chosen period (the last ended one at first)."""
        return parse_period(str(self.period_combo.currentData()))

    def set_period(self, code: str) -> None:
        """Choose the period ``code`` (one of the list) and compute its figures."""
        index = self.period_combo.findData(code)
        if index < 0:
            raise ValueError(f"period {code} is not offered")
        self.period_combo.setCurrentIndex(index)

    def _on_period_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    # -- figures ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the figures of the chosen period again, in the background."""
        self._generation += 1
        generation = self._generation
        today = self.today()
        store, period, lang = self.store, known_part(self.period(), today), self.lang
        self._show_as_of(period)

        def job(**_kwargs: object) -> tuple[ReportData, dict[str, str]]:
            return compute_report(store, period, today=today), unit_names(store, lang)

        worker = Worker(job)
        worker.signals.finished.connect(
            lambda result: self._on_figures_computed(generation, *result)
        )
        worker.signals.failed.connect(lambda exc: self._on_figures_failed(generation, exc))
        self.print_button.setEnabled(False)
        self.status_label.setText(self.tr("Computing the figures..."))
        self.runner.start_read(worker)

    def _on_figures_computed(
        self, generation: int, data: ReportData, names: dict[str, str]
    ) -> None:
        if generation != self._generation:
            return  # a newer period was chosen meanwhile
        self.data = data
        self.unit_names = names
        self._show(data)
        self.status_label.setText("")
        self.print_button.setEnabled(True)
        self.refreshed.emit()

    def _on_figures_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        logger.error("computing the dashboard figures failed: %s", exc)
        message = self.tr("The figures could not be computed. Press F5 to try again.")
        self.status_label.setText(message)
        self.failed.emit(message)

    def _show_as_of(self, period: Period) -> None:
        """Say at which date the stocks and the overdue cases are taken."""
        day = format_date(period.end)
        if period.end < parse_period(period.code).end:
            self.as_of_label.setText(
                self.tr(
                    "The period {code} has not ended: the figures are as of today, {date}."
                ).format(code=period.code, date=day)
            )
            self.as_of_label.show()
        else:
            self.as_of_label.setText("")
            self.as_of_label.hide()
        for label in self.figure_dates.values():
            label.setText(self.tr("as of {date}").format(date=day))

    def _number(self, value: int) -> str:
        return self.locale().toString(value)

    def _show(self, data: ReportData) -> None:
        a1, b1 = rules.a1_totals(data.a1), rules.b1_totals(data.b1)
        share = a1[rules.SHARE]
        comma = self.lang != "en"
        texts = {
            "objects": self._number(a1["objects_total"]),
            "passported": self._number(a1["passported"]),
            "share": format_share(share, comma) + (" %" if share is not None else ""),
            "open_cases": self._number(b1["cases_open_at_end"]),
            "overdue": self._number(b1["cases_overdue"]),
        }
        for key, text in texts.items():
            self.figure_labels[key].setText(text)

        no_data = self.tr("No data")
        share_data = share_chart_data(data, self.lang, self.tr("Total"), self.unit_names)
        self.share_data = share_data
        share_title = self.tr("Accessible share by unit, %")
        self.share_chart.set_chart(
            lambda size: hbar_chart(
                share_data.labels,
                share_data.series[0].values,
                texts=share_data.series[0].texts,
                title=share_title,
                size=size,
                max_value=100.0,
                empty_text=no_data,
            )
        )
        cases = cases_chart_data(
            data, self.tr("Opened"), self.tr("Closed"), self.unit_names, self.lang
        )
        self.cases_data = cases
        cases_title = self.tr("Cases opened and closed")
        self.cases_chart.set_chart(
            lambda size: grouped_bar_chart(
                cases.labels,
                cases.series,
                title=cases_title,
                size=size,
                empty_text=no_data,
            )
        )
        risks = risk_chart_data(data, self.risk_names)
        risks_series: Series = risks.series[0]
        risks_title = self.tr("Open cases by risk factor (top 10)")
        self.risks_chart.set_chart(
            lambda size: hbar_chart(
                risks.labels,
                risks_series.values,
                title=risks_title,
                size=size,
                empty_text=self.tr("No open cases with a risk factor"),
            )
        )
        self.breakdowns_view.set_data(data, self.breakdown_names, self.unit_names)

    # -- printing -----------------------------------------------------------------------------

    def make_print_preview(self) -> PeriodReportPreviewDialog | None:
        """Return the print preview of the figures shown (None before they are computed)."""
        if self.data is None:
            return None
        return build_period_preview_dialog(
            self, self.store, self.data.period, today=self.today(), data=self.data
        )

    def print_report(self) -> None:
        """Open the print preview of the period report (modal)."""
        dialog = self.make_print_preview()
        if dialog is None:
            return
        self.preview_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.preview_dialog = None
            dialog.deleteLater()
