"""Commands on accounts, keys and backups (reporting.md §4, §5; issue 8): ``user add``,
``user disable``, ``user reset-password``, ``user recover``, ``encrypt`` and ``restore``.
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.auth import LoginError, account_message, login_of, read_secret
from cli.commands import (
    RECOVERY_NOTICE,
    CommandError,
    new_password,
    open_for_command,
    store_message,
)
from models.reference.accounts import (
    AccountError,
    add_account,
    disable_account,
    reset_password,
)
from models.reference.roles import ROLES, Permission
from models.setup import encrypt_store, recover_access
from models.store.db import StoreError
from models.store.keys import AuthError


def add_account_commands(sub: argparse._SubParsersAction[Any], parser_class: type) -> None:
    """Add ``user``, ``encrypt`` and ``restore`` to the sub-commands ``sub``."""
    p = sub.add_parser("user", help="manage accounts (administrators)")
    user_sub = p.add_subparsers(dest="user_command", required=True, parser_class=parser_class)

    q = user_sub.add_parser("add", help="add an account (first password: QOLDAU_NEW_PASSWORD)")
    _db_user(q)
    q.add_argument("--login", required=True)
    q.add_argument("--role", required=True, choices=ROLES)
    q.add_argument("--name", default="", help="display name")
    q.set_defaults(func=cmd_user_add)

    q = user_sub.add_parser("disable", help="disable an account")
    _db_user(q)
    q.add_argument("--login", required=True)
    q.set_defaults(func=cmd_user_disable)

    q = user_sub.add_parser(
        "reset-password", help="give an account a new password (QOLDAU_NEW_PASSWORD)"
    )
    _db_user(q)
    q.add_argument("--login", required=True)
    q.set_defaults(func=cmd_user_reset_password)

    q = user_sub.add_parser(
        "recover",
        help="new password for an administrator with the recovery key (QOLDAU_RECOVERY_KEY)",
    )
    q.add_argument("--db", type=str, required=True, help="store file")
    q.add_argument("--login", required=True, help="an administrator's login")
    q.set_defaults(func=cmd_user_recover)

    p = sub.add_parser("encrypt", help="encrypt a store of an earlier Qoldau version")
    p.add_argument("--db", type=str, required=True, help="store file")
    p.add_argument("--admin", required=True, help="login of the administrator")
    p.set_defaults(func=cmd_encrypt)

    p = sub.add_parser("restore", help="restore a backup file (an administrator of the backup)")
    p.add_argument("--db", type=str, required=True, help="store file to replace or create")
    p.add_argument("--user", default=None, help="login (default: $QOLDAU_USER)")
    p.add_argument("file", type=str, metavar="FILE")
    p.set_defaults(func=cmd_restore)


def _db_user(p: argparse.ArgumentParser) -> None:
    from pathlib import Path

    p.add_argument("--db", type=Path, required=True, help="store file")
    p.add_argument("--user", default=None, help="login (default: $QOLDAU_USER)")


def _refused(exc: AuthError | AccountError) -> CommandError:
    return CommandError(account_message(exc))


def cmd_user_add(args: argparse.Namespace) -> int:
    """``user add``: an account with a first password (administrators)."""
    store = open_for_command(args, Permission.MANAGE_USERS)
    try:
        password = new_password("QOLDAU_NEW_PASSWORD", f"First password of {args.login}")
        add_account(store, args.login, args.role, password, args.name)
    except AccountError as exc:
        raise _refused(exc) from exc
    finally:
        store.close()
    print(f"added {args.login} ({args.role}); the password is changed at the first login")  # noqa: T201
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    """``user disable``: the account can no longer log in (administrators)."""
    store = open_for_command(args, Permission.MANAGE_USERS)
    try:
        disable_account(store, args.login)
    except AccountError as exc:
        raise _refused(exc) from exc
    finally:
        store.close()
    print(f"disabled {args.login}")  # noqa: T201
    return 0


def cmd_user_reset_password(args: argparse.Namespace) -> int:
    """``user reset-password``: a new password, changed at the next login (administrators)."""
    store = open_for_command(args, Permission.MANAGE_USERS)
    try:
        password = new_password("QOLDAU_NEW_PASSWORD", f"New password of {args.login}")
        reset_password(store, args.login, password)
    except AccountError as exc:
        raise _refused(exc) from exc
    finally:
        store.close()
    print(f"new password set for {args.login}; it is changed at the next login")  # noqa: T201
    return 0


def cmd_user_recover(args: argparse.Namespace) -> int:
    """``user recover``: a new password for an administrator, with the recovery key."""
    from pathlib import Path

    recovery = read_secret("QOLDAU_RECOVERY_KEY", "Recovery key")
    password = new_password("QOLDAU_NEW_PASSWORD", f"New password of {args.login}")
    try:
        recover_access(Path(args.db), recovery, args.login, password).close()
    except (AuthError, AccountError) as exc:
        raise _refused(exc) from exc
    except StoreError as exc:
        raise CommandError(store_message(exc)) from exc
    print(f"{args.login} has a new password")  # noqa: T201
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    """``encrypt``: encrypt a plain store of an earlier version; print its recovery key."""
    from pathlib import Path

    path = Path(args.db)
    password = new_password("QOLDAU_PASSWORD", f"Password of {args.admin}")
    try:
        recovery = encrypt_store(path, args.admin, password)
    except AccountError as exc:
        raise _refused(exc) from exc
    except StoreError as exc:
        raise CommandError(store_message(exc)) from exc
    print(f"encrypted {path}; {args.admin} is its administrator")  # noqa: T201
    print(RECOVERY_NOTICE)  # noqa: T201
    print(recovery)  # noqa: T201
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """``restore``: replace (or create) the store with a backup file (reporting.md §4)."""
    from pathlib import Path

    from models.store.backup_file import read_backup_info, restore_backup

    file, target = Path(args.file), Path(args.db)
    try:
        info = read_backup_info(file)  # before asking for a password
    except StoreError as exc:
        raise CommandError(_backup_message(exc)) from exc
    login = login_of(args)
    password = read_secret("QOLDAU_PASSWORD", f"Password of {login} in the backup")
    try:
        replaced = restore_backup(file, target, login, password)
    except AuthError as exc:
        raise LoginError(account_message(exc)) from exc
    except StoreError as exc:
        raise CommandError(_backup_message(exc)) from exc
    print(  # noqa: T201
        f"restored the backup of {info.created_at.astimezone():%d.%m.%Y %H:%M} "
        f"(office {info.office_kato}) to {target}"
    )
    if replaced is not None:
        print(f"the replaced store is kept as {replaced}")  # noqa: T201
    return 0


def _backup_message(exc: StoreError) -> str:
    if exc.code == "corrupt":
        return f"the backup {exc.path} is damaged or incomplete ({exc.detail}): nothing was changed"
    return store_message(exc)
