"""Reading numbers and amounts the way people type them, and writing them back for editing.

One home for what the family form (income), the passport form and its row lists (measurements,
works) and the adaptation dialog (cost) each used to parse on their own: spaces (also no-break
spaces) as thousands separators, a decimal comma or point.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ui.i18n import current_language


def parse_decimal(text: str, *, max_places: int | None = None) -> Decimal | None:
    """Parse a number typed with a comma or a point and optional spaces; None when blank.

    Args:
        text: what the user typed, e.g. ``"1 250 000,50"``.
        max_places: refuse more decimal places than this (2 for tenge amounts); None allows any.

    Raises:
        ValueError: when the text is not a number (or has too many decimal places).
    """
    # str.split() also splits on no-break spaces, which Excel and Word put in numbers.
    cleaned = "".join(text.split()).replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    exponent = value.as_tuple().exponent  # an int: the value is finite
    if max_places is not None and isinstance(exponent, int) and exponent < -max_places:
        raise ValueError(text)
    return value


def parse_amount(text: str) -> Decimal | None:
    """Parse a tenge amount: like :func:`parse_decimal`, with at most two decimal places.

    Raises:
        ValueError: when the text is not an amount with at most two decimals.
    """
    return parse_decimal(text, max_places=2)


def format_number(value: float | Decimal | None) -> str:
    """Format a number for editing: shortest form, decimal comma in Kazakh and Russian."""
    if value is None:
        return ""
    text = f"{value:f}" if isinstance(value, Decimal) else f"{value:g}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if current_language() in ("kk", "ru") else text


def amount_text(value: Decimal | None) -> str:
    """Format an amount for editing: decimal comma whatever the language, no separators."""
    return "" if value is None else f"{value:f}".replace(".", ",")
