"""Restore from a backup (issue 8, reporting.md §4 ``restore``), for an administrator.

The dialog reads the backup's header first and shows its office and date before asking
anything; a file that is no backup, is damaged or belongs to another office is refused there
and nothing can be restored. It then asks the login and password of an administrator OF THE
BACKUP (the accounts of the restored store are the backup's) and a confirmation that the
current store is replaced (it is kept beside it). The restore runs in the writer pool with a
busy bar; on success the application asks for a login again, on the restored store (whose
accounts are the backup's).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.reference.dto import OfficeDTO
from models.store.db import Store
from ui.backups import backend
from ui.backups.backend import BackupInfoLike
from ui.backups.texts import failure_text
from ui.i18n import current_language, format_date
from ui.widgets.dialog_parts import error_summary_label
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)

InfoFn = Callable[[Path], BackupInfoLike]
RestoreFn = Callable[[Path, Path, str, str], Path | None]


def _local(moment: datetime) -> datetime:
    """Return ``moment`` in local time (a backup stamps UTC; a naive one is local already)."""
    return moment.astimezone() if moment.tzinfo is not None else moment


class RestoreDialog(QDialog):
    """Restore the store from one backup file.

    Signals:
        restored(object): the store was replaced; the ``Path`` where the old one is kept
            (or None).
    """

    restored = Signal(object)

    def __init__(
        self,
        store: Store,
        office: OfficeDTO,
        file: Path,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        info_fn: InfoFn | None = None,
        restore_fn: RestoreFn | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.office, self.file, self.runner = store, office, Path(file), runner
        self.restore_fn = restore_fn or backend.restore
        self.info: BackupInfoLike | None = None
        self._worker: Worker | None = None
        self.kept: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(self)
        self.file_label = QLabel(self.tr("Backup file: {file}").format(file=self.file))
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        layout.addWidget(self.info_label)
        self.error_label = error_summary_label()
        layout.addWidget(self.error_label)

        form = QFormLayout()
        self.login_edit = QLineEdit(store.principal.login if store.principal.login else "")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Administrator of the &backup:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout.addLayout(form)
        self.confirm_check = QCheckBox(
            self.tr(
                "I understand that the current store will be replaced by this backup "
                "(the current store is kept beside it)."
            )
        )
        layout.addWidget(self.confirm_check)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.hide()
        layout.addWidget(self.busy_bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.restore_button.setDefault(True)
        self._reader: Worker | None = None
        self._read_info(info_fn or backend.info)

    # -- the backup's header ------------------------------------------------------------------

    def _read_info(self, info_fn: InfoFn) -> None:
        """Read the backup's header and check its checksum in the background (a big file)."""
        self.info_label.setText(self.tr("Reading the backup..."))
        self._set_running(True)
        file = self.file

        def job(**_kw: Any) -> BackupInfoLike:
            return info_fn(file)

        reader = Worker(job)
        reader.signals.finished.connect(self._on_reader_finished)
        reader.signals.failed.connect(self._on_reader_failed)
        self._reader = reader
        self.runner.start_read(reader)

    def is_reading(self) -> bool:
        """Return True while the backup's header is being read."""
        return self._reader is not None

    def _on_reader_failed(self, exc: object) -> None:
        self._reader = None
        self._set_running(False)
        logger.info("backup %s refused: %r", self.file, exc)
        self.info_label.setText("")
        self._refuse(failure_text(exc, self.file))

    def _on_reader_finished(self, info: BackupInfoLike) -> None:
        self._reader = None
        self._set_running(False)
        made = _local(info.created_at)
        when = f"{format_date(made.date())} {made:%H:%M}"
        if info.office_kato != self.office.kato:
            self.info_label.setText(
                self.tr("Made on {date} by the office {kato}.").format(
                    date=when, kato=info.office_kato
                )
            )
            self._refuse(
                self.tr(
                    "This backup belongs to another office ({kato}); this store is the office "
                    "{office} ({own}). It cannot be restored here; nothing was changed."
                ).format(kato=info.office_kato, office=self._office_name(), own=self.office.kato)
            )
            return
        self.info = info
        self.info_label.setText(
            self.tr("Backup of {office} ({kato}), made on {date}.").format(
                office=self._office_name(), kato=info.office_kato, date=when
            )
        )
        self.password_edit.setFocus() if self.login_edit.text() else self.login_edit.setFocus()

    def _office_name(self) -> str:
        return self.office.name_kk if current_language() == "kk" else self.office.name_ru

    def _refuse(self, text: str) -> None:
        self._show_error(text)
        for widget in (
            self.login_edit,
            self.password_edit,
            self.confirm_check,
            self.restore_button,
        ):
            widget.setEnabled(False)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- restoring ----------------------------------------------------------------------------

    def is_running(self) -> bool:
        """Return True while the backup is read or restored."""
        return self._worker is not None or self._reader is not None

    def _on_buttons_accepted(self) -> None:
        if self.info is None or self.is_running():
            return
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login or not password:
            self._show_error(
                self.tr("Enter the login and password of an administrator of the backup.")
            )
            (self.login_edit if not login else self.password_edit).setFocus()
            return
        if not self.confirm_check.isChecked():
            self._show_error(
                self.tr("Tick the box to confirm that the current store will be replaced.")
            )
            self.confirm_check.setFocus()
            return
        self.error_label.hide()
        # Every other job ends first: the store's connections are closed before its file
        # is replaced.
        self.runner.wait(30_000)
        store, file, restore_fn = self.store, self.file, self.restore_fn

        def job(**_kw: Any) -> Path | None:
            store.close()
            return restore_fn(file, store.path, login, password)

        worker = Worker(job)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        self._set_running(True)
        self.runner.start(worker)

    def _set_running(self, running: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.confirm_check):
            widget.setEnabled(not running)
        self.restore_button.setEnabled(not running)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not running)
        self.busy_bar.setVisible(running)

    def _on_worker_finished(self, kept: object) -> None:
        self._worker = None
        self._set_running(False)
        self.kept = kept if isinstance(kept, Path) else None
        logger.info(
            "store %s restored from %s (replaced store kept as %s)",
            self.store.path,
            self.file,
            self.kept,
        )
        self.restored.emit(self.kept)
        self.accept()

    def _on_worker_failed(self, exc: object) -> None:
        self._worker = None
        self._set_running(False)
        self._show_error(failure_text(exc, self.file))
        self.password_edit.clear()
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Never close while the store is being replaced."""
        if self._worker is not None:
            return
        super().reject()
