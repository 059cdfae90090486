"""Norm rules as data (issue 12, brief §2.8): the seeded table, editions an administrator adds,
refusals of bad rules, and measurements that keep the edition they were checked against."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select

from models.audit.tables import AuditEvent
from models.issues import ValidationError
from models.objects.annex_tables import NormRuleEdition
from models.objects.context import validation_context
from models.objects.dto import MeasurementDraft, NormRuleDTO, ZoneDraft
from models.objects.norm_rules import NormRuleRepository, element_zones, rule_problems
from models.objects.repository import ObjectRepository
from models.objects.tables import Measurement, NormRule
from models.reference.roles import RoleError
from models.seed import DEFAULT_NORMS
from models.setup import open_store
from models.store.db import MIGRATIONS_DIR, Store, make_engine
from tests.accounts import TEST_KEY, as_role
from tests.conftest import TODAY
from tests.models.objects.test_repositories import FULL5, obj, passport
from tests.store_templates import encrypted_copy, raw_connect, table_counts

FIXTURES = Path(__file__).resolve().parents[2] / "migrations" / "fixtures"
OLD_CODES = {
    "RAMP_SLOPE",
    "DOOR_WIDTH",
    "DOOR_MANOEUVRE_DEPTH",
    "CORRIDOR_WIDTH",
    "TURNING_DIAMETER",
    "EVAC_DOOR_WIDTH",
    "EVAC_CORRIDOR_WIDTH",
    "DEAD_END_LENGTH",
    "BALCONY_WIDTH",
    "RAMP_LANDING_LENGTH",
    "DOOR_THRESHOLD",
    "PARKING_ACCESSIBLE_SHARE",
    "RAMP_WIDTH",
    "ATM_LARGE_PRINT",
}


def rules_of(store: Store) -> dict[str, NormRuleDTO]:
    return {r.check_code: r for r in NormRuleRepository(store).rules()}


def new_rule(**changes: object) -> NormRuleDTO:
    base = NormRuleDTO(
        check_code="STAIR_TREAD_WIDTH",
        zones=("ENTRANCE",),
        operator=">=",
        value=0.3,
        unit="m",
        document="СП РК 3.06-101-2012*",
        clause="4.3.2.20",
        categories="K O S",
        min_physical=0.05,
        max_physical=2.0,
        element="ENTRANCE_STAIRS",
        metric="WIDTH",
        severity="warning",
        titles={"kk": "Баспалдақ басқышының ені", "ru": "Ширина проступи", "en": ""},
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def rule_rows(store: Store) -> list[tuple[object, ...]]:
    conn = raw_connect(store.path)
    try:
        return conn.execute(
            "SELECT check_code, value, edition, active, title_ru, condition_kk, condition_ru,"
            " condition_en FROM norm_rule ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


# -- the seeded table --------------------------------------------------------------------------


def test_a_new_store_holds_every_row_of_the_brief_s_table(store: Store) -> None:
    rules = rules_of(store)
    assert set(rules) == {d.code for d in DEFAULT_NORMS}
    assert set(rules) > OLD_CODES  # codes stored measurements name are kept
    elements = NormRuleRepository(store).element_zones()
    for rule in rules.values():
        # Every seeded rule is one an administrator could have entered.
        assert rule_problems(rule, elements).ok, rule.check_code
        assert rule.edition == 1 and rule.active
        assert all(rule.titles[lang] for lang in ("kk", "ru", "en")), rule.check_code
        assert rule.metric
    # The cramped-place ramp: up to 8 % only with a flight rise of at most 0.8 m.
    assert (rules["RAMP_SLOPE"].operator, rules["RAMP_SLOPE"].value) == ("<=", 5.0)
    assert (rules["RAMP_SLOPE_CRAMPED"].value, rules["RAMP_SLOPE_CRAMPED"].unit) == (8.0, "%")
    assert (rules["RAMP_RISE_CRAMPED"].value, rules["RAMP_RISE_CRAMPED"].unit) == (0.8, "m")
    cramped = rules["RAMP_SLOPE_CRAMPED"]
    assert "0,8 м" in cramped.conditions["ru"] and "0,8 м" in cramped.conditions["kk"]
    assert "0.8 m" in cramped.conditions["en"]
    assert cramped.condition_text("kk").startswith("Тек қысылған жерлерде")
    # A condition is written in every language or in none.
    for rule in rules.values():
        assert len({bool(rule.conditions[lang]) for lang in ("kk", "ru", "en")}) == 1, rule
    # Manoeuvring space: 1.2 m opening away, 1.5 m towards, 1.5 m wide.
    assert rules["DOOR_MANOEUVRE_DEPTH"].value == 1.2
    assert rules["DOOR_MANOEUVRE_DEPTH_TOWARDS"].value == 1.5
    assert rules["DOOR_MANOEUVRE_WIDTH"].value == 1.5
    assert (rules["CORRIDOR_WIDTH_PASSING"].value, rules["CORRIDOR_WIDTH_PASSING"].element) == (
        1.8,
        "CORRIDOR",
    )
    # Housing sanitary rooms: one rule per side, SANITARY, residential objects only.
    housing = {
        "HOUSING_BATHROOM_WIDTH": 2.2,
        "HOUSING_BATHROOM_LENGTH": 2.2,
        "HOUSING_WC_BASIN_WIDTH": 1.6,
        "HOUSING_WC_BASIN_LENGTH": 2.2,
        "HOUSING_WC_WIDTH": 1.2,
        "HOUSING_WC_LENGTH": 1.6,
    }
    for code, value in housing.items():
        assert (rules[code].value, rules[code].zones, rules[code].scope) == (
            value,
            ("SANITARY",),
            "RESIDENTIAL",
        )
    assert rules["BALCONY_WIDTH"].scope == "RESIDENTIAL"
    # Ramps: handrails present at two heights, landings and the free areas, width.
    assert (rules["RAMP_HANDRAILS"].metric, rules["RAMP_HANDRAILS"].value) == ("PRESENT", 1.0)
    assert rules["RAMP_LANDING_LENGTH"].value == 1.5
    assert rules["RAMP_END_WIDTH"].value == rules["RAMP_END_DEPTH"].value == 1.5
    assert rules["RAMP_WIDTH"].value == 1.0
    # Parking: at least 10 % and at least one space.
    assert (rules["PARKING_ACCESSIBLE_SHARE"].value, rules["PARKING_ACCESSIBLE_SHARE"].unit) == (
        10.0,
        "%",
    )
    assert (
        rules["PARKING_ACCESSIBLE_COUNT"].operator,
        rules["PARKING_ACCESSIBLE_COUNT"].value,
    ) == (
        ">=",
        1.0,
    )
    with store.session() as s:
        editions = s.execute(select(NormRuleEdition.check_code, NormRuleEdition.edition)).all()
    assert sorted(editions) == sorted((d.code, 1) for d in DEFAULT_NORMS)


def _store_at_0011(tmp_path: Path) -> Path:
    """A store of revision 0011 (the released 0005 fixture brought to 0011), before issue 12."""
    path = tmp_path / "old" / "qoldau.sqlite"
    encrypted_copy(FIXTURES / "store_0005.sqlite", path)
    engine = make_engine(path, TEST_KEY)
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.attributes["engine"] = engine
        command.upgrade(cfg, "0011")
    finally:
        engine.dispose()
    return path


def test_an_older_store_gets_the_new_rules_and_its_blanks_filled(tmp_path: Path) -> None:
    path = _store_at_0011(tmp_path)
    conn = raw_connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0011"
        old = {r[0] for r in conn.execute("SELECT check_code FROM norm_rule")}
        # An administrator had corrected the ramp threshold in the store itself.
        conn.execute("UPDATE norm_rule SET value = 6.0 WHERE check_code = 'RAMP_SLOPE'")
        conn.commit()
    finally:
        conn.close()
    assert "RAMP_SLOPE" in old and old <= OLD_CODES  # the fixture seeded few rules

    store = open_store(path, TEST_KEY)
    try:
        rules = rules_of(store)
        assert set(rules) == {d.code for d in DEFAULT_NORMS}
        ramp = rules["RAMP_SLOPE"]
        assert ramp.value == 6.0  # the administrator's value stays
        assert (ramp.metric, ramp.titles["ru"], ramp.edition) == (
            "SLOPE",
            "Продольный уклон пандуса",
            1,
        )
        assert all("RAMP_SLOPE_CRAMPED" in ramp.conditions[lang] for lang in ("kk", "ru", "en"))
        assert (rules["BALCONY_WIDTH"].scope, rules["CORRIDOR_WIDTH"].element) == (
            "RESIDENTIAL",
            "CORRIDOR",
        )
        with store.session() as s:
            first = {
                e.check_code: e
                for e in s.scalars(select(NormRuleEdition).where(NormRuleEdition.edition == 1))
            }
        assert set(first) == set(rules)
        # The migration's edition 1 of an old rule gets the blanks the seed fills...
        assert (first["RAMP_SLOPE"].value, first["RAMP_SLOPE"].metric) == (6.0, "SLOPE")
        # ... and a new rule its own edition 1.
        assert first["RAMP_RISE_CRAMPED"].value == 0.8
    finally:
        store.close()


def test_seeding_again_keeps_what_an_administrator_changed(store: Store) -> None:
    repo = NormRuleRepository(store)
    repo.change(
        "DOOR_WIDTH",
        1.0,
        "Облыс әкімдігінің шешімі",
        "admin",
        titles={"kk": "Есік ені", "ru": "", "en": ""},
        conditions={"kk": "", "ru": "", "en": ""},
    )
    # A condition cleared in two languages stays cleared (seeding fills only older stores).
    repo.change(
        "TURNING_DIAMETER",
        1.5,
        "Облыс әкімдігінің шешімі",
        "admin",
        conditions={"kk": "", "ru": "", "en": "1.5 m is enough"},
    )
    before = rule_rows(store)
    store.close()
    reopened = open_store(store.path, TEST_KEY)
    try:
        assert rule_rows(reopened) == before
        door = rules_of(reopened)["DOOR_WIDTH"]
        assert (door.value, door.edition, door.titles["ru"], door.conditions["kk"]) == (
            1.0,
            2,
            "",
            "",
        )
        turning = rules_of(reopened)["TURNING_DIAMETER"]
        assert turning.conditions == {"kk": "", "ru": "", "en": "1.5 m is enough"}
        assert turning.condition_text("kk") == "1.5 m is enough"  # the one written
    finally:
        reopened.close()


# -- editions ----------------------------------------------------------------------------------


def test_a_change_adds_an_edition_with_who_when_and_why(store: Store) -> None:
    repo = NormRuleRepository(store)
    assert repo.change("RAMP_SLOPE", 6.0, "Облыстың 2026 жылғы шешімі", "admin") == 2
    rule = repo.rule("RAMP_SLOPE")
    assert (rule.value, rule.edition) == (6.0, 2)
    editions = repo.editions("RAMP_SLOPE")
    assert [(e.edition, e.value) for e in editions] == [(1, 5.0), (2, 6.0)]
    assert (editions[1].made_by, editions[1].note) == ("admin", "Облыстың 2026 жылғы шешімі")
    assert editions[1].made_at >= editions[0].made_at
    with store.session() as s:
        uuid = s.scalars(select(NormRule.uuid).where(NormRule.check_code == "RAMP_SLOPE")).one()
        audited = s.execute(
            select(AuditEvent.field, AuditEvent.old_value, AuditEvent.new_value).where(
                AuditEvent.entity == "norm_rule", AuditEvent.entity_uuid == str(uuid)
            )
        ).all()
    assert ("value", "5.0", "6.0") in audited
    assert ("edition", "1", "2") in audited


def test_an_old_verdict_keeps_its_edition_and_a_new_measurement_uses_the_new_one(
    store: Store,
) -> None:
    """The done-when of issue 12 through the repository: 6 % was a breach of the 5 % norm;
    after the oblast allows 7 %, a new passport's 6 % meets it, the old one stays a breach."""
    objects = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    school = objects.save(obj(), ctx, "aigerim")
    ramp = MeasurementDraft("ENTRANCE", "RAMP_SLOPE", 6.0, "12", "ENTRANCE_RAMP")
    first = objects.save_passport(school, passport(measurements=(ramp,)), ctx, "aigerim")

    NormRuleRepository(store).change("RAMP_SLOPE", 7.0, "Облыстың шешімі", "admin")
    ctx = validation_context(store, TODAY)
    # The old passport corrected in place (its measurement untouched) keeps its verdict.
    stored = objects.get_passport(first)
    objects.save_passport(school, dataclasses.replace(stored, commission="Жаңа"), ctx, "aigerim")
    second = objects.save_passport(school, passport(measurements=(ramp,)), ctx, "aigerim")

    rules = NormRuleRepository(store)
    (old,) = rules.stored_measurements(first)
    (new,) = rules.stored_measurements(second)
    assert (old.verdict, old.threshold, old.rule_edition) == ("breach", 5.0, 1)
    assert (new.verdict, new.threshold, new.rule_edition) == ("ok", 7.0, 2)
    assert old.element == new.element == "ENTRANCE_RAMP"


