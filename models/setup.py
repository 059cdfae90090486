"""Opening and creating a store: migrate (``models/store/db.py``), seed the reference data
(``models/seed.py``) and check every coded column on each write (``models/code_guard.py``).

Above the domain packages, because the seed and the code guard know their tables; the store
itself knows none.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import sessionmaker

import models.code_guard  # noqa: F401  (registers the check of coded columns on every flush)
from models.reference.dto import OfficeDTO
from models.reference.offices import set_office
from models.seed import seed_reference_data
from models.store.db import Store, StoreError, open_engine


def open_store(path: Path, *, create: bool = False) -> Store:
    """Open (migrate and seed) the store at ``path``.

    Args:
        path: the SQLite file.
        create: create an empty store when none exists (the GUI's first launch).

    Raises:
        StoreError: ``missing``, ``not_a_store``, ``too_new`` or ``corrupt``.
    """
    path = Path(path)
    engine = open_engine(path, create=create)
    factory = sessionmaker(engine, expire_on_commit=False)
    try:
        with factory() as session:
            seed_reference_data(session)
            session.commit()
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
