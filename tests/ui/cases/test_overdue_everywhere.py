"""One overdue number in every place, each saying its date (issue 7 point 2).

The hand-counted cases of tests/models/overdue_cases.py: 3 overdue on 20.11.2026 (A, D, H),
4 on 30.09.2026 (D, F, G, H). The Cases work list, the status bar and the navigation badge,
the dashboard card, the printed report and the data-quality list must all show these numbers.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from models.cases.repository import CaseRepository
from models.reporting.periods import known_part as figures_period
from models.reporting.periods import parse_period
from models.reporting.quality import OVERDUE_FOLLOW_UP
from models.reporting.report import compute_report
from models.store.db import Store
from tests.models.overdue_cases import AT_TODAY, build_overdue_cases
from ui.cases.page import OVERDUE, CasesPage
from ui.main_window import MainWindow
from ui.reporting.dashboard import DashboardPage
from ui.reporting.period_report import period_report_html
from ui.settings import UiSettings
from ui.widgets.quality_texts import quality_text
from ui.workers import JobRunner


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def cases_store(store: Store) -> Store:
    build_overdue_cases(store, "admin")
    return store


def test_cases_page_status_bar_and_badge(qtbot: QtBot, cases_store: Store) -> None:
    window = MainWindow(cases_store, UiSettings())
    qtbot.addWidget(window)
    page = window.cases_page
    page.today = lambda: AT_TODAY
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert page.tab_bar.tabText(OVERDUE) == "Overdue follow-ups (3)"
    page.set_current_list(OVERDUE)
    assert page.model.rowCount() == 3
    # The user's own cases, and the labels say so (the dashboard counts the whole office).
    assert "my overdue (as of 20.11.2026): 3" in window.counts_label.text()
    assert "whole office" in window.counts_label.toolTip()
    badge = window.nav.item(2)
    assert badge.text() == "Cases (my overdue: 3)"
    assert "20.11.2026" in badge.toolTip()
    assert "whole office" in badge.toolTip()
    window.runner.wait()


def test_cases_page_on_the_quarter_end(qtbot: QtBot, cases_store: Store, runner: JobRunner) -> None:
    page = CasesPage(cases_store, "admin", runner, today=lambda: parse_period("2026-Q3").end)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.tab_bar.tabText(OVERDUE) != "Overdue follow-ups (…)")
    assert page.tab_bar.tabText(OVERDUE) == "Overdue follow-ups (4)"


def test_dashboard_opens_on_the_last_ended_period_and_says_the_date(
    qtbot: QtBot, cases_store: Store, runner: JobRunner
) -> None:
    page = DashboardPage(cases_store, "admin", runner, today=lambda: AT_TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    # The last ended quarter, as the export wizard proposes (2026-Q3 on 20.11.2026).
    assert page.period().code == "2026-Q3"
    assert page.figure_labels["overdue"].text() == "4"
    assert page.figure_dates["overdue"].text() == "as of 30.09.2026"
    assert page.as_of_label.isHidden()
    assert page.data is not None
    assert sum(r.cases_overdue for r in page.data.b1) == 4

    # The current year has not ended: taken as of today, and the page says so.
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.set_period("2026")
    assert page.figure_labels["overdue"].text() == "3"
    assert page.figure_dates["overdue"].text() == "as of 20.11.2026"
    assert not page.as_of_label.isHidden()
    assert "20.11.2026" in page.as_of_label.text() and "2026" in page.as_of_label.text()
    data = page.data
    assert data is not None and data.period.end == AT_TODAY
    # The printed report is drawn from the same figures and says the date too.
    text, _images = period_report_html(data, "en")
    assert "Open and overdue cases as of 20.11.2026." in text
    assert "The period has not ended: figures as of today, 20.11.2026." in text


def test_dashboard_follows_the_export_period_type(
    qtbot: QtBot, store: Store, runner: JobRunner
) -> None:
    page = DashboardPage(store, "admin", runner, today=lambda: AT_TODAY, period_kind="month")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.period().code == "2026-10"


def test_quality_finding_and_b1_give_the_same_number(cases_store: Store) -> None:
    period = figures_period(parse_period("2026"), AT_TODAY)
    data = compute_report(cases_store, period, today=AT_TODAY)
    finding = {w.code: w for w in data.warnings}[OVERDUE_FOLLOW_UP]
    assert finding.count == 3 == sum(r.cases_overdue for r in data.b1)
    assert len(CaseRepository(cases_store).overdue_follow_ups(AT_TODAY)) == 3
    assert "as of 20.11.2026" in quality_text(finding.code, finding.detail)


def test_status_bar_counts_mine_and_the_dashboard_the_office(
    qtbot: QtBot, store: Store, runner: JobRunner
) -> None:
    # The three overdue cases belong to another worker: the user's own count is 0 and says
    # "my"; the dashboard counts the whole office (3) and says so. Never read as a contradiction.
    build_overdue_cases(store, "bolat")
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    page = window.cases_page
    page.today = lambda: AT_TODAY
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    assert "my overdue (as of 20.11.2026): 0" in window.counts_label.text()
    assert window.nav.item(2).text() == "Cases (my overdue: 0)"
    # The longer texts never widen the window past a 1024-pixel screen: the labels give way.
    assert window.statusBar().minimumSizeHint().width() < 200
    assert window.counts_label.text() in window.counts_label.toolTip()
    dashboard = DashboardPage(store, "admin", runner, today=lambda: AT_TODAY)
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10_000)
    with qtbot.waitSignal(dashboard.refreshed, timeout=10_000):
        dashboard.set_period("2026")
    assert dashboard.figure_labels["overdue"].text() == "3"
    caption = dashboard.figure_labels["overdue"].parentWidget().findChildren(QLabel)
    assert "Overdue cases, whole office" in [label.text() for label in caption]
    # The data-quality finding counts the office too (3); its "Open the list" shows all 3.
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        window.show_findings(OVERDUE_FOLLOW_UP)
    assert not page.mine_check.isChecked()
    assert page.current_list() == OVERDUE
    assert page.tab_bar.tabText(OVERDUE) == "Overdue follow-ups (3)"
    assert "my overdue (as of 20.11.2026): 0" in window.counts_label.text()
    window.runner.wait()