def test_conditions_are_kept_per_language_in_each_edition(store: Store) -> None:
    repo = NormRuleRepository(store)
    conditions = {
        "kk": "Тек кіреберістің сыртқы баспалдағында",
        "ru": "Только на наружной лестнице входа",
        "en": "",
    }
    repo.add(
        new_rule(conditions={**conditions, "ru": " Только на наружной лестнице входа "}), "admin"
    )
    rule = repo.rule("STAIR_TREAD_WIDTH")
    assert rule.conditions == conditions  # stripped
    assert rule.condition_text("kk") == "Тек кіреберістің сыртқы баспалдағында"
    assert rule.condition_text("ru") == "Только на наружной лестнице входа"
    assert rule.condition_text("en") == "Только на наружной лестнице входа"  # then Russian
    new = {"kk": "Кез келген баспалдақта", "ru": "На любой лестнице", "en": "On any stairs"}
    assert repo.change("STAIR_TREAD_WIDTH", 0.3, "Облыстың шешімі", "admin", conditions=new) == 2
    assert repo.rule("STAIR_TREAD_WIDTH").condition_text("en") == "On any stairs"
    assert [e.conditions for e in repo.editions("STAIR_TREAD_WIDTH")] == [conditions, new]


# -- refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"check_code": "stair width"}, "check_code", "norm_code_format"),
        ({"check_code": "DOOR_WIDTH"}, "check_code", "norm_code_taken"),
        ({"zones": ()}, "zones", "required"),
        ({"zones": ("ROOF",)}, "zones", "unknown_code"),
        ({"element": "TOILET"}, "element", "norm_element_zone"),
        ({"element": "CHIMNEY"}, "element", "unknown_code"),
        ({"categories": "K X"}, "categories", "unknown_code"),
        ({"categories": ""}, "categories", "required"),
        ({"operator": "=="}, "operator", "unknown_code"),
        ({"metric": "WEIGHT"}, "metric", "unknown_code"),
        ({"scope": "RURAL"}, "scope", "unknown_code"),
        ({"severity": "fatal"}, "severity", "unknown_code"),
        ({"min_physical": 2.0, "max_physical": 1.0}, "max_physical", "norm_range_order"),
        ({"value": 30.0}, "value", "out_of_range"),
        ({"titles": {"kk": " ", "ru": "", "en": ""}}, "title", "norm_title_required"),
        ({"unit": ""}, "unit", "required"),
        ({"document": "СП\x00"}, "document", "control_chars"),
        ({"conditions": {"ru": "Только\x07"}}, "condition_ru", "control_chars"),
    ],
)
def test_a_bad_rule_is_refused_and_nothing_is_written(
    store: Store, changes: dict[str, object], field: str, code: str
) -> None:
    before = table_counts(store.path)
    rows = rule_rows(store)
    with pytest.raises(ValidationError) as caught:
        NormRuleRepository(store).add(new_rule(**changes), "admin")
    assert (field, code) in {(i.field, i.code) for i in caught.value.report.issues}
    assert table_counts(store.path) == before
    assert rule_rows(store) == rows


