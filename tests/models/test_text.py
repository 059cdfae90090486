"""Search folding and LIKE escaping (PITFALLS.md #3, brief §7)."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.text import like_escape, search_fold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ҚАСЫМ", "қасым"),
        ("Әлия Өмірқызы", "әлия өмірқызы"),
        ("ҒҰҢҮҺІ", "ғұңүһі"),
        ("Мектеп-гимназия", "мектеп-гимназия"),
        # Latin "i" typed for Kazakh "і", in either case, folds to the Cyrillic letter.
        ("Бiлiм", "білім"),
        ("БIЛIМ", "білім"),
        ("Білім", "білім"),
        # Russian ё and е are one letter for search.
        ("Семёнов", "семенов"),
        ("СЕМЁНОВ", "семенов"),
        ("Straße", "strasse"),
        ("  Ақкөл   қ.,\tӘуезов\u00a0к-сі  ", "ақкөл қ., әуезов к-сі"),
        ("", ""),
    ],
)
def test_search_fold(text: str, expected: str) -> None:
    assert search_fold(text) == expected


def test_search_fold_composes_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Йөнелтпе Ё")
    assert decomposed != "Йөнелтпе Ё"
    assert search_fold(decomposed) == search_fold("Йөнелтпе Ё") == "йөнелтпе е"


def test_latin_and_cyrillic_spellings_meet() -> None:
    assert search_fold("Шиелi ауданы") == search_fold("ШИЕЛІ АУДАНЫ")  # Latin i typed


@given(st.text())
def test_search_fold_is_idempotent(text: str) -> None:
    once = search_fold(text)
    assert search_fold(once) == once


@given(st.text())
def test_search_fold_has_no_latin_i_or_yo_and_single_spaces(text: str) -> None:
    folded = search_fold(text)
    assert "i" not in folded and "ё" not in folded
    assert "  " not in folded and folded == folded.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("50%", "50\\%"), ("a_b", "a\\_b"), ("c:\\x", "c:\\\\x"), ("plain", "plain")],
)
def test_like_escape(text: str, expected: str) -> None:
    assert like_escape(text) == expected


@given(st.text(alphabet="ab%_\\", max_size=6), st.text(alphabet="ab%_\\", max_size=12))
def test_like_escape_matches_literally(needle: str, haystack: str) -> None:
    conn = sqlite3.connect(":memory:")
    try:
        found = conn.execute(
            "SELECT ? LIKE ? ESCAPE '\\'", (haystack, f"%{like_escape(needle)}%")
        ).fetchone()[0]
    finally:
        conn.close()
    assert bool(found) == (needle.lower() in haystack.lower())
