"""Automatic backups (issue 8): naming, rotation of our files only, the daily rule across
midnight, and clean refusals for a missing or full folder."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import datetime
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from models.issues import ValidationError
from models.reference import backup_policy
from models.reference.backup_policy import (
    BackupPolicy,
    backup_due,
    backup_folder,
    backup_name,
    parse_backup_name,
    read_policy,
    rotate,
    run_automatic_backup,
    save_policy,
)
from models.reference.roles import RoleError
from models.store import db
from models.store.backup_file import read_backup_info
from models.store.base import Principal
from models.store.db import Store, StoreError

KATO = "113200000"  # the Akkol district of the store fixture
NOW = datetime(2026, 11, 20, 17, 45, 12)


def _digest(store: Store) -> str:
    """The store's bytes (file and WAL): a refused backup must leave them as they were."""
    h = hashlib.sha256()
    for path in (store.path, Path(f"{store.path}-wal")):
        if path.exists():
            h.update(path.read_bytes())
    return h.hexdigest()


def _touch(folder: Path, name: str, text: str = "x") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _use_folder(store: Store, folder: Path, keep: int = 10, daily: bool = True) -> None:
    save_policy(store, BackupPolicy(str(folder), keep, daily))


def test_defaults_backup_beside_the_store_daily_keeping_ten(store: Store) -> None:
    policy = read_policy(store)
    assert policy == BackupPolicy(None, 10, True)
    assert backup_folder(store) == store.path.parent / "backups"


def test_names_carry_office_and_time_and_parse_back() -> None:
    assert backup_name(KATO, NOW) == "113200000_20261120-174512.qoldau-backup"
    assert backup_name(KATO, NOW, 2) == "113200000_20261120-174512-2.qoldau-backup"
    assert parse_backup_name("113200000_20261120-174512-2.qoldau-backup") == (KATO, NOW, 2)
    for other in (
        "113200000_20261120-174512.qoldau-backup.bak",
        "113200000_20261320-174512.qoldau-backup",  # month 13
        "11320000_20261120-174512.qoldau-backup",  # 8 digits
        "113200000_20261120-174512-1.qoldau-backup",  # serial 1 is never written
        "store.sqlite",
    ):
        assert parse_backup_name(other) is None, other


def test_first_automatic_backup_creates_the_default_folder(store: Store) -> None:
    before = _digest(store)
    path = run_automatic_backup(store, NOW)
    assert path == store.path.parent / "backups" / "113200000_20261120-174512.qoldau-backup"
    info = read_backup_info(path)  # the one-file encrypted format of main.py backup
    assert info.office_kato == KATO
    assert _digest(store) == before
    # a second one in the same second gets a serial, never overwrites the first
    second = run_automatic_backup(store, NOW)
    assert second.name == "113200000_20261120-174512-2.qoldau-backup"
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, second.name])


