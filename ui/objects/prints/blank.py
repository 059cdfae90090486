"""The blank passport and the inspection checklist of an object, for commissions that inspect
on paper and enter the passport later (issue 12).

The blank passport has the header and section 1 filled from the register, sections 2-5 as
blank lines and boxes to tick (the options of each code list), and one checklist annex per
zone. The checklist has, per zone, the zone's typical elements (code list ``zone_elements``) as
rows with blank columns, and the zone's active norm rules with the threshold printed beside
(title, operator, value, unit, document and clause, the scope note of housing rules) and a
blank "measured" column.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.objects.dto import NormRuleDTO
from models.objects.passport_report import BlankReport, BlankZone, load_blank_report
from models.objects.tables import CATEGORIES, WORK_ZONES
from models.store.db import Store
from models.text import capitalize_first
from ui.i18n import local_name
from ui.objects.prints.common import (
    ELEMENT_COLUMNS,
    approval_block,
    categories_text,
    norm_text,
    number_text,
    office_line,
    rule_categories,
    signatures_html,
)
from ui.objects.prints.labels import LABELS, SERVICE_FORM_LABELS, STYLE
from ui.printing.document import PreviewDialog, build_document, exec_preview
from ui.printing.formatting import (
    DATE_LINE,
    NBSP,
    PLAIN_TABLE,
    TABLE,
    file_name_part,
    page_start,
    print_language,
)
from ui.printing.formatting import escape as _e
from ui.printing.formatting import header_row as _th
from ui.settings import UiSettings

#: A box to tick beside an option.
BOX = "\u2610"
#: A blank cell, two lines high for handwriting.
BLANK = "&nbsp;<br/>&nbsp;"
#: How many empty rows follow a zone's typical elements (elements the list does not name).
SPARE_ROWS = 2

#: The two printouts: the blank passport and the inspection checklist.
KINDS = ("passport", "checklist")


def _options(texts: list[str]) -> str:
    # A box stays with its option; a line may break between two options.
    return f"{NBSP * 2} ".join(f"{BOX}{NBSP}{_e(x)}" for x in texts)


def _blank_row(label: str, value: str = BLANK) -> str:
    return f'<tr><td width="38%">{_e(label)}</td><td>{value}</td></tr>'


def _value_or_blank(label: str, value: str) -> str:
    return _blank_row(label, _e(value) if value else BLANK)


def _list_options(r: BlankReport, list_name: str, lang: str) -> str:
    return _options([r.label(list_name, c, lang) for c in r.codes(list_name)])


def _coded(r: BlankReport, list_name: str, code: str, lang: str) -> str:
    """The recorded code's label, or every option of the list to tick."""
    return _e(r.label(list_name, code, lang)) if code else _list_options(r, list_name, lang)


def _yes_no(lang: str) -> str:
    t = LABELS[lang]
    return _options([t["yes"], t["no"]])


def header_html(r: BlankReport, lang: str, title: str) -> str:
    """Return the header of a blank: approval (the passport's only), title, number, office
    and a date to write."""
    t = LABELS[lang]
    region = r.label("regions", r.office.kato[:2], lang)
    return "\n".join(
        [
            approval_block(lang) if title == t["title"] else "",
            f'<h1 align="center">{_e(title)}</h1>',
            f'<p align="center"><b>{_e(t["no_number"])}</b> ({_e(t["blank_note"])})</p>',
            PLAIN_TABLE,
            f"<tr><td>{_e(t['office'])}: {_e(office_line(r.office, region, lang))}</td>"
            f'<td align="right">{_e(t["date"])}: {DATE_LINE}</td></tr>',
            "</table>",
        ]
    )


