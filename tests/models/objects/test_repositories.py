"""Repositories: real round trips through a fresh store per test."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.issues import ValidationError
from models.objects.context import validation_context
from models.objects.dto import (
    MeasurementDraft,
    ObjectDraft,
    ObjectFilter,
    PassportDraft,
    WorkDraft,
    ZoneDraft,
)
from models.objects.repository import ObjectRepository, object_search_key
from models.objects.tables import CATEGORIES, ZONES
from models.objects.validation import Context
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from models.text import search_fold
from tests.conftest import TODAY
from tests.store_templates import raw_connect


@pytest.fixture
def repo(store: Store) -> ObjectRepository:
    return ObjectRepository(store)


@pytest.fixture
def ctx(store: Store) -> Context:
    return validation_context(store, TODAY)


def obj(**changes: object) -> ObjectDraft:
    base = ObjectDraft(name="№3 мектеп-гимназия", object_type="EDU_SCHOOL", kato="113220100")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def per_cat(*values: str) -> dict[str, str]:
    return dict(zip(CATEGORIES, values, strict=True))


FULL5 = per_cat(*["FULL"] * 5)


def passport(**changes: object) -> PassportDraft:
    base = PassportDraft(
        inspection_date=date(2026, 4, 10),
        passport_date=date(2026, 4, 20),
        number="П-7/2026",
        commission="Аудандық комиссия",
        zones=(ZoneDraft("ENTRANCE", dict(FULL5)), ZoneDraft("SERVICE", dict(FULL5))),
        suggested=dict(FULL5),
        statuses=per_cat(*["DP_V"] * 5),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def needing_adaptation(**changes: object) -> PassportDraft:
    values: dict[str, object] = {
        "zones": (
            ZoneDraft("ENTRANCE", per_cat("NONE", "FULL", "FULL", "FULL", "FULL"), "пандус жоқ"),
            ZoneDraft("SANITARY", per_cat(*["NA"] * 5)),
        ),
        "service_forms": {"K": "DU"},
        "suggested": per_cat("CONDITIONAL", "FULL", "FULL", "FULL", "FULL"),
        "statuses": per_cat("DU", "DP_I", "DP_I", "DP_I", "DP_I"),
        "requires_adaptation": True,
        "works": (
            WorkDraft("ENTRANCE", "CAPITAL_REPAIR", 2026, Decimal("1300000.50"), "LOCAL_BUDGET"),
            WorkDraft("ALL", "NOT_NEEDED"),
        ),
    }
    values.update(changes)
    return passport(**values)


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read outside SQLAlchemy."""
    store.engine.dispose()  # checkpoint-free read is fine under WAL; just no pooled state
    conn = raw_connect(Path(store.path))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


# -- objects ----------------------------------------------------------------------------------


def test_object_round_trip(repo: ObjectRepository, ctx: Context) -> None:
    draft = obj(
        name="  Ақкөл аудандық «Шұғыла» балабақшасы ",
        object_type="EDU_PRESCHOOL",
        address=" Ақкөл қ., Нұрмағамбетов к-сі, 7 ",
        owner_name="«Ақкөл ауданы әкімдігінің білім бөлімі» ММ",
        owner_bin=" 0907 4000 1237 ",
        responsible_body="Білім бөлімі",
        floors=2,
        year_built=1987,
        residential=True,
        registered_date=date(2026, 1, 15),
        object_ref="R-77",
    )
    oid = repo.save(draft, ctx, "aigerim")
    got = repo.get(oid)
    assert got == dataclasses.replace(
        draft,
        name="Ақкөл аудандық «Шұғыла» балабақшасы",
        address="Ақкөл қ., Нұрмағамбетов к-сі, 7",
        owner_bin="090740001237",
        id=oid,
        uuid=got.uuid,
    )
    assert got.uuid is not None and len(got.uuid) == 36


def test_new_object_is_registered_today_unless_dated(repo: ObjectRepository, ctx: Context) -> None:
    oid = repo.save(obj(), ctx, "aigerim")
    assert repo.get(oid).registered_date == TODAY


