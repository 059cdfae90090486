"""The Reporting page's periods, returns and timeliness at a region (issue 10, reporting.md §6).

District A (Akkol, ``tests/models/consolidation_builders``) approves 2026-H1 and exports it; the
Akmola region, expecting A and Arshaly, receives it. 2026-H1 ends on Tuesday 30.06.2026; Monday
6 July is a holiday, so the tenth working day after is Wednesday 15.07.2026: A's package,
received now (after TODAY, 20.11.2026), is late, and Arshaly's is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from exporters.package_export import export_package
from exporters.package_receive import receive_package
from models.reporting.approval import approval_history, approve, period_state
from models.reporting.consolidation import completeness, set_expected_districts
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY
from tests.models.consolidation_builders import REGION, build_district_a
from tests.models.test_period_lock import dump
from tests.store_templates import new_store
from tests.ui.keys import type_text
from ui.reporting.approve_dialogs import ApprovePeriodDialog, ReopenPeriodDialog
from ui.reporting.page import ReportingPage
from ui.reporting.periods_box import PeriodRow, PeriodsTableModel
from ui.reporting.received_table_model import CompletenessTableModel
from ui.reporting.return_dialog import ReturnDialog
from ui.workers import JobRunner

PERIOD = "2026-H1"
A, B = "113200000", "113400000"
C = CompletenessTableModel
P = PeriodsTableModel


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """The stick holding district A's approved package of 2026-H1."""
    folder = tmp_path / "usb"
    folder.mkdir()
    district = build_district_a(tmp_path / "district.sqlite")
    try:
        approve(district, PERIOD, today=TODAY)
        data = compute_report(district, parse_period(PERIOD), today=TODAY)
        export_package(district, data, folder, app_version="test")
    finally:
        district.close()
    return folder


@pytest.fixture
def region(tmp_path: Path, usb: Path) -> Iterator[Store]:
    """Akmola, expecting A and Arshaly, with A's package of 2026-H1 consolidated."""
    store = new_store(tmp_path / "region.sqlite", REGION, "oblast")
    set_expected_districts(store, [A, B], user="oblast")
    (manifest,) = usb.glob("*.manifest.json")
    result = receive_package(store, manifest, user="oblast", confirm_replace=False)
    assert result.imported, result.refusal
    yield store
    store.close()


