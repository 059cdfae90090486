"""New stores for tests, copied from a template migrated once per test run (issue 13).

``init_store`` runs every Alembic revision and seeds the reference data: 0.3-0.6 s a store, and
most tests want a fresh store. Here the first request of a run builds, in the run's temporary
folder, one store through the real ``open_store(create=True)`` (every migration up to today's
head, then the seed), and one copy per office and administrator with ``set_office``; every
later request copies that file (a few milliseconds) and opens it as ``open_store`` would.

Nothing is cached across runs, and nothing lives in the repository: a new migration (or a change
to the seed) is in the next run's template. Each pytest-xdist worker builds its own. Tests of
migrations, of ``init``/``open_store`` themselves and of the CLI ``init`` command keep calling
the real functions.

Every template is encrypted with ``tests/accounts.py`` ``TEST_KEY`` and has a key file beside
it with the administrator's slot (``TEST_PASSWORD``, at the suite's low scrypt cost); a copy
copies both. ``raw_connect`` opens a store file for tests that read it with SQL.

A copy shares the template's UUIDs for its office, administrator and reference rows: two stores
of the *same* office in one test are copies of one file. Nothing compares those UUIDs across
stores (packages identify offices by KATO code).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy.orm import sessionmaker
from sqlcipher3 import dbapi2 as sqlcipher

from models.reference.dto import OfficeDTO
from models.reference.offices import set_office
from models.setup import open_store
from models.store import keys
from models.store.db import Store, StoreError, connect_keyed, is_plain_sqlite, make_engine
from tests.accounts import TEST_KEY, TEST_PASSWORD


class StoreTemplates:
    """Templates built on first use in ``folder``, one per (office, administrator)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._base: Path | None = None
        self._made: dict[tuple[OfficeDTO, str], Path] = {}

    def _migrated(self) -> Path:
        """Return the migrated and seeded store without an office (built on first use)."""
        if self._base is None:
            path = self.folder / "migrated.sqlite"
            open_store(path, TEST_KEY, create=True).close()
            _checkpoint(path)
            self._base = path
        return self._base

    def template(self, office: OfficeDTO, admin: str) -> Path:
        """Return the template file of ``office`` with the administrator ``admin``."""
        key = (office, admin)
        if key not in self._made:
            path = self.folder / f"{office.kato}-{len(self._made)}.sqlite"
            shutil.copyfile(self._migrated(), path)
            store = attach(path)
            try:
                set_office(store, office, admin)
            finally:
                store.close()
            _checkpoint(path)
            key_file = keys.KeyFile(office_kato=office.kato)
            key_file.slots[admin] = keys.make_slot(admin, TEST_PASSWORD, TEST_KEY)
            key_file.save(path)
            self._made[key] = path
        return self._made[key]

    def new_file(self, path: Path, office: OfficeDTO, admin: str) -> Path:
        """Write a new closed store at ``path`` (what ``init_store(...).close()`` leaves).

        Raises:
            StoreError: ``exists`` when a store is already at ``path``, as ``init_store``.
        """
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise StoreError("exists", path)
        path.parent.mkdir(parents=True, exist_ok=True)
        template = self.template(office, admin)
        shutil.copyfile(keys.key_file_path(template), keys.key_file_path(path))
        shutil.copyfile(template, path)
        return path

    def new_store(self, path: Path, office: OfficeDTO, admin: str) -> Store:
        """Return a new open store at ``path``, as ``init_store(path, office, admin)`` does."""
        return attach(self.new_file(path, office, admin))


def attach(path: Path) -> Store:
    """Open a store file that is already at the head revision and seeded.

    This is what :func:`models.setup.open_store` returns for such a file, without its checks,
    migration and seeding (``tests/test_store_templates.py`` checks that they would change
    nothing).
    """
    engine = make_engine(path, TEST_KEY)
    # Like open_store, leave one pooled connection open: the -wal and -shm files exist from
    # here on, as they do after init_store (a test may list the folder before and after).
    with engine.connect():
        pass
    return Store(path, engine, sessionmaker(engine, expire_on_commit=False))


def raw_connect(path: Path | str, key: bytes = TEST_KEY) -> sqlcipher.Connection:
    """Return a DB-API connection on the store file at ``path``, keyed (default: the tests'
    key), for tests that read or damage a store with SQL; close it when done.

    A plain SQLite file (a released fixture store of an earlier version) opens unkeyed.
    """
    if Path(path).exists() and Path(path).stat().st_size and is_plain_sqlite(Path(path)):
        return sqlcipher.connect(str(path))
    return connect_keyed(path, key)


def table_counts(path: Path | str, key: bytes = TEST_KEY) -> dict[str, int]:
    """Return the rows of every table of the store file at ``path`` (opened as
    :func:`raw_connect` does, read-write, so a ``-wal`` beside it is applied as SQLite does)."""
    conn = raw_connect(path, key)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def encrypted_copy(
    plain: Path, target: Path, key: bytes = TEST_KEY, admin: str | None = "admin"
) -> Path:
    """Write an encrypted copy of the plain store ``plain`` (a released fixture of an earlier
    version) at ``target``, keyed with ``key``, with a key file giving ``admin`` the tests'
    password; what ``main.py encrypt`` makes of it, without its pre-conversion backup."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlcipher.connect(str(plain))
    try:
        conn.execute(f'ATTACH DATABASE ? AS enc KEY "{keys.key_hex(key)}"', (str(target),))
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    key_file = keys.KeyFile()
    if admin is not None:
        key_file.slots[admin] = keys.make_slot(admin, TEST_PASSWORD, key)
    key_file.save(target)
    return target


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file, so that copying the one file copies the whole store."""
    conn = raw_connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


#: The run's templates; set by the session fixture of ``tests/conftest.py``.
_templates: StoreTemplates | None = None


def configure(folder: Path) -> StoreTemplates:
    """Make ``folder`` (a temporary folder of this run) hold the run's templates."""
    global _templates
    _templates = StoreTemplates(folder)
    return _templates


def templates() -> StoreTemplates:
    """Return the run's templates (the conftest fixture configured them)."""
    if _templates is None:
        raise RuntimeError("store templates are configured by tests/conftest.py")
    return _templates


def new_store(path: Path, office: OfficeDTO, admin: str) -> Store:
    """Return a new open store at ``path`` for ``office`` (a copy of the run's template)."""
    return templates().new_store(path, office, admin)


def new_store_file(path: Path, office: OfficeDTO, admin: str) -> Path:
    """Write a new closed store at ``path`` for ``office`` (for command-line tests)."""
    return templates().new_file(path, office, admin)