def test_a_good_rule_is_added_with_its_first_edition(store: Store) -> None:
    repo = NormRuleRepository(store)
    repo.add(new_rule(), "admin", "Облыстың тізімі")
    rule = repo.rule("STAIR_TREAD_WIDTH")
    assert (rule.value, rule.element, rule.edition, rule.active) == (
        0.3,
        "ENTRANCE_STAIRS",
        1,
        True,
    )
    assert rule.title("en") == "Ширина проступи"  # no English title: Russian, then Kazakh
    assert rule.conditions == {"kk": "", "ru": "", "en": ""}
    assert [(e.edition, e.made_by, e.note) for e in repo.editions("STAIR_TREAD_WIDTH")] == [
        (1, "admin", "Облыстың тізімі")
    ]


@pytest.mark.parametrize(
    ("args", "field", "code"),
    [
        (("RAMP_SLOPE", 6.0, "  "), "note", "required"),
        (("RAMP_SLOPE", 120.0, "шешім"), "value", "out_of_range"),
        (("NO_SUCH_RULE", 1.0, "шешім"), "check_code", "unknown_code"),
    ],
)
def test_a_bad_change_is_refused_and_nothing_is_written(
    store: Store, args: tuple[str, float, str], field: str, code: str
) -> None:
    before = table_counts(store.path)
    rows = rule_rows(store)
    with pytest.raises(ValidationError) as caught:
        NormRuleRepository(store).change(*args, "admin")
    assert (field, code) in {(i.field, i.code) for i in caught.value.report.issues}
    assert table_counts(store.path) == before
    assert rule_rows(store) == rows


