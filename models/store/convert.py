"""Encrypting a plain SQLite store of an earlier Qoldau version in place (issue 8).

Order, so that a run killed at any moment loses nothing and leaves no plain copy behind:

1. the plain store's WAL is folded into it and its pages are checked;
2. ``sqlcipher_export`` writes an *encrypted* copy, ``<stem>.before-encryption-<stamp>.sqlite``
   (the pre-conversion backup, like the one before a migration, but never in clear), and every
   table's row count is compared with the plain store's;
3. a second copy of it is synced beside the store;
4. the key file is written (before the swap: an encrypted store without its key file could only
   be opened with a recovery key nobody has seen yet);
5. the copy replaces the plain file (one rename).

A run killed before 5 leaves the plain store and a key file that the next run replaces. The
plain file's old disk blocks are released to the file system, not overwritten (on SSDs and
USB sticks an overwrite would not reach them anyway).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from models.paths import sync_folder
from models.store.db import (
    SIDE_SUFFIXES,
    StoreError,
    _place_new,
    _remove_leftovers,
    connect_keyed,
    is_plain_sqlite,
    known_revisions,
    make_private,
    plain_revision,
    quick_check,
)
from models.store.keys import KeyFile, key_hex

logger = logging.getLogger(__name__)


def _counts(conn: sqlite3.Connection | sqlcipher.Connection) -> dict[str, int]:
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def encrypt_file(path: Path, key: bytes, key_file: KeyFile) -> Path:
    """Encrypt the plain store at ``path`` with ``key`` and write ``key_file`` beside it.

    Returns:
        The encrypted pre-conversion backup.

    Raises:
        StoreError: ``missing``; ``already_encrypted``; ``not_a_store`` (another application's
            database); ``too_new``; ``corrupt`` (the plain store fails ``quick_check``, or the
            copy's row counts differ: nothing was changed).
    """
    path = Path(path)
    if not (path.exists() and path.stat().st_size > 0):
        raise StoreError("missing", path)
    if not is_plain_sqlite(path):
        raise StoreError("already_encrypted", path)
    revision = plain_revision(path)
    if revision is not None and revision not in known_revisions():
        raise StoreError("too_new", path, revision)
    plain = sqlcipher.connect(str(path))  # no key: SQLCipher reads a plain file as SQLite does
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        problems = quick_check(plain)
        if problems:
            raise StoreError("corrupt", path, problems[0])
        expected = _counts(plain)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.before-encryption-{stamp}.sqlite")
        part = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
        swap = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
        try:
            fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            plain.execute(f'ATTACH DATABASE ? AS enc KEY "{key_hex(key)}"', (str(part),))
            plain.execute("SELECT sqlcipher_export('enc')")
            plain.execute("DETACH DATABASE enc")
            _check_copy(part, key, expected, path)
            _fsync(part)
            _place_new(part, backup)
            make_private(backup)
            shutil.copyfile(backup, swap)
            make_private(swap)
            _fsync(swap)
        except BaseException:
            for leftover in (part, swap):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
    finally:
        plain.close()
    try:
        key_file.save(path)
        _remove_leftovers(path)
        os.replace(swap, path)
    except BaseException:
        with contextlib.suppress(OSError):
            swap.unlink()
        raise
    sync_folder(path.parent)
    logger.info("store %s encrypted; its encrypted pre-conversion copy is %s", path, backup)
    return backup


def _check_copy(copy: Path, key: bytes, expected: dict[str, int], path: Path) -> None:
    """Refuse the encrypted copy unless it is sound and holds every row of the plain store."""
    conn = connect_keyed(copy, key)
    try:
        problems = quick_check(conn)
        counts = _counts(conn)
    finally:
        conn.close()
    for suffix in SIDE_SUFFIXES:
        with contextlib.suppress(OSError):
            copy.with_name(copy.name + suffix).unlink()
    if problems or counts != expected:
        raise StoreError("corrupt", path, problems[0] if problems else "row counts differ")
