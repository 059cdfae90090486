"""The case screen by keyboard: signal -> ... -> closure -> reopening, refusals, Esc."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models.cases.repository import CaseRepository
from models.cases.rules import ASSESSMENT, CLOSED, IDENTIFIED, REOPENED, is_restricted
from models.cases.tables import Case, SupportPlan, Visit
from models.issues import Issue
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.case_keys import (
    alt,
    choose,
    focused,
    key,
    make_family,
    open_case_dialog,
    save,
    save_step,
    step,
    type_date,
)
from tests.ui.keys import type_text
from tests.ui.questions import answer_questions
from ui.cases.case_dialog import CaseDialog
from ui.messages import issue_text


@pytest.fixture(autouse=True)
def _discard_on_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer "Discard" when qtbot closes a dialog with typed text (a real box would block)."""
    answer_questions(monkeypatch)


DESCRIPTION = "Мектеп хабарлады: бала сабаққа екі апта келмеді"


def count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def register_signal(qtbot: QtBot, dialog: CaseDialog) -> int:
    """Type the signal of 02.11.2026 from the 111 contact centre and register it."""
    assert focused() is dialog.signal_form.date_edit
    type_date(qtbot, "02112026")
    alt(qtbot, "s")
    choose(qtbot, "CONTACT_111")
    alt(qtbot, "t")
    type_text(focused(), DESCRIPTION)
    with qtbot.waitSignal(dialog.saved) as blocker:
        save(qtbot)
    return int(blocker.args[0])


