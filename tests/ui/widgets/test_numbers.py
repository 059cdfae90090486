"""Numbers and amounts as typed (ui/widgets/numbers.py), hand-checked values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ui.widgets import numbers
from ui.widgets.numbers import amount_text, format_number, parse_amount, parse_decimal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("   ", None),
        ("0,9", Decimal("0.9")),
        ("1 250 000,50", Decimal("1250000.50")),
        ("1\u00a0000", Decimal("1000")),
        ("1\u202f000.125", Decimal("1000.125")),
        ("-3", Decimal("-3")),
    ],
)
def test_parse_decimal(text: str, value: Decimal | None) -> None:
    assert parse_decimal(text) == value


@pytest.mark.parametrize("text", ["abc", "1,2,3", ",", "NaN", "Infinity"])
def test_parse_decimal_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_amounts_allow_two_decimal_places_only() -> None:
    assert parse_amount("1 250,75") == Decimal("1250.75")
    assert parse_amount("") is None
    with pytest.raises(ValueError):
        parse_amount("1.234")
    assert parse_decimal("1.234", max_places=3) == Decimal("1.234")


def test_old_import_paths_are_the_same_functions() -> None:
    from ui.objects.adaptation_dialog import parse_amount as adaptation_parse_amount
    from ui.widgets.row_list import format_number as row_format_number
    from ui.widgets.row_list import parse_decimal as row_parse_decimal

    assert adaptation_parse_amount is numbers.parse_amount
    assert row_parse_decimal is numbers.parse_decimal
    assert row_format_number is numbers.format_number


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (None, "en", ""),
        (Decimal("0.90"), "en", "0.9"),
        (Decimal("0.90"), "ru", "0,9"),
        (Decimal("1200.00"), "kk", "1200"),
        (2.5, "kk", "2,5"),
        (3.0, "en", "3"),
    ],
)
def test_format_number(
    value: float | Decimal | None, lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.i18n._current", lang)
    assert format_number(value) == text


def test_amount_text_uses_a_decimal_comma_in_every_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("ui.i18n._current", "en")
    assert amount_text(Decimal("45000.50")) == "45000,50"
    assert amount_text(None) == ""
    assert parse_decimal(amount_text(Decimal("45000.50"))) == Decimal("45000.50")