def test_edit_keeps_id_uuid_and_registration(repo: ObjectRepository, ctx: Context) -> None:
    oid = repo.save(obj(registered_date=date(2025, 2, 1)), ctx, "aigerim")
    first = repo.get(oid)
    edited = dataclasses.replace(first, name="№3 мектеп-лицей", registered_date=None)
    assert repo.save(edited, ctx, "bolat") == oid
    again = repo.get(oid)
    assert (again.name, again.uuid, again.registered_date) == (
        "№3 мектеп-лицей",
        first.uuid,
        date(2025, 2, 1),
    )
    assert repo.count(ObjectFilter()) == 1


def test_object_ref_none_keeps_the_stored_ref(repo: ObjectRepository, ctx: Context) -> None:
    oid = repo.save(obj(object_ref="R-1"), ctx, "a")
    repo.save(dataclasses.replace(repo.get(oid), object_ref=None), ctx, "a")
    assert repo.get(oid).object_ref == "R-1"


def test_search_key_is_folded(store: Store, repo: ObjectRepository, ctx: Context) -> None:
    oid = repo.save(obj(name="БIЛIМ  Орталығы", address="Семёнов к-сі"), ctx, "a")
    from sqlalchemy import select

    from models.objects.tables import InfraObject

    with store.session() as s:
        key = s.scalar(select(InfraObject.search_key).where(InfraObject.id == oid))
    assert (
        key == "білім орталығы семенов к-сі" == object_search_key("БIЛIМ  Орталығы", "Семёнов к-сі")
    )


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("білім", True),
        ("БІЛІМ", True),
        ("бiлiм", True),  # Latin i typed
        ("семенов", True),
        ("СЕМЁНОВ", True),
        ("орталығы семенов", True),
        ("Қасым", False),
        ("%", False),
        ("_", False),
    ],
)
def test_text_filter_finds_kazakh_in_any_case(
    repo: ObjectRepository, ctx: Context, query: str, found: bool
) -> None:
    repo.save(obj(name="Білім орталығы", address="Семёнов к-сі"), ctx, "a")
    assert repo.count(ObjectFilter(text=query)) == int(found)


def test_validation_error_leaves_the_store_unchanged(
    store: Store, repo: ObjectRepository, ctx: Context
) -> None:
    oid = repo.save(obj(), ctx, "a")
    before = dump(store)
    with pytest.raises(ValidationError) as err:
        repo.save(obj(name=" ", kato="993220100"), ctx, "a")
    assert {(i.field, i.code) for i in err.value.report.errors} == {
        ("name", "required"),
        ("kato", "kato_region_unknown"),
    }
    assert "name:required" in str(err.value)
    with pytest.raises(ValidationError):
        repo.save(dataclasses.replace(repo.get(oid), owner_bin="850715300122"), ctx, "a")
    with pytest.raises(ValidationError):
        repo.save_passport(oid, passport(passport_date=TODAY + timedelta(days=1)), ctx, "a")
    assert dump(store) == before


# -- the register: keyset paging and filters --------------------------------------------------

NAMES = [
    "Ақкөл мектебі",
    "акбота балабақшасы",
    "Әлия дәріханасы",
    "Білім орталығы",
    "Бiлiм-инновация лицейі",  # Latin i
    "Ёлка дүкені",
    "Елорда автобекеті",
    "Жұлдыз стадионы",
    "Қасым емханасы",
    "қасым емханасы",  # same key as the one before: the id breaks the tie
    "Ұлытау почтасы",
    "Үміт оңалту орталығы",
    "Zhuldyz cafe",
    "Шұғыла кітапханасы",
    "Ыбырай мектебі",
    "Іле теміржол вокзалы",
    "Өркен спорт мектебі",
    "Һ әрпі бар нысан",
    "100 орындық мектеп",
    "№5 мектеп",
    "Аптека",
    "Почта",
    "Мешіт",
]


