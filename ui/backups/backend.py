"""The backup functions of the models the dialogs call, in one place.

The dialogs take these as defaults and tests may pass others. The backup file format and the
restore itself are ``models/store/backup_file.py``; each function imports it when called, so a
dialog module loads quickly.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

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
    info_of = _backup_file().read_backup_info
    return cast("BackupInfoLike", info_of(file))


def restore(file: Path, target: Path, login: str, password: str) -> Path | None:
    """Restore ``file`` over the store at ``target``; return where the replaced store is kept."""
    restore_backup = _backup_file().restore_backup
    return cast("Path | None", restore_backup(file, target, login, password))


def _backup_file() -> Any:
    # NOTE: the encrypted backup format is being written beside this (issue 8, helper "keys");
    # imported by name until it lands, so this module type-checks before and after.
    return importlib.import_module("models.store.backup_file")
