"""The commands of approved periods, returns and receipts (reporting.md §6.4).

```
approve --db PATH --period PERIOD [--missing KATO,...]
reopen  --db PATH --period PERIOD --reason TEXT
return  --db PATH --sender KATO --period PERIOD --reason TEXT --out DIR
receipt --db PATH RECEIPT.json...
```

Exit codes as every command (0 done, 1 refused with the reason on stderr and nothing changed,
2 usage). A write refused by the lock of an approved period exits 1 naming the period, who
approved it and when (``PeriodLockedError``'s sentence, through ``cli.app.run_command``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from cli.commands import CommandError, open_for_command
from models.reference.roles import Permission
from models.reporting.periods import PERIOD_FORMS


def add_period_commands(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``approve``, ``reopen``, ``return`` and ``receipt`` to the parser."""

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", type=Path, required=True, help="store file")
        p.add_argument("--user", default=None, help="login (default: $QOLDAU_USER)")

    p = sub.add_parser("approve", help="approve a period (supervisor or administrator)")
    common(p)
    p.add_argument("--period", required=True, help=PERIOD_FORMS)
    p.add_argument(
        "--missing", default="", help="sub-offices approved as missing: KATO codes, comma-separated"
    )
    p.set_defaults(func=cmd_approve)

    p = sub.add_parser("reopen", help="reopen an approved period with a reason")
    common(p)
    p.add_argument("--period", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_reopen)

    p = sub.add_parser("return", help="return a consolidated package to its sender")
    common(p)
    p.add_argument("--sender", required=True, help="the sub-office's KATO code")
    p.add_argument("--period", required=True)
    p.add_argument("--reason", required=True)
    p.add_argument("--out", type=Path, required=True, help="folder to write the receipt into")
    p.set_defaults(func=cmd_return)

    p = sub.add_parser("receipt", help="record receipts of this office's packages")
    common(p)
    p.add_argument("receipts", type=Path, nargs="+", metavar="RECEIPT.json")
    p.set_defaults(func=cmd_receipt)


def _period(text: str) -> str:
    from models.reporting.periods import PeriodError, parse_period

    try:
        return parse_period(text).code
    except PeriodError as exc:
        raise CommandError(f"{text!r} is not a period: use {PERIOD_FORMS}") from exc


def cmd_approve(args: argparse.Namespace) -> int:
    """``approve``: approve a period of the office (§6.1); prints what was approved."""
    from models.reporting.approval import approve

    period = _period(args.period)
    missing = [k for k in args.missing.replace(";", ",").split(",") if k.strip()]
    store = open_for_command(args, Permission.APPROVE)
    try:
        event = approve(store, period, today=date.today(), missing=missing)
    finally:
        store.close()
    named = f", missing {', '.join(event.missing)}" if event.missing else ""
    print(  # noqa: T201
        f"approved {event.period} by {event.by} ({event.role}) at "
        f"{event.at.isoformat(timespec='seconds')}{named}"
    )
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    """``reopen``: reopen an approved period with a reason (§6.1)."""
    from models.reporting.approval import reopen

    period = _period(args.period)
    store = open_for_command(args, Permission.APPROVE)
    try:
        event = reopen(store, period, reason=args.reason)
    finally:
        store.close()
    print(  # noqa: T201
        f"reopened {event.period} by {event.by} ({event.role}) at "
        f"{event.at.isoformat(timespec='seconds')}: {event.reason}"
    )
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    """``return``: take a sub-office's package out of the consolidation and write a ``returned``
    receipt into ``--out`` (§6.3); prints the receipt's path."""
    from exporters.package_return import return_with_receipt

    period = _period(args.period)
    if not args.out.is_dir():
        raise CommandError(f"{args.out} is not a folder: create it first")
    store = open_for_command(args, Permission.APPROVE)
    try:
        done = return_with_receipt(store, args.sender, period, reason=args.reason, out=args.out)
    finally:
        store.close()
    if done.receipt is None:
        exc = done.error
        raise CommandError(
            f"the package {done.returned.package_id} was returned, but its receipt could not be "
            f"written to {args.out} ({(exc.strerror if exc else None) or exc}): write it again "
            "with 'return' after the sender resends, or tell the sender"
        ) from exc
    path = done.receipt
    print(path)  # noqa: T201
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    """``receipt``: record receipts at the sender (§6.3, §6.4).

    Prints one line per recorded receipt, ``<package_id> <outcome> <receiver kato> <at>``;
    names each refused one on stderr; exits 1 when any was refused.
    """
    from exporters.receipt import ReceiptError, record_receipt_file
    from models.reporting.exports import ForeignReceipt

    store = open_for_command(args, Permission.CONSOLIDATE)
    refused = 0
    try:
        for path in args.receipts:
            try:
                info = record_receipt_file(store, path)
            except ReceiptError as exc:
                print(f"{path}: refused: {exc}", file=sys.stderr)  # noqa: T201
                refused += 1
                continue
            except ForeignReceipt as exc:
                print(f"{path}: refused as foreign: {exc}", file=sys.stderr)  # noqa: T201
                refused += 1
                continue
            print(f"{info.package_id} {info.outcome} {info.receiver.kato} {info.at}")  # noqa: T201
            for reason in info.reasons if info.outcome != "accepted" else ():
                where = ""
                if reason.get("sheet"):
                    where = f"sheet {reason['sheet']}"
                    where += f", row {reason['row']}: " if reason.get("row") else ": "
                print(  # noqa: T201
                    f"  {where}{reason.get('rule')}: {reason.get('message_ru')}", file=sys.stderr
                )
    finally:
        store.close()
    if refused:
        raise CommandError(f"{refused} of {len(args.receipts)} receipt(s) refused (listed above)")
    return 0
