"""``import-profile --suggest``: the import profile proposed for a register (reporting.md §3.1).

No store is opened: the command reads the file through the bounded reader, writes the proposed
profile (always, so the clerk can finish it by hand or in the wizard) and says on stderr, one
line each, what it could not match. For a members list it names the field and how many values
stayed unmatched, never the values: they may be personal data. Exit 1 when a required field
stays unmatched (its line says which), 0 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cli.commands import CommandError


def add_profile_commands(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``import-profile``."""
    p = sub.add_parser(
        "import-profile", help="write the import profile proposed for a register (.xlsx)"
    )
    p.add_argument(
        "--suggest", type=Path, required=True, metavar="FILE.xlsx", help="the register or list"
    )
    p.add_argument(
        "--target",
        choices=("objects", "members"),
        default="objects",
        help="objects (a register, the default) or members (a list of families)",
    )
    p.add_argument("--out", type=Path, required=True, metavar="P.json", help="profile to write")
    p.set_defaults(func=cmd_import_profile)


def _say(text: str) -> None:
    print(text, file=sys.stderr)  # noqa: T201


def cmd_import_profile(args: argparse.Namespace) -> int:
    """``import-profile --suggest FILE --target T --out P.json``."""
    from exporters.import_profile import MEMBERS, save_profile
    from exporters.profile_sheet import read_sheets
    from exporters.profile_suggest import MAX_VALUES, suggest_profile
    from exporters.registry_read import RegistryRejected

    try:
        sheets = read_sheets(args.suggest)
    except RegistryRejected as exc:
        for problem in exc.problems:
            _say(problem.as_text())
        raise CommandError(f"{args.suggest}: cannot be read, no profile written") from exc
    suggestion = suggest_profile(sheets, args.target)
    profile = suggestion.profile
    save_profile(profile, args.out)
    print(  # noqa: T201
        f"wrote {args.out}: sheet {profile.sheet}, header row {profile.header_row}, "
        f"{len(profile.columns)} columns matched, "
        f"{sum(len(v) for v in profile.values.values())} values matched"
    )
    for header in suggestion.unmatched_fields:
        _say(f"unmatched column: {header}")
    for field, values in suggestion.unmatched_values.items():
        if args.target == MEMBERS:
            total = suggestion.value_counts.get(field, len(values))
            _say(f"unmatched values: {field}: {len(values)} of {total} (not shown: personal data)")
        else:
            for value in values:
                _say(f"unmatched value: {field}: {value}")
            more = suggestion.value_counts.get(field, 0) - MAX_VALUES
            if more > 0:
                _say(f"unmatched values: {field}: {more} more not looked at (a wrong column?)")
    for field in suggestion.required_missing:
        _say(f"unmatched required field: {field}")
    if suggestion.required_missing:
        raise CommandError(
            f"{len(suggestion.required_missing)} required fields have no column; the profile "
            f"{args.out} was written all the same: map them (or give constants) before importing"
        )
    return 0
