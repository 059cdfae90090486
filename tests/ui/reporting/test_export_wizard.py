"""Export wizard (issue 4): driven by keyboard through period, checks, destination and export."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import exporters.package_export as package_export
import ui.reporting.export_wizard as wizard_module
from exporters.package import write_package as real_write_package
from exporters.package_layout import EXTRA_SHEETS
from exporters.package_verify import VerificationResult, verify_package
from models.audit.tables import AuditEvent
from models.demo.load import add_demo_data
from models.reporting.dto import QualityIssue, ReportData
from models.reporting.periods import last_ended_code
from models.reporting.quality import SUBJECT_WITHOUT_PASSPORT
from models.reporting.report import compute_report
from models.reporting.rules import A2_SUM
from models.store.db import Store
from tests.conftest import TODAY
from ui.reporting.export_wizard import (
    PAGE_CHECKS,
    PAGE_DESTINATION,
    PAGE_EXPORT,
    PAGE_PERIOD,
    ExportWizard,
    Volume,
)
from ui.settings import UiSettings
from ui.workers import JobRunner

WORKBOOK = "113200000_2026-Q3.xlsx"
MANIFEST = "113200000_2026-Q3.manifest.json"


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def demo_store(store: Store) -> Store:
    add_demo_data(store, objects=40, families=0, seed=3, today=TODAY, user="admin")
    return store


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    d = tmp_path / "usb"
    d.mkdir()
    return d


@pytest.fixture
def no_volumes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wizard_module, "list_volumes", list)


class MessageLog:
    """Records QMessageBox calls instead of blocking; answers questions with ``answer``."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def record(kind: str) -> Callable[..., QMessageBox.StandardButton]:
            def fake(_parent: QWidget, title: str, text: str, *_a: Any) -> Any:
                self.calls.append((kind, title, text))
                return self.answer

            return fake

        for kind in ("warning", "question", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))

        def ask(box: QMessageBox) -> int:
            # ui.widgets.ask.ask: a question whose two buttons name their actions.
            kind = "warning" if box.icon() == QMessageBox.Icon.Warning else "question"
            self.calls.append((kind, box.windowTitle(), box.text()))
            role = (
                QMessageBox.ButtonRole.AcceptRole
                if self.answer == QMessageBox.StandardButton.Yes
                else QMessageBox.ButtonRole.RejectRole
            )
            next(b for b in box.buttons() if box.buttonRole(b) == role).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", ask)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    log = MessageLog()
    log.install(monkeypatch)
    return log


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def alt(qtbot: QtBot, letter: str) -> None:
    """Press Alt+letter where the focus is (a mnemonic)."""
    key = getattr(Qt.Key, f"Key_{letter.upper()}")
    qtbot.keyClick(focused(), key, Qt.KeyboardModifier.AltModifier)


def next_page(qtbot: QtBot, wizard: ExportWizard) -> None:
    """Press Alt+N and wait for the next page (a mnemonic clicks its button after a moment)."""
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=3000):
        alt(qtbot, "n")


def open_wizard(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings
) -> ExportWizard:
    wizard = ExportWizard(store, "admin", runner, today=lambda: TODAY, settings=settings)
    qtbot.addWidget(wizard)
    wizard.show()
    assert QTest.qWaitForWindowExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def to_checks(qtbot: QtBot, wizard: ExportWizard) -> ReportData:
    """Alt+N from the period page; wait for the checks."""
    with qtbot.waitSignal(wizard.checked, timeout=60_000) as blocker:
        alt(qtbot, "n")
    assert wizard.currentId() == PAGE_CHECKS
    data = blocker.args[0]
    assert isinstance(data, ReportData)
    return data


def type_folder(qtbot: QtBot, wizard: ExportWizard, folder: Path) -> None:
    edit = wizard.destination_page.folder_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, str(folder))


def test_last_ended_periods() -> None:
    today = date(2026, 1, 15)
    assert [last_ended_code(k, today) for k in ("year", "half", "quarter", "month")] == [
        "2025",
        "2025-H2",
        "2025-Q4",
        "2025-12",
    ]
    today = date(2026, 11, 20)
    assert [last_ended_code(k, today) for k in ("year", "half", "quarter", "month")] == [
        "2025",
        "2026-H1",
        "2026-Q3",
        "2026-10",
    ]


