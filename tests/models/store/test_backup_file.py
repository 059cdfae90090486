"""One-file encrypted backups and their restore (models/store/backup_file.py, reporting.md §4)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.objects.tables import InfraObject
from models.reference import accounts
from models.reference.dto import OfficeDTO
from models.setup import open_store, unlock_store
from models.store.backup_file import MAGIC, read_backup_info, restore_backup, write_backup
from models.store.db import Store, StoreError, head_revision
from models.store.keys import AuthError, key_file_path
from tests.accounts import TEST_KEY, TEST_PASSWORD
from tests.conftest import DISTRICT
from tests.store_templates import new_store_file

OTHER_DISTRICT = OfficeDTO("113400000", "district", "Аршалы ауданы", "Аршалынский район")


def _add_object(store: Store, name: str) -> None:
    with store.session() as s:
        s.add(InfraObject(kato="113220100", name=name, object_type="EDU_SCHOOL"))


def _objects(store: Store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(InfraObject.name).order_by(InfraObject.name)))


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` by name and content hash."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """The office's closed store (admin, and the specialist spec) holding one object."""
    path = new_store_file(tmp_path / "office" / "qoldau.sqlite", DISTRICT, "admin")
    store = unlock_store(path, "admin", TEST_PASSWORD)
    try:
        _add_object(store, "Кешегі мектеп")
        accounts.add_account(store, "spec", "specialist", "Spec-pass-1")
    finally:
        store.close()
    return path


@pytest.fixture
def yesterday(office: Path, tmp_path: Path) -> Path:
    """Yesterday's backup of the office's store."""
    store = open_store(office, TEST_KEY)
    try:
        return write_backup(store, tmp_path / "usb" / "yesterday.qoldau-backup")
    finally:
        store.close()


def test_a_backup_is_one_file_with_a_plain_header(yesterday: Path) -> None:
    data = yesterday.read_bytes()
    assert data.startswith(MAGIC)
    info = read_backup_info(yesterday)
    assert (info.office_kato, info.revision) == (DISTRICT.kato, head_revision())
    assert [p.name for p in yesterday.parent.iterdir()] == ["yesterday.qoldau-backup"]


def test_yesterdays_backup_is_restored_and_todays_store_kept_beside_it(
    office: Path, yesterday: Path
) -> None:
    store = open_store(office, TEST_KEY)
    try:
        _add_object(store, "Бүгінгі мектеп")  # today's work, after the backup
    finally:
        store.close()

    replaced = restore_backup(yesterday, office, "admin", TEST_PASSWORD, stamp="20261120-0900")

    assert replaced == office.with_name("qoldau.sqlite.replaced-20261120-0900")
    restored = unlock_store(office, "admin", TEST_PASSWORD)
    try:
        assert _objects(restored) == ["Кешегі мектеп"]
    finally:
        restored.close()
    kept = open_store(replaced, TEST_KEY)
    try:
        assert _objects(kept) == ["Бүгінгі мектеп", "Кешегі мектеп"]
    finally:
        kept.close()
    assert key_file_path(replaced).exists()
    # The backup's accounts came back with it: the specialist logs in with the old password.
    unlock_store(office, "spec", "Spec-pass-1").close()


def test_restore_where_no_store_exists(yesterday: Path, tmp_path: Path) -> None:
    target = tmp_path / "new-pc" / "qoldau.sqlite"
    assert restore_backup(yesterday, target, "admin", TEST_PASSWORD) is None
    store = unlock_store(target, "admin", TEST_PASSWORD)
    try:
        assert _objects(store) == ["Кешегі мектеп"]
    finally:
        store.close()


def _damage(yesterday: Path, how: str) -> None:
    data = bytearray(yesterday.read_bytes())
    if how == "flipped":
        data[-5000] ^= 0x40
    elif how == "truncated":
        del data[len(data) // 2 :]
    elif how == "header":
        data[len(MAGIC) + 10] ^= 0x01
    else:
        data = bytearray(b"PK\x03\x04 a workbook, not a backup")
    yesterday.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("how", "code"),
    [
        ("flipped", "corrupt"),
        ("truncated", "corrupt"),
        ("header", "corrupt"),
        ("other", "not_a_backup"),
    ],
)
def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(
    office: Path, yesterday: Path, how: str, code: str
) -> None:
    _damage(yesterday, how)
    before = _snapshot(office.parent)
    with pytest.raises(StoreError) as err:
        read_backup_info(yesterday)
    assert err.value.code == code
    with pytest.raises(StoreError) as err:
        restore_backup(yesterday, office, "admin", TEST_PASSWORD)
    assert err.value.code == code
    assert _snapshot(office.parent) == before


@pytest.mark.parametrize(
    ("login", "password", "code"),
    [
        ("admin", "wrong-password", "bad_login"),
        ("nobody", TEST_PASSWORD, "bad_login"),
        ("spec", "Spec-pass-1", "not_administrator"),
    ],
)
def test_only_an_administrator_of_the_backup_restores_it(
    office: Path, yesterday: Path, login: str, password: str, code: str
) -> None:
    before = _snapshot(office.parent)
    with pytest.raises(AuthError) as err:
        restore_backup(yesterday, office, login, password)
    assert err.value.code == code
    assert _snapshot(office.parent) == before


def test_a_backup_of_another_office_is_refused(office: Path, tmp_path: Path) -> None:
    other = new_store_file(tmp_path / "other" / "qoldau.sqlite", OTHER_DISTRICT, "admin")
    store = open_store(other, TEST_KEY)
    try:
        foreign = write_backup(store, tmp_path / "usb" / "other.qoldau-backup")
    finally:
        store.close()
    before = _snapshot(office.parent)
    with pytest.raises(StoreError) as err:
        restore_backup(foreign, office, "admin", TEST_PASSWORD)
    assert err.value.code == "foreign_backup"
    assert _snapshot(office.parent) == before


def test_a_backup_never_overwrites_a_file(office: Path, yesterday: Path) -> None:
    before = yesterday.read_bytes()
    store = open_store(office, TEST_KEY)
    try:
        with pytest.raises(StoreError) as err:
            write_backup(store, yesterday)
    finally:
        store.close()
    assert err.value.code == "out_exists"
    assert yesterday.read_bytes() == before


def test_a_backup_holds_what_was_committed_even_in_the_wal(office: Path, tmp_path: Path) -> None:
    store = open_store(office, TEST_KEY)
    try:
        _add_object(store, "WAL мектебі")  # committed, not yet checkpointed
        backup = write_backup(store, tmp_path / "b.qoldau-backup")
    finally:
        store.close()
    target = tmp_path / "restored.sqlite"
    restore_backup(backup, target, "admin", TEST_PASSWORD)
    restored = open_store(target, TEST_KEY)
    try:
        assert restored.session_factory().scalar(select(func.count(InfraObject.id))) == 2
    finally:
        restored.close()
