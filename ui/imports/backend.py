"""What the import wizard asks below the UI: one place for the calls of issue 15's modules.

Every method runs in a worker (``progress`` and ``is_cancelled`` are the worker's), except
:meth:`ImportBackend.save` (one short write when the user presses Next on the save page).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from exporters.import_profile import (
    MEMBERS,
    OBJECTS,
    ImportProfile,
    header_signature,
    normalise,
    profile_to_json,
)
from exporters.profile_sheet import SheetCells, profile_sheet, read_sheets, table_rows
from exporters.profile_suggest import Suggestion, suggest_profile
from exporters.registry_import import (
    COLUMNS,
    ImportResult,
    RegistryPreview,
    import_rows,
    preview_registry,
)
from models.reference.import_profiles import StoredProfile, save_stored_profile, stored_profiles
from models.reference.repository import ReferenceRepository
from models.store.db import Store

Progress = Callable[[int, int], None]
#: Distinct values listed per coded field (a column of free text would list thousands).
MAX_DISTINCT = 300
#: Template codes in row 1 that make a file "ours" (reporting.md §3): the path without profile.
TEMPLATE_MIN_CODES = 3


@dataclass(frozen=True)
class FileRead:
    """A workbook read: its sheets, and the profiles saved in the store for the target."""

    sheets: SheetCells
    stored: tuple[StoredProfile, ...]


@dataclass(frozen=True)
class Analysis:
    """The suggestion made for the chosen sheet and header row."""

    suggestion: Suggestion


def is_template(sheets: SheetCells) -> bool:
    """Return True when row 1 of the first sheet holds the template's column codes."""
    if not sheets.names:
        return False
    rows = sheets.cells[sheets.names[0]]
    first = {normalise(v) for v in rows[0]} if rows else set()
    return len(first & set(COLUMNS)) >= TEMPLATE_MIN_CODES


def distinct_values(
    sheets: SheetCells, profile: ImportProfile, fields: Sequence[str]
) -> dict[str, list[str]]:
    """Return, per field of ``fields`` mapped in ``profile``, its distinct source texts.

    In order of first appearance, as the file shows them (trimmed), at most :data:`MAX_DISTINCT`.
    """
    from exporters.import_profile import display_text

    sheet = profile_sheet(sheets, profile)
    columns, rows = table_rows(sheet, profile)
    out: dict[str, list[str]] = {}
    for field in fields:
        col = columns.get(field)
        if col is None:
            continue
        seen: dict[str, str] = {}
        for _row, cells in rows:
            text = " ".join(display_text(cells[col]).split())
            key = normalise(text)
            if key and key not in seen:
                seen[key] = text
                if len(seen) >= MAX_DISTINCT:
                    break
        out[field] = list(seen.values())
    return out


class ImportBackend:
    """The wizard's calls for one store, target and day."""

    def __init__(self, store: Store, user: str, target: str, today: Callable[[], date]) -> None:
        self.store, self.user, self.target, self.today = store, user, target, today
        self.sheets: SheetCells | None = None

    def read(
        self,
        path: Path,
        *,
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> FileRead:
        """Read every sheet of ``path`` and the saved profiles of the target."""
        sheets = read_sheets(path, is_cancelled=is_cancelled)
        return FileRead(sheets, tuple(stored_profiles(self.store, self.target)))

    def suggest(
        self,
        sheets: SheetCells,
        sheet: str,
        header_row: int,
        *,
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> Analysis:
        """Return the suggestion for ``sheet`` with its header on ``header_row``."""
        return Analysis(suggest_profile(sheets, self.target, sheet=sheet, header_row=header_row))

    def values(
        self,
        sheets: SheetCells,
        profile: ImportProfile,
        fields: Sequence[str],
        *,
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> dict[str, list[str]]:
        """Return the distinct source texts of the coded fields (see :func:`distinct_values`)."""
        return distinct_values(sheets, profile, fields)

    def object_type_labels(self, lang: str) -> dict[str, str]:
        """Return object type code -> its label in ``lang`` (the preview's Type column)."""
        return {
            c.code: c.label(lang)
            for c in ReferenceRepository(self.store).code_labels("object_types")
        }

    def save(self, name: str, profile: ImportProfile, signature: str) -> None:
        """Save ``profile`` in the store under ``name`` for headers of ``signature``."""
        save_stored_profile(
            self.store, name, self.target, profile_to_json(profile), signature, user=self.user
        )

    def preview(
        self,
        path: Path,
        profile: ImportProfile | None,
        *,
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> Any:
        """Check the file through ``profile`` (None: our template) and say what importing does.

        Returns a :class:`~exporters.registry_import.RegistryPreview` for objects, a
        ``MembersPreview`` for members.
        """
        if self.target == MEMBERS:
            from exporters.profile_members import preview_members

            assert profile is not None
            return preview_members(
                self.store,
                path,
                profile,
                today=self.today(),
                progress=progress,
                is_cancelled=is_cancelled,
            )
        return preview_registry(
            self.store,
            path,
            today=self.today(),
            profile=profile,
            progress=progress,
            is_cancelled=is_cancelled,
        )

    def import_(
        self,
        path: Path,
        profile: ImportProfile | None,
        preview: Any,
        links: Mapping[int, int | None],
        *,
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> Any:
        """Import what ``preview`` checked, all-or-nothing (the rows already read)."""
        if self.target == MEMBERS:
            from exporters.profile_members import import_members

            assert profile is not None
            return import_members(
                self.store,
                preview,
                profile,
                user=self.user,
                today=self.today(),
                links=links,
                progress=progress,
                is_cancelled=is_cancelled,
            )
        assert isinstance(preview, RegistryPreview)
        result: ImportResult = import_rows(
            self.store,
            preview.parsed.rows,
            user=self.user,
            today=self.today(),
            warnings=preview.parsed.warnings,
            progress=progress,
            is_cancelled=is_cancelled,
        )
        return result


def signature_of(sheets: SheetCells, sheet: str, header_row: int) -> str:
    """Return the header signature of ``header_row`` (1-based) of ``sheet``."""
    rows = sheets.cells.get(sheet, [])
    return header_signature(rows[header_row - 1]) if 0 < header_row <= len(rows) else ""


__all__ = [
    "OBJECTS",
    "Analysis",
    "FileRead",
    "ImportBackend",
    "distinct_values",
    "is_template",
    "signature_of",
]
