"""The shared discard confirmation (ui/widgets/discard.py) and dialog parts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from models.families.repository import FamilyRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.questions import Asked, answer_questions
from ui.families.member_form import MemberForm
from ui.widgets.ask import ask
from ui.widgets.dialog_parts import error_summary_label, save_buttons, widen_popups
from ui.widgets.discard import DiscardGuardMixin, ask_discard
from ui.widgets.field_errors import ERROR_COLOUR


class _Dialog(DiscardGuardMixin, QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.saves = 0
        self.summary_label = error_summary_label()
        self.buttons = save_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.saves += 1

    def is_dirty(self) -> bool:
        return bool(self.edit.text())

    def discard_texts(self) -> tuple[str, str]:
        return "Unsaved", "Throw it away?"


def _open(qtbot: QtBot) -> _Dialog:
    dialog = _Dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edit.setFocus()
    qtbot.waitUntil(dialog.edit.hasFocus)
    return dialog


def test_escape_without_changes_closes_without_asking(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = answer_questions(monkeypatch)
    dialog = _open(qtbot)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert questions.asked == []


@pytest.mark.parametrize("close", [False, True])
def test_escape_with_changes_asks_close_without_saving_or_continue_editing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, close: bool
) -> None:
    questions = answer_questions(monkeypatch, close)
    dialog = _open(qtbot)
    qtbot.keyClicks(dialog.edit, "typed")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    # Issue 11: the buttons name their actions; the harmless one is the default.
    assert questions.asked == [
        Asked(
            "Unsaved",
            "Throw it away?",
            "Close without saving",
            "Continue editing",
            "Continue editing",
        )
    ]
    assert dialog.isVisible() is not close
    assert dialog.edit.text() == "typed"


def test_ask_discard_is_true_only_for_close_without_saving(monkeypatch: pytest.MonkeyPatch) -> None:
    host = QWidget()
    answer_questions(monkeypatch, True, False)
    assert ask_discard(host, "t", "q") is True
    assert ask_discard(host, "t", "q") is False


def _press_on_question(qtbot: QtBot, key: Qt.Key) -> None:
    """Press ``key`` on the question box once it is shown (its own event loop runs then)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_escape_and_a_stray_enter_on_a_real_question_keep_the_work(
    qtbot: QtBot, key: Qt.Key
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    _press_on_question(qtbot, key)
    assert ask(host, "t", "q", "Delete the visit", "Keep it") is False


def test_enter_on_a_question_with_the_action_as_default_takes_it(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    _press_on_question(qtbot, Qt.Key.Key_Return)
    assert ask(host, "t", "q", "Quit anyway", "Stay open", default_yes=True) is True


def test_ctrl_s_and_the_save_button_save_and_the_summary_starts_hidden(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    assert dialog.summary_label.isHidden()
    assert ERROR_COLOUR in dialog.summary_label.styleSheet()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saves == 1
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saves == 2
    assert dialog.isVisible()


def test_a_combo_popup_is_as_wide_as_its_longest_item(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    combo = QComboBox(host)
    longest = "Мүгедектігі бар баланы тәрбиелеп отырған отбасы (көп балалы)"
    combo.addItems(["", "Иә", longest])
    combo.setFixedWidth(120)  # a narrow form column
    widen_popups(host)
    assert combo.width() == 120  # the field keeps its width...
    needed = combo.view().fontMetrics().horizontalAdvance(longest)
    assert combo.view().minimumWidth() > needed  # ...its open list shows the whole item


def test_member_form_combos_open_wide_enough(qtbot: QtBot, store: Store) -> None:
    form = MemberForm(store, FamilyRepository(store).context(TODAY))
    qtbot.addWidget(form)
    for combo in form.findChildren(QComboBox):
        metrics = combo.view().fontMetrics()
        for i in range(combo.count()):
            assert combo.view().minimumWidth() > metrics.horizontalAdvance(combo.itemText(i))
