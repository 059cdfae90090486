"""The reporting page (issue 4): completeness and history at a region, the district's buttons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.demo.load import add_demo_data
from models.reporting.consolidation import completeness, expected_sub_offices
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.questions import answer_questions
from tests.ui.reporting.test_receive_dialog import (
    T1,
    T2,
    export,
    figures,
    region_store,
)
from ui.reporting.page import ExpectedDistrictsDialog, ReportingPage
from ui.reporting.received_table_model import (
    CompletenessTableModel,
    HistoryTableModel,
    format_moment,
)
from ui.workers import JobRunner

C = CompletenessTableModel
H = HistoryTableModel


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Store]:
    s = region_store(tmp_path / "region.sqlite")
    yield s
    s.close()


def table(model: Any) -> list[list[Any]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def alt(qtbot: QtBot, page: ReportingPage, key: Qt.Key) -> None:
    """Press Alt+key in the page's focused widget, as the user does."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    focused = QApplication.focusWidget() or page.export_button
    qtbot.keyClick(focused, key, Qt.KeyboardModifier.AltModifier)


def make_page(qtbot: QtBot, store: Store, runner: JobRunner) -> ReportingPage:
    page = ReportingPage(store, "oblast", runner, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.export_button.setFocus()
    return page


def test_district_page_only_sends(qtbot: QtBot, store: Store, runner: JobRunner) -> None:
    page = make_page(qtbot, store, runner)
    assert page.receive_button is None and page.districts_button is None
    assert page.completeness_table is None and page.history_table is None
    texts = [w.text() for w in page.findChildren(type(page.export_button)) if w.isVisible()]
    assert texts[:3] == ["E&xport package...", "Data &quality...", "Reporting ca&lendar..."]
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Sent pac&kages", "Per&iods"]
    # Q4 2026 ends on Thursday 31.12; 1 and 7 January are holidays, Saturday 2 January moves to
    # Monday 4 January: the tenth working day after is Tuesday 19.01.2027.
    assert page.next_due_label.text() == "Next package due: 2026-Q4 by 19.01.2027 (Ақмола облысы)."
    # Administrators open the reporting calendar; the page fits a 1024x768 screen.
    from ui.reporting.calendar_dialog import ReportingCalendarDialog

    assert page.calendar_button is not None
    page.calendar_button.click()
    calendar = page.calendar_dialog
    assert isinstance(calendar, ReportingCalendarDialog) and calendar.isVisible()
    calendar.reject()
    assert page.minimumSizeHint().width() <= 950 and page.minimumSizeHint().height() <= 700
    labels = " ".join(w.text() for w in page.findChildren(type(page.summary_label)))
    assert "sends its figures up to the region" in labels
    page.refresh()  # nothing to read at a district: no error

    # Alt+X opens the export wizard, Alt+Q the data-quality list (imported lazily).
    from ui.reporting.export_wizard import ExportWizard
    from ui.reporting.quality_dialog import QualityDialog

    alt(qtbot, page, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: page.export_wizard is not None)  # a mnemonic animates the click
    wizard = page.export_wizard
    assert isinstance(wizard, ExportWizard) and wizard.isVisible()
    wizard.reject()
    alt(qtbot, page, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: page.quality_dialog is not None)
    quality = page.quality_dialog
    assert isinstance(quality, QualityDialog) and quality.isVisible()
    assert runner.wait(60_000)
    qtbot.waitUntil(lambda: not quality.is_running())
    quality.reject()


def test_region_page_round_trip(
    qtbot: QtBot,
    qtmodeltester: Any,
    store: Store,
    region: Store,
    runner: JobRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_demo_data(store, objects=12, families=4, seed=1, today=TODAY, user="admin")
    data = figures(store)
    first = export(data, tmp_path / "first", T1)
    second = export(data, tmp_path / "second", T2)

    page = make_page(qtbot, region, runner)
    assert page.picker is not None and page.picker.code() == "2026-Q3"  # the last ended quarter
    page.picker.set_code("2026")
    assert page.completeness_model.rowCount() == 0
    assert "No district is expected yet" in page.summary_label.text()

    # The expected districts, typed; a bad code keeps the dialog open with the code selected.
    alt(qtbot, page, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: page.districts_dialog is not None)
    editor = page.districts_dialog
    assert isinstance(editor, ExpectedDistrictsDialog) and editor.isVisible()
    assert editor.codes() == []
    for i, code in enumerate(("113200000", "113400000", "553200000", "1134")):
        if i:
            qtbot.keyClick(editor.codes_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.codes_edit, code)
    assert "553200000 is not a district of this region" in editor.error_label.text()
    assert "1134: a KATO code has exactly 9 digits" in editor.error_label.text()
    save = editor.buttons.button(editor.buttons.StandardButton.Save)
    qtbot.keyClick(save, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: editor.codes_edit.textCursor().hasSelection())
    assert editor.isVisible()
    assert editor.codes_edit.textCursor().selectedText() == "553200000"
    assert expected_sub_offices(region) == []
    editor.codes_edit.setPlainText("113200000\n113400000")
    assert editor.error_label.text() == ""
    with qtbot.waitSignal(editor.saved, timeout=1000) as saved:
        qtbot.keyClick(save, Qt.Key.Key_Space)
    assert saved.args == [["113200000", "113400000"]]
    assert not editor.isVisible()
    rows = table(page.completeness_model)
    assert [(r[C.COL_KATO], r[C.COL_SENT]) for r in rows] == [
        ("113200000", "missing"),
        ("113400000", "missing"),
    ]
    # A year's packages are due 10 working days after 31.12.2026: 19.01.2027, not yet.
    assert page.summary_label.text().startswith(
        "2026: 0 of 2 in, 0 late, 0 returned, 2 missing; due 19.01.2027."
    )
    assert [r[C.COL_TIMELINESS] for r in table(page.completeness_model)] == ["not due yet"] * 2

    # Receive packages (Alt+C): the dialog imports, the page follows.
    assert page.receive_button is not None
    alt(qtbot, page, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: page.receive_dialog is not None)
    dialog = page.receive_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.planned, timeout=60_000):
        dialog.add_files([first])
    with qtbot.waitSignal(page.refreshed, timeout=60_000):
        dialog.import_button.click()
    rows = table(page.completeness_model)
    package = page.history_model.row(0)
    assert rows[0][: C.COL_REPLACED + 1] == [
        "113200000",
        "Ақкөл ауданы",
        "consolidated",
        "on time",
        format_moment(T1),
        format_moment(package.received_at),
        package.package_id[:8],
        "",
    ]
    assert rows[1][C.COL_SENT] == "missing"
    assert "1 of 2" in page.summary_label.text()
    assert "Not consolidated: 113400000" in page.summary_label.text()
    hist = table(page.history_model)
    assert [(r[H.COL_KATO], r[H.COL_PERIOD], r[H.COL_STATUS]) for r in hist] == [
        ("113200000", "2026", "current")
    ]
    assert hist[0][H.COL_RECEIVED_BY] == "oblast"
    dialog.close()

    # A newer export replaces it once confirmed.
    answer_questions(monkeypatch, True)
    dialog = page.open_receive_dialog()
    with qtbot.waitSignal(dialog.planned, timeout=60_000):
        dialog.add_files([second])
    with qtbot.waitSignal(page.refreshed, timeout=60_000):
        dialog.import_button.click()
    dialog.close()
    row = completeness(region, "2026")[0]
    assert row.current is not None and len(row.replaced) == 1
    rows = table(page.completeness_model)
    assert rows[0][C.COL_CREATED] == format_moment(T2)
    assert rows[0][C.COL_PACKAGE] == row.current.package_id[:8]
    assert rows[0][C.COL_REPLACED] == "replaced 1 earlier"
    tip = page.completeness_model.index(0, C.COL_REPLACED).data(Qt.ItemDataRole.ToolTipRole)
    old, new = row.replaced[0].package_id[:8], row.current.package_id[:8]
    assert f"{old} created {format_moment(T1)}" in tip
    assert f"replaced by {new}" in tip and f"{new} created {format_moment(T2)}" in tip
    hist = table(page.history_model)
    assert [(r[H.COL_PACKAGE], r[H.COL_STATUS], r[H.COL_REPLACED_BY]) for r in hist] == [
        (new, "current", ""),
        (old, "replaced", new),
    ]
    qtmodeltester.check(page.completeness_model)
    qtmodeltester.check(page.history_model)

    # Another period: both missing; the history narrows to it on request.
    page.picker.set_code("2026-Q3")
    assert [r[C.COL_SENT] for r in table(page.completeness_model)] == ["missing", "missing"]
    assert page.history_model.rowCount() == 2
    assert page.only_period_check is not None
    page.only_period_check.setChecked(True)
    assert page.history_model.rowCount() == 0

    # A new page opens on the period of the newest receipt.
    again = make_page(qtbot, region, runner)
    assert again.period_code() == "2026"