def general_html(r: BlankReport, lang: str) -> str:
    """Return section 1 filled from the register; what it does not hold is left to fill."""
    t, o, g = LABELS[lang], r.obj, r.obj.general
    settlement = local_name(r.settlement_kk, r.settlement_ru, lang)
    plot = _yes_no(lang) + f"{NBSP * 3}{_e(t['plot'])}: ________"
    if g.has_plot or g.plot_area_m2 is not None:
        plot = _e(
            ", ".join(
                x
                for x in (
                    {"YES": t["yes"], "NO": t["no"]}.get(g.has_plot, ""),
                    number_text(g.plot_area_m2, lang),
                )
                if x
            )
        )
    return "\n".join(
        [
            f"<h2>{_e(t['s1'])}</h2>",
            f"<h3>{_e(t['s1_object'])}</h3>{TABLE}",
            _value_or_blank(t["name"], o.name),
            _value_or_blank(t["type"], r.label("object_types", o.object_type, lang)),
            _value_or_blank(t["address"], o.address),
            _value_or_blank(t["settlement"], f"{settlement} ({o.kato})" if settlement else o.kato),
            _blank_row(t["building"], _coded(r, "building_kinds", g.building_kind, lang)),
            _value_or_blank(t["floors"], number_text(o.floors, lang)),
            _value_or_blank(t["area"], number_text(g.area_m2, lang)),
            _blank_row(t["plot"], plot),
            _value_or_blank(t["year_built"], str(o.year_built) if o.year_built else ""),
            _value_or_blank(
                t["last_repair"],
                str(g.last_capital_repair_year) if g.last_capital_repair_year else "",
            ),
            _value_or_blank(t["planned_repairs"], g.planned_repairs),
            "</table>",
            f"<h3>{_e(t['s1_org'])}</h3>{TABLE}",
            _value_or_blank(t["owner"], o.owner_name),
            _value_or_blank(t["bin"], o.owner_bin),
            _value_or_blank(t["legal_address"], g.legal_address),
            _blank_row(t["use_basis"], _coded(r, "use_bases", g.use_basis, lang)),
            _blank_row(t["ownership"], _coded(r, "ownership_forms", g.ownership, lang)),
            _blank_row(
                t["territorial_level"],
                _coded(r, "territorial_levels", g.territorial_level, lang),
            ),
            _value_or_blank(t["higher_body"], g.higher_body),
            _value_or_blank(t["responsible"], o.responsible_body),
            "</table>",
        ]
    )


def sections_html(r: BlankReport, lang: str) -> str:
    """Return sections 2-5 as blank lines and boxes to tick."""
    t = LABELS[lang]
    parts = [
        f"<h2>{_e(t['s2'])}</h2>{TABLE}",
        _blank_row(t["sphere"], _list_options(r, "activity_spheres", lang)),
        _blank_row(t["services"]),
        _blank_row(t["delivery_forms"], _list_options(r, "service_delivery_forms", lang)),
        _blank_row(t["age_groups"], _list_options(r, "served_age_groups", lang)),
        _blank_row(t["served_categories"], _options([categories_text([c]) for c in CATEGORIES])),
        _blank_row(t["capacity"], "________ " + _list_options(r, "capacity_kinds", lang)),
        _blank_row(t["ipr"], _yes_no(lang)),
        _blank_row(t["residential"], _yes_no(lang)),
        "</table>",
        f"<h2>{_e(t['s3'])}</h2>",
        f"<h3>{_e(t['s31'])}</h3>{TABLE}",
        _blank_row(t["transport"]),
        _blank_row(t["adapted_transport"], _yes_no(lang)),
        "</table>",
        f"<h3>{_e(t['s32'])}</h3>{TABLE}",
        _blank_row(t["distance"]),
        _blank_row(t["walk"]),
        _blank_row(t["separate_path"], _yes_no(lang)),
        _blank_row(t["crossings"], _list_options(r, "route_crossings", lang)),
        _blank_row(t["route_info"], _list_options(r, "route_info_means", lang)),
        _blank_row(t["level_changes"], _yes_no(lang)),
        _blank_row(t["level_fitted"], _yes_no(lang)),
        "</table>",
        f"<h3>{_e(t['s33'])}</h3>{TABLE}",
        _th(t["category"], t["service_form"], widths=(38, 62)),
    ]
    forms = [SERVICE_FORM_LABELS[lang][f].split(" – ")[0] for f in ("A", "B", "DU", "VND")]
    for cat in CATEGORIES:
        label = f"{categories_text([cat])} – {r.label('user_categories', cat, lang)}"
        parts.append(f"<tr><td>{_e(label)}</td><td>{_options(forms)}</td></tr>")
    parts.append("</table>")
    parts.append(_zones_table(r, lang))
    parts.append(f"<h3>{_e(t['s35'])}</h3>{TABLE}")
    parts.append(_th(t["category"], t["suggested"], t["confirmed"], widths=(34, 33, 33)))
    for cat in CATEGORIES:
        label = f"{categories_text([cat])} – {r.label('user_categories', cat, lang)}"
        parts.append(f"<tr><td>{_e(label)}</td><td>{BLANK}</td><td>{BLANK}</td></tr>")
    parts.append("</table>")
    parts.append(TABLE)
    parts.append(_blank_row(t["requires_adaptation"], _yes_no(lang)))
    parts.append(_blank_row(t["conclusion"], BLANK + "<br/>&nbsp;"))
    parts.append("</table>")
    parts.append(_works_table(r, lang))
    parts.append(f"<h2>{_e(t['s5'])}</h2>{TABLE}")
    for key in ("questionnaire_date", "act_date", "inspection_date", "passport_date"):
        parts.append(_blank_row(t[key], DATE_LINE))
    parts.append(_blank_row(t["special_notes"], BLANK + "<br/>&nbsp;"))
    parts.append("</table>")
    return "\n".join(parts)