def _all_pages(
    repo: ObjectRepository, flt: ObjectFilter, limit: int, descending: bool = False
) -> list[int]:
    seen: list[int] = []
    after = None
    while True:
        page = repo.page(flt, after=after, limit=limit, descending=descending)
        assert len(page) <= limit
        if not page:
            return seen
        seen.extend(row.id for _, row in page)
        after = page[-1][0]


@pytest.mark.parametrize("limit", [1, 4, 7, 23, 200])
def test_keyset_paging_visits_every_object_once_in_name_order(
    repo: ObjectRepository, ctx: Context, limit: int
) -> None:
    ids = {repo.save(obj(name=name), ctx, "a"): name for name in NAMES}
    expected = sorted(ids, key=lambda i: (search_fold(ids[i]), i))
    assert _all_pages(repo, ObjectFilter(), limit) == expected
    assert _all_pages(repo, ObjectFilter(), limit, descending=True) == expected[::-1]
    # The folded order puts the two spellings of "Қасым" side by side, then by id.
    kasym = [i for i in expected if search_fold(ids[i]) == "қасым емханасы"]
    assert kasym == sorted(kasym) and len(kasym) == 2
    assert expected.index(kasym[1]) == expected.index(kasym[0]) + 1


def test_paging_respects_a_filter(repo: ObjectRepository, ctx: Context) -> None:
    ids = {repo.save(obj(name=name), ctx, "a"): name for name in NAMES}
    flt = ObjectFilter(text="мектеб")
    expected = sorted(
        (i for i in ids if "мектеб" in search_fold(ids[i])), key=lambda i: (search_fold(ids[i]), i)
    )
    assert len(expected) == 3
    assert _all_pages(repo, flt, 3) == expected
    assert repo.count(flt) == 3


@settings(max_examples=15, deadline=None)
@given(st.lists(st.text(alphabet="аәбқiіёеАӘБҚIІЁЕ -", min_size=1, max_size=6), max_size=12))
def test_paging_property(tmp_path_factory: pytest.TempPathFactory, names: list[str]) -> None:
    from tests.conftest import DISTRICT
    from tests.store_templates import new_store

    s = new_store(tmp_path_factory.mktemp("p") / "s.sqlite", DISTRICT, "admin")
    try:
        r = ObjectRepository(s)
        c = validation_context(s, TODAY)
        ids = {r.save(obj(name=n + "x"), c, "a"): n + "x" for n in names}
        expected = sorted(ids, key=lambda i: (search_fold(ids[i]), i))
        assert _all_pages(r, ObjectFilter(), 3) == expected
    finally:
        s.close()


@pytest.fixture
def register(repo: ObjectRepository, ctx: Context) -> dict[str, int]:
    """Six objects covering every filter value."""
    ids = {
        "school": repo.save(obj(name="Мектеп", kato="113220100"), ctx, "a"),
        "clinic": repo.save(
            obj(name="Емхана", object_type="HEALTH_POLYCLINIC", kato="113220200"), ctx, "a"
        ),
        "rural": repo.save(obj(name="Ауыл мектебі", kato="113240100"), ctx, "a"),
        "shop": repo.save(obj(name="Дүкен", object_type="TRADE_SHOP", kato="113220100"), ctx, "a"),
        "excluded": repo.save(
            obj(
                name="Ескі монша",
                object_type="TRADE_SHOP",
                subject_to_passportization=False,
                exclusion_reason="due for demolition",
                exclusion_date=date(2026, 3, 1),
            ),
            ctx,
            "a",
        ),
        "adapted": repo.save(obj(name="Кітапхана", object_type="CULT_LIBRARY"), ctx, "a"),
    }
    # school: fully accessible; clinic: needs adaptation (K conditional, others DP_I);
    # rural: partially accessible for S only, inaccessible otherwise; adapted: done.
    repo.save_passport(ids["school"], passport(), ctx, "a")
    repo.save_passport(ids["clinic"], needing_adaptation(), ctx, "a")
    repo.save_passport(
        ids["rural"],
        passport(
            zones=(ZoneDraft("ENTRANCE", per_cat("NONE", "NONE", "PARTIAL", "NONE", "NONE")),),
            suggested=per_cat("NONE", "NONE", "PARTIAL", "NONE", "NONE"),
            statuses=per_cat("VND", "VND", "DCH_I", "VND", "VND"),
            requires_adaptation=True,
        ),
        ctx,
        "a",
    )
    pid = repo.save_passport(ids["adapted"], needing_adaptation(), ctx, "a")
    repo.record_adaptation(pid, date(2026, 9, 1), ctx, "a")
    return ids


