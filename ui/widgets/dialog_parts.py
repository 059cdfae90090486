"""Parts every data-entry dialog is built from: the red summary line and Save/Cancel with Ctrl+S.

The object, family, member, passport, adaptation, settlement, case and case step dialogs each
built these by hand; the look and the keys are now the same everywhere by construction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from ui.widgets.theme import ERROR_STYLE

SAVE_CANCEL = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel


def error_summary_label() -> QLabel:
    """Return a hidden, wrapping red label for messages that belong to no single field."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def save_buttons(
    dialog: QDialog,
    save: Callable[[], None],
    buttons: QDialogButtonBox.StandardButton = SAVE_CANCEL,
) -> QDialogButtonBox:
    """Return the dialog's button box: accepting runs ``save``, rejecting ``dialog.reject``.

    Ctrl+S (the platform's Save key) anywhere in ``dialog`` runs ``save`` too.
    """
    box = QDialogButtonBox(buttons)
    box.accepted.connect(save)
    box.rejected.connect(dialog.reject)
    QShortcut(QKeySequence.StandardKey.Save, dialog).activated.connect(save)
    return box
