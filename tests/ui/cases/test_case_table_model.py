"""The case work-list model: Qt's model contract, texts, restricted factors, sorting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from models.cases.dto import CaseRow
from ui.cases.table_model import (
    COL_FAMILY,
    COL_FOLLOW_UP,
    COL_NUMBER,
    COL_RISKS,
    COL_SIGNAL,
    COL_STAGE,
    COLUMN_COUNT,
    CaseTableModel,
    IdRole,
    RowRole,
)

STAGES = {"SIGNAL": "сигнал", "PLAN": "жеке қолдау жоспары"}
RISKS = {"NEGLECT": "қараусыз қалдыру", "SUICIDE_RISK": "суицидтік мінез-құлық"}


def row(case_id: int, follow_up: date | None, risks: tuple[str, ...] = ()) -> CaseRow:
    return CaseRow(
        id=case_id,
        uuid=f"uuid-{case_id}",
        number=f"113200000-2026-{case_id:05d}",
        stage="PLAN" if follow_up else "SIGNAL",
        worker_login="admin",
        family_id=case_id if follow_up else None,
        family_name="Қасымова Әлия" if follow_up else "",
        kato="113220100",
        signal_date=date(2026, 11, case_id),
        identified_date=None,
        next_follow_up=follow_up,
        risk_factors=risks,
    )


ROWS = [
    row(1, date(2026, 11, 25), ("NEGLECT", "SUICIDE_RISK")),
    row(2, None),
    row(3, date(2026, 11, 18)),
]


def test_model_contract(qtmodeltester, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    model = CaseTableModel(STAGES, RISKS)
    qtmodeltester.check(model)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.sort(COL_FOLLOW_UP, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_texts_ids_and_no_restricted_factor() -> None:
    model = CaseTableModel(STAGES, RISKS)
    model.set_rows(ROWS)
    assert model.rowCount() == 3 and model.columnCount() == COLUMN_COUNT
    assert model.rowCount(model.index(0, 0)) == 0
    first = model.index(0, COL_NUMBER)
    assert model.data(first) == "113200000-2026-00001"
    assert model.data(first, IdRole) == 1 and model.data(first, RowRole) is ROWS[0]
    assert model.data(model.index(0, COL_STAGE)) == "жеке қолдау жоспары"
    assert model.data(model.index(1, COL_STAGE)) == "сигнал"
    assert model.data(model.index(0, COL_SIGNAL)) == "01.11.2026"
    assert model.data(model.index(0, COL_FOLLOW_UP)) == "25.11.2026"
    assert model.data(model.index(1, COL_FOLLOW_UP)) == ""
    assert model.data(model.index(0, COL_FAMILY)) == "Қасымова Әлия"
    # Even if a restricted factor reached the model, it is not shown (brief §3.5).
    assert model.data(model.index(0, COL_RISKS)) == "қараусыз қалдыру"
    assert model.data(model.index(5, 0)) is None
    assert model.headerData(COL_NUMBER, Qt.Orientation.Horizontal) == "Number"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_sort_by_follow_up_puts_empty_last_and_keeps_selection() -> None:
    model = CaseTableModel(STAGES, RISKS)
    model.set_rows(ROWS)
    kept = QPersistentModelIndex(model.index(0, COL_NUMBER))  # case 1
    model.sort(COL_FOLLOW_UP)
    assert [model.data(model.index(r, 0), IdRole) for r in range(3)] == [3, 1, 2]
    assert kept.row() == 1 and model.data(model.index(kept.row(), 0), IdRole) == 1
    model.sort(COL_NUMBER, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 0), IdRole) for r in range(3)] == [3, 2, 1]
    assert model.row_of(2) == 1 and model.row_of(99) == -1
    assert model.index(0, 0, QModelIndex()).isValid()
