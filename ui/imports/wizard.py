"""File > Import register... and File > Import family list...: the import wizard (issue 15).

One entry point for every register: a file in Qoldau's own template (column codes in row 1)
goes straight to the preview, as reporting.md §3 imports it; any other layout goes through an
import profile (§3.1), page by page, every page usable from the keyboard (Alt+N next, Alt+B
back, Enter = Next, Esc cancels):

1. **File** (:mod:`ui.imports.file_page`): the file, the sheet and the header row, with a grid
   of the first rows; a saved profile whose header signature matches is picked by itself.
2. **Columns** (:mod:`ui.imports.columns_page`): each source header -> a field.
3. **Values** (:mod:`ui.imports.values_page`): each distinct source value of a coded field ->
   a code.
4. **Profile** (:mod:`ui.imports.save_page`): saved in the store under a name (and to a file).
5. **Preview** (:mod:`ui.imports.preview_page`): counts, rows with errors, duplicates of
   members with a choice per row; Import is enabled only for a clean file.
6. **Import** (:mod:`ui.imports.import_page`): all-or-nothing, with progress and cancel;
   the result in words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from exporters.import_profile import (
    MEMBERS,
    OBJECTS,
    ImportProfile,
    ProfileError,
    profile_from_json,
)
from exporters.profile_sheet import SheetCells
from exporters.profile_suggest import Suggestion, find_header_row
from models.reference.import_profiles import StoredProfile
from models.store.db import Store
from ui.imports.backend import Analysis, FileRead, ImportBackend, is_template, signature_of
from ui.settings import UiSettings
from ui.widgets.dialog_parts import fit_to_screen
from ui.workers import JobRunner

PAGE_FILE, PAGE_COLUMNS, PAGE_VALUES, PAGE_SAVE, PAGE_PREVIEW, PAGE_IMPORT = range(6)


class ProfileImportWizard(QWizard):
    """Import an office's register (``objects``) or list of families (``members``).

    Signals:
        previewed(object): the preview finished (a ``RegistryPreview`` or ``MembersPreview``).
        imported(object): the import finished; its result.
        stopped(str): a job ended without result: ``cancelled``, ``rejected`` or ``failed``.
    """

    previewed = Signal(object)
    imported = Signal(object)
    stopped = Signal(str)

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        target: str = OBJECTS,
        today: Callable[[], date] = date.today,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner, self.target = store, user, runner, target
        self.settings = settings if settings is not None else UiSettings()
        self.backend = ImportBackend(store, user, target, today)
        self.closing = False
        # What the pages found so far (see forget_file).
        self.path: Path | None = None
        self.sheets: SheetCells | None = None
        self.stored: tuple[StoredProfile, ...] = ()
        self.template = False
        self.sheet_name = ""
        self.header_row = 1
        self.chosen: StoredProfile | None = None
        self.analysed = False
        self.suggestion: Suggestion | None = None
        self.profile: ImportProfile | None = None
        self.profile_name = ""
        self.preview: Any = None
        self.result: Any = None
        if target == MEMBERS:
            self.setWindowTitle(self.tr("Import family list"))
        else:
            self.setWindowTitle(self.tr("Import register"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        from ui.imports.columns_page import ColumnsPage
        from ui.imports.file_page import FilePage
        from ui.imports.import_page import ImportPage
        from ui.imports.preview_page import PreviewPage
        from ui.imports.save_page import SavePage
        from ui.imports.values_page import ValuesPage

        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.values_page = ValuesPage(self)
        self.save_page = SavePage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page_id, page in (
            (PAGE_FILE, self.file_page),
            (PAGE_COLUMNS, self.columns_page),
            (PAGE_VALUES, self.values_page),
            (PAGE_SAVE, self.save_page),
            (PAGE_PREVIEW, self.preview_page),
            (PAGE_IMPORT, self.import_page),
        ):
            self.setPage(page_id, page)
        fit_to_screen(self, 960, 660)

    # -- the flow -----------------------------------------------------------------------------

    def nextId(self) -> int:  # noqa: N802
        """A file in our template skips the profile pages."""
        current = self.currentId()
        if current == PAGE_FILE and self.template:
            return PAGE_PREVIEW
        if current == PAGE_IMPORT:
            return -1
        return current + 1 if current >= 0 else PAGE_FILE

    def forget_file(self) -> None:
        """Drop what was found in the previous file (a new one is being read)."""
        self.path = None
        self.sheets = None
        self.stored = ()
        self.template = False
        self.chosen = None
        self.analysed = False
        self.suggestion = None
        self.profile = None
        self.profile_name = ""
        self.preview = None
        self.result = None

    def take_file(self, read: FileRead) -> None:
        """Keep a file read; choose its sheet and header row (a saved profile's when one fits)."""
        self.sheets = read.sheets
        self.stored = read.stored
        self.template = self.target == OBJECTS and is_template(read.sheets)
        for stored in read.stored:
            sheet, row = self._stored_place(stored)
            if sheet and signature_of(read.sheets, sheet, row) == stored.signature:
                self.choose(sheet, row)
                return
        self.choose(read.sheets.names[0] if read.sheets.names else "", None)

    def _stored_place(self, stored: StoredProfile) -> tuple[str, int]:
        assert self.sheets is not None
        sheet, row = stored.body.get("sheet"), stored.body.get("header_row")
        if not isinstance(row, int) or isinstance(row, bool):
            return "", 0
        names = self.sheets.names
        if isinstance(sheet, int) and not isinstance(sheet, bool) and 1 <= sheet <= len(names):
            return names[sheet - 1], row
        if isinstance(sheet, str) and sheet in self.sheets.cells:
            return sheet, row
        return "", 0

    def choose(self, sheet: str, header_row: int | None) -> None:
        """Take ``sheet`` and ``header_row`` (None: found, or the saved profile's)."""
        assert self.sheets is not None
        self.sheet_name = sheet
        rows = self.sheets.cells.get(sheet, [])
        if header_row is None:
            header_row = 0
            for stored in self.stored:
                place = self._stored_place(stored)
                if place[0] == sheet and signature_of(self.sheets, sheet, place[1]) == (
                    stored.signature
                ):
                    header_row = place[1]
                    break
            header_row = header_row or (1 if self.template else find_header_row(rows[:200]))
        self.header_row = max(1, header_row)
        signature = signature_of(self.sheets, sheet, self.header_row)
        self.chosen = next((p for p in self.stored if signature and p.signature == signature), None)
        self.analysed = False

    def sheet_cells(self) -> list[list[Any]]:
        """Return the cells of the chosen sheet."""
        return self.sheets.cells.get(self.sheet_name, []) if self.sheets is not None else []

    def header_cells(self) -> list[Any]:
        """Return the cells of the chosen header row."""
        rows = self.sheet_cells()
        return list(rows[self.header_row - 1]) if 0 < self.header_row <= len(rows) else []

    def signature(self) -> str:
        """Return the signature of the chosen header row."""
        if self.sheets is None:
            return ""
        return signature_of(self.sheets, self.sheet_name, self.header_row)

    def take_suggestion(self, result: object) -> None:
        """Keep the suggestion; a saved profile picked by its signature wins over it."""
        assert isinstance(result, Analysis)
        self.suggestion = result.suggestion
        self.analysed = True
        self.profile = result.suggestion.profile
        self.profile_name = ""
        if self.chosen is not None:
            try:
                saved = profile_from_json(dict(self.chosen.body))
            except ProfileError:
                saved = None  # a damaged saved profile: the suggestion stands
            if saved is not None:
                self.profile = ImportProfile(
                    target=self.target,
                    sheet=self.sheet_name,
                    header_row=self.header_row,
                    columns=saved.columns,
                    values=saved.values,
                    constants=saved.constants,
                    name=self.chosen.name,
                )
                self.profile_name = self.chosen.name
        if self.profile is not None and (
            self.profile.sheet != self.sheet_name or self.profile.header_row != self.header_row
        ):
            self.profile = ImportProfile(
                target=self.target,
                sheet=self.sheet_name,
                header_row=self.header_row,
                columns=self.profile.columns,
                values=self.profile.values,
                constants=self.profile.constants,
                name=self.profile.name,
            )

    def links(self) -> dict[int, int | None]:
        """Return Excel row -> person to link (None: a new person), as chosen in the preview."""
        return self.preview_page.links()

    def set_profile(self, profile: ImportProfile) -> None:
        """Replace the profile being built (a page changed its columns or values)."""
        self.profile = profile
        self.preview = None

    def is_running(self) -> bool:
        """Return True while a page's job runs."""
        return any(
            page.is_running()
            for page in (self.file_page, self.values_page, self.preview_page, self.import_page)
        )

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: stop a running job first (an import rolls back), then close."""
        if self.import_page.is_running():
            self.closing = True
            self.import_page.cancel()
            return
        for page in (self.file_page, self.values_page, self.preview_page):
            page.job.forget()
        super().reject()

    def close_now(self) -> None:
        """Close after a cancelled import has stopped."""
        self.closing = False
        super().reject()
