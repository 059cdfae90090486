"""Values and HTML pieces shared by every printout: numbers, dates, tables, signature lines.

A printout has its own print language (kk, ru or en), which may differ from the interface
language, so numbers are formatted here for that language rather than with the Qt locale:
a decimal comma and no-break-space thousands in Kazakh and Russian, a point and comma
thousands in English. Dates are dd.mm.yyyy in every language (brief §7).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from ui.i18n import LANGUAGES, current_language

NBSP = "\u00a0"
#: A line to sign on, and one to write the date on.
SIGN_LINE = "______________"
DATE_LINE = "____.____.________"
#: A table without borders (headers, signatures).
PLAIN_TABLE = '<table width="100%" border="0" cellspacing="0" cellpadding="3">'


def print_language(lang: str | None) -> str:
    """Return ``lang`` when it is a known language, else the interface language."""
    if lang in LANGUAGES:
        return str(lang)
    current = current_language()
    return current if current in LANGUAGES else "kk"


def format_date(value: date | None) -> str:
    """Format a date as dd.mm.yyyy; empty for None."""
    return value.strftime("%d.%m.%Y") if value else ""


def format_number(value: float | Decimal | None, lang: str, decimals: int | None = None) -> str:
    """Format a number for print: decimal comma and no-break-space thousands in kk and ru.

    Args:
        value: the number; None gives "".
        lang: kk, ru or en (English uses a point and comma thousands).
        decimals: fixed decimals; None keeps the value's own (at most 3, trailing zeros cut).
    """
    if value is None:
        return ""
    number = Decimal(str(value))
    if decimals is None:
        number = number.quantize(Decimal("0.001")).normalize()
        exponent = number.as_tuple().exponent  # a letter for NaN and infinity
        decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    text = f"{number:,.{decimals}f}"
    if lang == "en":
        return text
    return text.replace(",", NBSP).replace(".", ",")


def format_money(value: Decimal | None, lang: str) -> str:
    """Format an amount in tenge: whole tenge without decimals, otherwise two decimals."""
    if value is None:
        return ""
    whole = value == value.to_integral_value()
    return format_number(value, lang, 0 if whole else 2)


#: A hyphen a line never breaks at (DejaVu Sans has it).
NB_HYPHEN = "\u2011"


def code_text(code: str) -> str:
    """Return a code (``ДП-И (К, О)``, ``ДЧ-В``) whose hyphens never end a printed line."""
    return code.replace("-", NB_HYPHEN)


def file_name_part(text: str) -> str:
    """Return ``text`` with every run of characters unsafe in a file name replaced by ``_``."""
    return re.sub(r"[^\w\-]+", "_", text)


# -- HTML ----------------------------------------------------------------------------------------


def escape(text: object) -> str:
    """Escape text for HTML, keeping line breaks."""
    return html.escape(str(text)).replace("\n", "<br/>")


def page_start(style: str) -> str:
    """Return the opening of a printout's HTML (up to ``<body>``) with its ``<style>`` block."""
    return f"<html><head><meta charset='utf-8'/>{style}</head><body>"


def table(table_id: str = "") -> str:
    """Return the opening tag of a bordered table, full width; ``table_id`` names it."""
    ident = f' id="{table_id}"' if table_id else ""
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        f'style="border-collapse: collapse; border-color: #000000;"{ident}>'
    )


#: The opening tag of a bordered table without an id.
TABLE = table()


def cell(text: str, align: str = "") -> str:
    """Return a table cell of ``text`` (a no-break space when empty), aligned when told."""
    attr = f' align="{align}"' if align else ""
    return f"<td{attr}>{escape(text) if text else '&nbsp;'}</td>"


def label_row(label: str, value: str) -> str:
    """Return a two-column row: ``label`` on 38 % of the width, then ``value``."""
    return f'<tr><td width="38%">{escape(label)}</td>{cell(value)}</tr>'


def header_row(*cells: str, widths: Sequence[int] = ()) -> str:
    """Return a table's header row, repeated on every page the table spans (``<thead>``).

    ``widths`` are column widths in percent of the page; the printout's layout widens a column
    whose longest word would not fit (:func:`ui.printing.layout.fit_columns`).
    """
    sized = [f' width="{w}%"' for w in widths] + [""] * (len(cells) - len(widths))
    return (
        "<thead><tr>"
        + "".join(
            f'<th align="center"{w}>{escape(c)}</th>' for c, w in zip(cells, sized, strict=True)
        )
        + "</tr></thead>"
    )


def sign_cell(labels: Mapping[str, str]) -> str:
    """Return a cell with a line to sign on and one for the date, each with its caption.

    ``labels`` are a printout's labels in the print language; the captions are its
    ``signature`` and ``sig_date``.
    """
    signature, sig_date = escape(labels["signature"]), escape(labels["sig_date"])
    return f"<td>{SIGN_LINE} {signature}{NBSP * 3}{DATE_LINE} {sig_date}</td>"
