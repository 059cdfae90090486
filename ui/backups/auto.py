"""Automatic backups of the open store: daily (checked at start-up and hourly) and on exit.

The work runs in the window's writer pool (``ui/workers.py``); the rules (is one due, the file
name, rotation, refusals) are ``models/reference/backup_policy.py``. A daily backup that fails
says so in the status bar and is tried again at the next check; an exit backup that fails asks
"quit anyway?", so a missing USB stick never keeps the user from quitting.

Automatic backups run whatever the role of the user: they are the office's safety net, written
to the office's own folder (the role check of ``Permission.BACKUP`` guards "Back up now" to a
file of the user's choice and the command line).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from models.reference.backup_policy import backup_due, run_automatic_backup
from models.store.db import Store
from ui.backups.texts import failure_text
from ui.widgets.ask import ask
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)

#: How often the daily backup is checked while the application runs.
CHECK_INTERVAL_MS = 60 * 60 * 1000
#: The first check waits this long after start-up, so the window paints first.
START_DELAY_MS = 5_000
#: How long a status bar message about an automatic backup stays.
STATUS_MS = 15_000


class AutoBackups(QObject):
    """The automatic backups of one main window.

    Signals:
        saved(object): a backup was written (its ``Path``).
        failed(str): an automatic backup failed (the translated reason).
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        runner: JobRunner,
        window: QMainWindow,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self.store = store
        self.runner = runner
        self.window = window
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self._daily: Worker | None = None
        self._exit: Worker | None = None
        self._exit_settled = False
        self.progress: QProgressDialog | None = None

    def start(self) -> None:
        """Check at start-up (after a short delay) and then every hour."""
        self.timer.start()
        QTimer.singleShot(START_DELAY_MS, self.check)

    def stop(self) -> None:
        """Stop the daily checks (a restore is replacing the store)."""
        self.timer.stop()

    def settle(self) -> None:
        """Let the window close without an exit backup (a language switch, a restore)."""
        self.stop()
        self._exit_settled = True

    # -- daily --------------------------------------------------------------------------------

    def check(self) -> None:
        """Make the daily backup in the background if none was made today."""
        if self._daily is not None or self._exit is not None or self._exit_settled:
            return
        store, clock = self.store, self.clock

        def job(**_kw: Any) -> Path | None:
            now = clock()
            return run_automatic_backup(store, now) if backup_due(store, now) else None

        worker = Worker(job)
        worker.signals.finished.connect(self._on_daily_finished)
        worker.signals.failed.connect(self._on_daily_failed)
        self._daily = worker
        self.runner.start(worker)

    def _on_daily_finished(self, path: object) -> None:
        self._daily = None
        if isinstance(path, Path):
            self.window.statusBar().showMessage(
                self.tr("Daily backup saved: {path}").format(path=path), STATUS_MS
            )
            self.saved.emit(path)

    def _on_daily_failed(self, exc: object) -> None:
        self._daily = None
        text = self.tr("The daily backup failed: {reason}").format(reason=failure_text(exc))
        self.window.statusBar().showMessage(text, STATUS_MS)
        self.failed.emit(text)

    # -- on exit ------------------------------------------------------------------------------

    def hold_close(self, event: QCloseEvent) -> bool:
        """Hold the window's close for the exit backup; return True when the close was held.

        The first close starts the backup and ignores the event; when the backup is written
        (or the user chose to quit without it) the window is closed again, and this returns
        False so the close goes through.
        """
        if self._exit_settled:
            return False
        event.ignore()
        if self._exit is not None:
            return True
        self.stop()
        store, clock = self.store, self.clock

        def job(**_kw: Any) -> Path:
            return run_automatic_backup(store, clock())

        worker = Worker(job)
        worker.signals.finished.connect(self._on_exit_finished)
        worker.signals.failed.connect(self._on_exit_failed)
        self._exit = worker
        self.progress = QProgressDialog(
            self.tr("Making a backup before closing..."), "", 0, 0, self.window
        )
        self.progress.setWindowTitle(self.tr("Backup"))
        self.progress.setCancelButton(None)  # Qt: None hides it
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.runner.start(worker)
        return True

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_exit_finished(self, path: object) -> None:
        self._exit = None
        self._close_progress()
        logger.info("exit backup saved to %s", path)
        self.saved.emit(path)
        self._exit_settled = True
        self.window.close()

    def _on_exit_failed(self, exc: object) -> None:
        self._exit = None
        self._close_progress()
        reason = failure_text(exc)
        self.failed.emit(reason)
        if ask(
            self.window,
            self.tr("Backup failed"),
            self.tr("Backup failed: {reason}\n\nQuit anyway?").format(reason=reason),
            self.tr("Quit without a backup"),
            self.tr("Stay open"),
            default_yes=True,
            icon=QMessageBox.Icon.Warning,
        ):
            self._exit_settled = True
            self.window.close()
        else:
            self.timer.start()  # stay open; the next close tries the backup again