def table(model: Any) -> list[list[Any]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def make_page(qtbot: QtBot, store: Store, runner: JobRunner) -> ReportingPage:
    page = ReportingPage(store, store.principal.login, runner, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    assert page.picker is not None
    page.picker.set_code(PERIOD)
    return page


def test_timeliness_return_approve_and_reopen(
    qtbot: QtBot, qtmodeltester: Any, region: Store, runner: JobRunner, tmp_path: Path
) -> None:
    page = make_page(qtbot, region, runner)
    rows = table(page.completeness_model)
    assert [(r[C.COL_KATO], r[C.COL_SENT], r[C.COL_TIMELINESS]) for r in rows] == [
        (A, "consolidated", "late"),
        (B, "missing", "missing"),
    ]
    assert page.summary_label.text().startswith(
        "2026-H1: 1 of 2 in, 1 late, 0 returned, 1 missing; due 15.07.2026."
    )
    qtmodeltester.check(page.completeness_model)
    assert page.minimumSizeHint().width() <= 950 and page.minimumSizeHint().height() <= 700

    # Return A's package: OK disabled until a reason is typed; the receipt goes to the folder.
    assert page.return_button is not None and page.return_button.isVisible()
    assert not page.return_button.isEnabled()  # nothing selected
    assert page.completeness_table is not None
    page.completeness_table.selectRow(1)
    assert not page.return_button.isEnabled()  # B has no package to return
    page.completeness_table.selectRow(0)
    assert page.return_button.isEnabled()
    dialog = page.open_return_dialog()
    assert isinstance(dialog, ReturnDialog) and dialog.isVisible()
    back = tmp_path / "back"
    back.mkdir()
    dialog.folder_edit.setText(str(back))
    assert not dialog.ok_button.isEnabled()
    reason = "A1 жолында қате / ошибка в строке A1"
    type_text(dialog.reason_edit, reason)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        dialog.ok_button.click()
    assert not dialog.isVisible()
    receipt_path = back / f"{A}_{PERIOD}.receipt.json"
    receipt = json.loads(receipt_path.read_text(encoding="utf-8"))
    assert receipt["outcome"] == "returned" and receipt["reasons"][0]["message_kk"] == reason
    assert str(receipt_path) in page.notice_label.text()
    rows = table(page.completeness_model)
    assert [(r[C.COL_SENT], r[C.COL_TIMELINESS]) for r in rows] == [
        ("returned", "missing"),
        ("missing", "missing"),
    ]
    assert "1 returned, 1 missing" in page.summary_label.text()
    assert completeness(region, PERIOD)[0].current is None

    # Approve 2026-H1: refused while the missing are not named, worded; nothing written.
    box = page.periods_box
    page.tabs.setCurrentWidget(box)
    assert box.approve_button.isVisible() and box.reopen_button.isVisible()
    assert not box.reopen_button.isEnabled()  # nothing approved yet
    before = dump(region)
    approve_dialog = box.open_approve_dialog()
    assert isinstance(approve_dialog, ApprovePeriodDialog)
    approve_dialog.picker.set_code(PERIOD)
    assert set(approve_dialog.missing_checks) == {A, B}
    assert "figures of 2026-H1 can no longer change" in approve_dialog.lock_label.text()
    approve_dialog.ok_button.click()
    assert approve_dialog.isVisible()
    assert approve_dialog.error_label.text() == (
        f"No package for {PERIOD} has been consolidated from {A}, {B}: receive them first, "
        "or list them as missing."
    )
    assert dump(region) == before and approval_history(region) == []
    checks = list(approve_dialog.missing_checks.values())
    assert [c.text() for c in checks] == [
        f"{A} Ақкөл ауданы: name as missing",
        f"{B}: name as missing",
    ]
    for check in checks:
        check.setChecked(True)
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        approve_dialog.ok_button.click()
    assert not approve_dialog.isVisible()
    state = period_state(region, PERIOD)
    assert state.state == "approved" and state.last is not None
    assert state.last.missing == (A, B) and state.last.by == "system"
    periods = {r[P.COL_PERIOD]: r for r in table(box.model)}
    assert periods[PERIOD][P.COL_STATE] == "approved"
    assert periods[PERIOD][P.COL_MISSING] == f"{A} Ақкөл ауданы, {B}"
    # Listed: the period with a package and an approval, which is also the last half-year
    # ended (the picker's kind); no other.
    assert list(periods) == [PERIOD]
    qtmodeltester.check(box.model)
    # A return into an approved period is not offered.
    page.completeness_table.selectRow(0)
    assert not page.return_button.isEnabled()

    # Reopen with a reason: OK disabled while the reason is empty or blank.
    assert box.reopen_button.isEnabled()
    reopen_dialog = box.open_reopen_dialog()
    assert isinstance(reopen_dialog, ReopenPeriodDialog)
    assert reopen_dialog.code() == PERIOD
    assert not reopen_dialog.ok_button.isEnabled()
    type_text(reopen_dialog.reason_edit, "   ")
    assert not reopen_dialog.ok_button.isEnabled()
    reopen_dialog.reason_edit.clear()
    type_text(reopen_dialog.reason_edit, "Аршалы пакеті келді / пришёл пакет Аршалы")
    assert reopen_dialog.ok_button.isEnabled()
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        reopen_dialog.ok_button.click()
    periods = {r[P.COL_PERIOD]: r for r in table(box.model)}
    assert periods[PERIOD][P.COL_STATE] == "reopened"
    assert periods[PERIOD][P.COL_REASON] == "Аршалы пакеті келді / пришёл пакет Аршалы"
    assert periods[PERIOD][P.COL_BY] == "system"
    assert period_state(region, PERIOD).state == "reopened"


def test_a_longer_approved_period_locks_the_quarters(
    qtbot: QtBot, region: Store, runner: JobRunner
) -> None:
    approve(region, "2025", today=TODAY, missing=[A, B])
    page = make_page(qtbot, region, runner)
    box = page.periods_box
    box.refresh()
    periods = {r[P.COL_PERIOD]: r for r in table(box.model)}
    assert periods["2025"][P.COL_STATE] == "approved"
    # The model's refusals, worded: already approved, not ended.
    dialog = box.open_approve_dialog()
    dialog.picker.set_code("2025")
    dialog.ok_button.click()
    assert dialog.error_label.text().startswith("Period 2025 is already approved (system, ")
    dialog.picker.set_code("2026-Q4")
    dialog.ok_button.click()
    assert dialog.error_label.text() == (
        "Period 2026-Q4 ends on 31.12.2026: it can be approved from the next day."
    )
    dialog.reject()
    state = period_state(region, "2025-Q3")
    assert state.state == "open" and state.locked_by is not None
    # A quarter inside (listed when it has a package) shows the lock of its year.
    assert box.model.state_text(PeriodRow(state, {})) == "open, locked by 2025"


@pytest.mark.parametrize(("role", "reads"), [("specialist", True), ("viewer", False)])
def test_specialists_and_viewers_get_no_approve_or_return(
    qtbot: QtBot, region: Store, runner: JobRunner, role: str, reads: bool
) -> None:
    page = make_page(qtbot, as_role(region, "aigul", role), runner)
    box = page.periods_box
    assert box.approve_button.isHidden() and box.reopen_button.isHidden()
    assert page.return_button is not None and page.return_button.isHidden()
    assert page.calendar_button is None
    assert page.exports_box.read_button.isHidden() is not reads


def test_district_periods_and_exports_fit_and_the_approve_dialog_says_why_not_first(
    qtbot: QtBot, tmp_path: Path, runner: JobRunner
) -> None:
    """Issue 11, seen at 1024x768 in Russian: the stretched last header of the periods
    ("missing at approval", never filled at a district) was cut on both sides, the exports'
    "Exported at" cut at 100 px; the approve dialog offered "Approve and lock" on an approved
    period and refused only on the click."""
    from PySide6.QtWidgets import QTableView

    district = build_district_a(tmp_path / "district.sqlite")
    try:
        approve(district, PERIOD, today=TODAY)
        data = compute_report(district, parse_period(PERIOD), today=TODAY)
        export_package(district, data, tmp_path, app_version="test")
        page = ReportingPage(district, "admin", runner, today=lambda: TODAY)
        qtbot.addWidget(page)
        page.resize(760, 600)
        page.show()
        box = page.periods_box
        page.tabs.setCurrentWidget(box)
        assert box.table.isColumnHidden(P.COL_MISSING)
        views: list[QTableView] = [box.table, page.exports_box.table]
        page.tabs.setCurrentWidget(page.exports_box)
        for view in views:
            header = view.horizontalHeader()
            for col in range(header.count()):
                if not view.isColumnHidden(col):
                    assert header.sectionSize(col) >= header.sectionSizeHint(col), col
        assert page.exports_box.model.rowCount() == 1

        before = dump(district)
        dialog = ApprovePeriodDialog(district, "admin", TODAY, code=PERIOD)
        qtbot.addWidget(dialog)
        assert not dialog.ok_button.isEnabled()
        approved = period_state(district, PERIOD).last
        assert approved is not None
        at = approved.at.astimezone()
        assert dialog.error_label.text() == (
            f"Period {PERIOD} is already approved (system, {at:%d.%m.%Y %H:%M})."
        )
        dialog.picker.set_code("2026-Q4")  # ends 31.12.2026, after TODAY
        assert not dialog.ok_button.isEnabled()
        assert dialog.error_label.text() == (
            "Period 2026-Q4 ends on 31.12.2026: it can be approved from the next day."
        )
        dialog.picker.set_code("2026-Q3")  # ended, never approved
        assert dialog.ok_button.isEnabled() and dialog.error_label.text() == ""
        assert dump(district) == before
    finally:
        district.close()
