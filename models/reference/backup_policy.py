"""Automatic backups (issue 8): daily and on exit, rotated, to a folder such as a USB stick.

The policy lives in the ``setting`` table (``models/reference/settings.py``): the folder (empty:
a ``backups`` folder beside the store), how many to keep (default 10) and whether a backup is
made daily (default on). Files are named ``<office KATO>_<YYYYMMDD-HHMMSS>.qoldau-backup``
(``-2``, ``-3``... when a second one falls in the same second); the name alone says which office
and when, so :func:`backup_due` and :func:`rotate` read the folder, not the store, and a backup
made by another Qoldau on the same stick counts.

Rotation deletes only OUR files of THIS office, beyond the newest N: anything else in the folder
(other offices' backups, the user's own files on the stick, a folder named like a backup) is
never touched. A folder that is missing (the stick was pulled out), full or not writable is a
:class:`~models.store.db.StoreError` with a code of its own (``backup_folder_missing``,
``backup_folder_full``, ``backup_folder_unwritable``); the store is never written by a backup,
and the half-written file is removed (``backup_to``), so the next attempt simply runs later.
"""

from __future__ import annotations

import errno
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.issues import ValidationError, ValidationReport
from models.reference import settings as domain_settings
from models.reference.offices import office_of
from models.reference.roles import Permission, require
from models.store.backup_file import write_backup
from models.store.db import Store, StoreError

logger = logging.getLogger(__name__)

#: The extension of every backup file (automatic or "Back up now").
SUFFIX = ".qoldau-backup"
#: The name of the default folder, beside the store.
DEFAULT_FOLDER_NAME = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<kato>\d{9})_(?P<stamp>\d{8}-\d{6})(?:-(?P<n>[2-9]|[1-9]\d+))?\.qoldau-backup$"
)
#: The most automatic backups an office may keep (the settings dialog's limit).
KEEP_MAX = 1000
#: errno values that mean "the disk is full" (ENOSPC, and a user's quota on a shared disk).
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class BackupPolicy:
    """The automatic backup settings of a store."""

    #: The folder chosen by the office, or None for the default beside the store.
    folder: str | None
    keep: int
    daily: bool


@dataclass(frozen=True, order=True)
class AutomaticBackup:
    """One of our backup files in the folder (ordered oldest first)."""

    made_at: datetime
    serial: int
    path: Path


def write_backup_file(store: Store, target: Path) -> Path:
    """Write one backup file of ``store`` to ``target`` (which must not exist).

    NOTE: the one place that names the backup writer: the one-file encrypted format of
    ``models/store/backup_file.py``, the same as ``main.py backup`` writes.
    """
    return write_backup(store, target)


def read_policy(store: Store) -> BackupPolicy:
    """Return the backup settings of ``store`` (defaults for missing or unusable values)."""
    with store.session_factory() as s:
        return BackupPolicy(
            domain_settings.backup_folder(s),
            domain_settings.backup_keep(s),
            domain_settings.backup_daily(s),
        )


def save_policy(store: Store, policy: BackupPolicy) -> None:
    """Store the backup settings (administrator: ``Permission.SETTINGS``).

    Raises:
        RoleError: the principal may not change settings (nothing written).
        ValidationError: ``keep`` outside 1..KEEP_MAX (field ``keep``, ``out_of_range``).
        StoreError: ``backup_folder_missing`` when a chosen folder does not exist.
    """
    report = ValidationReport()
    if not 1 <= policy.keep <= KEEP_MAX:
        report.add("keep", "out_of_range", low=1, high=KEEP_MAX)
    if not report.ok:
        raise ValidationError(report)
    folder = (policy.folder or "").strip()
    if folder and not Path(folder).is_dir():
        raise StoreError("backup_folder_missing", folder)
    with store.session() as s:
        require(s, Permission.SETTINGS)
        domain_settings.write_setting(s, domain_settings.BACKUP_FOLDER_KEY, folder)
        domain_settings.write_setting(s, domain_settings.BACKUP_KEEP_KEY, str(policy.keep))
        domain_settings.write_setting(
            s, domain_settings.BACKUP_DAILY_KEY, "1" if policy.daily else "0"
        )


def default_folder(store: Store) -> Path:
    """Return the default backup folder: ``backups`` beside the store file."""
    return store.path.parent / DEFAULT_FOLDER_NAME


