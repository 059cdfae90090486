"""Reading a display code back into five status codes (reporting.md §3.1, brief §2.5).

Registers keep one column "Статус доступности" holding what :func:`accessibility.display_code`
writes: ``ДП-В``, ``ДЧ-В``, ``ДУ`` and ``ВНД`` set all five categories; in
``ДП-И (О, Г, У); ДЧ-И (С)`` each listed category takes its group's code (DP_I, DCH_I, DU) and
unlisted categories take VND; a group listing all five becomes DP_V, DCH_V or DU. Latin forms
(``DP-V``, ``DCH-I (K, O)``, categories K O S G U) are read too, and Latin letters typed inside
Cyrillic ones (a Latin ``C`` in ``ДЧ-И (C)``, a ``B`` in ``BНД``) are folded.
"""

from __future__ import annotations

import re
import unicodedata

from models.objects.tables import CATEGORIES

#: Group names without hyphens or spaces, Cyrillic after folding look-alikes, and Latin.
_GROUPS = {
    "ДПВ": "DP_V",
    "ДПИ": "DP_I",
    "ДЧВ": "DCH_V",
    "ДЧИ": "DCH_I",
    "ДУ": "DU",
    "ВНД": "VND",
    "DPV": "DP_V",
    "DPI": "DP_I",
    "DCHV": "DCH_V",
    "DCHI": "DCH_I",
    "DU": "DU",
    "VND": "VND",
}
#: Codes that cover all five categories and take no list.
_WHOLE = frozenset({"DP_V", "DCH_V", "VND"})
#: The selective codes and what they become when they list all five categories.
_SELECTIVE = {"DP_I": "DP_V", "DCH_I": "DCH_V", "DU": "DU"}
#: Latin letters that look like Cyrillic ones (typed by mistake inside Cyrillic codes).
_LOOK_ALIKES = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")
#: Category letters: Cyrillic, their Latin look-alikes and the Latin codes.
_CATEGORY = {
    "К": "K",
    "K": "K",
    "О": "O",
    "O": "O",
    "С": "S",
    "C": "S",
    "S": "S",
    "Г": "G",
    "G": "G",
    "У": "U",
    "Y": "U",
    "U": "U",
}
_HYPHENS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2212_.]+")
_PART = re.compile(r"^([^()]+?)\s*(?:\(([^()]*)\))?$")


def _group(name: str) -> str | None:
    key = _HYPHENS.sub("", name.upper())
    return _GROUPS.get(key) or _GROUPS.get(key.translate(_LOOK_ALIKES))


def parse_display_code(text: str) -> dict[str, str] | None:
    """Return category -> status code of a display code, ``{}`` when empty, None when unreadable.

    Examples: ``'ДП-И (О, Г, У); ДЧ-И (С)'`` -> K VND, O DP_I, S DCH_I, G DP_I, U DP_I;
    ``'DCH-V'`` -> DCH_V for all five; ``'ДП-И (К, О, С, Г, У)'`` -> DP_V for all five.
    A category listed twice, a whole code with a list, a selective one without, or an
    unknown group or letter is unreadable.
    """
    folded = " ".join(unicodedata.normalize("NFC", text).split())
    if not folded:
        return {}
    result: dict[str, str] = {}
    parts = [p.strip() for p in re.split(r"[;\n]", folded)]
    if any(not p for p in parts):
        return None
    for part in parts:
        m = _PART.match(part)
        if m is None:
            return None
        code = _group(m.group(1))
        listed = m.group(2)
        if code is None:
            return None
        if listed is None:
            if len(parts) > 1 or code in _SELECTIVE and code != "DU":
                return None
            return {c: code for c in CATEGORIES}
        if code in _WHOLE:
            return None
        letters = [t for t in re.split(r"[\s,]+", listed.upper()) if t]
        if not letters:
            return None
        for letter in letters:
            category = _CATEGORY.get(letter)
            if category is None or category in result:
                return None
            result[category] = code
    if len(result) == len(CATEGORIES) and len(set(result.values())) == 1:
        return {c: _SELECTIVE[code] for c, code in result.items()}
    return {c: result.get(c, "VND") for c in CATEGORIES}


__all__ = ["parse_display_code"]
