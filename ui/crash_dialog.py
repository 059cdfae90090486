"""The dialog shown for an unexpected error, with copyable versions and the log's path.

Two ways in: :func:`install_excepthook` (an exception nobody caught; modal) and
:func:`show_bug` (a background job failed with a bug; the application goes on, so the dialog
is not modal). ``--no-crash-dialog`` turns both off; the log has the traceback either way.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.paths import user_log_dir
from models.reference.offices import app_version

logger = logging.getLogger(__name__)
_showing = False
#: False after ``install_excepthook(show_dialog=False)`` (``--no-crash-dialog``).
_dialogs_wanted = True
#: The non-modal dialog of :func:`show_bug` while it is open: one at a time.
_bug_dialog: CrashDialog | None = None


def environment_text() -> str:
    """Return the versions a bug report needs."""
    return (
        f"Qoldau {app_version()}\nPython {platform.python_version()}\n"
        f"PySide6 {pyside_version}, Qt {qVersion()}\n{platform.platform()}\n"
        f"log: {user_log_dir() / 'qoldau.log'}"
    )


class CrashDialog(QDialog):
    """Tells the user something went wrong; their committed data is safe."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Qoldau: unexpected error"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Something went wrong. Everything saved before is safe in the store.\n"
                    "Copy the text below and send it to your administrator."
                )
            )
        )
        self.details_edit = QPlainTextEdit(environment_text() + "\n\n" + details)
        self.details_edit.setReadOnly(True)
        layout.addWidget(self.details_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _on_copy_button_clicked(self) -> None:
        QApplication.clipboard().setText(self.details_edit.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


def show_bug(details: str) -> CrashDialog | None:
    """Show ``details`` (a job's traceback) in a non-modal crash dialog; return it.

    Nothing is shown with ``--no-crash-dialog``, without an application, or while another
    such dialog is open (the log holds every traceback).
    """
    global _bug_dialog
    if not _dialogs_wanted or _bug_dialog is not None or QApplication.instance() is None:
        return None
    dialog = CrashDialog(details)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(_on_bug_dialog_finished)
    _bug_dialog = dialog
    dialog.show()
    return dialog


def _on_bug_dialog_finished(_result: int) -> None:
    global _bug_dialog
    _bug_dialog = None


def install_excepthook(show_dialog: bool) -> None:
    """Log every uncaught exception; show :class:`CrashDialog` unless disabled."""
    global _dialogs_wanted
    _dialogs_wanted = show_dialog

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        global _showing
        logger.critical("uncaught exception", exc_info=(kind, exc, tb))
        if not show_dialog or _showing or QApplication.instance() is None:
            return
        _showing = True  # a crash inside the dialog must not open another one
        try:
            CrashDialog("".join(traceback.format_exception(kind, exc, tb))).exec()
        finally:
            _showing = False

    sys.excepthook = hook
