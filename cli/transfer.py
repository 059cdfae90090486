"""The commands of case transfer between districts (issue 8; domain brief §3.9, §6).

```
transfer-out --db PATH --case NUMBER --to KATO --to-name NAME --out DIR
transfer-in  --db PATH FILE
```

``transfer-out`` writes ``<FROM_KATO>_<CASE NUMBER>.qoldau-transfer`` into DIR, closes the case
as MOVED_TRANSFERRED and prints the file's path and the one-time passphrase (shown only then:
pass it to the receiving district separately, by phone or on paper). ``transfer-in`` reads the
passphrase from ``QOLDAU_TRANSFER_PASSPHRASE`` or the terminal and prints the new case's number.
Exit codes as every command: 0 done, 1 refused (the reason on stderr, nothing changed), 2 usage.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from cli.commands import CommandError, open_for_command
from models.issues import ValidationError
from models.reference.roles import Permission

#: Issue code of a transfer refusal -> its command-line sentence.
TRANSFER_MESSAGES = {
    "transfer_same_office": "this transfer is from this very district: nothing was changed",
    "transfer_wrong_office": (
        "this transfer file is addressed to another district ({office}): nothing was received"
    ),
    "transfer_already_received": (
        "this transfer was already received as case {number}: nothing was received again"
    ),
    "transfer_invalid": (
        "the file's content is not a case Qoldau can receive: nothing was received; ask the "
        "sending district to send it again"
    ),
    "transfer_not_a_file": "{file} is not a Qoldau case transfer file, or it is damaged",
    "transfer_version": "{file} was made by another version of Qoldau: nothing was received",
    "transfer_truncated": "{file} is incomplete (cut short while copying): ask for it again",
    "transfer_too_large": "{file} is too large to be a case transfer file",
    "transfer_wrong_passphrase": (
        "the passphrase does not open {file}, or the file was changed on the way: check the "
        "passphrase with the sending district; nothing was received"
    ),
    "transfer_no_folder": "the folder {path} does not exist: nothing was changed",
    "case_closed": "the case is closed already: nothing was changed",
    "family_required": "the case has no family yet: identify it before transferring",
    "kato_format": "a KATO code has exactly 9 digits, e.g. 113400000",
    "required": "give the receiving district's name with --to-name",
    "date_before_previous_stage": (
        "the case has an event after today ({previous}): check the computer's date"
    ),
}

PASSPHRASE_NOTICE = (
    "Pass this passphrase to the receiving district separately (by phone or on paper), never "
    "with the file. It is shown only now and stored nowhere."
)


def add_transfer_commands(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``transfer-out`` and ``transfer-in`` to the parser."""

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", type=Path, required=True, help="store file")
        p.add_argument("--user", default=None, help="login (default: $QOLDAU_USER)")

    p = sub.add_parser("transfer-out", help="send a case to another district and close it")
    common(p)
    p.add_argument("--case", required=True, help="case number, e.g. 113200000-2026-00017")
    p.add_argument("--to", required=True, help="the receiving district's 9-digit KATO code")
    p.add_argument("--to-name", default="", help="the receiving district's name")
    p.add_argument("--out", type=Path, required=True, help="folder to write the file into")
    p.set_defaults(func=cmd_transfer_out)

    p = sub.add_parser("transfer-in", help="receive a case transferred from another district")
    common(p)
    p.add_argument("file", type=Path, metavar="FILE.qoldau-transfer")
    p.set_defaults(func=cmd_transfer_in)


def _refusal(exc: ValidationError, **where: object) -> CommandError:
    issue = exc.report.errors[0]
    text = TRANSFER_MESSAGES.get(issue.code, f"refused ({issue.code}): nothing was changed")
    return CommandError(text.format(**{**where, **issue.params}))


def cmd_transfer_out(args: argparse.Namespace) -> int:
    """``transfer-out``: write the transfer file of a case and close the case."""
    from exporters.transfer_file import send_case
    from models.cases.transfer import case_id_by_number

    if not args.out.is_dir():
        raise CommandError(TRANSFER_MESSAGES["transfer_no_folder"].format(path=args.out))
    store = open_for_command(args, Permission.TRANSFER)
    try:
        case_id = case_id_by_number(store, args.case)
        if case_id is None:
            raise CommandError(f"there is no case {args.case}: nothing was changed")
        name = args.to_name.strip() or args.to
        try:
            sent = send_case(
                store, case_id, args.to, name, args.out, store.principal.login, date.today()
            )
        except ValidationError as exc:
            raise _refusal(exc, path=args.out) from exc
    finally:
        store.close()
    print(sent.path)  # noqa: T201
    print(f"passphrase: {sent.passphrase}")  # noqa: T201
    print(PASSPHRASE_NOTICE)  # noqa: T201
    return 0


def cmd_transfer_in(args: argparse.Namespace) -> int:
    """``transfer-in``: receive a transferred case as a new case of this office."""
    from cli.auth import read_secret
    from exporters.transfer_file import receive_file

    if not args.file.is_file():
        raise CommandError(f"there is no file {args.file}")
    passphrase = read_secret("QOLDAU_TRANSFER_PASSPHRASE", "Transfer passphrase")
    store = open_for_command(args, Permission.TRANSFER)
    try:
        got = receive_file(store, args.file, passphrase, store.principal.login, date.today())
    except ValidationError as exc:
        raise _refusal(exc, file=args.file) from exc
    finally:
        store.close()
    print(  # noqa: T201
        f"received as case {got.number} (transferred from {got.from_kato} case {got.from_number})"
    )
    return 0
