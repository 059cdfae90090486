"""The recovery key, key slots and the lock-out (models/store/keys.py, issue 8)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.store import keys
from models.store.keys import AuthError, KeyFile, key_file_path, unwrap

ROOT = Path(__file__).resolve().parents[3]
KEY = bytes(range(32))
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    keys.add_slot(path, "aigerim", "Жаңа-құпия-1", KEY)
    return path


def test_the_production_scrypt_cost_stays_at_least_2_15() -> None:
    """The suite lowers the cost in its own process; a fresh interpreter has the real one."""
    out = subprocess.run(
        [sys.executable, "-c", "import models.store.keys as k; print(k.SCRYPT_N, k.SCRYPT_R)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert int(out[0]) >= 2**15 and int(out[1]) >= 8


def test_a_recovery_key_is_groups_and_gives_one_store_key_however_typed() -> None:
    text = keys.new_recovery_key()
    groups = text.split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    assert not set(text) & set("ILOU")  # no letters read as digits
    key = keys.store_key_from_recovery(text)
    assert len(key) == 32
    assert keys.store_key_from_recovery(" " + text.lower().replace("-", " ") + "\n") == key
    assert keys.store_key_from_recovery(text.replace("0", "O").replace("1", "l")) == key
    assert keys.store_key_from_recovery(keys.new_recovery_key()) != key


@pytest.mark.parametrize("change", ["typo", "short", "letter"])
def test_a_mistyped_recovery_key_is_refused(change: str) -> None:
    text = keys.new_recovery_key()
    if change == "typo":
        last = text[-1]
        bad = text[:-1] + ("2" if last != "2" else "3")
    elif change == "short":
        bad = text[:-5]
    else:
        bad = text[:-1] + "U"
    with pytest.raises(AuthError) as err:
        keys.store_key_from_recovery(bad)
    assert err.value.code == "bad_recovery_key"


def test_the_right_password_unwraps_the_key(store_path: Path) -> None:
    assert unwrap(store_path, "aigerim", "Жаңа-құпия-1") == KEY
    # The same password typed with decomposed letters is the same password.
    import unicodedata

    assert unwrap(store_path, "aigerim", unicodedata.normalize("NFD", "Жаңа-құпия-1")) == KEY


def test_the_key_file_is_private_json_without_the_key(store_path: Path) -> None:
    path = key_file_path(store_path)
    assert path.name == "store.sqlite.keys"
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert set(data["slots"]) == {"aigerim"}
    assert KEY.hex() not in text and "Жаңа" not in text
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in store_path.parent.iterdir()] == ["store.sqlite.keys"]  # no temp left


@pytest.mark.parametrize(("login", "password"), [("aigerim", "wrong"), ("nobody", "Жаңа-құпия-1")])
def test_unknown_login_and_wrong_password_are_one_refusal(
    store_path: Path, login: str, password: str
) -> None:
    with pytest.raises(AuthError) as err:
        unwrap(store_path, login, password)
    assert err.value.code == "bad_login"


def test_a_slot_opens_for_its_own_login_only(store_path: Path) -> None:
    kf = KeyFile.load(store_path)
    kf.slots["bolat"] = kf.slots["aigerim"]  # copied under another login
    kf.save(store_path)
    with pytest.raises(AuthError):
        unwrap(store_path, "bolat", "Жаңа-құпия-1")


def test_five_wrong_passwords_lock_the_login_for_five_minutes(store_path: Path) -> None:
    for i in range(4):
        with pytest.raises(AuthError) as err:
            unwrap(store_path, "aigerim", "wrong", now=lambda i=i: T0 + timedelta(seconds=i))
        assert err.value.code == "bad_login"
    with pytest.raises(AuthError) as err:
        unwrap(store_path, "aigerim", "wrong", now=lambda: T0 + timedelta(seconds=4))
    assert err.value.code == "locked_out"
    assert err.value.until == T0 + timedelta(seconds=4, minutes=5)
    # Locked: even the right password is refused until then, and does not count.
    with pytest.raises(AuthError) as err:
        unwrap(store_path, "aigerim", "Жаңа-құпия-1", now=lambda: T0 + timedelta(minutes=5))
    assert err.value.code == "locked_out"
    # After the lock-out the right password opens and clears the count.
    later = T0 + timedelta(minutes=5, seconds=5)
    assert unwrap(store_path, "aigerim", "Жаңа-құпия-1", now=lambda: later) == KEY
    assert KeyFile.load(store_path).failures == {}


def test_a_right_password_clears_the_count(store_path: Path) -> None:
    for _ in range(4):
        with pytest.raises(AuthError):
            unwrap(store_path, "aigerim", "wrong", now=lambda: T0)
    assert unwrap(store_path, "aigerim", "Жаңа-құпия-1", now=lambda: T0) == KEY
    for _ in range(4):  # four more wrong ones do not lock: the count started again
        with pytest.raises(AuthError) as err:
            unwrap(store_path, "aigerim", "wrong", now=lambda: T0)
        assert err.value.code == "bad_login"


def test_the_default_clock_is_the_module_clock(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keys, "clock", lambda: T0)
    for _ in range(5):
        with pytest.raises(AuthError) as err:
            unwrap(store_path, "aigerim", "wrong")
    assert err.value.code == "locked_out" and err.value.until == T0 + keys.LOCKOUT_TIME
    monkeypatch.setattr(keys, "clock", lambda: T0 + keys.LOCKOUT_TIME)
    assert unwrap(store_path, "aigerim", "Жаңа-құпия-1") == KEY


def test_removing_a_slot(store_path: Path) -> None:
    keys.add_slot(store_path, "bolat", "Bolat-pass-1", KEY)
    assert keys.remove_slot(store_path, "bolat")
    assert not keys.remove_slot(store_path, "bolat")
    with pytest.raises(AuthError):
        unwrap(store_path, "bolat", "Bolat-pass-1")
    assert unwrap(store_path, "aigerim", "Жаңа-құпия-1") == KEY


def test_a_damaged_slot_is_a_wrong_password(store_path: Path) -> None:
    kf = KeyFile.load(store_path)
    kf.slots["aigerim"]["n"] = 2**40  # an absurd cost is not computed
    kf.save(store_path)
    with pytest.raises(AuthError) as err:
        unwrap(store_path, "aigerim", "Жаңа-құпия-1")
    assert err.value.code == "bad_login"
