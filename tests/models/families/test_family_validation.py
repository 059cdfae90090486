"""Rules for families, members, signals, visits, closures, plans and services."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from models.cases.dto import (
    AssessmentDraft,
    ClosureDraft,
    MeasureDraft,
    PlanDraft,
    ServiceDraft,
    SignalDraft,
    VisitDraft,
)
from models.cases.validation import (
    validate_assessment,
    validate_closure,
    validate_plan,
    validate_plan_measure,
    validate_service,
    validate_signal,
    validate_visit,
)
from models.families.dto import FamilyDraft, MemberDraft
from models.families.validation import CaseContext, age_at, validate_family, validate_member
from models.issues import ERROR, WARNING
from models.objects.validation import Context
from models.paths import resource_path
from tests.conftest import DISTRICT, TODAY

LISTS = (
    "relations",
    "family_categories",
    "family_map_levels",
    "disability_groups",
    "closure_reasons",
    "service_types",
    "signal_sources",
    "risk_factors",
)


def _codes(name: str) -> frozenset[str]:
    with resource_path(f"codelists/{name}.csv").open(encoding="utf-8") as fh:
        return frozenset(r["code"] for r in csv.DictReader(fh))


PLACE = Context(
    today=TODAY,
    office_kato=DISTRICT.kato,
    office_level=DISTRICT.level,
    region_codes=_codes("regions"),
    object_types=frozenset(),
)
CTX = CaseContext(today=TODAY, codes={n: _codes(n) for n in LISTS}, place=PLACE)
SIGNAL_DAY = date(2026, 10, 1)

MOTHER = MemberDraft(
    surname="Қасымова",
    given_name="Әлия",
    patronymic="Серікқызы",
    relation="APPLICANT",
    birth_date=date(1992, 3, 2),
    sex="F",
    iin="920302403450",
)
SON = MemberDraft(
    surname="Қасымов",
    given_name="Нұрлан",
    relation="SON",
    birth_date=date(2012, 5, 1),
    sex="M",
    no_iin_reason="NOT_ISSUED",
)
FAMILY = FamilyDraft(
    kato="113220100",
    address="Ақкөл қ., Абай к-сі, 12",
    legal_basis="CONSENT",
    consent_form="WRITTEN",
    consent_date=date(2026, 10, 5),
    consent_recorded_by="aigerim",
    members=(MOTHER, SON),
)


def found(report) -> list[tuple[str, str, str]]:
    return [(i.field, i.code, i.severity) for i in report.issues]


def test_valid_family_has_no_issue() -> None:
    assert found(validate_family(FAMILY, CTX)) == []


@pytest.mark.parametrize(
    ("iin", "code"),
    [
        ("8507153001", "iin_length"),
        ("850715300123", "iin_checksum"),
        ("850715300409", "iin_never_valid"),
    ],
)
def test_member_iin_errors(iin: str, code: str) -> None:
    report = validate_member(replace(MOTHER, iin=iin), CTX)
    assert found(report) == [("iin", code, ERROR)]
    assert not report.ok


def test_member_iin_warnings_do_not_block() -> None:
    report = validate_member(replace(MOTHER, birth_date=date(1992, 3, 3), sex="M"), CTX)
    assert found(report) == [
        ("iin", "iin_date_mismatch", WARNING),
        ("iin", "iin_sex_mismatch", WARNING),
    ]
    assert report.ok


def test_iin_not_a_date_warning_in_member() -> None:
    report = validate_member(replace(MOTHER, iin="851330400129", birth_date=date(1985, 1, 30)), CTX)
    assert found(report) == [("iin", "iin_not_a_date", WARNING)]


def test_iin_or_reason() -> None:
    assert found(validate_member(replace(SON, no_iin_reason=""), CTX)) == [
        ("iin", "iin_or_reason_required", ERROR)
    ]
    assert ("no_iin_reason", "iin_with_reason", ERROR) in found(
        validate_member(replace(MOTHER, no_iin_reason="FOREIGNER"), CTX)
    )
    assert found(validate_member(replace(SON, no_iin_reason="LOST"), CTX)) == [
        ("no_iin_reason", "unknown_code", ERROR)
    ]


def test_birth_in_future() -> None:
    report = validate_member(replace(SON, birth_date=date(2026, 11, 21)), CTX)
    assert found(report) == [("birth_date", "birth_in_future", ERROR)]


def test_birth_today_is_fine() -> None:
    assert validate_member(replace(SON, birth_date=TODAY), CTX).ok


def test_child_not_minor_on_the_eighteenth_birthday() -> None:
    # 20.11.2008 -> 18 exactly on TODAY (20.11.2026); one day later still 17.
    adult = validate_member(replace(SON, birth_date=date(2008, 11, 20)), CTX)
    assert found(adult) == [("birth_date", "child_not_minor", ERROR)]
    assert adult.issues[0].params == {"age": 18, "relation": "SON"}
    assert validate_member(replace(SON, birth_date=date(2008, 11, 21)), CTX).ok


@pytest.mark.parametrize("relation", ["DAUGHTER", "WARD", "FOSTER_CHILD", "GRANDCHILD"])
def test_child_relations(relation: str) -> None:
    m = replace(SON, relation=relation, birth_date=date(2000, 1, 1))
    assert "child_not_minor" in [i.code for i in validate_member(m, CTX).issues]


def test_adult_in_adult_relation_is_fine() -> None:
    assert validate_member(replace(SON, relation="SPOUSE", birth_date=date(1980, 1, 1)), CTX).ok


def test_required_fields_and_codes() -> None:
    m = MemberDraft(surname=" ", given_name="", relation="COUSIN", no_iin_reason="NOT_ISSUED")
    assert found(validate_member(m, CTX)) == [
        ("surname", "required", ERROR),
        ("given_name", "required", ERROR),
        ("relation", "unknown_code", ERROR),
        ("sex", "required", ERROR),
        ("birth_date", "required", ERROR),
    ]


def test_disability_rules_are_warnings() -> None:
    small = replace(SON, birth_date=date(2022, 1, 1), disability_group="GROUP_2")
    assert found(validate_member(small, CTX)) == [
        ("disability_group", "disability_group_under_7", WARNING)
    ]
    big = replace(SON, disability_group="CHILD_UNDER_7", disability_indefinite=True)
    assert found(validate_member(big, CTX)) == [
        ("disability_group", "disability_status_over_7", WARNING),
        ("disability_indefinite", "indefinite_not_group_1", WARNING),
    ]


def test_member_fields_are_prefixed_in_a_family() -> None:
    fam = replace(FAMILY, members=(MOTHER, replace(SON, birth_date=date(2030, 1, 1))))
    assert found(validate_family(fam, CTX)) == [("member.1.birth_date", "birth_in_future", ERROR)]


def test_repeated_iin_and_second_applicant() -> None:
    fam = replace(FAMILY, members=(MOTHER, replace(MOTHER, given_name="Әлима")))
    assert found(validate_family(fam, CTX)) == [
        ("members", "applicant_twice", ERROR),
        ("member.1.iin", "iin_repeated", ERROR),
    ]


def test_family_place_and_choices() -> None:
    fam = replace(
        FAMILY,
        kato="751110000",
        co_detector="maybe",
        heating_type="FIREPLACE",
        categories=("LARGE", "RICH"),
        map_level="F",
        income_per_person=Decimal("-1"),
    )
    assert found(validate_family(fam, CTX)) == [
        ("kato", "kato_outside_office", ERROR),
        ("heating_type", "unknown_code", ERROR),
        ("co_detector", "unknown_code", ERROR),
        ("categories", "unknown_code", ERROR),
        ("map_level", "unknown_code", ERROR),
        ("map_level_date", "required", ERROR),
        ("income_per_person", "negative_amount", ERROR),
        ("categories", "large_family_minors", WARNING),
    ]


def test_large_family_counts_current_minors() -> None:
    kids = tuple(
        replace(SON, given_name=f"Бала{i}", birth_date=date(2010 + i, 1, 1)) for i in range(4)
    )
    fam = replace(FAMILY, categories=("LARGE",), members=(MOTHER, *kids))
    assert validate_family(fam, CTX).issues == []
    moved_out = replace(kids[0], until=date(2026, 1, 1))
    fam = replace(fam, members=(MOTHER, moved_out, *kids[1:]))
    assert found(validate_family(fam, CTX)) == [("categories", "large_family_minors", WARNING)]


def test_legal_basis() -> None:
    assert found(validate_family(replace(FAMILY, legal_basis=""), CTX)) == [
        ("legal_basis", "required", ERROR)
    ]
    no_details = replace(FAMILY, consent_date=None, consent_recorded_by="")
    assert found(validate_family(no_details, CTX)) == [
        ("consent_date", "required", ERROR),
        ("consent_recorded_by", "required", ERROR),
    ]
    statutory = replace(FAMILY, legal_basis="STATUTORY", consent_date=None)
    assert found(validate_family(statutory, CTX)) == [("statutory_basis", "required", ERROR)]
    assert validate_family(replace(statutory, statutory_basis="Social Code art. 133"), CTX).ok
    withdrawn = replace(FAMILY, consent_withdrawn_date=date(2026, 10, 1))
    assert found(validate_family(withdrawn, CTX)) == [
        ("consent_withdrawn_date", "withdrawn_before_consent", ERROR),
        ("consent_withdrawn_date", "consent_withdrawn", WARNING),
    ]


def test_signal() -> None:
    ok = SignalDraft(SIGNAL_DAY, "SCHOOL", "Бала сабаққа келмейді", anonymous=True)
    assert validate_signal(ok, CTX).ok
    bad = SignalDraft(date(2026, 11, 21), "OTHER", " ")
    assert found(validate_signal(bad, CTX)) == [
        ("signal_date", "date_in_future", ERROR),
        ("source_note", "required", ERROR),
        ("description", "required", ERROR),
    ]


def test_visit_before_signal() -> None:
    v = VisitDraft(date(2026, 9, 30), "HOME", child_seen=True, next_due=date(2026, 9, 29))
    assert found(validate_visit(v, SIGNAL_DAY, CTX)) == [
        ("visit_date", "visit_before_signal", ERROR),
        ("next_due", "next_due_before_visit", ERROR),
    ]
    assert validate_visit(replace(v, visit_date=SIGNAL_DAY, next_due=None), SIGNAL_DAY, CTX).ok


def test_visit_kind_and_risk_level() -> None:
    v = VisitDraft(SIGNAL_DAY, "EMAIL", risk_level="EXTREME")
    assert found(validate_visit(v, SIGNAL_DAY, CTX)) == [
        ("kind", "unknown_code", ERROR),
        ("risk_level", "unknown_code", ERROR),
    ]


def test_closure() -> None:
    early = ClosureDraft(date(2026, 9, 30), "GOALS_ACHIEVED")
    assert found(validate_closure(early, SIGNAL_DAY, CTX)) == [
        ("closed_date", "closure_before_signal", ERROR)
    ]
    assert validate_closure(replace(early, closed_date=SIGNAL_DAY), SIGNAL_DAY, CTX).ok
    other = ClosureDraft(date(2026, 11, 1), "OTHER")
    assert found(validate_closure(other, SIGNAL_DAY, CTX)) == [("note", "required", ERROR)]
    unknown = ClosureDraft(date(2026, 11, 1), "BORED")
    assert found(validate_closure(unknown, SIGNAL_DAY, CTX)) == [("reason", "unknown_code", ERROR)]
    before_last = ClosureDraft(date(2026, 10, 5), "REFUSAL")
    assert found(validate_closure(before_last, SIGNAL_DAY, CTX, date(2026, 10, 6))) == [
        ("closed_date", "date_before_previous_stage", ERROR)
    ]


def test_measure_without_due_date() -> None:
    m = MeasureDraft("PSYCHOLOGICAL", None, agency="ПҚКО")
    assert found(validate_plan_measure(m, CTX)) == [("due_date", "measure_without_due_date", ERROR)]
    done = MeasureDraft("LEGAL", date(2026, 12, 1), status="DONE")
    assert found(validate_plan_measure(done, CTX)) == [("done_date", "required", ERROR)]


def test_plan_prefixes_measures() -> None:
    plan = PlanDraft(
        date(2026, 10, 10),
        measures=(
            MeasureDraft("MEDICAL", date(2026, 12, 1)),
            MeasureDraft("SOCIAL", None),
            MeasureDraft("MAGIC", date(2026, 10, 1)),
        ),
    )
    assert found(validate_plan(plan, SIGNAL_DAY, CTX)) == [
        ("measure.1.due_date", "measure_without_due_date", ERROR),
        ("measure.2.service_type", "unknown_code", ERROR),
        ("measure.2.due_date", "due_before_plan", ERROR),
    ]
    assert found(validate_plan(PlanDraft(date(2026, 10, 10)), SIGNAL_DAY, CTX)) == [
        ("measures", "plan_without_measures", ERROR)
    ]


def test_assessment_scores() -> None:
    a = AssessmentDraft(date(2026, 10, 2), {"SAFETY": 5, "HEALTH": 0, "LUCK": 3})
    assert found(validate_assessment(a, SIGNAL_DAY, CTX)) == [
        ("score.HEALTH", "out_of_range", ERROR),
        ("score.LUCK", "unknown_code", ERROR),
    ]


def test_service() -> None:
    s = ServiceDraft("MATERIAL", date(2026, 9, 1), amount=Decimal("-5"))
    assert found(validate_service(s, SIGNAL_DAY, CTX)) == [
        ("delivered_on", "date_before_signal", ERROR),
        ("amount", "negative_amount", ERROR),
    ]


def test_age_at() -> None:
    assert age_at(date(2008, 11, 20), TODAY) == 18
    assert age_at(date(2008, 11, 21), TODAY) == 17
    assert age_at(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_at(date(2008, 2, 29), date(2026, 3, 1)) == 18
