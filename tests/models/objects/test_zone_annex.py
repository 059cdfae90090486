"""The zone annexes' rules (issue 12, brief §2.4, §2.8): an element belongs to its zone, a
cited norm rule applies to the zone and the element, a violation names whom it affects; and
the zone conclusion Qoldau suggests from the rows and the measurements."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from models.issues import ERROR, WARNING, ValidationError
from models.objects.annex_tables import ZoneElement
from models.objects.context import validation_context
from models.objects.dto import ElementDraft, MeasurementDraft, NormRuleDTO
from models.objects.repository import ObjectRepository
from models.objects.tables import Passport
from models.objects.validation import validate_passport
from models.objects.zone_annex import (
    AbsentElement,
    Breach,
    ElementViolation,
    ZoneFindings,
    annex_issues,
    rule_applies,
    suggest_conclusion,
)
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.objects.test_repositories import obj, passport


def rule(
    code: str, zones: str, op: str, value: float, unit: str = "m", **kw: object
) -> NormRuleDTO:
    base = NormRuleDTO(code, tuple(zones.split()), op, value, unit, "СП РК", "4.3", "K O", 0, 100)
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


RULES = {
    "DOOR_WIDTH": rule("DOOR_WIDTH", "ENTRANCE INTERIOR", ">=", 0.9, metric="WIDTH"),
    "RAMP_SLOPE": rule("RAMP_SLOPE", "TERRITORY ENTRANCE", "<=", 5.0, "%", metric="SLOPE"),
    "RAMP_WIDTH": rule(
        "RAMP_WIDTH", "ENTRANCE", ">=", 1.0, element="ENTRANCE_RAMP", categories="K"
    ),
}
ZONES_OF = {
    "ENTRANCE_DOOR": "ENTRANCE",
    "ENTRANCE_RAMP": "ENTRANCE",
    "TOILET": "SANITARY",
    "OFFICE_OWN": "",  # an element the office added without a zone
}
WORKS = frozenset({"NOT_NEEDED", "CURRENT_REPAIR", "CAPITAL_REPAIR"})


def issues(*elements: ElementDraft) -> list[tuple[str, str, str]]:
    found = annex_issues(passport(elements=elements), ZONES_OF, RULES, WORKS)
    return [(i.field, i.code, i.severity) for i in found]


def test_a_complete_row_has_no_issue() -> None:
    row = ElementDraft(
        "ENTRANCE", "ENTRANCE_DOOR", "YES", "1", "2", "ені 0,80 м", "DOOR_WIDTH", ("K", "O"),
        "CURRENT_REPAIR", "есікті кеңейту",
    )  # fmt: skip
    assert issues(row, ElementDraft("SERVICE", "OFFICE_OWN")) == []


def test_an_element_of_another_zone_is_refused() -> None:
    assert issues(ElementDraft("ENTRANCE", "TOILET")) == [
        ("element.0.element", "element_zone_mismatch", ERROR)
    ]
    assert issues(ElementDraft("ENTRANCE", "ENTRANCE_DOOR"), ElementDraft("X", "TOILET")) == [
        ("element.1.zone", "unknown_code", ERROR),
        ("element.1.element", "element_zone_mismatch", ERROR),
    ]
    assert issues(ElementDraft("ENTRANCE", "SPACESHIP")) == [
        ("element.0.element", "unknown_code", ERROR)
    ]


def test_a_rule_must_exist_and_apply_to_the_zone_and_the_element() -> None:
    cats = ("K",)
    assert issues(ElementDraft("ENTRANCE", "ENTRANCE_DOOR", rule_code="NOPE", categories=cats)) == [
        ("element.0.rule_code", "unknown_code", ERROR)
    ]
    # RAMP_SLOPE lists TERRITORY and ENTRANCE, not SANITARY
    assert issues(ElementDraft("SANITARY", "TOILET", rule_code="RAMP_SLOPE", categories=cats)) == [
        ("element.0.rule_code", "norm_zone_mismatch", ERROR)
    ]
    # RAMP_WIDTH names the entrance ramp: it cannot be cited for the door
    door = ElementDraft("ENTRANCE", "ENTRANCE_DOOR", rule_code="RAMP_WIDTH", categories=cats)
    assert issues(door) == [("element.0.rule_code", "norm_element_mismatch", ERROR)]
    ramp = dataclasses.replace(door, element="ENTRANCE_RAMP")
    assert issues(ramp) == []
    assert rule_applies(RULES["RAMP_WIDTH"], "ENTRANCE", "ENTRANCE_RAMP")
    assert not rule_applies(RULES["RAMP_WIDTH"], "ENTRANCE", "ENTRANCE_DOOR")
    assert rule_applies(RULES["DOOR_WIDTH"], "INTERIOR", "ANYTHING")


def test_codes_of_the_row_are_checked() -> None:
    row = ElementDraft(
        "ENTRANCE", "ENTRANCE_DOOR", present="MAYBE", categories=("K", "Z"), work="PAINT"
    )
    assert issues(row) == [
        ("element.0.present", "unknown_code", ERROR),
        ("element.0.categories", "unknown_code", ERROR),
        ("element.0.work", "unknown_code", ERROR),
    ]
    assert issues(ElementDraft("ENTRANCE", "")) == [("element.0.element", "required", ERROR)]
    assert issues(ElementDraft("ENTRANCE", "ENTRANCE_DOOR", violations="a\x00b")) == [
        ("element.0.violations", "control_chars", ERROR),
        ("element.0.categories", "element_categories_missing", WARNING),
    ]


def test_violations_without_categories_and_absent_with_violations_warn() -> None:
    assert issues(ElementDraft("ENTRANCE", "ENTRANCE_DOOR", violations="тар")) == [
        ("element.0.categories", "element_categories_missing", WARNING)
    ]
    assert issues(ElementDraft("ENTRANCE", "ENTRANCE_DOOR", rule_code="DOOR_WIDTH")) == [
        ("element.0.categories", "element_categories_missing", WARNING)
    ]
    absent = ElementDraft("ENTRANCE", "ENTRANCE_RAMP", "NO", violations="жоқ", categories=("K",))
    assert issues(absent) == [("element.0.present", "element_absent_with_violation", WARNING)]
    # absent without violations is the finding itself: no issue
    assert issues(ElementDraft("ENTRANCE", "ENTRANCE_RAMP", "NO", categories=("K",))) == []


def test_without_the_code_lists_only_the_rules_are_checked() -> None:
    found = annex_issues(passport(elements=(ElementDraft("ENTRANCE", "TOILET"),)), {}, RULES)
    assert found == []


def test_validate_passport_reports_the_annex(store: Store) -> None:
    ctx = validation_context(store, TODAY)
    assert ctx.element_zones["ENTRANCE_DOOR"] == "ENTRANCE"
    assert ctx.element_zones["TOILET"] == "SANITARY"
    assert "CURRENT_REPAIR" in ctx.work_codes
    draft = passport(
        elements=(
            ElementDraft("ENTRANCE", "ENTRANCE_DOOR", "YES", categories=("K",)),
            ElementDraft("ENTRANCE", "TOILET"),
            ElementDraft("ENTRANCE", "ENTRANCE_DOOR", work="PAINT"),
        )
    )
    report = validate_passport(draft, ctx)
    assert [(i.field, i.code) for i in report.errors] == [
        ("element.1.element", "element_zone_mismatch"),
        ("element.2.work", "unknown_code"),
    ]


def test_a_refused_annex_leaves_the_store_unchanged(store: Store) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    oid = repo.save(obj(), ctx, "aigerim")
    good = (ElementDraft("ENTRANCE", "ENTRANCE_DOOR", "YES", "1"),)
    pid = repo.save_passport(oid, passport(elements=good), ctx, "aigerim")
    stored = repo.get_passport(pid)
    bad = dataclasses.replace(
        stored,
        number="П-8/2026",
        elements=(*good, ElementDraft("ENTRANCE", "TOILET", violations="тар", categories=("K",))),
    )
    with pytest.raises(ValidationError) as raised:
        repo.save_passport(oid, bad, ctx, "aigerim")
    assert [i.field for i in raised.value.report.errors] == ["element.1.element"]
    with pytest.raises(ValidationError):  # a new version is refused the same way
        repo.save_passport(oid, dataclasses.replace(bad, id=None), ctx, "aigerim")
    assert repo.get_passport(pid) == stored
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ZoneElement)) == 1
        assert s.scalar(select(func.count()).select_from(Passport)) == 1


# -- the suggested conclusion ----------------------------------------------------------------


def test_nothing_recorded_suggests_nothing() -> None:
    found = suggest_conclusion("ENTRANCE", [], [], RULES)
    assert found == ZoneFindings("ENTRANCE")
    assert not found.recorded and not found.clean


def test_present_elements_and_met_norms_are_clean() -> None:
    found = suggest_conclusion(
        "ENTRANCE",
        [ElementDraft("ENTRANCE", "ENTRANCE_DOOR", "YES", work="NOT_NEEDED")],
        [MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.9, element="ENTRANCE_DOOR")],
        RULES,
    )
    assert found.clean and found.works == ("NOT_NEEDED",)


def test_findings_of_a_zone() -> None:
    elements = [
        ElementDraft("ENTRANCE", "ENTRANCE_RAMP", "NO", categories=("K",), work="CAPITAL_REPAIR"),
        ElementDraft(
            "ENTRANCE", "ENTRANCE_DOOR", "YES", violations="  табалдырық\n 3 см ",
            rule_code="DOOR_WIDTH", work="CURRENT_REPAIR",
        ),
        ElementDraft("ENTRANCE", "VESTIBULE", "YES", work="NOT_NEEDED"),
        ElementDraft("SANITARY", "TOILET", "NO", categories=("K", "O")),  # another zone
    ]  # fmt: skip
    measurements = [
        MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.8, element="ENTRANCE_DOOR"),
        MeasurementDraft("ENTRANCE", "RAMP_SLOPE", 4.0),  # meets the norm
        MeasurementDraft("ENTRANCE", "RAMP_SLOPE", 6.5),
        MeasurementDraft("INTERIOR", "DOOR_WIDTH", 0.7),  # another zone
        MeasurementDraft("ENTRANCE", "RETIRED", 1.0),  # rule unknown: left out
    ]
    found = suggest_conclusion("ENTRANCE", elements, measurements, RULES)
    assert found == ZoneFindings(
        zone="ENTRANCE",
        absent=(AbsentElement("ENTRANCE_RAMP", ("K",)),),
        # the row names no category: the rule's (К, О) are affected
        violations=(
            ElementViolation("ENTRANCE_DOOR", "табалдырық 3 см", "DOOR_WIDTH", ("K", "O")),
        ),
        breaches=(
            Breach("ENTRANCE_DOOR", "DOOR_WIDTH", "WIDTH", 0.8, ">=", 0.9, "m", ("K", "O")),
            Breach("", "RAMP_SLOPE", "SLOPE", 6.5, "<=", 5.0, "%", ("K", "O")),
        ),
        # "no work needed" gives way to the real works
        works=("CAPITAL_REPAIR", "CURRENT_REPAIR"),
        recorded=True,
    )
    assert not found.clean
