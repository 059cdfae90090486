"""Business rules of objects, passports and offices (models/objects/validation.py)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

import pytest

from models.issues import ERROR, WARNING, Issue, ValidationReport
from models.objects.dto import (
    MeasurementDraft,
    NormRuleDTO,
    ObjectDraft,
    PassportDraft,
    WorkDraft,
    ZoneDraft,
)
from models.objects.tables import CATEGORIES
from models.objects.validation import Context, validate_object, validate_passport
from models.objects.validation import office_problems as problems_of
from models.reference.dto import OfficeDTO
from models.reference.identifiers import region_codes
from tests.conftest import TODAY

RAMP = NormRuleDTO(
    check_code="RAMP_SLOPE",
    zones=("TERRITORY", "ENTRANCE", "INTERIOR"),
    operator="<=",
    value=5.0,
    unit="%",
    document="СП РК 3.06-101-2012*",
    clause="4.3.2.30",
    categories="K O",
    min_physical=0,
    max_physical=100,
)
DOOR = NormRuleDTO(
    check_code="DOOR_WIDTH",
    zones=("ENTRANCE",),
    operator=">=",
    value=0.9,
    unit="m",
    document="СП РК 3.06-101-2012*",
    clause="4.3.2.14",
    categories="K O",
    min_physical=0.3,
    max_physical=5,
)


def ctx(**changes: object) -> Context:
    base = Context(
        today=TODAY,
        office_kato="113200000",
        office_level="district",
        region_codes=region_codes(),
        object_types=frozenset({"EDU_SCHOOL", "HEALTH_POLYCLINIC"}),
        norm_rules={"RAMP_SLOPE": RAMP, "DOOR_WIDTH": DOOR},
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def obj(**changes: object) -> ObjectDraft:
    base = ObjectDraft(name="№3 мектеп-гимназия", object_type="EDU_SCHOOL", kato="113220100")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def codes(report: object) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in report.issues}  # type: ignore[attr-defined]


# -- objects ----------------------------------------------------------------------------------


def test_valid_object_has_no_issues() -> None:
    assert validate_object(obj(), ctx()).issues == []
    full = obj(
        address="Ақкөл қ., Нұрлан Әбдіров к-сі, 12",
        owner_bin=_bin("09074000123"),
        year_built=1975,
        floors=3,
        registered_date=TODAY,
    )
    assert validate_object(full, ctx()).issues == []


def test_name_required_and_type_known() -> None:
    report = validate_object(obj(name="  ", object_type="SPACESHIP"), ctx())
    assert codes(report) == {("name", "required"), ("object_type", "unknown_code")}
    bad_type = next(i for i in report.issues if i.field == "object_type")
    assert bad_type.params == {"code": "SPACESHIP"}


def _bin(prefix: str) -> str:
    from models.reference.identifiers import check_digit

    return prefix + str(check_digit(prefix))


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", None),
        ("   ", None),
        (_bin("09074000123"), None),
        (" ".join(_bin("09074000123")[i : i + 4] for i in (0, 4, 8)), None),  # typed with spaces
        ("0907400012", "bin_length"),
        ("09074000123X", "bin_length"),
        (_bin("09074000123")[:11] + str((int(_bin("09074000123")[11]) + 1) % 10), "bin_checksum"),
        ("850715300122", "bin_is_iin"),  # a valid IIN: digit 5 is 3
        ("85071530040" + "0", "bin_checksum"),  # the double-10 case
    ],
)
def test_owner_bin(value: str, code: str | None) -> None:
    report = validate_object(obj(owner_bin=value), ctx())
    assert codes(report) == ({("owner_bin", code)} if code else set())


@pytest.mark.parametrize(
    ("kato", "code", "office"),
    [
        ("113220100", None, ("113200000", "district")),
        ("11322010", "kato_format", ("113200000", "district")),
        ("11322O100", "kato_format", ("113200000", "district")),
        ("993220100", "kato_region_unknown", ("113200000", "district")),
        ("113420100", "kato_outside_office", ("113200000", "district")),  # another district
        ("153220100", "kato_outside_office", ("113200000", "district")),  # another region
        ("113420100", None, ("110000000", "region")),
        ("153220100", "kato_outside_office", ("110000000", "region")),
        ("153220100", None, ("000000000", "republic")),
    ],
)
def test_object_kato(kato: str, code: str | None, office: tuple[str, str]) -> None:
    report = validate_object(obj(kato=kato), ctx(office_kato=office[0], office_level=office[1]))
    assert codes(report) == ({("kato", code)} if code else set())


def test_kato_outside_office_names_the_office() -> None:
    (issue,) = validate_object(obj(kato="113420100"), ctx()).issues
    assert issue.params == {"office": "113200000"}


def test_unknown_settlement_is_only_a_warning() -> None:
    report = validate_object(obj(kato="113220199"), ctx(settlements=frozenset({"113220100"})))
    assert codes(report) == {("kato", "kato_unknown_settlement")}
    assert report.ok and report.warnings[0].severity == WARNING


def test_exclusion_needs_reason_and_date() -> None:
    report = validate_object(obj(subject_to_passportization=False), ctx())
    assert codes(report) == {("exclusion_reason", "required"), ("exclusion_date", "required")}
    ok = obj(
        subject_to_passportization=False,
        exclusion_reason="due for demolition",
        exclusion_date=date(2026, 3, 1),
    )
    assert validate_object(ok, ctx()).issues == []


def test_exclusion_reason_of_spaces_is_missing() -> None:
    draft = obj(
        subject_to_passportization=False, exclusion_reason=" \t", exclusion_date=date(2026, 3, 1)
    )
    assert codes(validate_object(draft, ctx())) == {("exclusion_reason", "required")}


@pytest.mark.parametrize(
    ("year", "ok"),
    [(1799, False), (1800, True), (1975, True), (TODAY.year, True), (TODAY.year + 1, False)],
)
def test_year_built_range(year: int, ok: bool) -> None:
    report = validate_object(obj(year_built=year), ctx())
    assert report.ok == ok
    if not ok:
        assert report.issues[0].params == {"low": 1800, "high": TODAY.year}


@pytest.mark.parametrize(("floors", "ok"), [(0, False), (1, True), (100, True), (101, False)])
def test_floors_range(floors: int, ok: bool) -> None:
    assert validate_object(obj(floors=floors), ctx()).ok == ok


def test_future_dates_of_an_object() -> None:
    tomorrow = TODAY + timedelta(days=1)
    draft = obj(
        subject_to_passportization=False,
        exclusion_reason="closed",
        exclusion_date=tomorrow,
        registered_date=tomorrow,
    )
    assert codes(validate_object(draft, ctx())) == {
        ("exclusion_date", "date_in_future"),
        ("registered_date", "date_in_future"),
    }
    today = dataclasses.replace(draft, exclusion_date=TODAY, registered_date=TODAY)
    assert validate_object(today, ctx()).ok


# -- passports --------------------------------------------------------------------------------

ALL_FULL = dict.fromkeys(CATEGORIES, "FULL")


def passport(**changes: object) -> PassportDraft:
    base = PassportDraft(
        inspection_date=date(2026, 5, 10),
        passport_date=date(2026, 5, 20),
        zones=(ZoneDraft("ENTRANCE", dict(ALL_FULL)),),
        suggested=dict(ALL_FULL),
        statuses=dict.fromkeys(CATEGORIES, "DP_V"),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_valid_passport_has_no_issues() -> None:
    assert validate_passport(passport(), ctx()).issues == []


def test_passport_date_required() -> None:
    assert codes(validate_passport(passport(passport_date=None), ctx())) == {
        ("passport_date", "required")
    }


def test_passport_future_dates() -> None:
    tomorrow = TODAY + timedelta(days=1)
    draft = passport(
        inspection_date=tomorrow,
        passport_date=tomorrow,
        requires_adaptation=True,
        adapted_date=tomorrow,
        works=(WorkDraft("ENTRANCE", "CURRENT_REPAIR", completed_date=tomorrow),),
    )
    assert codes(validate_passport(draft, ctx())) == {
        ("inspection_date", "date_in_future"),
        ("passport_date", "date_in_future"),
        ("adapted_date", "date_in_future"),
        ("work.0", "date_in_future"),
    }


def test_passport_before_inspection() -> None:
    draft = passport(inspection_date=date(2026, 5, 21), passport_date=date(2026, 5, 20))
    assert codes(validate_passport(draft, ctx())) == {
        ("passport_date", "passport_before_inspection")
    }
    same_day = passport(inspection_date=date(2026, 5, 20), passport_date=date(2026, 5, 20))
    assert validate_passport(same_day, ctx()).ok


def test_override_without_note() -> None:
    statuses = {**dict.fromkeys(CATEGORIES, "DP_I"), "K": "DCH_I"}
    report = validate_passport(passport(statuses=statuses), ctx())
    assert codes(report) == {("override_note", "override_needs_note")}
    noted = passport(statuses=statuses, override_note="ramp is portable; commission decision")
    assert validate_passport(noted, ctx()).ok


def test_confirming_the_suggestion_needs_no_note() -> None:
    suggested = {**ALL_FULL, "K": "NONE", "S": "PARTIAL"}
    statuses = {"K": "VND", "O": "DP_I", "S": "DCH_I", "G": "DP_I", "U": "DP_I"}
    draft = passport(suggested=suggested, statuses=statuses, requires_adaptation=True)
    assert validate_passport(draft, ctx()).issues == []


def test_no_suggestion_stored_is_no_override() -> None:
    # A passport imported from a registry has statuses but no suggestion; read back from the
    # store its suggestion is "" per category. That is not an override.
    blank = dict.fromkeys(CATEGORIES, "")
    assert validate_passport(passport(suggested=blank), ctx()).ok
    assert validate_passport(passport(suggested={}), ctx()).ok


def test_statuses_required_and_known() -> None:
    statuses = {"K": "", "O": "DP_X", "S": "DP_V", "G": "DP_V"}  # U missing
    report = validate_passport(passport(statuses=statuses), ctx())
    assert codes(report) == {
        ("status.K", "required"),
        ("status.O", "unknown_code"),
        ("status.U", "required"),
    }


def test_adapted_without_requirement() -> None:
    draft = passport(requires_adaptation=False, adapted_date=date(2026, 6, 1))
    assert codes(validate_passport(draft, ctx())) == {
        ("adapted_date", "adapted_without_requirement")
    }


def test_adapted_before_passport() -> None:
    draft = passport(requires_adaptation=True, adapted_date=date(2026, 5, 19))
    assert codes(validate_passport(draft, ctx())) == {("adapted_date", "adapted_before_passport")}
    on_the_day = passport(requires_adaptation=True, adapted_date=date(2026, 5, 20))
    assert validate_passport(on_the_day, ctx()).ok


def test_no_adaptation_while_suggested_none_is_a_warning() -> None:
    suggested = {**ALL_FULL, "K": "NONE"}
    statuses = {**dict.fromkeys(CATEGORIES, "DP_I"), "K": "VND"}
    report = validate_passport(passport(suggested=suggested, statuses=statuses), ctx())
    assert codes(report) == {("requires_adaptation", "no_adaptation_but_inaccessible")}
    assert report.ok


def test_unknown_zone_and_level_codes() -> None:
    zones = (
        ZoneDraft("ENTRANCE", {**ALL_FULL, "K": "GOOD"}),
        ZoneDraft("ROOF", dict(ALL_FULL)),
    )
    report = validate_passport(passport(zones=zones), ctx())
    assert codes(report) == {("zone.ENTRANCE.K", "unknown_code"), ("zones", "unknown_code")}
    params = {i.field: i.params for i in report.issues}
    assert params["zone.ENTRANCE.K"] == {"code": "GOOD"}
    assert params["zones"] == {"code": "ROOF"}


def test_zone_levels_may_be_na_or_missing() -> None:
    zones = (ZoneDraft("SANITARY", dict.fromkeys(CATEGORIES, "NA")), ZoneDraft("INFO", {}))
    assert validate_passport(passport(zones=zones), ctx()).ok


def test_unknown_service_form() -> None:
    report = validate_passport(passport(service_forms={"K": "DU", "O": "X", "S": ""}), ctx())
    assert codes(report) == {("service_form.O", "unknown_code")}


def test_unknown_measurement_check() -> None:
    draft = passport(measurements=(MeasurementDraft("ENTRANCE", "LIFT_SPEED", 1.0),))
    report = validate_passport(draft, ctx())
    assert codes(report) == {("measurement.0", "unknown_code")}
    assert report.issues[0].params == {"code": "LIFT_SPEED"}


@pytest.mark.parametrize("value", [-0.1, 100.5, 1e9])
def test_measurement_out_of_physical_range_is_an_error(value: float) -> None:
    draft = passport(measurements=(MeasurementDraft("ENTRANCE", "RAMP_SLOPE", value),))
    report = validate_passport(draft, ctx())
    assert codes(report) == {("measurement.0", "measurement_out_of_range")}
    assert not report.ok
    assert report.issues[0].params == {"low": 0, "high": 100, "unit": "%"}


def test_norm_breach_is_a_warning_with_the_clause() -> None:
    measurements = (
        MeasurementDraft("ENTRANCE", "RAMP_SLOPE", 5.0),  # on the limit: fine
        MeasurementDraft("ENTRANCE", "RAMP_SLOPE", 8.0),  # 1:12, steeper than 1:20
        MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.8),
        MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.9),
    )
    report = validate_passport(passport(measurements=measurements), ctx())
    assert report.ok
    assert [(i.field, i.code, i.severity) for i in report.issues] == [
        ("measurement.1", "norm_breach", WARNING),
        ("measurement.2", "norm_breach", WARNING),
    ]
    assert report.issues[0].params == {
        "check": "RAMP_SLOPE",
        "operator": "<=",
        "threshold": 5.0,
        "unit": "%",
        "document": "СП РК 3.06-101-2012*",
        "clause": "4.3.2.30",
    }
    assert report.issues[1].params["clause"] == "4.3.2.14"


def test_works() -> None:
    works = (
        WorkDraft("ENTRANCE", "CAPITAL_REPAIR", planned_year=1999),
        WorkDraft("ALL", "CURRENT_REPAIR", planned_year=TODAY.year + 31),
        WorkDraft("INTERIOR", "CURRENT_REPAIR", estimated_cost=Decimal("-1")),
        WorkDraft("INTERIOR", "CURRENT_REPAIR", planned_year=2027, estimated_cost=Decimal("0")),
    )
    report = validate_passport(passport(works=works, requires_adaptation=True), ctx())
    assert [(i.field, i.code) for i in report.issues] == [
        ("work.0", "out_of_range"),
        ("work.1", "out_of_range"),
        ("work.2", "negative_amount"),
    ]


def test_report_lists_errors_and_warnings_apart() -> None:
    draft = passport(
        passport_date=None,
        suggested={**ALL_FULL, "K": "NONE"},
        statuses={**dict.fromkeys(CATEGORIES, "DP_I"), "K": "VND"},
    )
    report = validate_passport(draft, ctx())
    assert [i.code for i in report.errors] == ["required"]
    assert [i.code for i in report.warnings] == ["no_adaptation_but_inaccessible"]
    assert {i.severity for i in report.errors} == {ERROR}
    assert not report.ok


# -- offices (reporting.md §1) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kato", "level", "expected"),
    [
        ("113200000", "district", []),
        ("110000000", "region", []),
        ("000000000", "republic", []),
        ("710000000", "region", []),  # Astana, a city of republican significance
        ("11320000", "district", ["kato_format"]),
        ("11320000A", "district", ["kato_format"]),
        ("110000000", "republic", ["republic_code"]),
        ("990000000", "region", ["region_unknown"]),
        ("993200000", "district", ["region_unknown"]),
        ("113200000", "region", ["region_code"]),
        ("110000000", "district", ["district_code"]),
        ("113220000", "district", ["district_code"]),
        ("113200000", "city", ["level_unknown"]),
        ("113200000", "", ["level_unknown"]),
    ],
)
def test_office_problems(kato: str, level: str, expected: list[str]) -> None:
    assert problems_of(OfficeDTO(kato, level, "Ақкөл ауданы", "Аккольский район")) == expected


@pytest.mark.parametrize(("kk", "ru"), [("", "Аккольский"), ("Ақкөл", "  "), ("", "")])
def test_office_names_required(kk: str, ru: str) -> None:
    assert problems_of(OfficeDTO("113200000", "district", kk, ru)) == ["names_required"]


def test_office_problems_combine() -> None:
    assert problems_of(OfficeDTO("113220000", "district", "", "")) == [
        "district_code",
        "names_required",
    ]


# -- ValidationReport.add ---------------------------------------------------------------------


def test_add_takes_keywords_named_like_its_own_arguments_as_params() -> None:
    # A caller passing code=... once collided with the argument of the same name.
    report = ValidationReport()
    report.add("object_type", "unknown_code", code="XX", fld="other", params=1)
    report.add("zone", "unknown_code", WARNING, code="YY")
    first, second = report.issues
    assert first == Issue(
        "object_type", "unknown_code", {"code": "XX", "fld": "other", "params": 1}
    )
    assert first.severity == ERROR
    assert (second.field, second.code, dict(second.params), second.severity) == (
        "zone",
        "unknown_code",
        {"code": "YY"},
        WARNING,
    )
    assert report.errors == [first] and report.warnings == [second]


def test_add_without_params_gets_a_fresh_mapping_each_time() -> None:
    report = ValidationReport()
    report.add("a", "required")
    report.add("b", "required")
    assert report.issues[0].params == {} and report.issues[1].params == {}
    assert report.issues[0].params is not report.issues[1].params
    assert Issue("a", "required").params is not Issue("b", "required").params


def test_add_refuses_a_severity_keyword_instead_of_misfiling_it() -> None:
    report = ValidationReport()
    with pytest.raises(TypeError, match="by position"):
        report.add("a", "required", severity=WARNING)
    assert report.issues == []


def test_add_refuses_an_unknown_severity() -> None:
    report = ValidationReport()
    with pytest.raises(ValueError, match="severity"):
        report.add("a", "too_long", "42")
    assert report.issues == []


def test_add_arguments_are_positional_only() -> None:
    report = ValidationReport()
    with pytest.raises(TypeError):
        report.add(fld="a", code="required")  # type: ignore[call-arg]
