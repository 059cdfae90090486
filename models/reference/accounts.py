"""Accounts (reporting.md §5): the ``app_user`` rows and their slots in the key file.

The row is the authority for the role and for active/disabled; the slot (``models/store/keys.py``)
holds the store key wrapped under the password. Adding an account writes the slot first, then
the row (a row without a slot could not log in anyway; a slot without an active row does not
log in); disabling one removes its slot, so a copy of the key file taken later no longer opens
the store with that password.

Every change here is allowed to administrators only (``Permission.MANAGE_USERS``), except
changing one's own password.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.errors import QoldauError
from models.reference.roles import ADMINISTRATOR, ROLES, Permission, require
from models.reference.tables import AppUser
from models.store import keys
from models.store.base import utcnow
from models.store.db import Store, engine_key

#: Shortest and longest password accepted.
MIN_PASSWORD = 8
MAX_PASSWORD = 256
MAX_LOGIN = 64


class AccountError(QoldauError):
    """An account change was refused; nothing was changed.

    Codes: ``login_format`` (empty, too long, spaces or control characters), ``login_exists``,
    ``unknown_login``, ``unknown_role``, ``last_administrator`` (the last active administrator
    cannot be disabled or demoted), ``not_own`` (only one's own password is changed with the
    old one), and the codes of :func:`password_problems`.
    """

    def __init__(self, code: str, login: str = "") -> None:
        super().__init__(f"{code}: {login}".rstrip(": "))
        self.code = code
        self.login = login


@dataclass(frozen=True)
class AccountDTO:
    """An account as the accounts screen and ``main.py user`` show it."""

    login: str
    display_name: str
    role: str
    active: bool
    must_change_password: bool


def password_problems(password: str, login: str = "") -> list[str]:
    """Return what is wrong with a new password (codes; empty: acceptable).

    Codes: ``too_short`` (fewer than 8 characters), ``too_long`` (more than 256),
    ``same_as_login``.
    """
    problems = []
    length = len(unicodedata.normalize("NFC", password))
    if length < MIN_PASSWORD:
        problems.append("too_short")
    if length > MAX_PASSWORD:
        problems.append("too_long")
    if login and password.strip().casefold() == login.strip().casefold():
        problems.append("same_as_login")
    return problems


def _check_password(password: str, login: str) -> None:
    problems = password_problems(password, login)
    if problems:
        raise AccountError(problems[0], login)


def _check_login(login: str) -> None:
    if (
        not login
        or len(login) > MAX_LOGIN
        or login != login.strip()
        or any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in login)
    ):
        raise AccountError("login_format", login)


def _dto(user: AppUser) -> AccountDTO:
    return AccountDTO(
        user.login, user.display_name, user.role, bool(user.active), bool(user.must_change_password)
    )


def _user(session: Session, login: str) -> AppUser:
    user = session.scalars(select(AppUser).where(AppUser.login == login)).first()
    if user is None:
        raise AccountError("unknown_login", login)
    return user


def _other_active_admins(session: Session, login: str) -> int:
    return int(
        session.scalar(
            select(func.count(AppUser.id)).where(
                AppUser.role == ADMINISTRATOR, AppUser.active.is_(True), AppUser.login != login
            )
        )
        or 0
    )


def list_accounts(store: Store) -> list[AccountDTO]:
    """Return every account, by login."""
    with store.session() as session:
        require(session, Permission.READ)
        return [_dto(u) for u in session.scalars(select(AppUser).order_by(AppUser.login))]


def get_account(store: Store, login: str) -> AccountDTO | None:
    """Return the account ``login`` (None when there is none)."""
    with store.session() as session:
        user = session.scalars(select(AppUser).where(AppUser.login == login)).first()
        return _dto(user) if user is not None else None


def add_account(
    store: Store, login: str, role: str, password: str, display_name: str = ""
) -> AccountDTO:
    """Add an account with a first password, which the user changes at the first GUI login.

    Raises:
        RoleError: the principal is not an administrator (nothing written).
        AccountError: ``login_format``, ``login_exists``, ``unknown_role`` or a password code.
    """
    _check_login(login)
    with store.session() as session:
        require(session, Permission.MANAGE_USERS)
        if role not in ROLES:
            raise AccountError("unknown_role", login)
        if session.scalars(select(AppUser.id).where(AppUser.login == login)).first() is not None:
            raise AccountError("login_exists", login)
    _check_password(password, login)
    keys.add_slot(store.path, login, password, engine_key(store.engine))
    try:
        with store.session() as session:
            user = AppUser(
                login=login,
                display_name=display_name.strip() or login,
                role=role,
                active=True,
                must_change_password=True,
                password_changed_at=utcnow(),
            )
            session.add(user)
            session.flush()
            return _dto(user)
    except BaseException:
        keys.remove_slot(store.path, login)  # no slot without its row
        raise


def disable_account(store: Store, login: str) -> None:
    """Disable ``login`` and remove its slot (its history and authorship stay).

    Raises:
        RoleError: the principal is not an administrator.
        AccountError: ``unknown_login``; ``last_administrator``.
    """
    with store.session() as session:
        require(session, Permission.MANAGE_USERS)
        user = _user(session, login)
        if user.role == ADMINISTRATOR and user.active and not _other_active_admins(session, login):
            raise AccountError("last_administrator", login)
        user.active = False
        session.flush()
        # Inside the transaction: if the key file cannot be written, the row stays active.
        keys.remove_slot(store.path, login)


def reset_password(store: Store, login: str, new_password: str) -> None:
    """Give ``login`` a new password (an administrator; the user changes it at next login).

    Also clears its lock-out. Raises RoleError or AccountError (``unknown_login``, password).
    """
    with store.session() as session:
        require(session, Permission.MANAGE_USERS)
        user = _user(session, login)
        _check_password(new_password, login)
        keys.add_slot(store.path, login, new_password, engine_key(store.engine))
        user.must_change_password = True
        user.password_changed_at = utcnow()


def change_password(store: Store, login: str, old: str, new: str) -> None:
    """Change one's own password (the old one is checked like a login, lock-out included).

    Raises:
        AccountError: ``not_own`` (another login than the store's principal), a password code.
        AuthError: ``bad_login`` or ``locked_out`` for a wrong old password.
    """
    if login != store.principal.login:
        raise AccountError("not_own", login)
    _check_password(new, login)
    key = keys.unwrap(store.path, login, old)
    if key != engine_key(store.engine):
        raise keys.AuthError("bad_login")
    with store.session() as session:
        user = _user(session, login)
        keys.add_slot(store.path, login, new, key)
        user.must_change_password = False
        user.password_changed_at = utcnow()


def set_role(store: Store, login: str, role: str) -> None:
    """Give ``login`` another role.

    Raises:
        RoleError: the principal is not an administrator.
        AccountError: ``unknown_login``, ``unknown_role``, ``last_administrator``.
    """
    with store.session() as session:
        require(session, Permission.MANAGE_USERS)
        if role not in ROLES:
            raise AccountError("unknown_role", login)
        user = _user(session, login)
        demoted = user.role == ADMINISTRATOR and role != ADMINISTRATOR and user.active
        if demoted and not _other_active_admins(session, login):
            raise AccountError("last_administrator", login)
        user.role = role