def test_export_by_keyboard_through_all_pages(
    qtbot: QtBot,
    demo_store: Store,
    runner: JobRunner,
    settings: UiSettings,
    out_dir: Path,
    no_volumes: None,
    messages: MessageLog,
) -> None:
    wizard = open_wizard(qtbot, demo_store, runner, settings)
    picker = wizard.period_page.picker
    # The last ended quarter before 20.11.2026, with its dates.
    assert wizard.currentId() == PAGE_PERIOD
    assert picker.code() == "2026-Q3"
    assert "2026-Q3" in picker.code_label.text()
    assert "01.07.2026" in picker.code_label.text()
    assert "30.09.2026" in picker.code_label.text()
    # Type "Month" by keyboard, then back to the quarter.
    picker.kind_combo.setFocus()
    qtbot.keyClick(picker.kind_combo, Qt.Key.Key_Down)
    assert picker.code() == "2026-10"
    assert "31.10.2026" in picker.code_label.text()
    qtbot.keyClick(picker.kind_combo, Qt.Key.Key_Up)
    assert picker.code() == "2026-Q3"

    data = to_checks(qtbot, wizard)
    expected = compute_report(demo_store, picker.period(), today=TODAY)
    assert [(w.code, w.count) for w in data.warnings] == [
        (w.code, w.count) for w in expected.warnings
    ]
    assert not any(w.blocking for w in data.warnings)
    panel = wizard.checks_page.panel
    assert panel.model.rowCount() == len(data.warnings)
    assert wizard.checks_page.isComplete()

    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_DESTINATION
    type_folder(qtbot, wizard, out_dir)
    assert wizard.destination_page.isComplete()
    assert WORKBOOK in wizard.destination_page.files_label.text()
    # Written, then checked at once (the result says so).
    with (
        qtbot.waitSignal(wizard.verified, timeout=60_000) as checking,
        qtbot.waitSignal(wizard.exported, timeout=60_000) as blocker,
    ):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter = Next
    assert wizard.currentId() == PAGE_EXPORT
    manifest = blocker.args[0]
    assert manifest == out_dir / MANIFEST
    checked = checking.args[0]
    assert isinstance(checked, VerificationResult) and checked.ok
    assert sorted(p.name for p in out_dir.iterdir()) == [MANIFEST, WORKBOOK]
    assert messages.calls == []  # no question: nothing was there to replace
    assert settings.get("export/last_folder") == str(out_dir)
    assert settings.get("export/period_kind") == "quarter"

    page = wizard.export_page
    # The result in words (issue 11): where, which files, checked, a draft.
    assert page.status_label.text() == (
        f"The package for 2026-Q3 was written to {out_dir} as two files ({WORKBOOK} and "
        f"{MANIFEST}). It was checked after writing: it opens and its figures match. It is a "
        "DRAFT: approve the period before sending it (the office above does not consolidate a "
        "draft)."
    )
    assert page.verify_label.text() == ""  # the result says it
    # The hash and rows per sheet only under Details (Alt+D) and in the tooltip.
    summary = page.summary_label.text()
    assert not page.summary_label.isVisible() and page.details_button.isVisible()
    assert WORKBOOK in summary and MANIFEST in summary
    assert verify_package(manifest, receiver=None).ok
    m = json.loads(manifest.read_text(encoding="utf-8"))
    assert (
        m["workbook"]["sha256"] in summary
        and m["workbook"]["sha256"] in page.status_label.toolTip()
    )
    assert m["workbook"]["sha256"] not in page.status_label.text()
    alt(qtbot, "d")
    qtbot.waitUntil(page.summary_label.isVisible, timeout=3000)
    assert page.details_button.isChecked()
    with demo_store.session() as s:  # the audit's export event (issue 8), like the CLI's
        exported = s.execute(
            select(AuditEvent.entity, AuditEvent.entity_uuid).where(AuditEvent.action == "export")
        ).all()
    assert exported == [("package", m["package_id"])]
    assert f"A3: {len(expected.a3)}" in summary
    wb = openpyxl.load_workbook(out_dir / WORKBOOK, read_only=True)
    try:
        # The data sheets of reporting.md §2.2, then the breakdowns' X_ sheets (issue 14).
        assert wb.sheetnames == [
            "Cover", "A1", "A2", "A3", "B1", "B2", "B3", "B4", *(x.code for x in EXTRA_SHEETS)
        ]  # fmt: skip
    finally:
        wb.close()

    with qtbot.waitSignal(wizard.verified, timeout=60_000) as blocker:
        alt(qtbot, "v")
    result = blocker.args[0]
    assert isinstance(result, VerificationResult) and result.ok
    assert "Verified" in wizard.export_page.verify_label.text()

    with qtbot.waitSignal(wizard.finished, timeout=3000):
        alt(qtbot, "f")
    assert wizard.result() == wizard.DialogCode.Accepted


