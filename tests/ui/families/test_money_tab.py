"""The family's Money tab (issue 14, brief §3.8): incomes and benefits entered by keyboard, the
per-capita income, the poverty line applied and the TSA estimate as computed by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.audit.tables import AuditEvent
from models.families.money import (
    MEDIAN_35,
    BenefitDraft,
    IncomeDraft,
    MoneyRepository,
    PovertyLineRow,
)
from models.families.repository import FamilyRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.families.test_money import FAMILY
from tests.ui.questions import Answers, answer_questions
from ui.families.family_dialog import FamilyDialog
from ui.families.money_tab import MoneyEntryDialog


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_questions(monkeypatch)


@pytest.fixture
def family_id(store: Store) -> int:
    repo = FamilyRepository(store)
    fid = repo.save_family(FAMILY, repo.context(TODAY), "admin")
    money = MoneyRepository(store)
    money.save_income(fid, IncomeDraft("WAGES", Decimal("90000")))
    money.set_poverty_line(PovertyLineRow(2026, 4, "", Decimal("40000"), MEDIAN_35))
    money.save_benefit(fid, BenefitDraft("LARGE_FAMILY", Decimal("16.03"), 2025))
    return fid


def open_money(qtbot: QtBot, store: Store, family_id: int | None) -> FamilyDialog:
    dialog = FamilyDialog(store, "admin", family_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.lower_tabs.setCurrentWidget(dialog.money_tab)
    return dialog


def type_into(qtbot: QtBot, edit: object, text: str) -> None:
    edit.setFocus()  # type: ignore[attr-defined]
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)  # ASCII only (PITFALLS.md #2)


def save_entry(qtbot: QtBot, entry: MoneyEntryDialog) -> None:
    save = entry.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_the_money_tab_shows_the_figures_and_takes_an_income(
    qtbot: QtBot, store: Store, family_id: int
) -> None:
    dialog = open_money(qtbot, store, family_id)
    tab = dialog.money_tab
    # 90,000 / 5 = 18,000 a person; (40,000 - 18,000) x 5 = 110,000; two children 1-6:
    # 2 x 1.5 x 4,325 = 12,975; 122,975 a month, 368,925 a quarter.
    assert "18 000,00" in tab.summary_label.text()
    assert "40 000,00" in tab.summary_label.text() and "2026" in tab.summary_label.text()
    estimate = tab.estimate_label.text()
    assert "Estimate, not a decision" in estimate
    assert "110 000,00" in estimate and "12 975,00" in estimate and "368 925,00" in estimate
    # The benefit in МРП of 2025 shows in tenge by the 2025 МРП: 16.03 x 3,932 = 63,029.96.
    assert tab.benefit_table.item(0, 2).text() == "16,03"
    assert tab.benefit_table.item(0, 3).text() == "2025"
    assert "63 029,96" in tab.benefit_table.item(0, 4).text()

    # A pension of 35,000 for the grandmother, typed in the entry dialog.
    qtbot.mouseClick(tab.add_income_button, Qt.MouseButton.LeftButton)
    entry = tab.entry_dialog
    assert isinstance(entry, MoneyEntryDialog)
    entry.code_combo.setCurrentIndex(entry.code_combo.findData("PENSION"))
    entry.member_combo.setCurrentIndex(5)  # the fifth member: the grandmother
    type_into(qtbot, entry.amount_edit, "35000")
    save_entry(qtbot, entry)
    assert not entry.isVisible(), entry.error_label.text()
    assert tab.income_table.rowCount() == 2
    # 125,000 / 5 = 25,000: (40,000 - 25,000) x 5 = 75,000 + 12,975 = 87,975; 263,925.
    assert "25 000,00" in tab.summary_label.text()
    assert "263 925,00" in tab.estimate_label.text()
    with store.session() as s:
        audited = s.scalars(
            select(AuditEvent.new_value).where(
                AuditEvent.entity == "member_income", AuditEvent.field == "monthly_amount"
            )
        ).all()
    assert "35000" in audited

    # A typing slip is refused in words and nothing is saved.
    qtbot.mouseClick(tab.add_income_button, Qt.MouseButton.LeftButton)
    entry = tab.entry_dialog
    assert entry is not None
    type_into(qtbot, entry.amount_edit, "-5")
    save_entry(qtbot, entry)
    assert entry.isVisible() and entry.error_label.isVisibleTo(entry)
    entry.reject()
    assert tab.income_table.rowCount() == 2

    # Removing the first income (after the confirmation).
    tab.income_table.selectRow(0)
    qtbot.mouseClick(tab.remove_income_button, Qt.MouseButton.LeftButton)
    assert tab.income_table.rowCount() == 1
    assert len(MoneyRepository(store).incomes(family_id)) == 1


def test_without_a_line_the_tab_says_why(qtbot: QtBot, store: Store, family_id: int) -> None:
    MoneyRepository(store).remove_poverty_line(2026, 4, "")
    tab = open_money(qtbot, store, family_id).money_tab
    assert "not set" in tab.summary_label.text()
    assert "No estimate: no poverty line is set for this quarter" in tab.estimate_label.text()


def test_a_new_family_has_no_money_yet_and_the_dialog_fits(qtbot: QtBot, store: Store) -> None:
    dialog = open_money(qtbot, store, None)
    assert not dialog.money_tab.add_income_button.isEnabled()
    assert dialog.width() <= 1024 and dialog.height() <= 768
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768


def test_the_family_history_names_money_fields_by_the_form() -> None:
    from ui.audit.history_dialog import RECORD_NAMES, field_label

    assert field_label("member_income", "monthly_amount") == "Tenge a month"
    assert field_label("benefit_received", "amount_mrp") == "Amount in МРП"
    assert field_label("benefit_received", "person_id") == "Member"
    assert {"member_income", "benefit_received"} <= set(RECORD_NAMES)
