"""The backup functions of the models the dialogs call, in one place.

The dialogs take these as defaults and tests may pass others. The backup file format and the
restore itself are ``models/store/backup_file.py``; each function imports it when called, so a
dialog module loads quickly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from datetime import datetime

    from models.store.db import Store


class BackupInfoLike(Protocol):
    """What the restore dialog shows of a backup before asking anything."""

    @property
    def office_kato(self) -> str:
        """The KATO code of the office whose store was backed up."""

    @property
    def created_at(self) -> datetime:
        """When the backup was made."""


def write(store: Store, out: Path) -> Path:
    """Write a backup of ``store`` to ``out`` (``StoreError("out_exists")`` if it exists)."""
    from models.reference.backup_policy import write_backup_file

    return write_backup_file(store, out)


def info(file: Path) -> BackupInfoLike:
    """Return the office and date of the backup ``file`` (``StoreError`` when it is none)."""
    from models.store.backup_file import read_backup_info

    return read_backup_info(file)


def restore(file: Path, target: Path, login: str, password: str) -> Path | None:
    """Restore ``file`` over the store at ``target``; return where the replaced store is kept."""
    from models.store.backup_file import restore_backup

    return restore_backup(file, target, login, password)
