"""Migrations: models and head agree; every released store migrates with a backup first.

"A database made by any released version must open in the next one, with a backup taken
first": each released schema has a fixture store in ``tests/migrations/fixtures`` (built by
``tools/make_fixture_store.py``) that is migrated here on a copy.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

import models.schema  # noqa: F401  (every table on the metadata)
from models.objects.context import validation_context
from models.objects.repository import ObjectRepository
from models.objects.tables import CATEGORIES, InfraObject, NormRule, Passport
from models.reference.offices import office_of
from models.reference.repository import ReferenceRepository
from models.reference.tables import CodeItem, Setting
from models.setup import open_store
from models.store.base import Base
from models.store.db import (
    MIGRATIONS_DIR,
    Store,
    current_revision,
    head_revision,
    make_engine,
    migrate,
)
from tests.accounts import TEST_KEY
from tests.conftest import DISTRICT
from tests.store_templates import encrypted_copy, raw_connect

FIXTURES = Path(__file__).resolve().parents[2] / "migrations" / "fixtures"
RELEASED = sorted(FIXTURES.glob("store_*.sqlite"))


def revision_in(path: Path) -> str:
    conn = raw_connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    conn = raw_connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


def per_cat(*values: str) -> dict[str, str]:
    return dict(zip(CATEGORIES, values, strict=True))


@pytest.fixture
def store_0001(tmp_path: Path) -> Path:
    """A copy of the store released with revision 0001."""
    target = tmp_path / "office" / "qoldau.sqlite"
    return encrypted_copy(FIXTURES / "store_0001.sqlite", target)


# -- models and migrations agree --------------------------------------------------------------


def test_models_and_migration_head_agree(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_the_head_is_a_single_line_of_revisions() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    assert len(script.get_heads()) == 1
    assert script.get_current_head() == head_revision()
    assert [r.revision for r in script.walk_revisions()][-1] == "0001"


# -- released fixture stores ------------------------------------------------------------------


def test_a_fixture_exists_for_the_first_release() -> None:
    assert FIXTURES / "store_0001.sqlite" in RELEASED
    for path in RELEASED:
        assert revision_in(path) == path.stem.removeprefix("store_")


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_every_released_store_opens_at_head_after_a_backup(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    encrypted_copy(fixture, path)
    revision = revision_in(fixture)
    store = open_store(path, TEST_KEY)
    try:
        assert current_revision(store.engine) == head_revision()
        assert office_of(store) == DISTRICT
    finally:
        store.close()
    backups = sorted(tmp_path.glob(f"store.before-{revision}-*.sqlite"))
    if revision == head_revision():
        assert backups == []
    else:
        assert len(backups) == 1
        assert revision_in(backups[0]) == revision
        assert rows(backups[0], "infra_object") == rows(fixture, "infra_object")


def test_store_0001_data_survive_the_migration(store_0001: Path) -> None:
    store = open_store(store_0001, TEST_KEY)
    try:
        objects = ObjectRepository(store)
        school = objects.get(1)
        assert school.name == "№1 Ақкөл мектеп-гимназиясы"
        assert school.address == "Ақкөл қ., Әуезов к-сі, 12"
        assert (school.kato, school.object_type, school.owner_bin) == (
            "113220100",
            "EDU_SCHOOL",
            "090740001237",
        )
        assert (school.floors, school.year_built, school.object_ref) == (3, 1975, "R-001")
        assert school.uuid == "00000000-0000-4000-8000-000000000010"
        excluded = objects.get(3)
        assert not excluded.subject_to_passportization
        assert excluded.exclusion_reason == "due for demolition"
        assert excluded.exclusion_date == date(2025, 4, 1)

        passport = objects.get_passport(1)
        assert passport.passport_date == date(2025, 4, 20)
        assert passport.adapted_date == date(2025, 9, 1)
        assert passport.adaptation_cost == Decimal("1250000.00")
        assert passport.statuses == per_cat("DU", "DP_I", "DCH_I", "DP_I", "DP_I")
        assert passport.service_forms["K"] == "DU"
        zones = {z.zone: z.levels for z in passport.zones}
        assert zones["ENTRANCE"] == per_cat("NONE", "FULL", "PARTIAL", "FULL", "FULL")
        assert zones["SANITARY"] == dict.fromkeys(CATEGORIES, "NA")
        (m,) = passport.measurements
        assert (m.check_code, m.value, m.photo_no) == ("RAMP_SLOPE", 8.0, "14")
        (w,) = passport.works
        assert (w.work, w.estimated_cost, w.completed_date) == (
            "CAPITAL_REPAIR",
            Decimal("1300000.00"),
            date(2025, 9, 1),
        )
        # The polyclinic's re-inspection: two versions, the second current.
        assert [v[:2] for v in objects.passport_versions(2)] == [(2, 1), (3, 2)]
        assert objects.current_passport_id(2) == 3
        assert objects.current_passport_id(3) is None

        with store.session() as s:
            p = s.get_one(Passport, 1)
            assert (p.created_by, p.created_at.year) == ("aigerim", 2025)
            # Corrected reference data stay; missing entries are added by seeding.
            assert s.scalar(select(CodeItem.kk).where(CodeItem.code == "EDU_SCHOOL")) == (
                "жалпы білім беретін мектеп (түзетілді)"
            )
            assert s.scalar(select(func.count(CodeItem.id))) > 2
            assert s.scalar(select(NormRule.value).where(NormRule.check_code == "RAMP_SLOPE")) == (
                6.0
            )
            assert s.scalar(
                select(Setting.value).where(Setting.key == "reinspection_interval_years")
            ) == ("5")
            assert s.scalar(select(func.count(InfraObject.id))) == 3
        assert ReferenceRepository(store).settlements() == [
            ("113220100", "Ақкөл қаласы", "город Акколь")
        ]
    finally:
        store.close()


def test_store_0001_accepts_new_work_after_migrating(store_0001: Path) -> None:
    from models.objects.dto import ObjectDraft

    store = open_store(store_0001, TEST_KEY)
    try:
        repo = ObjectRepository(store)
        ctx = validation_context(store, date(2026, 11, 20))
        new_id = repo.save(
            ObjectDraft(name="Жаңа балабақша", object_type="EDU_PRESCHOOL", kato="113220100"),
            ctx,
            "bolat",
        )
        assert new_id == 4
        assert repo.get(new_id).name == "Жаңа балабақша"
    finally:
        store.close()


# -- the backup taken before a pending revision -----------------------------------------------

EXTRA_REVISION = '''"""test only: one more table

