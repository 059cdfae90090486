"""Receiving sub-office packages in the GUI (issue 4): dry run, then an all-or-nothing import.

Real packages: district stores filled with demo data, their figures computed with
``compute_report`` and written with ``write_package``; a region store receives them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from exporters.package import write_package
from exporters.package_receive import receive_package
from models.demo.load import add_demo_data
from models.reference.dto import OfficeDTO
from models.reporting.consolidation import REPLACED, history
from models.reporting.dto import ReportData
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.consolidation_builders import approved
from tests.store_templates import new_store
from tests.ui.questions import answer_questions
from ui.reporting.receive_dialog import ReceiveDialog
from ui.reporting.received_table_model import ReceiptPlanTableModel, format_moment
from ui.settings import UiSettings
from ui.workers import JobRunner

ALMATY = timezone(timedelta(hours=5))
#: Export times in the past of the real clock: a package created more than a day ahead of the
#: receiver's clock is refused (reporting.md §2.3, issue 9).
T1 = datetime(2026, 11, 21, 9, 30, tzinfo=ALMATY)
T2 = datetime(2026, 11, 23, 16, 5, tzinfo=ALMATY)
REGION = OfficeDTO("110000000", "region", "Ақмола облысы", "Акмолинская область")
ARSHALY = OfficeDTO("113400000", "district", "Аршалы ауданы", "Аршалынский район")
#: A district of another region (Karaganda): not a sub-office of Akmola.
FOREIGN = OfficeDTO("553200000", "district", "Бөтен ауданы", "Чужой район")
M = ReceiptPlanTableModel


# --------------------------------------------------------------------------- builders


def district_store(path: Path, office: OfficeDTO | None = None, *, seed: int = 1) -> Store:
    """A district store (Akkol when ``office`` is None) with a little demo data."""
    from tests.conftest import DISTRICT

    store = new_store(path, office or DISTRICT, "admin")
    add_demo_data(store, objects=12, families=4, seed=seed, today=TODAY, user="admin")
    return store


def figures(store: Store) -> ReportData:
    """The district's figures for 2026."""
    return compute_report(store, parse_period("2026"), today=TODAY)


def export(data: ReportData, out: Path, created: datetime) -> Path:
    """Write the package of ``data`` created at ``created`` into ``out``; return the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    return write_package(
        replace(data, created_at=created),
        out,
        app_version="test",
        approval=approved(data.period.code),
    )


def region_store(path: Path) -> Store:
    """The Akmola region's store, with no package received yet."""
    return new_store(path, REGION, "oblast")


def cells(model: ReceiptPlanTableModel, row: int) -> dict[int, Any]:
    return {c: model.index(row, c).data() for c in range(model.columnCount())}


def share_text(data: ReportData) -> str:
    """The accessible share of the A1 total, hand-computed, one decimal half-up, comma."""
    from decimal import ROUND_HALF_UP, Decimal

    p = sum(r.passported for r in data.a1)
    req = sum(r.requiring_adaptation for r in data.a1)
    ad = sum(r.adapted for r in data.a1)
    share = (Decimal(p - req + ad) * 100 / Decimal(p)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return str(share).replace(".", ",")


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def akkol(store: Store) -> Store:
    add_demo_data(store, objects=12, families=4, seed=1, today=TODAY, user="admin")
    return store


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Store]:
    s = region_store(tmp_path / "region.sqlite")
    yield s
    s.close()


