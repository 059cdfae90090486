"""What a section of the passport form provides (issue 12), so that the form
(``ui/objects/passport_form.py``) fills, reads, checks and locks every section the same way.

A section edits some fields of :class:`~models.objects.dto.PassportDraft` and leaves the rest as
they are: ``apply`` returns the draft with its own fields replaced (``dataclasses.replace``), so
that sections never overwrite each other and a field no section shows is kept as stored.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from models.issues import ValidationReport
from models.objects.dto import PassportDraft


class PassportSection(Protocol):
    """A page of the passport form.

    Signals:
        changed(): the user changed something in the section.
    """

    @property
    def changed(self) -> SignalInstance: ...

    def title(self) -> str:
        """Return the section's title for the form's section list, numbered as the official
        passport numbers it (e.g. "2 Activity") and with a mnemonic."""
        ...

    def widget(self) -> QWidget:
        """Return the widget shown for the section (the form puts it in a scroll area)."""
        ...

    def populate(self, draft: PassportDraft) -> None:
        """Show the section's fields of ``draft`` without emitting ``changed``."""
        ...

    def apply(self, draft: PassportDraft) -> PassportDraft:
        """Return ``draft`` with the section's fields replaced by what the form shows."""
        ...

    def typing_issues(self) -> ValidationReport:
        """Return what cannot be read at all (a half-typed date, letters in a number), with
        field names as ``models/objects/validation.py`` names the section's fields."""
        ...

    def field_widget(self, field: str) -> QWidget | None:
        """Return the widget of ``field`` (an issue's field name), or None when not ours."""
        ...

    def set_enabled(self, enabled: bool) -> None:
        """Allow editing, or show the section read-only."""
        ...
