"""Opening, creating, migrating and backing up the store.

SQLite is the desktop default; the same models run on PostgreSQL through a SQLAlchemy URL, so
SQLite-only SQL stays in this module.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

import models.reference.code_guard  # noqa: F401  (registers the check of coded columns on every flush)
from models.errors import QoldauError
from models.reference.dto import OfficeDTO
from models.reference.tables import AppUser, Office
from models.store.base import SYSTEM_USER

logger = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class StoreError(QoldauError):
    """An expected failure opening a store; ``code`` is stable, the UI translates it.

    Codes: ``missing`` (no store at the path), ``exists`` (init over an existing one),
    ``too_new`` (made by a newer Qoldau), ``not_a_store`` (another or a corrupt file),
    ``no_office`` (created but never set up).
    """

    def __init__(self, code: str, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = Path(path)
        self.detail = detail


def _set_sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    # WAL keeps readers going while a worker writes; FULL sync because power cuts are common.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    """Return an engine on the SQLite file at ``path`` with Qoldau's pragmas."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_sqlite_pragmas)
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


def backup_to(engine: Engine, target: Path) -> Path:
    """Copy the live store to ``target`` with SQLite's online backup API (consistent under WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    raw = engine.raw_connection()
    try:
        src = raw.driver_connection
        assert isinstance(src, sqlite3.Connection)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        raw.close()
    tmp.replace(target)
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
        backup = backup_to(engine, path.with_name(f"{path.stem}.before-{current}-{stamp}.sqlite"))
        logger.info("store backed up to %s before migrating from %s", backup, current)
    command.upgrade(_alembic_config(engine, migrations_dir), "head")
    return backup


@dataclass
class Store:
    """An open store: its engine and a session factory."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]

    @contextmanager
    def session(self, user: str = SYSTEM_USER) -> Iterator[Session]:
        """Open a short session writing as ``user``; commit on success, roll back on error."""
        with self.session_factory() as session:
            session.info["user"] = user
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def office(self) -> OfficeDTO:
        """Return the office of this store.

        Raises:
            StoreError: ``no_office`` when the store was never set up.
        """
        with self.session_factory() as session:
            office = session.scalars(select(Office)).first()
            if office is None:
                raise StoreError("no_office", self.path)
            return OfficeDTO(office.kato, office.level, office.name_kk, office.name_ru)

    def has_office(self) -> bool:
        """Return True once the office is set up."""
        with self.session_factory() as session:
            return session.scalars(select(Office.id)).first() is not None

    def close(self) -> None:
        """Release the file (checkpoints the WAL)."""
        self.engine.dispose()


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def _refuse_foreign_or_newer(path: Path) -> None:
    """Refuse another application's database or a newer store before touching the file.

    NOTE: this reads with a plain connection, because the engine's first connect switches the
    file to WAL: a refused store must stay byte-identical, and a foreign database must not
    receive our tables.
    """
    try:
        conn = sqlite3.connect(path)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError("not_a_store", path, str(exc)) from exc
    if revision is None and tables - {"alembic_version"}:
        raise StoreError("not_a_store", path, "no Qoldau schema")
    if revision is not None and revision not in known_revisions():
        raise StoreError("too_new", path, revision)


def open_store(path: Path, *, create: bool = False) -> Store:
    """Open (and migrate) the store at ``path``.

    Args:
        path: the SQLite file.
        create: create an empty store when none exists (the GUI's first launch).

    Raises:
        StoreError: ``missing``, ``not_a_store`` or ``too_new``.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise StoreError("missing", path)
    if exists and not _looks_like_sqlite(path):
        raise StoreError("not_a_store", path)
    if exists:
        _refuse_foreign_or_newer(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        migrate(engine, path)
        from models.store.seed import seed_reference_data

        factory = sessionmaker(engine, expire_on_commit=False)
        with factory() as session:
            seed_reference_data(session)
            session.commit()
    except StoreError:
        engine.dispose()
        raise
    except DatabaseError as exc:
        engine.dispose()
        raise StoreError("not_a_store", path, str(exc.orig)) from exc
    return Store(path, engine, factory)


def init_store(path: Path, office: OfficeDTO, admin: str) -> Store:
    """Create a new store for ``office`` with the administrator ``admin``.

    Raises:
        StoreError: ``exists`` when a store is already at ``path``.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise StoreError("exists", path)
    store = open_store(path, create=True)
    set_office(store, office, admin)
    return store


def set_office(store: Store, office: OfficeDTO, admin: str) -> None:
    """Record the office (first launch) and its first administrator account."""
    with store.session(admin) as session:
        session.add(
            Office(
                kato=office.kato,
                level=office.level,
                name_kk=office.name_kk,
                name_ru=office.name_ru,
            )
        )
        if session.scalars(select(AppUser).where(AppUser.login == admin)).first() is None:
            session.add(AppUser(login=admin, display_name=admin, role="admin"))
