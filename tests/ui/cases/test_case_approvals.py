"""Approvals on screen and on paper (issue 8): the case card marks what awaits approval and
offers "Approve now" (Alt+N) to a supervisor only; the Cases page has the supervisors' "Awaiting
approval" list with its count; the printed summary shows who approved and when.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models.cases.approvals import approve_closure, approve_plan
from models.cases.dto import ClosureDraft, MeasureDraft, PlanDraft, SignalDraft
from models.cases.repository import CaseRepository
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY
from tests.models.cases.test_case_steps import dump
from tests.ui.case_keys import alt, make_family
from tests.ui.questions import answer_questions
from ui.cases.case_dialog import CaseDialog
from ui.cases.case_summary import case_summary_html
from ui.cases.page import AWAITING_APPROVAL, CasesPage
from ui.workers import JobRunner

APPROVED_ON = date(2026, 10, 12)


def planned_case(store: Store) -> int:
    """Aigerim's case with a support plan of 06.10.2026, not yet approved."""
    family_id = make_family(store)
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    signal = SignalDraft(
        date(2026, 10, 1), "SCHOOL", "Мектеп хабарлады", worker_login="aigerim", family_id=family_id
    )
    case_id = repo.open_case(signal, ctx, "admin")
    repo.transition(case_id, "IDENTIFIED", date(2026, 10, 2), ctx, "aigerim")
    repo.transition(case_id, "ASSESSMENT", date(2026, 10, 5), ctx, "aigerim")
    plan = PlanDraft(date(2026, 10, 6), (MeasureDraft("SOCIAL", date(2026, 10, 30)),))
    repo.save_plan(case_id, plan, ctx, "aigerim", advance=True)
    return case_id


def show_card(qtbot: QtBot, store: Store, login: str, case_id: int) -> CaseDialog:
    dialog = CaseDialog(store, login, case_id, today=lambda: APPROVED_ON)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_supervisor_approves_the_plan_from_the_card_warned_of_an_unheard_child(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = planned_case(store)
    supervisor = as_role(store, "bolat", "supervisor")
    dialog = show_card(qtbot, supervisor, "bolat", case_id)
    assert dialog.approval_label.text() == "Awaiting approval: support plan"
    assert dialog.approve_button.isVisible()
    assert dialog.approve_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # The son (14) was not heard about the plan: the supervisor is warned, and going back
    # approves nothing (brief §3.2: a warning, never a block).
    answers = answer_questions(monkeypatch, False, then=True)
    before = dump(store)
    dialog.approve_button.click()
    assert dump(store) == before
    (asked,) = answers.asked
    assert "Нұрлан" in asked.text and asked.default == "Go back"
    with qtbot.waitSignal(dialog.saved):
        dialog.approve_button.click()
    assert len(answers.asked) == 2
    plan = CaseRepository(store).get_case(case_id).plans[-1]
    assert (plan.approved_by, plan.approved_date) == ("bolat", APPROVED_ON)
    assert dialog.approval_label.text() == "Support plan approved by bolat on 12.10.2026"
    assert not dialog.approve_button.isVisible()
    # Nothing awaits any more: Alt+N approves nothing a second time.
    before = dump(store)
    alt(qtbot, "n")
    assert dump(store) == before


def test_a_specialist_sees_the_mark_but_no_approve_button(qtbot: QtBot, store: Store) -> None:
    case_id = planned_case(store)
    specialist = as_role(store, "aigerim", "specialist")
    dialog = show_card(qtbot, specialist, "aigerim", case_id)
    assert dialog.approval_label.text() == "Awaiting approval: support plan"
    assert not dialog.approve_button.isVisible()
    assert not dialog.may_approve()
    # Called anyway (a button is never the only guard): the repository refuses, nothing changes.
    before = dump(store)
    dialog.approve_pending()
    assert dialog.summary_label.text() == (
        "Your role (specialist) does not allow this: nothing was changed. Ask your supervisor "
        "or administrator."
    )
    assert dump(store) == before


def _awaiting_tab(page: CasesPage) -> tuple[bool, str]:
    return page.tab_bar.isTabVisible(AWAITING_APPROVAL), page.tab_bar.tabText(AWAITING_APPROVAL)


def test_the_awaiting_approval_list_is_the_supervisors(qtbot: QtBot, store: Store) -> None:
    case_id = planned_case(store)
    number = CaseRepository(store).case_number(case_id)
    pages = {}
    for login, role in (("bolat", "supervisor"), ("aigerim", "specialist")):
        page = CasesPage(as_role(store, login, role), login, JobRunner(), today=lambda: TODAY)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.refreshed, timeout=10_000):
            page.show()
        pages[role] = page
    supervisor, specialist = pages["supervisor"], pages["specialist"]
    visible, title = _awaiting_tab(supervisor)
    assert visible and re.search(r"\((\d+)\)", title).group(1) == "1"  # type: ignore[union-attr]
    supervisor.set_current_list(AWAITING_APPROVAL)
    assert supervisor.model.rowCount() == 1
    assert supervisor.model.index(0, 0).data() == number
    assert not _awaiting_tab(specialist)[0]
    assert not specialist.days_spin.isEnabled()
    assert supervisor.days_spin.isEnabled()

    approve_plan(store, case_id, "bolat", APPROVED_ON)
    with qtbot.waitSignal(supervisor.refreshed, timeout=10_000):
        supervisor.refresh()
    assert _awaiting_tab(supervisor)[1].endswith("(0)")


def test_the_printed_summary_shows_who_approved(store: Store) -> None:
    case_id = planned_case(store)
    text = case_summary_html(store, case_id, "ru", today=TODAY)
    assert "версия 1 от 06.10.2026; ожидает утверждения" in text
    approve_plan(store, case_id, "bolat", APPROVED_ON)
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    repo.close(case_id, ClosureDraft(date(2026, 11, 2), "GOALS_ACHIEVED"), ctx, "aigerim")
    text = case_summary_html(store, case_id, "ru", today=TODAY)
    assert "версия 1 от 06.10.2026; утвердил: bolat, 12.10.2026" in text
    assert "ожидает утверждения" in text  # the closure, in its row
    approve_closure(store, case_id, "bolat", date(2026, 11, 3))
    text = case_summary_html(store, case_id, "kk", today=TODAY)
    assert "бекіткен: bolat, 03.11.2026" in text
    assert "бекітуді күтуде" not in text
