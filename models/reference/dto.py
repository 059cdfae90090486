"""Frozen reference data passed between the store and its callers: the office and code labels."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OfficeDTO:
    """The office a store belongs to."""

    kato: str
    level: str
    name_kk: str
    name_ru: str


@dataclass(frozen=True)
class CodeLabel:
    """A code-list entry with its labels."""

    code: str
    kk: str
    ru: str
    en: str
    note: str = ""

    def label(self, lang: str) -> str:
        """Return the label in ``lang``, falling back to Kazakh."""
        return getattr(self, lang, "") or self.kk
