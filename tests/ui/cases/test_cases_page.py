"""The cases page: work lists with counts at fixed dates, each step of a case by keyboard."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.cases.dto import (
    MeasureDraft,
    PlanDraft,
    RiskFactorDraft,
    SignalDraft,
    VisitDraft,
    WorkListCounts,
)
from models.cases.repository import CaseRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.case_keys import (
    alt,
    choose,
    focused,
    key,
    make_family,
    save_step,
    step,
    type_date,
)
from tests.ui.cases.test_case_dialog import register_signal
from tests.ui.keys import type_text
from tests.ui.questions import answer_questions
from ui.cases.case_dialog import CaseDialog
from ui.cases.page import ALL_OPEN, MY_OPEN, WITHOUT_PLAN, CasesPage
from ui.cases.table_model import COL_NUMBER, COL_RISKS, IdRole
from ui.workers import JobRunner


@pytest.fixture(autouse=True)
def _discard_on_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer "Discard" when qtbot closes a dialog with typed text (a real box would block)."""
    answer_questions(monkeypatch)


class Clock:
    """A settable "today"."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def aigul_case(store: Store, family_id: int) -> int:
    """Aigul's case in accompaniment since October, follow-up due 16.11.2026 (overdue on 20.11)."""
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    case_id = repo.open_case(
        SignalDraft(
            date(2026, 10, 1), "MOBILE_GROUP", "Мобильді топ хабарлады", worker_login="aigul"
        ),
        ctx,
        "aigul",
    )
    repo.set_family(case_id, family_id, "aigul")
    repo.transition(case_id, "IDENTIFIED", date(2026, 10, 2), ctx, "aigul")
    repo.transition(case_id, "ASSESSMENT", date(2026, 10, 5), ctx, "aigul")
    plan = PlanDraft(date(2026, 10, 6), (MeasureDraft("SOCIAL", date(2026, 10, 30)),))
    repo.save_plan(case_id, plan, ctx, "aigul")
    repo.transition(case_id, "PLAN", date(2026, 10, 6), ctx, "aigul")
    repo.transition(case_id, "ACCOMPANIMENT", date(2026, 10, 7), ctx, "aigul")
    repo.add_visit(
        case_id, VisitDraft(date(2026, 10, 10), "HOME", next_due=date(2026, 11, 16)), ctx, "aigul"
    )
    factors = [RiskFactorDraft("NEGLECT"), RiskFactorDraft("SUICIDE_RISK")]
    repo.set_risk_factors(case_id, factors, ctx, "aigul")
    return case_id


def tab_counts(page: CasesPage) -> tuple[int, ...]:
    """Read the counts in the titles of the five work lists (awaiting approval: its own test)."""
    found = []
    for i in range(ALL_OPEN + 1):
        match = re.search(r"\((\d+)\)", page.tab_bar.tabText(i))
        assert match is not None, page.tab_bar.tabText(i)
        found.append(int(match.group(1)))
    return tuple(found)


@pytest.fixture
def page_setup(qtbot: QtBot, store: Store) -> tuple[CasesPage, Clock, int, list[WorkListCounts]]:
    family_id = make_family(store)
    aigul = aigul_case(store, family_id)
    CaseRepository(store).set_plan_due_days(14, "admin")  # an office's choice, not a default
    clock = Clock(TODAY)
    runner = JobRunner()
    emitted: list[WorkListCounts] = []
    page = CasesPage(store, "admin", runner, today=clock)
    page.counts_changed.connect(emitted.append)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    assert QTest.qWaitForWindowExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    yield page, clock, aigul, emitted
    runner.wait(10_000)


