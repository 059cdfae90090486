"""Coded columns are checked against their code lists on every write (issue 7, points 3-4).

Each refusal is tested at the repository or the ORM level, as a script or an importer would
write, with a context that checks nothing (so only the store's own floor stands in the way),
and the store is compared byte for byte before and after.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from models.cases.dto import (
    ClosureDraft,
    MeasureDraft,
    PlanDraft,
    RiskFactorDraft,
    ServiceDraft,
    SignalDraft,
)
from models.cases.repository import CaseRepository
from models.cases.tables import Case
from models.code_guard import CODED_FIELDS
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.families.tables import Person
from models.families.validation import CaseContext
from models.issues import ValidationError
from models.objects.context import validation_context
from models.objects.dto import MeasurementDraft, ObjectDraft, PassportDraft, WorkDraft, ZoneDraft
from models.objects.repository import ObjectRepository
from models.objects.tables import CATEGORIES, InfraObject, Measurement, NormRule, Passport, ZoneWork
from models.objects.validation import Context
from models.reference.tables import CodeItem
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import written_before_the_code_guard
from tests.store_templates import raw_connect

FULL5 = dict.fromkeys(CATEGORIES, "FULL")


def dump(store: Store) -> str:
    """Every row of the store, as SQL text: equal dumps mean nothing was written."""
    conn = raw_connect(store.path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY 1")
        ]
        rows = [(t, conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()) for t in tables]
        return "\n".join(f"{t}: {r!r}" for t, r in rows)
    finally:
        conn.close()


def refused(store: Store, write: Callable[[], object]) -> set[tuple[str, str, object]]:
    """Run a write that must be refused; return its (field, code, bad code) and check the store."""
    before = dump(store)
    with pytest.raises(ValidationError) as info:
        write()
    assert dump(store) == before
    return {(i.field, i.code, i.params.get("code")) for i in info.value.report.errors}


@pytest.fixture
def ctx(store: Store) -> Context:
    return validation_context(store, TODAY)


@pytest.fixture
def object_id(store: Store, ctx: Context) -> int:
    draft = ObjectDraft(name="№3 мектеп", object_type="EDU_SCHOOL", kato="113220100")
    return ObjectRepository(store).save(draft, ctx, "admin")


def passport(**changes: object) -> PassportDraft:
    base = PassportDraft(
        inspection_date=date(2026, 4, 10),
        passport_date=date(2026, 4, 20),
        zones=(ZoneDraft("ENTRANCE", dict(FULL5)), ZoneDraft("SERVICE", dict(FULL5))),
        suggested=dict(FULL5),
        statuses=dict.fromkeys(CATEGORIES, "DP_V"),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# -- the table ----------------------------------------------------------------------------


def test_every_code_list_named_in_the_table_is_seeded(store: Store) -> None:
    with store.session() as s:
        seeded = set(s.scalars(select(CodeItem.list_name).distinct()))
    named = {f.codes for f in CODED_FIELDS if isinstance(f.codes, str)}
    assert named <= seeded
    assert len({f.name for f in CODED_FIELDS}) == len(CODED_FIELDS)


# -- objects and passports ----------------------------------------------------------------


def test_a_script_storing_bogus_work_is_refused(store: Store, ctx: Context, object_id: int) -> None:
    repo = ObjectRepository(store)
    draft = passport(works=(WorkDraft("ENTRANCE", "BOGUS_WORK", 2027),))
    issues = refused(store, lambda: repo.save_passport(object_id, draft, ctx, "admin"))
    assert issues == {("zone_work.work", "unknown_code", "BOGUS_WORK")}


def test_bogus_work_written_through_the_orm_is_refused(store: Store, object_id: int) -> None:
    repo = ObjectRepository(store)
    pid = repo.save_passport(object_id, passport(), validation_context(store, TODAY), "a")

    def write() -> None:
        with store.session("script") as s:
            s.add(ZoneWork(passport_id=pid, zone="ALL", work="BOGUS_WORK"))

    assert refused(store, write) == {("zone_work.work", "unknown_code", "BOGUS_WORK")}


@pytest.mark.parametrize(
    ("work", "expected"),
    [
        (WorkDraft("MOON", "CURRENT_REPAIR"), ("work.0", "unknown_code", "MOON")),
        (
            WorkDraft("ALL", "CAPITAL_REPAIR", funding_source="CROWDFUNDING"),
            ("work.0", "unknown_code", "CROWDFUNDING"),
        ),
    ],
)
def test_work_zones_and_funding_sources_are_checked(
    store: Store, ctx: Context, object_id: int, work: WorkDraft, expected: tuple[str, ...]
) -> None:
    repo = ObjectRepository(store)
    draft = passport(works=(work,))
    assert refused(store, lambda: repo.save_passport(object_id, draft, ctx, "admin")) == {expected}


def test_a_norm_rule_applies_only_to_its_zones(store: Store, ctx: Context, object_id: int) -> None:
    repo = ObjectRepository(store)
    # CORRIDOR_WIDTH is a rule of INTERIOR only (brief §2.8).
    draft = passport(measurements=(MeasurementDraft("TERRITORY", "CORRIDOR_WIDTH", 1.6),))
    before = dump(store)
    with pytest.raises(ValidationError) as info:
        repo.save_passport(object_id, draft, ctx, "admin")
    assert dump(store) == before
    [issue] = info.value.report.errors
    assert (issue.field, issue.code) == ("measurement.0", "norm_zone_mismatch")
    assert issue.params == {"check": "CORRIDOR_WIDTH", "zone": "TERRITORY"}
    # The same measurement in INTERIOR is fine.
    ok = passport(measurements=(MeasurementDraft("INTERIOR", "CORRIDOR_WIDTH", 1.6),))
    assert repo.save_passport(object_id, ok, ctx, "admin") > 0


def test_a_script_measuring_outside_the_rules_zones_is_refused(
    store: Store, ctx: Context, object_id: int
) -> None:
    pid = ObjectRepository(store).save_passport(object_id, passport(), ctx, "admin")

    def measure(zone: str, check: str) -> Callable[[], None]:
        def write() -> None:
            with store.session("script") as s:
                s.add(
                    Measurement(
                        passport_id=pid,
                        zone=zone,
                        check_code=check,
                        value=1.0,
                        verdict="ok",
                        threshold=1.0,
                        operator=">=",
                    )
                )

        return write

    assert refused(store, measure("TERRITORY", "CORRIDOR_WIDTH")) == {
        ("measurement.zone", "norm_zone_mismatch", None)
    }
    assert refused(store, measure("INTERIOR", "BOGUS_CHECK")) == {
        ("measurement.check_code", "unknown_code", "BOGUS_CHECK")
    }


def test_a_norm_rule_takes_known_zones_and_categories(store: Store) -> None:
    def write() -> None:
        with store.session("admin") as s:
            s.add(
                NormRule(
                    check_code="STEP_HEIGHT",
                    zones="ENTRANCE MOON",
                    operator="=<",
                    value=0.15,
                    unit="m",
                    document="СП",
                    clause="1",
                    categories="K X",
                    min_physical=0,
                    max_physical=1,
                )
            )

    assert refused(store, write) == {
        ("norm_rule.zones", "unknown_code", "MOON"),
        ("norm_rule.categories", "unknown_code", "X"),
        ("norm_rule.operator", "unknown_code", "=<"),
    }


def test_object_type_outside_the_list_is_refused_whatever_the_context(
    store: Store, ctx: Context
) -> None:
    lax = dataclasses.replace(ctx, object_types=ctx.object_types | {"BOGUS_TYPE"})
    draft = ObjectDraft(name="Дүкен", object_type="BOGUS_TYPE", kato="113220100")
    issues = refused(store, lambda: ObjectRepository(store).save(draft, lax, "script"))
    assert issues == {("infra_object.object_type", "unknown_code", "BOGUS_TYPE")}


def test_a_code_stored_before_the_guard_does_not_block_other_edits(store: Store) -> None:
    with written_before_the_code_guard(), store.session("old") as s:
        s.add(InfraObject(kato="113220100", name="Ескі", object_type="RETIRED_TYPE"))
    with store.session("admin") as s:
        o = s.scalars(select(InfraObject)).one()
        o.name = "Ескі нысан"
    with store.session() as s:
        assert s.scalars(select(InfraObject.name)).one() == "Ескі нысан"


# -- coherent statuses (brief §2.5) -------------------------------------------------------


@pytest.mark.parametrize(
    ("statuses", "others"),
    [
        (("DP_V", "VND", "DP_V", "DP_V", "DP_V"), ("O",)),
        (("DP_V", "DP_I", "DP_I", "DP_I", "DP_I"), ("O", "S", "G", "U")),
        (("DCH_I", "DCH_V", "DCH_I", "DCH_I", "DCH_I"), ("K", "S", "G", "U")),
    ],
)
def test_repository_refuses_a_dp_v_not_shared_by_all_five(
    store: Store, ctx: Context, object_id: int, statuses: tuple[str, ...], others: tuple[str, ...]
) -> None:
    per_cat = dict(zip(CATEGORIES, statuses, strict=True))
    draft = passport(statuses=per_cat, override_note="комиссия шешімі")
    before = dump(store)
    with pytest.raises(ValidationError) as info:
        ObjectRepository(store).save_passport(object_id, draft, ctx, "admin")
    assert dump(store) == before
    [issue] = info.value.report.errors
    assert issue.code == "status_not_shared"
    assert issue.params["categories"] == others
    holder = next(c for c in CATEGORIES if per_cat[c] == issue.params["code"])
    assert issue.field == f"status.{holder}"


def test_a_script_breaking_a_dp_v_passport_is_refused(
    store: Store, ctx: Context, object_id: int
) -> None:
    pid = ObjectRepository(store).save_passport(object_id, passport(), ctx, "admin")

    def write() -> None:
        with store.session("script") as s:
            s.get_one(Passport, pid).status_o = "VND"

    assert refused(store, write) == {("status.K", "status_not_shared", "DP_V")}


# -- families and cases -------------------------------------------------------------------

MOTHER = MemberDraft(
    surname="Қасымова",
    given_name="Әлия",
    relation="APPLICANT",
    birth_date=date(1992, 3, 2),
    sex="F",
    iin="920302403450",
)


def family(**changes: object) -> FamilyDraft:
    base = FamilyDraft(
        kato="113220100",
        address="Ақкөл қ., Әуезов к-сі, 12",
        legal_basis="STATUTORY",
        statutory_basis="Әлеуметтік кодекс",
        members=(MOTHER,),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def bare() -> CaseContext:
    """A context that checks no code list, as a careless script would pass."""
    return CaseContext(today=TODAY)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"categories": ("BOGUS_CATEGORY",)}, ("family_category.code", "BOGUS_CATEGORY")),
        ({"map_level": "Z", "map_level_date": date(2026, 9, 1)}, ("family.map_level", "Z")),
        (
            {"members": (dataclasses.replace(MOTHER, relation="BOGUS_RELATION"),)},
            ("family_member.relation", "BOGUS_RELATION"),
        ),
        (
            {"members": (dataclasses.replace(MOTHER, disability_group="GROUP_9"),)},
            ("person.disability_group", "GROUP_9"),
        ),
    ],
)
def test_family_codes_are_checked_whatever_the_context(
    store: Store, bare: CaseContext, changes: dict[str, object], expected: tuple[str, str]
) -> None:
    repo = FamilyRepository(store)
    issues = refused(store, lambda: repo.save_family(family(**changes), bare, "script"))
    assert issues == {(expected[0], "unknown_code", expected[1])}


@pytest.fixture
def case_id(store: Store) -> int:
    fid = FamilyRepository(store).save_family(family(), CaseContext(today=TODAY), "admin")
    cases = CaseRepository(store)
    return cases.open_case(
        SignalDraft(date(2026, 10, 1), "SCHOOL", "Бала мектепке келмейді", family_id=fid),
        cases.context(TODAY),
        "admin",
    )


def test_a_signal_source_outside_the_list_is_refused(store: Store, bare: CaseContext) -> None:
    draft = SignalDraft(date(2026, 10, 1), "BOGUS_SOURCE", "хабар")
    issues = refused(store, lambda: CaseRepository(store).open_case(draft, bare, "script"))
    assert issues == {("family_case.signal_source", "unknown_code", "BOGUS_SOURCE")}


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (
            lambda r, cid, c: r.set_risk_factors(cid, [RiskFactorDraft("BOGUS_RISK")], c, "x"),
            ("case_risk_factor.code", "unknown_code", "BOGUS_RISK"),
        ),
        (
            lambda r, cid, c: r.add_service(
                cid, ServiceDraft("BOGUS_SERVICE", date(2026, 10, 5)), c, "x"
            ),
            ("service_delivered.service_type", "unknown_code", "BOGUS_SERVICE"),
        ),
        (
            lambda r, cid, c: r.save_plan(
                cid,
                PlanDraft(date(2026, 10, 5), (MeasureDraft("BOGUS_SERVICE", date(2026, 11, 1)),)),
                c,
                "x",
            ),
            ("plan_measure.service_type", "unknown_code", "BOGUS_SERVICE"),
        ),
        (
            lambda r, cid, c: r.close(cid, ClosureDraft(date(2026, 10, 5), "BOGUS_REASON"), c, "x"),
            ("family_case.closure_reason", "unknown_code", "BOGUS_REASON"),
        ),
    ],
)
def test_case_codes_are_checked_whatever_the_context(
    store: Store,
    bare: CaseContext,
    case_id: int,
    step: Callable[[CaseRepository, int, CaseContext], object],
    expected: tuple[str, str, str],
) -> None:
    issues = refused(store, lambda: step(CaseRepository(store), case_id, bare))
    assert expected in issues


def test_a_script_setting_an_unknown_stage_or_sex_is_refused(store: Store, case_id: int) -> None:
    def stage() -> None:
        with store.session("script") as s:
            s.get_one(Case, case_id).stage = "LIMBO"

    def sex() -> None:
        with store.session("script") as s:
            s.scalars(select(Person)).first().sex = "X"  # type: ignore[union-attr]

    assert refused(store, stage) == {("family_case.stage", "unknown_code", "LIMBO")}
    assert refused(store, sex) == {("person.sex", "unknown_code", "X")}
