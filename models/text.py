"""Text normalisation for search and duplicate matching (PITFALLS.md #3, brief §7)."""

from __future__ import annotations

import unicodedata

# Typed Kazakh often uses Latin "i" for "і" and Russian "е" for "ё": fold both ways the same.
_FOLD = str.maketrans({"i": "і", "ё": "е"})


def search_fold(text: str) -> str:
    """Return ``text`` case-folded, NFC-normalised, with spaces collapsed and і/ё folded."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_FOLD)
    return " ".join(folded.split())


def like_escape(text: str) -> str:
    """Escape ``%``, ``_`` and the escape character for a LIKE pattern using ``\\``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
