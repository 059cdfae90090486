"""The period picker (ui/widgets/period_picker.py) with the academic year and the range of years
(issue 14, reporting.md §1), driven by keyboard and mouse."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models.reporting.periods import ACADEMIC_YEAR, QUARTER, RANGE, Period
from models.store.db import Store
from tests.ui.reporting.test_receive_dialog import region_store
from ui.reporting.dashboard import DashboardPage
from ui.reporting.page import ReportingPage
from ui.widgets.period_picker import PeriodPicker
from ui.workers import JobRunner

TODAY = date(2026, 11, 20)


def _picker(qtbot: QtBot, kind: str = QUARTER) -> PeriodPicker:
    picker = PeriodPicker(TODAY, kind=kind)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    return picker


def _shown(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def test_the_academic_year_is_chosen_by_keyboard_and_named_by_its_first_year(
    qtbot: QtBot,
) -> None:
    picker = _picker(qtbot)
    assert picker.code() == "2026-Q3"
    picker.kind_combo.setFocus()
    emitted: list[Period] = []
    picker.period_changed.connect(emitted.append)
    qtbot.keyClick(picker.kind_combo, Qt.Key.Key_Down)  # month
    qtbot.keyClick(picker.kind_combo, Qt.Key.Key_Down)  # academic year
    assert picker.kind() == ACADEMIC_YEAR
    # The last academic year ended before 20.11.2026: September 2025 to August 2026.
    assert picker.code() == "2025-AY"
    assert emitted[-1] == Period("2025-AY", date(2025, 9, 1), date(2026, 8, 31))
    assert "2025-AY" in picker.code_label.text()
    assert "01.09.2025" in picker.code_label.text()
    assert "31.08.2026" in picker.code_label.text()
    assert not picker.part_combo.isEnabled() and not _shown(picker.to_spin)
    # The next academic year: the year it starts in goes up.
    picker.year_spin.setFocus()
    qtbot.keyClick(picker.year_spin, Qt.Key.Key_Up)
    assert picker.period() == Period("2026-AY", date(2026, 9, 1), date(2027, 8, 31))
    assert "31.08.2027" in picker.code_label.text()


def test_a_range_has_a_first_and_a_last_year_never_before_it(qtbot: QtBot) -> None:
    picker = _picker(qtbot)
    picker.kind_combo.setFocus()
    for _ in range(3):  # month, academic year, range
        qtbot.keyClick(picker.kind_combo, Qt.Key.Key_Down)
    assert picker.kind() == RANGE
    assert picker.code() == "2024..2025"  # the last two whole years ended
    assert _shown(picker.to_spin) and _shown(picker.to_label)
    assert not _shown(picker.part_combo) and not _shown(picker.part_label)
    assert picker.year_label.text() != "&Year:"  # "From:" in any language
    assert "01.01.2024" in picker.code_label.text()
    assert "31.12.2025" in picker.code_label.text()
    picker.to_spin.setFocus()
    qtbot.keyClick(picker.to_spin, Qt.Key.Key_Up)
    assert picker.period() == Period("2024..2026", date(2024, 1, 1), date(2026, 12, 31))
    # Moving the first year past the last takes the last year along: a one-year range, kept
    # as typed (reporting.md §1 allows it), with the days of that year.
    picker.year_spin.setFocus()
    picker.year_spin.selectAll()
    qtbot.keyClicks(picker.year_spin, "2027")
    assert picker.to_spin.value() == 2027
    assert picker.code() == "2027..2027"
    assert picker.period() == Period("2027..2027", date(2027, 1, 1), date(2027, 12, 31))
    # The last year cannot go below the first.
    picker.to_spin.setFocus()
    qtbot.keyClick(picker.to_spin, Qt.Key.Key_Down)
    assert picker.code() == "2027..2027"


def test_set_code_shows_an_academic_year_and_a_range_and_back_to_a_quarter(
    qtbot: QtBot,
) -> None:
    picker = _picker(qtbot, kind=ACADEMIC_YEAR)
    assert picker.code() == "2025-AY"
    picker.set_code("2023..2026")
    assert (picker.kind(), picker.year_spin.value(), picker.to_spin.value()) == (RANGE, 2023, 2026)
    assert picker.code() == "2023..2026"
    picker.set_code("2024-AY")
    assert picker.kind() == ACADEMIC_YEAR and picker.code() == "2024-AY"
    assert not _shown(picker.to_spin) and _shown(picker.part_combo)
    picker.set_code("2026-Q2")
    assert picker.kind() == QUARTER and picker.code() == "2026-Q2"
    assert picker.part_combo.isEnabled() and picker.year_label.text() == picker.tr("&Year:")


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


def test_the_reporting_page_gives_the_next_deadline_of_an_academic_year_and_a_range(
    qtbot: QtBot, tmp_path: Path, runner: JobRunner
) -> None:
    region = region_store(tmp_path / "region.sqlite")
    try:
        page = ReportingPage(region, "oblast", runner, today=lambda: TODAY)
        qtbot.addWidget(page)
        page.show()
        picker = page.picker
        assert picker is not None
        picker.kind_combo.setCurrentIndex(picker.kind_combo.findData(ACADEMIC_YEAR))
        assert picker.code() == "2025-AY"
        # 2025-AY ended Mon 31.08.2026 and was due on Mon 14.09.2026 (10 working days: 1-4,
        # 7-11, 14 September): past on 20.11.2026, so the next is 2026-AY, due 14.09.2027.
        assert "2026-AY" in page.next_due_label.text()
        assert "14.09.2027" in page.next_due_label.text()
        assert "2025-AY" in page.periods_box.table.model().index(0, 0).data()
        picker.kind_combo.setCurrentIndex(picker.kind_combo.findData(RANGE))
        assert picker.code() == "2024..2025"
        # Ranges follow each other: 2026..2027 ends Fri 31.12.2027; 1-2 January 2028 fall on
        # the weekend (3, 4 January off), 7 January is a Friday: 5, 6, 10-14, 17-19 (10).
        assert "2026..2027" in page.next_due_label.text()
        assert "19.01.2028" in page.next_due_label.text()
    finally:
        runner.wait(60_000)
        region.close()


def test_the_dashboard_offers_academic_years_and_ranges_as_far_as_known(
    qtbot: QtBot, store: Store, runner: JobRunner
) -> None:
    page = DashboardPage(store, "admin", runner, today=lambda: TODAY, period_kind=ACADEMIC_YEAR)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.period().code == "2025-AY"
    assert page.data is not None
    assert page.data.period == Period("2025-AY", date(2025, 9, 1), date(2026, 8, 31))
    # The academic year under way is taken as of today, like a year not ended.
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.set_period("2026-AY")
    assert page.data.period == Period("2026-AY", date(2026, 9, 1), TODAY)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.set_period("2024..2026")
    assert page.data.period == Period("2024..2026", date(2024, 1, 1), TODAY)
    assert page.as_of_label.isVisibleTo(page)
