"""IIN checks for family members: errors and warnings by the policy of the brief §3.3.

Errors block saving: not 12 digits after stripping spaces (``iin_length``), a wrong check digit
(``iin_checksum``, with the ``expected`` digit), and the double-10 case (``iin_never_valid``).
Warnings are shown but do not block: the date part is not a date (``iin_not_a_date``), digit 7
is outside 1-6 (``iin_century_digit``), and the encoded birth date or sex differs from the
entered one (``iin_date_mismatch``, ``iin_sex_mismatch``). Since 2013 (Decree No. 853) the
digits need not encode personal data, so a mismatch is legitimate.

The arithmetic lives in :mod:`models.reference.identifiers`; this module only applies the policy.
"""

from __future__ import annotations

from datetime import date

from models.issues import ERROR, WARNING, Issue
from models.reference.identifiers import check_digit, iin_birth_date, normalize_digits

MALE = "M"
FEMALE = "F"
SEXES = (MALE, FEMALE)

#: Digit 7 -> (century, sex) (brief §3.3).
_CENTURY_SEX = {
    "1": (1800, MALE),
    "2": (1800, FEMALE),
    "3": (1900, MALE),
    "4": (1900, FEMALE),
    "5": (2000, MALE),
    "6": (2000, FEMALE),
}


def normalize_iin(text: str) -> str:
    """Return the IIN as typed, without spaces (kept as text: leading zeros matter)."""
    return normalize_digits(text)


def iin_sex(value: str) -> str | None:
    """Return ``"M"`` or ``"F"`` encoded in digit 7, or None when it is outside 1-6."""
    pair = _CENTURY_SEX.get(value[6:7])
    return pair[1] if pair else None


def _date_part_is_date(value: str) -> bool:
    """Return True when YYMMDD is a real date in some century (digit 7 decides which)."""
    if value[6] in _CENTURY_SEX:
        return iin_birth_date(value) is not None
    # Unknown century: accept the date if any of the three centuries makes it real (29 Feb).
    for century in (1800, 1900, 2000):
        try:
            date(century + int(value[0:2]), int(value[2:4]), int(value[4:6]))
        except ValueError:
            continue
        return True
    return False


def check_iin(
    text: str,
    birth_date: date | None = None,
    sex: str | None = None,
    *,
    field: str = "iin",
) -> list[Issue]:
    """Check an IIN against the brief's policy and, when given, the entered birth date and sex.

    Args:
        text: the IIN as typed (spaces allowed). Empty text gives no issue: whether an IIN is
            required is the caller's rule (a member may have a reason for none).
        birth_date: the entered date of birth, compared with the encoded one.
        sex: the entered sex (``"M"`` or ``"F"``), compared with digit 7.
        field: the form field the issues point to.

    Returns:
        The issues, errors first; after an error no warning is added (the digits are wrong).
    """
    value = normalize_iin(text)
    if not value:
        return []
    if len(value) != 12 or not (value.isascii() and value.isdigit()):
        return [Issue(field, "iin_length", {"length": len(value)}, ERROR)]
    expected = check_digit(value[:11])
    if expected is None:
        return [Issue(field, "iin_never_valid", {}, ERROR)]
    if expected != int(value[11]):
        return [Issue(field, "iin_checksum", {"expected": expected}, ERROR)]
    issues: list[Issue] = []
    if value[6] not in _CENTURY_SEX:
        issues.append(Issue(field, "iin_century_digit", {"digit": value[6]}, WARNING))
    if not _date_part_is_date(value):
        issues.append(Issue(field, "iin_not_a_date", {"date_part": value[:6]}, WARNING))
    encoded = iin_birth_date(value)
    if encoded is not None and birth_date is not None and encoded != birth_date:
        issues.append(Issue(field, "iin_date_mismatch", {"encoded": encoded}, WARNING))
    encoded_sex = iin_sex(value)
    if encoded_sex is not None and sex in SEXES and encoded_sex != sex:
        issues.append(Issue(field, "iin_sex_mismatch", {"encoded": encoded_sex}, WARNING))
    return issues


def is_valid_iin(text: str) -> bool:
    """Return True when the IIN has no error (warnings allowed)."""
    value = normalize_iin(text)
    return bool(value) and not any(i.severity == ERROR for i in check_iin(value))


def mask_iin(value: str) -> str:
    """Return the IIN masked for printed lists: ``850715*****2`` (brief §3.3)."""
    value = normalize_iin(value)
    if len(value) != 12:
        return "*" * len(value)
    return value[:6] + "*****" + value[11]
