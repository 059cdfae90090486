"""Qoldau: composition root.

Order as in Vorta's ``__main__``: excepthook, arguments, logging, then either a batch command
(no Qt imported at all) or the GUI on the chosen store.
"""

from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    """Run a batch command, or open the GUI when no command is given."""
    from cli.app import build_parser, run_command, setup_logging

    args = build_parser().parse_args(argv)
    setup_logging(verbose=getattr(args, "verbose", False), to_stderr=args.command is not None)
    from models.litter import clean_at_start
    from models.paths import default_store_path

    # Leftovers of a run killed earlier (issue 9): never more than our own stale temp files.
    clean_at_start(getattr(args, "db", None) or default_store_path())
    if args.command is not None:
        return run_command(args)
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    # First thing: a frozen Windows build re-runs this file in every spawned child (the workbook
    # reader of exporters/workbook_reader.py); freeze_support turns those runs into the child.
    multiprocessing.freeze_support()
    sys.exit(main())