def test_a_change_refuses_a_field_that_cannot_change(store: Store) -> None:
    rows = rule_rows(store)
    with pytest.raises(ValidationError):
        NormRuleRepository(store).change("RAMP_SLOPE", 6.0, "шешім", "admin", edition=5)
    with pytest.raises(ValidationError) as caught:
        NormRuleRepository(store).change(
            "RAMP_SLOPE", 6.0, "шешім", "admin", element="PARKING", zones=("ENTRANCE",)
        )
    assert caught.value.report.issues[0].code == "norm_element_zone"
    assert rule_rows(store) == rows


@pytest.mark.parametrize("role", ["viewer", "specialist", "supervisor"])
def test_only_an_administrator_changes_rules(store: Store, role: str) -> None:
    repo = NormRuleRepository(as_role(store, "aigerim", role))
    before = table_counts(store.path)
    rows = rule_rows(store)
    with pytest.raises(RoleError):
        repo.change("RAMP_SLOPE", 8.0, "шешім", "aigerim")
    with pytest.raises(RoleError):
        repo.add(new_rule(), "aigerim")
    with pytest.raises(RoleError):
        repo.retire("RAMP_SLOPE", "aigerim")
    assert table_counts(store.path) == before
    assert rule_rows(store) == rows
    assert repo.rule("RAMP_SLOPE").value == 5.0  # reading stays open to every role


