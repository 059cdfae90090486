"""Export wizard on a period whose figures are all zero (issue 7 point 8, reporting.md §4).

The checks page says so in red; Next asks to confirm: No stays on the checks page and nothing is
written (Cancel then closes the wizard with an empty folder); Yes goes on, and the package is
written with the Cover line. A store with figures is not asked.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import ui.reporting.export_wizard as wizard_module
from exporters.package_layout import ALL_ZERO_LABEL, ALL_ZERO_NOTE, COVER
from exporters.package_verify import verify_package
from models.demo.load import add_demo_data
from models.reporting.dto import figures_all_zero
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.reporting.test_export_wizard import (
    MANIFEST,
    WORKBOOK,
    MessageLog,
    alt,
    focused,
    next_page,
    open_wizard,
    to_checks,
    type_folder,
)
from ui.reporting.export_wizard import _ERROR_STYLE, PAGE_CHECKS, PAGE_DESTINATION, PAGE_EXPORT
from ui.settings import UiSettings
from ui.workers import JobRunner


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    d = tmp_path / "usb"
    d.mkdir()
    return d


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    monkeypatch.setattr(wizard_module, "list_volumes", list)
    log = MessageLog()
    log.install(monkeypatch)
    return log


def _empty_report_questions(messages: MessageLog) -> list[tuple[str, str, str]]:
    return [c for c in messages.calls if c[1] == "Export an empty report?"]


def test_empty_store_warns_and_no_writes_nothing(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,
    settings: UiSettings,
    out_dir: Path,
    messages: MessageLog,
) -> None:
    settings.set("export/last_folder", str(out_dir))
    wizard = open_wizard(qtbot, store, runner, settings)
    data = to_checks(qtbot, wizard)
    page = wizard.checks_page
    assert figures_all_zero(data) and page.all_zero()
    assert page.isComplete()  # a warning, not a blocking finding
    assert "All figures of 2026-Q3 are zero" in page.status_label.text()
    assert "ready for export" not in page.status_label.text()  # an empty report is not ready
    assert page.status_label.styleSheet() == _ERROR_STYLE

    messages.answer = QMessageBox.StandardButton.No
    alt(qtbot, "n")
    qtbot.waitUntil(lambda: bool(messages.calls), timeout=3000)
    [(kind, _title, text)] = _empty_report_questions(messages)
    assert kind == "warning"
    assert "2026-Q3" in text and "Export it anyway?" in text
    assert wizard.currentId() == PAGE_CHECKS  # not confirmed: stays on the checks

    with qtbot.waitSignal(wizard.rejected, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert list(out_dir.iterdir()) == []


def test_empty_store_confirmed_writes_the_package_with_the_cover_line(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,
    settings: UiSettings,
    out_dir: Path,
    messages: MessageLog,
) -> None:
    wizard = open_wizard(qtbot, store, runner, settings)
    to_checks(qtbot, wizard)
    messages.answer = QMessageBox.StandardButton.Yes
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_DESTINATION
    assert len(_empty_report_questions(messages)) == 1
    type_folder(qtbot, wizard, out_dir)
    with qtbot.waitSignal(wizard.exported, timeout=60_000) as blocker:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter = Next
    assert wizard.currentId() == PAGE_EXPORT
    assert blocker.args[0] == out_dir / MANIFEST
    assert sorted(p.name for p in out_dir.iterdir()) == [MANIFEST, WORKBOOK]
    assert verify_package(out_dir / MANIFEST, receiver=None).ok
    wb = openpyxl.load_workbook(out_dir / WORKBOOK)
    try:
        rows = [r for r in wb[COVER].iter_rows(values_only=True) if r and r[0] == ALL_ZERO_LABEL]
    finally:
        wb.close()
    assert [r[1] for r in rows] == [ALL_ZERO_NOTE]
    assert len(_empty_report_questions(messages)) == 1  # asked once, before writing


def test_store_with_figures_is_not_asked(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, messages: MessageLog
) -> None:
    add_demo_data(store, objects=10, families=0, seed=3, today=TODAY, user="admin")
    wizard = open_wizard(qtbot, store, runner, settings)
    data = to_checks(qtbot, wizard)
    assert not figures_all_zero(data)
    assert "are zero" not in wizard.checks_page.status_label.text()
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_DESTINATION
    assert messages.calls == []
