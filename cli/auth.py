"""Logging in on the command line (reporting.md §5) and the sentences of account refusals.

Every command that opens a store logs in: ``--user`` (default ``$QOLDAU_USER``), the password
from ``QOLDAU_PASSWORD`` or, when it is unset and a terminal is attached, asked for there; then
the role is checked against the command's permission (``models/reference/roles.py``). A wrong
login or password exits 1 and changes nothing (the store is not even opened).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from models.errors import QoldauError
from models.reference.accounts import MIN_PASSWORD, AccountError
from models.reference.roles import Permission, RoleError, allows
from models.setup import unlock_store
from models.store.db import Store
from models.store.keys import AuthError


class LoginError(QoldauError):
    """A command could not log in or is not allowed; the message says why (exit 1)."""


ACCOUNT_MESSAGES = {
    "bad_login": "wrong login or password: nothing was changed",
    "locked_out": (
        "too many wrong passwords: this login is locked until {until}; nothing was changed. "
        "Wait, or ask your administrator"
    ),
    "bad_recovery_key": (
        "the recovery key is wrong or mistyped, or the login is not an administrator of this "
        "store: nothing was changed"
    ),
    "not_allowed": "not allowed for role {role}: nothing was changed",
    "not_administrator": (
        "not allowed: only an active administrator of the backup may restore it; nothing was "
        "changed"
    ),
    "too_short": f"the password is too short: use at least {MIN_PASSWORD} characters",
    "too_long": "the password is too long: use at most 256 characters",
    "same_as_login": "the password must not be the login",
    "login_format": "a login is 1 to 64 characters without spaces",
    "login_exists": "the login {login} exists already: nothing was changed",
    "unknown_login": "there is no account {login}: nothing was changed",
    "unknown_role": "the role must be administrator, supervisor, specialist or viewer",
    "last_administrator": (
        "{login} is the last active administrator: add another administrator first"
    ),
    "not_own": "only your own password is changed with the old one",
    "passwords_differ": "the two passwords differ: nothing was changed",
}


def account_message(exc: AuthError | AccountError | RoleError) -> str:
    """Return the command-line sentence of a login, account or role refusal."""
    text = ACCOUNT_MESSAGES.get(exc.code, "the account was not changed ({code})")
    until = getattr(exc, "until", None)
    return text.format(
        code=exc.code,
        until=until.astimezone().strftime("%H:%M") if until is not None else "",
        role=getattr(exc, "role", ""),
        login=getattr(exc, "login", ""),
    )


def login_of(args: argparse.Namespace) -> str:
    """Return the login of a command: ``--user`` or ``$QOLDAU_USER``.

    Raises:
        LoginError: neither is given.
    """
    login = getattr(args, "user", None) or os.environ.get("QOLDAU_USER")
    if not login:
        raise LoginError("no login: give --user LOGIN or set QOLDAU_USER")
    return str(login)


def read_secret(variable: str, prompt: str, *, confirm: bool = False) -> str:
    """Return a password (or key) from the environment ``variable``, else from the terminal.

    Args:
        variable: the environment variable (``QOLDAU_PASSWORD``, ``QOLDAU_NEW_PASSWORD``...).
        prompt: what the terminal asks.
        confirm: at the terminal, ask twice (a new password).

    Raises:
        LoginError: the variable is unset and no terminal is attached.
    """
    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise LoginError(f"no password: set {variable} or run the command at a terminal")
    value = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != value:
        raise LoginError(ACCOUNT_MESSAGES["passwords_differ"])
    return value


def login_for_command(path: Path, args: argparse.Namespace, permission: Permission) -> Store:
    """Log in to the store at ``path`` as the command's login and check ``permission``.

    Raises:
        LoginError: no login or password, a wrong one, a locked login, a role not allowed.
        StoreError: the store cannot be opened (missing, not encrypted, damaged...).
    """
    login = login_of(args)
    password = read_secret("QOLDAU_PASSWORD", f"Password of {login}")
    try:
        store = unlock_store(path, login, password)
    except AuthError as exc:
        raise LoginError(account_message(exc)) from exc
    if not allows(store.principal.role, permission):
        store.close()
        raise LoginError(account_message(RoleError(permission, store.principal.role)))
    return store
