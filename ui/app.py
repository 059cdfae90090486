"""Start the GUI: QApplication, language, store (with first-launch set-up), main window."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from models.paths import default_store_path
from models.reference.offices import has_office
from models.setup import open_store
from models.store.db import Store, StoreError
from ui.crash_dialog import install_excepthook
from ui.i18n import install_language
from ui.messages import store_error_text
from ui.settings import UiSettings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)


def open_gui_store(args: argparse.Namespace) -> Store | None:
    """Open the store, telling the user in their language why it cannot be opened."""
    path = args.db if args.db is not None else default_store_path()
    try:
        return open_store(path, create=True)
    except StoreError as exc:
        logger.warning("cannot open store %s: %s", path, exc)
        QMessageBox.critical(None, "Qoldau", store_error_text(exc))
        return None


def run_gui(args: argparse.Namespace) -> int:
    """Run the application until its window closes; return the exit code."""
    install_excepthook(show_dialog=not args.no_crash_dialog)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Qoldau")
    app.setOrganizationName("Qoldau")
    settings = UiSettings()
    install_language(app, args.lang or settings.language)
    store = open_gui_store(args)
    if store is None:
        return 1
    from ui.office_dialog import OfficeDialog

    if not has_office(store):
        dialog = OfficeDialog(store)
        if dialog.exec() != OfficeDialog.DialogCode.Accepted:
            store.close()
            return 0
    host = WindowHost(app, store, settings)
    host.show()
    code = app.exec()
    store.close()
    return int(code)


class WindowHost:
    """Keeps the one main window, and rebuilds it when the user changes the language."""

    def __init__(self, app: QApplication, store: Store, settings: UiSettings) -> None:
        self.app, self.store, self.settings = app, store, settings
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        """Build and show a main window in the installed language."""
        from ui.main_window import MainWindow

        window = MainWindow(self.store, self.settings)
        window.language_changed.connect(self.relaunch)
        self.window = window
        window.show()
        return window

    def relaunch(self, lang: str) -> None:
        """Install ``lang`` and replace the window: every text is read again in it."""
        install_language(self.app, lang)
        old = self.window
        self.show()  # the new window first, so closing the old one does not quit the app
        if old is not None:
            old.close()
            old.deleteLater()
