"""Opening, creating, refusing and backing up stores; pragmas, authors and seeding."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models.objects.tables import InfraObject, NormRule
from models.paths import resource_path
from models.reference.identifiers import region_codes
from models.reference.offices import has_office, office_of
from models.reference.tables import AppUser, CodeItem, Office, Setting
from models.seed import CODE_LISTS, DEFAULT_NORMS, DEFAULT_SETTINGS
from models.setup import init_store, open_store
from models.store.base import SYSTEM_USER
from models.store.db import Store, StoreError, backup_to, current_revision, head_revision
from tests.accounts import TEST_KEY, TEST_PASSWORD
from tests.conftest import DISTRICT
from tests.store_templates import new_store_file, raw_connect


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def csv_rows(list_name: str) -> list[dict[str, str]]:
    with resource_path(f"codelists/{list_name}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# -- refusing what is not a usable store ------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        open_store(tmp_path / "nowhere" / "store.sqlite", TEST_KEY)
    assert err.value.code == "missing"
    assert err.value.path == tmp_path / "nowhere" / "store.sqlite"
    assert not (tmp_path / "nowhere").exists()


def test_empty_file_is_missing(tmp_path: Path) -> None:
    (tmp_path / "store.sqlite").touch()
    with pytest.raises(StoreError) as err:
        open_store(tmp_path / "store.sqlite", TEST_KEY)
    assert err.value.code == "missing"


def test_text_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Ақкөл ауданы: тізім\n", encoding="utf-8")
    before = sha(path)
    with pytest.raises(StoreError) as err:
        open_store(path, TEST_KEY)
    assert err.value.code == "not_a_store"
    assert sha(path) == before


def test_corrupt_sqlite_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    with pytest.raises(StoreError) as err:
        open_store(path, TEST_KEY)
    assert err.value.code == "not_a_store"


def test_another_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Асқар')")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(StoreError) as err:
        open_store(path, TEST_KEY)
    assert err.value.code == "not_a_store"
    assert sha(path) == before
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert tables == {"contacts"}


def test_init_twice_refuses(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    init_store(path, DISTRICT, "admin", TEST_PASSWORD)[0].close()
    before, keys_before = sha(path), sha(path.with_name("store.sqlite.keys"))
    with pytest.raises(StoreError) as err:
        init_store(path, DISTRICT, "other", TEST_PASSWORD)
    assert err.value.code == "exists"
    assert sha(path) == before
    assert sha(path.with_name("store.sqlite.keys")) == keys_before


def _stamp_revision(path: Path, revision: str, journal_mode: str) -> None:
    conn = raw_connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.execute(f"PRAGMA journal_mode={journal_mode}")
    conn.close()


@pytest.mark.parametrize("journal_mode", ["WAL", "DELETE"])
def test_store_from_a_newer_version_is_refused_byte_identical(
    tmp_path: Path, journal_mode: str
) -> None:
    path = new_store_file(tmp_path / "store.sqlite", DISTRICT, "admin")
    _stamp_revision(path, "9999_from_the_future", journal_mode)
    before = sha(path)
    with pytest.raises(StoreError) as err:
        open_store(path, TEST_KEY)
    assert err.value.code == "too_new"
    assert err.value.detail == "9999_from_the_future"
    assert sha(path) == before
    # no backup, no WAL left behind
    assert files_in(tmp_path) == {"store.sqlite", "store.sqlite.keys"}


# -- a fresh store ----------------------------------------------------------------------------


def test_fresh_store_is_at_head(store: Store) -> None:
    assert current_revision(store.engine) == head_revision()
    assert office_of(store) == DISTRICT
    assert has_office(store)


def test_open_without_office(tmp_path: Path) -> None:
    s = open_store(tmp_path / "new" / "store.sqlite", TEST_KEY, create=True)
    try:
        assert not has_office(s)
        with pytest.raises(StoreError) as err:
            office_of(s)
        assert err.value.code == "no_office"
    finally:
        s.close()


def test_init_records_office_and_admin(store: Store) -> None:
    with store.session() as s:
        office = s.scalars(select(Office)).one()
        admin = s.scalars(select(AppUser)).one()
    assert (office.kato, office.level, office.name_kk) == ("113200000", "district", "Ақкөл ауданы")
    assert (admin.login, admin.role, admin.active) == ("admin", "administrator", True)
    assert office.created_by == "admin" and admin.created_by == "admin"


def test_reopen_is_not_migrated_again(store: Store) -> None:
    store.close()
    again = open_store(store.path, TEST_KEY)
    try:
        assert office_of(again) == DISTRICT
    finally:
        again.close()
    # no backup when nothing is pending
    assert files_in(store.path.parent) == {"store.sqlite", "store.sqlite.keys"}


def test_pragmas_in_force(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        # Two writers wait for each other rather than fail (issue 9).
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 30_000
        # Decrypted pages are cached generously (a repeated scan costs no decryption).
        assert conn.execute(text("PRAGMA cache_size")).scalar() == -65_536


def test_foreign_keys_are_enforced(store: Store) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.session() as s:
        s.execute(
            text(
                "INSERT INTO passport_zone (passport_id, zone, level_k, level_o, level_s, "
                "level_g, level_u, conclusion, uuid, created_at, created_by, updated_at, "
                "updated_by) VALUES (999, 'ENTRANCE', 'NA', 'NA', 'NA', 'NA', 'NA', '', 'u', "
                "'2026-01-01', 'x', '2026-01-01', 'x')"
            )
        )


# -- authors and timestamps -------------------------------------------------------------------


def _add_object(store: Store, user: str) -> int:
    with store.session(user) as s:
        o = InfraObject(kato="113220100", name="Мектеп", object_type="EDU_SCHOOL")
        s.add(o)
        s.flush()
        return o.id


def test_before_flush_stamps_the_session_user(store: Store) -> None:
    oid = _add_object(store, "aigerim")
    with store.session() as s:
        o = s.get_one(InfraObject, oid)
        assert (o.created_by, o.updated_by) == ("aigerim", "aigerim")
        created_at, first_update = o.created_at, o.updated_at
        uuid = o.uuid
    assert len(uuid) == 36
    with store.session("bolat") as s:
        s.get_one(InfraObject, oid).address = "Абай к-сі, 5"
    with store.session() as s:
        o = s.get_one(InfraObject, oid)
        assert (o.created_by, o.updated_by) == ("aigerim", "bolat")
        assert o.created_at == created_at
        assert o.updated_at >= first_update
        assert o.uuid == uuid


def test_an_unmodified_object_keeps_its_author(store: Store) -> None:
    oid = _add_object(store, "aigerim")
    with store.session("bolat") as s:
        o = s.get_one(InfraObject, oid)
        o.name = o.name  # touched but not changed
    with store.session() as s:
        assert s.get_one(InfraObject, oid).updated_by == "aigerim"


def test_default_author_is_system(store: Store) -> None:
    oid = _add_object(store, SYSTEM_USER)
    with store.session() as s:
        assert s.get_one(InfraObject, oid).created_by == SYSTEM_USER


def test_session_rolls_back_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session("aigerim") as s:
        s.add(InfraObject(kato="113220100", name="Мектеп", object_type="EDU_SCHOOL"))
        s.flush()
        raise RuntimeError("boom")
    with store.session() as s:
        assert s.scalar(select(func.count(InfraObject.id))) == 0


# -- seeding ----------------------------------------------------------------------------------


def test_every_code_list_is_loaded_with_labels(store: Store) -> None:
    with store.session() as s:
        items = s.scalars(select(CodeItem).order_by(CodeItem.list_name, CodeItem.sort_order))
        stored: dict[str, list[tuple[str, str, str, str]]] = {}
        for i in items:
            stored.setdefault(i.list_name, []).append((i.code, i.kk, i.ru, i.en))
    assert set(stored) == set(CODE_LISTS)
    for list_name in CODE_LISTS:
        rows = csv_rows(list_name)
        assert rows, list_name
        assert stored[list_name] == [(r["code"], r["kk"], r["ru"], r["en"]) for r in rows]
        for code, kk, ru, en in stored[list_name]:
            assert code and kk.strip() and ru.strip() and en.strip(), (list_name, code)


def test_code_lists_hold_what_the_rules_use(store: Store) -> None:
    from models.objects.accessibility import STATUS_CODES
    from models.objects.tables import CATEGORIES, ZONES

    with store.session() as s:

        def codes(name: str) -> set[str]:
            return set(s.scalars(select(CodeItem.code).where(CodeItem.list_name == name)))

        assert codes("access_statuses") == set(STATUS_CODES)
        assert set(ZONES) <= codes("functional_zones")
        assert set(CATEGORIES) <= codes("user_categories")
        assert codes("regions") == region_codes()
        assert len(region_codes()) == 20


def test_norms_and_settings_are_seeded(store: Store) -> None:
    with store.session() as s:
        rules = {r.check_code: r for r in s.scalars(select(NormRule))}
        settings = {k: v for k, v in s.execute(select(Setting.key, Setting.value))}
    assert set(rules) == {r.code for r in DEFAULT_NORMS}
    ramp = rules["RAMP_SLOPE"]
    assert (ramp.operator, ramp.value, ramp.unit, ramp.clause) == ("<=", 5.0, "%", "4.3.2.30")
    assert rules["DOOR_WIDTH"].value == 0.9
    assert settings == DEFAULT_SETTINGS


def _counts(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return (
            int(s.scalar(select(func.count(CodeItem.id))) or 0),
            int(s.scalar(select(func.count(NormRule.id))) or 0),
            int(s.scalar(select(func.count(Setting.id))) or 0),
        )


def test_seeding_is_idempotent_and_keeps_edits(store: Store) -> None:
    expected = sum(len(csv_rows(n)) for n in CODE_LISTS)
    assert _counts(store) == (expected, len(DEFAULT_NORMS), len(DEFAULT_SETTINGS))
    with store.session("admin") as s:
        item = s.scalars(
            select(CodeItem).where(
                CodeItem.list_name == "object_types", CodeItem.code == "EDU_SCHOOL"
            )
        ).one()
        item.kk = "жалпы білім беретін мектеп (түзетілді)"
        s.scalars(select(NormRule).where(NormRule.check_code == "RAMP_SLOPE")).one().value = 6.0
        s.scalars(
            select(Setting).where(Setting.key == "reinspection_interval_years")
        ).one().value = "5"
    store.close()
    for _ in range(2):
        again = open_store(store.path, TEST_KEY)
        try:
            assert _counts(again) == (expected, len(DEFAULT_NORMS), len(DEFAULT_SETTINGS))
            with again.session() as s:
                assert s.scalar(select(CodeItem.kk).where(CodeItem.code == "EDU_SCHOOL")) == (
                    "жалпы білім беретін мектеп (түзетілді)"
                )
                assert s.scalar(
                    select(NormRule.value).where(NormRule.check_code == "RAMP_SLOPE")
                ) == (6.0)
                assert s.scalar(
                    select(Setting.value).where(Setting.key == "reinspection_interval_years")
                ) == ("5")
        finally:
            again.close()


def test_seeding_restores_a_deleted_entry(store: Store) -> None:
    with store.session() as s:
        s.execute(text("DELETE FROM code_item WHERE list_name = 'regions' AND code = '62'"))
    store.close()
    again = open_store(store.path, TEST_KEY)
    try:
        with again.session() as s:
            assert s.scalar(
                select(CodeItem.kk).where(CodeItem.list_name == "regions", CodeItem.code == "62")
            ) == ("Ұлытау облысы")
    finally:
        again.close()


# -- backups ----------------------------------------------------------------------------------


def _table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = raw_connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


def test_backup_copy_opens_and_holds_the_same_rows(store: Store, tmp_path: Path) -> None:
    _add_object(store, "aigerim")  # still in the WAL, not yet checkpointed
    target = tmp_path / "copies" / "backup.sqlite"
    assert backup_to(store.engine, target) == target
    assert not target.with_name("backup.sqlite.part").exists()
    original = _table_rows(store.path)
    assert _table_rows(target) == original
    assert len(original["infra_object"]) == 1
    copy = open_store(target, TEST_KEY)
    try:
        assert office_of(copy) == DISTRICT
        with copy.session() as s:
            assert s.scalars(select(InfraObject.name)).all() == ["Мектеп"]
    finally:
        copy.close()


def test_backup_never_overwrites_an_older_copy(store: Store, tmp_path: Path) -> None:
    # reporting.md §4: backup refuses an existing file (another office's store was lost).
    target = tmp_path / "backup.sqlite"
    backup_to(store.engine, target)
    _add_object(store, "aigerim")
    with pytest.raises(StoreError) as exc:
        backup_to(store.engine, target)
    assert exc.value.code == "out_exists"
    assert len(_table_rows(target)["infra_object"]) == 0
