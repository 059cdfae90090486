"""Backups never overwrite, never copy a damaged store, never leave litter (issue 9)."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

import main
from models.reference.offices import office_of
from models.setup import open_store
from models.store import db as store_db
from models.store.db import StoreError, backup_to
from tests.accounts import TEST_KEY
from tests.conftest import DISTRICT
from tests.faults.hostile import corrupt_pages
from tests.store_templates import new_store_file, raw_connect


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backup(db: Path, out: Path) -> list[str]:
    return ["backup", "--db", str(db), "--out", str(out)]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_store_file(tmp_path / "office" / "qoldau.sqlite", DISTRICT, "admin")


def test_backup_refuses_an_existing_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "usb" / "other-office.sqlite"
    other.parent.mkdir()
    other.write_bytes(b"another office's store" * 100)
    before = sha(other)
    assert main.main(backup(db, other)) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "already exists" in err and str(other) in err and "Traceback" not in err
    assert sha(other) == before
    assert sorted(p.name for p in other.parent.iterdir()) == ["other-office.sqlite"]


def test_backup_to_refuses_an_existing_file_at_the_model_level(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"keep me")
    store = open_store(db, TEST_KEY)
    try:
        with pytest.raises(StoreError) as exc:
            backup_to(store.engine, target)
    finally:
        store.close()
    assert exc.value.code == "out_exists"
    assert target.read_bytes() == b"keep me"


def test_a_full_disk_leaves_no_part_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
        dst.execute("CREATE TABLE half_written(x)")  # something is on the disk already
        dst.commit()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_db, "_copy_pages", full_disk)
    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "copy.sqlite"
    assert main.main(backup(db, target)) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "nothing was written" in err
    assert "Traceback" not in err
    assert list(usb.iterdir()) == []


def test_sqlite_reporting_a_full_disk_is_a_message(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
        raise sqlcipher.OperationalError("database or disk is full")

    monkeypatch.setattr(store_db, "_copy_pages", full_disk)
    target = tmp_path / "usb" / "copy.sqlite"
    assert main.main(backup(db, target)) == 1
    err = capsys.readouterr().err
    assert "disk is full" in err and "Traceback" not in err
    assert list(target.parent.iterdir()) == []


def test_a_leftover_wal_beside_the_target_does_not_spoil_the_backup(
    db: Path, tmp_path: Path
) -> None:
    # A -wal of another database left under the target's name (a copy killed half-way).
    other = tmp_path / "other.sqlite"
    conn = raw_connect(other)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE intruder(x)")
    conn.executemany("INSERT INTO intruder VALUES (?)", [(i,) for i in range(2000)])
    conn.commit()
    target = tmp_path / "usb" / "copy.sqlite"
    target.parent.mkdir()
    (target.parent / "copy.sqlite-wal").write_bytes((tmp_path / "other.sqlite-wal").read_bytes())
    conn.close()
    store = open_store(db, TEST_KEY)
    try:
        backup_to(store.engine, target)  # the pages of every backup file and migration backup
    finally:
        store.close()
    check = raw_connect(target)
    try:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = {r[0] for r in check.execute("SELECT name FROM sqlite_master")}
        assert "intruder" not in names and "office" in names
    finally:
        check.close()
    copy = open_store(target, TEST_KEY)
    try:
        assert office_of(copy) == DISTRICT
    finally:
        copy.close()


def test_a_damaged_store_is_not_backed_up(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt_pages(db)
    target = tmp_path / "usb" / "copy.sqlite"
    assert main.main(backup(db, target)) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "restore" in err and "Traceback" not in err
    assert not target.exists()


def test_backup_to_checks_the_source_even_when_the_open_check_ran_out_of_time(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(db, TEST_KEY)
    try:
        store.engine.dispose()
        corrupt_pages(db)  # damaged after it was opened (and checked)
        target = tmp_path / "copy.sqlite"
        with pytest.raises(StoreError) as exc:
            backup_to(store.engine, target, source=db)
        assert exc.value.code == "corrupt"
        assert list(tmp_path.glob("*copy*")) == []
    finally:
        store.close()


def test_a_damaged_store_is_refused_when_opened(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt_pages(db)
    before = sha(db)
    with pytest.raises(StoreError) as exc:
        open_store(db, TEST_KEY)
    assert exc.value.code == "corrupt"
    assert sha(db) == before
    # demo must not write into it either
    assert main.main(["demo", "--db", str(db), "--passports", "3"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "restore" in err and "Traceback" not in err
    assert sha(db) == before


def test_store_backup_and_log_are_private(db: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "new" / "qoldau.sqlite"
    assert main.main(
        [
            "init", "--db", str(fresh), "--office", "113200000", "--level", "district",
            "--name-kk", "Ақкөл ауданы", "--name-ru", "Аккольский район", "--admin", "a",
        ]
    ) == 0  # fmt: skip
    target = tmp_path / "copy.qoldau-backup"
    assert main.main([*backup(fresh, target), "--user", "a"]) == 0
    from cli import app

    assert app.log_file is not None
    for path in (fresh, fresh.with_name("qoldau.sqlite.keys"), target, app.log_file):
        assert path.is_file(), path
        # POSIX file modes; on Windows the files stay private by living in the user's profile.
        if os.name == "posix":
            assert path.stat().st_mode & 0o777 == 0o600, path