# -- which measurements a rule takes -----------------------------------------------------------


def test_a_retired_rule_refuses_new_values_and_keeps_stored_ones(store: Store) -> None:
    objects = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    school = objects.save(obj(), ctx, "aigerim")
    width = MeasurementDraft("ENTRANCE", "RAMP_WIDTH", 0.9)
    pid = objects.save_passport(school, passport(measurements=(width,)), ctx, "aigerim")
    rules = NormRuleRepository(store)
    rules.retire("RAMP_WIDTH", "admin")
    assert not rules.rule("RAMP_WIDTH").active
    ctx = validation_context(store, TODAY)

    # The stored measurement naming it still saves, with its verdict.
    stored = objects.get_passport(pid)
    objects.save_passport(school, dataclasses.replace(stored, number="П-8"), ctx, "aigerim")
    assert [(m.verdict, m.rule_edition) for m in rules.stored_measurements(pid)] == [("breach", 1)]
    # A new value is refused, and nothing is written.
    before = table_counts(store.path)
    changed = dataclasses.replace(
        objects.get_passport(pid), measurements=(MeasurementDraft("ENTRANCE", "RAMP_WIDTH", 1.1),)
    )
    with pytest.raises(ValidationError) as caught:
        objects.save_passport(school, changed, ctx, "aigerim")
    assert caught.value.report.issues[0].code == "norm_rule_retired"
    assert table_counts(store.path) == before
    with store.session() as s:
        assert s.scalars(select(Measurement.value)).all() == [0.9]

    rules.reactivate("RAMP_WIDTH", "admin")
    objects.save_passport(school, changed, validation_context(store, TODAY), "aigerim")
    assert [m.verdict for m in rules.stored_measurements(pid)] == ["ok"]


