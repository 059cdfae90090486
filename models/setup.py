"""Opening and creating a store: migrate (``models/store/db.py``), seed the reference data
(``models/seed.py``) and check every coded column on each write (``models/code_guard.py``);
logging in (``unlock_store``: the key file's slot gives the store key, the ``app_user`` row the
role), the recovery key, and the conversion of a plain store of an earlier version.

Above the domain packages, because the seed and the code guard know their tables; the store
itself knows none.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import sessionmaker

import models.audit_hook  # noqa: F401  (registers the audit of every ORM write)
import models.code_guard  # noqa: F401  (registers the check of coded columns on every flush)
import models.families.consent  # noqa: F401  (registers the consent guard on every flush)
import models.period_lock  # noqa: F401  (registers the lock of approved periods on every flush)
from models.reference.accounts import AccountError, password_problems
from models.reference.dto import OfficeDTO
from models.reference.offices import office_of, set_office
from models.reference.roles import ADMINISTRATOR
from models.reference.tables import AppUser
from models.seed import seed_reference_data
from models.store import keys
from models.store.base import Principal, utcnow
from models.store.convert import encrypt_file
from models.store.db import (
    Store,
    StoreError,
    engine_key,
    is_plain_sqlite,
    open_engine,
    same_key,
)
from models.store.keys import AuthError, KeyFile, key_file_path


def open_store(path: Path, key: bytes, *, create: bool = False) -> Store:
    """Open (migrate and seed) the store at ``path`` with its store key: the low-level entry
    (tests, migrations, the functions below). Its principal is the system.

    Args:
        path: the SQLCipher file.
        key: the 32-byte store key.
        create: create an empty store when none exists (``init``).

    Raises:
        StoreError: ``missing``, ``not_encrypted``, ``not_a_store``, ``too_new`` or ``corrupt``.
    """
    path = Path(path)
    engine = open_engine(path, key, create=create)
    factory = sessionmaker(engine, expire_on_commit=False)
    try:
        with factory() as session:
            seed_reference_data(session)
            session.commit()
    except DatabaseError as exc:
        engine.dispose()
        raise StoreError("not_a_store", path, str(exc.orig)) from exc
    return Store(path, engine, factory)


def _check_new_password(password: str) -> None:
    problems = password_problems(password)
    if problems:
        raise AccountError(problems[0])


def init_store(path: Path, office: OfficeDTO, admin: str, password: str) -> tuple[Store, str]:
    """Create a new encrypted store for ``office`` with the administrator ``admin``.

    The key file is written first (the administrator's slot), then the store: a run killed in
    between leaves a key file without a store, which the next ``init`` replaces.

    Returns:
        The open store (its principal: ``admin``) and the recovery key, to show once.

    Raises:
        StoreError: ``exists`` when a store is already at ``path``.
        AccountError: the password is too weak (``password_problems``).
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise StoreError("exists", path)
    _check_new_password(password)
    recovery = keys.new_recovery_key()
    key = keys.store_key_from_recovery(recovery)
    key_file = KeyFile(office_kato=office.kato)
    key_file.slots[admin] = keys.make_slot(admin, password, key)
    key_file.save(path)
    store = open_store(path, key, create=True)
    set_office(store, office, admin)
    with store.session(admin) as session:
        user = session.scalars(select(AppUser).where(AppUser.login == admin)).one()
        user.password_changed_at = utcnow()
    store.principal = Principal(admin, ADMINISTRATOR)
    return store, recovery


def _require_keys(path: Path) -> None:
    if not (path.exists() and path.stat().st_size > 0):
        raise StoreError("missing", path)
    if not key_file_path(path).exists():
        if is_plain_sqlite(path):
            raise StoreError("not_encrypted", path)
        if path.stat().st_size % 512:  # a store is whole pages: this is another file
            raise StoreError("not_a_store", path)
        raise StoreError("keys_missing", path)


def _active_role(store: Store, login: str) -> str | None:
    """Return the role of ``login`` when it is an active account of ``store``, else None."""
    with store.session_factory() as session:
        user = session.scalars(select(AppUser).where(AppUser.login == login)).first()
        return user.role if user is not None and user.active else None


def unlock_store(path: Path, login: str, password: str) -> Store:
    """Log in: open the store at ``path`` as ``login`` (its slot unwraps the store key; its
    ``app_user`` row must be active and gives the role).

    Raises:
        AuthError: ``bad_login`` (unknown login, wrong password, disabled account) or
            ``locked_out`` (five wrong passwords in a row; ``until``).
        StoreError: ``missing``, ``not_encrypted``, ``keys_missing``, ``not_a_store``,
            ``too_new``, ``corrupt``.
    """
    path = Path(path)
    _require_keys(path)
    key = keys.unwrap(path, login, password)
    store = open_store(path, key)
    role = _active_role(store, login)
    if role is None:
        store.close()
        raise AuthError("bad_login")
    store.principal = Principal(login, role)
    return store


def check_password(store: Store, password: str) -> None:
    """Check the password of the store's principal again (unlocking an idle-locked window);
    a wrong one counts towards the lock-out like a login.

    Raises:
        AuthError: ``bad_login`` or ``locked_out``; ``bad_login`` also when the account was
            disabled meanwhile.
    """
    login = store.principal.login
    key = keys.unwrap(store.path, login, password)
    if not same_key(key, engine_key(store.engine)) or _active_role(store, login) is None:
        raise AuthError("bad_login")


def recover_access(path: Path, recovery_key: str, login: str, new_password: str) -> Store:
    """Give the administrator ``login`` a new password with the office's recovery key (a
    forgotten password, a lost key file). Rewrites that login's slot, and the key file itself
    when it was lost.

    Raises:
        AuthError: ``bad_recovery_key`` (malformed, or not this store's key); ``bad_login``
            when ``login`` is not an active administrator of the store.
        AccountError: the new password is too weak.
        StoreError: ``missing``, ``not_encrypted``, ``too_new``, ``corrupt``.
    """
    path = Path(path)
    _check_new_password(new_password)
    key = keys.store_key_from_recovery(recovery_key)
    try:
        store = open_store(path, key)
    except StoreError as exc:
        if exc.code == "not_a_store" and "not a database" in exc.detail:
            raise AuthError("bad_recovery_key") from exc
        raise
    try:
        if _active_role(store, login) != ADMINISTRATOR:
            raise AuthError("bad_login")
        office = office_of(store)
        try:
            key_file = KeyFile.load(path)
        except (FileNotFoundError, ValueError):
            key_file = KeyFile()
        key_file.office_kato = office.kato
        key_file.slots[login] = keys.make_slot(login, new_password, key)
        key_file.failures.pop(login, None)
        key_file.save(path)
        with store.session(login) as session:
            user = session.scalars(select(AppUser).where(AppUser.login == login)).one()
            user.must_change_password = False
            user.password_changed_at = utcnow()
    except BaseException:
        store.close()
        raise
    store.principal = Principal(login, ADMINISTRATOR)
    return store


def encrypt_store(path: Path, admin_login: str, password: str) -> str:
    """Encrypt a plain store of an earlier version in place; return its new recovery key.

    ``models/store/convert.py`` writes the encrypted copy (the pre-conversion backup is that
    encrypted copy: no plain copy of the data remains) and swaps it in; then the store is
    migrated to the head revision, ``admin_login`` becomes (or stays) an active administrator
    and gets the first slot of the key file.

    Raises:
        StoreError: ``missing``; ``not_a_store`` (not a plain Qoldau store; an encrypted one is
            ``exists``); ``too_new``.
        AccountError: the password is too weak.
    """
    path = Path(path)
    _check_new_password(password)
    recovery = keys.new_recovery_key()
    key = keys.store_key_from_recovery(recovery)
    key_file = KeyFile()
    key_file.slots[admin_login] = keys.make_slot(admin_login, password, key)
    encrypt_file(path, key, key_file)
    store = open_store(path, key)
    try:
        with store.session(admin_login) as session:
            user = session.scalars(select(AppUser).where(AppUser.login == admin_login)).first()
            if user is None:
                user = AppUser(login=admin_login, display_name=admin_login)
                session.add(user)
            user.role, user.active = ADMINISTRATOR, True
            user.password_changed_at = utcnow()
        with contextlib.suppress(StoreError):  # no office yet: recorded when it is set up
            keys.set_office_kato(path, office_of(store).kato)
    finally:
        store.close()
    return recovery
