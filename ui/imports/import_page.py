"""Page 6 of the import wizard: the import, all-or-nothing, with progress and cancel.

The rows the preview checked are written in one transaction on the writer thread; Cancel stops
it and nothing is written. The result is said in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from exporters.import_profile import MEMBERS
from exporters.registry_import import ImportResult
from exporters.registry_read import Problem
from ui.imports.host import WizardHost
from ui.imports.jobs import PageJob
from ui.imports.registry_problems import ProblemTableModel, problem_text, warnings_summary
from ui.imports.texts import failure_text
from ui.widgets.theme import ERROR_STYLE, OK_COLOUR


class ImportPage(QWizardPage):
    """The import in a worker; the result in words."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wiz = wizard
        self.job = PageJob(wizard.runner, self)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.job.progress.connect(self._on_job_progress)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Everything is imported, or nothing."))
        self.progress_bar = QProgressBar()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Stop the import"))
        self.cancel_button.setAutoDefault(False)
        # Rows imported all the same that need completing (reporting.md §3, brief §2.2).
        self.warnings_table = QTableView()
        self.warnings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.warnings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warnings_table.verticalHeader().setVisible(False)
        self.warnings_table.setWordWrap(True)
        self.warnings_label = QLabel(self.tr("&Warnings (these rows are imported all the same):"))
        self.warnings_label.setBuddy(self.warnings_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.result_label)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings_table, 1)
        layout.addStretch(1)
        self._show_warnings(())
        self.cancel_button.clicked.connect(self.cancel)
        self._done = False

    def is_running(self) -> bool:
        """Return True while the import runs."""
        return self.job.is_running()

    def isComplete(self) -> bool:  # noqa: N802
        """Finish once the import has ended (done, cancelled or refused)."""
        return self._done

    def initializePage(self) -> None:  # noqa: N802
        """Start the import of what the preview checked."""
        wiz = self._wiz
        self._done = False
        path, preview = wiz.path, wiz.preview
        assert path is not None and preview is not None
        profile = None if wiz.template else wiz.profile
        links = wiz.links()
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Importing..."))
        self._show_warnings(())
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.job.start(
            lambda **kw: wiz.backend.import_(path, profile, preview, links, **kw), writes=True
        )
        self.cancel_button.setFocus()
        self.completeChanged.emit()

    def cancel(self) -> None:
        """Ask the running import to stop (it rolls back)."""
        if self.job.is_running():
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Cancelling..."))

    def _on_job_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _end(self) -> None:
        self._done = True
        self.cancel_button.setVisible(False)
        self.completeChanged.emit()
        if self._wiz.closing:
            self._wiz.close_now()

    def _on_job_finished(self, result: object) -> None:
        wiz = self._wiz
        wiz.result = result
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.result_label.setStyleSheet(f"color: {OK_COLOUR};")
        self.result_label.setText(self.result_text(result))
        self._show_warnings(tuple(getattr(result, "warnings", ()) or ()))
        wiz.imported.emit(result)
        self._end()

    def _on_job_failed(self, exc: object) -> None:
        self.progress_bar.setVisible(False)
        self.result_label.setStyleSheet(ERROR_STYLE)
        text = failure_text(exc)
        problems = getattr(exc, "problems", None)
        if problems:
            # The store changed since the preview (a newer passport, a period approved).
            text = self.tr("The import was refused; nothing was changed: {reason}").format(
                reason=problem_text(problems[0])
            )
        self.result_label.setText(text)
        cancelled = type(exc).__name__ in ("Cancelled", "ImportCancelled")
        self._wiz.stopped.emit("cancelled" if cancelled else "rejected" if problems else "failed")
        self._end()

    def result_text(self, result: Any) -> str:
        """Return what the import did, in words."""
        if self._wiz.target == MEMBERS:
            return self.tr(
                "Imported: {families_new} new families, {families_updated} updated; "
                "{members_new} new members, {members_linked} linked to people already in Qoldau."
            ).format(
                families_new=result.families_new,
                families_updated=result.families_updated,
                members_new=result.members_new,
                members_linked=result.members_linked,
            )
        assert isinstance(result, ImportResult)
        return self.tr(
            "Imported: {added} new objects, {updated} updated, {unchanged} unchanged; "
            "{passports} passports added."
        ).format(
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
            passports=result.passports_added,
        ) + warnings_summary(result.warnings)

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