def found(repo: ObjectRepository, register: dict[str, int], **flt: object) -> set[str]:
    f = ObjectFilter(**flt)  # type: ignore[arg-type]
    ids = {row.id for _, row in repo.page(f)}
    assert repo.count(f) == len(ids)
    return {name for name, i in register.items() if i in ids}


def test_filter_by_type(repo: ObjectRepository, register: dict[str, int]) -> None:
    assert found(repo, register, object_type="TRADE_SHOP") == {"shop", "excluded"}
    assert found(repo, register, object_type="HEALTH_POLYCLINIC") == {"clinic"}
    assert found(repo, register, object_type="SPORT_FACILITY") == set()


def test_filter_by_kato_prefix(repo: ObjectRepository, register: dict[str, int]) -> None:
    everything = set(register)
    assert found(repo, register, kato="113200000") == everything  # the district
    assert found(repo, register, kato="113220000") == everything - {"rural"}  # the okrug
    assert found(repo, register, kato="113240000") == {"rural"}
    assert found(repo, register, kato="113220200") == {"clinic"}
    assert found(repo, register, kato="110000000") == everything  # the region
    # Regression: trailing zeros were stripped, so region 10 (Abai) took in 11, 15 and 19.
    assert found(repo, register, kato="100000000") == set()
    # A settlement selects itself, not every code that starts with its significant digits.
    assert found(repo, register, kato="113220100") == everything - {"clinic", "rural"}


def test_filter_by_passport_state(repo: ObjectRepository, register: dict[str, int]) -> None:
    assert found(repo, register, passport_state="passported") == {
        "school",
        "clinic",
        "rural",
        "adapted",
    }
    assert found(repo, register, passport_state="not_passported") == {"shop"}
    assert found(repo, register, passport_state="excluded") == {"excluded"}


def test_filter_accessible_per_category(repo: ObjectRepository, register: dict[str, int]) -> None:
    # Accessible = DP_* or DCH_* (reporting.md A2); DU and VND do not count.
    assert found(repo, register, status="accessible", category="K") == {"school"}
    assert found(repo, register, status="accessible", category="O") == {
        "school",
        "clinic",
        "adapted",
    }
    assert found(repo, register, status="accessible", category="S") == {
        "school",
        "clinic",
        "rural",
        "adapted",
    }
    # No category: accessible for at least one.
    assert found(repo, register, status="accessible") == {"school", "clinic", "rural", "adapted"}


def test_filter_by_status_code(repo: ObjectRepository, register: dict[str, int]) -> None:
    assert found(repo, register, status="DU", category="K") == {"clinic", "adapted"}
    assert found(repo, register, status="VND", category="K") == {"rural"}
    assert found(repo, register, status="VND", category="S") == set()
    assert found(repo, register, status="DP_V") == {"school"}


def test_filter_needs_adaptation(repo: ObjectRepository, register: dict[str, int]) -> None:
    assert found(repo, register, needs_adaptation=True) == {"clinic", "rural"}
    assert found(repo, register, needs_adaptation=False) == {"school"}
    assert found(repo, register, needs_adaptation=None) == set(register)


def test_filters_combine(repo: ObjectRepository, register: dict[str, int]) -> None:
    assert found(
        repo, register, kato="113220000", needs_adaptation=True, object_type="HEALTH_POLYCLINIC"
    ) == {"clinic"}
    assert found(repo, register, text="мектеб", status="accessible", category="K") == set()