Revision ID: {revision}
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("extra_note", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("extra_note")
'''


@pytest.fixture
def migrations_with_extra(tmp_path: Path) -> Path:
    """A copy of the shipped migrations with one more (test-only) revision on top."""
    target = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    down = head_revision()
    (target / "versions" / "9001_extra.py").write_text(
        EXTRA_REVISION.format(revision="9001", down=down), encoding="utf-8"
    )
    assert head_revision(target) == "9001"
    return target


def _tables(path: Path) -> set[str]:
    conn = raw_connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_migrate_backs_up_before_a_pending_revision(
    store_0001: Path, migrations_with_extra: Path
) -> None:
    engine = make_engine(store_0001, TEST_KEY)
    try:
        backup = migrate(engine, store_0001, migrations_with_extra)
        assert current_revision(engine) == "9001"
    finally:
        engine.dispose()
    assert backup is not None
    assert backup.parent == store_0001.parent
    assert backup.name.startswith("qoldau.before-0001-")
    assert backup.suffix == ".sqlite"
    assert revision_in(backup) == "0001"
    assert "extra_note" not in _tables(backup)
    fixture = FIXTURES / "store_0001.sqlite"
    for table in ("office", "infra_object", "passport", "passport_zone", "code_item"):
        assert rows(backup, table) == rows(fixture, table), table
    assert "extra_note" in _tables(store_0001)
    # Objects survive; only the registration dates revision 0005 repairs differ (see below).
    migrated, released = rows(store_0001, "infra_object"), rows(fixture, "infra_object")
    assert [r[:5] for r in migrated] == [r[:5] for r in released]


def test_migrate_a_current_store_to_a_new_revision(
    store: Store, migrations_with_extra: Path
) -> None:
    head = head_revision()
    _add = ObjectRepository(store)
    from models.objects.dto import ObjectDraft

    ctx = validation_context(store, date(2026, 11, 20))
    _add.save(ObjectDraft(name="Мектеп", object_type="EDU_SCHOOL", kato="113220100"), ctx, "a")
    backup = migrate(store.engine, store.path, migrations_with_extra)
    assert backup is not None
    assert backup.name.startswith(f"store.before-{head}-")
    assert revision_in(backup) == head
    assert [r[3] for r in rows(backup, "infra_object")] == ["Мектеп"]
    assert current_revision(store.engine) == "9001"
    # Nothing pending any more: no second backup.
    assert migrate(store.engine, store.path, migrations_with_extra) is None
    assert len(list(store.path.parent.glob("store.before-*.sqlite"))) == 1


def test_an_empty_file_is_migrated_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    engine = make_engine(path, TEST_KEY)
    try:
        assert migrate(engine, path) is None
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite") == ["new.sqlite"]


def test_migrate_refuses_an_unknown_revision(store: Store) -> None:
    from sqlalchemy import text

    from models.store.db import StoreError

    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zzzz'"))
    with pytest.raises(StoreError) as err:
        migrate(store.engine, store.path)
    assert err.value.code == "too_new"
    assert list(store.path.parent.glob("*.before-*")) == []


# -- revision 0005: registration dates (issue 7, reporting.md §1) -----------------------------


def _registration(path: Path) -> dict[int, tuple[str | None, str]]:
    conn = raw_connect(path)
    try:
        return {
            oid: (registered, updated_by)
            for oid, registered, updated_by in conn.execute(
                "SELECT id, registered_date, updated_by FROM infra_object ORDER BY id"
            )
        }
    finally:
        conn.close()


def test_revision_0005_repairs_the_registration_dates_of_a_0004_store(tmp_path: Path) -> None:
    from tools.make_fixture_store_0004 import EXPECTED, IMPORT_DAY

    path = tmp_path / "store.sqlite"
    encrypted_copy(FIXTURES / "store_0004.sqlite", path)
    before = _registration(path)
    assert {oid: before[oid][0] for oid in EXPECTED} == {
        4: IMPORT_DAY,
        5: IMPORT_DAY,
        6: "2010-01-15",
        7: "2020-02-01",
        8: IMPORT_DAY,
        9: IMPORT_DAY,
    }

    store = open_store(path, TEST_KEY)
    try:
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()

    after = _registration(path)
    expected = {
        # From the 0001 rows: R-001 was imported with the import day stamped (emptied), the
        # polyclinic's first passport (10.02.2024) is older than its entry day (moved back),
        # the excluded bath-house has no passport (kept).
        1: None,
        2: "2024-02-10",
        3: "2025-03-14",
        **EXPECTED,
    }
    assert {oid: registered for oid, (registered, _by) in after.items()} == expected
    for oid, (registered, updated_by) in after.items():
        changed = registered != before[oid][0]
        assert (updated_by == "migration-0005") is changed, oid
    # The backup holds the old dates.
    (backup,) = tmp_path.glob("store.before-0004-*.sqlite")
    assert _registration(backup) == before


def test_after_0005_a_past_period_counts_every_imported_object(tmp_path: Path) -> None:
    """The issue's case: a register imported in 2026 without dates, exported for 2019."""
    from models.reporting.figures import compute_figures
    from models.reporting.periods import parse_period

    path = tmp_path / "store.sqlite"
    encrypted_copy(FIXTURES / "store_0004.sqlite", path)
    store = open_store(path, TEST_KEY)
    try:
        (a1,) = compute_figures(store, parse_period("2019")).a1
    finally:
        store.close()
    # In the register at 31.12.2019: R-001 and R-010/R-011 (no date any more), R-012 (2010),
    # R-013 (2018 since 0005). Not: the polyclinic (2024), the bath-house (2025), №8 (2025),
    # №9 (2026). Passported by then: R-010 (2016, adapted 2019) and.
    assert (a1.objects_total, a1.subject_to_passportization, a1.passported) == (5, 5, 3)
    assert (a1.requiring_adaptation, a1.adapted) == (1, 1)
