"""Pieces every passport printout shares: values or "not recorded", yes/no answers, code lists,
categories, norms with their operator and unit, the office line and the signature lines.

Every function takes the printout's labels in the print language (``t``, one of
:data:`ui.objects.prints.labels.LABELS`), never ``tr()``: the print language may differ from
the interface.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal

from models.objects.accessibility import CATEGORY_LETTERS
from models.objects.tables import CATEGORIES
from models.reference.dto import OfficeDTO
from ui.i18n import local_name_of
from ui.objects.prints.labels import LABELS, OPERATOR_SIGNS, UNIT_LABELS
from ui.printing.formatting import (
    NBSP,
    PLAIN_TABLE,
    SIGN_LINE,
    format_date,
    format_number,
    label_row,
    sign_cell,
)
from ui.printing.formatting import escape as _e

#: The unit of a presence check (1 present, 0 absent).
PRESENCE_UNIT = "1/0"
#: The columns of a zone annex's element table (brief §2.4), as :data:`LABELS` keys: the same
#: in the printed passport and in the blank one.
ELEMENT_COLUMNS = (
    "no_col",
    "element",
    "present",
    "plan_no",
    "photo",
    "violations",
    "categories",
    "recommended_work",
)

#: A code list's label in the print language: (list name, code) -> label.
Labeller = Callable[[str, str], str]


def recorded(value: str, t: Mapping[str, str]) -> str:
    """Return ``value``, or the print language's "not recorded" when it is empty."""
    return value.strip() if value and value.strip() else t["not_recorded"]


def row(label: str, value: str, t: Mapping[str, str]) -> str:
    """Return a label and value row; an empty value prints "not recorded"."""
    return label_row(label, recorded(value, t))


def date_text(value: date | None) -> str:
    """Return a date as dd.mm.yyyy, "" for None."""
    return format_date(value)


def number_text(value: int | float | Decimal | None, lang: str) -> str:
    """Return a number in the print language's format, "" for None."""
    return "" if value is None else format_number(value, lang)


def yes_no(code: str, t: Mapping[str, str]) -> str:
    """Return a ``YES_NO`` answer in words; "" when it was not recorded."""
    return {"YES": t["yes"], "NO": t["no"]}.get(code, "")


def codes_text(label: Labeller, list_name: str, codes: Iterable[str]) -> str:
    """Return the labels of several codes of a code list, separated by commas."""
    return ", ".join(label(list_name, c) for c in codes if c)


def categories_text(codes: Iterable[str]) -> str:
    """Return user categories as their display letters in the official order: "К, О"."""
    chosen = set(codes)
    return ", ".join(CATEGORY_LETTERS[c] for c in CATEGORIES if c in chosen)


def rule_categories(categories: str) -> str:
    """Return a norm rule's categories ("K O S G U") as display letters."""
    return categories_text(categories.split())


def unit_text(unit: str, lang: str) -> str:
    """Return a unit code as printed ("m" -> "м" in kk and ru)."""
    return UNIT_LABELS[lang].get(unit, unit)


def with_unit(value: float, unit: str, lang: str) -> str:
    """Return a number followed by its unit, joined by a no-break space; a presence check's
    value (unit "1/0") as yes or no."""
    if unit == PRESENCE_UNIT:
        return LABELS[lang]["yes"] if value else LABELS[lang]["no"]
    printed = unit_text(unit, lang)
    return format_number(value, lang) + (f"{NBSP}{printed}" if printed else "")


def norm_text(operator: str, value: float, unit: str, lang: str) -> str:
    """Return a threshold as printed beside a check: "≥ 0,9 м" (no-break spaces); a presence
    check prints what it asks for ("yes": the element must be there)."""
    if unit == PRESENCE_UNIT:
        must_be = (operator == ">=" and value > 0) or (operator == "<=" and value >= 1)
        return LABELS[lang]["yes"] if must_be else LABELS[lang]["no"]
    sign = OPERATOR_SIGNS.get(operator, operator)
    return f"{sign}{NBSP}{with_unit(value, unit, lang)}"


def office_line(office: OfficeDTO, region: str, lang: str) -> str:
    """Return the office with its oblast ("Ақмола облысы, Ақкөл ауданы")."""
    name = local_name_of(office, lang)
    if office.level == "republic":
        return name
    return name if office.level == "region" or not region else f"{region}, {name}"


def commission_members(commission: str) -> list[str]:
    """Return the commission members, one per non-empty line of the passport's text."""
    return [line.strip() for line in commission.splitlines() if line.strip()]


def approval_block(lang: str) -> str:
    """Return the header's approval block (right-aligned): title, head, signature and date."""
    t = LABELS[lang]
    return (
        f'{PLAIN_TABLE}<tr><td width="55%">&nbsp;</td><td>'
        f"<b>{_e(t['approve_title'])}</b><br/>{_e(t['approve_head'])}<br/>"
        f"{SIGN_LINE} {_e(t['signature'])}<br/>"
        f"____.____.________ {_e(t['sig_date'])}</td></tr></table>"
    )


def signatures_html(commission: str, lang: str) -> str:
    """Return the signature lines: the chair, each member (three blank lines when none are
    recorded) and the head of the department."""
    t = LABELS[lang]
    rows = ["<p>&nbsp;</p>", PLAIN_TABLE]
    rows.append(f'<tr><td width="40%"><b>{_e(t["chair"])}</b></td>{sign_cell(t)}</tr>')
    rows.append(f"<tr><td><b>{_e(t['members'])}:</b></td><td>&nbsp;</td></tr>")
    members = commission_members(commission) or [SIGN_LINE * 2] * 3
    for name in members:
        rows.append(f"<tr><td>{_e(name)}</td>{sign_cell(t)}</tr>")
    rows.append("<tr><td>&nbsp;</td><td>&nbsp;</td></tr>")
    rows.append(f"<tr><td><b>{_e(t['approved'])}</b></td>{sign_cell(t)}</tr>")
    rows.append("</table>")
    return "\n".join(rows)