def _zones_table(r: BlankReport, lang: str) -> str:
    t = LABELS[lang]
    letters = [categories_text([c]) for c in CATEGORIES]
    rows = [
        f"<h3>{_e(t['s34'])}</h3>{TABLE}",
        _th(t["no_col"], t["zone"], *letters, t["code"], t["zone_conclusion"]),
    ]
    for i, zone in enumerate(r.zones, start=1):
        blanks = "".join("<td>&nbsp;</td>" for _ in CATEGORIES)
        rows.append(
            f'<tr><td align="center">{i}</td>'
            f"<td>{_e(capitalize_first(r.label('functional_zones', zone.zone, lang)))}</td>{blanks}"
            f"<td>{BLANK}</td><td>{BLANK}</td></tr>"
        )
    rows.append("</table>")
    rows.append(f'<p class="small">{_e(t["legend"])}</p>')
    return "\n".join(rows)


def _works_table(r: BlankReport, lang: str) -> str:
    t = LABELS[lang]
    rows = [
        f"<h2>{_e(t['s4'])}</h2>{TABLE}",
        _th(
            t["no_col"],
            t["zone"],
            t["work"],
            t["deadline"],
            t["funding"],
            t["expected"],
        ),
    ]
    for i, zone in enumerate(WORK_ZONES, start=1):
        rows.append(
            f'<tr><td align="center">{i}</td>'
            f"<td>{_e(capitalize_first(r.label('functional_zones', zone, lang)))}</td>"
            + "".join(f"<td>{BLANK}</td>" for _ in range(4))
            + "</tr>"
        )
    rows.append("</table>")
    rows.append(TABLE)
    rows.append(_blank_row(t["works_period"], f"{DATE_LINE} – {DATE_LINE}"))
    rows.append(_blank_row(t["programme"]))
    rows.append(_blank_row(t["agreement_needed"], _yes_no(lang)))
    rows.append(_blank_row(t["agreed_with"]))
    rows.append(_blank_row(t["agreed_on"], DATE_LINE))
    rows.append(_blank_row(t["map_updated"], DATE_LINE))
    rows.append("</table>")
    return "\n".join(rows)


def rule_text(rule: NormRuleDTO, r: BlankReport, lang: str) -> str:
    """Return a rule's check cell: its title, the element, its condition, the housing note."""
    t = LABELS[lang]
    parts = [_e(rule.title(lang))]
    if rule.element:
        parts.append(f"<i>{_e(r.label('zone_elements', rule.element, lang))}</i>")
    condition = rule.condition_text(lang)
    if condition:
        parts.append(f'<span class="small">{_e(condition)}</span>')
    if rule.scope == "RESIDENTIAL":
        parts.append(f'<span class="small">({_e(t["housing_only"])})</span>')
    return "<br/>".join(parts)


def zone_checklist_html(r: BlankReport, zone: BlankZone, number: int, lang: str) -> str:
    """Return the checklist of one zone: its elements, its norm rules and the conclusion."""
    t = LABELS[lang]
    title = f"{number}. {capitalize_first(r.label('functional_zones', zone.zone, lang))}"
    rows = [
        f'<h2 class="annex">{_e(title)}</h2>',
        f"<p>{_e(t['zone_present'])}: {_yes_no(lang)}</p>",
        f"<h3>{_e(t['elements'])}</h3>{TABLE}",
        _th(*(t[key] for key in ELEMENT_COLUMNS)),
    ]
    names = [r.label("zone_elements", e, lang) for e in zone.elements] + [""] * SPARE_ROWS
    for i, name in enumerate(names, start=1):
        rows.append(
            f'<tr><td align="center">{i}</td><td>{_e(name) if name else BLANK}</td>'
            + "<td>&nbsp;</td>" * 3
            + f"<td>{NBSP * 24}<br/>&nbsp;</td>"
            + "<td>&nbsp;</td>"
            + f"<td>{NBSP * 14}</td></tr>"
        )
    rows.append("</table>")
    if zone.rules:
        rows.append(f"<h3>{_e(t['rules'])}</h3>{TABLE}")
        rows.append(
            _th(
                t["no_col"],
                t["check"],
                t["norm"],
                t["norm_ref"],
                t["categories"],
                t["measured"],
                t["meets"],
                t["photo"],
            )
        )
        for i, rule in enumerate(zone.rules, start=1):
            rows.append(
                f'<tr><td align="center">{i}</td><td>{rule_text(rule, r, lang)}</td>'
                f'<td align="center" nowrap>'
                f"{_e(norm_text(rule.operator, rule.value, rule.unit, lang))}</td>"
                f"<td>{_e(f'{rule.document} {rule.clause}')}</td>"
                f'<td align="center">{_e(rule_categories(rule.categories))}</td>'
                f"<td>{NBSP * 10}</td><td>&nbsp;</td><td>&nbsp;</td></tr>"
            )
        rows.append("</table>")
    rows.append(TABLE)
    rows.append(_blank_row(t["zone_conclusion"], BLANK + "<br/>&nbsp;"))
    rows.append("</table>")
    return "\n".join(rows)