def open_dialog(
    qtbot: QtBot, region: Store, runner: JobRunner, settings: UiSettings
) -> ReceiveDialog:
    dialog = ReceiveDialog(region, "oblast", runner, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def plan(qtbot: QtBot, dialog: ReceiveDialog, *paths: Path) -> None:
    with qtbot.waitSignal(dialog.planned, timeout=60_000):
        dialog.add_files(list(paths))
    assert not dialog.is_busy()


def import_by_keyboard(qtbot: QtBot, dialog: ReceiveDialog) -> int:
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.received, timeout=60_000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    return int(blocker.args[0])


# --------------------------------------------------------------------------- tests


def test_plan_then_import_by_keyboard(
    qtbot: QtBot,
    qtmodeltester: Any,
    akkol: Store,
    region: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = figures(akkol)
    manifest = export(data, tmp_path / "stick", T1)
    asked: list[str] = []

    def choose(_parent: Any, _caption: str, folder: str, _filter: str) -> tuple[list[str], str]:
        asked.append(folder)
        return [str(manifest)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    dialog = open_dialog(qtbot, region, runner, settings)
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.planned, timeout=60_000):
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert settings.get("ui/last_folder") == str(manifest.parent)

    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    a1, b1 = data.a1[0], data.b1[0]
    row = cells(model, 0)
    assert row[M.COL_FILE] == "113200000_2026.manifest.json"
    assert row[M.COL_KATO] == "113200000"
    assert row[M.COL_NAME] == "Ақкөл ауданы"
    assert row[M.COL_PERIOD] == "2026"
    assert row[M.COL_CREATED] == format_moment(T1)
    assert row[M.COL_CREATED] == T1.astimezone().strftime("%d.%m.%Y %H:%M")
    assert row[M.COL_UNITS] == 1
    assert row[M.COL_PASSPORTED] == a1.passported
    assert row[M.COL_SHARE] == share_text(data)
    assert "," in row[M.COL_SHARE]
    assert row[M.COL_OPEN_CASES] == b1.cases_open_at_end
    assert row[M.COL_A3] == len(data.a3)
    assert row[M.COL_REPLACES] == ""
    assert row[M.COL_VERDICT] == "Acceptable."
    assert "Acceptable: 1" in dialog.status_label.text()

    assert import_by_keyboard(qtbot, dialog) == 1
    held = history(region)
    assert [(h.sender.kato, h.period, h.status) for h in held] == [("113200000", "2026", "current")]
    assert held[0].received_by == "oblast"
    assert cells(model, 0)[M.COL_VERDICT] == "Imported."
    assert "Imported: 1 package(s)." in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()  # nothing left to import
    # The receipt is beside the package on the stick (reporting.md §6.3).
    receipt = json.loads((manifest.parent / "113200000_2026.receipt.json").read_text("utf-8"))
    assert (receipt["outcome"], receipt["package_id"], receipt["by"]) == (
        "accepted",
        held[0].package_id,
        "oblast",
    )
    # The remembered folder is offered next time.
    dialog.add_button.click()
    assert "already in the list" in dialog.status_label.text()
    assert len(asked) == 2 and asked[1] == str(manifest.parent)
    assert model.rowCount() == 1  # the same file is not listed twice


def test_newer_package_replaces_after_confirmation(
    qtbot: QtBot,
    akkol: Store,
    region: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = figures(akkol)
    first = export(data, tmp_path / "first", T1)
    second = export(data, tmp_path / "second", T2)
    assert receive_package(region, first, user="oblast", confirm_replace=False).imported
    old = history(region)[0]

    # Refusing the replacement imports nothing.
    no = answer_questions(monkeypatch, False)
    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, second)
    row = cells(dialog.model, 0)
    assert row[M.COL_VERDICT] == "Needs confirmation: it replaces the package held."
    assert row[M.COL_REPLACES] == f"{old.package_id[:8]} of {format_moment(T1)}"
    assert "Need confirmation: 1" in dialog.status_label.text()
    dialog.import_button.click()
    assert len(no.texts) == 1
    assert "Ақкөл ауданы (113200000)" in no.texts[0]
    assert format_moment(T1) in no.texts[0] and format_moment(T2) in no.texts[0]
    assert history(region) == [old]
    assert "not confirmed" in cells(dialog.model, 0)[M.COL_VERDICT]
    assert not dialog.import_button.isEnabled()
    dialog.close()

    yes = answer_questions(monkeypatch, True)
    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, second)
    assert import_by_keyboard(qtbot, dialog) == 1
    assert len(yes.texts) == 1
    held = history(region)
    assert len(held) == 2
    new = next(h for h in held if h.package_id != old.package_id)
    replaced = next(h for h in held if h.package_id == old.package_id)
    assert (new.status, replaced.status, replaced.replaced_by) == (
        "current",
        REPLACED,
        new.package_id,
    )

    # The first package again: not newer than the one held.
    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, first)
    assert cells(dialog.model, 0)[M.COL_VERDICT] == "Refused: Already received."


def test_older_export_is_not_newer(
    qtbot: QtBot,
    akkol: Store,
    region: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
) -> None:
    data = figures(akkol)
    older = export(data, tmp_path / "older", T1)
    newer = export(data, tmp_path / "newer", T2)
    assert receive_package(region, newer, user="oblast", confirm_replace=False).imported
    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, older)
    assert cells(dialog.model, 0)[M.COL_VERDICT] == (
        f"Refused: Not newer than the package held ({format_moment(T2)}): nothing to do."
    )
    assert not dialog.import_button.isEnabled()


def test_a_draft_is_refused_as_not_approved(
    qtbot: QtBot,
    akkol: Store,
    region: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
) -> None:
    (tmp_path / "draft").mkdir()
    draft = write_package(figures(akkol), tmp_path / "draft", app_version="test")  # no approval
    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, draft)
    verdict = cells(dialog.model, 0)[M.COL_VERDICT]
    assert verdict.startswith("Refused: ") and "draft" in verdict
    assert not dialog.import_button.isEnabled()
    assert history(region) == []


