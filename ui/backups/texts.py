"""Why a backup or a restore failed, in the user's language (one place for every backup dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import QoldauError
from models.store.db import StoreError
from ui import messages


def _t(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def failure_text(exc: object) -> str:
    """Return the sentence for a backup or restore job that failed with ``exc``.

    Store errors (a missing or full folder, a damaged, foreign or unknown backup file) and
    account refusals (a wrong password, a role that may not restore) have their own messages
    (``ui/messages.py``); a file-system error names the file and the system's reason.
    """
    if isinstance(exc, StoreError):
        return messages.store_error_text(exc)
    code = getattr(exc, "code", None)
    account_text = getattr(messages, "account_text", None)
    if isinstance(exc, QoldauError) and isinstance(code, str) and account_text is not None:
        until = getattr(exc, "until", None)
        return str(account_text(code, {"until": until} if until is not None else {}))
    if isinstance(exc, OSError):
        return _t("{file}: {error}. Nothing was changed.").format(
            file=exc.filename or "", error=exc.strerror or exc
        )
    return _t("An unexpected error; the details are in the log. Nothing was changed.")
