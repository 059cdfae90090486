"""Logging in, the recovery key and accounts (models/setup.py, models/reference/accounts.py)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.reference import accounts
from models.reference.accounts import AccountDTO, AccountError
from models.reference.roles import RoleError
from models.setup import check_password, init_store, recover_access, unlock_store
from models.store import keys
from models.store.base import Principal
from models.store.db import Store, StoreError
from models.store.keys import AuthError, key_file_path
from tests.accounts import TEST_PASSWORD
from tests.conftest import DISTRICT
from tests.store_templates import new_store_file


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A closed store with the administrator admin, a specialist and a viewer."""
    path = new_store_file(tmp_path / "store.sqlite", DISTRICT, "admin")
    store = unlock_store(path, "admin", TEST_PASSWORD)
    try:
        accounts.add_account(store, "spec", "specialist", "Spec-pass-1", "Айгерім Серікова")
        accounts.add_account(store, "view", "viewer", "View-pass-1")
    finally:
        store.close()
    return path


def test_the_right_password_logs_in_with_the_accounts_role(db: Path) -> None:
    store = unlock_store(db, "spec", "Spec-pass-1")
    try:
        assert store.principal == Principal("spec", "specialist")
        with store.session() as s:
            assert s.info["role"] == "specialist" and s.info["user"] == "spec"
    finally:
        store.close()


