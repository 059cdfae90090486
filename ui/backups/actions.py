"""The backup entries of the File menu: Back up now, Restore from backup, Backup settings.

Each is offered to the roles that may do it (``models/reference/roles.py``: BACKUP, RESTORE
and SETTINGS are the administrator's); the models check the role again on writing.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog

from models.reference.backup_policy import SUFFIX, backup_name
from models.reference.dto import OfficeDTO
from models.reference.roles import Permission, allows
from models.store.db import Store
from ui.backups import backend
from ui.backups.texts import failure_text
from ui.settings import UiSettings
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)


class BackupActions(QObject):
    """The File menu's backup actions of one main window.

    Signals:
        saved(object): "Back up now" wrote a backup (its ``Path``).
        restored(object): a backup replaced the store (where the old one is kept, or None);
            the main window hands over to a new login on the restored store.
    """

    saved = Signal(object)
    restored = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        office: OfficeDTO,
        runner: JobRunner,
        settings: UiSettings,
        menu: QMenu,
    ) -> None:
        super().__init__(window)
        self.window, self.store, self.office = window, store, office
        self.runner, self.settings = runner, settings
        self._worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        role = store.principal.role
        self.backup_action = QAction(self.tr("&Back up now..."), window)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from backup..."), window)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.settings_action = QAction(self.tr("Backup setti&ngs..."), window)
        self.settings_action.triggered.connect(self.edit_settings)
        for action, permission in (
            (self.backup_action, Permission.BACKUP),
            (self.restore_action, Permission.RESTORE),
            (self.settings_action, Permission.SETTINGS),
        ):
            action.setVisible(allows(role, permission))
            menu.addAction(action)

    # -- Back up now --------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Ask for a file (a USB stick, say) and write a backup there in the background."""
        if self._worker is not None:
            return
        name = backup_name(self.office.kato, datetime.now())
        start = Path(str(self.settings.last_folder)) / name
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up now"),
            str(start),
            self.tr("Qoldau backups (*{suffix})").format(suffix=SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite,  # we never overwrite: we refuse
        )
        if not chosen:
            return
        out = Path(chosen)
        if not out.name.endswith(SUFFIX):
            out = out.with_name(out.name + SUFFIX)
        self.settings.set("ui/last_folder", str(out.parent))
        store = self.store

        def job(**_kw: Any) -> Path:
            return backend.write(store, out)

        worker = Worker(job)
        worker.signals.finished.connect(self._on_backup_finished)
        worker.signals.failed.connect(self._on_backup_failed)
        self._worker = worker
        self.progress = QProgressDialog(self.tr("Making a backup..."), "", 0, 0, self.window)
        self.progress.setWindowTitle(self.tr("Backup"))
        self.progress.setCancelButton(None)  # Qt: None hides it
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.runner.start(worker)

    def _close_progress(self) -> None:
        self._worker = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_backup_finished(self, path: object) -> None:
        self._close_progress()
        self.window.statusBar().showMessage(
            self.tr("Backup saved: {path}").format(path=path), 15_000
        )
        self.saved.emit(path)

    def _on_backup_failed(self, exc: object) -> None:
        self._close_progress()
        QMessageBox.warning(
            self.window,
            self.tr("Backup failed"),
            self.tr("The backup was not made: {reason}").format(reason=failure_text(exc)),
        )

    # -- Restore ------------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        """Choose a backup file, then restore it in the restore dialog."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from backup"),
            str(self.settings.last_folder),
            self.tr("Qoldau backups (*{suffix});;All files (*)").format(suffix=SUFFIX),
        )
        if not chosen:
            return
        from ui.backups.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.store, self.office, Path(chosen), self.runner, self.window)
        dialog.restored.connect(self._on_dialog_restored)
        dialog.exec()

    def _on_dialog_restored(self, kept: object) -> None:
        kept_text = (
            self.tr("The replaced store was kept as {path}.").format(path=kept)
            if kept is not None
            else ""
        )
        QMessageBox.information(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "The backup was restored. {kept}\n\nLog in again: the restored store has the "
                "accounts and passwords of the backup."
            ).format(kept=kept_text),
        )
        self.restored.emit(kept)

    # -- Settings -----------------------------------------------------------------------------

    def edit_settings(self) -> None:
        """Open the backup settings (administrator)."""
        from ui.backups.settings_dialog import BackupSettingsDialog

        BackupSettingsDialog(self.store, self.window).exec()
