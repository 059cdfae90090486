"""Recording adaptation done: by keyboard, refused dates, passports needing none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from models.issues import Issue
from models.objects.accessibility import level_of_status
from models.objects.context import validation_context
from models.objects.dto import ObjectDraft, PassportDraft
from models.objects.repository import ObjectRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.keys import type_text
from tests.ui.questions import Answers, answer_questions
from ui.messages import issue_text
from ui.objects.adaptation_dialog import AdaptationDialog, parse_amount


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Close without saving when asked (a modal box would block teardown); record the questions."""
    return answer_questions(monkeypatch)


STATUSES = {"K": "VND", "O": "DP_I", "S": "DP_I", "G": "DP_I", "U": "DP_I"}
PASSPORT_DATE = date(2026, 3, 12)


def make_passport(store: Store, requires: bool) -> int:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    object_id = repo.save(
        ObjectDraft(name="Ақкөл орта мектебі", object_type="EDU_SCHOOL", kato="113220100"),
        ctx,
        "admin",
    )
    suggested = {c: str(level_of_status(s)) for c, s in STATUSES.items()}
    return repo.save_passport(
        object_id,
        PassportDraft(
            inspection_date=date(2026, 3, 1),
            passport_date=PASSPORT_DATE,
            statuses=STATUSES,
            suggested=suggested,
            requires_adaptation=requires,
        ),
        ctx,
        "admin",
    )


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def open_dialog(qtbot: QtBot, store: Store, passport_id: int) -> AdaptationDialog:
    dialog = AdaptationDialog(store, "admin", passport_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.activateWindow()
    return dialog


def ctrl_s(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_record_adaptation_by_keyboard(qtbot: QtBot, store: Store) -> None:
    passport_id = make_passport(store, requires=True)
    dialog = open_dialog(qtbot, store, passport_id)
    assert dialog.object_label.text() == "Ақкөл орта мектебі"
    assert dialog.passport_label.text() == "Passport version 1 of 12.03.2026"
    assert dialog.requirement_label.text() == "Requires adaptation: yes"
    assert dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date_edit)
    qtbot.keyClicks(focused(), "15102026")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.cost_edit
    qtbot.keyClicks(focused(), "1 250 000,50")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.service_edit
    type_text(focused(), "Үйде қызмет көрсету")
    with qtbot.waitSignal(dialog.saved) as saved:
        ctrl_s(qtbot)
    assert saved.args == [passport_id]
    got = ObjectRepository(store).get_passport(passport_id)
    assert got.adapted_date == date(2026, 10, 15)
    assert got.adaptation_cost == Decimal("1250000.50")
    assert got.alternative_service == "Үйде қызмет көрсету"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("21112026", "date_in_future"),  # TODAY + 1
        ("11032026", "adapted_before_passport"),  # the day before the passport
        ("31022026", "date_format"),
        ("", "required"),
    ],
)
def test_bad_date_is_refused(qtbot: QtBot, store: Store, typed: str, code: str) -> None:
    passport_id = make_passport(store, requires=True)
    dialog = open_dialog(qtbot, store, passport_id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date_edit)
    qtbot.keyClicks(focused(), typed)
    with qtbot.assertNotEmitted(dialog.saved):
        ctrl_s(qtbot)
    assert dialog.isVisible()
    assert dialog.errors["adapted_date"].text() == issue_text(Issue("adapted_date", code))
    assert focused() is dialog.date_edit
    assert ObjectRepository(store).get_passport(passport_id).adapted_date is None


def test_passport_date_is_accepted_and_bad_cost_refused(qtbot: QtBot, store: Store) -> None:
    passport_id = make_passport(store, requires=True)
    dialog = open_dialog(qtbot, store, passport_id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date_edit)
    qtbot.keyClicks(focused(), "12032026")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "12,345")
    assert dialog.errors["adaptation_cost"].text() == issue_text(
        Issue("adaptation_cost", "amount_format")
    )
    with qtbot.assertNotEmitted(dialog.saved):
        ctrl_s(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    with qtbot.waitSignal(dialog.saved):
        ctrl_s(qtbot)
    got = ObjectRepository(store).get_passport(passport_id)
    assert got.adapted_date == PASSPORT_DATE
    assert got.adaptation_cost == Decimal("12.34")


def test_passport_without_requirement_explains_and_does_not_save(
    qtbot: QtBot, store: Store
) -> None:
    passport_id = make_passport(store, requires=False)
    dialog = open_dialog(qtbot, store, passport_id)
    assert dialog.requirement_label.text() == "Requires adaptation: no"
    assert "needs no adaptation" in dialog.explain_label.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.date_edit.isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    with qtbot.assertNotEmitted(dialog.saved):
        ctrl_s(qtbot)
    assert dialog.isVisible()
    assert ObjectRepository(store).get_passport(passport_id).adapted_date is None


def test_existing_adaptation_is_shown_for_correction(qtbot: QtBot, store: Store) -> None:
    passport_id = make_passport(store, requires=True)
    ctx = validation_context(store, TODAY)
    ObjectRepository(store).record_adaptation(
        passport_id, date(2026, 5, 4), ctx, "admin", Decimal("1500.5"), alternative_service="x"
    )
    dialog = open_dialog(qtbot, store, passport_id)
    assert dialog.date_edit.value() == date(2026, 5, 4)
    assert parse_amount(dialog.cost_edit.text()) == Decimal("1500.50")
    assert dialog.service_edit.toPlainText() == "x"
    assert "04.05.2026" in dialog.explain_label.text()


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("", None),
        ("1 250 000,50", Decimal("1250000.50")),
        ("7.5", Decimal("7.5")),
        ("1\u00a0000", Decimal("1000")),
    ],
)
def test_parse_amount(text: str, amount: Decimal | None) -> None:
    assert parse_amount(text) == amount


@pytest.mark.parametrize("text", ["1,2,3", "1.234", ","])
def test_parse_amount_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)