def test_register_rows(repo: ObjectRepository, register: dict[str, int]) -> None:
    rows = {row.id: row for _, row in repo.page(ObjectFilter())}
    clinic = rows[register["clinic"]]
    assert clinic.statuses == ("DU", "DP_I", "DP_I", "DP_I", "DP_I")
    assert (clinic.passport_date, clinic.requires_adaptation, clinic.adapted_date) == (
        date(2026, 4, 20),
        True,
        None,
    )
    shop = rows[register["shop"]]
    assert shop.statuses == ("", "", "", "", "")
    assert (shop.passport_date, shop.requires_adaptation) == (None, None)
    assert rows[register["adapted"]].adapted_date == date(2026, 9, 1)
    assert not rows[register["excluded"]].subject_to_passportization


# -- passports --------------------------------------------------------------------------------


def test_passport_round_trip(repo: ObjectRepository, ctx: Context) -> None:
    oid = repo.save(obj(), ctx, "a")
    draft = needing_adaptation(
        conclusion="Кіреберісте пандус жоқ",
        override_note="",
        adaptation_cost=None,
        alternative_service="үйде қызмет көрсету",
        measurements=(
            MeasurementDraft("ENTRANCE", "RAMP_SLOPE", 8.0, "14"),
            MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 1.0, "15"),
        ),
    )
    pid = repo.save_passport(oid, draft, ctx, "aigerim")
    got = repo.get_passport(pid)
    assert got.id == pid and got.version == 1
    expected = dataclasses.replace(
        draft,
        id=pid,
        version=1,
        service_forms={**dict.fromkeys(CATEGORIES, ""), "K": "DU"},
        zones=got.zones,
    )
    assert got == expected
    assert sorted((z.zone, tuple(z.levels.values()), z.conclusion) for z in got.zones) == [
        ("ENTRANCE", ("NONE", "FULL", "FULL", "FULL", "FULL"), "пандус жоқ"),
        ("SANITARY", ("NA",) * 5, ""),
    ]
    assert repo.current_passport_id(oid) == pid


def test_measurement_verdicts_are_stored(
    store: Store, repo: ObjectRepository, ctx: Context
) -> None:
    from sqlalchemy import select

    from models.objects.tables import Measurement

    oid = repo.save(obj(), ctx, "a")
    measurements = (
        MeasurementDraft("ENTRANCE", "RAMP_SLOPE", 8.0),
        MeasurementDraft("ENTRANCE", "RAMP_SLOPE", 5.0),
        MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.85),
    )
    repo.save_passport(oid, passport(measurements=measurements), ctx, "a")
    with store.session() as s:
        stored = s.execute(
            select(
                Measurement.value, Measurement.verdict, Measurement.threshold, Measurement.norm_ref
            ).order_by(Measurement.id)
        ).all()
    assert [(v, verdict, t) for v, verdict, t, _ in stored] == [
        (8.0, "breach", 5.0),
        (5.0, "ok", 5.0),
        (0.85, "breach", 0.9),
    ]
    assert stored[0][3] == "СП РК 3.06-101-2012* (27.11.2019) 4.3.2.30"


def test_new_passports_are_new_versions(repo: ObjectRepository, ctx: Context) -> None:
    oid = repo.save(obj(), ctx, "a")
    first = repo.save_passport(oid, needing_adaptation(), ctx, "a")
    second = repo.save_passport(
        oid, passport(inspection_date=date(2026, 10, 1), passport_date=date(2026, 10, 5)), ctx, "b"
    )
    assert first != second
    assert repo.passport_versions(oid) == [
        (first, 1, date(2026, 4, 20)),
        (second, 2, date(2026, 10, 5)),
    ]
    assert repo.current_passport_id(oid) == second
    assert repo.get_passport(second).version == 2
    # The first version is history, unchanged.
    assert repo.get_passport(first).statuses["K"] == "DU"
    (row,) = [r for _, r in repo.page(ObjectFilter())]
    assert row.statuses == ("DP_V",) * 5


def test_versions_count_per_object(repo: ObjectRepository, ctx: Context) -> None:
    a = repo.save(obj(name="A"), ctx, "a")
    b = repo.save(obj(name="B"), ctx, "a")
    repo.save_passport(a, passport(), ctx, "a")
    repo.save_passport(b, passport(), ctx, "a")
    repo.save_passport(a, passport(), ctx, "a")
    assert [v for _, v, _ in repo.passport_versions(a)] == [1, 2]
    assert [v for _, v, _ in repo.passport_versions(b)] == [1]


