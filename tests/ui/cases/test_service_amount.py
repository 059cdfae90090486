"""A service's amount typed in МРП and shown in tenge of the delivery year (issue 14, §3.8)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from models.cases.dto import ServiceDraft, SignalDraft
from models.cases.repository import CaseRepository
from models.families.money import MoneyRepository
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.cases.test_case_steps import dump
from tests.ui.case_keys import alt, choose, focused, make_family, open_case_dialog, save, type_date
from tests.ui.questions import answer_questions
from ui.cases.case_step_dialogs import ServiceDialog
from ui.cases.case_summary import case_summary_html
from ui.cases.service_form import ServiceForm
from ui.cases.step_dialog import StepDialog

NB = "\u00a0"
OLD = ServiceDraft("MATERIAL", date(2026, 11, 4), "Аудан әкімдігі", amount=Decimal("25000"))


@pytest.fixture(autouse=True)
def _discard_on_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    answer_questions(monkeypatch)


def _case(store: Store) -> int:
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    cid = repo.open_case(SignalDraft(date(2026, 11, 2), "CONTACT_111", "Хабар"), ctx, "admin")
    repo.identify(cid, date(2026, 11, 3), ctx, "admin", family_id=make_family(store))
    return cid


def _dialog(qtbot: QtBot, store: Store, cid: int) -> ServiceDialog:
    d = ServiceDialog(store, "admin", CaseRepository(store).get_case(cid), TODAY)
    qtbot.addWidget(d)
    d.show()
    assert QTest.qWaitForWindowExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    return d


def test_the_amount_in_mrp_shows_its_tenge_live_and_is_saved(qtbot: QtBot, store: Store) -> None:
    cid = _case(store)
    d = _dialog(qtbot, store, cid)
    form = d.service_form
    alt(qtbot, "y")
    choose(qtbot, "SOCIAL")
    alt(qtbot, "a")
    assert focused() is form.amount_edit
    qtbot.keyClicks(focused(), "10")
    # 10 МРП × 4 325 tenge (2026) = 43 250 tenge.
    assert form.tenge_label.text() == f"= 43{NB}250 ₸ at the МРП of 2026, 4{NB}325 ₸"
    assert form.tenge_label.isVisibleTo(form)

    alt(qtbot, "o")
    type_date(qtbot, "01102019")
    assert form.tenge_label.text() == "No МРП for 2019: ask an administrator to add it."
    type_date(qtbot, "05112026")
    assert "43" + NB + "250" in form.tenge_label.text()

    with qtbot.waitSignal(d.finished, timeout=3000):
        save(qtbot)
    assert d.result() == StepDialog.DialogCode.Accepted
    [svc] = CaseRepository(store).get_case(cid).services
    assert (svc.service_type, svc.delivered_on, svc.amount_mrp, svc.amount) == (
        "SOCIAL",
        date(2026, 11, 5),
        Decimal("10.00"),
        None,
    )


def test_an_amount_with_three_decimals_is_refused_and_nothing_written(
    qtbot: QtBot, store: Store
) -> None:
    cid = _case(store)
    before = dump(store)
    d = _dialog(qtbot, store, cid)
    alt(qtbot, "y")
    choose(qtbot, "SOCIAL")
    alt(qtbot, "a")
    qtbot.keyClicks(focused(), "1,005")
    assert d.service_form.tenge_label.text() == ""
    save(qtbot)
    assert d.isVisible()
    qtbot.waitUntil(d.service_form.errors["amount_mrp"].isVisible)
    assert "МРП" in d.service_form.errors["amount_mrp"].text()
    assert dump(store) == before


def test_an_old_tenge_amount_shows_read_only_as_entered(qtbot: QtBot, store: Store) -> None:
    rates = MoneyRepository(store).mrp_rates()
    form = ServiceForm(ReferenceRepository(store).code_labels("service_types"), TODAY, rates)
    qtbot.addWidget(form)
    assert not form.entered_label.isVisibleTo(form)
    form.load(OLD)
    assert form.entered_label.isVisibleTo(form)
    assert form.entered_label.text() == f"25{NB}000 ₸ as entered"
    assert (form.amount_edit.text(), form.tenge_label.text()) == ("", "")
    form.load(replace(OLD, amount_mrp=Decimal("2.5")))
    assert not form.entered_label.isVisibleTo(form)
    assert form.amount_edit.text() == "2,5"


def test_the_case_card_and_the_summary_show_mrp_and_tenge(qtbot: QtBot, store: Store) -> None:
    cid = _case(store)
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    repo.add_service(cid, OLD, ctx, "admin")
    new = ServiceDraft("SOCIAL", date(2026, 11, 5), "Әкімдік", amount_mrp=Decimal("10"))
    repo.add_service(cid, new, ctx, "admin")

    dialog = open_case_dialog(qtbot, store, cid)
    table = dialog.service_table
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == [
        f"25{NB}000 ₸ as entered",
        f"10 МРП = 43{NB}250 ₸",
    ]

    kk = case_summary_html(store, cid, "kk", today=TODAY)
    assert "Сомасы, АЕК" in kk and "Сомасы, теңге" in kk
    assert f'<td align="right">10</td><td align="right">43{NB}250</td>' in kk
    assert f"25{NB}000 (енгізілгендей)" in kk

    MoneyRepository(store).set_mrp(2026, None)
    ru = case_summary_html(store, cid, "ru", today=TODAY)
    assert "Сумма, МРП" in ru and "нет МРП за 2026 год" in ru
