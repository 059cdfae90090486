"""Page 1 of the import wizard: the file, its sheet and its header row.

The workbook is read in the background (every sheet, through the bounded reader); the first
rows of the chosen sheet show in a grid with the header row highlighted, and a spin box moves
it. A file in Qoldau's own template (codes in row 1) is said so and goes straight to the
preview; a header whose signature a saved profile has picks that profile by itself.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from exporters.import_profile import MEMBERS, OBJECTS
from ui.imports.backend import FileRead
from ui.imports.grid import SheetGridModel
from ui.imports.host import WizardHost
from ui.imports.jobs import PageJob
from ui.imports.template_file import save_template_interactively, saved_text
from ui.imports.texts import failure_text
from ui.widgets.theme import ERROR_STYLE


class FilePage(QWizardPage):
    """The file, the sheet and the header row (reading runs in a worker)."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wiz = wizard
        self.job = PageJob(wizard.runner, self)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self._loading = False
        self.setTitle(self.tr("File"))
        if wizard.target == MEMBERS:
            self.setSubTitle(
                self.tr(
                    "Choose the workbook with the list of families and members, then check "
                    "the sheet and the row that holds the column headers."
                )
            )
        else:
            self.setSubTitle(
                self.tr(
                    "Choose the workbook with the register, then check the sheet and the row "
                    "that holds the column headers."
                )
            )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Path of the .xlsx file"))
        self.browse_button = QPushButton(self.tr("&Browse..."))
        self.browse_button.setAutoDefault(False)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        # The empty template (reporting.md §3), as File > Save registry template writes it.
        self.template_button = QPushButton(self.tr("Save empty &template..."))
        self.template_button.setAutoDefault(False)
        self.template_button.setVisible(wizard.target == OBJECTS)
        path_row.addWidget(self.template_button)
        self.sheet_combo = QComboBox()
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 10_000)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.sheet_combo)
        form.addRow(sheet_label, self.sheet_combo)
        header_label = QLabel(self.tr("&Header row:"))
        header_label.setBuddy(self.header_spin)
        header_row = QHBoxLayout()
        header_row.addWidget(self.header_spin)
        header_row.addStretch(1)
        form.addRow(header_label, header_row)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        self.grid = QTableView()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid_label = QLabel(self.tr("First &rows of the sheet (the header row is highlighted):"))
        grid_label.setBuddy(self.grid)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message_label)
        layout.addWidget(self.profile_label)
        layout.addWidget(grid_label)
        layout.addWidget(self.grid, 1)
        self.setTabOrder(self.path_edit, self.browse_button)
        self.setTabOrder(self.browse_button, self.template_button)
        self.setTabOrder(self.template_button, self.sheet_combo)
        self.setTabOrder(self.sheet_combo, self.header_spin)
        self.setTabOrder(self.header_spin, self.grid)
        self.path_edit.textChanged.connect(self._on_path_edit_text_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_combo_current_index_changed)
        self.header_spin.valueChanged.connect(self._on_header_spin_value_changed)
        self.grid.doubleClicked.connect(self._on_grid_double_clicked)

    # -- state --------------------------------------------------------------------------------

    def isComplete(self) -> bool:  # noqa: N802
        """A path is given and nothing is being read."""
        return bool(self.path_edit.text().strip()) and not self.job.is_running()

    def is_running(self) -> bool:
        """Return True while the file is read or the suggestion is made."""
        return self.job.is_running()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (
            self.path_edit,
            self.browse_button,
            self.template_button,
            self.sheet_combo,
            self.header_spin,
        ):
            w.setEnabled(not busy)
        self.completeChanged.emit()

    def validatePage(self) -> bool:  # noqa: N802
        """Next: read a new file first (and stay); then make the suggestion (and go on)."""
        if self.job.is_running():
            return False
        path = Path(self.path_edit.text().strip())
        if self._wiz.path != path or self._wiz.sheets is None:
            self.read(path)
            return False
        if self._wiz.template or self._wiz.analysed:
            return True
        self._analyse()
        return False

    # -- reading --------------------------------------------------------------------------------

    def read(self, path: Path) -> None:
        """Read every sheet of ``path`` in a worker, then show the first rows."""
        self._wiz.forget_file()
        self._say(self.tr("Reading {name}...").format(name=path.name))
        self.profile_label.clear()
        self._wiz.path = path
        self._set_busy(True)
        self.job.start(lambda **kw: self._wiz.backend.read(path, **kw))

    def _analyse(self) -> None:
        self._say(self.tr("Matching the columns and values..."))
        self._set_busy(True)
        sheets, sheet, header = self._wiz.sheets, self._wiz.sheet_name, self._wiz.header_row
        assert sheets is not None
        self.job.start(lambda **kw: self._wiz.backend.suggest(sheets, sheet, header, **kw))

    def _on_job_finished(self, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, FileRead):
            self._on_read(result)
            return
        self._wiz.take_suggestion(result)
        self._say("")
        self._wiz.next()

    def _on_read(self, read: FileRead) -> None:
        wiz = self._wiz
        wiz.take_file(read)
        sheets = read.sheets
        self._loading = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheets.names))
        self.sheet_combo.setCurrentIndex(max(0, sheets.names.index(wiz.sheet_name)))
        self.header_spin.setValue(wiz.header_row)
        self._loading = False
        self._show_sheet()
        if wiz.template:
            self._say(
                self.tr(
                    "This file is in Qoldau's registry template (column codes in row 1): it is "
                    "imported as it is. Press Next to check it."
                )
            )
        else:
            self._say(
                self.tr(
                    "Check the sheet and the header row, then press Next: Qoldau proposes "
                    "what each column holds."
                )
            )
        self.header_spin.setFocus()

    def _on_job_failed(self, exc: object) -> None:
        self._set_busy(False)
        if self._wiz.sheets is None:
            self._wiz.path = None
        self._say(failure_text(exc), error=True)
        self.path_edit.setFocus()

    def _show_sheet(self) -> None:
        wiz = self._wiz
        old = self.grid.model()
        self.grid.setModel(SheetGridModel(wiz.sheet_cells(), wiz.header_row, self))
        if old is not None:
            old.deleteLater()
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(120)
        self.grid.scrollTo(self.grid.model().index(max(0, wiz.header_row - 1), 0))
        self._show_profile()

    def _show_profile(self) -> None:
        chosen = self._wiz.chosen
        if chosen is None or self._wiz.template:
            self.profile_label.clear()
            return
        self.profile_label.setText(
            self.tr("Using the saved profile '{name}'.").format(name=chosen.name)
        )

    # -- slots --------------------------------------------------------------------------------

    def _on_path_edit_text_changed(self, _text: str) -> None:
        self.completeChanged.emit()

    def _on_browse_button_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open workbook"),
            self._wiz.settings.last_folder,
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if not name:
            return
        self.path_edit.setText(name)
        self._wiz.settings.set("ui/last_folder", str(Path(name).parent))
        self.read(Path(name))

    def _on_template_button_clicked(self) -> None:
        path = save_template_interactively(self, self._wiz.settings)
        if path is not None:
            self._say(saved_text(path))

    def _on_sheet_combo_current_index_changed(self, index: int) -> None:
        if self._loading or index < 0 or self._wiz.sheets is None:
            return
        self._wiz.choose(self._wiz.sheets.names[index], None)
        self._loading = True
        self.header_spin.setValue(self._wiz.header_row)
        self._loading = False
        self._show_sheet()

    def _on_header_spin_value_changed(self, value: int) -> None:
        if self._loading or self._wiz.sheets is None:
            return
        self._wiz.choose(self._wiz.sheet_name, value)
        model = self.grid.model()
        if isinstance(model, SheetGridModel):
            model.set_header_row(value)
        self._show_profile()

    def _on_grid_double_clicked(self, index: QModelIndex) -> None:
        # A double click on a row of the grid makes it the header row (the spin box follows).
        if index.isValid():
            self.header_spin.setValue(index.row() + 1)