def test_case_from_signal_to_closure_and_reopening_by_keyboard(qtbot: QtBot, store: Store) -> None:
    repo = CaseRepository(store)
    family_id = make_family(store)
    dialog = open_case_dialog(qtbot, store)

    # -- signal -------------------------------------------------------------------------------
    case_id = register_signal(qtbot, dialog)
    case = repo.get_case(case_id)
    assert case.stage == "SIGNAL" and case.number == "113200000-2026-00001"
    assert case.signal.signal_date == date(2026, 11, 2)
    assert case.signal.source == "CONTACT_111" and case.signal.description == DESCRIPTION
    assert case.worker_login == "admin" and case.family_id is None
    assert dialog.number_label.text().endswith(case.number)
    # Only the allowed next stages are offered; another stage's mnemonic opens nothing.
    assert set(dialog.stage_buttons) == {IDENTIFIED, CLOSED}
    alt(qtbot, "p")
    alt(qtbot, "a")
    assert dialog.step_dialog is None

    # -- identified: the household is found by the mother's IIN prefix ------------------------
    d = step(qtbot, dialog, "i")
    type_date(qtbot, "03112026")
    alt(qtbot, "f")
    qtbot.keyClicks(focused(), "9203024")
    save_step(qtbot, d)
    case = repo.get_case(case_id)
    assert (case.stage, case.family_id) == (IDENTIFIED, family_id)
    assert case.identified_date == date(2026, 11, 3)

    # -- needs assessment ----------------------------------------------------------------------
    d = step(qtbot, dialog, "a")
    type_date(qtbot, "05112026")
    alt(qtbot, "f")  # safety
    for _ in range(4):
        key(qtbot, Qt.Key.Key_Up)
    alt(qtbot, "h")  # health
    for _ in range(2):
        key(qtbot, Qt.Key.Key_Up)
    alt(qtbot, "m")
    type_text(focused(), "Баланың қауіпсіздігі басым")
    save_step(qtbot, d)
    case = repo.get_case(case_id)
    assert case.stage == ASSESSMENT and case.assessment_date == date(2026, 11, 5)
    assert [a.scores for a in case.assessments] == [{"SAFETY": 4, "HEALTH": 2}]
    assert dialog.assessment_table.rowCount() == 1

    # -- plan: a measure without a due date is refused, then fixed ---------------------------
    d = step(qtbot, dialog, "p")
    type_date(qtbot, "09112026")
    alt(qtbot, "y")
    choose(qtbot, "SOCIAL")
    alt(qtbot, "a")
    type_text(focused(), "Аудандық білім бөлімі")
    save(qtbot)
    assert d.isVisible()
    due_error = d.form.errors["measure.due_date"]
    assert due_error.isVisible()
    assert due_error.text() == issue_text(Issue("measure.due_date", "measure_without_due_date"))
    assert focused() is d.form.fields["measure.due_date"]
    assert count(store, SupportPlan) == 0 and repo.get_case(case_id).stage == ASSESSMENT
    type_date(qtbot, "30112026")
    save_step(qtbot, d)
    case = repo.get_case(case_id)
    assert case.stage == "PLAN" and case.plan_date == date(2026, 11, 9)
    (plan,) = case.plans
    (measure,) = plan.measures
    assert (measure.service_type, measure.agency, measure.due_date, measure.status) == (
        "SOCIAL",
        "Аудандық білім бөлімі",
        date(2026, 11, 30),
        "PLANNED",
    )

    # -- accompaniment -------------------------------------------------------------------------
    d = step(qtbot, dialog, "c")
    type_date(qtbot, "10112026")
    save_step(qtbot, d)
    assert repo.get_case(case_id).stage == "ACCOMPANIMENT"

    # -- a visit: before the signal is refused, then the real one ----------------------------
    d = step(qtbot, dialog, "v")
    type_date(qtbot, "01112026")
    save(qtbot)
    assert d.isVisible() and count(store, Visit) == 0
    error = d.form.errors["visit_date"]
    assert (
        error.isVisible()
        and "02.11.2026" not in ("",)
        and error.text()
        == issue_text(
            Issue("visit_date", "visit_before_signal", {"signal_date": date(2026, 11, 2)})
        )
    )
    assert focused() is d.form.fields["visit_date"]
    type_date(qtbot, "12112026")
    alt(qtbot, "y")
    choose(qtbot, "HOME")
    alt(qtbot, "c")
    choose(qtbot, "yes")
    alt(qtbot, "f")
    type_text(focused(), "Бала үйде, сабаққа барады")
    alt(qtbot, "n")
    type_date(qtbot, "21112026")
    save_step(qtbot, d)
    case = repo.get_case(case_id)
    (visit,) = case.visits
    assert (visit.visit_date, visit.kind, visit.child_seen, visit.next_due) == (
        date(2026, 11, 12),
        "HOME",
        True,
        date(2026, 11, 21),
    )
    assert case.next_follow_up == date(2026, 11, 21)

    # -- a service -----------------------------------------------------------------------------
    d = step(qtbot, dialog, "e")
    choose(qtbot, "PSYCHOLOGICAL")
    alt(qtbot, "o")
    type_date(qtbot, "13112026")
    alt(qtbot, "p")
    type_text(focused(), "Отбасын қолдау орталығы")
    save_step(qtbot, d)
    (service,) = repo.get_case(case_id).services
    assert (service.service_type, service.delivered_on, service.provider) == (
        "PSYCHOLOGICAL",
        date(2026, 11, 13),
        "Отбасын қолдау орталығы",
    )

    # -- risk factors: one ordinary, one restricted (marked on this screen) ---------------------
    alt(qtbot, "k")
    assert focused() is dialog.risk_list
    codes = [
        dialog.risk_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(dialog.risk_list.count())
    ]
    key(qtbot, Qt.Key.Key_Space)  # the first factor
    for _ in range(codes.index("SUICIDE_RISK")):
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    marked = dialog.risk_list.item(codes.index("SUICIDE_RISK")).text()
    assert "restricted" in marked and is_restricted("SUICIDE_RISK")
    with qtbot.waitSignal(dialog.saved):
        save(qtbot)
    assert {r.code for r in repo.get_case(case_id).risk_factors} == {codes[0], "SUICIDE_RISK"}

    # -- closure: before the signal is refused, then closed -----------------------------------
    d = step(qtbot, dialog, "l")
    type_date(qtbot, "01112026")
    alt(qtbot, "r")
    choose(qtbot, "GOALS_ACHIEVED")
    save(qtbot)
    assert d.isVisible()
    assert d.form.errors["closed_date"].text() == issue_text(
        Issue("closed_date", "closure_before_signal", {"signal_date": date(2026, 11, 2)})
    )
    assert repo.get_case(case_id).stage == "ACCOMPANIMENT"
    assert focused() is d.form.fields["closed_date"]
    type_date(qtbot, "19112026")
    alt(qtbot, "o")
    type_text(focused(), "Бала мектепке қайта оралды")
    save_step(qtbot, d)
    case = repo.get_case(case_id)
    assert case.stage == CLOSED and case.closure is not None
    assert (case.closure.closed_date, case.closure.reason) == (
        date(2026, 11, 19),
        "GOALS_ACHIEVED",
    )
    assert set(dialog.stage_buttons) == {REOPENED}
    assert dialog.visit_button.isHidden() and dialog.service_button.isHidden()

    # -- reopening with a reason --------------------------------------------------------------
    d = step(qtbot, dialog, "r")
    type_date(qtbot, "20112026")
    alt(qtbot, "r")
    type_text(focused(), "Мектеп қайта хабарлады")
    save_step(qtbot, d)
    case = repo.get_case(case_id)
    assert case.stage == REOPENED and case.reopened_date == TODAY
    assert case.closure is None
    assert [e.to_stage for e in case.events if e.kind == "stage"] == [
        "SIGNAL",
        "IDENTIFIED",
        "ASSESSMENT",
        "PLAN",
        "ACCOMPANIMENT",
        "CLOSED",
        "REOPENED",
    ]
    assert set(dialog.stage_buttons) == {ASSESSMENT, CLOSED}
    assert dialog.history_table.rowCount() == 7
    assert dialog.history_table.item(6, 3).text() == "Мектеп қайта хабарлады"
    assert dialog.stage_bar.current == REOPENED

    # Nothing unsaved: Esc closes at once.
    with qtbot.waitSignal(dialog.finished):
        key(qtbot, Qt.Key.Key_Escape)


