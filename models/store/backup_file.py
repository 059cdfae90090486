"""Backup files and restore (reporting.md §4, issue 8).

A backup is ONE file::

    b"QOLDAU-BACKUP\\n"                  magic
    b"<length of the header>\\n"          decimal
    header                              JSON, plain: format, office KATO, created at, schema
                                        revision, payload size and SHA-256, the key file's slots
    payload                             the store's pages, encrypted (SQLCipher online backup)

The header holds nothing personal (a KATO code, times, logins and their wrapped keys); the
payload is the store encrypted with its store key, which a backup's slot unwraps with the
password of one of its accounts (or the office's recovery key). A restore:

1. reads the header and checks the payload's size and SHA-256 (``not_a_backup``, ``corrupt``);
2. refuses a backup of another office than the target's key file says (``foreign_backup``);
3. unwraps the login's slot of the BACKUP (``AuthError``), writes the payload beside the
   target, runs a full ``quick_check`` and checks that the login is an active administrator of
   the backup's accounts and that the backup's office is the header's;
4. only then moves the target store (with its ``-wal``/``-shm`` and key file) aside to
   ``<name>.replaced-<stamp>`` and puts the backup's store and key file in place.

Any refusal happens before step 4 and leaves the target byte-identical. A newer schema is
refused (``too_new``); an older one is migrated by the next ``open_store``.

This module reads the ``app_user`` and ``office`` tables with plain SQL (it sits below the
packages that map them): those two columns sets are the restore's contract.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlcipher3 import dbapi2 as sqlcipher

from models.litter import remove_stale
from models.paths import sync_folder
from models.store.db import (
    SIDE_SUFFIXES,
    Store,
    StoreError,
    _place_new,
    _remove_leftovers,
    backup_to,
    connect_keyed,
    current_revision,
    known_revisions,
    make_private,
    quick_check,
)
from models.store.keys import AuthError, KeyFile, key_file_path, open_slot

logger = logging.getLogger(__name__)

MAGIC = b"QOLDAU-BACKUP\n"
BACKUP_FORMAT = 1
#: A header longer than this is not ours (it holds a few slots).
MAX_HEADER = 1 << 20
_CHUNK = 1 << 20
#: The role of the accounts that may restore (``models/reference/roles.py`` ADMINISTRATOR).
_RESTORER_ROLE = "administrator"


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says about itself, readable without a password."""

    office_kato: str
    created_at: datetime
    revision: str | None


