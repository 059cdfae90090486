"""Encrypted stores for the benches (issue 8): one administrator password for every bench store.

Bench stores are made by ``init_store`` like an office's (its recovery key is dropped: a bench
store lives in a temporary folder); ``open_bench`` logs in as its administrator, ``raw`` opens a
keyed DB-API connection for anchors and index surgery, and ``copy_store`` copies a closed store
with its key file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from models.reference.dto import OfficeDTO
from models.setup import init_store, unlock_store
from models.store import keys
from models.store.db import Store, connect_keyed

BENCH_PASSWORD = "Bench-password-1"
ADMIN = "admin"


def new_bench_store(path: Path, office: OfficeDTO) -> Store:
    """Create an encrypted store for ``office`` with the bench administrator."""
    store, _recovery = init_store(path, office, ADMIN, BENCH_PASSWORD)
    return store


def open_bench(path: Path) -> Store:
    """Log in to a bench store as its administrator."""
    return unlock_store(path, ADMIN, BENCH_PASSWORD)


def raw(path: Path) -> sqlcipher.Connection:
    """A keyed DB-API connection on a bench store (close it when done)."""
    return connect_keyed(path, keys.unwrap(path, ADMIN, BENCH_PASSWORD))


def copy_store(src: Path, dst: Path) -> Path:
    """Copy a closed bench store and its key file."""
    shutil.copyfile(src, dst)
    shutil.copyfile(keys.key_file_path(src), keys.key_file_path(dst))
    return dst