def test_correcting_a_version_in_place(repo: ObjectRepository, ctx: Context) -> None:
    oid = repo.save(obj(), ctx, "a")
    first = repo.save_passport(oid, needing_adaptation(), ctx, "a")
    second = repo.save_passport(oid, passport(), ctx, "a")
    old = repo.get_passport(first)
    corrected = dataclasses.replace(
        old,
        number="П-7/2026 (түзетілді)",
        zones=(
            ZoneDraft("ENTRANCE", per_cat("PARTIAL", "FULL", "FULL", "FULL", "FULL")),
            ZoneDraft("INFO", dict(FULL5)),
        ),
        measurements=(MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.95),),
        works=(WorkDraft("ENTRANCE", "CURRENT_REPAIR", 2027),),
        suggested=per_cat("PARTIAL", "FULL", "FULL", "FULL", "FULL"),
        statuses=per_cat("DCH_I", "DP_I", "DP_I", "DP_I", "DP_I"),
        service_forms={},
    )
    assert repo.save_passport(oid, corrected, ctx, "b") == first
    got = repo.get_passport(first)
    assert got.version == 1 and got.number == "П-7/2026 (түзетілді)"
    assert {z.zone for z in got.zones} == {"ENTRANCE", "INFO"}
    assert [m.value for m in got.measurements] == [0.95]
    assert [(w.work, w.planned_year) for w in got.works] == [("CURRENT_REPAIR", 2027)]
    assert got.statuses["K"] == "DCH_I"
    # Still two versions, and correcting an old one does not make it current.
    assert [v for _, v, _ in repo.passport_versions(oid)] == [1, 2]
    assert repo.current_passport_id(oid) == second


def test_record_adaptation(store: Store, repo: ObjectRepository, ctx: Context) -> None:
    oid = repo.save(obj(), ctx, "a")
    pid = repo.save_passport(oid, needing_adaptation(), ctx, "a")
    repo.record_adaptation(pid, date(2026, 9, 1), ctx, "bolat", cost=Decimal("1250000.00"))
    got = repo.get_passport(pid)
    assert got.adapted_date == date(2026, 9, 1)
    assert got.adaptation_cost == Decimal("1250000.00")
    works = {w.work: w.completed_date for w in got.works}
    # Works are marked done on the date; "no work needed" is not a work.
    assert works == {"CAPITAL_REPAIR": date(2026, 9, 1), "NOT_NEEDED": None}
    assert repo.count(ObjectFilter(needs_adaptation=True)) == 0


def test_record_adaptation_keeps_an_earlier_completion(
    repo: ObjectRepository, ctx: Context
) -> None:
    oid = repo.save(obj(), ctx, "a")
    draft = needing_adaptation(
        works=(
            WorkDraft("ENTRANCE", "CAPITAL_REPAIR", completed_date=date(2026, 6, 1)),
            WorkDraft("SANITARY", "CURRENT_REPAIR"),
        )
    )
    pid = repo.save_passport(oid, draft, ctx, "a")
    repo.record_adaptation(pid, date(2026, 9, 1), ctx, "a")
    got = {w.zone: w.completed_date for w in repo.get_passport(pid).works}
    assert got == {"ENTRANCE": date(2026, 6, 1), "SANITARY": date(2026, 9, 1)}


def test_record_adaptation_of_an_imported_passport(repo: ObjectRepository, ctx: Context) -> None:
    """A passport stored without a suggestion (as the registry import does) can be adapted."""
    oid = repo.save(obj(), ctx, "a")
    pid = repo.save_passport(
        oid,
        passport(
            zones=(),
            suggested={},
            statuses=per_cat("VND", "DCH_I", "DCH_I", "DCH_I", "DCH_I"),
            requires_adaptation=True,
        ),
        ctx,
        "a",
    )
    repo.record_adaptation(pid, date(2026, 9, 1), ctx, "a")
    assert repo.get_passport(pid).adapted_date == date(2026, 9, 1)


