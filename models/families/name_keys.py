"""Name keys for duplicate search: Kazakh/Russian Cyrillic and Latin spellings meet (brief §7).

:func:`to_latin` transliterates Kazakh and Russian Cyrillic to plain Latin. :func:`name_skeleton`
reduces any spelling of a name to a phonetic key, so that "Қасымов", "Касымов", "Kasymov" and
"Kassymov" share one key, as do "Нұрлан" / "Нурлан" / "Nurlan" and "Әлия" / "Алия" / "Aliya".
The key is computed in Python and stored in an indexed column: SQL never folds names
(PITFALLS.md #3), and the same column works on PostgreSQL and, later, beside encrypted names.

The key is deliberately coarse (doubled letters merge, y/i merge, "ie" becomes "e"): a few
false candidates cost the user one click, a missed duplicate costs a second record of a child.
"""

from __future__ import annotations

import unicodedata

#: Kazakh and Russian Cyrillic to Latin; Kazakh letters go to their nearest Russian reading.
_CYR = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "і": "i",
    "к": "k",
    "қ": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "kh",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_TO_LATIN = str.maketrans(_CYR)

#: Letters of the Kazakh Latin alphabets (2017-2021 drafts) and Turkish-style spellings.
_LATIN_SPECIAL = str.maketrans(
    {
        "ş": "sh",
        "ç": "ch",
        "ı": "i",
        "ә": "a",
        "ə": "a",
        "ß": "ss",
    }
)

#: Spelling variants mapped to one form, longest first so "shch" wins over "sh".
_DIGRAPHS = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("q", "k"),
    ("w", "u"),
    ("x", "ks"),
    ("y", "i"),
)


def to_latin(text: str) -> str:
    """Return ``text`` case-folded and transliterated from Kazakh/Russian Cyrillic to Latin."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return folded.translate(_TO_LATIN)


def name_skeleton(text: str) -> str:
    """Return the phonetic key of a name (or several words: each is reduced, then joined).

    Examples:
        >>> name_skeleton("Қасымов") == name_skeleton("Kassymov") == "kasimov"
        True
    """
    latin = to_latin(text).translate(_LATIN_SPECIAL)
    # Drop accents (á, ö, ü, ñ, ǵ ...) and anything that is not a Latin letter or a space.
    plain = "".join(
        ch for ch in unicodedata.normalize("NFD", latin) if not unicodedata.combining(ch)
    )
    words = []
    # A hyphenated surname is two words: letters must not squeeze across the hyphen.
    for raw in plain.replace("-", " ").split():
        word = "".join(ch for ch in raw if "a" <= ch <= "z")
        for old, new in _DIGRAPHS:
            word = word.replace(old, new)
        word = _squeeze(word)
        # "Ye"/"ie" (Ержан/Yerzhan, Алиев/Aliyev) and "ii" endings (Евгений/Yevgeniy) merge.
        word = word.replace("ie", "e")
        word = _squeeze(word)
        if word:
            words.append(word)
    return " ".join(words)


def _squeeze(word: str) -> str:
    """Collapse doubled letters: Kassymov -> Kasymov, Алия (aliia) -> alia."""
    out: list[str] = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def person_name_key(surname: str, given_name: str) -> str:
    """Return the duplicate-search key of a person: surname and given name skeletons.

    The patronymic is left out: it is optional and often missing in one of the two records.
    """
    return f"{name_skeleton(surname)}|{name_skeleton(given_name)}"
