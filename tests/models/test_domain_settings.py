"""The configurable values are read from settings (issue 7, point 7), each changing a result.

Hand-computed before/after for each: the large-family threshold, the re-inspection interval,
SANITARY as core for residential objects, and the plan time limit (none by default, brief §3.4).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from models.cases.dto import AssessmentDraft, SignalDraft
from models.cases.repository import CaseRepository
from models.families.dto import MemberDraft
from models.families.repository import FamilyRepository
from models.families.validation import validate_family
from models.issues import ValidationError
from models.objects.accessibility import FULL, NA, NONE, PARTIAL, suggest_levels
from models.objects.repository import ObjectRepository
from models.objects.tables import CATEGORIES, ZONES
from models.reference import settings as domain_settings
from models.reference.repository import ReferenceRepository
from models.reporting.periods import parse_period
from models.reporting.quality import CASE_WITHOUT_PLAN, quality_checks
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.families.test_family_repository import FAMILY, MOTHER
from tests.models.report_builders import add_object, add_passport


def put(store: Store, key: str, value: str) -> None:
    with store.session("admin") as s:
        domain_settings.write_setting(s, key, value)


def child(given: str, born: date) -> MemberDraft:
    return MemberDraft(
        surname="Қасымов",
        given_name=given,
        relation="SON",
        birth_date=born,
        sex="M",
        no_iin_reason="NOT_ISSUED",
    )


# -- large family -----------------------------------------------------------------------------


def test_large_family_threshold_is_the_setting(store: Store) -> None:
    families = FamilyRepository(store)
    # Four minors on 20.11.2026 (born 2010-2016; 2010-05-01 is 16).
    kids = tuple(child(n, date(2010 + 2 * i, 5, 1)) for i, n in enumerate("АБВГ"))
    draft = replace(FAMILY, categories=("LARGE",), members=(MOTHER, *kids))

    def warnings() -> list[tuple[str, object]]:
        report = validate_family(draft, families.context(TODAY))
        return [(i.code, i.params.get("required")) for i in report.warnings]

    assert families.context(TODAY).large_family_minors == 4  # seeded default
    assert warnings() == []
    put(store, domain_settings.LARGE_FAMILY_KEY, "5")
    assert warnings() == [("large_family_minors", 5)]
    put(store, domain_settings.LARGE_FAMILY_KEY, "three")  # unusable: the brief's 4
    assert warnings() == []


# -- re-inspection interval -------------------------------------------------------------------


def test_reinspection_due_follows_the_interval(store: Store) -> None:
    with store.session("admin") as s:
        old = add_object(s, "Ескі мектеп")
        add_passport(s, old, 1, date(2020, 5, 1))
        recent = add_object(s, "Жаңа мектеп")
        add_passport(s, recent, 1, date(2023, 3, 1))
        add_object(s, "Паспортсыз мектеп")
        old_id, recent_id = old.id, recent.id
    repo = ObjectRepository(store)
    assert repo.reinspection_due(TODAY) == []  # seeded "0": no interval, nothing due
    put(store, domain_settings.REINSPECTION_YEARS_KEY, "5")
    # 20.11.2026 - 5 years = 20.11.2021: the passport of 01.05.2020 is due, 01.03.2023 is not.
    assert repo.reinspection_due(TODAY) == [old_id]
    put(store, domain_settings.REINSPECTION_YEARS_KEY, "3")
    # Cutoff 20.11.2023: both.
    assert repo.reinspection_due(TODAY) == [old_id, recent_id]
    assert repo.reinspection_due(date(2026, 2, 28)) == [old_id]  # cutoff 28.02.2023


# -- SANITARY as core for residential objects ----------------------------------------------


def test_sanitary_core_setting_changes_the_suggested_status(store: Store) -> None:
    refs = ReferenceRepository(store)
    levels = {z: dict.fromkeys(CATEGORIES, FULL) for z in ZONES}
    levels["SANITARY"]["K"] = NONE  # no accessible toilet for wheelchair users
    levels["APPROACH"] = dict.fromkeys(CATEGORIES, NA)

    def suggested_k(residential: bool) -> str:
        # As the passport dialog does: core only for a residential object and while set.
        sanitary_core = residential and refs.sanitary_core_for_residential()
        return suggest_levels(levels, {}, residential=sanitary_core)["K"]

    assert refs.sanitary_core_for_residential() is True  # seeded "1"
    assert suggested_k(residential=True) == NONE  # SANITARY is core: worst zone NONE
    assert suggested_k(residential=False) == PARTIAL  # supporting zone lowers FULL to PARTIAL
    put(store, domain_settings.SANITARY_CORE_KEY, "0")
    assert refs.sanitary_core_for_residential() is False
    assert suggested_k(residential=True) == PARTIAL


# -- plan time limit ------------------------------------------------------------------------


def waiting_case(cases: CaseRepository, fid: int, identified: date) -> str:
    ctx = cases.context(TODAY)
    cid = cases.open_case(SignalDraft(date(2026, 10, 1), "SCHOOL", "Хабар"), ctx, "aigerim")
    cases.identify(cid, identified, ctx, "aigerim", family_id=fid)
    return cases.case_number(cid)


def test_no_plan_limit_by_default_lists_every_waiting_case(store: Store) -> None:
    families, cases = FamilyRepository(store), CaseRepository(store)
    fid = families.save_family(FAMILY, families.context(TODAY), "aigerim")
    early = waiting_case(cases, fid, date(2026, 11, 2))  # 18 days before 20.11
    late = waiting_case(cases, fid, date(2026, 11, 10))  # 10 days before
    # Assessed but still without a plan: waiting as well.
    ctx = cases.context(TODAY)
    assessed_id = cases.open_case(SignalDraft(date(2026, 10, 1), "SCHOOL", "Х"), ctx, "aigerim")
    cases.identify(assessed_id, date(2026, 11, 19), ctx, "aigerim", family_id=fid)
    cases.add_assessment(
        assessed_id,
        AssessmentDraft(date(2026, 11, 20), {"SAFETY": 3}),
        ctx,
        "aigerim",
        advance=True,
    )
    assessed = cases.case_number(assessed_id)

    def listed() -> list[str]:
        return [r.number for r in cases.cases_without_plan(TODAY)]

    def quality() -> dict[str, int]:
        found = quality_checks(store, parse_period("2026"), TODAY)
        return {i.code: i.count for i in found}

    assert cases.plan_due_days() is None  # the brief: no official limit, none by default
    assert listed() == [early, late, assessed]  # longest wait first
    assert cases.work_list_counts("aigerim", TODAY).without_plan == 3
    assert CASE_WITHOUT_PLAN not in quality()  # nothing is late without a limit

    cases.set_plan_due_days(14, "admin")  # the office's choice: 20.11 - 14 = 06.11
    assert listed() == [early]
    assert quality()[CASE_WITHOUT_PLAN] == 1
    cases.set_plan_due_days(7, "admin")  # 13.11
    assert listed() == [early, late]
    cases.set_plan_due_days(None, "admin")
    assert cases.plan_due_days() is None and listed() == [early, late, assessed]


def test_bad_plan_limit_values(store: Store) -> None:
    cases = CaseRepository(store)
    cases.set_plan_due_days(0, "admin")
    assert cases.plan_due_days() == 0  # a limit of 0 days is a limit
    with pytest.raises(ValidationError) as err:
        cases.set_plan_due_days(-1, "admin")
    assert [i.code for i in err.value.report.errors] == ["out_of_range"]
    put(store, domain_settings.PLAN_DUE_DAYS_KEY, "abc")
    assert cases.plan_due_days() is None
