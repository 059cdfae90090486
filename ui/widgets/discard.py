"""The "discard unsaved changes?" question asked when a data-entry dialog is closed.

Every editing dialog (object, family, passport, adaptation, case, case steps) asks the same way:
Esc, Cancel or the window's close button on a dialog with unsaved changes asks "Close without
saving" or "Continue editing" (issue 11: "Discard"/"Cancel" repeated the label of the Cancel just
pressed), with Continue editing the default so a stray Enter keeps the work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ui.widgets.ask import ask


def ask_discard(parent: QWidget, title: str, text: str) -> bool:
    """Ask whether to throw away unsaved changes; True for "Close without saving"."""
    return ask(
        parent,
        title,
        text,
        QCoreApplication.translate("Discard", "Close without saving"),
        QCoreApplication.translate("Discard", "Continue editing"),
    )


# The type checker sees the mixin as the QDialog it is mixed into (so ``super().reject()``
# is checked); at run time it stays a plain mixin ahead of QDialog in the bases.
if TYPE_CHECKING:
    _DialogBase = QDialog
else:
    _DialogBase = object


class DiscardGuardMixin(_DialogBase):
    """Mixed into a ``QDialog`` (before it among the bases): closing asks before losing work.

    The dialog implements :meth:`is_dirty` and :meth:`discard_texts`; the texts stay in the
    dialog's own ``self.tr()`` context.
    """

    def is_dirty(self) -> bool:
        """Return True when something differs from what was loaded or last saved."""
        raise NotImplementedError

    def discard_texts(self) -> tuple[str, str]:
        """Return the translated title and question of the discard confirmation."""
        raise NotImplementedError

    def confirm_discard(self) -> bool:
        """Ask whether to throw away unsaved changes; True when there are none."""
        if not self.is_dirty():
            return True
        assert isinstance(self, QWidget)
        title, text = self.discard_texts()
        return ask_discard(self, title, text)

    def reject(self) -> None:
        """Close without saving (Esc, Cancel, the close button), confirming first."""
        if self.confirm_discard():
            super().reject()
