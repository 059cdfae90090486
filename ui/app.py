"""Start the GUI: QApplication, language, who logs in to which store (first-launch set-up, a
plain store encrypted, the login dialog: ``ui/accounts/start.py``), the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from models.paths import default_store_path
from models.store.db import Store, StoreError
from ui.crash_dialog import install_excepthook
from ui.i18n import install_language
from ui.messages import store_error_text
from ui.settings import UiSettings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)


def open_gui_store(args: argparse.Namespace) -> Store | None:
    """Open the store for the user who logs in (or sets it up), telling them in their language
    why it cannot be opened; None when it cannot or they gave up."""
    from ui.accounts.start import start_session
    from ui.office_dialog import set_up

    path = args.db if args.db is not None else default_store_path()
    try:
        if not path.exists() or path.stat().st_size == 0:
            return set_up(path)  # first launch
        return start_session(path)
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
        return 0
    host = WindowHost(app, store, settings)
    host.show()
    code = app.exec()
    host.store.close()
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
        window.switch_user.connect(self.switch_user)
        self.window = window
        window.show()
        window.enable_auto_backups()  # daily and on exit (issue 8)
        return window

    def relaunch(self, lang: str) -> None:
        """Install ``lang`` and replace the window: every text is read again in it."""
        install_language(self.app, lang)
        old = self.window
        window = self.show()  # the new window first, so closing the old one does not quit the app
        if old is not None:
            # The same page and rows as before the switch (issue 11), in the same place.
            window.restoreGeometry(old.saveGeometry())
            window.restore_view(old.view_state())
            if old.auto_backups is not None:
                old.auto_backups.settle()  # a new language is no exit: no backup
            old.close()
            old.deleteLater()

    def switch_user(self) -> None:
        """Close the window (and the dialogs open on it) and let another user log in."""
        for widget in self.app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected.value)  # no "discard changes?" question
        # Each dialog's exec() returns once this handler is done: log in from the main loop.
        QTimer.singleShot(0, self._log_in_again)

    def _log_in_again(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            if isinstance(modal, QDialog):
                modal.done(QDialog.DialogCode.Rejected.value)
            else:
                modal.close()
            QTimer.singleShot(0, self._log_in_again)
            return
        from ui.accounts.start import log_in, password_changed

        old = self.window
        quit_on_close = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)
        try:
            if old is not None:
                if old.auto_backups is not None:
                    old.auto_backups.settle()  # another user is no exit: no backup
                old.close()
                old.deleteLater()
                self.window = None
            path = self.store.path
            self.store.close()
            try:
                store = log_in(path, env={})  # always asks: the environment's user just left
            except StoreError as exc:
                QMessageBox.critical(None, "Qoldau", store_error_text(exc))
                store = None
            if store is not None and not password_changed(store):
                store.close()
                store = None
        finally:
            self.app.setQuitOnLastWindowClosed(quit_on_close)
        if store is None:
            self.app.quit()
            return
        self.store = store
        self.show()
