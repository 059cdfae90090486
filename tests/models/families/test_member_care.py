"""Care status, placement form and registrations of a member; the child's opinion of a case
(issue 14, brief §3.2): the rules, the store round trip, the roles and the sealed audit."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from models.audit.history import record_history
from models.audit.tables import AuditEvent
from models.cases.dto import SignalDraft
from models.cases.opinions import (
    CLOSURE,
    PLAN,
    OpinionDraft,
    OpinionRepository,
    validate_opinion,
)
from models.cases.repository import CaseRepository
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.families.tables import ChildOpinion, Person
from models.families.validation import CaseContext, validate_member
from models.issues import ERROR, WARNING, ValidationError
from models.reference.roles import RoleError
from models.store.base import Principal
from models.store.db import Store
from tests.conftest import TODAY

GUARDIAN = MemberDraft(
    surname="Жұмабаева",
    given_name="Сәуле",
    relation="APPLICANT",
    birth_date=date(1980, 6, 1),
    sex="F",
    no_iin_reason="NOT_ISSUED",
)
#: 12 on TODAY (20 November 2026): a foster child without parental care, police-registered.
FOSTER_CHILD = MemberDraft(
    surname="Сейітов",
    given_name="Арман",
    relation="FOSTER_CHILD",
    birth_date=date(2014, 5, 1),
    sex="M",
    no_iin_reason="NOT_ISSUED",
    care_status="WITHOUT_PARENTAL_CARE",
    placement_form="FOSTER",
    police_registered=True,
    police_registered_date=date(2026, 3, 10),
    school_registered=True,
    school_registered_date=date(2026, 2, 1),
)
#: 8 on TODAY: too young for the opinion rule.
YOUNGER = MemberDraft(
    surname="Сейітова",
    given_name="Дана",
    relation="FOSTER_CHILD",
    birth_date=date(2018, 2, 10),
    sex="F",
    no_iin_reason="NOT_ISSUED",
    care_status="ORPHAN",
    placement_form="GUARDIANSHIP",
)
FAMILY = FamilyDraft(
    kato="113220100",
    address="Ақкөл қ., Абай к-сі, 5",
    categories=("FOSTER_FAMILY",),
    legal_basis="CONSENT",
    consent_form="WRITTEN",
    consent_date=date(2026, 10, 5),
    consent_recorded_by="aigerim",
    members=(GUARDIAN, FOSTER_CHILD, YOUNGER),
)


def as_role(store: Store, login: str, role: str) -> Store:
    return dataclasses.replace(store, principal=Principal(login, role))


@pytest.fixture
def ctx(store: Store) -> CaseContext:
    return FamilyRepository(store).context(TODAY)


def _codes(report: object) -> set[tuple[str, str, str]]:
    return {(i.field, i.code, i.severity) for i in report.issues}  # type: ignore[attr-defined]


# -- rules ------------------------------------------------------------------------------------


def test_a_placement_form_needs_an_orphan_or_a_child_without_parental_care(
    ctx: CaseContext,
) -> None:
    for status in ("", "WITH_PARENTS"):
        report = validate_member(replace(FOSTER_CHILD, care_status=status), ctx)
        assert ("placement_form", "placement_without_care_status", ERROR) in _codes(report)
    for status in ("WITHOUT_PARENTAL_CARE", "ORPHAN"):
        assert validate_member(replace(FOSTER_CHILD, care_status=status), ctx).ok
    # A status without a placement form is fine (not yet placed); unknown codes are refused.
    assert validate_member(replace(FOSTER_CHILD, placement_form=""), ctx).ok
    bad = validate_member(replace(FOSTER_CHILD, care_status="LOST", placement_form="X"), ctx)
    assert {("care_status", "unknown_code", ERROR), ("placement_form", "unknown_code", ERROR)} <= (
        _codes(bad)
    )


def test_registrations_need_a_date_not_in_the_future_nor_before_birth(ctx: CaseContext) -> None:
    report = validate_member(replace(FOSTER_CHILD, police_registered_date=None), ctx)
    assert ("police_registered_date", "required", ERROR) in _codes(report)
    report = validate_member(replace(FOSTER_CHILD, school_registered_date=date(2027, 1, 1)), ctx)
    assert ("school_registered_date", "date_in_future", ERROR) in _codes(report)
    report = validate_member(replace(FOSTER_CHILD, police_registered_date=date(2010, 1, 1)), ctx)
    assert ("police_registered_date", "date_before_birth", ERROR) in _codes(report)
    # An intra-school registration of an adult is only a warning.
    adult = replace(GUARDIAN, school_registered=True, school_registered_date=date(2026, 1, 1))
    assert _codes(validate_member(adult, ctx)) == {
        ("school_registered", "school_registration_not_pupil", WARNING)
    }


def test_an_opinion_is_heard_on_a_date_or_not_heard_for_a_reason(ctx: CaseContext) -> None:
    heard = OpinionDraft(1, PLAN, date(2026, 11, 18), "Хочет остаться в семье")
    assert validate_opinion(heard, ctx).ok
    not_heard = OpinionDraft(1, PLAN, not_heard_reason="Бала ауруханада")
    assert validate_opinion(not_heard, ctx).ok
    assert _codes(validate_opinion(OpinionDraft(1, PLAN), ctx)) == {
        ("heard_on", "required", ERROR),
        ("opinion", "required", ERROR),
    }
    both = replace(heard, not_heard_reason="Бала ауруханада")
    assert _codes(validate_opinion(both, ctx)) == {
        ("not_heard_reason", "opinion_heard_and_not_heard", ERROR)
    }
    future = replace(heard, heard_on=date(2026, 12, 1))
    assert ("heard_on", "date_in_future", ERROR) in _codes(validate_opinion(future, ctx))
    assert ("decision", "unknown_code", ERROR) in _codes(
        validate_opinion(replace(heard, decision="X"), ctx)
    )


# -- store ------------------------------------------------------------------------------------


def test_care_and_registrations_round_trip_and_are_sealed_in_the_audit(
    store: Store, ctx: CaseContext
) -> None:
    families = FamilyRepository(store)
    fid = families.save_family(FAMILY, ctx, "aigerim")
    child = families.get_family(fid).members[1]
    assert (child.care_status, child.placement_form) == ("WITHOUT_PARENTAL_CARE", "FOSTER")
    assert (child.police_registered, child.police_registered_date) == (True, date(2026, 3, 10))
    assert (child.school_registered, child.school_registered_date) == (True, date(2026, 2, 1))
    with store.session() as s:
        rows = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "person", AuditEvent.field.in_(("placement_form",))
            )
        ).all()
        assert len(rows) == 2 and all(r.encrypted for r in rows)
        assert not any("FOSTER" in (r.new_value or "") for r in rows)
    history = record_history(store, "person", child.person_uuid or "")
    assert {(h.field, h.new) for h in history} >= {
        ("placement_form", "FOSTER"),
        ("care_status", "WITHOUT_PARENTAL_CARE"),
        ("police_registered_date", "2026-03-10"),
    }


def test_a_refused_placement_leaves_the_store_unchanged(store: Store, ctx: CaseContext) -> None:
    families = FamilyRepository(store)
    fid = families.save_family(FAMILY, ctx, "aigerim")
    before = families.get_family(fid)
    wrong = replace(before.members[1], care_status="WITH_PARENTS")
    with pytest.raises(ValidationError) as caught:
        families.save_family(replace(before, members=(before.members[0], wrong)), ctx, "aigerim")
    assert caught.value.report.errors[0].code == "placement_without_care_status"
    assert families.get_family(fid).members == before.members


# -- the child's opinion ----------------------------------------------------------------------


def _case(store: Store, ctx: CaseContext) -> tuple[int, int, int]:
    """A foster family and its case (worker aigerim); return (case, 12-year-old, 8-year-old)."""
    families = FamilyRepository(store)
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cases = CaseRepository(store)
    cid = cases.open_case(
        SignalDraft(date(2026, 11, 1), "SCHOOL", "Сабаққа келмейді", worker_login="aigerim"),
        ctx,
        "aigerim",
    )
    cases.identify(cid, date(2026, 11, 2), ctx, "aigerim", family_id=fid)
    members = families.get_family(fid).members
    assert members[1].person_id is not None and members[2].person_id is not None
    return cid, members[1].person_id, members[2].person_id


def test_a_twelve_year_old_must_be_heard_and_an_eight_year_old_need_not(
    store: Store, ctx: CaseContext
) -> None:
    cid, arman, _dana = _case(store, ctx)
    opinions = OpinionRepository(store)
    [child] = opinions.children_to_hear(cid, PLAN, TODAY)
    assert (child.person_id, child.age, child.opinion) == (arman, 12, None)
    assert child.name == "Сейітов Арман"
    # Before his 10th birthday (1 May 2024) no opinion was needed.
    assert opinions.children_to_hear(cid, PLAN, date(2024, 4, 30)) == []
    opinions.record(
        cid, OpinionDraft(arman, PLAN, date(2026, 11, 18), "Хочу жить здесь"), ctx, "aigerim"
    )
    [heard] = opinions.children_to_hear(cid, PLAN, TODAY)
    assert heard.opinion is not None and heard.opinion.heard
    assert heard.opinion.heard_on == date(2026, 11, 18)
    # The plan's opinion is not the closure's.
    assert opinions.children_to_hear(cid, CLOSURE, TODAY)[0].opinion is None
    opinions.record(
        cid, OpinionDraft(arman, CLOSURE, not_heard_reason="В больнице"), ctx, "aigerim"
    )
    [closure] = opinions.children_to_hear(cid, CLOSURE, TODAY)
    assert closure.opinion is not None and not closure.opinion.heard
    assert closure.opinion.not_heard_reason == "В больнице"
    assert [(o.decision, o.heard) for o in opinions.for_case(cid)] == [
        (PLAN, True),
        (CLOSURE, False),
    ]


def test_only_the_cases_worker_a_supervisor_or_an_administrator_record_an_opinion(
    store: Store, ctx: CaseContext
) -> None:
    cid, arman, _dana = _case(store, ctx)
    draft = OpinionDraft(arman, PLAN, date(2026, 11, 18), "Хочу жить здесь")
    for login, role in (("other", "specialist"), ("guest", "viewer")):
        with pytest.raises(RoleError):
            OpinionRepository(as_role(store, login, role)).record(cid, draft, ctx, login)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ChildOpinion)) == 0
    OpinionRepository(as_role(store, "aigerim", "specialist")).record(cid, draft, ctx, "aigerim")
    OpinionRepository(as_role(store, "boss", "supervisor")).record(cid, draft, ctx, "boss")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ChildOpinion)) == 2


def test_a_refused_opinion_writes_nothing(store: Store, ctx: CaseContext) -> None:
    cid, arman, _dana = _case(store, ctx)
    opinions = OpinionRepository(store)
    with pytest.raises(ValidationError):
        opinions.record(cid, OpinionDraft(arman, PLAN), ctx, "aigerim")
    with store.session() as s:
        stranger = Person(surname="Бөтен", given_name="Адам")
        s.add(stranger)
        s.flush()
        stranger_id = stranger.id
    with pytest.raises(ValidationError) as caught:
        opinions.record(cid, OpinionDraft(stranger_id, PLAN, TODAY, "..."), ctx, "aigerim")
    assert caught.value.report.errors[0].code == "opinion_not_a_member"
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ChildOpinion)) == 0
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.entity == "child_opinion")
            )
            == 0
        )


def test_the_opinion_is_audited_sealed_under_the_familys_key(
    store: Store, ctx: CaseContext
) -> None:
    cid, arman, _dana = _case(store, ctx)
    oid = OpinionRepository(store).record(
        cid, OpinionDraft(arman, PLAN, date(2026, 11, 18), "Хочу жить здесь"), ctx, "aigerim"
    )
    with store.session() as s:
        uuid = s.get_one(ChildOpinion, oid).uuid
        rows = {
            r.field: r
            for r in s.scalars(select(AuditEvent).where(AuditEvent.entity == "child_opinion"))
        }
    sealed = rows["opinion"].new_value or ""
    assert rows["opinion"].encrypted and sealed.startswith("v1:")
    assert "Хочу" not in sealed
    assert rows["heard_on"].encrypted
    assert rows["decision"].new_value == PLAN and not rows["decision"].encrypted
    assert rows["opinion"].family_uuid  # sealed under the family's key
    assert rows["opinion"].login == "aigerim"
    history = {h.field: h.new for h in record_history(store, "child_opinion", uuid)}
    assert history["opinion"] == "Хочу жить здесь"


def test_the_store_refuses_an_unknown_care_or_decision_code_on_any_write_path(
    store: Store, ctx: CaseContext
) -> None:
    cid, arman, _dana = _case(store, ctx)
    for change in ({"care_status": "LOST"}, {"placement_form": "BOARDING"}):
        with pytest.raises(ValidationError), store.session() as s:
            p = s.get_one(Person, arman)
            for key, value in change.items():
                setattr(p, key, value)
            s.flush()
    with pytest.raises(ValidationError), store.session() as s:
        s.add(ChildOpinion(person_id=arman, case_id=cid, decision="WHIM", opinion="?"))
        s.flush()
    with store.session() as s:
        assert s.get_one(Person, arman).placement_form == "FOSTER"
        assert s.scalar(select(func.count()).select_from(ChildOpinion)) == 0