def test_signal_without_description_is_refused(qtbot: QtBot, store: Store) -> None:
    dialog = open_case_dialog(qtbot, store)
    type_date(qtbot, "02112026")
    alt(qtbot, "s")
    choose(qtbot, "CONTACT_111")
    save(qtbot)
    assert dialog.isVisible() and dialog.case_id is None
    assert count(store, Case) == 0
    error = dialog.signal_form.errors["description"]
    assert error.isVisible() and error.text() == issue_text(Issue("description", "required"))
    assert focused() is dialog.signal_form.description_edit


def test_signal_in_the_future_is_refused(qtbot: QtBot, store: Store) -> None:
    dialog = open_case_dialog(qtbot, store)
    type_date(qtbot, "21112026")
    alt(qtbot, "s")
    choose(qtbot, "QR_111")
    alt(qtbot, "t")
    qtbot.keyClicks(focused(), "Pupil used the QR code")
    save(qtbot)
    assert count(store, Case) == 0
    assert dialog.signal_form.errors["signal_date"].text() == issue_text(
        Issue("signal_date", "date_in_future")
    )


@pytest.mark.parametrize("closed", [False, True])
def test_escape_asks_before_dropping_a_typed_signal(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, closed: bool
) -> None:
    questions = answer_questions(monkeypatch, closed)
    dialog = open_case_dialog(qtbot, store)
    alt(qtbot, "t")
    qtbot.keyClicks(focused(), "Neighbour called")
    key(qtbot, Qt.Key.Key_Escape)
    assert len(questions.asked) == 1
    assert questions.asked[0].no == questions.asked[0].default == "Continue editing"
    assert dialog.isVisible() is not closed
    assert count(store, Case) == 0


