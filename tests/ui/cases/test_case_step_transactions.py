"""A refused step dialog writes nothing; fixed and saved again, it writes once (issue 7, 6)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.cases.dto import AssessmentDraft, SignalDraft
from models.cases.repository import CaseRepository
from models.cases.tables import ASSESSMENT_DOMAINS, SupportPlan
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.case_keys import alt, choose, focused, make_family, save, type_date
from tests.ui.questions import answer_questions
from ui.cases.case_step_dialogs import PlanDialog
from ui.cases.step_dialog import StepDialog

SCORES = dict.fromkeys(ASSESSMENT_DOMAINS, 3)


@pytest.fixture(autouse=True)
def _discard_on_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer "Discard" when qtbot closes a dialog with typed text (a real box would block)."""
    answer_questions(monkeypatch)


def plan_versions(store: Store, case_id: int) -> list[int]:
    with store.session() as s:
        stmt = select(SupportPlan.version).where(SupportPlan.case_id == case_id)
        return list(s.scalars(stmt.order_by(SupportPlan.version)))


def test_refused_plan_dialog_fixed_and_saved_again_gives_one_plan_version(
    qtbot: QtBot, store: Store
) -> None:
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    case_id = repo.open_case(SignalDraft(date(2026, 11, 2), "CONTACT_111", "Хабар"), ctx, "admin")
    repo.identify(case_id, date(2026, 11, 3), ctx, "admin", family_id=make_family(store))
    # The case screen was read while the case was at IDENTIFIED (03.11); meanwhile another
    # window recorded the assessment of 06.11. The dialog's own checks see only 03.11.
    stale = repo.get_case(case_id)
    repo.add_assessment(
        case_id, AssessmentDraft(date(2026, 11, 6), SCORES), ctx, "admin", advance=True
    )

    d = PlanDialog(store, "admin", stale, TODAY)
    qtbot.addWidget(d)
    d.show()
    assert QTest.qWaitForWindowExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    type_date(qtbot, "05112026")
    alt(qtbot, "y")
    choose(qtbot, "SOCIAL")
    alt(qtbot, "d")
    type_date(qtbot, "30112026")
    save(qtbot)

    # The store refuses the move to PLAN (before the assessment of 06.11): the dialog stays
    # open on the plan date, and no plan version was written.
    assert d.isVisible()
    qtbot.waitUntil(d.form.errors["drawn_up"].isVisible)
    assert focused() is d.form.fields["drawn_up"]
    assert plan_versions(store, case_id) == []
    assert repo.get_case(case_id).stage == "ASSESSMENT"

    type_date(qtbot, "09112026")
    with qtbot.waitSignal(d.finished, timeout=3000):
        save(qtbot)
    assert d.result() == StepDialog.DialogCode.Accepted
    case = repo.get_case(case_id)
    assert plan_versions(store, case_id) == [1]
    assert (case.stage, case.plan_date) == ("PLAN", date(2026, 11, 9))
    assert [(m.service_type, m.due_date) for m in case.plans[0].measures] == [
        ("SOCIAL", date(2026, 11, 30))
    ]
