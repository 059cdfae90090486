"""Parts every data-entry dialog is built from: the red summary line, Save/Cancel with Ctrl+S,
a scrolling body and a size that fits the screen.

The object, family, member, passport, adaptation, settlement, case and case step dialogs each
built these by hand; the look and the keys are now the same everywhere by construction.
Issue 11: every dialog is usable on a 1024x768 screen; a long form scrolls inside
:func:`scrolling` while the button row stays below it, and :func:`fit_to_screen` opens a dialog
no larger than the screen's available area.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QWidget,
)

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


def scrolling(body: QWidget) -> QScrollArea:
    """Return a frameless scroll area showing ``body`` at the area's width (scrolls down only).

    The dialog puts its button row outside the area, so Save and Cancel stay visible on a
    short screen however long the form grows.
    """
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # As wide as the form needs (no sideways scrolling), as tall as the screen allows.
    bar = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(body.minimumSizeHint().width() + bar)
    return area


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """Return ``wanted`` made no larger than ``available`` (a screen's available geometry)."""
    return wanted.boundedTo(available.size())


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to ``width`` x ``height``, no larger than its screen's free area."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    wanted = QSize(width, height)
    dialog.resize(wanted if screen is None else fitted_size(wanted, screen.availableGeometry()))


def widen_popups(root: QWidget) -> None:
    """Make every combo box under ``root`` open a list wide enough for its longest item.

    Issue 11: a combo as narrow as its form column cut long code-list labels (Kazakh and
    Russian ones most) in its open list; the field keeps its width, only the list widens.
    """
    for combo in root.findChildren(QComboBox):
        metrics = combo.view().fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
            default=0,
        )
        bar = combo.view().verticalScrollBar().sizeHint().width()
        combo.view().setMinimumWidth(longest + bar + 4 * metrics.averageCharWidth())
