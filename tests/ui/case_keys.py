"""Keyboard helpers and a household for the case UI tests (issue 3)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.store.db import Store
from tests.conftest import TODAY
from ui.cases.case_dialog import CaseDialog
from ui.cases.step_dialog import StepDialog

MOTHER = MemberDraft(
    surname="Қасымова",
    given_name="Әлия",
    patronymic="Серікқызы",
    relation="APPLICANT",
    birth_date=date(1992, 3, 2),
    sex="F",
    iin="920302403450",
)
SON = MemberDraft(
    surname="Қасымов",
    given_name="Нұрлан",
    relation="SON",
    birth_date=date(2012, 5, 1),
    sex="M",
    no_iin_reason="NOT_ISSUED",
)
FAMILY = FamilyDraft(
    kato="113220100",
    address="Ақкөл қ., Әуезов к-сі, 12",
    legal_basis="CONSENT",
    consent_form="WRITTEN",
    consent_date=date(2026, 10, 5),
    consent_recorded_by="admin",
    members=(MOTHER, SON),
)


def make_family(store: Store) -> int:
    """Save the Kasymov household through the repository; return its id."""
    repo = FamilyRepository(store)
    return repo.save_family(FAMILY, repo.context(TODAY), "admin")


def focused() -> QWidget:
    """Return the widget with the keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: QtBot, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the focus is."""
    qtbot.keyClick(focused(), k, mod)


def alt(qtbot: QtBot, letter: str) -> None:
    """Press Alt+letter (a mnemonic) where the focus is."""
    key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def save(qtbot: QtBot) -> None:
    """Press Ctrl+S."""
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def type_date(qtbot: QtBot, text: str) -> None:
    """Replace the date in the focused date field with ``text`` (digits dd mm yyyy)."""
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, Qt.Key.Key_Backspace)
    qtbot.keyClicks(focused(), text)


def clear_date(qtbot: QtBot) -> None:
    """Empty the focused date field."""
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, Qt.Key.Key_Backspace)


def choose(qtbot: QtBot, code: str) -> None:
    """Move the focused combo down to the entry holding ``code`` with the Down key."""
    combo = focused()
    assert isinstance(combo, QComboBox)
    target = combo.findData(code)
    assert target >= combo.currentIndex(), f"{code} is above the current entry"
    while combo.currentIndex() < target:
        key(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == code


def open_case_dialog(
    qtbot: QtBot, store: Store, case_id: int | None = None, today: date = TODAY
) -> CaseDialog:
    """Show the case dialog and wait until it has the focus."""
    dialog = CaseDialog(store, "admin", case_id, today=lambda: today)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    return dialog


def step(qtbot: QtBot, dialog: CaseDialog, letter: str) -> StepDialog:
    """Press the mnemonic of a case action and wait for its dialog to take the focus."""
    before = dialog.step_dialog
    alt(qtbot, letter)
    qtbot.waitUntil(lambda: dialog.step_dialog is not before and dialog.step_dialog is not None)
    step_dialog = dialog.step_dialog
    assert step_dialog is not None
    assert QTest.qWaitForWindowExposed(step_dialog)
    qtbot.waitUntil(lambda: step_dialog.isAncestorOf(focused()))
    return step_dialog


def save_step(qtbot: QtBot, step_dialog: StepDialog) -> None:
    """Press Ctrl+S in a step dialog and wait until it closes (saved)."""
    with qtbot.waitSignal(step_dialog.finished, timeout=3000):
        save(qtbot)
    assert step_dialog.result() == StepDialog.DialogCode.Accepted
    case_dialog = step_dialog.parentWidget()
    assert case_dialog is not None
    qtbot.waitUntil(lambda: case_dialog.isActiveWindow() and QApplication.focusWidget() is not None)
