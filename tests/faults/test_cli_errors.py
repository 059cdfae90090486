"""Every failure of a command is one sentence on stderr and exit 1, never a traceback (issue 9)."""

from __future__ import annotations

import errno
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

import main
from cli import app, commands
from models.store import db as store_db
from tests.conftest import DISTRICT
from tests.store_templates import new_store_file, raw_connect


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_store_file(tmp_path / "qoldau.sqlite", DISTRICT, "admin")


def object_count(db: Path) -> int:
    conn = raw_connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM infra_object").fetchone()[0])
    finally:
        conn.close()


def one_error_line(err: str) -> str:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    return lines[0]


def test_a_bug_names_the_log_and_prints_no_traceback(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(args: object) -> int:
        raise RuntimeError("boom in the demo planner")

    monkeypatch.setattr(commands, "cmd_demo", broken)
    assert main.main(["demo", "--db", str(db)]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert "unexpected failure (RuntimeError)" in line
    assert app.log_file is not None and str(app.log_file) in line
    log = app.log_file.read_text(encoding="utf-8")
    assert "Traceback" in log and "boom in the demo planner" in log


def test_a_second_writer_holding_the_store_is_a_message(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)
    before = object_count(db)
    holder = raw_connect(db)
    holder.isolation_level = None
    holder.execute("BEGIN IMMEDIATE")  # another writer, never finishing in time
    try:
        assert main.main(["demo", "--db", str(db), "--passports", "5"]) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    line = one_error_line(capsys.readouterr().err)
    assert "busy" in line and "nothing was changed" in line
    assert object_count(db) == before


def test_two_writers_wait_for_each_other(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    holder = raw_connect(db)  # keyed, shared with the releasing thread
    holder.isolation_level = None
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release_soon() -> None:
        released.wait(0.5)  # well within the busy timeout
        holder.execute("ROLLBACK")

    thread = threading.Thread(target=release_soon)
    thread.start()
    try:
        assert main.main(["demo", "--db", str(db), "--passports", "5"]) == 0
    finally:
        released.set()
        thread.join()
        holder.close()
    assert object_count(db) == 5
    assert store_db.BUSY_TIMEOUT_MS >= 30_000


def test_a_concurrent_duplicate_is_a_message(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def clash(args: object) -> int:
        raise IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed"))

    monkeypatch.setattr(commands, "cmd_consolidate", clash)
    assert main.main(["consolidate", "--db", str(db), "x.manifest.json"]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert "at the same time" in line and "run it again" in line


def test_a_full_disk_during_demo_is_a_message(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import models.demo.load as load

    def full(*args: object, **kwargs: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device", str(db))

    monkeypatch.setattr(load, "write_chunk", full)
    before = object_count(db)
    assert main.main(["demo", "--db", str(db), "--passports", "5"]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert "is full" in line and "free some space" in line
    assert object_count(db) == before


def test_an_unreadable_registry_is_a_message(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "registry.xlsx"
    folder.mkdir()  # not a file at all
    before = object_count(db)
    assert main.main(["import-registry", "--db", str(db), str(folder)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
    assert object_count(db) == before


def test_interrupting_a_command_is_a_message(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "cmd_demo", interrupted)
    assert main.main(["demo", "--db", str(db)]) == 1
    assert "interrupted" in one_error_line(capsys.readouterr().err)
