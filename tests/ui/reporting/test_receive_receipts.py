"""Receipts of the receive dialog (issue 10, reporting.md §6.3): every package handled gets its
receipt beside it, JSON and printable PDF, also when its check refuses it before any import (a
draft, a tampered workbook); the dialog says where each was written, and when one could not
be written, while the import stands.

Packages and stores are those of ``test_receive_dialog`` (real district packages, the Akmola
region receiving).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from exporters.package import write_package
from models.reporting.consolidation import history
from models.store.db import Store
from tests.ui.reporting.test_receive_dialog import (  # noqa: F401  (fixtures)
    ARSHALY,
    T1,
    akkol,
    district_store,
    export,
    figures,
    import_by_keyboard,
    open_dialog,
    plan,
    region,
    runner,
    settings,
)
from ui.settings import UiSettings
from ui.workers import JobRunner


def test_a_draft_refused_by_its_check_gets_its_receipt_and_pdf(
    qtbot: QtBot,
    akkol: Store,  # noqa: F811
    region: Store,  # noqa: F811
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    stick = tmp_path / "draft"
    stick.mkdir()
    draft = write_package(figures(akkol), stick, app_version="test")  # no approval: a draft
    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, draft)

    path = stick / "113200000_2026.receipt.json"
    receipt = json.loads(path.read_text(encoding="utf-8"))
    assert receipt["outcome"] == "refused"
    assert receipt["sender"] == {"kato": "113200000", "period": "2026"}
    assert receipt["receiver"]["kato"] == "110000000"
    assert receipt["by"] == "oblast"
    assert [r["rule"] for r in receipt["reasons"]] == ["not_approved"]
    pdf = stick / "113200000_2026.receipt.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert f"{draft.name}: receipt written: {path}" in dialog.status_label.text()
    assert history(region) == []


def test_a_tampered_package_is_receipted_at_its_check_and_the_good_one_at_import(
    qtbot: QtBot,
    akkol: Store,  # noqa: F811
    region: Store,  # noqa: F811
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
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
    refused = json.loads(
        (tampered.parent / "113200000_2026.receipt.json").read_text(encoding="utf-8")
    )
    assert refused["outcome"] == "refused"
    assert "workbook_sha256" in [r["rule"] for r in refused["reasons"]]
    assert (tampered.parent / "113200000_2026.receipt.pdf").exists()
    assert not list(good.parent.glob("*.receipt.*"))  # acceptable: no receipt before import

    assert import_by_keyboard(qtbot, dialog) == 1
    accepted_path = good.parent / "113400000_2026.receipt.json"
    accepted = json.loads(accepted_path.read_text(encoding="utf-8"))
    assert (accepted["outcome"], accepted["reasons"]) == ("accepted", [])
    assert accepted["package_id"] == history(region)[0].package_id
    assert (good.parent / "113400000_2026.receipt.pdf").read_bytes().startswith(b"%PDF")
    assert f"{good.name}: receipt written: {accepted_path}" in dialog.status_label.text()


def test_a_receipt_that_cannot_be_written_leaves_the_import_standing(
    qtbot: QtBot,
    akkol: Store,  # noqa: F811
    region: Store,  # noqa: F811
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import exporters.receipt

    def read_only_stick(_folder: Path, _receipt: Any) -> Path:
        raise PermissionError(30, "Read-only file system")

    manifest = export(figures(akkol), tmp_path / "stick", T1)
    monkeypatch.setattr(exporters.receipt, "write_receipt", read_only_stick)
    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, manifest)
    assert import_by_keyboard(qtbot, dialog) == 1
    assert len(history(region)) == 1  # the import stands
    text = dialog.status_label.text()
    assert "Imported: 1 package(s)." in text
    assert (
        f"{manifest.name}: the receipt could not be written beside the package "
        "([Errno 30] Read-only file system)"
    ) in text
    assert not list(manifest.parent.glob("*.receipt.*"))


def test_a_pdf_that_fails_never_fails_the_receipt(
    qtbot: QtBot,
    akkol: Store,  # noqa: F811
    region: Store,  # noqa: F811
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui.reporting.receipt_print

    def no_pdf(*_args: Any, **_kwargs: Any) -> Path:
        raise OSError(28, "No space left on device")

    manifest = export(figures(akkol), tmp_path / "stick", T1)
    monkeypatch.setattr(ui.reporting.receipt_print, "write_receipt_pdf", no_pdf)
    dialog = open_dialog(qtbot, region, runner, settings)
    plan(qtbot, dialog, manifest)
    assert import_by_keyboard(qtbot, dialog) == 1
    path = manifest.parent / "113200000_2026.receipt.json"
    assert json.loads(path.read_text(encoding="utf-8"))["outcome"] == "accepted"
    text = dialog.status_label.text()
    assert f"{manifest.name}: receipt written: {path}" in text
    assert "the printable receipt (PDF) could not be written ([Errno 28] No space left" in text
