"""File > Import object registry, and File > Save registry template (reporting.md §3).

The dialog checks the chosen workbook in a worker and shows a preview (what would be added and
updated, the first rows) or every problem by row and column, in the user's language, in a table
that can be copied. Only a clean file can be imported; the import runs in a worker too, with a
progress bar and Cancel, and writes everything or nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exporters import registry_template
from exporters.registry_import import (
    EXCLUSION_IGNORED,
    EXCLUSION_MISSING,
    ImportCancelled,
    ImportResult,
    Problem,
    RegistryPreview,
    RegistryRejected,
    import_rows,
    preview_registry,
)
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.i18n import current_language
from ui.objects.registry_problems import (
    PREVIEW_ROWS,
    PreviewTableModel,
    ProblemTableModel,
    table_text,
)
from ui.settings import UiSettings
from ui.widgets.theme import ERROR_STYLE
from ui.workers import Cancelled, JobRunner, Worker

logger = logging.getLogger(__name__)

TEMPLATE_NAME = "qoldau_registry_template.xlsx"


class RegistryImportDialog(QDialog):
    """Choose a registry workbook, check it, preview it and import it.

    Signals:
        checked(bool): a file was checked; True when it can be imported.
        imported(int): the import finished; number of objects added and updated.
        stopped(str): a job ended without result: ``cancelled``, ``rejected`` or ``failed``.
    """

    checked = Signal(bool)
    imported = Signal(int)
    stopped = Signal(str)

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        settings: UiSettings | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner = store, user, runner
        self.settings = settings or UiSettings()
        self.today = today or date.today()
        self.preview: RegistryPreview | None = None
        #: What the import did, once done (not ``result``: that is QDialog's exit code).
        self.import_result: ImportResult | None = None
        self._worker: Worker | None = None
        self._closing = False
        self.setWindowTitle(self.tr("Import object registry"))
        self.resize(900, 560)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a registry workbook made from the registry template (File > Save "
                "registry template). Qoldau checks every row first; nothing is imported unless "
                "the whole file is correct."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("Registry &file:"))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Path of the .xlsx file"))
        file_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse..."))
        self.check_button = QPushButton(self.tr("C&heck file"))
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.check_button)
        layout.addLayout(file_row)

        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        layout.addWidget(self.progress_bar)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table_label = QLabel(self.tr("&Rows:"))
        self.table_label.setBuddy(self.table)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        # Rows imported all the same that need completing (reporting.md §3, brief §2.2).
        self.warnings_table = QTableView()
        self.warnings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.warnings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warnings_table.verticalHeader().setVisible(False)
        self.warnings_table.setWordWrap(True)
        self.warnings_label = QLabel(self.tr("&Warnings (these rows are imported all the same):"))
        self.warnings_label.setBuddy(self.warnings_table)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings_table)
        self._show_warnings(())
        copy_action = QAction(self.tr("Copy"), self.table)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(self._on_copy_selection_triggered)
        self.table.addAction(copy_action)

        self.buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy list"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        for button in (
            self.browse_button,
            self.check_button,
            self.copy_button,
            self.import_button,
            self.cancel_button,
            self.close_button,
        ):
            button.setAutoDefault(False)

        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.check_button.clicked.connect(self.check)
        self.path_edit.returnPressed.connect(self.check)
        self.path_edit.textEdited.connect(self._on_path_edit_text_edited)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.setTabOrder(self.path_edit, self.browse_button)
        self.setTabOrder(self.browse_button, self.check_button)
        self.setTabOrder(self.check_button, self.table)
        self._update_buttons()
        self.path_edit.setFocus()

    # -- state ------------------------------------------------------------------------------

    def is_running(self) -> bool:
        """Return True while a check or an import runs."""
        return self._worker is not None

    def _update_buttons(self) -> None:
        running = self.is_running()
        can_import = (
            not running
            and self.preview is not None
            and self.preview.ok
            and self.import_result is None
        )
        self.path_edit.setEnabled(not running)
        self.browse_button.setEnabled(not running)
        self.check_button.setEnabled(not running)
        self.import_button.setEnabled(can_import)
        self.cancel_button.setEnabled(running)
        self.copy_button.setEnabled(self.table.model() is not None and not running)
        self.import_button.setDefault(can_import)
        # Enter closes the dialog only once the import is done and nothing new was typed.
        self.close_button.setDefault(self.import_result is not None and not running)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    def _start(self, fn: Callable[..., Any], on_finished: Callable[[object], None]) -> None:
        worker = Worker(fn)
        worker.signals.progress.connect(partial(self._on_worker_progress, worker))
        worker.signals.finished.connect(partial(self._on_worker_done, worker, on_finished))
        worker.signals.failed.connect(partial(self._on_worker_failed, worker))
        self._worker = worker
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.progress_bar.setVisible(True)
        self._update_buttons()
        self.cancel_button.setFocus()
        self.runner.start(worker)

    # -- check --------------------------------------------------------------------------------

    def check(self) -> None:
        """Check the file named in the path field (in a worker) and show the preview."""
        if self.is_running():
            return
        text = self.path_edit.text().strip()
        if not text:
            self._say(self.tr("Choose the registry file first."), error=True)
            self.path_edit.setFocus()
            return
        path = Path(text)
        self.preview = None
        self.import_result = None
        self.table.setModel(None)
        self._show_warnings(())
        self._say(self.tr("Checking {name}...").format(name=path.name))
        self._start(partial(preview_registry, self.store, path, today=self.today), self._on_checked)

    def _on_checked(self, preview: object) -> None:
        assert isinstance(preview, RegistryPreview)
        self.preview = preview
        if not preview.ok:
            problems = preview.problems
            self._set_model(ProblemTableModel(problems, self))
            self._say(
                self.tr(
                    "The file cannot be imported: {count} problem(s), listed by row and column "
                    "below. Correct them in the file, save it and check it again."
                ).format(count=sum(1 for p in problems if p.code != "more_problems")),
                error=True,
            )
            self.table_label.setText(self.tr("&Problems:"))
            self._update_buttons()
            self.table.setFocus()
            self.table.selectRow(0)
            self.checked.emit(False)
            return
        plan = preview.plan
        assert plan is not None
        rows = preview.parsed.rows
        labels = {
            c.code: c.label(current_language())
            for c in ReferenceRepository(self.store).code_labels("object_types")
        }
        self._set_model(PreviewTableModel(rows[:PREVIEW_ROWS], plan.new_rows, labels, self))
        self.table_label.setText(
            self.tr("&Rows (the first {shown} of {total}):").format(
                shown=min(PREVIEW_ROWS, len(rows)), total=len(rows)
            )
        )
        summary = self.tr(
            "The file is correct: {rows} objects. Importing adds {added} new objects, updates "
            "{updated} and leaves {unchanged} unchanged; {passports} passports are added and "
            "{corrected} corrected."
        ).format(
            rows=len(rows),
            added=plan.added,
            updated=plan.updated,
            unchanged=plan.unchanged,
            passports=plan.passports_added,
            corrected=plan.passports_updated,
        )
        summary += self._warnings_summary(preview.warnings)
        self._show_warnings(preview.warnings)
        self._say(summary)
        self._update_buttons()
        self.import_button.setFocus()
        self.checked.emit(True)

    def _warnings_summary(self, warnings: Sequence[Problem]) -> str:
        """Return sentences counting the warnings by kind ("" when there are none)."""
        unexcluded = sum(1 for w in warnings if w.code == EXCLUSION_MISSING)
        ignored = sum(1 for w in warnings if w.code == EXCLUSION_IGNORED)
        settlements = len(warnings) - unexcluded - ignored
        parts = []
        if unexcluded:
            parts.append(
                self.tr(
                    "{count} objects not subject to passportization have no exclusion reason "
                    "or date: they stay on the data-quality list until both are entered."
                ).format(count=unexcluded)
            )
        if ignored:
            parts.append(
                self.tr(
                    "{count} rows give an exclusion for an object subject to passportization: "
                    "it is not imported."
                ).format(count=ignored)
            )
        if settlements:
            parts.append(
                self.tr("{count} rows name a settlement that is not in the office's list.").format(
                    count=settlements
                )
            )
        return "".join(" " + part for part in parts)

    def _show_warnings(self, warnings: Sequence[Problem]) -> None:
        old = self.warnings_table.model()
        self.warnings_table.setModel(ProblemTableModel(warnings, self) if warnings else None)
        if old is not None:
            old.deleteLater()
        if warnings:
            header = self.warnings_table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
        self.warnings_label.setVisible(bool(warnings))
        self.warnings_table.setVisible(bool(warnings))

    def _set_model(self, model: QAbstractTableModel) -> None:
        old = self.table.model()
        self.table.setModel(model)
        if old is not None:
            old.deleteLater()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    # -- import -------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Import the checked rows (in a worker)."""
        if self.is_running() or self.preview is None or not self.preview.ok:
            return
        rows = self.preview.parsed.rows
        self._say(self.tr("Importing {count} objects...").format(count=len(rows)))
        self._start(
            partial(
                import_rows,
                self.store,
                rows,
                user=self.user,
                today=self.today,
                warnings=self.preview.parsed.warnings,
            ),
            self._on_imported,
        )

    def _on_imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.import_result = result
        self._say(
            self.tr(
                "Imported: {added} new objects, {updated} updated, {passports} passports added."
            ).format(added=result.added, updated=result.updated, passports=result.passports_added)
            + self._warnings_summary(result.warnings)
        )
        self._show_warnings(result.warnings)
        self._update_buttons()
        self.close_button.setFocus()
        self.imported.emit(result.added + result.updated)

    # -- worker reports -----------------------------------------------------------------------

    def _on_worker_progress(self, worker: Worker, done: int, total: int) -> None:
        if worker is not self._worker:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_worker_done(
        self, worker: Worker, on_finished: Callable[[object], None], result: object
    ) -> None:
        if worker is not self._worker:
            return
        self._worker = None
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        on_finished(result)
        if self._closing:
            super().reject()

    def _on_worker_failed(self, worker: Worker, exc: object) -> None:
        if worker is not self._worker:
            return
        self._worker = None
        self.progress_bar.setVisible(False)
        if isinstance(exc, (Cancelled, ImportCancelled)):
            self._say(self.tr("Cancelled: nothing was imported."))
            outcome = "cancelled"
        elif isinstance(exc, RegistryRejected):
            # The store changed since the check (e.g. a newer passport was entered).
            self.preview = None
            self._set_model(ProblemTableModel(exc.problems, self))
            self._say(
                self.tr("The file cannot be imported; nothing was changed. See the problems."),
                error=True,
            )
            outcome = "rejected"
        else:
            logger.error("registry job failed: %r", exc)
            self._say(
                self.tr("The import failed; nothing was changed. Details: {error}").format(
                    error=exc
                ),
                error=True,
            )
            outcome = "failed"
        self._update_buttons()
        self.path_edit.setFocus()
        self.stopped.emit(outcome)
        if self._closing:
            super().reject()

    # -- slots --------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the running job to stop (it rolls back)."""
        if self._worker is not None:
            self._worker.cancel()
            self._say(self.tr("Cancelling..."))

    def reject(self) -> None:
        """Cancel a running job first, then close."""
        if self._worker is not None:
            self._closing = True
            self.cancel()
            return
        super().reject()

    def _on_browse_button_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open object registry"),
            self.settings.last_folder,
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if not name:
            return
        self.path_edit.setText(name)
        self.settings.set("ui/last_folder", str(Path(name).parent))
        self.check()

    def _on_path_edit_text_edited(self, _text: str) -> None:
        # A preview belongs to the file it was made from.
        if self.preview is not None or self.import_result is not None:
            self.preview = None
            self.import_result = None
            self._update_buttons()

    def _copy_rows(self, rows: Sequence[int] | None) -> None:
        model = self.table.model()
        if isinstance(model, QAbstractTableModel):
            QGuiApplication.clipboard().setText(table_text(model, rows))

    def _on_copy_button_clicked(self) -> None:
        self._copy_rows(None)

    def _on_copy_selection_triggered(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        self._copy_rows(rows or None)


def save_template_interactively(parent: QWidget | None, settings: UiSettings) -> Path | None:
    """Ask where to save the empty registry template and write it.

    A file open in Excel (``PermissionError``) or an unwritable folder gives a message, never a
    crash.

    Returns:
        The file written, or None when the user cancelled or it could not be written.
    """

    def tr(text: str) -> str:
        return QCoreApplication.translate("RegistryTemplate", text)

    start = Path(settings.last_folder) / TEMPLATE_NAME
    name, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save registry template"), str(start), tr("Excel workbooks (*.xlsx)")
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    settings.set("ui/last_folder", str(path.parent))
    try:
        registry_template.write_template(path)
    except PermissionError:
        QMessageBox.warning(
            parent,
            tr("Registry template"),
            tr(
                "Qoldau cannot write {path}: the file is open in another program (Excel?) or "
                "the folder is read-only. Close the file, or choose another folder, and try "
                "again."
            ).format(path=path),
        )
        return None
    except OSError as exc:
        logger.warning("cannot write template %s: %s", path, exc)
        QMessageBox.warning(
            parent,
            tr("Registry template"),
            tr("Qoldau cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            ),
        )
        return None
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(
            tr("Registry template saved: {path}").format(path=path), 10_000
        )
    return path
