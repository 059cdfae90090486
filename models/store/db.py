"""Opening, migrating and backing up the store: the bottom layer, which knows no table.

Seeding, the code guard and the office (``models/setup.py``, ``models/reference/offices.py``)
sit above it.

SQLite is the desktop default; the same models run on PostgreSQL through a SQLAlchemy URL, so
SQLite-only SQL stays in this module.
"""

from __future__ import annotations

import contextlib
import errno
import hmac
import logging
import os
import sqlite3
import time
import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlcipher3 import dbapi2 as sqlcipher

from models.errors import QoldauError
from models.litter import remove_stale
from models.store.base import SYSTEM, Principal
from models.store.keys import key_hex

logger = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: How long a writer waits for another one (a GUI save, a second command) before giving up.
BUSY_TIMEOUT_MS = 30_000
#: Time budget of the ``quick_check`` run when a store is opened: a store bigger than this
#: allows is checked up to the budget (its first pages, the schema and the most used tables),
#: and fully by every backup.
OPEN_CHECK_SECONDS = 2.0
#: The page cache of each connection, in KiB (decrypted pages; see ``_set_sqlite_pragmas``).
PAGE_CACHE_KIB = 65_536
#: Files SQLite keeps beside a database; a leftover one beside a new file would be applied to it.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class StoreError(QoldauError):
    """An expected failure opening a store; ``code`` is stable, the UI translates it.

    Codes: ``missing`` (no store at the path), ``exists`` (init over an existing one),
    ``too_new`` (made by a newer Qoldau), ``not_a_store`` (another or a corrupt file),
    ``corrupt`` (a store whose pages fail ``PRAGMA quick_check``: restore a backup),
    ``no_office`` (created but never set up), ``out_exists`` (a backup over an existing file),
    ``not_encrypted`` (a plain SQLite store of an earlier version: ``main.py encrypt``),
    ``keys_missing`` (no key file beside the store: restore it, or use the recovery key),
    ``not_a_backup``/``foreign_backup`` (``models/store/backup_file.py``).
    """

    def __init__(self, code: str, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = Path(path)
        self.detail = detail


#: The store key of each engine made by :func:`make_engine` (backups are keyed with it).
_ENGINE_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()


def connect_keyed(path: Path | str, key: bytes, *, check: bool = True) -> sqlcipher.Connection:
    """Return a SQLCipher connection on ``path`` keyed with ``key`` (``PRAGMA key`` first).

    Args:
        path: the store (or backup) file.
        key: the 32-byte store key.
        check: read the schema at once, so a wrong key fails here ("file is not a database")
            rather than at the first query.

    Raises:
        sqlcipher3.dbapi2.DatabaseError: the key does not open the file.
    """
    conn = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        conn.execute(f'PRAGMA key = "{key_hex(key)}"')
        if check:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def engine_key(engine: Engine) -> bytes:
    """Return the store key of an engine made by :func:`make_engine`."""
    return _ENGINE_KEYS[engine]


def same_key(a: bytes, b: bytes) -> bool:
    """Compare two keys in constant time."""
    return hmac.compare_digest(a, b)


def _set_sqlite_pragmas(dbapi_conn: sqlcipher.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    # WAL keeps readers going while a worker writes; FULL sync because power cuts are common.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # SQLCipher decrypts (and checks) each page it reads into this cache: the default 2 MiB
    # made every unfiltered count of a big member list decrypt the whole index again (7x the
    # plain cost); 64 MiB holds the search indexes of a million people, so a repeated scan
    # costs what it does unencrypted (bench/README.md). Grown only as pages are read.
    cur.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
    cur.close()


def make_engine(path: Path, key: bytes) -> Engine:
    """Return an engine on the SQLCipher store at ``path``, keyed with ``key``, with Qoldau's
    pragmas (``PRAGMA key`` first on every connection, then WAL, FULL sync, foreign keys)."""
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        creator=lambda: connect_keyed(path, key, check=False),
    )
    event.listen(engine, "connect", _set_sqlite_pragmas)
    _ENGINE_KEYS[engine] = key
    return engine


def _alembic_config(engine: Engine, migrations_dir: Path = MIGRATIONS_DIR) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(migrations_dir: Path = MIGRATIONS_DIR) -> str:
    """Return the newest schema revision this version of Qoldau knows."""
    script = ScriptDirectory(str(migrations_dir))
    head = script.get_current_head()
    assert head is not None
    return head


def known_revisions(migrations_dir: Path = MIGRATIONS_DIR) -> frozenset[str]:
    """Return every schema revision this version of Qoldau can migrate from."""
    return frozenset(rev.revision for rev in ScriptDirectory(str(migrations_dir)).walk_revisions())


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision stamped in the store, None for an empty file."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def make_private(path: Path) -> None:
    """Make ``path`` readable and writable by its owner only (POSIX; a no-op on Windows).

    On Windows the store, backups and logs live in the user's own profile, which other users
    of the PC cannot read; a file written elsewhere (a USB stick) has no owner to restrict to.
    """
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def quick_check(conn: sqlcipher.Connection, budget: float | None = None) -> list[str]:
    """Return what ``PRAGMA quick_check`` finds wrong in the store of ``conn`` (empty: sound).

    Args:
        conn: a (keyed) SQLCipher connection on the store.
        budget: seconds the check may take; past them it stops and reports nothing more (the
            part checked was sound). None checks everything.
    """
    started = time.monotonic()
    stopped = False

    def over_budget() -> int:
        nonlocal stopped
        stopped = budget is not None and time.monotonic() - started > budget
        return 1 if stopped else 0

    if budget is not None:
        conn.set_progress_handler(over_budget, 10_000)
    try:
        rows = conn.execute("PRAGMA quick_check(20)").fetchall()
    except sqlcipher.OperationalError:
        if stopped:
            logger.info("quick_check stopped after %.1f s (budget)", budget)
            return []
        raise
    except sqlcipher.DatabaseError as exc:  # "database disk image is malformed"
        return [str(exc)]
    finally:
        if budget is not None:
            conn.set_progress_handler(None, 0)
    problems = [str(r[0]) for r in rows if r and r[0] != "ok"]
    return problems


def _copy_pages(src: sqlcipher.Connection, dst: sqlcipher.Connection) -> None:
    """Copy every page of ``src`` into ``dst`` (SQLite's online backup; tests make it fail)."""
    src.backup(dst)


def _remove_leftovers(target: Path) -> None:
    """Remove a ``-wal``/``-shm``/``-journal`` left beside ``target`` by a file now gone.

    SQLite applies a ``-wal`` it finds beside a database when opening it, even one of another
    file: a backup renamed onto a name with a leftover one would open as a different or
    malformed store.
    """
    for suffix in SIDE_SUFFIXES:
        side = target.with_name(target.name + suffix)
        if side.exists():
            logger.warning("removing %s, left beside %s by an older file", side, target)
            side.unlink()


def _place_new(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` to ``target``, never replacing a file that appeared at ``target``."""
    try:
        os.link(tmp, target)  # fails if target exists, even one created a moment ago
    except FileExistsError:
        raise
    except OSError:  # no hard links (FAT/exFAT USB sticks): check, then rename
        if target.exists():
            raise FileExistsError(errno.EEXIST, "file exists", str(target)) from None
        os.replace(tmp, target)
    else:
        tmp.unlink()


def backup_to(engine: Engine, target: Path, *, source: Path | None = None) -> Path:
    """Copy the live store to ``target`` with SQLite's online backup API (consistent under WAL).

    The copy is encrypted with the store's key (SQLCipher copies the pages to a destination
    keyed alike); it opens with :func:`open_store` and that key, or its key file copied beside
    it. The copy is written to a ``.part`` file beside ``target``, made private, synced and only
    then renamed; on any failure (a full disk) the ``.part`` file is removed. The copy is a
    self-contained file (rollback journal, no ``-wal`` needed).

    Args:
        engine: the store's engine.
        target: the backup file; it must not exist.
        source: the store's path, for messages.

    Raises:
        StoreError: ``out_exists`` when ``target`` exists (nothing written); ``corrupt`` when
            the store fails ``PRAGMA quick_check`` (nothing written: restore a backup).
        OSError: the target cannot be written (``ENOSPC`` on a full disk).
    """
    target = Path(target)
    if target.exists() or target.is_symlink():
        raise StoreError("out_exists", target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale([target.parent])  # the .part of a backup killed here before (issue 9)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    raw = engine.raw_connection()
    try:
        src = raw.driver_connection
        assert isinstance(src, sqlcipher.Connection)
        problems = quick_check(src)
        if problems:
            raise StoreError("corrupt", source or target, problems[0])
        try:
            dst = connect_keyed(tmp, engine_key(engine), check=False)
            try:
                make_private(tmp)
                _copy_pages(src, dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
            _remove_leftovers(target)
            _place_new(tmp, target)
        except sqlcipher.Error as exc:
            code = errno.ENOSPC if "full" in str(exc) else errno.EIO
            raise OSError(code, str(exc), str(target)) from exc
        finally:
            for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in SIDE_SUFFIXES)):
                with contextlib.suppress(OSError):
                    leftover.unlink()
    finally:
        raw.close()
    return target


def migrate(engine: Engine, path: Path, migrations_dir: Path = MIGRATIONS_DIR) -> Path | None:
    """Bring the store to the head revision, backing it up first when anything is pending.

    Args:
        engine: the store's engine.
        path: the store file (backups are written beside it).
        migrations_dir: the Alembic script folder; tests point it at a copy with extra revisions.

    Returns:
        The backup file written, or None when the store was already current or empty.

    Raises:
        StoreError: ``too_new`` when the store has a revision this version does not know.
    """
    current = current_revision(engine)
    if current is not None and current not in known_revisions(migrations_dir):
        raise StoreError("too_new", path, current)
    if current == head_revision(migrations_dir):
        return None
    backup = None
    if current is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_to(
            engine, path.with_name(f"{path.stem}.before-{current}-{stamp}.sqlite"), source=path
        )
        logger.info("store backed up to %s before migrating from %s", backup, current)
    command.upgrade(_alembic_config(engine, migrations_dir), "head")
    return backup


@dataclass
class Store:
    """An open store: its engine, a session factory and who unlocked it."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    #: The authenticated login and role; every session acts with this role.
    principal: Principal = SYSTEM

    @contextmanager
    def session(self, user: str | None = None) -> Iterator[Session]:
        """Open a short session writing as ``user`` (default: the principal's login) with the
        principal's role; commit on success, roll back on error."""
        with self.session_factory() as session:
            session.info["user"] = user or self.principal.login
            session.info["role"] = self.principal.role
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        """Release the file (checkpoints the WAL)."""
        self.engine.dispose()


def is_plain_sqlite(path: Path) -> bool:
    """Return True when ``path`` is an unencrypted SQLite file (its header is in clear)."""
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def plain_revision(path: Path) -> str | None:
    """Return the schema revision of a plain (unencrypted) Qoldau store, read-only.

    Raises:
        StoreError: ``not_a_store`` when ``path`` is another application's database.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError("not_a_store", path, str(exc)) from exc
    return str(row[0]) if row else None


def _refuse_foreign_or_newer(path: Path, key: bytes) -> None:
    """Refuse another application's database, a wrong key or a newer store before touching
    the file.

    NOTE: this reads with a connection of its own, because the engine's first connect switches
    the file to WAL: a refused store must stay byte-identical, and a foreign database must not
    receive our tables.
    """
    try:
        conn = connect_keyed(path, key)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            # Damaged pages (a power cut on a bad disk, a stick pulled out) are found before
            # anything is written into them; bounded, so a big store still opens quickly.
            problems = quick_check(conn, OPEN_CHECK_SECONDS)
        finally:
            conn.close()
    except sqlcipher.DatabaseError as exc:
        # A wrong key reads as "file is not a database", like a foreign file.
        raise StoreError("not_a_store", path, str(exc)) from exc
    if revision is None and tables - {"alembic_version"}:
        raise StoreError("not_a_store", path, "no Qoldau schema")
    if revision is not None and revision not in known_revisions():
        raise StoreError("too_new", path, revision)
    if problems:
        logger.error("store %s fails quick_check: %s", path, "; ".join(problems))
        raise StoreError("corrupt", path, problems[0])


def open_engine(path: Path, key: bytes, *, create: bool = False) -> Engine:
    """Open the encrypted store file at ``path`` with ``key`` and migrate it to the head revision.

    Args:
        path: the SQLCipher file.
        key: the 32-byte store key (``models/store/keys.py``).
        create: create an empty store when none exists (``init``).

    Raises:
        StoreError: ``missing``, ``not_encrypted`` (a plain store of an earlier version),
            ``not_a_store`` (also: a key that does not open it), ``too_new`` or ``corrupt``.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise StoreError("missing", path)
    if exists and is_plain_sqlite(path):
        plain_revision(path)  # another application's database is not_a_store
        raise StoreError("not_encrypted", path)
    if exists:
        _refuse_foreign_or_newer(path, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not exists:
        # Created private (0600): the store holds personal data of the whole district.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    make_private(path)
    engine = make_engine(path, key)
    try:
        migrate(engine, path)
    except StoreError:
        engine.dispose()
        raise
    except DatabaseError as exc:
        engine.dispose()
        raise StoreError("not_a_store", path, str(exc.orig)) from exc
    return engine
