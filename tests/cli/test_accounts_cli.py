"""Logging in on the command line and the account commands (reporting.md §4, §5; issue 8):
``user add|disable|reset-password|recover``, ``encrypt``, ``backup`` and ``restore``."""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import main
from models.reference.accounts import get_account
from models.setup import unlock_store
from models.store.keys import AuthError, key_file_path
from tests.accounts import TEST_PASSWORD, TEST_RECOVERY_KEY, cli_env
from tests.conftest import DISTRICT
from tests.store_templates import new_store_file

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "migrations" / "fixtures"


@pytest.fixture(autouse=True)
def _close_log_handlers() -> Iterator[None]:
    """main() adds log handlers to the root logger; close them so files are not left open."""
    yield
    for handler in logging.getLogger().handlers[:]:
        if isinstance(handler, logging.FileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A closed store with the administrator admin (the tests' password)."""
    return new_store_file(tmp_path / "office" / "qoldau.sqlite", DISTRICT, "admin")


def add_spec(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QOLDAU_NEW_PASSWORD", TEST_PASSWORD)
    code = main.main(["user", "add", "--db", str(db), "--login", "spec", "--role", "specialist"])
    assert code == 0
    monkeypatch.delenv("QOLDAU_NEW_PASSWORD")


def test_user_add_needs_a_password_and_makes_an_account_that_logs_in(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["user", "add", "--db", str(db), "--login", "spec", "--role", "specialist"]
    assert main.main(args) == 1  # no QOLDAU_NEW_PASSWORD and no terminal
    assert "QOLDAU_NEW_PASSWORD" in capsys.readouterr().err
    add_spec(db, monkeypatch)
    assert "added spec (specialist)" in capsys.readouterr().out
    store = unlock_store(db, "spec", TEST_PASSWORD)
    try:
        account = get_account(store, "spec")
        assert account is not None and account.must_change_password
    finally:
        store.close()


@pytest.mark.parametrize(
    ("login", "password"),
    [("admin", "wrong-password"), ("nobody", TEST_PASSWORD), ("", TEST_PASSWORD)],
)
def test_a_wrong_login_or_password_exits_1_and_changes_nothing(
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    login: str,
    password: str,
) -> None:
    monkeypatch.setenv("QOLDAU_USER", login)
    monkeypatch.setenv("QOLDAU_PASSWORD", password)
    before = snapshot(db.parent)
    assert main.main(["demo", "--db", str(db), "--passports", "3"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1
    assert ("wrong login or password" if login else "no login") in err
    # The store is untouched (the key file only counts a failure of a known login).
    assert snapshot(db.parent)["qoldau.sqlite"] == before["qoldau.sqlite"]
    assert set(snapshot(db.parent)) == set(before)


def test_a_disabled_account_is_refused_by_commands(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_spec(db, monkeypatch)
    assert main.main(["user", "disable", "--db", str(db), "--login", "spec"]) == 0
    before = snapshot(db.parent)["qoldau.sqlite"]
    capsys.readouterr()
    monkeypatch.setenv("QOLDAU_USER", "spec")
    assert main.main(["demo", "--db", str(db), "--passports", "3"]) == 1
    assert "wrong login or password" in capsys.readouterr().err
    assert snapshot(db.parent)["qoldau.sqlite"] == before


def test_without_a_password_and_without_a_terminal_a_command_says_so(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("QOLDAU_PASSWORD")
    assert main.main(["demo", "--db", str(db), "--passports", "3"]) == 1
    assert "set QOLDAU_PASSWORD or run the command at a terminal" in capsys.readouterr().err


def test_a_specialist_may_not_add_users_back_up_or_restore(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add_spec(db, monkeypatch)
    backup = tmp_path / "usb" / "b.qoldau-backup"
    assert main.main(["backup", "--db", str(db), "--out", str(backup)]) == 0  # as admin
    capsys.readouterr()
    monkeypatch.setenv("QOLDAU_USER", "spec")
    monkeypatch.setenv("QOLDAU_NEW_PASSWORD", "Intruder-pass-1")
    before = snapshot(db.parent)
    for args, said in (
        (
            ["user", "add", "--db", str(db), "--login", "x", "--role", "administrator"],
            "not allowed for role specialist",
        ),
        (
            ["user", "reset-password", "--db", str(db), "--login", "admin"],
            "not allowed for role specialist",
        ),
        (
            ["backup", "--db", str(db), "--out", str(tmp_path / "usb" / "c.qoldau-backup")],
            "not allowed for role specialist",
        ),
        (["restore", "--db", str(db), str(backup)], "administrator of the backup"),
    ):
        assert main.main(args) == 1, args
        err = capsys.readouterr().err
        assert said in err, err
        assert snapshot(db.parent) == before, args
    assert sorted(p.name for p in backup.parent.iterdir()) == ["b.qoldau-backup"]
    with pytest.raises(AuthError):
        unlock_store(db, "x", "Intruder-pass-1")


def test_reset_password_and_recover_with_the_recovery_key(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_spec(db, monkeypatch)
    monkeypatch.setenv("QOLDAU_NEW_PASSWORD", "Spec-new-pass-2")
    assert main.main(["user", "reset-password", "--db", str(db), "--login", "spec"]) == 0
    unlock_store(db, "spec", "Spec-new-pass-2").close()
    # The administrator forgot the password: the recovery key of the office safe helps.
    monkeypatch.setenv("QOLDAU_RECOVERY_KEY", TEST_RECOVERY_KEY.lower())
    monkeypatch.setenv("QOLDAU_NEW_PASSWORD", "Admin-new-pass-3")
    monkeypatch.setenv("QOLDAU_PASSWORD", "forgotten")
    assert main.main(["user", "recover", "--db", str(db), "--login", "admin"]) == 0
    unlock_store(db, "admin", "Admin-new-pass-3").close()
    monkeypatch.setenv("QOLDAU_RECOVERY_KEY", "AAAA-BBBB")
    assert main.main(["user", "recover", "--db", str(db), "--login", "admin"]) == 1
    assert "recovery key is wrong" in capsys.readouterr().err


def test_backup_and_restore_commands_round_trip(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "usb" / "b.qoldau-backup"
    assert main.main(["backup", "--db", str(db), "--out", str(backup)]) == 0
    assert main.main(["demo", "--db", str(db), "--passports", "3"]) == 0  # today's work
    capsys.readouterr()
    assert main.main(["restore", "--db", str(db), str(backup)]) == 0
    out = capsys.readouterr().out
    assert "restored the backup" in out and "replaced store is kept as" in out
    (replaced,) = db.parent.glob("qoldau.sqlite.replaced-*[0-9]")
    assert key_file_path(replaced).exists()
    # Where no store exists (a new PC), restore works too.
    fresh = tmp_path / "new-pc" / "qoldau.sqlite"
    assert main.main(["restore", "--db", str(fresh), str(backup)]) == 0
    unlock_store(fresh, "admin", TEST_PASSWORD).close()
    # A text file is not a backup: nothing changes.
    before = snapshot(db.parent)
    note = tmp_path / "note.txt"
    note.write_text("not a backup", encoding="utf-8")
    assert main.main(["restore", "--db", str(db), str(note)]) == 1
    assert "not a Qoldau backup" in capsys.readouterr().err
    assert snapshot(db.parent) == before


def test_encrypt_command_converts_a_plain_store_and_prints_its_recovery_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old" / "qoldau.sqlite"
    path.parent.mkdir()
    shutil.copyfile(FIXTURES / "store_0005.sqlite", path)
    assert main.main(["demo", "--db", str(path), "--passports", "1"]) == 1
    assert "main.py encrypt" in capsys.readouterr().err
    assert main.main(["encrypt", "--db", str(path), "--admin", "aigerim"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "office safe" in out[1]
    recovery = out[2]
    assert len(recovery.split("-")) == 9
    monkeypatch.setenv("QOLDAU_USER", "aigerim")
    assert main.main(["demo", "--db", str(path), "--passports", "1"]) == 0


def test_init_at_a_terminal_asks_the_password_twice(tmp_path: Path) -> None:
    """A real terminal is not available in CI; without one and without QOLDAU_PASSWORD,
    init refuses with a sentence and creates nothing."""
    db = tmp_path / "s.sqlite"
    env = cli_env()
    del env["QOLDAU_PASSWORD"]
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "init", "--db", str(db), "--office", "113200000",
         "--level", "district", "--name-kk", "Ақкөл", "--name-ru", "Акколь", "--admin", "a"],
        cwd=ROOT, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert "QOLDAU_PASSWORD" in done.stderr and "Traceback" not in done.stderr
    assert not db.exists() and not key_file_path(db).exists()


def test_a_viewer_may_not_add_demo_data_and_a_refusal_from_a_model_is_worded(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QOLDAU_NEW_PASSWORD", TEST_PASSWORD)
    args = ["user", "add", "--db", str(db), "--login", "view", "--role", "viewer"]
    assert main.main(args) == 0
    monkeypatch.setenv("QOLDAU_USER", "view")
    before = snapshot(db.parent)["qoldau.sqlite"]
    capsys.readouterr()
    assert main.main(["demo", "--db", str(db), "--passports", "3"]) == 1
    assert "not allowed for role viewer" in capsys.readouterr().err
    assert snapshot(db.parent)["qoldau.sqlite"] == before
    # A model's own refusal reaching the dispatcher is a sentence, not a code.
    from cli import commands
    from models.reference.roles import Permission, RoleError

    def refuse(_args: object) -> int:
        raise RoleError(Permission.APPROVE, "viewer")

    monkeypatch.setattr(commands, "cmd_demo", refuse)
    assert main.main(["demo", "--db", str(db)]) == 1
    assert capsys.readouterr().err == "error: not allowed for role viewer: nothing was changed\n"
