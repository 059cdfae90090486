"""A district reads its receipts on the Reporting page (issue 10, reporting.md §6.3).

District A approves and exports 2026-H1 and exports 2026-Q3 as a draft; the Akmola region
accepts the first and refuses the draft (``not_approved``), writing a receipt beside each. The
district reads both, plus a receipt of another district (foreign), then the region returns the
accepted package and the district reads the ``returned`` receipt.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from exporters.package_export import export_package
from exporters.package_receive import receive_package
from exporters.package_return import return_with_receipt
from exporters.receipt import REFUSAL_TEXTS, returned_receipt, write_receipt
from models.reporting.approval import approve
from models.reporting.consolidation import NOT_APPROVED, set_expected_districts
from models.reporting.exports import export_history
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.consolidation_builders import REGION, build_district_a
from tests.models.test_period_lock import dump
from tests.store_templates import new_store
from ui.reporting.exports_box import ExportsTableModel, ReceiptReasonsModel
from ui.reporting.page import ReportingPage
from ui.reporting.receipts_dialog import ReceiptsResultDialog
from ui.settings import UiSettings
from ui.workers import JobRunner

A = "113200000"
E = ExportsTableModel
R = ReceiptReasonsModel


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def district(tmp_path: Path) -> Iterator[Store]:
    store = build_district_a(tmp_path / "district.sqlite")
    yield store
    store.close()


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Store]:
    store = new_store(tmp_path / "region.sqlite", REGION, "oblast")
    set_expected_districts(store, [A], user="oblast")
    yield store
    store.close()


def send(district: Store, region: Store, period: str, folder: Path) -> Path:
    """Export ``period`` from the district into ``folder``, have the region receive it."""
    folder.mkdir()
    data = compute_report(district, parse_period(period), today=TODAY)
    manifest = export_package(district, data, folder, app_version="test")
    receive_package(region, manifest, user="oblast", confirm_replace=False)
    return folder / f"{A}_{period}.receipt.json"


def day_of(receipt: Path) -> str:
    """The local day of a receipt's ``at``, dd.mm.yyyy (hand-computed from the file)."""
    at = json.loads(receipt.read_text(encoding="utf-8"))["at"]
    return datetime.fromisoformat(at).astimezone().strftime("%d.%m.%Y")