@pytest.mark.parametrize(
    ("requires", "done", "code"),
    [
        (False, date(2026, 9, 1), "adapted_without_requirement"),
        (True, date(2026, 4, 19), "adapted_before_passport"),
        (True, TODAY + timedelta(days=1), "date_in_future"),
    ],
)
def test_record_adaptation_refused(
    store: Store, repo: ObjectRepository, ctx: Context, requires: bool, done: date, code: str
) -> None:
    oid = repo.save(obj(), ctx, "a")
    draft = needing_adaptation() if requires else passport()
    pid = repo.save_passport(oid, draft, ctx, "a")
    before = dump(store)
    with pytest.raises(ValidationError) as err:
        repo.record_adaptation(pid, done, ctx, "a")
    assert [(i.field, i.code) for i in err.value.report.errors] == [("adapted_date", code)]
    assert dump(store) == before


def test_adaptation_on_the_passport_date_and_today_are_accepted(
    repo: ObjectRepository, ctx: Context
) -> None:
    oid = repo.save(obj(), ctx, "a")
    pid = repo.save_passport(oid, needing_adaptation(), ctx, "a")
    repo.record_adaptation(pid, date(2026, 4, 20), ctx, "a")
    repo.record_adaptation(pid, TODAY, ctx, "a")
    assert repo.get_passport(pid).adapted_date == TODAY


def test_passport_authors(store: Store, repo: ObjectRepository, ctx: Context) -> None:
    from sqlalchemy import select

    from models.objects.tables import Passport, PassportZone

    oid = repo.save(obj(), ctx, "aigerim")
    pid = repo.save_passport(oid, needing_adaptation(), ctx, "bolat")
    repo.record_adaptation(pid, date(2026, 9, 1), ctx, "dana")
    with store.session() as s:
        p = s.get_one(Passport, pid)
        assert (p.created_by, p.updated_by) == ("bolat", "dana")
        zone_authors = set(s.scalars(select(PassportZone.created_by)))
    assert zone_authors == {"bolat"}


# -- reference data ---------------------------------------------------------------------------


def test_code_labels_in_file_order(store: Store) -> None:
    zones = ReferenceRepository(store).code_labels("functional_zones")
    assert [z.code for z in zones][:7] == list(ZONES)
    entrance = zones[1]
    assert entrance.label("ru") == "Вход (входы) в здание"
    assert entrance.label("kk") == "ғимаратқа кіреберіс (кіреберістер)"
    assert entrance.label("xx") == entrance.kk


def test_context_reads_the_store(store: Store) -> None:
    ref = ReferenceRepository(store)
    ref.add_settlement("113220100", "Ақкөл қаласы", "город Акколь", "admin")
    ctx = validation_context(store, TODAY)
    assert (ctx.today, ctx.office_kato, ctx.office_level) == (TODAY, "113200000", "district")
    assert len(ctx.region_codes) == 20 and "71" in ctx.region_codes
    assert {"EDU_SCHOOL", "HEALTH_POLYCLINIC", "TRADE_SHOP"} <= ctx.object_types
    assert ctx.settlements == frozenset({"113220100"})
    assert ctx.norm_rules["RAMP_SLOPE"].zones == ("TERRITORY", "ENTRANCE", "INTERIOR")


def test_settlements_add_and_rename(store: Store) -> None:
    ref = ReferenceRepository(store)
    ref.add_settlement("113220200", "Қайнар ауылы", "село Кайнар", "admin")
    ref.add_settlement("113220100", "Ақкөл", "Акколь", "admin")
    ref.add_settlement("113220100", "Ақкөл қаласы", "город Акколь", "admin")
    assert ref.settlements() == [
        ("113220100", "Ақкөл қаласы", "город Акколь"),
        ("113220200", "Қайнар ауылы", "село Кайнар"),
    ]


def test_default_login(store: Store) -> None:
    assert ReferenceRepository(store).default_login() == "admin"
