"""The printed passport's annexes (domain brief §2.4, §2.8): one annex per functional zone with
its elements (present, plan and photo numbers, violations with the norm rule broken, the
categories affected, the recommended work) ending in the zone conclusion, then the
measurements with the norm edition each was checked against.

The photo annex, which needs Qt to scale pictures, is :mod:`ui.objects.prints.photo_annex`.
"""

from __future__ import annotations

from models.objects.dto import ElementDraft
from models.objects.passport_report import MeasurementLine, PassportReport
from models.objects.tables import ZONES
from models.text import capitalize_first
from ui.objects.prints.common import (
    ELEMENT_COLUMNS,
    categories_text,
    norm_text,
    recorded,
    with_unit,
    yes_no,
)
from ui.objects.prints.labels import LABELS
from ui.printing.formatting import TABLE, label_row
from ui.printing.formatting import escape as _e
from ui.printing.formatting import header_row as _th


def annex_title(lang: str, number: int) -> str:
    """Return "Annex N" in the print language."""
    return LABELS[lang]["annex"].format(number=number)


def _cell(text: str, align: str = "") -> str:
    attr = f' align="{align}"' if align else ""
    return f"<td{attr}>{text if text else '&nbsp;'}</td>"


def rule_reference(r: PassportReport, check_code: str, lang: str) -> str:
    """Return a norm rule as its title with document and clause ("" for no rule)."""
    if not check_code:
        return ""
    rule = r.rules.get(check_code)
    title = r.rule_title(check_code, lang)
    if rule is None:
        return title
    return f"{title} ({rule.document} {rule.clause})"


def _violations(r: PassportReport, e: ElementDraft, lang: str) -> str:
    parts = [_e(e.violations)] if e.violations else []
    ref = rule_reference(r, e.rule_code, lang)
    if ref:
        parts.append(f"<i>{_e(ref)}</i>")
    return "<br/>".join(parts)


def _work(r: PassportReport, e: ElementDraft, lang: str) -> str:
    parts = [_e(r.label("adaptation_works", e.work, lang))] if e.work else []
    if e.work_note:
        parts.append(_e(e.work_note))
    return "<br/>".join(parts)


def zone_annex_html(r: PassportReport, zone: str, number: int, lang: str) -> str:
    """Return the annex of one zone: its elements, then the zone conclusion (confirmed, and
    the one Qoldau suggested when the commission wrote another)."""
    t = LABELS[lang]
    title = t["zone_annex"].format(
        annex=annex_title(lang, number),
        zone=capitalize_first(r.label("functional_zones", zone, lang)),
    )
    rows = [f'<h2 class="annex">{_e(title)}</h2>']
    elements = [e for e in r.passport.elements if e.zone == zone]
    if elements:
        rows.append(TABLE)
        rows.append(_th(*(t[key] for key in ELEMENT_COLUMNS), widths=(5, 18, 8, 8, 8, 25, 10, 18)))
        for i, e in enumerate(elements, start=1):
            rows.append(
                "<tr>"
                + _cell(str(i), "center")
                + _cell(_e(r.label("zone_elements", e.element, lang)))
                + _cell(_e(yes_no(e.present, t)), "center")
                + _cell(_e(e.plan_no), "center")
                + _cell(_e(e.photo_no), "center")
                + _cell(_violations(r, e, lang))
                + _cell(_e(categories_text(e.categories)), "center")
                + _cell(_work(r, e, lang))
                + "</tr>"
            )
        rows.append("</table>")
    else:
        rows.append(f"<p>{_e(t['no_elements'])}</p>")
    found = next((z for z in r.passport.zones if z.zone == zone), None)
    confirmed = found.conclusion if found else ""
    suggested = found.suggested_conclusion if found else ""
    rows.append(TABLE)
    rows.append(label_row(t["zone_conclusion"], recorded(confirmed, t)))
    if suggested and suggested.strip() != confirmed.strip():
        rows.append(label_row(t["zone_suggested"], suggested))
    rows.append("</table>")
    return "\n".join(rows)


def zone_annexes_html(r: PassportReport, lang: str, first: int = 1) -> str:
    """Return the annexes of every zone, numbered from ``first``."""
    return "\n".join(zone_annex_html(r, z, first + i, lang) for i, z in enumerate(ZONES))


def _edition(m: MeasurementLine, lang: str) -> str:
    if m.rule_edition is None:
        return LABELS[lang]["before_editions"]
    return str(m.rule_edition)


def measurements_html(r: PassportReport, lang: str, number: int) -> str:
    """Return the annex of measurements: each value with its verdict, the threshold, operator
    and norm it was checked against and the rule's edition (as stored, never the rule in
    force today)."""
    t = LABELS[lang]
    title = t["measurements_annex"].format(annex=annex_title(lang, number))
    rows = [f'<h2 class="annex">{_e(title)}</h2>']
    if not r.measurements:
        rows.append(f"<p>{_e(t['no_measurements'])}</p>")
        return "\n".join(rows)
    rows.append(TABLE)
    rows.append(
        _th(
            t["zone"],
            t["check"],
            t["measured"],
            t["norm"],
            t["verdict"],
            t["norm_ref"],
            t["edition"],
            t["photo"],
        )
    )
    for m in r.measurements:
        where = _e(capitalize_first(r.label("functional_zones", m.zone, lang)))
        if m.element:
            where += "<br/>" + _e(r.label("zone_elements", m.element, lang))
        breach = m.verdict == "breach"
        verdict = f"<b>{_e(t['breach'])}</b>" if breach else _e(t["ok"])
        rows.append(
            "<tr>"
            + _cell(where)
            + _cell(_e(r.rule_title(m.check_code, lang)))
            + _cell(_e(with_unit(m.value, m.unit, lang)), "right")
            + _cell(_e(norm_text(m.operator, m.threshold, m.unit, lang)), "center")
            + _cell(verdict)
            + _cell(_e(m.norm_ref))
            + _cell(_e(_edition(m, lang)), "center")
            + _cell(_e(m.photo_no), "center")
            + "</tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)