def test_district_of_another_region_is_refused(
    qtbot: QtBot,
    region: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
) -> None:
    foreign = district_store(tmp_path / "foreign.sqlite", FOREIGN, seed=5)
    manifest = export(figures(foreign), tmp_path / "foreign", T1)
    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, manifest)
    row = cells(dialog.model, 0)
    assert row[M.COL_KATO] == "553200000"
    assert row[M.COL_VERDICT] == (
        "Refused: This package is from a district of another region: it was sent to the wrong "
        "office."
    )
    assert not dialog.import_button.isEnabled()
    # Enter on the row lists the problem with its sheet and rule.
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    details = dialog.details_dialog
    assert details is not None and details.isVisible()
    assert dialog.isVisible()  # Enter did not close the dialog
    text = details.text.toPlainText()
    assert "manifest, rule sender_not_sub_office" in text
    assert "553200000" in text
    details.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert "sender_not_sub_office" in QGuiApplication.clipboard().text()
    details.close()
    foreign.close()
    assert history(region) == []


def test_tampered_workbook_is_refused_and_the_rest_imported(
    qtbot: QtBot,
    akkol: Store,
    region: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
) -> None:
    tampered = export(figures(akkol), tmp_path / "tampered", T1)
    workbook = tampered.with_name("113200000_2026.xlsx")
    content = bytearray(workbook.read_bytes())
    content[len(content) // 2] ^= 0xFF
    workbook.write_bytes(bytes(content))
    arshaly = district_store(tmp_path / "arshaly.sqlite", ARSHALY, seed=2)
    good = export(figures(arshaly), tmp_path / "arshaly", T1)
    arshaly.close()

    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, tampered, good)
    verdicts = [cells(dialog.model, r)[M.COL_VERDICT] for r in range(2)]
    assert verdicts == [
        "Refused: The workbook was changed after export (checksum mismatch): ask the district "
        "for a new export.",
        "Acceptable.",
    ]
    assert "Refused: 1" in dialog.status_label.text()
    details = dialog.show_details(0)
    assert details is not None
    assert "rule workbook_sha256" in details.text.toPlainText()
    details.close()

    assert import_by_keyboard(qtbot, dialog) == 1
    assert [h.sender.kato for h in history(region)] == ["113400000"]
    assert "Imported: 1 package(s)." in dialog.status_label.text()


def test_the_same_package_twice_is_refused(
    qtbot: QtBot,
    akkol: Store,
    region: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
) -> None:
    manifest = export(figures(akkol), tmp_path / "stick", T1)
    copy = tmp_path / "copy"
    copy.mkdir()
    for f in manifest.parent.iterdir():
        (copy / f.name).write_bytes(f.read_bytes())

    dialog = open_dialog(qtbot, region, runner, settings)
    # The same package from two folders: checked alike, imported once.
    plan(qtbot, dialog, manifest, copy / manifest.name)
    assert [cells(dialog.model, r)[M.COL_VERDICT] for r in range(2)] == ["Acceptable."] * 2
    assert import_by_keyboard(qtbot, dialog) == 1
    assert [cells(dialog.model, r)[M.COL_VERDICT] for r in range(2)] == [
        "Imported.",
        "Refused: Already received.",
    ]
    assert len(history(region)) == 1

    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, manifest)
    assert cells(dialog.model, 0)[M.COL_VERDICT] == "Refused: Already received."
    assert not dialog.import_button.isEnabled()
    assert len(history(region)) == 1


def test_missing_manifest_is_listed_not_raised(
    qtbot: QtBot, region: Store, runner: JobRunner, settings: UiSettings, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, tmp_path / "nowhere" / "113200000_2026.manifest.json")
    assert cells(dialog.model, 0)[M.COL_VERDICT].startswith(
        "Refused: A file of the package is missing or unreadable"
    )
    details = dialog.show_details(0)
    assert details is not None and "rule manifest_missing" in details.text.toPlainText()


def test_closing_while_checking_is_safe(
    qtbot: QtBot,
    akkol: Store,
    region: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
) -> None:
    manifest = export(figures(akkol), tmp_path / "stick", T1)
    dialog = ReceiveDialog(region, "oblast", runner, settings=settings)
    dialog.show()
    dialog.add_files([manifest])
    assert dialog.is_busy()
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: runner.pool.activeThreadCount() == 0, timeout=60_000)
    assert runner.wait(60_000)
    # Deliver the queued "finished" now that the dialog is gone: no crash, no error logged.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    assert history(region) == []
