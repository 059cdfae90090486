"""Questions whose buttons name what they do (issue 11).

A question with consequences never answers "Yes"/"No"/"OK" or "Discard"/"Cancel": the second
of those was the label of the Cancel button just pressed, so nobody knew which button lost the
typed text. Every question in ``ui/`` goes through :func:`ask`: the caller names both actions
("Close without saving" / "Continue editing", "Delete the visit" / "Keep it"), the harmless one
is the default unless told otherwise, and Esc or the window's close button answers it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    yes_text: str,
    no_text: str,
    *,
    default_yes: bool = False,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> bool:
    """Ask ``text`` with two buttons that name their actions; True when ``yes_text`` was chosen.

    Args:
        parent: The window the question belongs to.
        title: The translated window title.
        text: The translated question.
        yes_text: The translated label of the action the question is about.
        no_text: The translated label of the other way out (also Esc and the close button).
        default_yes: Make the action the default button (Enter); by default the other one is,
            so a stray Enter does nothing that cannot be undone.
        icon: The box's icon (a warning for a question about a risk).
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
