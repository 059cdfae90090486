"""File > Export report package (issue 4): period, checks, destination, export and verify.

Four pages, every one usable from the keyboard (Alt+N next, Alt+B back, Enter for the default
button, Esc cancels):

1. **Period**: type, year and part; defaults to the last ended period; shows its code and dates.
2. **Checks**: the figures and the data-quality checks run in a worker; the findings are listed
   (:class:`~ui.widgets.findings_panel.FindingsPanel`). A blocking finding stops the wizard here.
   Figures that are all zero (:func:`models.reporting.dto.figures_all_zero`) are said in red, and
   Next asks to confirm before going on to write such a package (reporting.md §4).
3. **Destination**: a folder (remembered) or a USB stick from the list of removable volumes;
   existing package files there are replaced only after confirmation.
4. **Export**: :func:`exporters.package_export.export_package` in a worker with a progress
   bar; Cancel stops it and nothing is left behind. Then the package is checked at once
   (:func:`exporters.package_verify.verify_package` re-reads what was written) and the result
   is said in words (:mod:`ui.reporting.export_result`: where, which two files, checked, draft
   or approved); the SHA-256, size and rows per sheet are under *Details* (and the result's
   tooltip) for the region's checks. "Verify" checks again.

A file open in Excel or a removed or full stick gives a message saying what to do; the wizard
stays open with "Try again".
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from exporters.package import ExportCancelled, PackageRefused
from exporters.package_export import export_package
from exporters.package_layout import manifest_name, workbook_name
from exporters.package_verify import VerificationResult, verify_package
from models.reference.offices import app_version, office_of
from models.reporting.dto import ReportData, figures_all_zero
from models.reporting.periods import Period
from models.reporting.report import check_export
from models.store.db import Store
from ui.i18n import current_language, locale_for
from ui.reporting.export_result import CHECK_BROKEN, CHECK_FAILED, CHECKED, CHECKING, result_text
from ui.reporting.quality_dialog import start_checks, summary_text
from ui.settings import UiSettings
from ui.widgets.ask import ask
from ui.widgets.findings_panel import FindingsPanel
from ui.widgets.period_picker import PeriodPicker
from ui.widgets.theme import ERROR_STYLE, OK_COLOUR
from ui.workers import Cancelled, JobRunner, Worker

logger = logging.getLogger(__name__)

PAGE_PERIOD, PAGE_CHECKS, PAGE_DESTINATION, PAGE_EXPORT = range(4)
_ERROR_STYLE = ERROR_STYLE


@dataclass(frozen=True)
class Volume:
    """A removable volume (USB stick, memory card) that can receive a package."""

    name: str
    path: str
    free_bytes: int


#: Folders under which desktops mount removable media (Linux, macOS).
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def removable_volumes(volumes: Iterable[QStorageInfo] | None = None) -> list[Volume]:
    """Return the mounted volumes that look removable and can be written.

    Qt does not say whether a volume is removable, so this guesses: on Windows every drive but
    the system drive; elsewhere the volumes mounted under the usual media folders.
    """
    found = QStorageInfo.mountedVolumes() if volumes is None else volumes
    system = QStorageInfo.root().rootPath()
    out = []
    for v in found:
        if not (v.isValid() and v.isReady()) or v.isReadOnly():
            continue
        root = v.rootPath()
        if sys.platform == "win32":
            removable = root.rstrip("/\\").lower() != system.rstrip("/\\").lower()
        else:
            removable = root.startswith(_REMOVABLE_ROOTS)
        if removable:
            name = v.displayName() or v.name() or root
            out.append(Volume(name, root, int(v.bytesAvailable())))
    return out


def list_volumes() -> list[Volume]:
    """Return the removable volumes shown on the destination page (tests replace this)."""
    return removable_volumes()


def error_text(exc: BaseException, folder: Path | None) -> str:
    """Return the translated message of a failed export, saying what to do."""
    # NOTE: literal translate() calls, no wrapper: lupdate sees only those (tools/ts_extract.py).
    where = str(folder) if folder is not None else ""
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "ExportWizard",
            "A file of the package in {folder} is open in another program (Excel?) or the folder "
            "cannot be written. Close the file and press Try again, or go back and choose "
            "another folder. Nothing was written.",
        ).format(folder=where)
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate(
            "ExportWizard",
            "The folder {folder} is no longer there (was the USB stick removed?). Insert it "
            "again and press Try again, or go back and choose another folder. Nothing was "
            "written.",
        ).format(folder=where)
    if isinstance(exc, PackageRefused):
        details = "\n".join(p.as_text() for p in exc.problems[:10])
        return QCoreApplication.translate(
            "ExportWizard",
            "The figures break the rules of the report format, so nothing was written. This is "
            "a program error or a damaged store: contact support with these details:\n{details}",
        ).format(details=details)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "ExportWizard",
            "The package could not be written to {folder} ({error}). Check that the USB stick "
            "is still inserted and has free space, then press Try again, or go back and choose "
            "another folder. Nothing was written.",
        ).format(folder=where, error=exc.strerror or exc)
    return QCoreApplication.translate(
        "ExportWizard", "The export failed; nothing was written. Details: {error}"
    ).format(error=exc)


# ------------------------------------------------------------------------------------ pages


class PeriodPage(QWizardPage):
    """Page 1: the reporting period."""

    def __init__(self, today: date, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Period"))
        self.setSubTitle(self.tr("Choose the period to report. The last ended period is proposed."))
        self.picker = PeriodPicker(today, self, kind=kind)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addStretch(1)


class ChecksPage(QWizardPage):
    """Page 2: figures and data-quality checks; a blocking finding stops here."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self._pending = 0
        self.data: ReportData | None = None
        self.setTitle(self.tr("Checks"))
        self.setSubTitle(
            self.tr("The figures are computed and the data is checked before the export.")
        )
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.panel = FindingsPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.status_label)
        layout.addWidget(self.panel, 1)

    def initializePage(self) -> None:  # noqa: N802
        """Run the checks of the chosen period (again each time the page is entered)."""
        self.data = None
        self._pending += 1
        self.panel.set_findings([])
        self.busy.setVisible(True)
        self.status_label.setStyleSheet("")
        period = self._wiz.period()
        self.status_label.setText(
            self.tr("Computing the figures of {code} and checking the data...").format(
                code=period.code
            )
        )
        self.completeChanged.emit()
        start_checks(
            self._wiz.runner,
            self._wiz.store,
            period,
            self._wiz.today(),
            self._on_checks_finished,
            self._on_checks_failed,
        )

    def isComplete(self) -> bool:  # noqa: N802
        """Allow Next only when the checks ran and nothing blocks."""
        return self.data is not None and not any(w.blocking for w in self.data.warnings)

    def is_running(self) -> bool:
        """Return True while the checks run."""
        return self._pending > 0

    def all_zero(self) -> bool:
        """Return True when the checked figures are all zero (an empty report)."""
        return self.data is not None and figures_all_zero(self.data)

    def validatePage(self) -> bool:  # noqa: N802
        """Ask before going on with figures that are all zero (reporting.md §4)."""
        if not self.all_zero():
            return True
        assert self.data is not None
        return ask(
            self,
            self.tr("Export an empty report?"),
            self.tr(
                "All figures of {code} are zero: no object and no case is counted in this "
                "period. Such a report is usually a mistake (another period, another store, or "
                "a register not imported yet).\n\nExport it anyway? Its Cover sheet will say "
                "that all figures are zero."
            ).format(code=self.data.period.code),
            self.tr("Export the empty report"),
            self.tr("Go back"),
            icon=QMessageBox.Icon.Warning,
        )

    def _take_latest(self) -> bool:
        self._pending -= 1
        if self._pending:
            return False  # the period was changed meanwhile: a newer run is under way
        self.busy.setVisible(False)
        return True

    def _on_checks_finished(self, data: object) -> None:
        if not self._take_latest():
            return
        assert isinstance(data, ReportData)
        self.data = data
        self.panel.set_findings(data.warnings)
        text = summary_text(data.warnings)
        if any(w.blocking for w in data.warnings):
            self.status_label.setStyleSheet(_ERROR_STYLE)
            text += " " + self.tr(
                "The export cannot go on: the computed figures break the rules of the report "
                "format. Make a backup of the store and contact support."
            )
        elif figures_all_zero(data):
            self.status_label.setStyleSheet(_ERROR_STYLE)
            zero = self.tr(
                "All figures of {code} are zero: no object and no case is counted in this "
                "period. Check the period, and that the register was imported, before you "
                "export an empty report."
            ).format(code=data.period.code)
            # An empty report is not "ready for export" (issue 7 point 8): without findings
            # the zero warning stands alone instead of following "No findings: ... ready".
            text = f"{text} {zero}" if data.warnings else zero
        self.status_label.setText(text)
        self.completeChanged.emit()
        self._wiz.checked.emit(data)

    def _on_checks_failed(self, exc: object) -> None:
        if not self._take_latest():
            return
        logger.error("export checks failed: %r", exc)
        self.status_label.setStyleSheet(_ERROR_STYLE)
        self.status_label.setText(
            self.tr("The checks could not run; go back and try again. Details: {error}").format(
                error=exc
            )
        )
        self.completeChanged.emit()


