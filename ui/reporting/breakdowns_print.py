"""The breakdowns of a period report (issue 14) as small tables, for the printout and the dashboard.

:func:`breakdown_tables` turns the figures' breakdowns (:attr:`ReportData.breakdowns`,
:mod:`models.reporting.breakdowns`) and A1 into plain :class:`Table` values labelled by a
mapping of :data:`LABELS`' keys: the printed period report passes :data:`LABELS` of its print
language (:func:`breakdowns_html`, after B1), the dashboard the same keys translated with
``tr()``, so the screen and the paper show the same rows. Code-list rows (closure reasons,
family categories, signal sources) are named in the print language by ``names``
(:func:`breakdown_names`), else by the (Kazakh) name the figures carry.

The related ratios of brief §2.9 are labelled as not being the indicator. A region's
report shows the consolidated breakdowns (the units' sums); when a consolidated package did not
carry them, consolidation leaves them out (reporting.md §2.2) and the report says so.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from models.objects.accessibility import format_share, level_of_status
from models.reference.repository import ReferenceRepository
from models.reporting.dto import A1Row, Breakdowns, CodeCount, Ratios, ReportData
from models.store.db import Store
from ui.printing.formatting import code_text, format_number, table

#: Code lists whose labels name breakdown rows, by the key of :func:`breakdown_names`.
NAMED_LISTS = ("closure_reasons", "family_categories", "signal_sources")
#: Accessibility levels of the level table, in column order (brief §2.9).
LEVELS = ("FULL", "PARTIAL", "CONDITIONAL", "NONE")
#: User categories of the level table, in column order.
CATEGORIES = ("K", "O", "S", "G", "U")
#: The figures' row of a value not recorded (no sex, no category, no status...).
NONE = "NONE"
#: Level rows of a status no level stands for (an empty status).
NONE_RECORDED = "NONE_RECORDED"

# NOTE: kk and ru follow the code lists (access_statuses, user_categories) and the brief;
# headings the brief does not give are unverified translations.
LABELS: dict[str, dict[str, str]] = {
    "kk": {
        "closures": "Жабу себептері бойынша жабылған істер",
        "reason": "Жабу себебі",
        "closed": "Жабылған істер",
        "by_sex": "Ашық істердегі балалар жынысы бойынша",
        "by_age": "Ашық істердегі балалар жас тобы бойынша (кезең соңындағы жасы)",
        "by_area": "Ашық істердегі балалар тұратын жері бойынша (қала, ауыл)",
        "sex": "Жынысы",
        "age_band": "Жас тобы",
        "area": "Тұратын жері",
        "children": "Балалар",
        "M": "Ұлдар",
        "F": "Қыздар",
        "URBAN": "Қала",
        "RURAL": "Ауыл",
        "none_row": "Көрсетілмеген",
        "AGE_0_2": "0–2 жас",
        "AGE_3_6": "3–6 жас",
        "AGE_0_6": "0–6 жас, барлығы",
        "AGE_7_13": "7–13 жас",
        "AGE_14_17": "14–17 жас",
        "categories": "Отбасы санаттары бойынша ашық істер",
        "category": "Отбасы санаты",
        "open_end": "Кезең соңында ашық істер",
        "overlap": "Отбасы бірнеше санатқа жатуы мүмкін: жолдар қиылысады, жиыны жоқ.",
        "sources": "Сигнал көздері бойынша ашық істер",
        "source": "Сигнал көзі",
        "ratios": "Қатысты арақатынастар (ресми көрсеткіш емес)",
        "ratios_note": (
            "Бұл арақатынастардың ешқайсысы көрсеткіш емес: көрсеткіш — паспортталған "
            "нысандардың жалпы санындағы қолжетімді нысандардың үлесі (A1 кесте)."
        ),
        "kato": "ӘАОЖ коды",
        "unit": "Бөлімше",
        "passported": "Паспортталғаны",
        "requiring": "Бейімдеуді талап етеді",
        "adapted": "Бейімделгені",
        "completion": "Бейімдеудің аяқталуы, % (бейімделгені / бейімдеуді талап етеді)",
        "inaccessible": (
            "Паспорттау кезінде қолжетімсіз деп табылғаны, % "
            "(бейімдеуді талап етеді / паспортталғаны)"
        ),
        "levels": "Санаттар бойынша расталған қолжетімділік деңгейі бойынша паспортталған нысандар",
        "level": "Расталған деңгей",
        "FULL": "Толық қолжетімді (ДП-В, ДП-И)",
        "PARTIAL": "Ішінара қолжетімді (ДЧ-В, ДЧ-И)",
        "CONDITIONAL": "Шартты түрде қолжетімді (ДУ)",
        "NONE": "Уақытша қолжетімсіз (ВНД)",
        "K": "К — кресло-арбамен қозғалатындар",
        "O": "О — тірек-қимыл аппараты бұзылған",
        "S": "С — көру қабілеті бұзылған",
        "G": "Г — есту қабілеті бұзылған",
        "U": "У — ақыл-ой дамуында кемістігі бар",
        "total": "Барлығы",
        "no_rows": "Деректер жоқ",
        "not_available": "Бұл көрсеткіштер үшін қосымша кестелер есептелмеген.",
        "left_out": (
            "Қосымша кестелер жиынтыққа енгізілмеді: жинақталған пакеттердің бірінде олар жоқ."
        ),
    },
    "ru": {
        "closures": "Закрытые дела по причинам закрытия",
        "reason": "Причина закрытия",
        "closed": "Закрыто дел",
        "by_sex": "Дети в открытых делах по полу",
        "by_age": "Дети в открытых делах по возрастным группам (возраст на конец периода)",
        "by_area": "Дети в открытых делах по месту проживания (город, село)",
        "sex": "Пол",
        "age_band": "Возрастная группа",
        "area": "Место проживания",
        "children": "Детей",
        "M": "Мальчики",
        "F": "Девочки",
        "URBAN": "Город",
        "RURAL": "Село",
        "none_row": "Не указано",
        "AGE_0_2": "0–2 года",
        "AGE_3_6": "3–6 лет",
        "AGE_0_6": "0–6 лет, всего",
        "AGE_7_13": "7–13 лет",
        "AGE_14_17": "14–17 лет",
        "categories": "Открытые дела по категориям семей",
        "category": "Категория семьи",
        "open_end": "Открытые дела на конец периода",
        "overlap": (
            "Семья может относиться к нескольким категориям: строки пересекаются, итога нет."
        ),
        "sources": "Открытые дела по источникам сигнала",
        "source": "Источник сигнала",
        "ratios": "Связанные соотношения (не официальный показатель)",
        "ratios_note": (
            "Ни одно из соотношений не является показателем — долей доступных объектов в "
            "общем количестве паспортизированных объектов (таблица A1)."
        ),
        "kato": "Код КАТО",
        "unit": "Подразделение",
        "passported": "Паспортизировано",
        "requiring": "Требуют адаптации",
        "adapted": "Адаптировано",
        "completion": "Завершённость адаптации, % (адаптировано / требуют адаптации)",
        "inaccessible": (
            "Признаны недоступными при паспортизации, % (требуют адаптации / паспортизировано)"
        ),
        "levels": (
            "Паспортизированные объекты по подтверждённому уровню доступности для каждой категории"
        ),
        "level": "Подтверждённый уровень",
        "FULL": "Доступно полностью (ДП-В, ДП-И)",
        "PARTIAL": "Доступно частично (ДЧ-В, ДЧ-И)",
        "CONDITIONAL": "Доступно условно (ДУ)",
        "NONE": "Временно недоступно (ВНД)",
        "K": "К — передвигающиеся на креслах-колясках",
        "O": "О — с нарушениями опорно-двигательного аппарата",
        "S": "С — с нарушениями зрения",
        "G": "Г — с нарушениями слуха",
        "U": "У — с нарушениями умственного развития",
        "total": "Итого",
        "no_rows": "Нет данных",
        "not_available": "Дополнительные таблицы для этих показателей не рассчитаны.",
        "left_out": (
            "Дополнительные таблицы не включены в свод: один из сводимых пакетов их не содержит."
        ),
    },
    "en": {
        "closures": "Closed cases by closure reason",
        "reason": "Closure reason",
        "closed": "Closed cases",
        "by_sex": "Children in open cases by sex",
        "by_age": "Children in open cases by age band (age at the period end)",
        "by_area": "Children in open cases by residence (urban, rural)",
        "sex": "Sex",
        "age_band": "Age band",
        "area": "Residence",
        "children": "Children",
        "M": "Boys",
        "F": "Girls",
        "URBAN": "Urban",
        "RURAL": "Rural",
        "none_row": "Not recorded",
        "AGE_0_2": "0–2 years",
        "AGE_3_6": "3–6 years",
        "AGE_0_6": "0–6 years, subtotal",
        "AGE_7_13": "7–13 years",
        "AGE_14_17": "14–17 years",
        "categories": "Open cases by family category",
        "category": "Family category",
        "open_end": "Open cases at the period end",
        "overlap": "A family may belong to several categories: the rows overlap and have no total.",
        "sources": "Open cases by signal source",
        "source": "Signal source",
        "ratios": "Related ratios (not the official indicator)",
        "ratios_note": (
            "Neither ratio is the indicator, the share of accessible objects among passported "
            "objects (table A1)."
        ),
        "kato": "KATO code",
        "unit": "Unit",
        "passported": "Passported",
        "requiring": "Requiring adaptation",
        "adapted": "Adapted",
        "completion": "Adaptation completion, % (adapted / requiring adaptation)",
        "inaccessible": (
            "Found inaccessible at passportization, % (requiring adaptation / passported)"
        ),
        "levels": "Passported objects by confirmed level of accessibility for each category",
        "level": "Confirmed level",
        "FULL": "Fully accessible (ДП-В, ДП-И)",
        "PARTIAL": "Partially accessible (ДЧ-В, ДЧ-И)",
        "CONDITIONAL": "Conditionally accessible (ДУ)",
        "NONE": "Temporarily inaccessible (ВНД)",
        "K": "К — wheelchair users",
        "O": "О — persons with musculoskeletal impairments",
        "S": "С — persons with visual impairments",
        "G": "Г — persons with hearing impairments",
        "U": "У — persons with intellectual impairments",
        "total": "Total",
        "no_rows": "No data",
        "not_available": "The breakdowns were not computed for these figures.",
        "left_out": (
            "The breakdowns are left out of this consolidation: a consolidated package did not "
            "carry them."
        ),
    },
}


Value = int | Decimal | None


@dataclass(frozen=True)
class Row:
    """One row of a breakdown table: its text cells, then its values; a total prints bold."""

    texts: tuple[str, ...]
    values: tuple[Value, ...]
    total: bool = False


@dataclass(frozen=True)
class Table:
    """A breakdown table: ``header`` names the text columns, then the value columns."""

    key: str
    title: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    note: str = ""
    #: Leading columns that hold texts; the others hold numbers.
    text_columns: int = 1


def ratios_of(rows: Sequence[A1Row]) -> Ratios:
    """Return the related ratios of the sums of A1 ``rows``."""
    return Ratios(
        passported=sum(r.passported for r in rows),
        requiring_adaptation=sum(r.requiring_adaptation for r in rows),
        adapted=sum(r.adapted for r in rows),
    )


def risk_factor_names(store: Store, lang: str) -> dict[str, str]:
    """Return the risk factor labels of the store in ``lang`` by code."""
    return {c.code: c.label(lang) for c in ReferenceRepository(store).code_labels("risk_factors")}


def breakdown_names(store: Store, lang: str) -> dict[str, dict[str, str]]:
    """Return the labels of :data:`NAMED_LISTS` in ``lang``: list name -> code -> label."""
    repo = ReferenceRepository(store)
    return {name: {c.code: c.label(lang) for c in repo.code_labels(name)} for name in NAMED_LISTS}


def _name(row: CodeCount, t: Mapping[str, str], names: Mapping[str, str]) -> str:
    if row.code == NONE:
        return t["none_row"]
    return names.get(row.code) or t.get(row.code) or row.name


def _count_table(
    key: str,
    title: str,
    header: tuple[str, str],
    rows: Sequence[CodeCount],
    t: Mapping[str, str],
    names: Mapping[str, str],
    *,
    total: bool = True,
    skip_zero: bool = False,
    note: str = "",
) -> Table:
    """A table of one count per code (in the figures' order) with a total row when ``total``."""
    shown = [r for r in rows if not (skip_zero and not r.counts[0])]
    out = [Row((_name(r, t, names),), (r.counts[0],)) for r in shown]
    if not out:
        out.append(Row((t["no_rows"],), (0,)))
    if total:
        out.append(Row((t["total"],), (sum(r.counts[0] for r in rows),), total=True))
    return Table(key, title, header, tuple(out), note)


def _age_table(b: Breakdowns, t: Mapping[str, str]) -> Table:
    """Children by age band, with 0-6 as a subtotal after 3-6 (brief §4)."""
    out: list[Row] = []
    for r in b.children_by_age:
        out.append(Row((_name(r, t, {}),), (r.counts[0],)))
        if r.code == "AGE_3_6":
            out.append(Row((t["AGE_0_6"],), (b.children_0_6,), total=True))
    total = sum(r.counts[0] for r in b.children_by_age)
    out.append(Row((t["total"],), (total,), total=True))
    return Table("x_children_age", t["by_age"], (t["age_band"], t["children"]), tuple(out))


def _levels_table(b: Breakdowns, t: Mapping[str, str]) -> Table:
    """Passported objects by confirmed level (the status codes grouped) for each category."""
    by_level: dict[str, list[int]] = {}
    for r in b.levels:
        level = level_of_status(r.code) or NONE_RECORDED
        sums = by_level.setdefault(level, [0] * len(CATEGORIES))
        for i, n in enumerate(r.counts):
            sums[i] += n
    zero = [0] * len(CATEGORIES)
    rows = [Row((code_text(t[level]),), tuple(by_level.get(level, zero))) for level in LEVELS]
    if any(by_level.get(NONE_RECORDED, zero)):
        rows.append(Row((t["none_row"],), tuple(by_level[NONE_RECORDED])))
    totals = tuple(sum(r.counts[i] for r in b.levels) for i in range(len(CATEGORIES)))
    rows.append(Row((t["passported"],), totals, total=True))
    return Table(
        "x_levels",
        t["levels"],
        (t["level"], *(t[c] for c in CATEGORIES)),
        tuple(rows),
    )


def ratio_table(
    data: ReportData, t: Mapping[str, str], units: Mapping[str, str] | None = None
) -> Table:
    """Return the related ratios of every unit of A1 and of their total (brief §2.9).

    The total's ratios are recomputed from the summed counts (:func:`ratios_of`), never
    averaged; ``units`` names the units by KATO code (else the figures' names).
    """

    def row(texts: tuple[str, str], r: Ratios, total: bool = False) -> Row:
        values = (
            r.passported,
            r.requiring_adaptation,
            r.adapted,
            r.adaptation_completion_pct,
            r.found_inaccessible_pct,
        )
        return Row(texts, values, total)

    units = units or {}
    rows = [row((a.kato, units.get(a.kato) or a.name), ratios_of((a,))) for a in data.a1]
    if len(rows) != 1:
        rows.append(row((data.office.kato, t["total"]), ratios_of(data.a1), total=True))
    return Table(
        "x_ratios",
        t["ratios"],
        (t["kato"], t["unit"], t["passported"], t["requiring"], t["adapted"])
        + (t["completion"], t["inaccessible"]),
        tuple(rows),
        note=t["ratios_note"],
        text_columns=2,
    )


def breakdown_tables(
    data: ReportData,
    t: Mapping[str, str],
    names: Mapping[str, Mapping[str, str]] | None = None,
    units: Mapping[str, str] | None = None,
) -> list[Table]:
    """Return the breakdown tables of ``data`` labelled by ``t`` (the keys of :data:`LABELS`).

    ``names`` are the code lists' labels (:func:`breakdown_names`); ``units`` the unit names by
    KATO code. Without breakdowns (:attr:`ReportData.breakdowns` None) only the ratios, which
    A1 gives, are returned.
    """
    names = names or {}
    b = data.breakdowns
    tables: list[Table] = []
    if b is not None:
        tables += [
            _count_table(
                "x_closures",
                t["closures"],
                (t["reason"], t["closed"]),
                b.closures,
                t,
                names.get("closure_reasons", {}),
                skip_zero=True,
            ),
            _count_table(
                "x_children_sex", t["by_sex"], (t["sex"], t["children"]), b.children_by_sex, t, {}
            ),
            _age_table(b, t),
            _count_table(
                "x_children_area",
                t["by_area"],
                (t["area"], t["children"]),
                b.children_by_area,
                t,
                {},
            ),
            _count_table(
                "x_categories",
                t["categories"],
                (t["category"], t["open_end"]),
                b.cases_by_category,
                t,
                names.get("family_categories", {}),
                total=False,
                skip_zero=True,
                note=t["overlap"],
            ),
            _count_table(
                "x_sources",
                t["sources"],
                (t["source"], t["open_end"]),
                b.cases_by_source,
                t,
                names.get("signal_sources", {}),
                skip_zero=True,
            ),
        ]
    tables.append(ratio_table(data, t, units))
    if b is not None:
        tables.append(_levels_table(b, t))
    return tables


def missing_note(data: ReportData, t: Mapping[str, str]) -> str:
    """Say why ``data`` has no breakdowns ("" when it has them)."""
    if data.breakdowns is not None:
        return ""
    return t["left_out"] if data.includes else t["not_available"]


# -- HTML ---------------------------------------------------------------------------------------

#: The title row of a table: white, in the size of the report's headings (h2).
TITLE_STYLE = "background-color: #ffffff; font-size: 10.5pt;"


def _e(text: object) -> str:
    return html.escape(str(text))


def format_value(value: Value, lang: str) -> str:
    """Format a count (thousands separated) or a percentage (one decimal, "–" for none)."""
    if isinstance(value, Decimal) or value is None:
        return format_share(value, lang != "en")
    return format_number(value, lang, 0)


#: Width of a table of one label and one or two numbers, in percent of the page.
NARROW_TABLE = 65


def table_html(tab: Table, lang: str) -> str:
    """Return one breakdown table, its title in its header, and its note.

    Tables are printed as period_report prints A1 and B1, except that the title is the first
    header row: the header rows go in a ``<thead>`` (repeated on every page) and move with the
    first row, so a title never stays alone at a page's foot; the layout widens columns so no
    word breaks and keeps rows whole (:mod:`ui.printing.layout`).
    """
    opening = table(tab.key)
    if len(tab.header) <= 3:
        opening = opening.replace('width="100%"', f'width="{NARROW_TABLE}%"')
    head = "".join(f'<th align="center">{_e(h)}</th>' for h in tab.header)
    parts = [
        "<p>&nbsp;</p>",
        opening,
        f'<thead><tr><th colspan="{len(tab.header)}" align="left" style="{TITLE_STYLE}">'
        f"{_e(tab.title)}</th></tr><tr>{head}</tr></thead>",
    ]
    for r in tab.rows:
        cls = ' class="total"' if r.total else ""
        cells = [f"<td{cls}>{_e(text)}</td>" for text in r.texts]
        cells += [f'<td{cls} align="right">{format_value(v, lang)}</td>' for v in r.values]
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</table>")
    if tab.note:
        parts.append(f'<p class="small">{_e(tab.note)}</p>')
    return "\n".join(parts)


def breakdowns_html(
    data: ReportData,
    lang: str,
    names: Mapping[str, Mapping[str, str]] | None = None,
    units: Mapping[str, str] | None = None,
) -> str:
    """Return the breakdown tables of the printed period report in ``lang`` (kk, ru or en)."""
    t = LABELS[lang]
    parts = [table_html(tab, lang) for tab in breakdown_tables(data, t, names, units)]
    note = missing_note(data, t)
    if note:
        parts.append(f"<p><b>{_e(note)}</b></p>")
    return "\n".join(parts)
