"""Demo data: reproducible, plausible, valid, dated within three years, safe to load twice."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from models.db import Store, init_store
from models.demo import (
    DemoSummary,
    _genitive,
    add_demo_data,
    plan_demo,
    plan_settlements,
    years_before,
)
from models.dto import ObjectFilter
from models.identifiers import is_bin
from models.objects import InfraObject, Passport, ZoneWork
from models.reference import Settlement
from models.repositories import ObjectRepository, ReferenceRepository
from models.validation import validate_object, validate_passport
from tests.conftest import DISTRICT, TODAY

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
    s = init_store(tmp_path / "other.sqlite", DISTRICT, "admin")
    yield s
    s.close()


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory):
    """One store with 1,000 demo objects, shared by the read-only checks."""
    s = init_store(tmp_path_factory.mktemp("big") / "big.sqlite", DISTRICT, "admin")
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
    ctx = ReferenceRepository(store).context(TODAY)
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
    planned = plan_settlements(store.office())
    ReferenceRepository(store).add_settlement(planned[1][0], "Өз атауы", "Своё", "admin")
    summary = _add(store, 5, seed=1)
    assert summary.settlements == len(planned) - 1
    names = {k: kk for k, kk, _ru in ReferenceRepository(store).settlements()}
    assert names[planned[1][0]] == "Өз атауы"


def test_families_are_reported_as_not_available(store: Store) -> None:
    summary = _add(store, 3, seed=1, families=4)
    assert "families are not available in this version" in str(summary)
    assert str(summary).startswith("added 3 objects")
    assert "families" not in str(_add(store, 3, seed=1))


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
