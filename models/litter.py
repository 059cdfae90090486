"""Our own temporary files left by a killed run, and their removal on the next start (issue 9).

A run killed mid-write (kill -9, a power cut, a stick pulled out) cannot clean up after itself:
it leaves the hidden ``.tmp`` workbook or manifest of an export beside its target, the ``.part``
copy of a backup (and its ``-journal``) beside the backup, and the spool folder of a write-only
workbook in the system temporary folder. Each is named by a pattern only Qoldau uses, with a
random part; :func:`remove_stale` removes those older than an hour (a running export or backup
is never that old between two writes) and never touches any other file.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

logger = logging.getLogger(__name__)

#: Files and folders older than this (seconds) are stale: no live run is still writing them.
STALE_AFTER_S = 3600.0

#: Prefix of the spool folder of a write-only workbook in the system temporary folder.
SPOOL_PREFIX = "qoldau-spool-"

#: ``.<final name>.<32 hex>.tmp``: a workbook or manifest of an export (exporters/package.py).
_EXPORT_TMP = re.compile(r"^\..+\.(xlsx|json)\.[0-9a-f]{32}\.tmp$")
#: ``.<final name>.<8 hex>.part`` and its SQLite side files: a backup (models/store/db.py) or the
#: registry template (exporters/registry_template.py); ``.<name>.<8 hex>.pages.part``: the pages
#: of a backup file before they are sealed (models/store/backup_file.py).
_PART = re.compile(r"^\..+\.[0-9a-f]{8}(\.pages)?\.part(-wal|-shm|-journal)?$")
#: ``qoldau-spool-<random>``: the spool folder of exporters/spool.py.
_SPOOL = re.compile(rf"^{re.escape(SPOOL_PREFIX)}[A-Za-z0-9_]+$")


def is_ours(path: Path) -> bool:
    """Return True when ``path``'s name is one of our temporary-file patterns."""
    name = path.name
    if _SPOOL.match(name):
        return path.is_dir() and not path.is_symlink()
    return bool(_EXPORT_TMP.match(name) or _PART.match(name)) and path.is_file()


def remove_stale(
    folders: Iterable[Path], *, older_than: float = STALE_AFTER_S, now: float | None = None
) -> list[Path]:
    """Remove our temporary files and spool folders older than ``older_than`` seconds.

    Only the direct entries of each folder are looked at; a folder that is missing or cannot be
    listed is skipped, and a file that cannot be removed is logged and left: cleaning up never
    stops a start, an export or a backup.

    Returns:
        The paths removed.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    seen: set[Path] = set()
    for folder in folders:
        try:
            key = folder.resolve()
            if key in seen or not folder.is_dir():
                continue
            seen.add(key)
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            try:
                if not is_ours(entry) or now - entry.lstat().st_mtime < older_than:
                    continue
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            except OSError as exc:
                logger.warning("could not remove the leftover %s: %s", entry, exc)
                continue
            logger.info("removed %s, left by an interrupted run", entry)
            removed.append(entry)
    return removed


def clean_at_start(store: Path | None) -> list[Path]:
    """Remove stale leftovers beside ``store`` and in the system temporary folder.

    Called once at every start (the GUI and every batch command, ``main.main``).
    """
    folders = [Path(tempfile.gettempdir())]
    if store is not None:
        folders.insert(0, Path(store).expanduser().absolute().parent)
    return remove_stale(folders)