def backup_folder(store: Store, policy: BackupPolicy | None = None) -> Path:
    """Return the folder the automatic backups of ``store`` go to."""
    policy = policy or read_policy(store)
    return Path(policy.folder) if policy.folder else default_folder(store)


def backup_name(kato: str, made_at: datetime, serial: int = 1) -> str:
    """Return the file name of an automatic backup of office ``kato`` made at ``made_at``."""
    extra = f"-{serial}" if serial > 1 else ""
    return f"{kato}_{made_at.strftime(_STAMP)}{extra}{SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, datetime, int] | None:
    """Return (office KATO, time, serial) of one of our backup names, None for any other name."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:  # 20261399-...: looks like ours, is not
        return None
    return match["kato"], made_at, int(match["n"] or 1)


def automatic_backups(folder: Path, kato: str) -> list[AutomaticBackup]:
    """Return the backup files of office ``kato`` in ``folder``, oldest first.

    Only regular files whose name parses count: never a folder, a link or another name.
    A folder that cannot be listed (missing, removed stick) holds none.
    """
    found: list[AutomaticBackup] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return found
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None or parsed[0] != kato:
            continue
        if entry.is_symlink() or not entry.is_file():
            continue
        found.append(AutomaticBackup(parsed[1], parsed[2], entry))
    return sorted(found)


def rotate(folder: Path, kato: str, keep: int) -> list[Path]:
    """Delete the backups of office ``kato`` in ``folder`` beyond the newest ``keep``.

    Returns the files deleted. A file that cannot be deleted is logged and left: the backup just
    written stays valid either way.
    """
    deleted: list[Path] = []
    backups = automatic_backups(folder, kato)
    for old in backups[: max(len(backups) - max(keep, 1), 0)]:
        try:
            old.path.unlink()
        except OSError as exc:
            logger.warning("cannot delete the old backup %s: %s", old.path, exc)
        else:
            deleted.append(old.path)
    if deleted:
        logger.info("rotated %d old backup(s) out of %s", len(deleted), folder)
    return deleted


def backup_due(store: Store, now: datetime) -> bool:
    """Return True when the daily backup is on and none of this office was made on ``now``'s day.

    Args:
        store: the open store.
        now: the local time (injected, so a test can cross midnight).
    """
    policy = read_policy(store)
    if not policy.daily:
        return False
    kato = office_of(store).kato
    day = now.date()
    return not any(b.made_at.date() == day for b in automatic_backups(backup_folder(store), kato))


def _free_target(folder: Path, kato: str, now: datetime) -> Path:
    serial = 1
    while True:
        target = folder / backup_name(kato, now, serial)
        if not (target.exists() or target.is_symlink()):
            return target
        serial += 1


def run_automatic_backup(store: Store, now: datetime) -> Path:
    """Write an automatic backup of ``store`` into its backup folder, then rotate.

    Args:
        store: the open store (never written).
        now: the local time the file is named after.

    Returns:
        The backup file written.

    Raises:
        StoreError: ``backup_folder_missing`` (a chosen folder is absent: the stick is out),
            ``backup_folder_full`` (no space left), ``backup_folder_unwritable`` (any other
            failure to write there), or ``corrupt`` (the store fails its check). Nothing is left
            in the folder and the store is unchanged.
    """
    policy = read_policy(store)
    folder = backup_folder(store, policy)
    kato = office_of(store).kato
    if policy.folder is None:
        try:  # the default folder is ours to create; a chosen one (a USB stick) is not
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _folder_error(exc, folder) from exc
    elif not folder.is_dir():
        raise StoreError("backup_folder_missing", folder)
    target = _free_target(folder, kato, now)
    try:
        write_backup_file(store, target)
    except StoreError:
        raise
    except OSError as exc:
        raise _folder_error(exc, folder) from exc
    logger.info("automatic backup written to %s", target)
    rotate(folder, kato, policy.keep)
    return target


def _folder_error(exc: OSError, folder: Path) -> StoreError:
    if exc.errno in _FULL:
        code = "backup_folder_full"
    elif not folder.is_dir():
        code = "backup_folder_missing"
    else:
        code = "backup_folder_unwritable"
    logger.warning("automatic backup to %s failed: %s", folder, exc)
    return StoreError(code, folder, str(exc.strerror or exc))
