"""The tests' store template (issue 13) gives what ``init_store`` gives, only faster.

If a migration or the seed changes, the template follows within the same run; these tests make
sure a copied store is what ``init_store`` and ``open_store`` would have made of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from models.reference.dto import OfficeDTO
from models.reference.offices import office_of
from models.setup import init_store, open_store
from models.store.db import StoreError, current_revision, head_revision
from models.store.keys import store_key_from_recovery, unwrap
from tests import store_templates
from tests.accounts import TEST_KEY, TEST_PASSWORD
from tests.conftest import DISTRICT

#: Keys of stores made here with another key than the tests' one (by init_store).
_KEYS: dict[Path, bytes] = {}
REGION = OfficeDTO("110000000", "region", "Ақмола облысы", "Акмолинская область")


def _schema(path: Path) -> list[tuple[str, str, str]]:
    conn = store_templates.raw_connect(path, _KEYS.get(path, TEST_KEY))
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql NOT NULL"))
    finally:
        conn.close()


def _row_counts(path: Path) -> dict[str, int]:
    conn = store_templates.raw_connect(path, _KEYS.get(path, TEST_KEY))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_copy_is_what_init_store_makes(tmp_path: Path) -> None:
    real, recovery = init_store(tmp_path / "real.sqlite", DISTRICT, "admin", TEST_PASSWORD)
    _KEYS[real.path] = store_key_from_recovery(recovery)
    copy = store_templates.new_store(tmp_path / "copy.sqlite", DISTRICT, "admin")
    try:
        assert current_revision(copy.engine) == head_revision()
        assert office_of(copy) == office_of(real) == DISTRICT
        with copy.session() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            login = s.execute(text("SELECT login, role FROM app_user")).all()
        assert [tuple(r) for r in login] == [("admin", "administrator")]
    finally:
        real.close()
        copy.close()
    assert _schema(copy.path) == _schema(real.path)
    assert _row_counts(copy.path) == _row_counts(real.path)


def test_open_store_would_change_nothing(tmp_path: Path) -> None:
    path = store_templates.new_store_file(tmp_path / "s.sqlite", DISTRICT, "admin")
    before = _row_counts(path)
    assert unwrap(path, "admin", TEST_PASSWORD) == TEST_KEY  # the key file came along
    store = open_store(path, TEST_KEY)  # the real checks, migration and seed
    store.close()
    assert _row_counts(path) == before
    assert not list(tmp_path.glob("*.before-*"))  # no migration was pending, so no backup


def test_each_office_gets_its_own_template(tmp_path: Path) -> None:
    district = store_templates.new_store(tmp_path / "d.sqlite", DISTRICT, "admin")
    region = store_templates.new_store(tmp_path / "r.sqlite", REGION, "oblast")
    try:
        assert office_of(district) == DISTRICT
        assert office_of(region) == REGION
        with region.session() as s:
            assert s.execute(text("SELECT login FROM app_user")).scalars().all() == ["oblast"]
    finally:
        district.close()
        region.close()


def test_copies_are_independent(tmp_path: Path) -> None:
    a = store_templates.new_store(tmp_path / "a.sqlite", DISTRICT, "admin")
    b = store_templates.new_store(tmp_path / "b.sqlite", DISTRICT, "admin")
    try:
        with a.session() as s:
            s.execute(text("UPDATE office SET name_ru = 'Изменено'"))
        assert office_of(b).name_ru == DISTRICT.name_ru
    finally:
        a.close()
        b.close()


def test_an_existing_store_is_not_overwritten(tmp_path: Path) -> None:
    path = store_templates.new_store_file(tmp_path / "s.sqlite", DISTRICT, "admin")
    with pytest.raises(StoreError) as info:
        store_templates.new_store_file(path, DISTRICT, "admin")
    assert info.value.code == "exists"