@pytest.mark.parametrize(
    ("login", "password"),
    [("admin", "wrong-password"), ("nobody", TEST_PASSWORD), ("spec", TEST_PASSWORD)],
)
def test_wrong_login_or_password_is_refused_and_the_store_unchanged(
    db: Path, login: str, password: str
) -> None:
    before = sha(db)
    with pytest.raises(AuthError) as err:
        unlock_store(db, login, password)
    assert err.value.code == "bad_login"
    assert sha(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["store.sqlite", "store.sqlite.keys"]


def test_a_disabled_account_cannot_log_in_even_with_its_slot(db: Path) -> None:
    store = unlock_store(db, "admin", TEST_PASSWORD)
    try:
        accounts.disable_account(store, "spec")
        store_key = keys.unwrap(db, "admin", TEST_PASSWORD)
    finally:
        store.close()
    assert "spec" not in keys.KeyFile.load(db).slots  # its slot is gone
    before = sha(db)
    with pytest.raises(AuthError) as err:
        unlock_store(db, "spec", "Spec-pass-1")
    assert err.value.code == "bad_login"
    # A slot put back by hand (an old copy of the key file) still does not log in.
    keys.add_slot(db, "spec", "Spec-pass-1", store_key)
    with pytest.raises(AuthError) as err:
        unlock_store(db, "spec", "Spec-pass-1")
    assert err.value.code == "bad_login"
    assert sha(db) == before


def test_a_locked_login_is_refused_until_the_lock_ends(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    t0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(keys, "clock", lambda: t0)
    for _ in range(keys.LOCKOUT_FAILURES):
        with pytest.raises(AuthError):
            unlock_store(db, "spec", "wrong-password")
    with pytest.raises(AuthError) as err:
        unlock_store(db, "spec", "Spec-pass-1")
    assert err.value.code == "locked_out" and err.value.until == t0 + timedelta(minutes=5)
    monkeypatch.setattr(keys, "clock", lambda: t0 + timedelta(minutes=5, seconds=1))
    unlock_store(db, "spec", "Spec-pass-1").close()


def test_a_store_without_its_key_file(db: Path) -> None:
    key_file_path(db).unlink()
    with pytest.raises(StoreError) as err:
        unlock_store(db, "admin", TEST_PASSWORD)
    assert err.value.code == "keys_missing"


def test_init_returns_the_administrator_and_a_recovery_key_that_opens(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    store, recovery = init_store(path, DISTRICT, "aigerim", TEST_PASSWORD)
    try:
        assert store.principal == Principal("aigerim", "administrator")
        assert accounts.list_accounts(store) == [
            AccountDTO("aigerim", "aigerim", "administrator", True, False)
        ]
    finally:
        store.close()
    assert keys.KeyFile.load(path).office_kato == DISTRICT.kato
    assert keys.unwrap(path, "aigerim", TEST_PASSWORD) == keys.store_key_from_recovery(recovery)


def test_init_refuses_a_short_password(tmp_path: Path) -> None:
    with pytest.raises(AccountError) as err:
        init_store(tmp_path / "s.sqlite", DISTRICT, "aigerim", "short")
    assert err.value.code == "too_short"
    assert list(tmp_path.iterdir()) == []


def test_the_recovery_key_restores_access_after_a_forgotten_password(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    store, recovery = init_store(path, DISTRICT, "aigerim", "Forgotten-pass-1")
    store.close()
    # The password is forgotten; so is the key file (a reinstalled PC).
    key_file_path(path).unlink()
    store = recover_access(path, recovery.lower(), "aigerim", "Remembered-pass-2")
    store.close()
    with pytest.raises(AuthError):
        unlock_store(path, "aigerim", "Forgotten-pass-1")
    store = unlock_store(path, "aigerim", "Remembered-pass-2")
    try:
        assert store.principal.role == "administrator"
        assert accounts.get_account(store, "aigerim") == AccountDTO(
            "aigerim", "aigerim", "administrator", True, False
        )
    finally:
        store.close()
    assert keys.KeyFile.load(path).office_kato == DISTRICT.kato


def test_a_wrong_recovery_key_or_a_non_administrator_is_refused(db: Path) -> None:
    before, keys_before = sha(db), sha(key_file_path(db))
    for text in ("not a key", keys.new_recovery_key()):
        with pytest.raises(AuthError) as err:
            recover_access(db, text, "admin", "New-pass-123")
        assert err.value.code == "bad_recovery_key"
    assert sha(db) == before and sha(key_file_path(db)) == keys_before


def test_check_password_unlocks_an_idle_window_and_counts_failures(db: Path) -> None:
    store = unlock_store(db, "spec", "Spec-pass-1")
    try:
        check_password(store, "Spec-pass-1")
        with pytest.raises(AuthError) as err:
            check_password(store, "wrong-password")
        assert err.value.code == "bad_login"
        assert keys.KeyFile.load(db).failures["spec"]["count"] == 1
        check_password(store, "Spec-pass-1")
        assert "spec" not in keys.KeyFile.load(db).failures
    finally:
        store.close()


# -- accounts ---------------------------------------------------------------------------------


def _as(db: Path, login: str, password: str) -> Store:
    return unlock_store(db, login, password)


def test_accounts_are_listed_and_a_new_one_must_change_its_password(db: Path) -> None:
    store = _as(db, "admin", TEST_PASSWORD)
    try:
        listed = accounts.list_accounts(store)
    finally:
        store.close()
    assert [(a.login, a.role, a.active, a.must_change_password) for a in listed] == [
        ("admin", "administrator", True, False),
        ("spec", "specialist", True, True),
        ("view", "viewer", True, True),
    ]
    assert listed[1].display_name == "Айгерім Серікова"


def test_a_specialist_cannot_add_an_account_and_nothing_is_written(db: Path) -> None:
    store = _as(db, "spec", "Spec-pass-1")
    before, keys_before = sha(db), sha(key_file_path(db))
    try:
        with pytest.raises(RoleError):
            accounts.add_account(store, "intruder", "administrator", "Intruder-1")
        with pytest.raises(RoleError):
            accounts.reset_password(store, "admin", "Taken-over-1")
        with pytest.raises(RoleError):
            accounts.set_role(store, "spec", "administrator")
    finally:
        store.close()
    assert sha(key_file_path(db)) == keys_before
    with pytest.raises(AuthError):
        unlock_store(db, "intruder", "Intruder-1")
    assert sha(db) == before


@pytest.mark.parametrize(
    ("login", "role", "password", "code"),
    [
        ("spec", "viewer", "Long-enough-1", "login_exists"),
        ("new user", "viewer", "Long-enough-1", "login_format"),
        ("new", "boss", "Long-enough-1", "unknown_role"),
        ("new", "viewer", "short", "too_short"),
        ("newcomer", "viewer", "NEWCOMER", "same_as_login"),
    ],
)
def test_bad_new_accounts_are_refused(
    db: Path, login: str, role: str, password: str, code: str
) -> None:
    store = _as(db, "admin", TEST_PASSWORD)
    keys_before = sha(key_file_path(db))
    try:
        with pytest.raises(AccountError) as err:
            accounts.add_account(store, login, role, password)
        assert err.value.code == code
        assert len(accounts.list_accounts(store)) == 3
    finally:
        store.close()
    assert sha(key_file_path(db)) == keys_before


def test_the_last_administrator_cannot_be_disabled_or_demoted(db: Path) -> None:
    store = _as(db, "admin", TEST_PASSWORD)
    try:
        with pytest.raises(AccountError) as err:
            accounts.disable_account(store, "admin")
        assert err.value.code == "last_administrator"
        with pytest.raises(AccountError) as err:
            accounts.set_role(store, "admin", "supervisor")
        assert err.value.code == "last_administrator"
        accounts.set_role(store, "spec", "administrator")  # a second one: now possible
        accounts.set_role(store, "admin", "supervisor")
        assert accounts.get_account(store, "admin") == AccountDTO(
            "admin", "admin", "supervisor", True, False
        )
    finally:
        store.close()


def test_reset_and_change_password(db: Path) -> None:
    store = _as(db, "admin", TEST_PASSWORD)
    try:
        accounts.reset_password(store, "view", "Given-by-admin-1")
    finally:
        store.close()
    store = _as(db, "view", "Given-by-admin-1")
    try:
        assert accounts.get_account(store, "view").must_change_password  # type: ignore[union-attr]
        with pytest.raises(AuthError):
            accounts.change_password(store, "view", "wrong-old", "Chosen-by-me-1")
        with pytest.raises(AccountError) as err:
            accounts.change_password(store, "spec", "Spec-pass-1", "Chosen-by-me-1")
        assert err.value.code == "not_own"
        accounts.change_password(store, "view", "Given-by-admin-1", "Chosen-by-me-1")
        assert not accounts.get_account(store, "view").must_change_password  # type: ignore[union-attr]
    finally:
        store.close()
    with pytest.raises(AuthError):
        unlock_store(db, "view", "Given-by-admin-1")
    unlock_store(db, "view", "Chosen-by-me-1").close()