def test_a_housing_rule_applies_to_residential_objects_only(store: Store) -> None:
    objects = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    wc = MeasurementDraft("SANITARY", "HOUSING_WC_WIDTH", 1.1, element="TOILET")
    zones = (ZoneDraft("SANITARY", dict(FULL5)),)
    school = objects.save(obj(), ctx, "aigerim")
    before = table_counts(store.path)
    with pytest.raises(ValidationError) as caught:
        objects.save_passport(school, passport(zones=zones, measurements=(wc,)), ctx, "aigerim")
    assert caught.value.report.issues[0].code == "norm_rule_not_residential"
    assert table_counts(store.path) == before

    home = objects.save(
        obj(name="№12 тұрғын үй", object_type="HOUSING_RESIDENTIAL", residential=True),
        ctx,
        "aigerim",
    )
    pid = objects.save_passport(home, passport(zones=zones, measurements=(wc,)), ctx, "aigerim")
    (stored,) = NormRuleRepository(store).stored_measurements(pid)
    assert (stored.verdict, stored.threshold) == ("breach", 1.2)


def test_a_rule_naming_an_element_refuses_another_element(store: Store) -> None:
    objects = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    school = objects.save(obj(), ctx, "aigerim")
    zones = (ZoneDraft("INTERIOR", dict(FULL5)),)
    wrong = MeasurementDraft("INTERIOR", "CORRIDOR_WIDTH", 1.6, element="LIFT")
    with pytest.raises(ValidationError) as caught:
        objects.save_passport(school, passport(zones=zones, measurements=(wrong,)), ctx, "x")
    assert caught.value.report.issues[0].code == "norm_element_mismatch"
    # The corridor itself, or the zone as a whole, may use it.
    for element in ("CORRIDOR", ""):
        right = dataclasses.replace(wrong, element=element)
        objects.save_passport(school, passport(zones=zones, measurements=(right,)), ctx, "x")


def test_element_zones_come_from_the_code_list_notes(store: Store) -> None:
    with store.session() as s:
        zones = element_zones(s)
    assert (zones["PARKING"], zones["TOILET"], zones["CORRIDOR"]) == (
        "TERRITORY",
        "SANITARY",
        "INTERIOR",
    )