class DestinationPage(QWizardPage):
    """Page 3: the folder or USB stick that receives the package."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("Destination"))
        self.setSubTitle(
            self.tr("Choose a folder, or a USB stick from the list, to receive the package.")
        )
        self.folder_edit = QLineEdit(str(wizard.settings.get("export/last_folder")))
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        self.browse_button = QPushButton(self.tr("B&rowse..."))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        row = QHBoxLayout()
        row.addWidget(folder_label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        self.volumes_list = QListWidget()
        volumes_label = QLabel(self.tr("Removable &drives:"))
        volumes_label.setBuddy(self.volumes_list)
        self.refresh_button = QPushButton(self.tr("Re&fresh drives"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh_volumes)
        self.no_volumes_label = QLabel(
            self.tr("No USB stick found. Insert one and press Refresh drives, or choose a folder.")
        )
        self.no_volumes_label.setWordWrap(True)
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(volumes_label)
        layout.addWidget(self.volumes_list, 1)
        layout.addWidget(self.no_volumes_label)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.files_label)
        self.folder_edit.textChanged.connect(self._on_folder_edit_text_changed)
        self.volumes_list.currentItemChanged.connect(self._on_volumes_list_current_changed)

    def initializePage(self) -> None:  # noqa: N802
        """List the removable drives and show what the package files will be called."""
        self.refresh_volumes()
        self._show_files()

    def folder(self) -> Path:
        """Return the chosen folder."""
        return Path(self.folder_edit.text().strip()).expanduser()

    def existing_files(self) -> list[Path]:
        """Return the package files of this export already in the chosen folder."""
        return [p for p in self._wiz.package_paths(self.folder()) if p.exists()]

    def refresh_volumes(self) -> None:
        """Fill the list of removable drives: name and free space."""
        loc = locale_for(current_language())
        self.volumes_list.clear()
        for v in list_volumes():
            size = loc.formattedDataSize(v.free_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
            item = QListWidgetItem(
                self.tr("{name} ({path}), {free} free").format(name=v.name, path=v.path, free=size)
            )
            item.setData(Qt.ItemDataRole.UserRole, v.path)
            self.volumes_list.addItem(item)
        self.volumes_list.setVisible(self.volumes_list.count() > 0)
        self.no_volumes_label.setVisible(self.volumes_list.count() == 0)

    def isComplete(self) -> bool:  # noqa: N802
        """Allow Next when the folder exists."""
        text = self.folder_edit.text().strip()
        return bool(text) and self.folder().is_dir()

    def validatePage(self) -> bool:  # noqa: N802
        """Ask before replacing package files; remember the folder."""
        existing = self.existing_files()
        if existing and not ask(
            self,
            self.tr("Replace the package?"),
            self.tr(
                "The folder already holds a package of this office and period:\n{files}\n"
                "Replace it with the new export?"
            ).format(files="\n".join(p.name for p in existing)),
            self.tr("Replace the files"),
            self.tr("Choose another folder"),
        ):
            return False
        self._wiz.settings.set("export/last_folder", str(self.folder()))
        return True

    def _show_files(self) -> None:
        names = [p.name for p in self._wiz.package_paths(self.folder())]
        text = self.tr("The package is written as {files}.").format(files=" + ".join(names))
        if self.isComplete() and self.existing_files():
            text += " " + self.tr(
                "These files already exist in this folder: they will be replaced after you confirm."
            )
            self.files_label.setStyleSheet(_ERROR_STYLE)
        elif self.folder_edit.text().strip() and not self.isComplete():
            text += " " + self.tr("This folder does not exist: choose another one.")
            self.files_label.setStyleSheet(_ERROR_STYLE)
        else:
            self.files_label.setStyleSheet("")
        self.files_label.setText(text)

    def _on_folder_edit_text_changed(self, _text: str) -> None:
        self._show_files()
        self.completeChanged.emit()

    def _on_volumes_list_current_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.folder_edit.setText(str(current.data(Qt.ItemDataRole.UserRole)))

    def _on_browse_button_clicked(self) -> None:
        start = self.folder_edit.text().strip() or str(self._wiz.settings.get("export/last_folder"))
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the package"), start)
        if name:
            self.folder_edit.setText(name)


class ExportPage(QWizardPage):
    """Page 4: write the package with a progress bar, then the summary and "Verify"."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.worker: Worker | None = None
        self._verifier: Worker | None = None
        self.manifest_path: Path | None = None
        self._manifest: dict[str, Any] = {}
        self._auto_check = False
        self.setTitle(self.tr("Export"))
        self.progress_bar = QProgressBar()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The details for the region's checks (hash, size, rows), folded under the result.
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("&Details"))
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setVisible(False)
        self.details_button.toggled.connect(self._on_details_button_toggled)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setVisible(False)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.start_export)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setAutoDefault(False)
        self.verify_button.setVisible(False)
        self.verify_button.clicked.connect(self.verify)
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        self.verify_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(self.details_button)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.verify_label)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        """Start the export as soon as the page shows."""
        self.start_export()

    def cleanupPage(self) -> None:  # noqa: N802
        """Going back stops a running export (nothing is left behind)."""
        if self.worker is not None:
            self.worker.cancel()

    def isComplete(self) -> bool:  # noqa: N802
        """Allow Finish once the package is written."""
        return self.manifest_path is not None and self.worker is None

    def is_running(self) -> bool:
        """Return True while the package is being written."""
        return self.worker is not None

    def start_export(self) -> None:
        """Write the package in a worker."""
        if self.worker is not None:
            return
        data = self._wiz.checks_page.data
        assert data is not None
        out_dir = self._wiz.destination_page.folder()
        version = app_version()
        store = self._wiz.store
        self.manifest_path = None
        self._manifest = {}
        self.summary_label.clear()
        self.status_label.setToolTip("")
        self.details_button.setChecked(False)
        self.details_button.setVisible(False)
        self.verify_label.clear()
        self.retry_button.setVisible(False)
        self.verify_button.setVisible(False)
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("Writing the package to {folder}...").format(folder=out_dir)
        )
        self.progress_bar.setRange(0, 0)

        def job(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> Path:
            check_export(store)  # the role, in models: a hidden button is not the only guard
            # Like the command line: the export history and the audit's export event too.
            return export_package(
                store,
                data,
                out_dir,
                app_version=version,
                progress=progress,
                is_cancelled=is_cancelled,
            )

        worker = Worker(job)
        worker.signals.progress.connect(self._on_worker_progress)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self.worker = worker
        self._set_running(True)
        self._wiz.runner.start(worker)

    def cancel(self) -> None:
        """Ask the running export to stop."""
        if self.worker is not None:
            self.worker.cancel()
            self.status_label.setText(self.tr("Cancelling..."))

    def verify(self, *, auto: bool = False) -> None:
        """Verify the written package in a worker (reporting.md §2.3).

        ``auto``: the check right after writing, said in the result's words only.
        """
        if self.manifest_path is None or self._verifier is not None:
            return
        path = self.manifest_path
        self._auto_check = auto

        def job(progress: object, is_cancelled: object) -> VerificationResult:
            del progress, is_cancelled
            return verify_package(path, receiver=None)

        worker = Worker(job)
        worker.signals.finished.connect(self._on_verifier_finished)
        worker.signals.failed.connect(self._on_verifier_failed)
        self._verifier = worker
        self.verify_button.setEnabled(False)
        self.verify_label.setStyleSheet("")
        self.verify_label.setText("" if auto else self.tr("Verifying the package..."))
        self._wiz.runner.start_read(worker)

    # -- internals -------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        self.completeChanged.emit()
        # QWizard re-enables Back on completeChanged; a running export is left by Cancel only.
        self._wiz.button(QWizard.WizardButton.BackButton).setEnabled(not running)

    def _on_worker_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_worker_finished(self, result: object) -> None:
        assert isinstance(result, Path)
        self.worker = None
        self.manifest_path = result
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        details = self._summary(result)
        self.summary_label.setText(details)
        self.status_label.setToolTip(details)
        self.details_button.setVisible(True)
        self._show_result(CHECKING)
        self.verify_button.setVisible(True)
        self.verify_button.setEnabled(True)
        self._set_running(False)
        self._wiz.exported.emit(result)
        if self._wiz.closing:
            self._wiz.close_now()
            return
        self.verify(auto=True)  # "it opens and its figures match", said in the result

    def _show_result(self, state: str) -> None:
        assert self.manifest_path is not None
        self.status_label.setText(result_text(self._manifest, self.manifest_path, state))
        failed = state in (CHECK_FAILED, CHECK_BROKEN)
        self.status_label.setStyleSheet(_ERROR_STYLE if failed else "")

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.summary_label.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(arrow)

    def _summary(self, manifest_path: Path) -> str:
        try:
            m: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            return self.tr("The manifest cannot be read back: {error}").format(error=exc)
        self._manifest = m if isinstance(m, dict) else {}
        wb = m.get("workbook", {})
        lines = [
            self.tr("Workbook: {name}").format(name=wb.get("file", "")),
            self.tr("Manifest: {name}").format(name=manifest_path.name),
            self.tr("SHA-256 of the workbook: {sha}").format(sha=wb.get("sha256", "")),
            self.tr("Rows per sheet:"),
        ]
        lines += [f"    {sheet}: {rows}" for sheet, rows in m.get("sheets", {}).items()]
        return "\n".join(lines)

    def _on_worker_failed(self, exc: object) -> None:
        self.worker = None
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        if isinstance(exc, ExportCancelled | Cancelled):
            self.status_label.setText(self.tr("Cancelled: nothing was written."))
            self.retry_button.setVisible(True)
            self._set_running(False)
            if self._wiz.closing:
                self._wiz.close_now()
            return
        assert isinstance(exc, BaseException)
        logger.warning("export failed: %r", exc)
        text = error_text(exc, self._wiz.destination_page.folder())
        self.status_label.setStyleSheet(_ERROR_STYLE)
        self.status_label.setText(text)
        self.retry_button.setVisible(True)
        self._set_running(False)
        if self._wiz.closing:
            self._wiz.close_now()
            return
        QMessageBox.warning(self, self.tr("Export failed"), text)
        self.retry_button.setFocus()

    def _on_verifier_finished(self, result: object) -> None:
        assert isinstance(result, VerificationResult)
        self._verifier = None
        self.verify_button.setEnabled(True)
        if self.manifest_path is not None:
            self._show_result(CHECKED if result.ok else CHECK_FAILED)
        if result.ok and self._auto_check:
            self.verify_label.clear()  # the result says it
        elif result.ok:
            self.verify_label.setStyleSheet(f"color: {OK_COLOUR}")
            self.verify_label.setText(
                self.tr("Verified: the package is complete, unchanged and follows the format.")
            )
        else:
            self.verify_label.setStyleSheet(_ERROR_STYLE)
            self.verify_label.setText(
                self.tr("The package failed verification: export it again.\n{problems}").format(
                    problems="\n".join(p.as_text() for p in result.problems[:20])
                )
            )
        self._wiz.verified.emit(result)

    def _on_verifier_failed(self, exc: object) -> None:
        self._verifier = None
        self.verify_button.setEnabled(True)
        if self.manifest_path is not None:
            self._show_result(CHECK_BROKEN)
        self.verify_label.setStyleSheet(_ERROR_STYLE)
        self.verify_label.setText(
            self.tr("The package could not be verified. Details: {error}").format(error=exc)
        )


# ------------------------------------------------------------------------------------ wizard


class ExportWizard(QWizard):
    """Export the report package of a period (reporting.md §2), step by step.

    Signals:
        open_findings(str): the user asked for the records of a finding (its code; see
            :data:`ui.widgets.quality_texts.FINDING_LISTS` for the register); the main window may
            filter that register.
        checked(object): the checks of page 2 finished; the
            :class:`~models.reporting.dto.ReportData` (findings in ``warnings``).
        exported(object): the package was written; the manifest's :class:`~pathlib.Path`.
        verified(object): "Verify" finished; the
            :class:`~exporters.package_verify.VerificationResult`.
    """

    open_findings = Signal(str)
    checked = Signal(object)
    exported = Signal(object)
    verified = Signal(object)

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner, self.today = store, user, runner, today
        self.settings = settings if settings is not None else UiSettings()
        self.closing = False
        self.office = office_of(store)
        self.setWindowTitle(self.tr("Export report package"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.resize(760, 520)
        self.period_page = PeriodPage(today(), str(self.settings.get("export/period_kind")))
        self.checks_page = ChecksPage(self)
        self.destination_page = DestinationPage(self)
        self.export_page = ExportPage(self)
        self.setPage(PAGE_PERIOD, self.period_page)
        self.setPage(PAGE_CHECKS, self.checks_page)
        self.setPage(PAGE_DESTINATION, self.destination_page)
        self.setPage(PAGE_EXPORT, self.export_page)
        self.checks_page.panel.open_findings.connect(self.open_findings)
        self.currentIdChanged.connect(self._on_current_id_changed)

    def period(self) -> Period:
        """Return the chosen :class:`~models.reporting.periods.Period`."""
        return self.period_page.picker.period()

    def package_paths(self, folder: Path) -> list[Path]:
        """Return the workbook and manifest paths of this export in ``folder``."""
        code = self.period().code
        return [
            folder / workbook_name(self.office.kato, code),
            folder / manifest_name(self.office.kato, code),
        ]

    def reject(self) -> None:
        """Cancel: stop a running export first (it removes its files), then close."""
        if self.export_page.is_running():
            self.closing = True
            self.export_page.cancel()
            return
        super().reject()

    def close_now(self) -> None:
        """Close after a cancelled export has stopped."""
        self.closing = False
        super().reject()

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id == PAGE_CHECKS:
            self.settings.set("export/period_kind", self.period_page.picker.kind())
        elif page_id == PAGE_EXPORT and self.export_page.is_running():
            # NOTE: QWizard enables Back after initializePage(); a running export is left by
            # Cancel only (going back would also cancel it, see ExportPage.cleanupPage).
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
