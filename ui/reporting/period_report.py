"""The printed period report: A1 and B1 in brief with charts, in print preview and PDF.

The report is drawn from the same :class:`~models.reporting.dto.ReportData` as the report package,
and its table rows come from the package writer's own :func:`exporters.package.sheet_rows` and
:func:`exporters.package.total_row`, so each printed report matches its workbook cell for cell:
the share of every unit and of the total row is recomputed from counts
(:func:`models.objects.accessibility.accessible_share`), never averaged. For a region or the
republic the units are the sub-offices, whatever rows the data holds. The breakdowns (issue 14)
follow B1: :mod:`ui.reporting.breakdowns_print`.

Charts (drawn by :mod:`ui.reporting.charts`, no QtCharts) are added to the document as image
resources ``chart://share``, ``chart://cases`` and ``chart://risks``; :func:`chart_images`
draws the same charts for the dashboard.

As with the passport, the print language may differ from the interface language, so the labels
live in :data:`LABELS`, one dict per language. The printout speaks that language only (issue 11:
the package workbook is bilingual, the printout is not): the title, the total row and the names
of the units, which the figures carry in Kazakh, are printed in the print language
(:func:`unit_names`, :func:`ui.i18n.local_name`).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QImage, QPageLayout, QTextDocument
from PySide6.QtWidgets import QWidget

from exporters.package import sheet_rows, total_row
from exporters.package_layout import A1, B1
from models.cases.rules import is_restricted
from models.objects.accessibility import format_share
from models.reference.offices import office_of
from models.reporting.approval import is_approved, manifest_approval
from models.reporting.consolidation import expected_sub_offices
from models.reporting.dto import ReportData
from models.reporting.periods import Period, PeriodError, parse_period
from models.reporting.quality_labels import finding_label
from models.reporting.report import compute_report
from models.store.db import Store
from ui.i18n import local_name_of
from ui.printing.document import PreviewDialog, a4_layout, build_document, save_pdf
from ui.printing.formatting import NBSP as NBSP  # public before the formatting module
from ui.printing.formatting import (
    PLAIN_TABLE,
    file_name_part,
    format_date,
    format_number,
    header_row,
    page_start,
    print_language,
    table,
)
from ui.reporting.breakdowns_print import breakdown_names, breakdowns_html
from ui.reporting.breakdowns_print import risk_factor_names as risk_factor_names
from ui.reporting.charts import Series, grouped_bar_chart, hbar_chart
from ui.settings import UiSettings

#: Resource names of the charts in the document.
SHARE_CHART = "chart://share"
CASES_CHART = "chart://cases"
RISKS_CHART = "chart://risks"
#: Risk factors shown in the chart: the most frequent open ones.
TOP_RISK_FACTORS = 10
#: Chart width on the page in screen pixels (about 240 mm); drawn at twice that for print.
PRINT_CHART_WIDTH = 900
PRINT_SCALE = 2
PRINT_FONT_PX = 11
SIGN_LINE = "______________________________"

# NOTE: Kazakh wording follows the workbook headers (exporters/package_layout.py) and the domain
# brief; labels the brief does not give are unverified translations, to be checked with the
# oblast together with the forms.
LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "office": "Мекеме",
        "period": "Кезең",
        "a1": "A1. Әлеуметтік және көлік инфрақұрылымы нысандарын паспорттау және бейімдеу",
        "b1": "B1. Отбасыларды қолдау бойынша істер",
        "kato": "ӘАОЖ коды",
        "unit": "Бөлімше",
        "objects_total": "Нысандар барлығы",
        "subject": "Паспорттауға жататыны",
        "passported": "Паспортталғаны",
        "requiring": "Бейімдеуді талап етеді",
        "adapted": "Бейімделгені",
        "share": "Қолжетімділік үлесі, %",
        "open_start": "Кезең басында ашық",
        "opened": "Ашылғаны",
        "closed": "Жабылғаны",
        "open_end": "Кезең соңында ашық",
        "children": "Ашық істердегі балалар",
        "visits": "Барулар мен байланыстар",
        "services": "Көрсетілген қызметтер",
        "overdue": "Мерзімі өткен істер",
        "share_chart": "Бөлімшелер бойынша қолжетімділік үлесі, %",
        "cases_chart": "Ашылған және жабылған істер",
        "risks_chart": "Қауіп факторлары бойынша ашық істер (алғашқы 10)",
        "no_data": "Деректер жоқ",
        "warnings": "Деректер сапасы туралы ескертулер: {count}",
        "no_warnings": "Ескертулер жоқ.",
        "warning": "Ескерту",
        "count": "Саны",
        "blocking": "ереже бұзылған",
        "responsible": "Жауапты тұлға (Т.А.Ә.)",
        "signature": "Қолы",
        "date": "Күні",
        "printed": "Басып шығарылған күні",
        "as_of": "Ашық және мерзімі өткен істер {date} күнгі жағдай бойынша.",
        "title": "{code} кезеңдегі есеп",
        "total": "Барлығы",
        "not_ended": "Кезең аяқталған жоқ: көрсеткіштер бүгінгі, {date} күнгі жағдай бойынша.",
        "draft": "ЖОБА",
        "draft_note": "Кезең бекітілмеген: көрсеткіштер әлі өзгеруі мүмкін.",
        "approved": "Кезең бекітілді: {by}, {at}.",
    },
    "ru": {
        "office": "Учреждение",
        "period": "Период",
        "a1": "A1. Паспортизация и адаптация объектов социальной и транспортной инфраструктуры",
        "b1": "B1. Работа по поддержке семей",
        "kato": "Код КАТО",
        "unit": "Подразделение",
        "objects_total": "Всего объектов",
        "subject": "Подлежат паспортизации",
        "passported": "Паспортизировано",
        "requiring": "Требуют адаптации",
        "adapted": "Адаптировано",
        "share": "Доля доступных, %",
        "open_start": "Открыто на начало",
        "opened": "Открыто",
        "closed": "Закрыто",
        "open_end": "Открыто на конец",
        "children": "Детей в открытых делах",
        "visits": "Посещения и контакты",
        "services": "Оказано услуг",
        "overdue": "Просрочено",
        "share_chart": "Доля доступных объектов по подразделениям, %",
        "cases_chart": "Открытые и закрытые дела",
        "risks_chart": "Открытые дела по факторам риска (первые 10)",
        "no_data": "Нет данных",
        "warnings": "Предупреждения о качестве данных: {count}",
        "no_warnings": "Предупреждений нет.",
        "warning": "Предупреждение",
        "count": "Количество",
        "blocking": "нарушено правило",
        "responsible": "Ответственное лицо (Ф.И.О.)",
        "signature": "Подпись",
        "date": "Дата",
        "printed": "Дата печати",
        "as_of": "Открытые и просроченные дела — по состоянию на {date}.",
        "title": "Отчёт за период {code}",
        "total": "Итого",
        "not_ended": "Период не закончился: показатели по состоянию на сегодня, {date}.",
        "draft": "ПРОЕКТ",
        "draft_note": "Период не утверждён: показатели ещё могут измениться.",
        "approved": "Период утверждён: {by}, {at}.",
    },
    "en": {
        "office": "Office",
        "period": "Period",
        "a1": "A1. Passportization and adaptation of social and transport infrastructure objects",
        "b1": "B1. Family-support caseload",
        "kato": "KATO code",
        "unit": "Unit",
        "objects_total": "Objects",
        "subject": "Subject to passportization",
        "passported": "Passported",
        "requiring": "Requiring adaptation",
        "adapted": "Adapted",
        "share": "Accessible share, %",
        "open_start": "Open at start",
        "opened": "Opened",
        "closed": "Closed",
        "open_end": "Open at end",
        "children": "Children in open cases",
        "visits": "Visits and contacts",
        "services": "Services",
        "overdue": "Overdue",
        "share_chart": "Accessible share by unit, %",
        "cases_chart": "Cases opened and closed",
        "risks_chart": "Open cases by risk factor (top 10)",
        "no_data": "No data",
        "warnings": "Data-quality warnings: {count}",
        "no_warnings": "No warnings.",
        "warning": "Warning",
        "count": "Count",
        "blocking": "rule broken",
        "responsible": "Responsible officer (full name)",
        "signature": "Signature",
        "date": "Date",
        "printed": "Printed on",
        "as_of": "Open and overdue cases as of {date}.",
        "title": "Report for the period {code}",
        "total": "Total",
        "not_ended": "The period has not ended: figures as of today, {date}.",
        "draft": "DRAFT",
        "draft_note": "The period is not approved: the figures may still change.",
        "approved": "The period is approved: {by}, {at}.",
    },
}

_STYLE = """
<style>
  h1 { font-size: 12pt; font-weight: bold; margin-bottom: 2px; }
  h2 { font-size: 10.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
  th { font-weight: bold; background-color: #e8e8e8; }
  td.total { font-weight: bold; }
  .small { font-size: 8pt; }
</style>
"""


# -- chart data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartData:
    """The plain data of one chart: labels and series (what :mod:`ui.reporting.charts` draws)."""

    labels: tuple[str, ...]
    series: tuple[Series, ...]


def _decimal_comma(lang: str) -> bool:
    return lang != "en"


def unit_names(store: Store, lang: str | None = None) -> dict[str, str]:
    """Return the names of the office and its sub-offices in ``lang`` by KATO code.

    The figures carry each unit's Kazakh name (the package is bilingual by its headers); the
    store knows both names of its own office and of every sub-office it expects or received a
    package from. ``lang`` None is the interface language (:func:`ui.i18n.local_name`).
    """
    offices = [office_of(store), *expected_sub_offices(store)]
    return {o.kato: local_name_of(o, lang) for o in offices}


def unit_name(
    data: ReportData, kato: str, name: str, names: Mapping[str, str] | None, lang: str
) -> str:
    """Return the name of the unit ``kato`` in ``lang``: from ``names``, the report's own
    office, or the (Kazakh) name the figures carry."""
    if names and names.get(kato):
        return names[kato]
    if kato == data.office.kato:
        return local_name_of(data.office, lang)
    return name


def total_label(lang: str) -> str:
    """Return the label of the total row in ``lang`` ("Барлығы", "Итого", "Total")."""
    return LABELS[print_language(lang)]["total"]


def share_chart_data(
    data: ReportData,
    lang: str,
    total: str | None = None,
    names: Mapping[str, str] | None = None,
) -> ChartData:
    """Return the accessible share of each unit (and of the total, when several units).

    Units are named in ``lang`` (``names`` by KATO code, see :func:`unit_names`); the total
    row is labelled ``total`` (:func:`total_label` of ``lang`` when None).
    """
    rows = sheet_rows(data)[A1.code]
    share_col = A1.codes.index("accessible_share_pct")
    labels = [unit_name(data, str(r[0]), str(r[1]), names, lang) for r in rows]
    if len(rows) > 1:
        rows = [*rows, total_row(A1, rows, data.office.kato)]
        labels.append(total if total is not None else total_label(lang))
    shares: list[Decimal | None] = [r[share_col] for r in rows]
    return ChartData(
        labels=tuple(labels),
        series=(
            Series(
                "",
                tuple(float(s) if s is not None else None for s in shares),
                tuple(format_share(s, _decimal_comma(lang)) for s in shares),
            ),
        ),
    )


def cases_chart_data(
    data: ReportData,
    opened: str,
    closed: str,
    names: Mapping[str, str] | None = None,
    lang: str | None = None,
) -> ChartData:
    """Return cases opened and closed per unit (two series named ``opened`` and ``closed``).

    Units are named in ``lang`` (the interface language when None), ``names`` by KATO code.
    """
    lang = print_language(lang)
    return ChartData(
        labels=tuple(unit_name(data, r.kato, r.name, names, lang) for r in data.b1),
        series=(
            Series(opened, tuple(float(r.cases_opened) for r in data.b1)),
            Series(closed, tuple(float(r.cases_closed) for r in data.b1)),
        ),
    )


def risk_chart_data(
    data: ReportData, names: Mapping[str, str] | None = None, top: int = TOP_RISK_FACTORS
) -> ChartData:
    """Return the risk factors with the most open cases at the period end (none of zero).

    Restricted-access factors never appear (B2 leaves them out already; this holds even for
    data read from elsewhere). ``names`` maps codes to labels in the print language; B2's own
    (Kazakh) names are used for codes it lacks. Ties keep B2's code-list order.
    """
    names = names or {}
    rows = [r for r in data.b2 if r.counts and r.counts[0] > 0 and not is_restricted(r.code)]
    rows.sort(key=lambda r: -r.counts[0])  # stable: ties stay in code-list order
    rows = rows[:top]
    return ChartData(
        labels=tuple(names.get(r.code) or r.name for r in rows),
        series=(Series("", tuple(float(r.counts[0]) for r in rows)),),
    )


def _chart_height(rows: int, series: int = 1, legend: bool = False) -> int:
    """Height in screen pixels of a chart of ``rows`` rows for the page."""
    per_row = 22 * series + 8
    return max(120, min(620, 50 + (24 if legend else 0) + per_row * max(rows, 1)))


def chart_images(
    data: ReportData,
    lang: str,
    *,
    width: int = PRINT_CHART_WIDTH,
    scale: int = PRINT_SCALE,
    risk_names: Mapping[str, str] | None = None,
    font_px: int | None = PRINT_FONT_PX,
    units: Mapping[str, str] | None = None,
) -> dict[str, QImage]:
    """Draw the three charts of the report; keys are :data:`SHARE_CHART` and so on.

    Each image is ``scale`` times its size on the page (its logical size is kept as the
    image's device pixel ratio, and used for the ``<img>`` tags).
    """
    t = LABELS[lang]
    px = font_px * scale if font_px is not None else None
    share = share_chart_data(data, lang, names=units)
    cases = cases_chart_data(data, t["opened"], t["closed"], units, lang)
    risks = risk_chart_data(data, risk_names)

    def size(rows: int, series: int = 1, legend: bool = False) -> QSize:
        return QSize(width * scale, _chart_height(rows, series, legend) * scale)

    images = {
        SHARE_CHART: hbar_chart(
            share.labels,
            share.series[0].values,
            texts=share.series[0].texts,
            title=t["share_chart"],
            size=size(len(share.labels)),
            max_value=100.0,
            empty_text=t["no_data"],
            font_px=px,
        ),
        CASES_CHART: grouped_bar_chart(
            cases.labels,
            cases.series,
            title=t["cases_chart"],
            size=size(len(cases.labels), 2, legend=True),
            empty_text=t["no_data"],
            font_px=px,
        ),
        RISKS_CHART: hbar_chart(
            risks.labels,
            risks.series[0].values,
            title=t["risks_chart"],
            size=size(len(risks.labels)),
            empty_text=t["no_data"],
            font_px=px,
        ),
    }
    for image in images.values():
        image.setDevicePixelRatio(scale)
    return images


# -- HTML ---------------------------------------------------------------------------------------


def _e(text: object) -> str:
    # NOTE: unlike formatting.escape, line breaks stay as they are (the report always did so).
    return html.escape(str(text))


def _int(value: Any, lang: str) -> str:
    return format_number(int(value), lang, 0)


def period_text(period: Period) -> str:
    """Return ``CODE (dd.mm.yyyy–dd.mm.yyyy)``."""
    return f"{period.code} ({format_date(period.start)}–{format_date(period.end)})"


def report_title(data: ReportData, lang: str | None = None) -> str:
    """Return the title in the print language (the interface language when None)."""
    return LABELS[print_language(lang)]["title"].format(code=data.period.code)


def _office_text(data: ReportData, lang: str) -> str:
    return f"{local_name_of(data.office, lang)} ({data.office.kato})"


def _table_rows(rows: Sequence[Sequence[Any]], total: Sequence[Any], cells: Any) -> list[str]:
    out = []
    for r in rows:
        out.append("<tr>" + "".join(cells(r, "")) + "</tr>")
    out.append("<tr>" + "".join(cells(total, ' class="total"')) + "</tr>")
    return out


def _local_rows(
    data: ReportData,
    rows: list[list[Any]],
    total: list[Any],
    names: Mapping[str, str] | None,
    lang: str,
) -> tuple[list[list[Any]], list[Any]]:
    """Return the rows and the total row with unit names and the total label in ``lang``."""
    local = [[r[0], unit_name(data, str(r[0]), str(r[1]), names, lang), *r[2:]] for r in rows]
    return local, [total[0], total_label(lang), *total[2:]]


def _a1_html(data: ReportData, lang: str, names: Mapping[str, str] | None = None) -> str:
    t = LABELS[lang]
    rows = sheet_rows(data)[A1.code]
    rows, total = _local_rows(data, rows, total_row(A1, rows, data.office.kato), names, lang)
    ints = [A1.codes.index(c) for c in A1.codes[2:7]]
    share_col = A1.codes.index("accessible_share_pct")

    def cells(r: Sequence[Any], cls: str) -> list[str]:
        return [
            f"<td{cls}>{_e(r[0])}</td>",
            f"<td{cls}>{_e(r[1])}</td>",
            *(f'<td{cls} align="right">{_int(r[i], lang)}</td>' for i in ints),
            f'<td{cls} align="right">{format_share(r[share_col], _decimal_comma(lang))}</td>',
        ]

    parts = [
        f"<h2>{_e(t['a1'])}</h2>",
        table("a1"),
        header_row(
            t["kato"],
            t["unit"],
            t["objects_total"],
            t["subject"],
            t["passported"],
            t["requiring"],
            t["adapted"],
            t["share"],
        ),
        *_table_rows(rows, total, cells),
        "</table>",
    ]
    return "\n".join(parts)


#: B1 columns printed in the brief report (children with a disability are left to the workbook).
B1_BRIEF = (
    ("cases_open_at_start", "open_start"),
    ("cases_opened", "opened"),
    ("cases_closed", "closed"),
    ("cases_open_at_end", "open_end"),
    ("children_in_open_cases", "children"),
    ("visits", "visits"),
    ("services", "services"),
    ("cases_overdue", "overdue"),
)


def _b1_html(data: ReportData, lang: str, names: Mapping[str, str] | None = None) -> str:
    t = LABELS[lang]
    rows = sheet_rows(data)[B1.code]
    rows, total = _local_rows(data, rows, total_row(B1, rows, data.office.kato), names, lang)
    cols = [B1.codes.index(code) for code, _ in B1_BRIEF]

    def cells(r: Sequence[Any], cls: str) -> list[str]:
        return [
            f"<td{cls}>{_e(r[0])}</td>",
            f"<td{cls}>{_e(r[1])}</td>",
            *(f'<td{cls} align="right">{_int(r[i], lang)}</td>' for i in cols),
        ]

    parts = [
        f"<h2>{_e(t['b1'])}</h2>",
        table("b1"),
        header_row(t["kato"], t["unit"], *(t[key] for _, key in B1_BRIEF)),
        *_table_rows(rows, total, cells),
        "</table>",
        # Overdue is a stock taken at a date (reporting.md §2.2): say which.
        f'<p class="small">{_e(t["as_of"].format(date=format_date(data.period.end)))}</p>',
    ]
    return "\n".join(parts)


def cut_short(period: Period) -> bool:
    """Return True when ``period`` ends before its code's last day (taken as of a day)."""
    try:
        return period.end < parse_period(period.code).end
    except PeriodError:
        return False


def _img(name: str, image: QImage) -> str:
    ratio = image.devicePixelRatio() or 1
    w, h = round(image.width() / ratio), round(image.height() / ratio)
    return f'<p align="center"><img src="{name}" width="{w}" height="{h}"/></p>'


def _warnings_html(data: ReportData, lang: str) -> str:
    t = LABELS[lang]
    total = sum(w.count for w in data.warnings)
    parts = [f"<h2>{_e(t['warnings'].format(count=_int(total, lang)))}</h2>"]
    if not data.warnings:
        parts.append(f"<p>{_e(t['no_warnings'])}</p>")
        return "\n".join(parts)
    parts.append(table("warnings"))
    parts.append(
        f'<tr><th align="center" width="80%">{_e(t["warning"])}</th>'
        f'<th align="center" width="20%">{_e(t["count"])}</th></tr>'
    )
    for w in data.warnings:
        text = _e(finding_label(w.code, lang))
        if w.blocking:
            text = f"<b>{text} ({_e(t['blocking'])})</b>"
        parts.append(f'<tr><td>{text}</td><td align="right">{_int(w.count, lang)}</td></tr>')
    parts.append("</table>")
    return "\n".join(parts)


def _approval_html(approval: Mapping[str, Any] | None, lang: str) -> str:
    """The draft mark, or the approval line, of reporting.md §6.2 (empty when not given)."""
    if approval is None:
        return ""
    t = LABELS[lang]
    if not is_approved(approval):
        return (
            f'<p align="center" style="font-size: 28pt; font-weight: bold; color: #b00020;">'
            f'{_e(t["draft"])}</p><p align="center"><b>{_e(t["draft_note"])}</b></p>'
        )
    at = str(approval.get("at", ""))
    try:
        moment = datetime.fromisoformat(at)
        when = f"{format_date(moment.astimezone().date())} {moment.astimezone():%H:%M}"
    except ValueError:
        when = at
    text = t["approved"].format(by=approval.get("by", ""), at=when)
    return f"<p>{_e(text)}</p>"


def _signature_html(lang: str) -> str:
    t = LABELS[lang]
    rows = ["<p>&nbsp;</p>", PLAIN_TABLE]
    for key in ("responsible", "signature", "date"):
        rows.append(f'<tr><td width="35%"><b>{_e(t[key])}</b></td><td>{SIGN_LINE}</td></tr>')
    rows.append("</table>")
    return "\n".join(rows)


def period_report_html(
    data: ReportData,
    lang: str,
    *,
    risk_names: Mapping[str, str] | None = None,
    printed_on: date | None = None,
    units: Mapping[str, str] | None = None,
    approval: Mapping[str, Any] | None = None,
    code_names: Mapping[str, Mapping[str, str]] | None = None,
) -> tuple[str, dict[str, QImage]]:
    """Return the report of ``data`` as HTML for QTextDocument and its chart images.

    Args:
        data: the figures (as exported: ``compute_report`` or a consolidation).
        lang: kk, ru or en (anything else prints in the interface language).
        risk_names: risk factor labels in ``lang`` by code (B2's Kazakh names otherwise).
        printed_on: the date printed under the title; None leaves it out.
        units: unit names in ``lang`` by KATO code (:func:`unit_names`); the report's own
            office is named in ``lang`` anyway, other units by the figures' Kazakh names.
        approval: the package's ``approval`` (reporting.md §6.2, :func:`manifest_approval`):
            a draft prints ЖОБА / ПРОЕКТ / DRAFT in large letters under the title, as its
            package's Cover does; an approved one says by whom and when. None prints neither.
        code_names: code-list labels in ``lang`` of the breakdowns (:func:`breakdown_names`).

    Returns:
        (html, images): the images by resource name (``chart://share`` ...), to add to the
        document with :meth:`QTextDocument.addResource` before it is laid out.
    """
    lang = print_language(lang)
    t = LABELS[lang]
    images = chart_images(data, lang, risk_names=risk_names, units=units)
    parts = [page_start(_STYLE)]
    parts.append(f'<h1 align="center">{_e(report_title(data, lang))}</h1>')
    parts.append(PLAIN_TABLE)
    right = f"{_e(t['printed'])}: {_e(format_date(printed_on))}" if printed_on else "&nbsp;"
    parts.append(
        f"<tr><td>{_e(t['office'])}: {_e(_office_text(data, lang))}<br/>"
        f"{_e(t['period'])}: {_e(period_text(data.period))}</td>"
        f'<td align="right">{right}</td></tr>'
    )
    parts.append("</table>")
    parts.append(_approval_html(approval, lang))
    if cut_short(data.period):
        note = t["not_ended"].format(date=format_date(data.period.end))
        parts.append(f"<p><b>{_e(note)}</b></p>")
    parts.append(_a1_html(data, lang, units))
    parts.append(_img(SHARE_CHART, images[SHARE_CHART]))
    parts.append(_b1_html(data, lang, units))
    parts.append(_img(CASES_CHART, images[CASES_CHART]))
    parts.append(_img(RISKS_CHART, images[RISKS_CHART]))
    parts.append(breakdowns_html(data, lang, code_names, units))
    parts.append(_warnings_html(data, lang))
    parts.append(_signature_html(lang))
    parts.append("</body></html>")
    return "\n".join(parts), images


def report_layout() -> QPageLayout:
    """Return the page layout of the report: A4 landscape (the B1 table has ten columns)."""
    return a4_layout(orientation=QPageLayout.Orientation.Landscape)


def build_period_document(
    data: ReportData,
    lang: str | None = None,
    *,
    risk_names: Mapping[str, str] | None = None,
    printed_on: date | None = None,
    units: Mapping[str, str] | None = None,
    approval: Mapping[str, Any] | None = None,
    code_names: Mapping[str, Mapping[str, str]] | None = None,
) -> QTextDocument:
    """Return the report as a document with its charts added as resources."""
    lang = print_language(lang)
    text, images = period_report_html(
        data,
        lang,
        risk_names=risk_names,
        printed_on=printed_on,
        units=units,
        approval=approval,
        code_names=code_names,
    )
    doc = build_document("", report_title(data, lang))
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(text)
    return doc


def _period(period: Period | str) -> Period:
    return parse_period(period) if isinstance(period, str) else period


def save_period_report_pdf(
    store: Store,
    period: Period | str,
    path: Path,
    *,
    lang: str | None = None,
    today: date | None = None,
    data: ReportData | None = None,
) -> Path:
    """Compute the figures of ``period`` and write the report to the PDF ``path`` atomically.

    Args:
        store: the open store.
        period: the period (a :class:`Period` or its code, such as ``"2026-H1"``).
        path: the target file; replaced in one step once the PDF is complete.
        lang: kk, ru or en; None prints in the interface language.
        today: the day of printing (quality checks, "printed on"); None is today.
        data: figures already computed for this period (computed when None).

    Raises:
        models.reporting.periods.PeriodError: the period code is not valid.
        OSError: the file cannot be written; the caller turns it into a message.
    """
    lang = print_language(lang)
    today = today or date.today()
    if data is None:
        data = compute_report(store, _period(period), today=today)
    doc = build_period_document(
        data,
        lang,
        risk_names=risk_factor_names(store, lang),
        printed_on=today,
        units=unit_names(store, lang),
        approval=manifest_approval(store, data.period),
        code_names=breakdown_names(store, lang),
    )
    return save_pdf(doc, Path(path), report_title(data, lang), report_layout())


def suggested_file_name(data: ReportData) -> str:
    """Return a file name for the PDF: office code and period."""
    period = file_name_part(data.period.code)
    return f"{data.office.kato}_{period}_report.pdf"


class PeriodReportPreviewDialog(PreviewDialog):
    """Print preview of a period report (A4 landscape), with a "Save as PDF..." button.

    The report prints in ``lang`` (the interface language by default); the dialog's own texts
    follow the interface.
    """

    #: As wide as a 1024x768 screen allows (issue 11), for the landscape pages.
    default_size = QSize(1000, 700)

    def __init__(
        self,
        data: ReportData,
        lang: str | None = None,
        *,
        risk_names: Mapping[str, str] | None = None,
        printed_on: date | None = None,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
        units: Mapping[str, str] | None = None,
        approval: Mapping[str, Any] | None = None,
        code_names: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        lang = print_language(lang)
        title = report_title(data, lang)
        super().__init__(
            build_period_document(
                data,
                lang,
                risk_names=risk_names,
                printed_on=printed_on,
                units=units,
                approval=approval,
                code_names=code_names,
            ),
            title=title,
            file_name=suggested_file_name(data),
            layout=report_layout(),
            settings=settings,
            parent=parent,
        )
        self.data = data
        self.lang = lang
        self.setWindowTitle(self.tr("Print preview: {name}").format(name=title))

    def save_caption(self) -> str:
        """Return the caption of the "Save as PDF..." file dialog."""
        return self.tr("Save the report as PDF")


def build_period_preview_dialog(
    parent: QWidget | None,
    store: Store,
    period: Period | str,
    *,
    lang: str | None = None,
    today: date | None = None,
    data: ReportData | None = None,
    settings: UiSettings | None = None,
) -> PeriodReportPreviewDialog:
    """Return the preview dialog of the report of ``period``, not yet shown.

    ``data`` are figures already computed for the period (the dashboard passes its own);
    when None they are computed here, with the quality checks at ``today``.
    """
    lang = print_language(lang)
    today = today or date.today()
    if data is None:
        data = compute_report(store, _period(period), today=today)
    return PeriodReportPreviewDialog(
        data,
        lang,
        risk_names=risk_factor_names(store, lang),
        printed_on=today,
        settings=settings,
        units=unit_names(store, lang),
        approval=manifest_approval(store, data.period),
        code_names=breakdown_names(store, lang),
        parent=parent,
    )