def test_step_dialog_escape_asks_when_something_was_typed(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = answer_questions(monkeypatch, False, True)
    dialog = open_case_dialog(qtbot, store)
    register_signal(qtbot, dialog)
    d = step(qtbot, dialog, "l")
    alt(qtbot, "o")
    qtbot.keyClicks(focused(), "Moved away")
    key(qtbot, Qt.Key.Key_Escape)
    assert d.isVisible() and len(questions.asked) == 1  # Continue editing: still open
    key(qtbot, Qt.Key.Key_Escape)
    assert not d.isVisible() and len(questions.asked) == 2
    assert repo_stage(store, dialog) == "SIGNAL"


def repo_stage(store: Store, dialog: CaseDialog) -> str:
    assert dialog.case_id is not None
    return CaseRepository(store).get_case(dialog.case_id).stage


def test_identify_without_a_family_is_refused(qtbot: QtBot, store: Store) -> None:
    dialog = open_case_dialog(qtbot, store)
    register_signal(qtbot, dialog)
    d = step(qtbot, dialog, "i")
    save(qtbot)
    assert d.isVisible() and repo_stage(store, dialog) == "SIGNAL"
    assert d.form.errors["family"].text() == issue_text(Issue("family", "family_required"))


def case_at(store: Store, stage: str) -> int:
    """Prepare a case at ``stage`` through the repository (dates in November 2026)."""
    from models.cases.dto import ClosureDraft, MeasureDraft, PlanDraft, SignalDraft

    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    case_id = repo.open_case(SignalDraft(date(2026, 11, 2), "CONTACT_111", "Хабар"), ctx, "admin")
    path = ["IDENTIFIED", "ASSESSMENT", "PLAN", "ACCOMPANIMENT"]
    if stage in ("SIGNAL",):
        return case_id
    if stage in ("CLOSED", "REOPENED"):
        repo.close(case_id, ClosureDraft(date(2026, 11, 4), "SIGNAL_NOT_CONFIRMED"), ctx, "admin")
        if stage == "REOPENED":
            repo.reopen(case_id, date(2026, 11, 6), "Қайта хабар", ctx, "admin")
        return case_id
    repo.set_family(case_id, make_family(store), "admin")
    for i, target in enumerate(path[: path.index(stage) + 1]):
        if target == "PLAN":
            plan = PlanDraft(date(2026, 11, 5), (MeasureDraft("SOCIAL", date(2026, 11, 30)),))
            repo.save_plan(case_id, plan, ctx, "admin")
        repo.transition(case_id, target, date(2026, 11, 3 + i), ctx, "admin")
    return case_id


@pytest.mark.parametrize(
    ("stage", "offered"),
    [
        ("SIGNAL", {"IDENTIFIED", "CLOSED"}),
        ("IDENTIFIED", {"ASSESSMENT", "CLOSED"}),
        ("ASSESSMENT", {"PLAN", "CLOSED"}),
        ("PLAN", {"ACCOMPANIMENT", "CLOSED"}),
        ("ACCOMPANIMENT", {"CLOSED"}),
        ("CLOSED", {"REOPENED"}),
        ("REOPENED", {"ASSESSMENT", "CLOSED"}),
    ],
)
def test_only_allowed_transitions_are_offered(
    qtbot: QtBot, store: Store, stage: str, offered: set[str]
) -> None:
    case_id = case_at(store, stage)
    dialog = open_case_dialog(qtbot, store, case_id)
    assert dialog.case is not None and dialog.case.stage == stage
    assert set(dialog.stage_buttons) == offered
    assert all(b.isVisible() for b in dialog.stage_buttons.values())
    assert dialog.stage_bar.current == stage
    with pytest.raises(ValueError, match="not offered"):
        dialog.open_stage_dialog("PLAN" if stage != "ASSESSMENT" else "ACCOMPANIMENT")
    assert dialog.step_dialog is None


def test_plan_with_two_measures_added_by_keyboard(qtbot: QtBot, store: Store) -> None:
    case_id = case_at(store, "ASSESSMENT")
    dialog = open_case_dialog(qtbot, store, case_id)
    d = step(qtbot, dialog, "p")
    type_date(qtbot, "09112026")
    # "Add measure" without a due date is refused as well.
    alt(qtbot, "y")
    choose(qtbot, "MEDICAL")
    # A button's mnemonic clicks it after a short animation: wait for the result.
    alt(qtbot, "m")
    qtbot.waitUntil(d.form.errors["measure.due_date"].isVisible)
    assert focused() is d.form.fields["measure.due_date"]
    assert d.form.fields["measures"].count() == 0
    type_date(qtbot, "20112026")
    alt(qtbot, "m")
    qtbot.waitUntil(lambda: d.form.fields["measures"].count() == 1)
    assert focused() is d.form.fields["measure.service_type"]
    choose(qtbot, "PEDAGOGICAL")
    alt(qtbot, "a")
    type_text(focused(), "№2 мектеп")
    alt(qtbot, "d")
    type_date(qtbot, "01122026")
    save_step(qtbot, d)
    case = CaseRepository(store).get_case(case_id)
    assert case.stage == "PLAN"
    assert [(m.service_type, m.agency, m.due_date) for m in case.plans[0].measures] == [
        ("MEDICAL", "", date(2026, 11, 20)),
        ("PEDAGOGICAL", "№2 мектеп", date(2026, 12, 1)),
    ]
    assert dialog.plan_table.rowCount() == 2
