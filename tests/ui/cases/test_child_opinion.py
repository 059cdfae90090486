"""The child's opinion in the plan and closure dialogs (issue 14, brief §3.2): a child aged 10 or
over without an opinion for the decision is named in a warning with a quick way to record it;
the warning goes once heard; a child who could not be heard shows with the reason; the plan is
written either way (a warning, never a block)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models.cases.dto import AssessmentDraft, SignalDraft
from models.cases.opinions import CLOSURE, PLAN, OpinionRepository
from models.cases.repository import CaseRepository
from models.cases.tables import ASSESSMENT_DOMAINS
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.case_keys import alt, choose, focused, make_family, save, type_date
from tests.ui.keys import type_text
from tests.ui.questions import answer_questions
from ui.cases.case_step_dialogs import PlanDialog
from ui.cases.closure_dialog import ClosureDialog
from ui.cases.opinion_dialog import ChildOpinionDialog
from ui.cases.step_dialog import StepDialog

#: The Kasymov son (tests/ui/case_keys.py), born 1 May 2012: 14 on TODAY.
SON = "Қасымов Нұрлан"


@pytest.fixture(autouse=True)
def _discard_on_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    answer_questions(monkeypatch)


@pytest.fixture
def case_id(store: Store) -> int:
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    cid = repo.open_case(SignalDraft(date(2026, 11, 2), "CONTACT_111", "Хабар"), ctx, "admin")
    repo.identify(cid, date(2026, 11, 3), ctx, "admin", family_id=make_family(store))
    scores = dict.fromkeys(ASSESSMENT_DOMAINS, 3)
    repo.add_assessment(cid, AssessmentDraft(date(2026, 11, 5), scores), ctx, "admin", advance=True)
    return cid


def show(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def open_opinion(qtbot: QtBot, dialog: PlanDialog | ClosureDialog) -> ChildOpinionDialog:
    """Open the opinion dialog of the (only) child missing an opinion, as its button does."""
    [child] = dialog.opinions.missing()
    assert dialog.opinions.buttons[child.person_id].isVisible()
    opinion = dialog.opinions.open_dialog(child)
    show(qtbot, opinion)
    return opinion


def test_a_fourteen_year_old_is_named_until_heard_then_the_plan_is_saved(
    qtbot: QtBot, store: Store, case_id: int
) -> None:
    d = PlanDialog(store, "admin", CaseRepository(store).get_case(case_id), TODAY)
    show(qtbot, d)
    assert d.opinions.isVisible()
    [warning] = d.opinions.warning_texts()
    assert warning.startswith(f"{SON} (14): the child's opinion on this decision is not recorded")

    opinion = open_opinion(qtbot, d)
    assert opinion.windowTitle() == f"Opinion of {SON}"
    assert focused() is opinion.opinion_form.heard_on_edit
    type_date(qtbot, "18112026")
    alt(qtbot, "o")
    type_text(focused(), "Үйде қалғым келеді")
    with qtbot.waitSignal(opinion.finished, timeout=3000):
        save(qtbot)
    assert opinion.result() == StepDialog.DialogCode.Accepted

    # The warning is gone; the line says when he was heard.
    assert d.opinions.missing() == [] and d.opinions.buttons == {}
    assert d.opinions.warning_texts() == [f"{SON}: opinion heard on 18.11.2026."]
    [row] = OpinionRepository(store).for_case(case_id)
    assert (row.decision, row.heard_on, row.opinion) == (
        PLAN,
        date(2026, 11, 18),
        "Үйде қалғым келеді",
    )

    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    d.plan_form.drawn_up_edit.setFocus()
    type_date(qtbot, "19112026")
    alt(qtbot, "y")
    choose(qtbot, "SOCIAL")
    alt(qtbot, "d")
    type_date(qtbot, "30112026")
    with qtbot.waitSignal(d.finished, timeout=3000):
        save(qtbot)
    assert CaseRepository(store).get_case(case_id).stage == "PLAN"


def test_the_warning_does_not_block_the_plan(qtbot: QtBot, store: Store, case_id: int) -> None:
    d = PlanDialog(store, "admin", CaseRepository(store).get_case(case_id), TODAY)
    show(qtbot, d)
    assert len(d.opinions.missing()) == 1
    d.plan_form.drawn_up_edit.setFocus()
    type_date(qtbot, "19112026")
    alt(qtbot, "y")
    choose(qtbot, "SOCIAL")
    alt(qtbot, "d")
    type_date(qtbot, "30112026")
    with qtbot.waitSignal(d.finished, timeout=3000):
        save(qtbot)
    assert CaseRepository(store).get_case(case_id).stage == "PLAN"
    assert OpinionRepository(store).for_case(case_id) == []


def test_the_panel_follows_the_decisions_date(qtbot: QtBot, store: Store, case_id: int) -> None:
    d = PlanDialog(store, "admin", CaseRepository(store).get_case(case_id), TODAY)
    show(qtbot, d)
    d.plan_form.drawn_up_edit.setFocus()
    # On 30 April 2022 the son was 9: no opinion needed for a decision of that day.
    type_date(qtbot, "30042022")
    assert d.opinions.missing() == [] and not d.opinions.isVisible()
    type_date(qtbot, "19112026")
    assert len(d.opinions.missing()) == 1 and d.opinions.isVisible()


def test_a_child_who_could_not_be_heard_shows_with_the_reason_and_no_warning(
    qtbot: QtBot, store: Store, case_id: int
) -> None:
    d = ClosureDialog(store, "admin", CaseRepository(store).get_case(case_id), TODAY)
    show(qtbot, d)
    opinion = open_opinion(qtbot, d)
    # Neither heard nor a reason: refused, nothing written.
    alt(qtbot, "n")
    qtbot.waitUntil(opinion.opinion_form.not_heard_check.isChecked)
    assert not opinion.opinion_form.heard_on_edit.isEnabled()
    save(qtbot)
    assert opinion.isVisible()
    assert opinion.opinion_form.errors["not_heard_reason"].text() == "This field is required."
    assert OpinionRepository(store).for_case(case_id) == []
    alt(qtbot, "r")
    type_text(focused(), "Ауруханада жатыр")
    with qtbot.waitSignal(opinion.finished, timeout=3000):
        save(qtbot)
    assert d.opinions.missing() == []
    assert d.opinions.warning_texts() == [f"{SON} could not be heard: Ауруханада жатыр"]
    [row] = OpinionRepository(store).for_case(case_id)
    assert (row.decision, row.heard_on, row.not_heard_reason) == (
        CLOSURE,
        None,
        "Ауруханада жатыр",
    )


def test_a_child_not_yet_ten_is_not_listed(qtbot: QtBot, store: Store) -> None:
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    cid = repo.open_case(SignalDraft(date(2026, 11, 2), "CONTACT_111", "Хабар"), ctx, "admin")
    d = ClosureDialog(store, "admin", repo.get_case(cid), TODAY)
    show(qtbot, d)
    # A case without a family has no child to hear.
    assert not d.opinions.isVisible() and d.opinions.to_hear == []
