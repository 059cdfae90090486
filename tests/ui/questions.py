"""Answer the questions of ``ui.widgets.ask.ask`` in tests (a real modal box would block).

``QMessageBox.exec`` is replaced: the box is built for real (title, text, named buttons, the
default), recorded, and the chosen button is clicked, so ``clickedButton()`` tells ``ask`` the
answer as a user's click would.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox


@dataclass(frozen=True)
class Asked:
    """One question as the user saw it: its texts, button labels and default button label."""

    title: str
    text: str
    yes: str
    no: str
    default: str


def _button(box: QMessageBox, *roles: QMessageBox.ButtonRole) -> QAbstractButton:
    return next(b for b in box.buttons() if box.buttonRole(b) in roles)


class Answers:
    """Records every question; answers with ``answers`` in turn, then with ``then``."""

    def __init__(self, *answers: bool, then: bool = True) -> None:
        self.answers = list(answers)
        self.then = then
        self.asked: list[Asked] = []

    @property
    def texts(self) -> list[str]:
        """The questions asked, in order."""
        return [a.text for a in self.asked]

    def __call__(self, box: QMessageBox) -> int:
        yes = _button(box, QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)
        no = _button(box, QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)
        default = box.defaultButton()
        self.asked.append(
            Asked(
                box.windowTitle(),
                box.text(),
                yes.text(),
                no.text(),
                default.text() if default is not None else "",
            )
        )
        answer = self.answers.pop(0) if self.answers else self.then
        (yes if answer else no).click()
        return 0


def answer_questions(monkeypatch: pytest.MonkeyPatch, *answers: bool, then: bool = True) -> Answers:
    """Answer the next questions with ``answers`` (True: the named action), then with ``then``."""
    replies = Answers(*answers, then=then)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: replies(box))
    return replies
