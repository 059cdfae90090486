"""The printed passport's sections in the official numbering (domain brief §2.3, the model of
Order No. 627): the header, 1 General information, 2 Activity, 3 State of accessibility
(3.1-3.2 the route, 3.3 form of service, 3.4 zones, 3.5 final conclusion), 4 Management
decision and 5 Special notes.

An empty field prints "not recorded" in the print language: a passport made before these
sections existed has them all empty and still prints every section.
"""

from __future__ import annotations

from models.objects.accessibility import (
    CATEGORY_LETTERS,
    NA,
    display_code,
    level_of_status,
    status_codes,
    status_display,
)
from models.objects.passport_report import PassportReport
from models.objects.tables import CATEGORIES, ZONES
from models.text import capitalize_first
from ui.i18n import local_name
from ui.objects.prints.common import (
    approval_block,
    categories_text,
    codes_text,
    date_text,
    number_text,
    office_line,
    recorded,
    row,
    yes_no,
)
from ui.objects.prints.labels import FUNDING_LABELS, LABELS, LEVEL_SHORT, SERVICE_FORM_LABELS
from ui.printing.formatting import NBSP, PLAIN_TABLE, TABLE, code_text, format_money
from ui.printing.formatting import escape as _e
from ui.printing.formatting import header_row as _th


def header_html(r: PassportReport, lang: str) -> str:
    """Return the header: approval, title, number and version, office and date, and the
    re-inspection reason of a later version."""
    t, p = LABELS[lang], r.passport
    number = t["number"].format(number=p.number) if p.number else t["no_number"]
    version = t["version"].format(version=p.version or 1, count=max(r.version_count, 1))
    region = r.label("regions", r.office.kato[:2], lang)
    parts = [
        approval_block(lang),
        f'<h1 align="center">{_e(t["title"])}</h1>',
        f'<p align="center"><b>{_e(number)}</b>, {_e(version)}</p>',
        PLAIN_TABLE,
        f"<tr><td>{_e(t['office'])}: {_e(office_line(r.office, region, lang))}</td>"
        f'<td align="right">{_e(t["date"])}: '
        f"{_e(recorded(date_text(p.passport_date), t))}</td></tr>",
    ]
    if (p.version or 1) > 1:
        reason = r.label("reinspection_reasons", p.reinspection_reason, lang)
        parts.append(
            f'<tr><td colspan="2">{_e(t["reinspection_reason"])}: '
            f"{_e(recorded(reason if p.reinspection_reason else '', t))}</td></tr>"
        )
    parts.append("</table>")
    return "\n".join(parts)


def general_html(r: PassportReport, lang: str) -> str:
    """Return section 1, general information: the object, then the organisation."""
    t, o, g = LABELS[lang], r.obj, r.obj.general
    settlement = local_name(r.settlement_kk, r.settlement_ru, lang)
    plot = yes_no(g.has_plot, t)
    if g.plot_area_m2 is not None:
        area = f"{number_text(g.plot_area_m2, lang)}{NBSP}м²"
        plot = f"{plot}, {area}" if plot else area
    building = r.label("building_kinds", g.building_kind, lang) if g.building_kind else ""
    return "\n".join(
        [
            f"<h2>{_e(t['s1'])}</h2>",
            f"<h3>{_e(t['s1_object'])}</h3>{TABLE}",
            row(t["name"], o.name, t),
            row(t["type"], r.label("object_types", o.object_type, lang), t),
            row(t["address"], o.address, t),
            row(t["settlement"], f"{settlement} ({o.kato})" if settlement else o.kato, t),
            row(t["building"], building, t),
            row(t["floors"], number_text(o.floors, lang), t),
            row(t["area"], number_text(g.area_m2, lang), t),
            row(t["plot"], plot, t),
            row(t["year_built"], str(o.year_built) if o.year_built is not None else "", t),
            row(
                t["last_repair"],
                str(g.last_capital_repair_year) if g.last_capital_repair_year else "",
                t,
            ),
            row(t["planned_repairs"], g.planned_repairs, t),
            "</table>",
            f"<h3>{_e(t['s1_org'])}</h3>{TABLE}",
            row(t["owner"], o.owner_name, t),
            row(t["bin"], o.owner_bin, t),
            row(t["legal_address"], g.legal_address, t),
            row(t["use_basis"], _coded(r, "use_bases", g.use_basis, lang), t),
            row(t["ownership"], _coded(r, "ownership_forms", g.ownership, lang), t),
            row(
                t["territorial_level"],
                _coded(r, "territorial_levels", g.territorial_level, lang),
                t,
            ),
            row(t["higher_body"], g.higher_body, t),
            row(t["responsible"], o.responsible_body, t),
            "</table>",
        ]
    )