def write_backup(store: Store, out: Path) -> Path:
    """Write one backup file of ``store`` to ``out`` (a ``.part`` beside it, synced, renamed).

    The caller checks the role (``main.py backup``: administrators; automatic backups run for
    any login, as the GUI closes).

    Raises:
        StoreError: ``out_exists`` (nothing written); ``keys_missing`` (the store has no key
            file: its backup could not be opened); ``corrupt`` (the store fails its check).
        OSError: the file cannot be written (``ENOSPC``); nothing is left behind.
    """
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise StoreError("out_exists", out)
    try:
        key_file = KeyFile.load(store.path)
    except (FileNotFoundError, ValueError) as exc:
        raise StoreError("keys_missing", store.path) from exc
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale([out.parent])
    pages = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.pages.part")
    part = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        backup_to(store.engine, pages, source=store.path)
        digest = hashlib.sha256()
        size = 0
        with pages.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
        header = {
            "format": BACKUP_FORMAT,
            "office_kato": key_file.office_kato,
            "created_at": datetime.now(UTC).isoformat(),
            "revision": current_revision(store.engine),
            "payload_size": size,
            "payload_sha256": digest.hexdigest(),
            "keys": {"format": 1, "office_kato": key_file.office_kato, "slots": key_file.slots},
        }
        head = json.dumps(header, sort_keys=True).encode("utf-8")
        fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as dst, pages.open("rb") as src:
            dst.write(MAGIC + str(len(head)).encode("ascii") + b"\n" + head)
            shutil.copyfileobj(src, dst, _CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
        _place_new(part, out)
    finally:
        for leftover in (pages, part):
            with contextlib.suppress(OSError):
                leftover.unlink()
    make_private(out)
    return out


def _read_header(fh: BinaryIO, path: Path) -> dict[str, Any]:
    if fh.read(len(MAGIC)) != MAGIC:
        raise StoreError("not_a_backup", path)
    line = fh.readline(16)
    try:
        length = int(line.strip())
        if not line.endswith(b"\n") or not 0 < length <= MAX_HEADER:
            raise ValueError(line)
        header = json.loads(fh.read(length).decode("utf-8"))
        if not isinstance(header, dict) or header.get("format") != BACKUP_FORMAT:
            raise ValueError("format")
        int(header["payload_size"]), str(header["payload_sha256"]), str(header["office_kato"])
        datetime.fromisoformat(str(header["created_at"]))
        KeyFile.from_json(header["keys"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise StoreError("corrupt", path, "header") from exc
    return header


def _check_payload(fh: BinaryIO, header: dict[str, Any], path: Path, copy: BinaryIO | None) -> None:
    """Hash the rest of ``fh`` (copying it to ``copy``) against the header's size and hash."""
    digest = hashlib.sha256()
    size = 0
    while chunk := fh.read(_CHUNK):
        digest.update(chunk)
        size += len(chunk)
        if copy is not None:
            copy.write(chunk)
    if size != int(header["payload_size"]) or digest.hexdigest() != header["payload_sha256"]:
        raise StoreError("corrupt", path, "checksum")


def read_backup_info(file: Path) -> BackupInfo:
    """Return the office, time and schema revision of a backup file, checking its checksum.

    Raises:
        StoreError: ``not_a_backup`` (not this format), ``corrupt`` (damaged or truncated).
        OSError: the file cannot be read.
    """
    file = Path(file)
    with file.open("rb") as fh:
        header = _read_header(fh, file)
        _check_payload(fh, header, file, None)
    revision = header.get("revision")
    return BackupInfo(
        str(header["office_kato"]),
        datetime.fromisoformat(str(header["created_at"])),
        str(revision) if revision is not None else None,
    )


def _check_restored(db: Path, key: bytes, login: str, header: dict[str, Any], file: Path) -> None:
    """Check the restored pages and that ``login`` may restore them (step 3 of the module)."""
    try:
        conn = connect_keyed(db, key)
    except sqlcipher.DatabaseError as exc:
        raise StoreError("corrupt", file, str(exc)) from exc
    try:
        problems = quick_check(conn)
        if problems:
            raise StoreError("corrupt", file, problems[0])
        try:
            row = conn.execute(
                "SELECT role, active FROM app_user WHERE login = ?", (login,)
            ).fetchone()
            office = conn.execute("SELECT kato FROM office").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise StoreError("corrupt", file, str(exc)) from exc
    finally:
        conn.close()
    if row is None or row[0] != _RESTORER_ROLE or not row[1]:
        # The password was right (its slot opened): say why, it probes nothing.
        raise AuthError("not_administrator")
    if office is None or office[0] != header["office_kato"]:
        raise StoreError("corrupt", file, "office")


def restore_backup(
    file: Path, target: Path, login: str, password: str, *, stamp: str | None = None
) -> Path | None:
    """Restore the backup ``file`` as the store ``target`` (see the module's steps).

    Args:
        file: the backup file.
        target: the store to replace (or to create where none exists).
        login: an active administrator of the backup.
        password: that login's password in the backup.
        stamp: the suffix of the replaced store's name (default: now, ``YYYYmmdd-HHMMSS``).

    Returns:
        The replaced store, kept beside the target (None when there was none).

    Raises:
        StoreError: ``not_a_backup``, ``corrupt``, ``foreign_backup``, ``too_new``.
        AuthError: ``bad_login`` (unknown login or wrong password in the backup),
            ``not_administrator`` (not an active administrator of the backup).
        OSError: a file cannot be read or written (nothing changed).
    """
    file, target = Path(file), Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with file.open("rb") as fh:
            header = _read_header(fh, file)
            revision = header.get("revision")
            if revision is not None and revision not in known_revisions():
                raise StoreError("too_new", file, str(revision))
            _check_office(header, target, file)
            backup_keys = KeyFile.from_json(header["keys"])
            slot = backup_keys.slots.get(login)
            key = open_slot(slot, login, password) if slot is not None else None
            if key is None:
                raise AuthError("bad_login")
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "wb") as copy:
                _check_payload(fh, header, file, copy)
                copy.flush()
                os.fsync(copy.fileno())
        _check_restored(tmp, key, login, header, file)
        for suffix in SIDE_SUFFIXES:  # the check's own side files, if any
            with contextlib.suppress(OSError):
                tmp.with_name(tmp.name + suffix).unlink()
        replaced = _move_aside(target, stamp or datetime.now().strftime("%Y%m%d-%H%M%S"))
        KeyFile(backup_keys.office_kato, dict(backup_keys.slots)).save(target)
        _remove_leftovers(target)
        os.replace(tmp, target)
        sync_folder(target.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    logger.info("backup %s restored to %s (replaced: %s)", file, target, replaced)
    return replaced


def _check_office(header: dict[str, Any], target: Path, file: Path) -> None:
    """Refuse a backup of another office than the target's key file names."""
    try:
        target_kato = KeyFile.load(target).office_kato
    except (FileNotFoundError, ValueError):
        return  # no store (or no key file) there: nothing to compare with
    if target_kato and target_kato != header["office_kato"]:
        raise StoreError("foreign_backup", file, f"{header['office_kato']}, not {target_kato}")


def _move_aside(target: Path, stamp: str) -> Path | None:
    """Rename the target store, its side files and key file to ``<name>.replaced-<stamp>``."""
    if not target.exists():
        return None
    replaced = target.with_name(f"{target.name}.replaced-{stamp}")
    n = 1
    while replaced.exists():
        n += 1
        replaced = target.with_name(f"{target.name}.replaced-{stamp}-{n}")
    os.replace(target, replaced)
    # The -wal holds committed writes not yet folded in: it moves with its store.
    for suffix in SIDE_SUFFIXES:
        side = target.with_name(target.name + suffix)
        if side.exists():
            os.replace(side, replaced.with_name(replaced.name + suffix))
    if key_file_path(target).exists():
        os.replace(key_file_path(target), key_file_path(replaced))
    return replaced
