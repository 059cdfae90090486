"""IIN/BIN check digit (brief §3.3) and KATO helpers (brief §5)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from models.reference.identifiers import (
    check_digit,
    has_valid_check_digit,
    iin_birth_date,
    is_bin,
    is_iin,
    is_kato_format,
    kato_parent,
    kato_region,
    normalize_digits,
    office_prefix,
)

W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def first_pass(first11: str) -> int:
    return sum(int(d) * w for d, w in zip(first11, W1, strict=True)) % 11


def reference_valid(value: str) -> bool:
    """The brief's algorithm written out independently of the code under test."""
    if len(value) != 12 or not all(ch in "0123456789" for ch in value):
        return False
    digits = [int(ch) for ch in value]
    c = sum(d * w for d, w in zip(digits, W1, strict=False)) % 11
    if c == 10:
        c = sum(d * w for d, w in zip(digits, W2, strict=False)) % 11
    return c != 10 and c == digits[11]


# -- the brief's table (§3.3) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "sum_w1"),
    [
        ("850715300122", 134),
        ("920302403450", 187),
        ("011210500782", 211),
        ("850715300411", 153),
        ("851330400129", None),
        ("850715000123", None),
    ],
)
def test_valid_examples(value: str, sum_w1: int | None) -> None:
    assert has_valid_check_digit(value)
    assert is_iin(value)
    assert not is_bin(value)
    if sum_w1 is not None:
        assert sum(int(d) * w for d, w in zip(value, W1, strict=False)) == sum_w1


def test_second_pass_example() -> None:
    # Σ W1 = 153 -> 10, so the second pass decides: Σ W2 = 166 -> 1.
    assert first_pass("85071530041") == 10
    assert sum(int(d) * w for d, w in zip("85071530041", W2, strict=True)) == 166
    assert check_digit("85071530041") == 1


@pytest.mark.parametrize(
    "value",
    [
        "850715300123",  # check digit should be 2
        "850715300212",  # two serial digits transposed; should be 1
        "8507153001",  # not 12 digits
        "85071530012A",
        "",
        "8507153001220",
        "８５０７１５３００１２２",  # full-width digits are digits to str.isdigit, not to us
        "85071530012²",
    ],
)
def test_invalid_examples(value: str) -> None:
    assert not has_valid_check_digit(value)
    assert not is_iin(value)
    assert not is_bin(value)


def test_transposition_expects_check_digit_1() -> None:
    assert check_digit("85071530021") == 1


@pytest.mark.parametrize("last", "0123456789")
def test_double_ten_is_never_valid(last: str) -> None:
    # Σ W1 = 142 -> 10 and Σ W2 = 164 -> 10: such serials are never issued.
    assert first_pass("85071530040") == 10
    assert check_digit("85071530040") is None
    assert not has_valid_check_digit("85071530040" + last)


def test_bin_and_iin_are_told_apart_by_digit_5() -> None:
    # The same first four digits with digit 5 = 4 (legal entity): a BIN.
    prefix = "0907" + "4" + "000123"
    value = prefix + str(check_digit(prefix))
    assert is_bin(value)
    assert not is_iin(value)
    for d5 in "0123":
        p = "0907" + d5 + "000123"
        iin = p + str(check_digit(p))
        assert is_iin(iin) and not is_bin(iin)
    for d5 in "789":
        p = "0907" + d5 + "000123"
        other = p + str(check_digit(p))
        assert has_valid_check_digit(other)
        assert not is_iin(other) and not is_bin(other)


def test_normalize_digits_strips_all_spaces() -> None:
    assert normalize_digits(" 850715\u00a0300 122\t") == "850715300122"


# -- properties -------------------------------------------------------------------------------

prefixes = st.text(alphabet="0123456789", min_size=11, max_size=11)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_matches_the_brief_algorithm(value: str) -> None:
    assert has_valid_check_digit(value) == reference_valid(value)


@given(prefixes)
def test_check_digit_makes_a_valid_number(prefix: str) -> None:
    c = check_digit(prefix)
    if c is None:
        assert not any(has_valid_check_digit(prefix + d) for d in "0123456789")
    else:
        assert has_valid_check_digit(prefix + str(c))
        assert [d for d in "0123456789" if has_valid_check_digit(prefix + d)] == [str(c)]


@given(prefixes, st.integers(0, 9), st.integers(1, 9))
def test_single_digit_change_in_positions_1_to_10_is_detected_within_one_pass(
    prefix: str, pos: int, delta: int
) -> None:
    """Weights 1..10 are units mod 11, so a change there always moves the first-pass sum.

    The change can escape only when it moves the first pass onto or off 10, which hands the
    decision to the other pass (see the counterexamples below).
    """
    c = check_digit(prefix)
    assume(c is not None)
    changed = prefix[:pos] + str((int(prefix[pos]) + delta) % 10) + prefix[pos + 1 :]
    assume((first_pass(prefix) == 10) == (first_pass(changed) == 10))
    assert not has_valid_check_digit(changed + str(c))


