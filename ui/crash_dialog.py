"""The dialog shown for an unexpected error, with copyable versions and the log's path."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.offices import app_version
from models.paths import user_log_dir

logger = logging.getLogger(__name__)
_showing = False


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
        text = QPlainTextEdit(environment_text() + "\n\n" + details)
        text.setReadOnly(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


def install_excepthook(show_dialog: bool) -> None:
    """Log every uncaught exception; show :class:`CrashDialog` unless disabled."""

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
