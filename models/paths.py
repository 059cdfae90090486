"""Where bundled resources and the user's data live, and making a rename in a folder durable
(no Qt, usable from the CLI)."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath

import platformdirs

APP_NAME = "Qoldau"


def _root() -> Path:
    # NOTE: a frozen bundle (PyInstaller) unpacks beside sys._MEIPASS; a checkout is one level up.
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource_path(name: str) -> Path:
    """Return the path of a bundled resource, e.g. ``codelists/regions.csv``.

    Raises:
        ValueError: for an absolute name or one that climbs out with ``..``.
    """
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or "\\" in name:
        raise ValueError(f"resource name must be relative and inside resources/: {name!r}")
    return _root() / "resources" / pure


def user_data_dir() -> Path:
    """Return the folder of the default store and its backups."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    """Return the folder of the rotating log files."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_store_path() -> Path:
    """Return the default store file in the user's data folder."""
    return user_data_dir() / "qoldau.sqlite"


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