def _coded(r: PassportReport, list_name: str, code: str, lang: str) -> str:
    return r.label(list_name, code, lang) if code else ""


def _codes(r: PassportReport, list_name: str, codes: tuple[str, ...], lang: str) -> str:
    """Several codes' labels in the code list's order (unknown codes last, as stored)."""
    order = {code: i for i, code in enumerate(r.labels.get(list_name, {}))}
    ordered = sorted(codes, key=lambda c: order.get(c, len(order)))
    return codes_text(lambda name, code: r.label(name, code, lang), list_name, ordered)


def activity_html(r: PassportReport, lang: str) -> str:
    """Return section 2, the activity at the object."""
    t, a = LABELS[lang], r.passport.activity
    capacity = number_text(a.capacity, lang)
    if capacity and a.capacity_kind:
        capacity += f" ({r.label('capacity_kinds', a.capacity_kind, lang)})"
    return "\n".join(
        [
            f"<h2>{_e(t['s2'])}</h2>{TABLE}",
            row(t["sphere"], _coded(r, "activity_spheres", a.activity_sphere, lang), t),
            row(t["services"], a.services, t),
            row(
                t["delivery_forms"],
                _codes(r, "service_delivery_forms", a.delivery_forms, lang),
                t,
            ),
            row(t["age_groups"], _codes(r, "served_age_groups", a.age_groups, lang), t),
            row(t["served_categories"], categories_text(a.served_categories), t),
            row(t["capacity"], capacity, t),
            row(t["ipr"], yes_no(a.ipr_participation, t), t),
            row(t["residential"], t["yes"] if r.obj.residential else t["no"], t),
            "</table>",
        ]
    )


def route_html(r: PassportReport, lang: str) -> str:
    """Return sections 3.1-3.2, the route from the public-transport stop."""
    t, w = LABELS[lang], r.passport.route
    return "\n".join(
        [
            f"<h2>{_e(t['s3'])}</h2>",
            f"<h3>{_e(t['s31'])}</h3>{TABLE}",
            row(t["transport"], w.route_transport, t),
            row(t["adapted_transport"], yes_no(w.route_adapted_transport, t), t),
            "</table>",
            f"<h3>{_e(t['s32'])}</h3>{TABLE}",
            row(t["distance"], number_text(w.route_distance_m, lang), t),
            row(t["walk"], number_text(w.route_walk_minutes, lang), t),
            row(t["separate_path"], yes_no(w.route_separate_path, t), t),
            row(t["crossings"], _coded(r, "route_crossings", w.route_crossings, lang), t),
            row(t["route_info"], _codes(r, "route_info_means", w.route_information, lang), t),
            row(t["level_changes"], yes_no(w.route_level_changes, t), t),
            row(t["level_fitted"], yes_no(w.route_level_fitted, t), t),
            row(t["route_notes"], w.route_notes, t),
            "</table>",
        ]
    )


def category_label(r: PassportReport, cat: str, lang: str) -> str:
    """Return a user category as its letter and name: "К – ..."."""
    return f"{CATEGORY_LETTERS[cat]} – {r.label('user_categories', cat, lang)}"


