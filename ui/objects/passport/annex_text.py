"""The suggested zone conclusion in words (issue 12): the findings of
``models/objects/zone_annex.suggest_conclusion`` as one paragraph in Kazakh, Russian or English,
e.g. "Кіреберіс есігі: ені 0,80 м < 0,90 м (К, О); Кіреберіс пандусы: жоқ (К). Ұсынылатын
жұмыс: ағымдағы жөндеу."

The text is stored with the passport (``ZoneDraft.suggested_conclusion``) and printed beside
the commission's conclusion, so its words are a document's, one table per language as the
printed passport keeps them (``ui/objects/passport_print.py``), and do not follow a Qt
catalogue; element and work names come from the code lists, rule names from the rule table.
"""

from __future__ import annotations

from collections.abc import Mapping

from models.objects.accessibility import CATEGORY_LETTERS
from models.objects.dto import NormRuleDTO
from models.objects.tables import CATEGORIES
from models.objects.zone_annex import ZoneFindings

#: The words of the suggestion per language.
PHRASES: dict[str, dict[str, str]] = {
    "kk": {
        "absent": "жоқ",
        "works": "Ұсынылатын жұмыс: {works}.",
        "clean": "Бұзушылықтар анықталған жоқ.",
    },
    "ru": {
        "absent": "отсутствует",
        "works": "Рекомендуемые работы: {works}.",
        "clean": "Нарушений не выявлено.",
    },
    "en": {
        "absent": "absent",
        "works": "Recommended work: {works}.",
        "clean": "No violations found.",
    },
}
#: What a rule measures (``models.objects.tables.NORM_METRICS``), as a noun of the phrase.
METRICS: dict[str, dict[str, str]] = {
    "kk": {
        "SLOPE": "еңісі",
        "WIDTH": "ені",
        "DEPTH": "тереңдігі",
        "LENGTH": "ұзындығы",
        "HEIGHT": "биіктігі",
        "DIAMETER": "диаметрі",
        "SHARE": "үлесі",
        "COUNT": "саны",
        "PRESENT": "бар болуы",
    },
    "ru": {
        "SLOPE": "уклон",
        "WIDTH": "ширина",
        "DEPTH": "глубина",
        "LENGTH": "длина",
        "HEIGHT": "высота",
        "DIAMETER": "диаметр",
        "SHARE": "доля",
        "COUNT": "количество",
        "PRESENT": "наличие",
    },
    "en": {
        "SLOPE": "slope",
        "WIDTH": "width",
        "DEPTH": "depth",
        "LENGTH": "length",
        "HEIGHT": "height",
        "DIAMETER": "diameter",
        "SHARE": "share",
        "COUNT": "number",
        "PRESENT": "presence",
    },
}
_METRES = {"kk": "м", "ru": "м", "en": "m"}


def number_text(value: float, unit: str, lang: str) -> str:
    """Return a measured value with its unit: metres with two or three decimals ("0,80 м",
    "0,014 м"), others with at most two ("6,5 %", "5 %"); a decimal comma in Kazakh and
    Russian."""
    if unit == "m":
        whole, _, decimals = f"{value:.3f}".partition(".")
        text = f"{whole}.{decimals.rstrip('0').ljust(2, '0')}"
    else:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
    if lang != "en":
        text = text.replace(".", ",")
    shown_unit = _METRES.get(lang, "m") if unit == "m" else unit
    return f"{text} {shown_unit}" if shown_unit else text


def _letters(categories: tuple[str, ...]) -> str:
    codes = [c for c in CATEGORIES if c in categories]
    return f" ({', '.join(CATEGORY_LETTERS[c] for c in codes)})" if codes else ""


def conclusion_text(
    findings: ZoneFindings,
    lang: str,
    element_labels: Mapping[str, str],
    work_labels: Mapping[str, str],
    rules: Mapping[str, NormRuleDTO],
) -> str:
    """Return the suggestion in ``lang`` ("" when the zone has nothing recorded).

    Findings are grouped by element in the order they were found: "<element>: <finding>,
    <finding>"; a breach reads "<metric> <value> < <threshold>" (the side it fails on), named
    by its rule when it has no metric or no element; each finding ends with the categories it
    affects. The recommended works close the paragraph.
    """
    if not findings.recorded:
        return ""
    words = PHRASES.get(lang, PHRASES["en"])
    metrics = METRICS.get(lang, METRICS["en"])
    parts: dict[str, list[str]] = {}
    for a in findings.absent:
        parts.setdefault(a.element, []).append(words["absent"] + _letters(a.categories))
    for v in findings.violations:
        text = v.violations
        if not text:
            rule = rules.get(v.rule_code)
            text = rule.title(lang) if rule is not None else v.rule_code
        parts.setdefault(v.element, []).append(text + _letters(v.categories))
    for b in findings.breaches:
        rule = rules.get(b.check_code)
        title = rule.title(lang) if rule is not None else b.check_code
        # "Entrance door: width 0.80 m < 0.90 m"; a zone's own value is named by its rule.
        what = (metrics.get(b.metric) or title) if b.element else title
        side = "<" if b.operator == ">=" else ">"
        value = number_text(b.value, b.unit, lang)
        threshold = number_text(b.threshold, b.unit, lang)
        parts.setdefault(b.element, []).append(
            f"{what} {value} {side} {threshold}{_letters(b.categories)}"
        )
    groups = []
    for element, found in parts.items():
        if element:
            groups.append(f"{element_labels.get(element, element)}: {', '.join(found)}")
        else:
            groups.extend(found)
    sentences = ["; ".join(groups) + "." if groups else words["clean"]]
    works = [work_labels.get(w, w) for w in findings.works]
    if works and groups:
        sentences.append(words["works"].format(works=", ".join(works)))
    return " ".join(sentences)