def table(model: Any) -> list[list[Any]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_read_receipts_accepted_refused_foreign_then_returned(
    qtbot: QtBot,
    qtmodeltester: Any,
    district: Store,
    region: Store,
    runner: JobRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    approve(district, "2026-H1", today=TODAY)
    accepted = send(district, region, "2026-H1", tmp_path / "usb")
    refused = send(district, region, "2026-Q3", tmp_path / "draft")
    other = tmp_path / "other"
    other.mkdir()
    foreign = write_receipt(
        other,
        returned_receipt(
            package_id="8d3c2f0e-1b7a-4c5e-9f00-0123456789ab",
            sender_kato="113400000",
            period="2026-H1",
            receiver=REGION,
            workbook_sha256="ab" * 32,
            reason="x",
            by="oblast",
        ),
    )
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    settings.set("ui/last_folder", str(tmp_path / "usb"))

    page = ReportingPage(district, "admin", runner, today=lambda: TODAY, settings=settings)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    box = page.exports_box
    page.tabs.setCurrentWidget(box)
    rows = table(box.model)
    assert [(r[E.COL_PERIOD], r[E.COL_APPROVAL], r[E.COL_RECEIPT]) for r in rows] == [
        ("2026-Q3", "draft", "no receipt yet"),
        ("2026-H1", "approved", "no receipt yet"),
    ]
    assert "read it with" in box.todo_label.text()

    # Ctrl+R: the file dialog starts in the last folder; three files chosen.
    asked: list[str] = []

    def choose(*args: Any, **_kwargs: Any) -> tuple[list[str], str]:
        asked.append(args[2])
        return [str(accepted), str(refused), str(foreign)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    before = dump(district)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    box.table.setFocus()
    qtbot.keyClick(
        QApplication.focusWidget() or box.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: box.result_dialog is not None)
    assert asked == [str(tmp_path / "usb")]
    dialog = box.result_dialog
    assert isinstance(dialog, ReceiptsResultDialog) and dialog.isVisible()
    draft_text = REFUSAL_TEXTS[NOT_APPROVED][0]  # the tests run in Kazakh
    assert dialog.lines() == [
        f"{accepted.name}: recorded: accepted by Ақмола облысы on {day_of(accepted)}",
        f"{refused.name}: recorded: refused: {draft_text}",
        f"{foreign.name}: refused: This receipt is about another office's package, or about no "
        "package exported here.",
    ]
    dialog.reject()
    assert dump(district) != before  # two receipts recorded
    history = export_history(district)
    assert [len(e.receipts) for e in history] == [1, 1]

    rows = table(box.model)
    assert [r[E.COL_RECEIPT] for r in rows] == [
        f"refused: {draft_text}",
        f"accepted by Ақмола облысы on {day_of(accepted)}",
    ]
    qtmodeltester.check(box.model)

    # The draft's row: its reason and what to do.
    box.table.selectRow(0)
    reasons = table(box.reasons_model)
    assert reasons == [[f"refused by Ақмола облысы on {day_of(refused)}", "", "", draft_text]]
    assert "approve the period" in box.todo_label.text()
    qtmodeltester.check(box.reasons_model)

    # Print receipt...: the recorded receipt goes to the printout as the receipt's JSON.
    import ui.reporting.receipt_print as receipt_print

    printed: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(
        receipt_print,
        "print_receipt",
        lambda parent, receipt, **kw: printed.append((receipt, kw)),
    )
    assert box.print_button.isEnabled()
    box.print_button.click()
    ((doc, kw),) = printed
    on_file = json.loads(refused.read_text(encoding="utf-8"))
    assert doc == {**on_file, "format": "qoldau-receipt"}
    assert kw == {"sender_name": "Ақкөл ауданы"}

    # The same file read again keeps one record.
    box.read_receipts([accepted])
    assert [len(e.receipts) for e in export_history(district)] == [1, 1]
    assert box.result_dialog is not None
    box.result_dialog.reject()

    # The region returns the accepted package; the district reads why.
    back = tmp_path / "back"
    back.mkdir()
    done = return_with_receipt(region, A, "2026-H1", reason="A1 қате / ошибка A1", out=back)
    assert done.receipt is not None
    box.read_receipts([done.receipt])
    assert box.result_dialog is not None
    box.result_dialog.reject()
    box.table.selectRow(1)
    assert table(box.model)[1][E.COL_RECEIPT] == "returned: A1 қате / ошибка A1"
    reasons = table(box.reasons_model)
    assert [r[R.COL_MESSAGE] for r in reasons] == ["", "A1 қате / ошибка A1"]
    assert reasons[1][R.COL_RECEIPT].startswith("returned by Ақмола облысы on ")
    assert box.todo_label.text().startswith("Correct the figures, ask your supervisor to reopen")


def test_an_unreadable_receipt_is_worded(
    qtbot: QtBot, district: Store, runner: JobRunner, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.receipt.json"
    bad.write_bytes(b"\xff\xfe not json")
    page = ReportingPage(district, "admin", runner, today=lambda: TODAY)
    qtbot.addWidget(page)
    before = dump(district)
    dialog = page.exports_box.read_receipts([bad])
    assert isinstance(dialog, ReceiptsResultDialog)
    assert dialog.lines() == [
        "bad.receipt.json: refused: The receipt cannot be read: it is not a UTF-8 JSON file."
    ]
    assert dump(district) == before
    assert page.exports_box.hint_label.isVisibleTo(page)
