"""The data-quality list (issue 4): period picker, findings in the user's language, open a list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

import ui.reporting.quality_dialog as quality_module
from models.reporting.dto import QualityIssue
from models.reporting.quality import (
    BLOCKING_CODES,
    CODES,
    PERIOD_NOT_ENDED,
    SUBJECT_WITHOUT_PASSPORT,
)
from models.reporting.rules import A1_PASSPORTIZATION_ORDER as A1_RULE
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import add_object, add_passport
from ui.reporting.quality_dialog import QualityDialog
from ui.widgets.findings_panel import FindingTableModel
from ui.widgets.quality_texts import FINDING_LISTS, has_list, quality_text, severity_text
from ui.workers import JobRunner


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def small_store(store: Store) -> Store:
    """Three schools subject to passportization, one passported in May 2026."""
    with store.session() as s:
        first = add_object(s, "№1 мектеп")
        add_object(s, "№2 мектеп")
        add_object(s, "№3 мектеп")
        add_passport(s, first, 1, date(2026, 5, 4))
    return store


def rows(model: FindingTableModel) -> list[tuple[Any, Any, Any]]:
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_every_code_has_its_own_sentence(qapp: Any) -> None:
    generic = quality_text("no_such_code")
    assert "no_such_code" in generic
    for code in CODES:
        text = quality_text(code)
        assert text and text != generic
        assert "{" not in text  # every placeholder filled
        if code in BLOCKING_CODES:
            assert code in text  # the rule is named for support
            assert not has_list(code)
    assert set(FINDING_LISTS) <= set(CODES)
    assert set(FINDING_LISTS.values()) == {"objects", "cases", "families"}
    assert (severity_text(True), severity_text(False)) == ("Blocking", "Warning")


def test_findings_of_the_last_quarter(qtbot: QtBot, small_store: Store, runner: JobRunner) -> None:
    dialog = QualityDialog(small_store, "admin", runner, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=60_000) as blocker:
        dialog.show()
    assert dialog.picker.code() == "2026-Q3"
    data = blocker.args[0]
    assert [(w.code, w.count) for w in data.warnings] == [(SUBJECT_WITHOUT_PASSPORT, 2)]
    model = dialog.panel.model
    shown = rows(model)
    assert shown == [(quality_text(SUBJECT_WITHOUT_PASSPORT), 2, "Warning")]
    assert "1 warning" in dialog.status_label.text()
    assert not dialog.is_running()
    # The row is selected: Alt+O (and Enter in the table) opens the objects register's list.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.panel.table.setFocus()
    assert dialog.panel.open_button.isEnabled()
    with qtbot.waitSignal(dialog.open_findings, timeout=1000) as opened:
        qtbot.keyClick(dialog.panel.table, Qt.Key.Key_Return)
    assert opened.args == [SUBJECT_WITHOUT_PASSPORT]
    assert dialog.isVisible()  # Enter on a finding does not close the list
    with qtbot.waitSignal(dialog.open_findings, timeout=1000) as opened:
        qtbot.keyClick(dialog.panel.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert opened.args == [SUBJECT_WITHOUT_PASSPORT]


def test_changing_the_period_runs_the_checks_again(
    qtbot: QtBot, small_store: Store, runner: JobRunner
) -> None:
    dialog = QualityDialog(small_store, "admin", runner, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=60_000):
        dialog.show()
    # Q4 2026 has not ended on 20.11.2026: a warning without a list to open.
    with qtbot.waitSignal(dialog.checked, timeout=60_000) as blocker:
        qtbot.keyClick(dialog.picker.part_combo, Qt.Key.Key_Down)
    assert dialog.picker.code() == "2026-Q4"
    assert "31.12.2026" in dialog.picker.code_label.text()
    codes = [w.code for w in blocker.args[0].warnings]
    assert codes == [PERIOD_NOT_ENDED, SUBJECT_WITHOUT_PASSPORT]
    assert dialog.panel.current_code() == PERIOD_NOT_ENDED
    assert not dialog.panel.open_button.isEnabled()
    # Q1 2026: the passport of May is not there yet, all three schools lack one.
    dialog.picker.part_combo.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.checked, timeout=60_000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_F5)
    assert [(w.code, w.count) for w in blocker.args[0].warnings] == [(SUBJECT_WITHOUT_PASSPORT, 3)]


def test_blocking_finding_and_model(
    qtbot: QtBot, qtmodeltester: Any, small_store: Store, runner: JobRunner
) -> None:
    model = FindingTableModel()
    model.set_findings(
        [
            QualityIssue(A1_RULE, 1, True, "113220100: 1/2/3/0/0"),
            QualityIssue(SUBJECT_WITHOUT_PASSPORT, 4),
        ]
    )
    qtmodeltester.check(model)
    assert rows(model)[0][1:] == (1, "Blocking")
    assert "113220100" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(FindingTableModel.CodeRole) == A1_RULE
    assert model.index(1, 0).data(FindingTableModel.BlockingRole) is False
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_failed_checks_show_a_message(
    qtbot: QtBot, small_store: Store, runner: JobRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(store: Store, period: Any, *, today: date) -> Any:
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(quality_module, "compute_report", broken)
    dialog = QualityDialog(small_store, "admin", runner, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert "disk I/O error" in dialog.status_label.text()
    assert dialog.panel.model.rowCount() == 0
    assert dialog.data is None