@given(prefixes, st.integers(1, 9))
def test_change_of_the_check_digit_is_detected(prefix: str, delta: int) -> None:
    c = check_digit(prefix)
    assume(c is not None)
    assert not has_valid_check_digit(prefix + str((c + delta) % 10))


@given(prefixes, st.integers(1, 9))
def test_change_of_digit_11_is_detected_only_in_the_second_pass(prefix: str, delta: int) -> None:
    """Digit 11 has weight 11 = 0 (mod 11) in the first pass: the scheme cannot see it there."""
    c = check_digit(prefix)
    assume(c is not None)
    changed = prefix[:10] + str((int(prefix[10]) + delta) % 10)
    detected = not has_valid_check_digit(changed + str(c))
    assert detected == (first_pass(prefix) == 10)


# NOTE: single-digit substitutions the official scheme does NOT detect (found while testing;
# the algorithm is the law's, so these are facts to know, not bugs to fix).
@pytest.mark.parametrize(
    ("valid", "changed"),
    [
        # Digit 11 changed: weight 11 vanishes mod 11 in the first pass.
        ("850715300122", "850715300152"),
        ("291417776310", "291417776300"),
        # Digit 5 changed by +2: first pass moves 0 -> 10, and the second pass also gives 0.
        ("291417776310", "291437776310"),
    ],
)
def test_known_undetected_substitutions(valid: str, changed: str) -> None:
    assert sum(a != b for a, b in zip(valid, changed, strict=True)) == 1
    assert has_valid_check_digit(valid)
    assert has_valid_check_digit(changed)


# -- birth date -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("850715300122", date(1985, 7, 15)),  # 3: male, 1900s
        ("920302403450", date(1992, 3, 2)),  # 4: female, 1900s
        ("011210500782", date(2001, 12, 10)),  # 5: male, 2000s
        ("011210600000", date(2001, 12, 10)),  # 6: female, 2000s
        ("850715100000", date(1885, 7, 15)),  # 1: male, 1800s
        ("850715200000", date(1885, 7, 15)),  # 2: female, 1800s
        ("851330400129", None),  # month 13
        ("850230400000", None),  # 30 February
        ("000229500000", date(2000, 2, 29)),
        ("010229500000", None),  # 2001 is not a leap year
        ("850715000123", None),  # digit 7 = 0
        ("850715700000", None),  # digit 7 = 7
        ("8507", None),  # too short to hold a date
        ("85071530012", None),
        ("8507153001２２", None),
    ],
)
def test_iin_birth_date(value: str, expected: date | None) -> None:
    assert iin_birth_date(value) == expected


# -- KATO -------------------------------------------------------------------------------------


def test_kato_format() -> None:
    assert is_kato_format("113220100")
    assert is_kato_format("000000000")
    for bad in ("11322010", "1132201000", "11322010A", "１１３２２０１００", ""):
        assert not is_kato_format(bad)


@pytest.mark.parametrize(
    ("level", "expected"),
    [("region", "110000000"), ("district", "113200000"), ("okrug", "113220000")],
)
def test_kato_parent(level: str, expected: str) -> None:
    # The brief's chain: Akkol district -> Akkol town administration -> Akkol town.
    assert kato_parent("113220100", level) == expected


def test_kato_parent_of_astana() -> None:
    assert kato_parent("711110000", "region") == "710000000"


def test_kato_region() -> None:
    assert kato_region("113220100") == "11"


@pytest.mark.parametrize(
    ("kato", "level", "expected"),
    [
        ("113200000", "district", "1132"),
        ("110000000", "region", "11"),
        ("000000000", "republic", ""),
    ],
)
def test_office_prefix(kato: str, level: str, expected: str) -> None:
    assert office_prefix(kato, level) == expected
    assert "113220100".startswith(office_prefix(kato, level))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("000000000", ""),
        ("100000000", "10"),  # Abai region: not "1", which would take in 11, 15 and 19
        ("110000000", "11"),
        ("111000000", "1110"),  # a district whose code ends in 0
        ("113200000", "1132"),
        ("113220000", "113220"),
        ("113220100", "113220100"),  # a settlement: itself, not 113220110 as well
        ("113220110", "113220110"),
    ],
)
def test_kato_territory_prefix(code: str, expected: str) -> None:
    from models.reference.identifiers import kato_territory_prefix

    assert kato_territory_prefix(code) == expected
    assert code.startswith(expected)
