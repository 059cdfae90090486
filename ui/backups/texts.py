"""Why a backup or a restore failed, in the user's language (one place for every backup dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from models.errors import QoldauError
from models.store.db import StoreError
from ui import messages


def _t(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def failure_text(exc: object, backup: Path | None = None) -> str:
    """Return the sentence for a backup or restore job that failed with ``exc``.

    Store errors (a missing or full folder, a damaged, foreign or unknown backup file) and
    account refusals (a wrong password, a role that may not restore) have their own messages
    (``ui/messages.py``); a file-system error names the file and the system's reason.

    Args:
        exc: what the job raised.
        backup: the backup file being restored, so that its damage is not worded as the
            store's.
    """
    if isinstance(exc, StoreError):
        if backup is not None and exc.code == "corrupt" and exc.path == backup:
            return _t(
                "The backup {path} is damaged or incomplete: it cannot be restored; nothing was "
                "changed. Choose another backup."
            ).format(path=exc.path)
        return messages.store_error_text(exc)
    code = getattr(exc, "code", None)
    if isinstance(exc, QoldauError) and isinstance(code, str):
        until = getattr(exc, "until", None)
        return messages.account_text(code, {"until": until} if until is not None else {})
    if isinstance(exc, OSError):
        return _t("{file}: {error}. Nothing was changed.").format(
            file=exc.filename or "", error=exc.strerror or exc
        )
    return _t("An unexpected error; the details are in the log. Nothing was changed.")