def service_forms_html(r: PassportReport, lang: str) -> str:
    """Return section 3.3, the form of service per category."""
    t = LABELS[lang]
    rows = [
        f"<h3>{_e(t['s33'])}</h3>{TABLE}",
        _th(t["category"], t["service_form"], widths=(38, 62)),
    ]
    for cat in CATEGORIES:
        form = r.passport.service_forms.get(cat, "")
        text = SERVICE_FORM_LABELS[lang].get(form, form) if form else t["not_recorded"]
        rows.append(f"<tr><td>{_e(category_label(r, cat, lang))}</td><td>{_e(text)}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def zones_html(r: PassportReport, lang: str) -> str:
    """Return section 3.4, the status of each zone (levels per category and the code)."""
    t = LABELS[lang]
    by_zone = {z.zone: z for z in r.passport.zones}
    letters = [CATEGORY_LETTERS[c] for c in CATEGORIES]
    rows = [
        f"<h3>{_e(t['s34'])}</h3>{TABLE}",
        _th(
            t["no_col"],
            t["zone"],
            *letters,
            t["code"],
            t["zone_conclusion"],
            widths=(5, 24, 6, 6, 6, 6, 6, 22, 19),
        ),
    ]
    for i, code in enumerate(ZONES, start=1):
        zone = by_zone.get(code)
        levels = {c: (zone.levels.get(c, NA) if zone else NA) for c in CATEGORIES}
        cells = "".join(
            f'<td align="center" nowrap>{LEVEL_SHORT.get(levels[c], "–")}</td>' for c in CATEGORIES
        )
        rows.append(
            f'<tr><td align="center">{i}</td>'
            f"<td>{_e(capitalize_first(r.label('functional_zones', code, lang)))}</td>{cells}"
            f"<td>{_e(code_text(display_code(levels))) or '–'}</td>"
            f"<td>{_e(zone.conclusion) if zone and zone.conclusion else '&nbsp;'}</td></tr>"
        )
    rows.append("</table>")
    rows.append(f'<p class="small">{_e(t["legend"])}</p>')
    return "\n".join(rows)


def status_text(r: PassportReport, code: str, lang: str) -> str:
    """Return an access status as its display code and name, "–" when none."""
    if not code:
        return "–"
    return f"{code_text(status_display(code))} – {r.label('access_statuses', code, lang)}"


def conclusion_html(r: PassportReport, lang: str) -> str:
    """Return section 3.5, the final conclusion per category: suggested and confirmed."""
    t, p = LABELS[lang], r.passport
    complete = all(p.suggested.get(c) for c in CATEGORIES)
    suggested = status_codes(p.suggested) if complete else {}
    rows = [
        f"<h3>{_e(t['s35'])}</h3>{TABLE}",
        _th(t["category"], t["suggested"], t["confirmed"], widths=(34, 33, 33)),
    ]
    for cat in CATEGORIES:
        confirmed = p.statuses.get(cat, "")
        rows.append(
            f"<tr><td>{_e(category_label(r, cat, lang))}</td>"
            f"<td>{_e(status_text(r, suggested.get(cat, ''), lang))}</td>"
            f"<td><b>{_e(status_text(r, confirmed, lang))}</b></td></tr>"
        )
    rows.append("</table>")
    levels = {c: level_of_status(p.statuses.get(c, "")) or NA for c in CATEGORIES}
    code = code_text(display_code(levels)) or "–"
    line = f"{_e(t['object_code'])}: <b>{_e(code)}</b>"
    if complete and display_code(p.suggested) != display_code(levels):
        line += f" ({_e(t['suggested_code'])}: {_e(code_text(display_code(p.suggested)))})"
    rows.append(f"<p>{line}</p>")
    rows.append(TABLE)
    rows.append(row(t["requires_adaptation"], t["yes"] if p.requires_adaptation else t["no"], t))
    if p.override_note:
        rows.append(row(t["override"], p.override_note, t))
    rows.append(row(t["conclusion"], p.conclusion, t))
    rows.append("</table>")
    return "\n".join(rows)


def _expected(r: PassportReport, status: str, categories: tuple[str, ...], lang: str) -> str:
    if not status:
        return ""
    letters = categories_text(categories)
    text = code_text(status_display(status))
    return f"{text} ({letters})" if letters and "(" not in text else text


def decision_html(r: PassportReport, lang: str) -> str:
    """Return section 4, the management decision: the works per zone and for all zones, the
    period, plan or programme, agreements, the accessibility-map date and the adaptation."""
    t, p, d = LABELS[lang], r.passport, r.passport.decision
    rows = [f"<h2>{_e(t['s4'])}</h2>"]
    if p.works:
        rows.append(TABLE)
        rows.append(
            _th(
                t["no_col"],
                t["zone"],
                t["work"],
                t["deadline"],
                t["cost"],
                t["funding"],
                t["expected"],
                t["completed"],
                widths=(5, 20, 17, 12, 12, 12, 11, 11),
            )
        )
        for i, w in enumerate(p.works, start=1):
            funding = FUNDING_LABELS[lang].get(w.funding_source, w.funding_source)
            deadline = date_text(w.deadline) or (str(w.planned_year) if w.planned_year else "")
            expected = _expected(r, w.expected_status, w.expected_categories, lang)
            rows.append(
                f'<tr><td align="center">{i}</td>'
                f"<td>{_e(capitalize_first(r.label('functional_zones', w.zone, lang)))}</td>"
                f"<td>{_e(r.label('adaptation_works', w.work, lang))}</td>"
                f'<td align="center">{_e(deadline) or "&nbsp;"}</td>'
                f'<td align="right">{_e(format_money(w.estimated_cost, lang)) or "&nbsp;"}</td>'
                f"<td>{_e(funding) if funding else '&nbsp;'}</td>"
                f"<td>{_e(expected) if expected else '&nbsp;'}</td>"
                f'<td align="center">{_e(date_text(w.completed_date)) or "&nbsp;"}</td></tr>'
            )
        rows.append("</table>")
    else:
        rows.append(f"<p>{_e(t['no_works'])}</p>")
    period = " – ".join(x for x in (date_text(d.works_from), date_text(d.works_until)) if x)
    rows.append(TABLE)
    rows.append(row(t["works_period"], period, t))
    rows.append(row(t["programme"], d.works_programme, t))
    rows.append(row(t["agreement_needed"], yes_no(d.approval_needed, t), t))
    if d.approval_needed != "NO":
        rows.append(row(t["agreed_with"], d.approval_body, t))
        rows.append(row(t["agreed_on"], date_text(d.approval_date), t))
    rows.append(row(t["map_updated"], date_text(d.map_updated), t))
    extra = [
        (t["adapted_date"], date_text(p.adapted_date)),
        (t["adaptation_cost"], format_money(p.adaptation_cost, lang)),
        (t["alternative"], p.alternative_service),
    ]
    rows.extend(row(label, value, t) for label, value in extra if value)
    rows.append("</table>")
    return "\n".join(rows)


def notes_html(r: PassportReport, lang: str) -> str:
    """Return section 5, special notes: the dates of the questionnaire, the act, the
    inspection and the commission decision (the passport date), and the notes."""
    t, p, n = LABELS[lang], r.passport, r.passport.notes
    return "\n".join(
        [
            f"<h2>{_e(t['s5'])}</h2>{TABLE}",
            row(t["questionnaire_date"], date_text(n.questionnaire_date), t),
            row(t["act_date"], date_text(n.act_date), t),
            row(t["inspection_date"], date_text(p.inspection_date), t),
            row(t["passport_date"], date_text(p.passport_date), t),
            row(t["special_notes"], n.special_notes, t),
            "</table>",
        ]
    )
