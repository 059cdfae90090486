"""The suggested zone conclusion in words (issue 12): Kazakh, Russian and English, written out
by hand from the findings of a school's entrance."""

from __future__ import annotations

import dataclasses

from models.objects.dto import ElementDraft, MeasurementDraft, NormRuleDTO
from models.objects.zone_annex import suggest_conclusion
from ui.objects.passport.annex_text import conclusion_text, number_text


def rule(code: str, zones: str, op: str, value: float, unit: str, **kw: object) -> NormRuleDTO:
    base = NormRuleDTO(code, tuple(zones.split()), op, value, unit, "СП РК", "4.3", "K O", 0, 100)
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


RULES = {
    "DOOR_WIDTH": rule("DOOR_WIDTH", "ENTRANCE", ">=", 0.9, "m", metric="WIDTH"),
    "RAMP_SLOPE": rule(
        "RAMP_SLOPE",
        "ENTRANCE",
        "<=",
        5.0,
        "%",
        titles={"kk": "Пандустың еңісі", "ru": "Уклон пандуса", "en": "Ramp slope"},
    ),
}
ELEMENTS = {
    "kk": {"ENTRANCE_DOOR": "Кіреберіс есігі", "ENTRANCE_RAMP": "Кіреберіс пандусы"},
    "ru": {"ENTRANCE_DOOR": "Дверь (входная)", "ENTRANCE_RAMP": "Пандус у входа"},
    "en": {"ENTRANCE_DOOR": "Entrance door", "ENTRANCE_RAMP": "Entrance ramp"},
}
WORKS = {
    "kk": {"CURRENT_REPAIR": "ағымдағы жөндеу", "CAPITAL_REPAIR": "күрделі жөндеу"},
    "ru": {"CURRENT_REPAIR": "ремонт текущий", "CAPITAL_REPAIR": "ремонт капитальный"},
    "en": {"CURRENT_REPAIR": "current repair", "CAPITAL_REPAIR": "capital repair"},
}
SP = " "  # a plain space: a text box turns a no-break one into it


def text(lang: str, elements: list[ElementDraft], measurements: list[MeasurementDraft]) -> str:
    found = suggest_conclusion("ENTRANCE", elements, measurements, RULES)
    return conclusion_text(found, lang, ELEMENTS[lang], WORKS[lang], RULES)


DOOR_AND_RAMP = (
    [
        ElementDraft("ENTRANCE", "ENTRANCE_RAMP", "NO", categories=("K",)),
        ElementDraft("ENTRANCE", "ENTRANCE_DOOR", "YES", work="CURRENT_REPAIR"),
    ],
    [MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.8, element="ENTRANCE_DOOR")],
)


def test_an_absent_ramp_and_a_narrow_door_in_three_languages() -> None:
    assert text("kk", *DOOR_AND_RAMP) == (
        f"Кіреберіс пандусы: жоқ (К); Кіреберіс есігі: ені 0,80{SP}м < 0,90{SP}м (К, О)."
        " Ұсынылатын жұмыс: ағымдағы жөндеу."
    )
    assert text("ru", *DOOR_AND_RAMP) == (
        f"Пандус у входа: отсутствует (К); Дверь (входная): ширина 0,80{SP}м < 0,90{SP}м"
        " (К, О). Рекомендуемые работы: ремонт текущий."
    )
    assert text("en", *DOOR_AND_RAMP) == (
        f"Entrance ramp: absent (К); Entrance door: width 0.80{SP}m < 0.90{SP}m (К, О)."
        " Recommended work: current repair."
    )


def test_violations_in_words_a_zone_value_by_its_rule_and_two_works() -> None:
    elements = [
        ElementDraft(
            "ENTRANCE", "ENTRANCE_DOOR", "YES", violations="табалдырық 3 см",
            categories=("K", "O"), work="CURRENT_REPAIR",
        ),
        # a rule cited without words: the rule's title stands for them
        ElementDraft(
            "ENTRANCE", "ENTRANCE_RAMP", "YES", rule_code="RAMP_SLOPE", work="CAPITAL_REPAIR"
        ),
    ]  # fmt: skip
    measurements = [MeasurementDraft("ENTRANCE", "RAMP_SLOPE", 6.5)]
    assert text("kk", elements, measurements) == (
        "Кіреберіс есігі: табалдырық 3 см (К, О); Кіреберіс пандусы: Пандустың еңісі (К, О);"
        f" Пандустың еңісі 6,5{SP}% > 5{SP}% (К, О)."
        " Ұсынылатын жұмыс: ағымдағы жөндеу, күрделі жөндеу."
    )


def test_a_clean_zone_and_an_empty_one() -> None:
    present = [ElementDraft("ENTRANCE", "ENTRANCE_DOOR", "YES")]
    wide = [MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 1.0, element="ENTRANCE_DOOR")]
    assert text("kk", present, wide) == "Бұзушылықтар анықталған жоқ."
    assert text("ru", present, []) == "Нарушений не выявлено."
    assert text("en", [], []) == ""


def test_numbers() -> None:
    assert number_text(0.9, "m", "kk") == f"0,90{SP}м"
    assert number_text(0.014, "m", "en") == f"0.014{SP}m"
    assert number_text(1.5, "m", "ru") == f"1,50{SP}м"
    assert number_text(8.0, "%", "ru") == f"8{SP}%"
    assert number_text(3.0, "", "ru") == "3"
