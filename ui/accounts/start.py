"""Start-up: who uses Qoldau this time (reporting.md §5), once a store exists (the first
launch creates one with its administrator: ``ui/office_dialog.py`` ``set_up``).

- a plain store of an earlier version: it is encrypted first (``EncryptDialog``), the key shown;
- otherwise ``QOLDAU_USER`` and ``QOLDAU_PASSWORD`` log in when both are set, else the login
  dialog asks;
- an account whose password an administrator gave changes it before the main window opens
  (cancelling quits).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from models.errors import QoldauError
from models.store.db import Store, StoreError, is_plain_sqlite
from models.store.keys import key_file_path
from ui.accounts import backend
from ui.accounts.encrypt_dialog import EncryptDialog
from ui.accounts.key_dialog import RecoveryKeyDialog
from ui.accounts.login_dialog import LoginDialog, refusal_text
from ui.accounts.password_dialog import ChangePasswordDialog
from ui.workers import JobRunner

logger = logging.getLogger(__name__)


def start_session(
    path: Path,
    parent: QWidget | None = None,
    *,
    env: Mapping[str, str] | None = None,
    runner: JobRunner | None = None,
) -> Store | None:
    """Return the store at ``path`` opened by the user who starts Qoldau, or None when they
    gave up.

    Raises:
        StoreError: the file cannot be opened: ``not_a_store`` when no key file is beside it,
            or what opening it with the environment's login met (``too_new``, ``corrupt``...).
    """
    path = Path(path)
    env = os.environ if env is None else env
    if is_plain_sqlite(path):
        store = encrypt_plain(path, parent, runner)
    elif not key_file_path(path).exists():
        # A foreign file, or a store whose key file was lost: no password can open it (a
        # restored backup brings its key file back).
        raise StoreError("not_a_store", path)
    else:
        store = log_in(path, parent, env)
    if store is None:
        return None
    if not password_changed(store, parent):
        store.close()
        return None
    return store


def encrypt_plain(
    path: Path, parent: QWidget | None = None, runner: JobRunner | None = None
) -> Store | None:
    """Encrypt a plain store, show its recovery key and log its administrator in."""
    dialog = EncryptDialog(path, parent, runner=runner)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.recovery_key:
        return None
    RecoveryKeyDialog(dialog.recovery_key, str(path), parent).exec()
    try:
        return backend.unlock(path, dialog.login, dialog.password)
    except QoldauError as exc:  # pragma: no cover - the password was set a moment ago
        logger.warning("cannot log in after encrypting %s: %s", path, exc)
        login = LoginDialog(path, parent, login=dialog.login)
        return login.store if login.exec() == QDialog.DialogCode.Accepted else None


def log_in(
    path: Path, parent: QWidget | None = None, env: Mapping[str, str] | None = None
) -> Store | None:
    """Log in with the environment's login and password when both are set, or ask."""
    env = os.environ if env is None else env
    user, password = env.get("QOLDAU_USER", ""), env.get("QOLDAU_PASSWORD", "")
    error = ""
    if user and password:
        try:
            return backend.unlock(path, user, password)
        except QoldauError as exc:
            logger.info("QOLDAU_USER %s refused: %s", user, exc)
            error = refusal_text(exc)
    dialog = LoginDialog(path, parent, login=user)
    dialog.error_label.setText(error)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.store


def password_changed(store: Store, parent: QWidget | None = None) -> bool:
    """Make a user whose password an administrator gave choose their own; False if cancelled."""
    if not backend.must_change(store):
        return True
    dialog = ChangePasswordDialog(store, store.principal.login, parent, forced=True)
    return dialog.exec() == QDialog.DialogCode.Accepted