def checklist_html(r: BlankReport, lang: str) -> str:
    """Return the zones' checklists, one after another."""
    return "\n".join(
        zone_checklist_html(r, zone, i, lang) for i, zone in enumerate(r.zones, start=1)
    )


def blank_html(r: BlankReport, lang: str, kind: str) -> str:
    """Return the HTML of the blank passport (``kind`` "passport") or the inspection
    checklist ("checklist") of a loaded object, in ``lang``."""
    t = LABELS[lang]
    parts = [page_start(STYLE)]
    if kind == "passport":
        parts.append(header_html(r, lang, t["title"]))
        parts.append(general_html(r, lang))
        parts.append(sections_html(r, lang))
        parts.append(signatures_html("", lang))
        parts.append('<p style="page-break-before: always">&nbsp;</p>')
        parts.append(f"<h2>{_e(t['checklist_title'])}</h2>")
    else:
        parts.append(header_html(r, lang, t["checklist_title"]))
        name = _value_or_blank(t["name"], r.obj.name)
        parts.append(f"{TABLE}{name}{_value_or_blank(t['address'], r.obj.address)}</table>")
        parts.append(f"<p>{_e(t['inspected_on'])}: {DATE_LINE}</p>")
    parts.append(checklist_html(r, lang))
    if kind == "checklist":
        parts.append(signatures_html("", lang))
    parts.append("</body></html>")
    return "\n".join(parts)


def object_blank_html(store: Store, object_id: int, lang: str, kind: str) -> str:
    """Return the blank passport or checklist of the object ``object_id`` as HTML."""
    return blank_html(load_blank_report(store, object_id), print_language(lang), kind)


def _title(r: BlankReport, lang: str, kind: str) -> str:
    t = LABELS[lang]
    return f"{t['title'] if kind == 'passport' else t['checklist_title']} – {r.obj.name}"


def suggested_file_name(r: BlankReport, kind: str) -> str:
    """Return a file name for the PDF: object name and what the blank is."""
    stem = file_name_part(r.obj.name).strip("_")[:60] or "object"
    return f"{stem}_{'blank_passport' if kind == 'passport' else 'checklist'}.pdf"


class BlankPreviewDialog(PreviewDialog):
    """Print preview of an object's blank passport or inspection checklist, with "Save as
    PDF...". The blank prints in ``lang`` (the interface language by default)."""

    def __init__(
        self,
        store: Store,
        object_id: int,
        kind: str,
        lang: str | None = None,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        lang = print_language(lang)
        report = load_blank_report(store, object_id)
        title = _title(report, lang, kind)
        super().__init__(
            build_document(blank_html(report, lang, kind), title),
            title=title,
            file_name=suggested_file_name(report, kind),
            settings=settings,
            parent=parent,
        )
        self.kind = kind
        self.lang = lang
        self.report = report
        if kind == "passport":
            caption = self.tr("Print preview: blank passport of {name}")
        else:
            caption = self.tr("Print preview: inspection checklist of {name}")
        self.setWindowTitle(caption.format(name=report.obj.name))

    def save_caption(self) -> str:
        """Return the caption of the "Save as PDF..." file dialog."""
        if self.kind == "passport":
            return self.tr("Save the blank passport as PDF")
        return self.tr("Save the inspection checklist as PDF")


def build_blank_dialog(
    parent: QWidget | None,
    store: Store,
    object_id: int,
    kind: str,
    lang: str | None = None,
    settings: UiSettings | None = None,
) -> BlankPreviewDialog:
    """Return the preview dialog of a blank, not yet shown (tests use this)."""
    return BlankPreviewDialog(store, object_id, kind, lang, settings, parent)


def preview_blank(parent: QWidget, store: Store, object_id: int, kind: str) -> None:
    """Show the print preview of an object's blank passport or checklist (modal)."""
    exec_preview(build_blank_dialog(parent, store, object_id, kind))
