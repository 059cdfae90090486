"""The case card names the family and the worker, and its tables show their key text (issue 11)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from models.cases.dto import MeasureDraft, PlanDraft, SignalDraft, VisitDraft
from models.cases.repository import CaseRepository
from models.cases.tables import Case
from models.reference.accounts import add_account
from models.store.db import Store
from tests.accounts import TEST_PASSWORD
from tests.conftest import TODAY
from tests.ui.case_keys import make_family, open_case_dialog
from ui.cases.case_dialog import KEY_MIN_WIDTH, CaseDialog

MEASURE = "Баланы №2 мектептің психологына апару, сабаққа қатысуын апта сайын тексеру"
FINDINGS = "Бала үйде, тамақ бар; анасы жұмыс іздеп жүр, мектепке келісім бойынша барады"


def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _case(store: Store, worker: str = "admin") -> int:
    """A case of the Kasymov family at the plan stage, with one measure and one visit."""
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    case_id = repo.open_case(SignalDraft(date(2026, 11, 2), "CONTACT_111", "Хабар"), ctx, worker)
    repo.set_family(case_id, make_family(store), worker)
    for i, target in enumerate(["IDENTIFIED", "ASSESSMENT", "PLAN"]):
        if target == "PLAN":
            measure = MeasureDraft("PEDAGOGICAL", date(2026, 11, 30), "№2 мектеп", MEASURE)
            repo.save_plan(case_id, PlanDraft(date(2026, 11, 5), (measure,)), ctx, worker)
        repo.transition(case_id, target, date(2026, 11, 3 + i), ctx, worker)
    repo.add_visit(case_id, VisitDraft(date(2026, 11, 10), "HOME", findings=FINDINGS), ctx, worker)
    return case_id


def test_the_title_names_the_applicant_not_the_family_id(qtbot: QtBot, store: Store) -> None:
    case_id = _case(store)
    dialog = open_case_dialog(qtbot, store, case_id)
    assert dialog.case is not None
    number = dialog.case.number
    # The applicant of the Kasymov household is the mother (tests/ui/case_keys.py).
    assert dialog.windowTitle() == f"Case {number} — Қасымова Әлия"
    assert dialog.number_label.text() == dialog.windowTitle()
    assert "family" not in dialog.windowTitle()


def test_the_worker_is_named_by_the_account_s_full_name(qtbot: QtBot, store: Store) -> None:
    add_account(store, "aigerim", "specialist", TEST_PASSWORD, "Айгерім Серікова")
    case_id = _case(store)
    with store.session() as s:  # the case is handed to the specialist
        case = s.get(Case, case_id)
        assert case is not None
        case.worker_login = "aigerim"
        s.commit()
    dialog = open_case_dialog(qtbot, store, case_id)
    assert dialog.worker_label.text() == "Worker: Айгерім Серікова"


def test_an_unknown_worker_falls_back_to_the_login(qtbot: QtBot, store: Store) -> None:
    dialog = CaseDialog(store, "visitor", None, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.worker_label.text() == "Worker: visitor"


def test_the_plan_shows_each_measure_s_text_in_its_widest_column(
    qtbot: QtBot, store: Store
) -> None:
    dialog = open_case_dialog(qtbot, store, _case(store))
    dialog.resize(900, 600)
    dialog.tabs.setCurrentWidget(dialog.plan_table)
    qtbot.waitUntil(dialog.plan_table.isVisible)
    table = dialog.plan_table
    headers = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Plan", "Service", "Measure", "Agency", "Due", "Status"]
    assert _item(table, 0, 2).text() == MEASURE
    assert _item(table, 0, 2).toolTip() == MEASURE  # the whole text, however narrow the column
    assert _item(table, 0, 3).text() == "№2 мектеп"
    widths = [table.columnWidth(c) for c in range(table.columnCount())]
    assert widths[2] == max(widths) and widths[2] >= KEY_MIN_WIDTH
    # The columns fill the view: the key column took the spare width, not the last one.
    assert sum(widths) == table.viewport().width()
    # The measure wraps: its row is taller than a one-line row.
    assert table.rowHeight(0) > table.fontMetrics().height() * 1.5


def test_findings_and_events_get_the_width_and_the_author_only_its_login(
    qtbot: QtBot, store: Store
) -> None:
    dialog = open_case_dialog(qtbot, store, _case(store))
    dialog.resize(900, 600)
    for table, key in ((dialog.visit_table, 5), (dialog.history_table, 1)):
        dialog.tabs.setCurrentWidget(table)
        qtbot.waitUntil(table.isVisible)
        widths = [table.columnWidth(c) for c in range(table.columnCount())]
        assert widths[key] == max(widths), widths
    assert _item(dialog.visit_table, 0, 5).text() == FINDINGS
    by = dialog.history_table.columnWidth(4)
    author = _item(dialog.history_table, 0, 4).text()
    assert author == "admin"
    # "By" is as wide as "admin" (or its header), not half the table as before.
    assert by < dialog.history_table.viewport().width() // 4
