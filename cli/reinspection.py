"""``reinspection-due``: the objects due for re-inspection (issue 12, brief §2.2 step 5).

```
reinspection-due --db PATH [--on YYYY-MM-DD] [--user LOGIN]
```

Prints one line per object (id, name, reasons with the day each began) and the count, the
same list as the objects page's "Re-inspection due" filter (``models/objects/reinspection.py``).
Exit 0; 1 when the store cannot be opened or the day is not a date.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from cli.commands import CommandError, open_for_command
from models.reference.roles import Permission


def add_reinspection_command(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``reinspection-due`` to the parser."""
    p = sub.add_parser("reinspection-due", help="list the objects due for re-inspection")
    p.add_argument("--db", type=Path, required=True, help="store file")
    p.add_argument("--user", default=None, help="login (default: $QOLDAU_USER)")
    p.add_argument("--on", default=None, help="the day, YYYY-MM-DD (default: today)")
    p.set_defaults(func=cmd_reinspection_due)


def cmd_reinspection_due(args: argparse.Namespace) -> int:
    """``reinspection-due``: print the due list and its count."""
    from models.objects.reinspection import ReinspectionRepository

    try:
        on = date.fromisoformat(args.on) if args.on else date.today()
    except ValueError as exc:
        raise CommandError(f"{args.on!r} is not a date: use YYYY-MM-DD") from exc
    store = open_for_command(args, Permission.READ)
    try:
        rows = ReinspectionRepository(store).due(on)
    finally:
        store.close()
    for row in rows:
        reasons = ", ".join(f"{r} since {row.since[r].isoformat()}" for r in row.reasons)
        print(f"{row.object_id}\t{row.name}\t{reasons}")  # noqa: T201
    print(f"{len(rows)} object(s) due for re-inspection on {on.isoformat()}")  # noqa: T201
    return 0
