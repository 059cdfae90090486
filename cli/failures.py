"""Sentences for the failures of a batch command, shared by the dispatcher and the commands
that go on past one failure (a batch ``consolidate``): what happened and what to do, never a
traceback (reporting.md §4, issue 9).
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, SQLAlchemyError

from models.store.db import BUSY_TIMEOUT_MS

#: ``extra`` of a record for the log file only (its sentence is already on stderr).
FILE_ONLY = {"file_only": True}


def log_file_in_use() -> Path | None:
    """Return the log file the root logger writes to (None when there is none)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def os_error_text(exc: OSError) -> str:
    """Say which file could not be read or written, why, and what to do."""
    where = f" {exc.filename}" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return (
            f"the disk{where} is full: nothing of the last step was kept; free some space or "
            "choose another disk, then run the command again"
        )
    if isinstance(exc, PermissionError):
        return (
            f"no permission to use{where}: close it in other programs (Excel) or choose a "
            "folder you may write to, then run the command again"
        )
    if isinstance(exc, FileNotFoundError):
        return f"there is no file{where}: check the path"
    reason = exc.strerror or str(exc)
    return f"cannot read or write{where} ({reason}): check the disk and run the command again"


def database_error_text(exc: SQLAlchemyError) -> str | None:
    """Return the sentence for an expected store failure, None for a bug."""
    if isinstance(exc, IntegrityError):
        return (
            "another Qoldau window or command wrote the same records at the same time: this "
            "command's last step was not kept; run it again when the other one has finished"
        )
    if isinstance(exc, OperationalError):
        message = str(exc.orig).lower()
        if "locked" in message or "busy" in message:
            return (
                "the store is busy: another Qoldau window or command is writing to it (waited "
                f"up to {BUSY_TIMEOUT_MS // 1000} s); nothing was changed; run the command again "
                "when the other one has finished"
            )
        if "full" in message:
            return (
                "the disk of the store is full: nothing of the last step was kept; free some "
                "space, then run the command again"
            )
        if "readonly" in message or "unable to open" in message:
            return "the store cannot be written (read-only or removed disk): check the disk"
    if isinstance(exc, DatabaseError) and "malformed" in str(exc.orig):
        return (
            "the store is damaged: restore the latest backup with 'main.py restore', or ask "
            "your administrator"
        )
    return None
