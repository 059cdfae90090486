"""Kazakh identifiers: IIN/BIN check digit (brief §3.3) and KATO codes (brief §5)."""

from __future__ import annotations

import csv
from datetime import date

from models.paths import resource_path

_W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def normalize_digits(text: str) -> str:
    """Strip spaces (including no-break spaces) from an identifier typed or pasted by a user."""
    return "".join(text.split())


def check_digit(first11: str) -> int | None:
    """Return the check digit for 11 digits, or None for the double-10 case (never issued)."""
    digits = [int(ch) for ch in first11]
    c = sum(d * w for d, w in zip(digits, _W1, strict=True)) % 11
    if c == 10:
        c = sum(d * w for d, w in zip(digits, _W2, strict=True)) % 11
    return None if c == 10 else c


def has_valid_check_digit(value: str) -> bool:
    """Return True when ``value`` is 12 ASCII digits whose last digit is the check digit."""
    if len(value) != 12 or not (value.isascii() and value.isdigit()):
        return False
    expected = check_digit(value[:11])
    return expected is not None and expected == int(value[11])


def is_bin(value: str) -> bool:
    """Return True for a valid BIN: check digit fine and digit 5 in 4-6 (a legal entity)."""
    return has_valid_check_digit(value) and value[4] in "456"


def is_iin(value: str) -> bool:
    """Return True for a valid IIN: check digit fine and digit 5 in 0-3 (a person)."""
    return has_valid_check_digit(value) and value[4] in "0123"


def iin_birth_date(value: str) -> date | None:
    """Return the birth date encoded in an IIN, or None when it is not a real date.

    Anything but 12 ASCII digits (a half-typed field) gives None rather than an error.
    """
    if len(value) != 12 or not (value.isascii() and value.isdigit()):
        return None
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}.get(value[6])
    if century is None:
        return None
    try:
        return date(century + int(value[0:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        return None


def is_kato_format(code: str) -> bool:
    """Return True for 9 ASCII digits."""
    return len(code) == 9 and code.isascii() and code.isdigit()


def kato_region(code: str) -> str:
    """Return the 2-digit region prefix of a KATO code."""
    return code[:2]


def kato_parent(code: str, level: str) -> str:
    """Return the region, district or okrug code above ``code`` by zero-padding (brief §5)."""
    keep = {"region": 2, "district": 4, "okrug": 6}[level]
    return code[:keep] + "0" * (9 - keep)


def office_prefix(office_kato: str, office_level: str) -> str:
    """Return the KATO prefix every code of the office's territory starts with."""
    return {"district": office_kato[:4], "region": office_kato[:2], "republic": ""}[office_level]


def kato_territory_prefix(code: str) -> str:
    """Return the prefix that selects a KATO unit's territory (brief §5: AB CD EF HIJ).

    A zero-padded region, district or okrug code gives its 2, 4 or 6 significant digits
    (``100000000`` -> ``10``, ``111000000`` -> ``1110``); a settlement gives its whole code, and
    the republic ``000000000`` gives ``""`` (everything). Stripping trailing zeros instead would
    turn region ``10`` into ``1`` and take in regions 11, 15 and 19.
    """
    if code == "0" * 9:
        return ""
    for keep in (2, 4, 6):
        if code[keep:] == "0" * (9 - keep):
            return code[:keep]
    return code


def region_codes() -> frozenset[str]:
    """Return the 2-digit KATO prefixes of the regions (from the bundled code list)."""
    with resource_path("codelists/regions.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(row["code"] for row in csv.DictReader(fh))