def test_blocking_finding_stops_at_checks(
    qtbot: QtBot,
    demo_store: Store,
    runner: JobRunner,
    settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.reporting.quality_dialog as quality_module

    def with_breach(store: Store, period: Any, *, today: date) -> ReportData:
        data = compute_report(store, period, today=today)
        breach = QualityIssue(A2_SUM, 1, True, "A1 (1, 0, 0) != A2 (2, 0, 0)")
        return replace(data, warnings=(breach, *data.warnings))

    monkeypatch.setattr(quality_module, "compute_report", with_breach)
    wizard = open_wizard(qtbot, demo_store, runner, settings)
    data = to_checks(qtbot, wizard)
    assert data.warnings[0].blocking
    page = wizard.checks_page
    assert not page.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert "cannot go on" in page.status_label.text()
    assert page.panel.model.index(0, 2).data() == "Blocking"
    assert "a2_sum" in page.panel.model.index(0, 0).data()
    # Enter (the default button) does not move on either.
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_CHECKS


def test_open_the_list_emits_the_code(
    qtbot: QtBot, demo_store: Store, runner: JobRunner, settings: UiSettings
) -> None:
    wizard = open_wizard(qtbot, demo_store, runner, settings)
    data = to_checks(qtbot, wizard)
    codes = [w.code for w in data.warnings]
    assert SUBJECT_WITHOUT_PASSPORT in codes  # demo data leaves ~20 % without a passport
    panel = wizard.checks_page.panel
    panel.table.setFocus()
    row = codes.index(SUBJECT_WITHOUT_PASSPORT)
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    assert panel.open_button.isEnabled()
    with qtbot.waitSignal(wizard.open_findings, timeout=1000) as blocker:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert blocker.args == [SUBJECT_WITHOUT_PASSPORT]
    assert wizard.currentId() == PAGE_CHECKS  # Enter on the list did not move on
    with qtbot.waitSignal(wizard.open_findings, timeout=1000) as blocker:
        alt(qtbot, "o")
    assert blocker.args == [SUBJECT_WITHOUT_PASSPORT]


def test_usb_stick_chosen_and_existing_package_replaced_after_confirmation(
    qtbot: QtBot,
    demo_store: Store,
    runner: JobRunner,
    settings: UiSettings,
    out_dir: Path,
    messages: MessageLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        wizard_module, "list_volumes", lambda: [Volume("KINGSTON", str(out_dir), 3_500_000_000)]
    )
    (out_dir / WORKBOOK).write_bytes(b"old")
    (out_dir / MANIFEST).write_text("{}", encoding="utf-8")
    wizard = open_wizard(qtbot, demo_store, runner, settings)
    to_checks(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.destination_page
    assert page.volumes_list.count() == 1
    item_text = page.volumes_list.item(0).text()
    assert "KINGSTON" in item_text and "3.5" in item_text.replace(",", ".")
    alt(qtbot, "d")  # the drives list
    assert focused() is page.volumes_list
    qtbot.keyClick(page.volumes_list, Qt.Key.Key_Down)
    assert page.folder() == out_dir
    assert "replaced" in page.files_label.text()

    messages.answer = QMessageBox.StandardButton.No
    alt(qtbot, "n")
    qtbot.waitUntil(lambda: bool(messages.calls), timeout=3000)
    assert wizard.currentId() == PAGE_DESTINATION  # not confirmed: stays
    assert messages.calls[-1][0] == "question"
    assert (out_dir / WORKBOOK).read_bytes() == b"old"

    messages.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(wizard.exported, timeout=60_000):
        alt(qtbot, "n")
    assert verify_package(out_dir / MANIFEST, receiver=None).ok


def test_cancel_during_export_leaves_no_files(
    qtbot: QtBot,
    demo_store: Store,
    runner: JobRunner,
    settings: UiSettings,
    out_dir: Path,
    no_volumes: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = threading.Event()
    stop_waiting = threading.Event()

    def slow_write(data: ReportData, folder: Path, **kw: Any) -> Path:
        progress = kw.pop("progress")
        is_cancelled = kw["is_cancelled"]

        def held(done: int, total: int) -> None:
            if done == 0:
                started.set()
                # Hold the job at its first report until the user cancels (bounded wait).
                for _ in range(2000):
                    if is_cancelled() or stop_waiting.wait(0.005):
                        break
            progress(done, total)

        return real_write_package(data, folder, progress=held, **kw)

    monkeypatch.setattr(package_export, "write_package", slow_write)
    wizard = open_wizard(qtbot, demo_store, runner, settings)
    to_checks(qtbot, wizard)
    next_page(qtbot, wizard)
    type_folder(qtbot, wizard, out_dir)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_EXPORT
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert wizard.export_page.is_running()
    assert not wizard.button(wizard.WizardButton.BackButton).isEnabled()
    with qtbot.waitSignal(wizard.finished, timeout=10_000):
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    stop_waiting.set()
    assert wizard.result() == wizard.DialogCode.Rejected
    assert list(out_dir.iterdir()) == []  # no package, no temporary file


def test_file_open_in_excel_shows_a_message_and_stays_open(
    qtbot: QtBot,
    demo_store: Store,
    runner: JobRunner,
    settings: UiSettings,
    out_dir: Path,
    no_volumes: None,
    messages: MessageLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attempts: list[Path] = []

    def locked(data: ReportData, folder: Path, **kw: Any) -> Path:
        attempts.append(folder)
        if len(attempts) == 1:
            raise PermissionError(13, "Permission denied", str(folder / WORKBOOK))
        return real_write_package(data, folder, **kw)

    monkeypatch.setattr(package_export, "write_package", locked)
    wizard = open_wizard(qtbot, demo_store, runner, settings)
    to_checks(qtbot, wizard)
    next_page(qtbot, wizard)
    type_folder(qtbot, wizard, out_dir)
    next_page(qtbot, wizard)
    page = wizard.export_page
    qtbot.waitUntil(lambda: not page.is_running() and bool(messages.calls), timeout=10_000)
    kind, _title, text = messages.calls[0]
    assert kind == "warning"
    assert "open in another program" in text and "Try again" in text
    assert wizard.isVisible() and wizard.currentId() == PAGE_EXPORT
    assert page.retry_button.isVisible()
    assert not page.isComplete()
    assert list(out_dir.iterdir()) == []
    # The user closes Excel and tries again (Alt+T).
    with qtbot.waitSignal(wizard.exported, timeout=60_000):
        alt(qtbot, "t")
    assert len(attempts) == 2
    assert verify_package(out_dir / MANIFEST, receiver=None).ok


def test_removed_stick_message(qtbot: QtBot) -> None:
    text = wizard_module.error_text(OSError(28, "No space left on device"), Path("/media/usb"))
    assert "No space left on device" in text and "free space" in text
    text = wizard_module.error_text(FileNotFoundError(2, "No such file"), Path("/media/usb"))
    assert "removed" in text


def _export(qtbot: QtBot, wizard: ExportWizard, out_dir: Path) -> VerificationResult:
    """From the period page to a written package; return the check after writing."""
    to_checks(qtbot, wizard)
    next_page(qtbot, wizard)
    type_folder(qtbot, wizard, out_dir)
    with qtbot.waitSignal(wizard.verified, timeout=60_000) as checking:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter = Next: write, then check
    result = checking.args[0]
    assert isinstance(result, VerificationResult)
    return result


def test_result_of_an_approved_period_says_it_can_be_sent(
    qtbot: QtBot,
    demo_store: Store,
    runner: JobRunner,
    settings: UiSettings,
    out_dir: Path,
    no_volumes: None,
) -> None:
    from models.reporting.approval import approve

    approve(demo_store, "2026-Q3", today=TODAY, user="admin")
    wizard = open_wizard(qtbot, demo_store, runner, settings)
    assert _export(qtbot, wizard, out_dir).ok
    approval = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))["approval"]
    assert approval["state"] == "approved" and approval["by"] == "admin"
    day = date.fromisoformat(approval["at"][:10]).strftime("%d.%m.%Y")
    text = wizard.export_page.status_label.text()
    assert text.endswith(
        "It was checked after writing: it opens and its figures match. The period was approved "
        f"by admin on {day}: the package can be sent."
    )
    assert "DRAFT" not in text


def test_result_says_when_the_check_after_writing_fails(
    qtbot: QtBot,
    demo_store: Store,
    runner: JobRunner,
    settings: UiSettings,
    out_dir: Path,
    no_volumes: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(path: Path, receiver: object) -> VerificationResult:
        # The stick corrupted the workbook between writing and reading back.
        (path.parent / WORKBOOK).write_bytes(b"not a workbook")
        return verify_package(path, receiver=None)

    monkeypatch.setattr(wizard_module, "verify_package", broken)
    wizard = open_wizard(qtbot, demo_store, runner, settings)
    result = _export(qtbot, wizard, out_dir)
    assert not result.ok
    page = wizard.export_page
    assert "found problems (below): do not send it; export it again." in page.status_label.text()
    assert "It was checked" not in page.status_label.text()
    assert "failed verification" in page.verify_label.text()
    assert page.verify_button.isEnabled()
