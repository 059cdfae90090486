"""Families and cases through the repositories, on a real store (tests/conftest.py ``store``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from models.cases.dto import (
    AssessmentDraft,
    ClosureDraft,
    MeasureDraft,
    PlanDraft,
    RiskFactorDraft,
    ServiceDraft,
    SignalDraft,
    VisitDraft,
    WorkListCounts,
)
from models.cases.repository import CaseRepository
from models.cases.tables import Case, CaseEvent, SupportPlan, Visit
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository, prefix_condition
from models.families.tables import DuplicateDecision, Family, FamilyMember, Person
from models.families.validation import CaseContext
from models.issues import ValidationError
from models.store.db import Store
from tests.conftest import TODAY

MOTHER = MemberDraft(
    surname="Қасымова",
    given_name="Әлия",
    patronymic="Серікқызы",
    relation="APPLICANT",
    birth_date=date(1992, 3, 2),
    sex="F",
    iin="920302403450",
    employment="Ақкөл аудандық ауруханасы, мейіргер",
)
SON = MemberDraft(
    surname="Қасымов",
    given_name="Нұрлан",
    patronymic="Ержанұлы",
    relation="SON",
    birth_date=date(2012, 5, 1),
    sex="M",
    no_iin_reason="NOT_ISSUED",
    special_needs=True,
    pmpk_date=date(2025, 9, 15),
    school="№2 орта мектеп",
)
FAMILY = FamilyDraft(
    kato="113220100",
    address="Ақкөл қ., Әуезов к-сі, 12, 3-пәтер",
    phone="+7 701 000 00 00",
    rural=False,
    housing_type="RENTED",
    heating_type="STOVE_COAL",
    co_detector="no",
    categories=("LOW_INCOME", "SINGLE_PARENT"),
    map_level="D",
    map_level_date=date(2026, 9, 1),
    map_level_source="ОЦК тізімі",
    income_per_person=Decimal("41250.50"),
    legal_basis="CONSENT",
    consent_form="WRITTEN",
    consent_date=date(2026, 10, 5),
    consent_recorded_by="aigerim",
    members=(MOTHER, SON),
)


@pytest.fixture
def families(store: Store) -> FamilyRepository:
    return FamilyRepository(store)


@pytest.fixture
def cases(store: Store) -> CaseRepository:
    return CaseRepository(store)


@pytest.fixture
def ctx(families: FamilyRepository) -> CaseContext:
    return families.context(TODAY)


def count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# -- families ---------------------------------------------------------------------------------


def test_family_round_trip_in_kazakh(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    back = families.get_family(fid)
    assert back.uuid and len(back.uuid) == 36
    assert replace(back, members=(), id=None, uuid=None) == replace(FAMILY, members=())
    assert [(m.surname, m.given_name, m.patronymic) for m in back.members] == [
        ("Қасымова", "Әлия", "Серікқызы"),
        ("Қасымов", "Нұрлан", "Ержанұлы"),
    ]
    son = back.members[1]
    assert (son.relation, son.no_iin_reason, son.school, son.pmpk_date, son.since) == (
        "SON",
        "NOT_ISSUED",
        "№2 орта мектеп",
        date(2025, 9, 15),
        TODAY,
    )
    assert back.members[0].iin == "920302403450"
    assert back.members[0].employment == MOTHER.employment
    with store.session() as s:
        fam = s.get_one(Family, fid)
        assert (fam.created_by, fam.updated_by) == ("aigerim", "aigerim")
        keys = s.execute(select(Person.name_fold, Person.given_fold, Person.name_key)).all()
        assert keys[0] == ("қасымова әлия серікқызы", "әлия қасымова серікқызы", "kasimova|alia")


def test_invalid_member_saves_nothing(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    bad = replace(FAMILY, members=(replace(MOTHER, iin="920302403451"), SON))
    with pytest.raises(ValidationError) as err:
        families.save_family(bad, ctx, "aigerim")
    assert [(i.field, i.code) for i in err.value.report.errors] == [
        ("member.0.iin", "iin_checksum")
    ]
    assert count(store, Family) == count(store, Person) == count(store, FamilyMember) == 0


def test_update_replaces_categories_and_ends_missing_memberships(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    saved = families.get_family(fid)
    mother = replace(saved.members[0], employment="жұмыссыз")
    families.save_family(
        replace(saved, categories=("SINGLE_PARENT", "HOUSING_NEED"), members=(mother,)),
        ctx,
        "bolat",
    )
    back = families.get_family(fid)
    assert back.categories == ("SINGLE_PARENT", "HOUSING_NEED")
    assert [(m.given_name, m.until) for m in back.members] == [("Әлия", None), ("Нұрлан", TODAY)]
    assert back.members[0].employment == "жұмыссыз"
    assert count(store, Person) == 2


def test_a_child_in_two_households_over_time(families: FamilyRepository, ctx: CaseContext) -> None:
    born_here = replace(FAMILY, members=(MOTHER, replace(SON, since=date(2012, 5, 1))))
    first = families.save_family(born_here, ctx, "aigerim")
    son = families.get_family(first).members[1]
    families.end_membership(son.membership_id, date(2026, 11, 1), "aigerim")
    grandmother = MemberDraft(
        surname="Қасымова",
        given_name="Күләш",
        relation="APPLICANT",
        birth_date=date(1960, 1, 1),
        sex="F",
        iin="",
        no_iin_reason="FOREIGNER",
    )
    moved = replace(son, relation="GRANDCHILD", membership_id=None, since=date(2026, 11, 2))
    moved = replace(moved, until=None)
    second = families.save_family(
        replace(FAMILY, address="Ақкөл қ., Сейфуллин к-сі, 5", members=(grandmother, moved)),
        ctx,
        "aigerim",
    )
    assert families.person_households(son.person_id) == [
        (first, "SON", date(2012, 5, 1), date(2026, 11, 1)),
        (second, "GRANDCHILD", date(2026, 11, 2), None),
    ]


# -- duplicates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surname", "given"),
    [
        ("Қасымов", "Нұрлан"),
        ("Касымов", "Нурлан"),
        ("Kasymov", "Nurlan"),
        ("KASSYMOV", "NURLAN"),
        ("қасымов", "нұрлан"),
    ],
)
def test_similar_name_same_birth_date(
    families: FamilyRepository, ctx: CaseContext, surname: str, given: str
) -> None:
    families.save_family(FAMILY, ctx, "aigerim")
    probe = MemberDraft(surname, given, "SON", birth_date=date(2012, 5, 1), sex="M")
    found = families.duplicate_candidates(probe)
    assert [(c.surname, c.given_name, c.reason) for c in found] == [
        ("Қасымов", "Нұрлан", "similar_name")
    ]
    assert found[0].iin_masked == ""
    assert len(found[0].family_ids) == 1
    assert families.duplicate_candidates(replace(probe, birth_date=date(2012, 5, 2))) == []


def test_aliya_spellings(families: FamilyRepository, ctx: CaseContext) -> None:
    families.save_family(FAMILY, ctx, "aigerim")
    for surname, given in [("Касымова", "Алия"), ("Kassymova", "Aliya"), ("Қасымова", "Әлия")]:
        probe = MemberDraft(surname, given, "APPLICANT", birth_date=date(1992, 3, 2), sex="F")
        assert [c.given_name for c in families.duplicate_candidates(probe)] == ["Әлия"]


def test_same_iin_anywhere(families: FamilyRepository, ctx: CaseContext) -> None:
    families.save_family(FAMILY, ctx, "aigerim")
    probe = MemberDraft("Иванова", "Мария", "MOTHER", date(1990, 1, 1), "F", iin="9203 0240 3450")
    found = families.duplicate_candidates(probe)
    assert [(c.given_name, c.reason, c.iin_masked) for c in found] == [
        ("Әлия", "same_iin", "920302*****0")
    ]


def test_not_a_duplicate_decision_is_kept(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    families.save_family(FAMILY, ctx, "aigerim")
    son_id = families.get_family(1).members[1].person_id
    # A namesake born the same day in another household: the user says "not a duplicate".
    namesake = MemberDraft(
        "Kasymov",
        "Nurlan",
        "APPLICANT",
        birth_date=date(2012, 5, 1),
        sex="M",
        no_iin_reason="FOREIGNER",
    )
    assert [c.person_id for c in families.duplicate_candidates(namesake)] == [son_id]
    decided = replace(namesake, not_duplicate_of=(son_id,))
    assert families.duplicate_candidates(decided) == []
    fid = families.save_family(
        replace(FAMILY, address="Қосшы", categories=(), members=(decided,)), ctx, "bolat"
    )
    new_id = families.get_family(fid).members[0].person_id
    with store.session() as s:
        row = s.scalars(select(DuplicateDecision)).one()
        assert (row.person_a_id, row.person_b_id, row.created_by, row.decided_on) == (
            son_id,
            new_id,
            "bolat",
            TODAY,
        )
    # Both directions stay quiet afterwards.
    assert families.duplicate_candidates(families.get_family(fid).members[0]) == []
    assert families.duplicate_candidates(families.get_family(1).members[1]) == []


def test_record_not_duplicate_once_per_pair(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    families.save_family(FAMILY, ctx, "aigerim")
    families.record_not_duplicate(2, 1, TODAY, "aigerim", "басқа адам")
    families.record_not_duplicate(1, 2, TODAY, "aigerim")
    assert count(store, DuplicateDecision) == 1


# -- member search ----------------------------------------------------------------------------


def test_lowercase_kazakh_prefix_finds_capitalised_name(
    families: FamilyRepository, ctx: CaseContext
) -> None:
    families.save_family(FAMILY, ctx, "aigerim")
    other = replace(MOTHER, surname="Касенова", given_name="Гүлнар", iin="850715300411")
    other = replace(other, birth_date=date(1985, 7, 15), sex="M")
    families.save_family(replace(FAMILY, members=(other,)), ctx, "aigerim")
    hits = families.search_members("қас")
    assert [(r.surname, r.given_name) for _, r in hits] == [
        ("Қасымов", "Нұрлан"),
        ("Қасымова", "Әлия"),
    ]
    assert [r.surname for _, r in families.search_members("ҚАСЫМОВА ӘЛ")] == ["Қасымова"]
    assert [r.surname for _, r in families.search_members("кас")] == ["Касенова"]
    assert [r.given_name for _, r in families.search_members("нұр", by="given")] == ["Нұрлан"]
    assert families.count_members("қас") == 2


def test_iin_prefix_search_masks_the_iin(families: FamilyRepository, ctx: CaseContext) -> None:
    families.save_family(FAMILY, ctx, "aigerim")
    hits = families.search_members("9203 02")
    assert [(r.given_name, r.iin_masked) for _, r in hits] == [("Әлия", "920302*****0")]
    assert families.search_members("9204") == []


def test_keyset_pages_cover_everyone_once(families: FamilyRepository, ctx: CaseContext) -> None:
    relatives = tuple(
        MemberDraft(
            surname=f"Жұмабек{'ов' if i % 2 else 'ова'}",
            given_name=f"Бала {i:03d}",
            relation="OTHER_RELATIVE",
            birth_date=date(1970, 1, 1) + timedelta(days=i),
            sex="M",
            no_iin_reason="NOT_ISSUED",
        )
        for i in range(249)
    )
    families.save_family(replace(FAMILY, members=(MOTHER, *relatives)), ctx, "aigerim")
    seen: list[int] = []
    after = None
    pages = 0
    while True:
        page = families.search_members("жұмабек", after=after, limit=100)
        if not page:
            break
        pages += 1
        seen.extend(r.person_id for _, r in page)
        after = page[-1][0]
    assert pages == 3
    assert len(seen) == len(set(seen)) == 249 == families.count_members("жұмабек")
    names = [r.surname for _, r in families.search_members("жұмабек", limit=1000)]
    assert names == sorted(names)


def test_name_prefix_search_uses_the_index(store: Store) -> None:
    stmt = select(Person.id).where(prefix_condition(Person.name_fold, "қас"))
    sql = str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    assert "ix_person_name_fold" in plan, plan


# -- cases: numbering and life cycle -------------------------------------------------------


def signal(day: date, **kw: object) -> SignalDraft:
    return SignalDraft(day, "SCHOOL", "Бала екі аптадан бері сабаққа келмейді", **kw)  # type: ignore[arg-type]


def test_case_numbers_per_year(cases: CaseRepository, ctx: CaseContext) -> None:
    ids = [
        cases.open_case(signal(date(2025, 12, 30)), ctx, "aigerim"),
        cases.open_case(signal(date(2026, 1, 2)), ctx, "aigerim"),
        cases.open_case(signal(date(2025, 12, 31)), ctx, "aigerim"),
        cases.open_case(signal(date(2026, 11, 20)), ctx, "aigerim"),
    ]
    assert [cases.case_number(i) for i in ids] == [
        "113200000-2025-00001",
        "113200000-2026-00001",
        "113200000-2025-00002",
        "113200000-2026-00002",
    ]


def test_open_case_refuses_a_future_signal(
    store: Store, cases: CaseRepository, ctx: CaseContext
) -> None:
    with pytest.raises(ValidationError):
        cases.open_case(signal(TODAY + timedelta(days=1)), ctx, "aigerim")
    assert count(store, Case) == 0


def test_anonymous_signal_without_family(cases: CaseRepository, ctx: CaseContext) -> None:
    cid = cases.open_case(
        SignalDraft(date(2026, 11, 1), "CONTACT_111", "Көршілер айқай естіген", anonymous=True),
        ctx,
        "aigerim",
    )
    detail = cases.get_case(cid)
    assert detail.stage == "SIGNAL"
    assert detail.signal.anonymous and detail.family_id is None
    assert detail.worker_login == "aigerim"
    with pytest.raises(ValidationError) as err:
        cases.transition(cid, "IDENTIFIED", date(2026, 11, 2), ctx, "aigerim")
    assert err.value.report.errors[0].code == "family_required"
    # A signal not confirmed closes straight from SIGNAL.
    cases.close(cid, ClosureDraft(date(2026, 11, 3), "SIGNAL_NOT_CONFIRMED"), ctx, "aigerim")
    assert cases.get_case(cid).stage == "CLOSED"


def test_whole_life_cycle_with_event_log(
    families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(signal(date(2026, 9, 1), family_id=fid), ctx, "aigerim")
    cases.transition(cid, "IDENTIFIED", date(2026, 9, 3), ctx, "aigerim", "үйге бардық")
    cases.transition(cid, "ASSESSMENT", date(2026, 9, 5), ctx, "aigerim")
    cases.add_assessment(
        cid,
        AssessmentDraft(
            date(2026, 9, 6),
            {
                "SOCIAL": 4,
                "HEALTH": 2,
                "EDUCATION": 5,
                "EMPLOYMENT": 3,
                "HOUSING": 3,
                "SAFETY": 4,
            },
            instruments="Бағалау сауалнамасы",
        ),
        ctx,
        "aigerim",
    )
    with pytest.raises(ValidationError) as err:
        cases.transition(cid, "PLAN", date(2026, 9, 10), ctx, "aigerim")
    assert err.value.report.errors[0].code == "plan_required"
    plan_id = cases.save_plan(
        cid,
        PlanDraft(
            date(2026, 9, 10),
            measures=(
                MeasureDraft("PSYCHOLOGICAL", date(2026, 10, 1), "Психологиялық қолдау орталығы"),
                MeasureDraft("PEDAGOGICAL", date(2026, 10, 15), "№2 орта мектеп"),
            ),
        ),
        ctx,
        "aigerim",
    )
    cases.transition(cid, "PLAN", date(2026, 9, 10), ctx, "aigerim")
    cases.transition(cid, "ACCOMPANIMENT", date(2026, 9, 12), ctx, "aigerim")
    cases.add_visit(
        cid,
        VisitDraft(date(2026, 9, 20), "HOME", "Әлия, Нұрлан", True, "Жағдай жақсарды", "MEDIUM"),
        ctx,
        "aigerim",
    )
    cases.add_service(
        cid,
        ServiceDraft(
            "MATERIAL", date(2026, 9, 25), "Ақкөл ауданы әкімдігі", amount=Decimal("50000")
        ),
        ctx,
        "aigerim",
    )
    measure_id = cases.get_case(cid).plans[0].measures[0].id
    assert measure_id is not None
    cases.set_measure_status(measure_id, "DONE", date(2026, 9, 30), ctx, "aigerim")
    cases.close(
        cid,
        ClosureDraft(date(2026, 11, 1), "GOALS_ACHIEVED", outcome="Бала сабаққа қайта барады"),
        ctx,
        "bolat",
    )
    d = cases.get_case(cid)
    assert d.number == "113200000-2026-00001"
    assert (d.stage, d.identified_date, d.plan_date, d.closed_date) == (
        "CLOSED",
        date(2026, 9, 3),
        date(2026, 9, 10),
        date(2026, 11, 1),
    )
    assert d.closure == ClosureDraft(
        date(2026, 11, 1), "GOALS_ACHIEVED", outcome="Бала сабаққа қайта барады"
    )
    assert d.assessments[0].scores["EDUCATION"] == 5
    assert d.plans[0].id == plan_id
    assert [(m.agency, m.status) for m in d.plans[0].measures] == [
        ("Психологиялық қолдау орталығы", "DONE"),
        ("№2 орта мектеп", "PLANNED"),
    ]
    assert d.visits[0].findings == "Жағдай жақсарды" and d.visits[0].child_seen is True
    assert d.services[0].amount == Decimal("50000.00")
    assert [(e.from_stage, e.to_stage, e.event_date, e.author) for e in d.events] == [
        ("", "SIGNAL", date(2026, 9, 1), "aigerim"),
        ("SIGNAL", "IDENTIFIED", date(2026, 9, 3), "aigerim"),
        ("IDENTIFIED", "ASSESSMENT", date(2026, 9, 5), "aigerim"),
        ("ASSESSMENT", "PLAN", date(2026, 9, 10), "aigerim"),
        ("PLAN", "ACCOMPANIMENT", date(2026, 9, 12), "aigerim"),
        ("ACCOMPANIMENT", "CLOSED", date(2026, 11, 1), "bolat"),
    ]
    assert d.events[1].note == "үйге бардық"
    assert d.events[-1].reason_code == "GOALS_ACHIEVED"

    # Reopening: reason required, then a new assessment.
    with pytest.raises(ValidationError):
        cases.reopen(cid, date(2026, 11, 10), " ", ctx, "bolat")
    with pytest.raises(ValidationError) as err:
        cases.reopen(cid, date(2026, 10, 31), "Қайта сигнал", ctx, "bolat")
    assert err.value.report.errors[0].code == "date_before_previous_stage"
    cases.reopen(cid, date(2026, 11, 10), "Мектептен қайта сигнал түсті", ctx, "bolat")
    with pytest.raises(ValidationError) as err:
        cases.transition(cid, "PLAN", date(2026, 11, 11), ctx, "bolat")
    assert err.value.report.errors[0].code == "transition_refused"
    cases.transition(cid, "ASSESSMENT", date(2026, 11, 11), ctx, "bolat")
    d = cases.get_case(cid)
    assert (d.stage, d.reopened_date, d.closed_date, d.closure, d.plan_date) == (
        "ASSESSMENT",
        date(2026, 11, 10),
        None,
        None,
        None,
    )
    assert [(e.to_stage, e.note) for e in d.events[-2:]] == [
        ("REOPENED", "Мектептен қайта сигнал түсті"),
        ("ASSESSMENT", ""),
    ]
    # The old plan belongs to the previous cycle: PLAN needs a new one.
    with pytest.raises(ValidationError) as err:
        cases.transition(cid, "PLAN", date(2026, 11, 12), ctx, "bolat")
    assert err.value.report.errors[0].code == "plan_required"


def test_closure_before_signal_is_refused_and_nothing_written(
    store: Store, families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(signal(date(2026, 10, 1), family_id=fid), ctx, "aigerim")
    before = count(store, CaseEvent)
    with pytest.raises(ValidationError) as err:
        cases.close(cid, ClosureDraft(date(2026, 9, 30), "CONSULTATION_ONLY"), ctx, "aigerim")
    assert [(i.field, i.code) for i in err.value.report.errors] == [
        ("closed_date", "closure_before_signal")
    ]
    d = cases.get_case(cid)
    assert (d.stage, d.closed_date, d.closure) == ("SIGNAL", None, None)
    assert count(store, CaseEvent) == before


def test_refused_transitions_write_nothing(
    store: Store, families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(signal(date(2026, 10, 1), family_id=fid), ctx, "aigerim")
    for target, code in [
        ("ASSESSMENT", "transition_refused"),
        ("SIGNAL", "same_stage"),
        ("CLOSED", "needs_reason"),
        ("REOPENED", "needs_reason"),
    ]:
        with pytest.raises(ValidationError) as err:
            cases.transition(cid, target, date(2026, 10, 2), ctx, "aigerim")
        assert err.value.report.errors[0].code == code
    with pytest.raises(ValidationError) as err:
        cases.transition(cid, "IDENTIFIED", date(2026, 9, 30), ctx, "aigerim")
    assert err.value.report.errors[0].code == "date_before_signal"
    with pytest.raises(ValidationError):
        cases.reopen(cid, date(2026, 10, 2), "себеп", ctx, "aigerim")
    assert cases.get_case(cid).stage == "SIGNAL"
    assert count(store, CaseEvent) == 1


def test_visit_before_signal_refused_and_follow_up_from_latest_visit(
    store: Store, families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(signal(date(2026, 10, 1), family_id=fid), ctx, "aigerim")
    with pytest.raises(ValidationError) as err:
        cases.add_visit(cid, VisitDraft(date(2026, 9, 30), "HOME"), ctx, "aigerim")
    assert err.value.report.errors[0].code == "visit_before_signal"
    assert count(store, Visit) == 0
    cases.add_visit(
        cid, VisitDraft(date(2026, 11, 2), "HOME", next_due=date(2026, 11, 16)), ctx, "aigerim"
    )
    # A visit typed in late for an earlier date does not move the follow-up.
    cases.add_visit(
        cid, VisitDraft(date(2026, 10, 20), "PHONE", next_due=date(2026, 10, 27)), ctx, "aigerim"
    )
    assert cases.get_case(cid).next_follow_up == date(2026, 11, 16)
    cases.add_visit(cid, VisitDraft(date(2026, 11, 16), "SCHOOL", child_seen=False), ctx, "x")
    assert cases.get_case(cid).next_follow_up is None


def test_plan_measure_without_due_date_saves_nothing(
    store: Store, families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(signal(date(2026, 10, 1), family_id=fid), ctx, "aigerim")
    plan = PlanDraft(date(2026, 10, 5), measures=(MeasureDraft("LEGAL", None, "Әділет"),))
    with pytest.raises(ValidationError) as err:
        cases.save_plan(cid, plan, ctx, "aigerim")
    assert [(i.field, i.code) for i in err.value.report.errors] == [
        ("measure.0.due_date", "measure_without_due_date")
    ]
    assert count(store, SupportPlan) == 0


def test_plan_versions_and_correction(
    families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(signal(date(2026, 10, 1), family_id=fid), ctx, "aigerim")
    m1 = MeasureDraft("LEGAL", date(2026, 11, 1), "Әділет")
    first = cases.save_plan(cid, PlanDraft(date(2026, 10, 5), (m1,)), ctx, "aigerim")
    saved = cases.get_case(cid).plans[0]
    corrected = replace(
        saved,
        measures=(
            replace(saved.measures[0], agency="Әділет басқармасы"),
            MeasureDraft("MEDICAL", date(2026, 11, 5)),
        ),
    )
    assert cases.save_plan(cid, corrected, ctx, "aigerim") == first
    review = PlanDraft(date(2026, 11, 10), (replace(m1, due_date=date(2026, 12, 1)),))
    second = cases.save_plan(cid, review, ctx, "aigerim")
    plans = cases.get_case(cid).plans
    assert [(p.id, p.version, len(p.measures)) for p in plans] == [(first, 1, 2), (second, 2, 1)]
    assert plans[0].measures[0].agency == "Әділет басқармасы"


def test_restricted_risk_factors_stay_off_work_lists(
    families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(signal(date(2026, 10, 1), family_id=fid), ctx, "aigerim")
    son = families.get_family(fid).members[1].person_id
    factors = [
        RiskFactorDraft("OUT_OF_EDUCATION", son),
        RiskFactorDraft("SUICIDE_RISK", son),
        RiskFactorDraft("POVERTY"),
    ]
    cases.set_risk_factors(cid, factors, ctx, "aigerim")
    assert [r.code for r in cases.get_case(cid).risk_factors] == [
        "OUT_OF_EDUCATION",
        "SUICIDE_RISK",
        "POVERTY",
    ]
    (row,) = cases.my_open_cases("aigerim")
    assert row.risk_factors == ("OUT_OF_EDUCATION", "POVERTY")
    assert row.family_name == "Қасымова Әлия"
    cases.set_risk_factors(cid, factors[1:], ctx, "aigerim")
    assert [r.code for r in cases.get_case(cid).risk_factors] == ["SUICIDE_RISK", "POVERTY"]
    with pytest.raises(ValidationError):
        cases.set_risk_factors(cid, [RiskFactorDraft("BAD_LUCK")], ctx, "aigerim")


def test_same_iin_in_open_cases(
    families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(signal(date(2026, 10, 1), family_id=fid), ctx, "aigerim")
    assert cases.open_cases_with_iin("920302403450") == ["113200000-2026-00001"]
    assert cases.open_cases_with_iin("920302403450", exclude_case_id=cid) == []
    cases.close(cid, ClosureDraft(date(2026, 10, 2), "CONSULTATION_ONLY"), ctx, "aigerim")
    assert cases.open_cases_with_iin("920302403450") == []


# -- work lists at fixed dates ---------------------------------------------------------------


def build_case(
    cases: CaseRepository,
    ctx: CaseContext,
    fid: int,
    worker: str,
    stage: str,
    *,
    identified: date = date(2026, 9, 1),
    next_due: date | None = None,
) -> str:
    """Open a case signalled on 01.08.2026 and walk it to ``stage``; return its number."""
    cid = cases.open_case(
        signal(date(2026, 8, 1), family_id=fid, worker_login=worker), ctx, "admin"
    )
    order = ["IDENTIFIED", "ASSESSMENT", "PLAN", "ACCOMPANIMENT"]
    day = identified
    if next_due is not None:
        cases.add_visit(cid, VisitDraft(date(2026, 8, 2), "HOME", next_due=next_due), ctx, worker)
    if stage == "SIGNAL":
        return cases.case_number(cid)
    for target in order[: order.index(stage) + 1] if stage in order else order[:2]:
        if target == "PLAN":
            m = MeasureDraft("SOCIAL", date(2026, 12, 1))
            cases.save_plan(cid, PlanDraft(day, (m,)), ctx, worker)
        cases.transition(cid, target, day, ctx, worker)
        day += timedelta(days=1) if target != "IDENTIFIED" else timedelta(days=0)
    if stage in ("CLOSED", "REOPENED"):
        cases.close(cid, ClosureDraft(day, "REFUSAL"), ctx, worker)
    return cases.case_number(cid)


def test_work_lists_at_fixed_dates(
    families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    # TODAY is Friday 20.11.2026; its week ends on Sunday 22.11.2026.
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cases.set_plan_due_days(14, "admin")  # an office's choice: no limit is the default
    a = build_case(cases, ctx, fid, "aigerim", "ACCOMPANIMENT", next_due=date(2026, 11, 21))
    b = build_case(cases, ctx, fid, "aigerim", "ACCOMPANIMENT", next_due=date(2026, 11, 23))
    c = build_case(cases, ctx, fid, "aigerim", "ACCOMPANIMENT", next_due=date(2026, 11, 19))
    d = build_case(cases, ctx, fid, "bolat", "PLAN", next_due=date(2026, 11, 20))
    build_case(cases, ctx, fid, "aigerim", "CLOSED", next_due=date(2026, 11, 10))
    f = build_case(cases, ctx, fid, "aigerim", "IDENTIFIED", identified=date(2026, 11, 6))
    g = build_case(cases, ctx, fid, "aigerim", "IDENTIFIED", identified=date(2026, 11, 7))
    h = build_case(cases, ctx, fid, "bolat", "ASSESSMENT", identified=date(2026, 10, 1))
    k = build_case(cases, ctx, fid, "aigerim", "SIGNAL")

    def numbers(rows: list) -> list[str]:
        return [r.number for r in rows]

    assert numbers(cases.my_open_cases("aigerim")) == [a, b, c, f, g, k]
    assert numbers(cases.my_open_cases("bolat")) == [d, h]
    assert numbers(cases.follow_ups_due_this_week(TODAY)) == [d, a]
    assert numbers(cases.overdue_follow_ups(TODAY)) == [c]
    # 14 days: identified on or before 06.11.2026.
    assert numbers(cases.cases_without_plan(TODAY)) == [h, f]
    # The family is in map category D and every case opened 01.08.2026, 111 days before TODAY
    # (90 by default): each open case is on the relaunch list (issue 14).
    assert cases.work_list_counts("aigerim", TODAY) == WorkListCounts(
        my_open=6, due_this_week=1, overdue=1, without_plan=1, relaunch=6
    )
    assert cases.work_list_counts("bolat", TODAY) == WorkListCounts(
        my_open=2, due_this_week=1, overdue=0, without_plan=1, relaunch=2
    )

    # Monday 23.11.2026: a new week.
    monday = date(2026, 11, 23)
    assert numbers(cases.follow_ups_due_this_week(monday)) == [b]
    assert numbers(cases.overdue_follow_ups(monday)) == [c, d, a]
    assert numbers(cases.overdue_follow_ups(monday, login="bolat")) == [d]
    assert numbers(cases.cases_without_plan(monday)) == [h, f, g]

    # N is a setting.
    cases.set_plan_due_days(7, "admin")
    assert cases.plan_due_days() == 7
    assert numbers(cases.cases_without_plan(TODAY)) == [h, f, g]


def test_without_plan_counts_from_reopening(
    families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    cases.set_plan_due_days(14, "admin")  # an office's choice: no limit is the default
    fid = families.save_family(FAMILY, ctx, "aigerim")
    n = build_case(cases, ctx, fid, "aigerim", "CLOSED", identified=date(2026, 9, 1))
    cid = int(n.rsplit("-", 1)[1])
    cases.reopen(cid, date(2026, 11, 10), "Қайта сигнал", ctx, "aigerim")
    assert cases.cases_without_plan(TODAY) == []  # 10 days after reopening
    assert [r.number for r in cases.cases_without_plan(date(2026, 11, 24))] == [n]


def test_plan_due_days_default_and_bad_values(store: Store, cases: CaseRepository) -> None:
    assert cases.plan_due_days() is None  # no official limit (brief §3.4)
    cases.set_plan_due_days(21, "admin")
    assert cases.plan_due_days() == 21
    with pytest.raises(ValidationError):
        cases.set_plan_due_days(-1, "admin")
    with store.session() as s:
        s.execute(text("UPDATE setting SET value = 'abc' WHERE key = 'case_plan_due_days'"))
    assert cases.plan_due_days() is None


def test_assignment_is_logged_and_moves_the_case_between_work_lists(
    cases: CaseRepository, ctx: CaseContext
) -> None:
    cid = cases.open_case(signal(date(2026, 11, 1), worker_login="aigerim"), ctx, "admin")
    cases.assign(cid, "bolat", date(2026, 11, 2), "admin", "демалыс")
    assert cases.my_open_cases("aigerim") == []
    assert [r.id for r in cases.my_open_cases("bolat")] == [cid]
    event = cases.get_case(cid).events[-1]
    assert (event.kind, event.reason_code, event.note, event.author) == (
        "assign",
        "bolat",
        "aigerim -> bolat: демалыс",
        "admin",
    )
    with pytest.raises(ValidationError):
        cases.assign(cid, " ", date(2026, 11, 2), "admin")


def test_add_member_of_a_new_person_keeps_the_not_duplicate_decision(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    first = families.save_family(FAMILY, ctx, "aigerim")
    son_id = families.get_family(first).members[1].person_id
    assert son_id is not None
    second = families.save_family(
        replace(FAMILY, members=(replace(MOTHER, iin="", no_iin_reason="FOREIGNER"),)), ctx, "x"
    )
    namesake = replace(SON, relation="GRANDCHILD", not_duplicate_of=(son_id,))
    mid = families.add_member(second, namesake, ctx, "bolat")
    added = next(m for m in families.get_family(second).members if m.membership_id == mid)
    assert added.person_id not in (None, son_id)
    assert (added.surname, added.relation, added.since) == (SON.surname, "GRANDCHILD", TODAY)
    with store.session() as s:
        row = s.scalars(select(DuplicateDecision)).one()
        assert (row.person_a_id, row.person_b_id, row.created_by) == (
            son_id,
            added.person_id,
            "bolat",
        )


def test_add_member_links_an_existing_person(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    first = families.save_family(FAMILY, ctx, "aigerim")
    son = families.get_family(first).members[1]
    second = families.save_family(
        replace(FAMILY, members=(replace(MOTHER, iin="", no_iin_reason="FOREIGNER"),)), ctx, "x"
    )
    with pytest.raises(ValidationError):
        families.add_member(second, replace(son, birth_date=date(2030, 1, 1)), ctx, "aigerim")
    families.add_member(second, replace(son, relation="GRANDCHILD"), ctx, "aigerim")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 2 + 1
    assert [h[:2] for h in families.person_households(son.person_id)] == [
        (first, "SON"),
        (second, "GRANDCHILD"),
    ]
