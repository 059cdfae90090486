"""Registry import dialog: rows imported with warnings are listed in the preview and result.

An object not subject to passportization without an exclusion reason and date is imported all
the same (real registers often lack them) but listed, and stays on the data-quality list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from pytestqt.qtbot import QtBot

from exporters.registry_import import COLUMNS
from models.reporting.periods import parse_period
from models.reporting.quality import EXCLUSION_INCOMPLETE, quality_checks
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.objects.test_registry_import_dialog import (  # noqa: F401 (fixtures)
    TIMEOUT,
    check_by_keyboard,
    good,
    open_dialog,
    runner,
    settings,
)
from ui.objects.registry_problems import ProblemTableModel
from ui.settings import UiSettings
from ui.workers import JobRunner

COLUMNS_X = (*COLUMNS, "exclusion_reason", "exclusion_date")


def registry(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(COLUMNS_X))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def excluded(ref: str, reason: str | None, when: str | None) -> list[Any]:
    row = good(
        ref,
        None,
        subject_to_passportization=0,
        requires_adaptation=0,
        **{f"status_{c}": None for c in "KOSGU"},
    )
    return [*row, reason, when]


def test_preview_and_result_list_exclusions_without_reason_or_date(
    qtbot: QtBot,
    qtmodeltester: Any,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = registry(
        tmp_path / "reg.xlsx",
        [
            [*good("R1"), None, None],
            excluded("R2", None, None),
            excluded("R3", "жабылды", "01.02.2020"),
            excluded("R4", "жабылды", None),
        ],
    )
    dialog = open_dialog(qtbot, store, runner, settings)
    assert not dialog.warnings_table.isVisibleTo(dialog)

    assert check_by_keyboard(qtbot, dialog, path)

    assert "2 objects not subject to passportization" in dialog.message_label.text()
    assert dialog.warnings_table.isVisibleTo(dialog)
    model = dialog.warnings_table.model()
    assert isinstance(model, ProblemTableModel)
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["3", "5"]
    assert "exclusion reason or date is missing" in model.data(model.index(0, 2))

    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    assert "2 objects not subject to passportization" in dialog.message_label.text()
    assert dialog.warnings_table.isVisibleTo(dialog)
    after = dialog.warnings_table.model()
    assert [after.data(after.index(r, 0)) for r in range(after.rowCount())] == ["3", "5"]
    found = {i.code: i.count for i in quality_checks(store, parse_period("2025"), TODAY)}
    assert found[EXCLUSION_INCOMPLETE] == 2