def test_rotation_keeps_the_newest_n_of_our_files_and_nothing_else_is_touched(
    store: Store, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    # 12 of ours, one a day from 1 to 12 November at 18:00, plus a second one on the 12th
    ours = [_touch(stick, backup_name(KATO, datetime(2026, 11, d, 18, 0, 0))) for d in range(1, 13)]
    ours.append(_touch(stick, backup_name(KATO, datetime(2026, 11, 12, 18, 0, 0), 2)))
    # what is not ours: another office's backups (older), the user's files, look-alikes
    others = [
        _touch(stick, backup_name("113400000", datetime(2026, 10, d, 9, 0, 0))) for d in (1, 2, 3)
    ]
    others += [
        _touch(stick, "notes.txt"),
        _touch(stick, "113200000_20261101-180000.qoldau-backup.bak"),
        _touch(stick, "113200000_20261320-180000.qoldau-backup"),
        _touch(stick, "copy of 113200000_20261101-180000.qoldau-backup"),
    ]
    look_alike_folder = stick / backup_name(KATO, datetime(2026, 10, 1, 8, 0, 0))
    look_alike_folder.mkdir()
    _use_folder(store, stick, keep=10)

    new = run_automatic_backup(store, NOW)

    # 13 old + 1 new = 14 of ours; keep 10: the 4 oldest go (1, 2, 3 and 4 November)
    kept = sorted(p.name for p in stick.iterdir() if parse_backup_name(p.name))
    expected_ours = [p.name for p in ours[4:]] + [new.name]
    expected_foreign = [p.name for p in others[:3]] + [look_alike_folder.name]
    assert kept == sorted(expected_ours + expected_foreign)
    assert len(expected_ours) == 10
    for path in ours[:4]:
        assert not path.exists()
    for path in others:
        assert path.read_text(encoding="utf-8") == "x"
    assert look_alike_folder.is_dir()


def test_rotate_alone_keeps_at_least_one(tmp_path: Path) -> None:
    files = [_touch(tmp_path, backup_name(KATO, datetime(2026, 1, d, 1, 2, 3))) for d in (3, 1, 2)]
    deleted = rotate(tmp_path, KATO, 0)
    assert sorted(deleted) == sorted([files[1], files[2]])  # 1 and 2 January
    assert [p.name for p in tmp_path.iterdir()] == [files[0].name]


def test_backup_due_once_a_day_across_midnight(store: Store, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _use_folder(store, stick)
    evening = datetime(2026, 11, 20, 23, 59, 30)
    assert backup_due(store, evening)  # nothing in the folder yet
    run_automatic_backup(store, evening)
    assert not backup_due(store, datetime(2026, 11, 20, 23, 59, 59))
    assert not backup_due(store, datetime(2026, 11, 20, 0, 0, 0))  # the same day, earlier
    assert backup_due(store, datetime(2026, 11, 21, 0, 0, 1))  # past midnight: a new day
    # another office's backup of the new day does not count as ours
    _touch(stick, backup_name("113400000", datetime(2026, 11, 21, 0, 0, 2)))
    assert backup_due(store, datetime(2026, 11, 21, 0, 0, 3))
    run_automatic_backup(store, datetime(2026, 11, 21, 0, 0, 4))
    assert not backup_due(store, datetime(2026, 11, 21, 12, 0, 0))
    _use_folder(store, stick, daily=False)
    assert not backup_due(store, datetime(2026, 11, 22, 12, 0, 0))


def test_missing_folder_is_refused_cleanly_and_the_next_attempt_works(
    store: Store, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _use_folder(store, stick)
    stick.rmdir()  # the stick is pulled out
    before = _digest(store)
    with pytest.raises(StoreError) as refused:
        run_automatic_backup(store, NOW)
    assert refused.value.code == "backup_folder_missing"
    assert refused.value.path == stick
    assert not stick.exists()  # never created in its place
    assert _digest(store) == before
    assert backup_due(store, NOW)  # still due: the next check tries again
    stick.mkdir()  # the stick is back
    assert run_automatic_backup(store, NOW).parent == stick
    assert not backup_due(store, NOW)


def test_full_folder_is_refused_and_leaves_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _touch(stick, "notes.txt")
    _use_folder(store, stick)

    def full(_src: sqlcipher.Connection, _dst: sqlcipher.Connection) -> None:
        raise sqlcipher.OperationalError("database or disk is full")

    monkeypatch.setattr(db, "_copy_pages", full)
    before = _digest(store)
    with pytest.raises(StoreError) as refused:
        run_automatic_backup(store, NOW)
    assert refused.value.code == "backup_folder_full"
    assert [p.name for p in stick.iterdir()] == ["notes.txt"]
    assert _digest(store) == before


def test_unwritable_folder_has_its_own_code(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _use_folder(store, stick)

    def refused_write(_store: Store, target: Path) -> Path:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(backup_policy, "write_backup_file", refused_write)
    with pytest.raises(StoreError) as refused:
        run_automatic_backup(store, NOW)
    assert refused.value.code == "backup_folder_unwritable"


def test_settings_need_an_administrator_and_sane_values(store: Store, tmp_path: Path) -> None:
    specialist = dataclasses.replace(store, principal=Principal("spec1", "specialist"))
    with pytest.raises(RoleError):
        save_policy(specialist, BackupPolicy(str(tmp_path), 3, False))
    assert read_policy(store) == BackupPolicy(None, 10, True)
    with pytest.raises(ValidationError) as bad:
        save_policy(store, BackupPolicy(None, 0, True))
    assert [(i.field, i.code) for i in bad.value.report.issues] == [("keep", "out_of_range")]
    with pytest.raises(StoreError) as missing:
        save_policy(store, BackupPolicy(str(tmp_path / "nowhere"), 3, True))
    assert missing.value.code == "backup_folder_missing"
    assert read_policy(store) == BackupPolicy(None, 10, True)
    save_policy(store, BackupPolicy(str(tmp_path), 3, False))
    assert read_policy(store) == BackupPolicy(str(tmp_path), 3, False)
    save_policy(store, BackupPolicy(None, 3, False))  # back to the default folder
    assert backup_folder(store) == store.path.parent / "backups"
