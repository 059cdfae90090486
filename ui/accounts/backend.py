"""The account functions of the models the dialogs call, in one place.

The dialogs take these as defaults (tests may pass others): each forwards to
``models/setup.py`` (logging in, creating, recovering, encrypting) or
``models/reference/accounts.py`` (the accounts an administrator manages).
"""

from __future__ import annotations

from pathlib import Path

from models import setup
from models.reference import accounts
from models.reference.accounts import AccountDTO
from models.reference.dto import OfficeDTO
from models.store.db import Store

__all__ = ["AccountDTO"]


def unlock(path: Path, login: str, password: str) -> Store:
    """Open the store at ``path`` as ``login`` (``AuthError`` when refused)."""
    return setup.unlock_store(path, login, password)


def recover(path: Path, recovery_key: str, login: str, new_password: str) -> Store:
    """Give the administrator ``login`` the password ``new_password`` with the recovery key."""
    return setup.recover_access(path, recovery_key, login, new_password)


def create(path: Path, office: OfficeDTO, admin: str, password: str) -> tuple[Store, str]:
    """Create the store of ``office``; return it and its recovery key (shown once)."""
    return setup.init_store(path, office, admin, password)


def encrypt(path: Path, admin: str, password: str) -> str:
    """Encrypt the plain store at ``path`` for the administrator; return the recovery key."""
    return setup.encrypt_store(path, admin, password)


def check(store: Store, password: str) -> bool:
    """Return True when ``password`` is the principal's; a wrong one raises ``AuthError`` and
    counts toward the lock-out."""
    setup.check_password(store, password)
    return True


def password_problems(password: str, login: str = "") -> list[str]:
    """Return the codes of what makes ``password`` unusable (empty when it is good)."""
    return list(accounts.password_problems(password, login))


def list_accounts(store: Store) -> list[AccountDTO]:
    """Return every account of the store."""
    return list(accounts.list_accounts(store))


def add_account(store: Store, login: str, role: str, password: str, display_name: str) -> None:
    """Add an account that must change its first password."""
    accounts.add_account(store, login, role, password, display_name=display_name)


def disable_account(store: Store, login: str) -> None:
    """Disable ``login`` (it can no longer log in)."""
    accounts.disable_account(store, login)


def reset_password(store: Store, login: str, new_password: str) -> None:
    """Give ``login`` a new password it must change at its next login."""
    accounts.reset_password(store, login, new_password)


def change_password(store: Store, login: str, old: str, new: str) -> None:
    """Change the user's own password."""
    accounts.change_password(store, login, old, new)


def set_role(store: Store, login: str, role: str) -> None:
    """Give ``login`` the role ``role``."""
    accounts.set_role(store, login, role)


def must_change(store: Store) -> bool:
    """Return True when the principal logs in with a password an administrator gave."""
    account = accounts.get_account(store, store.principal.login)
    return account is not None and account.must_change_password
