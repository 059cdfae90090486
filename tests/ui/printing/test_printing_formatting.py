"""Values and HTML pieces shared by the printouts (ui/printing/formatting.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ui import i18n
from ui.printing.formatting import (
    DATE_LINE,
    NBSP,
    PLAIN_TABLE,
    SIGN_LINE,
    TABLE,
    cell,
    escape,
    file_name_part,
    format_date,
    format_money,
    format_number,
    header_row,
    label_row,
    page_start,
    print_language,
    sign_cell,
    table,
)
from ui.reporting import period_report


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (Decimal("1234567.5"), "kk", None, f"1{NBSP}234{NBSP}567,5"),
        (Decimal("1234567.5"), "ru", 2, f"1{NBSP}234{NBSP}567,50"),
        (Decimal("1234567.5"), "en", None, "1,234,567.5"),
        (0.08, "kk", None, "0,08"),  # a float goes through its shortest text, not 0.0800000001
        (Decimal("1.23456"), "en", None, "1.235"),  # at most three decimals
        (Decimal("2.500"), "ru", None, "2,5"),  # trailing zeros cut
        (Decimal("900"), "kk", None, "900"),
        (12, "en", 0, "12"),
        (None, "kk", None, ""),
    ],
)
def test_format_number(value: object, lang: str, decimals: int | None, expected: str) -> None:
    assert format_number(value, lang, decimals) == expected  # type: ignore[arg-type]


def test_format_money_prints_whole_tenge_without_decimals() -> None:
    assert format_money(Decimal("1500000"), "kk") == f"1{NBSP}500{NBSP}000"
    assert format_money(Decimal("1500000.00"), "ru") == f"1{NBSP}500{NBSP}000"
    assert format_money(Decimal("2499.5"), "ru") == f"2{NBSP}499,50"
    assert format_money(Decimal("2499.5"), "en") == "2,499.50"
    assert format_money(None, "en") == ""


def test_format_date_is_dd_mm_yyyy_in_every_language() -> None:
    assert format_date(date(2026, 3, 7)) == "07.03.2026"
    assert format_date(None) == ""


def test_print_language_falls_back_to_the_interface_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(i18n, "_current", "ru")
    assert [print_language(x) for x in ("kk", "en", None, "de")] == ["kk", "en", "ru", "ru"]
    monkeypatch.setattr(i18n, "_current", "xx")
    assert print_language(None) == "kk"


def test_file_name_part_replaces_unsafe_runs() -> None:
    assert file_name_part("Ақкөл №2 / мектеп-гимназия") == "Ақкөл_2_мектеп-гимназия"
    assert file_name_part("2026-H1") == "2026-H1"
    assert file_name_part("<a>") == "_a_"


def test_html_pieces() -> None:
    assert escape('Ана & "бала"\n<b>') == "Ана &amp; &quot;бала&quot;<br/>&lt;b&gt;"
    assert cell("") == "<td>&nbsp;</td>"
    assert cell("1 < 2", "right") == '<td align="right">1 &lt; 2</td>'
    assert label_row("Аты", "") == '<tr><td width="38%">Аты</td><td>&nbsp;</td></tr>'
    assert header_row("A", "B&C", "D", widths=(10, 20)) == (
        '<thead><tr><th align="center" width="10%">A</th>'
        '<th align="center" width="20%">B&amp;C</th><th align="center">D</th></tr></thead>'
    )
    assert header_row("A") == '<thead><tr><th align="center">A</th></tr></thead>'
    assert table() == TABLE and TABLE.startswith('<table width="100%" border="1"')
    assert table("b1").endswith(' id="b1">') and table("b1")[:-9] == TABLE[:-1]
    assert 'border="0"' in PLAIN_TABLE
    assert page_start("<style>h1 {}</style>") == (
        "<html><head><meta charset='utf-8'/><style>h1 {}</style></head><body>"
    )


def test_sign_cell_uses_the_printout_labels() -> None:
    t = {"signature": "(қолы)", "sig_date": "(күні)"}
    assert sign_cell(t) == f"<td>{SIGN_LINE} (қолы){NBSP * 3}{DATE_LINE} (күні)</td>"


def test_printouts_keep_their_public_names() -> None:
    """Names other code imported from the printouts before the helpers moved here."""
    assert period_report.NBSP == NBSP
    # The period report signs on a longer line of its own.
    assert len(period_report.SIGN_LINE) == 30
