"""What the pages of the import wizard ask of it (a protocol, so no page imports the wizard).

:class:`ui.imports.wizard.ProfileImportWizard` is the one implementation; the pages type their
owner with :class:`WizardHost`, which keeps ``ui.imports`` free of import cycles.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QAbstractButton, QWizard

from exporters.import_profile import ImportProfile
from exporters.profile_sheet import SheetCells
from models.reference.import_profiles import StoredProfile
from ui.imports.backend import FileRead, ImportBackend
from ui.settings import UiSettings
from ui.workers import JobRunner


class WizardHost(Protocol):
    """The wizard's state and steps, as its pages use them."""

    runner: JobRunner
    settings: UiSettings
    backend: ImportBackend
    target: str
    closing: bool
    path: Path | None
    sheets: SheetCells | None
    template: bool
    sheet_name: str
    header_row: int
    chosen: StoredProfile | None
    analysed: bool
    profile: ImportProfile | None
    profile_name: str
    preview: Any
    result: Any
    previewed: SignalInstance
    imported: SignalInstance
    stopped: SignalInstance

    def next(self) -> None:
        """Go to the next page."""

    def button(self, which: QWizard.WizardButton) -> QAbstractButton:
        """Return one of the wizard's buttons."""

    def close_now(self) -> None:
        """Close after a cancelled import has stopped."""

    def forget_file(self) -> None:
        """Drop what was found in the previous file."""

    def take_file(self, read: FileRead) -> None:
        """Keep a file read and choose its sheet and header row."""

    def choose(self, sheet: str, header_row: int | None) -> None:
        """Take a sheet and a header row."""

    def sheet_cells(self) -> list[list[Any]]:
        """Return the cells of the chosen sheet."""

    def header_cells(self) -> list[Any]:
        """Return the cells of the chosen header row."""

    def signature(self) -> str:
        """Return the signature of the chosen header row."""

    def take_suggestion(self, result: object) -> None:
        """Keep the suggestion (or the saved profile it picked)."""

    def set_profile(self, profile: ImportProfile) -> None:
        """Replace the profile being built."""

    def links(self) -> dict[int, int | None]:
        """Return Excel row -> person to link (None: a new person), as chosen in the preview."""
