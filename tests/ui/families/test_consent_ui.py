"""Consent in the family dialog (brief §6, issue 14): scope, term and withdrawal typed in the
form are stored; a withdrawn family opens with the banner, a change of its address is refused in
words and nothing is written; a consent given again lifts the banner; the case card says it too."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.cases.dto import SignalDraft
from models.cases.repository import CaseRepository
from models.families.repository import FamilyRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.families.test_family_repository import FAMILY
from tests.store_templates import table_counts
from tests.ui.families.test_family_dialog import open_family
from tests.ui.questions import Answers, answer_questions
from ui.cases.case_dialog import CaseDialog


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_questions(monkeypatch)


def _type_date(qtbot: QtBot, widget: object, digits: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, digits)


def test_withdrawal_banner_refusal_and_consent_given_again(qtbot: QtBot, store: Store) -> None:
    repo = FamilyRepository(store)
    fid = repo.save_family(FAMILY, repo.context(TODAY), "admin")
    dialog = open_family(qtbot, store, fid)
    assert dialog.consent_banner.isHidden()
    form = dialog.form
    form.consent_scope_edit.setFocus()
    qtbot.keyClicks(form.consent_scope_edit, "support plan, school and clinic")
    _type_date(qtbot, form.consent_until_edit, "31122027")
    _type_date(qtbot, form.consent_withdrawn_edit, "12112026")
    qtbot.keyClick(form.consent_withdrawn_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = repo.get_family(fid)
    assert (stored.consent_scope, stored.consent_until, stored.consent_withdrawn_date) == (
        "support plan, school and clinic",
        date(2027, 12, 31),
        date(2026, 11, 12),
    )

    dialog = open_family(qtbot, store, fid)
    assert dialog.consent_banner.isVisible()
    assert "12.11.2026" in dialog.consent_banner.text()
    assert "no longer processed" in dialog.consent_banner.text()
    before = table_counts(store.path)
    dialog.form.address_edit.setFocus()
    dialog.form.address_edit.selectAll()
    qtbot.keyClicks(dialog.form.address_edit, "New street 5")
    dialog.save()
    assert dialog.isVisible()
    assert "12.11.2026" in dialog.summary_label.text()
    assert "no longer processed" in dialog.summary_label.text()
    assert table_counts(store.path) == before
    assert repo.get_family(fid).address == FAMILY.address

    # A consent given again: a new consent date, the withdrawal cleared; the edit goes through.
    _type_date(qtbot, dialog.form.consent_date_edit, "18112026")
    dialog.form.consent_withdrawn_edit.setFocus()
    dialog.form.consent_withdrawn_edit.selectAll()
    qtbot.keyClick(dialog.form.consent_withdrawn_edit, Qt.Key.Key_Delete)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again = repo.get_family(fid)
    assert (again.consent_date, again.consent_withdrawn_date, again.address) == (
        date(2026, 11, 18),
        None,
        "New street 5",
    )
    assert open_family(qtbot, store, fid).consent_banner.isHidden()


def test_case_card_shows_the_banner(qtbot: QtBot, store: Store) -> None:
    repo = FamilyRepository(store)
    ctx = repo.context(TODAY)
    fid = repo.save_family(FAMILY, ctx, "admin")
    cid = CaseRepository(store).open_case(
        SignalDraft(date(2026, 10, 6), "SCHOOL", "сабақ", family_id=fid), ctx, "admin"
    )
    stored = repo.get_family(fid)

    repo.save_family(replace(stored, consent_withdrawn_date=date(2026, 11, 12)), ctx, "admin")
    card = CaseDialog(store, "admin", cid)
    qtbot.addWidget(card)
    assert not card.consent_banner.isHidden()
    assert "12.11.2026" in card.consent_banner.text()
