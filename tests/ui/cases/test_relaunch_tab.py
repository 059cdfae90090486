"""The cases page's relaunch list (issue 14, brief §3.6): its tab, count and N on screen."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.cases.repository import CaseRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.cases.test_relaunch import world  # noqa: F401  (the fixture)
from ui.cases.page import RELAUNCH, CasesPage
from ui.workers import JobRunner


def count_of(page: CasesPage, tab: int) -> int:
    match = re.search(r"\((\d+)\)", page.tab_bar.tabText(tab))
    assert match is not None, page.tab_bar.tabText(tab)
    return int(match.group(1))


def test_the_relaunch_tab_counts_and_follows_n(
    qtbot: QtBot,
    store: Store,
    world: dict[str, int],  # noqa: F811
) -> None:
    runner = JobRunner()
    page = CasesPage(store, "admin", runner, today=lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    assert count_of(page, RELAUNCH) == 2
    assert page.relaunch_spin.value() == 90 and page.relaunch_spin.isEnabled()
    page.set_current_list(RELAUNCH)
    assert page.model.rowCount() == 2

    # The administrator sets 30 days: the E family opened on 01.10 joins the list.
    page.relaunch_spin.setFocus()
    page.relaunch_spin.selectAll()
    qtbot.keyClicks(page.relaunch_spin.lineEdit(), "30")
    with qtbot.waitSignal(page.refreshed):
        qtbot.keyClick(page.relaunch_spin, Qt.Key.Key_Return)
    assert CaseRepository(store).relaunch_after_days() == 30
    assert count_of(page, RELAUNCH) == 3
    assert page.model.rowCount() == 3
    runner.wait(10_000)


def test_a_specialist_sees_the_list_but_does_not_set_n(
    qtbot: QtBot,
    store: Store,
    world: dict[str, int],  # noqa: F811
) -> None:
    from tests.accounts import as_role

    runner = JobRunner()
    page = CasesPage(as_role(store, "aigul", "specialist"), "aigul", runner, today=lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    assert count_of(page, RELAUNCH) == 2
    assert not page.relaunch_spin.isEnabled()
    runner.wait(10_000)
