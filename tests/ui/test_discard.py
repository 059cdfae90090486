"""The shared discard confirmation (ui/widgets/discard.py) and dialog parts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.dialog_parts import error_summary_label, save_buttons
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


class _Questions:
    """QMessageBox.question replaced: records what was asked and answers as told."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, object, object]] = []

    def __call__(
        self,
        _parent: QWidget,
        title: str,
        text: str,
        buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton,
    ) -> QMessageBox.StandardButton:
        self.asked.append((title, text, buttons, default))
        return self.answer


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
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    dialog = _open(qtbot)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


@pytest.mark.parametrize(
    ("answer", "closed"),
    [(QMessageBox.StandardButton.Cancel, False), (QMessageBox.StandardButton.Discard, True)],
)
def test_escape_with_changes_asks_discard_or_cancel_with_cancel_default(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    closed: bool,
) -> None:
    questions = _Questions(answer)
    monkeypatch.setattr(QMessageBox, "question", questions)
    dialog = _open(qtbot)
    qtbot.keyClicks(dialog.edit, "typed")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert questions.asked == [
        (
            "Unsaved",
            "Throw it away?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
    ]
    assert dialog.isVisible() is not closed
    assert dialog.edit.text() == "typed"


def test_ask_discard_is_true_only_for_discard(monkeypatch: pytest.MonkeyPatch) -> None:
    host = QWidget()
    for answer, expected in (
        (QMessageBox.StandardButton.Discard, True),
        (QMessageBox.StandardButton.Cancel, False),
        (QMessageBox.StandardButton.NoButton, False),
    ):
        monkeypatch.setattr(QMessageBox, "question", _Questions(answer))
        assert ask_discard(host, "t", "q") is expected


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
