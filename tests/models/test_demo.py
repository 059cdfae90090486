"""Demo data: reproducible, plausible, valid, dated within three years, safe to load twice."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from models.cases.dto import ClosureDraft, WorkListCounts
from models.cases.repository import CaseRepository
from models.cases.rules import STAGES, is_allowed, is_restricted
from models.cases.tables import Case, CaseEvent, CaseRiskFactor, PlanMeasure, ServiceDelivered
from models.demo.cases import stage_targets
from models.demo.families import make_iin
from models.demo.load import DemoSummary, add_demo_data
from models.demo.names import DEMO_WORKERS
from models.demo.objects import _genitive, plan_demo, years_before
from models.demo.settlements import plan_settlements
from models.families.iin import check_iin, iin_sex
from models.families.repository import FamilyRepository
from models.families.tables import Family, FamilyMember, Person
from models.families.validation import CHILD_RELATIONS, age_at, validate_family
from models.objects.context import validation_context
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.objects.tables import InfraObject, Passport, ZoneWork
from models.objects.validation import validate_object, validate_passport
from models.reference.identifiers import iin_birth_date, is_bin
from models.reference.offices import office_of
from models.reference.repository import ReferenceRepository
from models.reference.tables import Settlement
from models.store.db import Store
from tests.conftest import DISTRICT, TODAY
from tests.store_templates import new_store

START = date(2023, 11, 20)  # three years before TODAY


def _add(store: Store, objects: int, seed: int, **kw: Any) -> DemoSummary:
    return add_demo_data(
        store, objects=objects, families=kw.pop("families", 0), seed=seed, today=TODAY,
        user="trainer", **kw,
    )  # fmt: skip


def _snapshot(store: Store) -> list[tuple[Any, ...]]:
    """Everything compared between runs, without ids or UUIDs."""
    with store.session() as s:
        objects = s.execute(
            select(
                InfraObject.object_ref,
                InfraObject.name,
                InfraObject.object_type,
                InfraObject.kato,
                InfraObject.address,
                InfraObject.owner_bin,
                InfraObject.registered_date,
                InfraObject.subject_to_passportization,
                InfraObject.exclusion_date,
            ).order_by(InfraObject.id)
        ).all()
        passports = s.execute(
            select(
                InfraObject.object_ref,
                Passport.version,
                Passport.inspection_date,
                Passport.passport_date,
                Passport.status_k,
                Passport.status_o,
                Passport.status_s,
                Passport.status_g,
                Passport.status_u,
                Passport.requires_adaptation,
                Passport.adapted_date,
                Passport.commission,
            )
            .join(Passport, Passport.object_id == InfraObject.id)
            .order_by(InfraObject.id, Passport.version)
        ).all()
    return [tuple(r) for r in objects] + [tuple(r) for r in passports]


@pytest.fixture
def other_store(tmp_path: Path):
    s = new_store(tmp_path / "other.sqlite", DISTRICT, "admin")
    yield s
    s.close()


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory):
    """One store with 1,000 demo objects, shared by the read-only checks."""
    s = new_store(tmp_path_factory.mktemp("big") / "big.sqlite", DISTRICT, "admin")
    summary = add_demo_data(s, objects=1000, families=0, seed=5, today=TODAY, user="trainer")
    yield s, summary
    s.close()


def test_three_years_before() -> None:
    assert years_before(TODAY, 3) == START
    assert years_before(date(2028, 2, 29), 3) == date(2025, 2, 28)


def test_kazakh_genitive() -> None:
    assert _genitive("Ақкөл ауданы") == "Ақкөл ауданының"
    assert _genitive("Бурабай ауданы") == "Бурабай ауданының"
    assert _genitive("Көкшетау") == "Көкшетаудың"
    assert _genitive("Ертіс") == "Ертістің"
    assert _genitive("Ақмола облысы") == "Ақмола облысының"


def test_same_seed_same_day_gives_same_data(store: Store, other_store: Store) -> None:
    a = _add(store, 150, seed=7)
    b = _add(other_store, 150, seed=7)
    assert a == b
    assert _snapshot(store) == _snapshot(other_store)
    with store.session() as s1, other_store.session() as s2:
        # UUIDs stay unique across offices so consolidation never confuses two demo objects.
        assert set(s1.scalars(select(InfraObject.uuid))).isdisjoint(
            s2.scalars(select(InfraObject.uuid))
        )


def test_different_seed_gives_different_data(store: Store, other_store: Store) -> None:
    _add(store, 100, seed=1)
    _add(other_store, 100, seed=2)
    names_a = [r[1] for r in _snapshot(store)[:100]]
    names_b = [r[1] for r in _snapshot(other_store)[:100]]
    assert names_a != names_b


def test_plan_matches_what_is_written(store: Store) -> None:
    plan = plan_demo(store, objects=20, seed=4, today=TODAY)
    _add(store, 20, seed=4)
    written = [r for r in _snapshot(store) if len(r) == 9]
    assert [o.draft.name for o in plan.objects] == [r[1] for r in written]
    assert [o.draft.object_ref for o in plan.objects] == [f"DEMO-4-{n}" for n in range(1, 21)]


def test_counts_and_proportions(big: tuple[Store, DemoSummary]) -> None:
    store, summary = big
    assert summary.objects == 1000
    with store.session() as s:
        assert s.scalar(select(func.count(InfraObject.id))) == 1000
        assert s.scalar(select(func.count(Passport.id))) == summary.passports
        types = Counter(s.scalars(select(InfraObject.object_type)))
        versions = Counter(s.scalars(select(func.count(Passport.id)).group_by(Passport.object_id)))
    subject = 1000 - summary.excluded
    assert 0.02 <= summary.excluded / 1000 <= 0.09
    assert 0.74 <= summary.passported / subject <= 0.86
    assert 0.09 <= (versions[2] + versions[3]) / summary.passported <= 0.21
    assert set(versions) <= {1, 2, 3}
    assert 0.25 <= summary.adapted / summary.requiring_adaptation <= 0.45
    assert 0.45 <= summary.requiring_adaptation / summary.passported <= 0.85
    common = {t for t, _n in types.most_common(6)}
    assert {"EDU_SCHOOL", "EDU_PRESCHOOL", "TRADE_SHOP", "TRN_STOP"} <= common
    assert len(types) >= 20
    assert 9 <= summary.settlements <= 16


def test_every_date_within_three_years(big: tuple[Store, DemoSummary]) -> None:
    store, _summary = big
    with store.session() as s:
        objects = {o.id: o for o in s.scalars(select(InfraObject))}
        passports = list(s.scalars(select(Passport).order_by(Passport.object_id, Passport.version)))
        completed = list(s.scalars(select(ZoneWork.completed_date)))
    dates = [o.registered_date for o in objects.values()]
    dates += [o.exclusion_date for o in objects.values() if o.exclusion_date]
    dates += [p.inspection_date for p in passports] + [p.passport_date for p in passports]
    dates += [p.adapted_date for p in passports if p.adapted_date]
    dates += [d for d in completed if d]
    assert all(START <= d <= TODAY for d in dates)  # type: ignore[operator]
    previous: dict[int, Passport] = {}
    for p in passports:
        obj = objects[p.object_id]
        assert obj.registered_date <= p.inspection_date <= p.passport_date  # type: ignore[operator]
        if p.adapted_date:
            assert p.passport_date <= p.adapted_date  # type: ignore[operator]
        if p.object_id in previous:
            before = previous[p.object_id]
            assert before.passport_date <= p.inspection_date  # type: ignore[operator]
            if before.adapted_date:
                assert before.adapted_date <= p.inspection_date
        previous[p.object_id] = p
    for o in objects.values():
        if o.exclusion_date:
            assert o.registered_date <= o.exclusion_date  # type: ignore[operator]


def test_bins_are_valid(big: tuple[Store, DemoSummary]) -> None:
    store, _summary = big
    with store.session() as s:
        bins = list(s.scalars(select(InfraObject.owner_bin)))
    assert len(bins) == 1000
    assert all(is_bin(b) for b in bins)


def test_versions_numbered_and_current_is_latest(big: tuple[Store, DemoSummary]) -> None:
    store, summary = big
    repo = ObjectRepository(store)
    with store.session() as s:
        ids = list(s.scalars(select(InfraObject.id).order_by(InfraObject.id)))
    passported = 0
    for oid in ids:
        versions = repo.passport_versions(oid)
        current = repo.current_passport_id(oid)
        if not versions:
            assert current is None
            continue
        passported += 1
        assert [v for _pid, v, _d in versions] == list(range(1, len(versions) + 1))
        assert current == versions[-1][0]
        assert [d for _p, _v, d in versions] == sorted(d for _p, _v, d in versions)
    assert passported == summary.passported


def test_objects_and_passports_read_back_valid(big: tuple[Store, DemoSummary]) -> None:
    store, _summary = big
    ctx = validation_context(store, TODAY)
    repo = ObjectRepository(store)
    with store.session() as s:
        ids = list(s.scalars(select(InfraObject.id).order_by(InfraObject.id).limit(300)))
        excluded_with_passport = s.scalar(
            select(func.count(Passport.id))
            .join(InfraObject, InfraObject.id == Passport.object_id)
            .where(InfraObject.subject_to_passportization.is_(False))
        )
    assert excluded_with_passport == 0
    checked = 0
    for oid in ids:
        report = validate_object(repo.get(oid), ctx)
        assert report.issues == [], report.issues
        for pid, _v, _d in repo.passport_versions(oid):
            p = repo.get_passport(pid)
            report = validate_passport(p, ctx)
            assert report.ok, report.errors
            # Breaches of the norm are expected evidence; nothing else may be even a warning.
            assert {i.code for i in report.warnings} <= {"norm_breach"}
            assert p.requires_adaptation == any(w.work != "NOT_NEEDED" for w in p.works)
            if p.adapted_date:
                done = {w.completed_date for w in p.works if w.work != "NOT_NEEDED"}
                assert done <= {p.adapted_date, None}
                assert p.adaptation_cost is not None
            assert len(p.zones) == 7
            checked += 1
    assert checked > 200


def test_kazakh_names_and_tracking_columns(big: tuple[Store, DemoSummary]) -> None:
    store, _summary = big
    with store.session() as s:
        o = s.scalars(select(InfraObject).order_by(InfraObject.id)).first()
        p = s.scalars(select(Passport).order_by(Passport.id)).first()
        settlements = s.execute(select(Settlement.kato, Settlement.name_kk)).all()
    assert o is not None and p is not None
    assert o.created_by == o.updated_by == "trainer" and len(o.uuid) == 36
    assert p.created_by == "trainer" and o.search_key == o.search_key.casefold()
    assert o.name.casefold() in o.search_key
    chair = p.commission.split(";")[0].removeprefix("Төраға: ")
    assert len(chair.split()) == 3 and chair.endswith(("ұлы", "қызы"))
    assert all(k.startswith("1132") and len(k) == 9 for k, _n in settlements)
    assert ("113220100", "Ақкөл қаласы") in settlements


def test_demo_twice_same_seed_continues_numbering(store: Store) -> None:
    first = _add(store, 30, seed=3)
    second = _add(store, 30, seed=3)
    assert (first.first_ref, first.last_ref) == ("DEMO-3-1", "DEMO-3-30")
    assert (second.first_ref, second.last_ref) == ("DEMO-3-31", "DEMO-3-60")
    assert first.settlements > 0 and second.settlements == 0
    third = _add(store, 10, seed=9)
    assert third.first_ref == "DEMO-9-1"
    assert ObjectRepository(store).count(ObjectFilter()) == 70


def test_settlements_skip_existing(store: Store) -> None:
    planned = plan_settlements(office_of(store))
    ReferenceRepository(store).add_settlement(planned[1][0], "Өз атауы", "Своё", "admin")
    summary = _add(store, 5, seed=1)
    assert summary.settlements == len(planned) - 1
    names = {k: kk for k, kk, _ru in ReferenceRepository(store).settlements()}
    assert names[planned[1][0]] == "Өз атауы"


def test_progress_reported_and_a_cancel_rolls_everything_back(store: Store) -> None:
    calls: list[tuple[int, int]] = []
    _add(store, 1200, seed=2, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 1200) and calls[-1] == (1200, 1200)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)

    class Stop(Exception):
        pass

    def cancel_later(done: int, _total: int) -> None:
        if done >= 500:
            raise Stop

    before = _snapshot(store)
    with pytest.raises(Stop):
        _add(store, 1200, seed=8, progress=cancel_later)
    assert _snapshot(store) == before


def test_negative_counts_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="zero or more"):
        _add(store, -1, seed=1)


# -- families and cases (issue 3) ----------------------------------------------------------------

KAZAKH_PATRONYMIC = ("ұлы", "қызы")
RUSSIAN_PATRONYMIC = ("ович", "евич", "ич", "овна", "евна", "ична", "инична")


def _family_snapshot(store: Store) -> list[tuple[Any, ...]]:
    """People, families and cases as compared between runs, without ids or UUIDs."""
    with store.session() as s:
        people = s.execute(
            select(
                Person.surname,
                Person.given_name,
                Person.patronymic,
                Person.iin,
                Person.birth_date,
                Person.sex,
                Person.disability_group,
            ).order_by(Person.id)
        ).all()
        families = s.execute(
            select(Family.kato, Family.address, Family.map_level, Family.legal_basis).order_by(
                Family.id
            )
        ).all()
        cases = s.execute(
            select(
                Case.number,
                Case.stage,
                Case.signal_date,
                Case.closed_date,
                Case.reopened_date,
                Case.next_follow_up,
                Case.worker_login,
            ).order_by(Case.id)
        ).all()
    return [tuple(r) for r in [*people, *families, *cases]]


@pytest.fixture(scope="module")
def families(tmp_path_factory: pytest.TempPathFactory):
    """One store with 300 demo families (and a few objects), shared by the read-only checks."""
    s = new_store(tmp_path_factory.mktemp("fam") / "fam.sqlite", DISTRICT, "admin")
    summary = add_demo_data(s, objects=5, families=300, seed=11, today=TODAY, user="trainer")
    yield s, summary
    s.close()


def test_families_same_seed_same_day_give_same_data(store: Store, other_store: Store) -> None:
    a = _add(store, 0, seed=7, families=60)
    b = _add(other_store, 0, seed=7, families=60)
    assert a == b and a.families == 60
    assert _family_snapshot(store) == _family_snapshot(other_store)
    with store.session() as s1, other_store.session() as s2:
        assert set(s1.scalars(select(Person.uuid))).isdisjoint(s2.scalars(select(Person.uuid)))


def test_different_seed_gives_different_families(store: Store, other_store: Store) -> None:
    _add(store, 0, seed=1, families=20)
    _add(other_store, 0, seed=2, families=20)
    assert _family_snapshot(store) != _family_snapshot(other_store)


def test_summary_counts_families_members_and_stages(families: tuple[Store, DemoSummary]) -> None:
    store, summary = families
    with store.session() as s:
        assert s.scalar(select(func.count(Family.id))) == 300
        assert s.scalar(select(func.count(Person.id))) == summary.members
        stages = Counter(s.scalars(select(Case.stage)))
    assert summary.families == summary.cases == 300
    assert dict(summary.cases_by_stage) == stages
    text = str(summary)
    assert text.startswith("added 5 objects")
    assert f"300 families with {summary.members} members, 300 cases (SIGNAL " in text
    assert "not available" not in text
    assert 2.5 <= summary.members / 300 <= 6


def test_every_stage_present_from_50_families(store: Store) -> None:
    summary = _add(store, 0, seed=3, families=50)
    assert [stage for stage, _n in summary.cases_by_stage] == list(STAGES)
    with store.session() as s:
        assert set(s.scalars(select(Case.stage))) == set(STAGES)


def test_every_iin_valid_and_consistent_with_birth_date_and_sex(
    families: tuple[Store, DemoSummary],
) -> None:
    store, _summary = families
    with store.session() as s:
        people = s.execute(select(Person.iin, Person.birth_date, Person.sex)).all()
    assert len({iin for iin, _b, _s in people}) == len(people)
    for iin, birth, sex in people:
        assert check_iin(iin, birth, sex) == [], (iin, birth, sex)
        assert iin_birth_date(iin) == birth
        assert iin[6] in ("34" if birth.year < 2000 else "56")
        assert iin_sex(iin) == sex


def test_members_pass_validation_without_issues(families: tuple[Store, DemoSummary]) -> None:
    store, _summary = families
    repo = FamilyRepository(store)
    ctx = repo.context(TODAY)
    with store.session() as s:
        ids = list(s.scalars(select(Family.id).order_by(Family.id)))
    for fid in ids:
        draft = repo.get_family(fid)
        report = validate_family(draft, ctx)
        assert report.errors == [], report.errors
        assert [i for i in report.issues if i.field.startswith("member.")] == []
        assert draft.legal_basis in ("CONSENT", "STATUTORY")
        assert len([m for m in draft.members if m.relation == "APPLICANT"]) == 1
        minors = sum(1 for m in draft.members if age_at(m.birth_date, TODAY) < 18)  # type: ignore[arg-type]
        assert ("LARGE" in draft.categories) == (minors >= 4)
        assert draft.kato.startswith("1132")


def test_children_are_minors_and_disability_fits_age(families: tuple[Store, DemoSummary]) -> None:
    store, _summary = families
    with store.session() as s:
        rows = s.execute(
            select(FamilyMember.relation, Person.birth_date, Person.disability_group).join(
                Person, Person.id == FamilyMember.person_id
            )
        ).all()
    children = [(b, g) for rel, b, g in rows if rel in CHILD_RELATIONS]
    assert len(children) > 300
    assert all(age_at(b, TODAY) < 18 for b, _g in children)
    disabled = [(age_at(b, TODAY), g) for b, g in children if g]
    assert disabled, "some children have a disability"
    for age, group in disabled:
        assert (group == "CHILD_UNDER_7") == (age < 7)
        assert group in ("CHILD_UNDER_7", "GROUP_1", "GROUP_2", "GROUP_3")
    relations = Counter(rel for rel, _b, _g in rows)
    assert {"APPLICANT", "SPOUSE", "SON", "DAUGHTER", "GRANDCHILD"} <= set(relations)


def test_names_have_kazakh_or_russian_forms(families: tuple[Store, DemoSummary]) -> None:
    store, _summary = families
    with store.session() as s:
        people = s.execute(select(Person.surname, Person.patronymic, Person.sex)).all()
    kazakh = russian = 0
    for surname, patronymic, sex in people:
        female = sex == "F"
        assert surname.endswith(("ова", "ева") if female else ("ов", "ев")), surname
        if patronymic.endswith(KAZAKH_PATRONYMIC):
            kazakh += 1
            assert patronymic.endswith("қызы" if female else "ұлы"), (patronymic, sex)
        else:
            russian += 1
            assert patronymic.endswith(("вна", "чна") if female else ("вич", "ич")), patronymic
    assert kazakh > russian > 0.15 * len(people)


def test_case_dates_within_three_years_and_in_life_cycle_order(
    families: tuple[Store, DemoSummary],
) -> None:
    store, _summary = families
    repo = CaseRepository(store)
    with store.session() as s:
        ids = list(s.scalars(select(Case.id).order_by(Case.id)))
        consents = list(
            s.scalars(select(Family.consent_date).where(Family.consent_date.is_not(None)))
        )
        map_dates = list(s.scalars(select(Family.map_level_date).where(Family.map_level != "")))
    assert all(START <= d <= TODAY for d in consents + map_dates)
    for cid in ids:
        c = repo.get_case(cid)
        signal = c.signal.signal_date
        assert START <= signal <= TODAY
        stage_events = [e for e in c.events if e.kind == "stage"]
        dates = [e.event_date for e in stage_events]
        assert dates == sorted(dates) and dates[0] == signal and dates[-1] <= TODAY
        assert stage_events[-1].to_stage == c.stage
        for before, after in itertools.pairwise(stage_events):
            assert before.to_stage == after.from_stage
            assert is_allowed(before.to_stage, after.to_stage), (before, after)
        assert all(signal <= a.assessed_on <= TODAY for a in c.assessments)
        assert all(signal <= v.visit_date <= TODAY for v in c.visits)
        assert all(v.next_due is None or v.next_due >= v.visit_date for v in c.visits)
        assert all(signal <= sv.delivered_on <= TODAY for sv in c.services)
        for p in c.plans:
            assert signal <= p.drawn_up <= TODAY
            for m in p.measures:
                assert m.due_date is not None and m.due_date >= p.drawn_up
                if m.status == "DONE":
                    assert m.done_date is not None and p.drawn_up <= m.done_date <= TODAY
        if c.stage == "CLOSED":
            assert c.closure is not None and c.closure.reason
            assert c.closed_date == dates[-1]
            if c.visits:
                assert c.visits[-1].visit_date <= c.closed_date  # type: ignore[operator]
        if c.stage in ("PLAN", "ACCOMPANIMENT"):
            assert c.plans and c.plans[-1].drawn_up >= (c.reopened_date or signal)
        latest = max(c.visits, key=lambda v: v.visit_date, default=None)
        assert c.next_follow_up == (latest.next_due if latest else None)


def test_work_lists_have_overdue_follow_ups_and_reopenings(
    families: tuple[Store, DemoSummary],
) -> None:
    store, _summary = families
    repo = CaseRepository(store)
    overdue = repo.overdue_follow_ups(TODAY)
    assert overdue and all(r.next_follow_up < TODAY for r in overdue)  # type: ignore[operator]
    assert repo.my_open_cases("trainer")
    assert repo.open_cases("aigerim.s")
    with store.session() as s:
        reopened = s.scalar(
            select(func.count(CaseEvent.id)).where(CaseEvent.to_stage == "REOPENED")
        )
        reasons = set(s.scalars(select(Case.closure_reason).where(Case.stage == "CLOSED")))
        restricted = [c for c in s.scalars(select(CaseRiskFactor.code)) if is_restricted(c)]
        services = s.scalar(select(func.count(ServiceDelivered.id)))
        measures = s.scalar(select(func.count(PlanMeasure.id)))
    assert reopened and reopened > 15
    assert {"GOALS_ACHIEVED", "SIGNAL_NOT_CONFIRMED"} <= reasons
    assert restricted, "some cases carry a restricted-access factor"
    assert services and measures


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_user_who_loads_the_demo_has_work_to_do(store: Store, seed: int) -> None:
    # A trainee who loads demo data must find cases in "my open cases" and "overdue", not
    # only the fictional workers: most cases go to the login that loads the demo.
    add_demo_data(store, objects=0, families=50, seed=seed, today=TODAY, user="admin")
    repo = CaseRepository(store)
    counts = repo.work_list_counts("admin", TODAY)
    assert counts.my_open > 0 and counts.overdue > 0
    assert len(repo.my_open_cases("admin")) == counts.my_open
    assert repo.overdue_follow_ups(TODAY, "admin")
    with store.session() as s:
        workers = Counter(s.scalars(select(Case.worker_login)))
    assert sum(workers.values()) == 50
    assert workers["admin"] >= 25, workers
    assert set(workers) == {"admin", *DEMO_WORKERS}, "the other cases go to fictional workers"


@pytest.mark.parametrize("login", ["trainer", "aigerim.s", "daniyar.t", "nobody"])
def test_work_list_counts_are_the_lengths_of_the_lists(
    families: tuple[Store, DemoSummary], login: str
) -> None:
    store, _summary = families
    repo = CaseRepository(store)
    counts = repo.work_list_counts(login, TODAY)
    assert counts == WorkListCounts(
        my_open=len(repo.my_open_cases(login)),
        due_this_week=len(repo.follow_ups_due_this_week(TODAY, login)),
        overdue=len(repo.overdue_follow_ups(TODAY, login)),
        without_plan=len(repo.cases_without_plan(TODAY, login)),
        relaunch=len(repo.relaunch_list(TODAY, login)),
    )
    assert [r.id for r in repo.my_open_cases(login)] == [r.id for r in repo.open_cases(login)]
    if login != "nobody":
        assert counts.my_open and counts.overdue


def test_generated_cases_go_on_through_the_repositories(store: Store) -> None:
    _add(store, 0, seed=4, families=40)
    repo = CaseRepository(store)
    ctx = repo.context(TODAY)
    with store.session() as s:
        closed = s.scalars(select(Case.id).where(Case.stage == "CLOSED")).first()
        accompanied = s.scalars(select(Case.id).where(Case.stage == "ACCOMPANIMENT")).first()
    assert closed is not None and accompanied is not None
    repo.reopen(closed, TODAY, "Қайта сигнал", ctx, "trainer")
    assert repo.get_case(closed).stage == "REOPENED"
    repo.close(accompanied, ClosureDraft(TODAY, "GOALS_ACHIEVED"), ctx, "trainer")
    assert repo.get_case(accompanied).stage == "CLOSED"


def test_families_added_to_a_store_with_data_continue_numbers_and_iins(store: Store) -> None:
    first = _add(store, 10, seed=5, families=30)
    second = _add(store, 0, seed=5, families=30)
    assert first.families == second.families == 30
    with store.session() as s:
        numbers = list(s.scalars(select(Case.number)))
        iins = list(s.scalars(select(Person.iin)))
        seqs = s.execute(select(Case.year, Case.seq)).all()
    assert len(set(numbers)) == len(numbers) == 60
    assert len(set(iins)) == len(iins)
    by_year: dict[int, list[int]] = {}
    for year, seq in seqs:
        by_year.setdefault(year, []).append(seq)
    assert all(sorted(v) == list(range(1, len(v) + 1)) for v in by_year.values())
    assert all(n.startswith("113200000-") for n in numbers)


def test_cancel_rolls_families_back(store: Store) -> None:
    calls: list[tuple[int, int]] = []
    _add(store, 0, seed=2, families=600, progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 600) and calls[-1] == (600, 600)

    class Stop(Exception):
        pass

    def cancel_later(done: int, _total: int) -> None:
        if done >= 250:
            raise Stop

    before = _family_snapshot(store)
    with pytest.raises(Stop):
        _add(store, 0, seed=9, families=600, progress=cancel_later)
    assert _family_snapshot(store) == before


def test_make_iin_skips_double_ten_and_used() -> None:
    rng = random.Random(1)
    used: set[str] = set()
    got = {make_iin(rng, date(1985, 7, 15), "M", used) for _ in range(300)}
    assert len(got) == 300 == len(used)
    assert all(g.startswith("8507153") and check_iin(g, date(1985, 7, 15), "M") == [] for g in got)
    assert make_iin(rng, date(2011, 3, 2), "F", used)[6] == "6"


def test_stage_targets_cover_every_stage() -> None:
    rng = random.Random(3)
    assert set(stage_targets(rng, 7)) == set(STAGES)
    targets = stage_targets(rng, 1000)
    counts = Counter(targets)
    assert set(counts) == set(STAGES)
    assert counts["ACCOMPANIMENT"] > counts["SIGNAL"]