def test_work_lists_follow_a_case_by_keyboard(
    qtbot: QtBot, store: Store, page_setup: tuple[CasesPage, Clock, int, list[WorkListCounts]]
) -> None:
    page, clock, aigul, emitted = page_setup
    # Tabs: my open, due this week, overdue, without a plan, all open (follow-up and plan lists:
    # mine only). On Friday 20.11.2026 the week runs to Sunday 22.11; N = 14 days.
    assert tab_counts(page) == (0, 0, 0, 0, 1)
    assert emitted[-1] == WorkListCounts(0, 0, 0, 0)

    # Ctrl+N starts a new case with its signal.
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.case_dialog, CaseDialog))
    dialog: CaseDialog = page.case_dialog
    assert QTest.qWaitForWindowExposed(dialog)
    qtbot.waitUntil(lambda: focused() is dialog.signal_form.date_edit)
    with qtbot.waitSignal(page.refreshed):
        register_signal(qtbot, dialog)  # signal 02.11, SIGNAL
    assert tab_counts(page) == (1, 0, 0, 0, 2)

    def do(letter: str, *keys: tuple[str, str]) -> None:
        """Open a step by its mnemonic, fill dates/texts, save, wait for the lists."""
        d = step(qtbot, dialog, letter)
        for what, value in keys:
            if what == "date":
                type_date(qtbot, value)
            elif what == "alt":
                alt(qtbot, value)
            elif what == "choose":
                choose(qtbot, value)
            elif what == "ascii":
                qtbot.keyClicks(focused(), value)
            else:
                type_text(focused(), value)
        with qtbot.waitSignal(page.refreshed):
            save_step(qtbot, d)

    do("i", ("date", "03112026"), ("alt", "f"), ("ascii", "9203024"))
    # Identified 03.11 <= 20.11 - 14 = 06.11: waiting for a plan too long.
    assert tab_counts(page) == (1, 0, 0, 1, 2)
    do("a", ("date", "05112026"), ("alt", "f"), ("ascii", "3"))
    assert tab_counts(page) == (1, 0, 0, 1, 2)
    do(
        "p",
        ("date", "09112026"),
        ("alt", "y"),
        ("choose", "SOCIAL"),
        ("alt", "d"),
        ("date", "30112026"),
    )
    assert tab_counts(page) == (1, 0, 0, 0, 2)
    do("c", ("date", "10112026"))
    assert tab_counts(page) == (1, 0, 0, 0, 2)
    do("v", ("date", "12112026"), ("alt", "n"), ("date", "21112026"))
    # Next follow-up 21.11 falls in this week.
    assert tab_counts(page) == (1, 1, 0, 0, 2)
    assert emitted[-1] == WorkListCounts(1, 1, 0, 0)
    do("e", ("choose", "PSYCHOLOGICAL"), ("alt", "o"), ("date", "13112026"))
    assert tab_counts(page) == (1, 1, 0, 0, 2)
    do("l", ("date", "19112026"), ("alt", "r"), ("choose", "GOALS_ACHIEVED"))
    assert tab_counts(page) == (0, 0, 0, 0, 1)
    do("r", ("date", "20112026"), ("alt", "r"), ("text", "Мектеп қайта хабарлады"))
    # Reopened 20.11: open again and the plan clock restarts; the follow-up of 21.11 lapsed
    # with the closure (reporting.md §2.2): the new cycle has none until its first visit.
    assert tab_counts(page) == (1, 0, 0, 0, 2)
    do("v", ("date", "20112026"), ("alt", "n"), ("date", "21112026"))
    assert tab_counts(page) == (1, 1, 0, 0, 2)
    own = dialog.case_id
    with qtbot.waitSignal(dialog.finished):
        key(qtbot, Qt.Key.Key_Escape)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)

    # Monday 23.11: the follow-up of 21.11 is overdue now (F5 reads the lists again).
    clock.day = date(2026, 11, 23)
    page.table.setFocus()
    with qtbot.waitSignal(page.refreshed):
        key(qtbot, Qt.Key.Key_F5)
    assert tab_counts(page) == (1, 0, 1, 0, 2)
    assert emitted[-1] == WorkListCounts(1, 0, 1, 0)

    # Everyone's lists: Aigul's follow-up of 16.11 is overdue as well.
    with qtbot.waitSignal(page.refreshed):
        alt(qtbot, "m")
    assert not page.mine_check.isChecked()
    assert tab_counts(page) == (1, 0, 2, 0, 2)

    # N = 0: the case reopened on 20.11 has waited for its plan since then.
    alt(qtbot, "d")
    assert focused() is page.days_spin
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(page.refreshed):
        qtbot.keyClicks(focused(), "0")
        key(qtbot, Qt.Key.Key_Return)
    assert CaseRepository(store).plan_due_days() == 0
    assert tab_counts(page) == (1, 0, 2, 1, 2)
    assert emitted[-1] == WorkListCounts(1, 0, 1, 1)

    # All open cases: Aigul's restricted factor never shows; Enter opens the selected case.
    page.set_current_list(ALL_OPEN)
    ids = [page.model.data(page.model.index(r, 0), IdRole) for r in range(page.model.rowCount())]
    assert ids == [aigul, own]  # oldest signal first
    risks = page.model.data(page.model.index(0, COL_RISKS))
    assert risks == page.model.risk_labels["NEGLECT"]
    assert page.model.risk_labels["SUICIDE_RISK"] not in risks
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, COL_NUMBER))
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.case_dialog is not dialog and page.case_dialog is not None)
    opened: CaseDialog = page.case_dialog
    assert opened.case_id == aigul
    # The case screen shows the restricted factor, marked.
    ticked = [
        opened.risk_list.item(i).text()
        for i in range(opened.risk_list.count())
        if opened.risk_list.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert len(ticked) == 2 and any("restricted" in t for t in ticked)
    opened.close()


def test_my_open_cases_list(
    qtbot: QtBot, page_setup: tuple[CasesPage, Clock, int, list[WorkListCounts]]
) -> None:
    page, _clock, _aigul, _emitted = page_setup
    page.set_current_list(MY_OPEN)
    assert page.model.rowCount() == 0 and page.current_case_id() is None
    page.set_current_list(ALL_OPEN)
    assert page.model.rowCount() == 1
    assert QApplication.focusWidget() is page.table


def test_without_a_plan_limit_the_list_holds_every_waiting_case(qtbot: QtBot, store: Store) -> None:
    # No limit is set (the default, brief §3.4): a case identified today is listed at once, the
    # tab says "waiting" and a hint says why; a limit typed by the office hides it again.
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    case_id = repo.open_case(SignalDraft(date(2026, 11, 19), "SCHOOL", "Хабар"), ctx, "admin")
    repo.identify(case_id, TODAY, ctx, "admin", family_id=make_family(store))
    runner = JobRunner()
    page = CasesPage(store, "admin", runner, today=lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    page.set_current_list(WITHOUT_PLAN)
    assert page.tab_bar.tabText(WITHOUT_PLAN) == "Waiting for a plan (1)"
    assert page.days_spin.text() == "no limit" and page.plan_days() is None
    assert page.plan_hint.isVisible()
    assert page.model.rowCount() == 1
    page.days_spin.setFocus()
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(page.refreshed):
        qtbot.keyClicks(focused(), "3")
        key(qtbot, Qt.Key.Key_Return)
    assert repo.plan_due_days() == 3
    assert page.tab_bar.tabText(WITHOUT_PLAN) == "Without a plan (0)"
    assert not page.plan_hint.isVisible()
    assert page.model.rowCount() == 0
    runner.wait(10_000)
