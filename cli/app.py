"""Argument parsing, logging set-up and dispatch of the batch commands (reporting.md §4).

Exit codes: 0 success, 1 input rejected (reasons on stderr, nothing changed), 2 usage error.
"""

from __future__ import annotations

import argparse
import io
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from cli import commands
from cli.auth import account_message
from cli.failures import FILE_ONLY, database_error_text, os_error_text
from models.demo import DEFAULT_FAMILIES, DEFAULT_OBJECTS
from models.errors import QoldauError
from models.paths import user_log_dir
from models.reference.accounts import AccountError
from models.reference.roles import RoleError
from models.reporting.periods import PERIOD_FORMS
from models.store.db import StoreError, make_private
from models.store.keys import AuthError

logger = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse already exits 2 on usage errors; keep that, with our program name.
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of ``main.py`` and its sub-commands."""
    parser = _Parser(prog="main.py", description="Qoldau: offline social-protection records")
    parser.add_argument("--db", type=Path, default=None, help="store file (default: user data)")
    parser.add_argument(
        "--lang", choices=("kk", "ru", "en"), default=None, help="interface language"
    )
    parser.add_argument("--no-crash-dialog", action="store_true", help="log crashes only")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("init", help="create a store for an office")
    _db(p)
    p.add_argument("--office", required=True, help="9-digit KATO code")
    p.add_argument("--level", required=True, choices=("district", "region", "republic"))
    p.add_argument("--name-kk", required=True)
    p.add_argument("--name-ru", required=True)
    p.add_argument("--admin", required=True, help="login of the first administrator")
    p.set_defaults(func=commands.cmd_init)

    p = sub.add_parser("demo", help="add reproducible demo data for training")
    _db(p)
    _user(p)
    p.add_argument("--passports", type=int, default=DEFAULT_OBJECTS, help="objects to add")
    p.add_argument(
        "--families", type=int, default=DEFAULT_FAMILIES, help="families to add, each with a case"
    )
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=commands.cmd_demo)

    p = sub.add_parser("import-registry", help="import an object registry (.xlsx)")
    _db(p)
    _user(p)
    p.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="an import profile (.json, reporting.md §3.1) for a register in the office's own "
        "layout or a list of family members",
    )
    p.add_argument("file", type=Path)
    p.set_defaults(func=commands.cmd_import_registry)

    p = sub.add_parser("registry-template", help="write the empty registry template")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=commands.cmd_registry_template)
    from cli.profiles import add_profile_commands

    add_profile_commands(sub)

    _add_package_commands(sub)
    from cli.transfer import add_transfer_commands

    add_transfer_commands(sub)

    p = sub.add_parser("backup", help="copy the store to a file, consistently")
    _db(p)
    _user(p)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path)
    where.add_argument(
        "--auto",
        action="store_true",
        help="into the office's backup folder, named and rotated like the GUI's automatic ones",
    )
    p.set_defaults(func=commands.cmd_backup)

    from cli.accounts import add_account_commands

    add_account_commands(sub, _Parser)
    from cli.periods import add_period_commands

    add_period_commands(sub)
    from cli.reinspection import add_reinspection_command

    add_reinspection_command(sub)
    return parser


def _add_package_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Add ``export`` and ``verify`` (reporting.md §2, §4)."""
    p = sub.add_parser("export", help="write the report package of a period")
    _db(p)
    _user(p)
    p.add_argument("--period", required=True, help=PERIOD_FORMS)
    p.add_argument("--out", type=Path, required=True, help="folder to write the package into")
    p.set_defaults(func=commands.cmd_export)

    p = sub.add_parser("verify", help="check a received package (no store needed)")
    p.add_argument("manifest", type=Path, metavar="PACKAGE.manifest.json")
    p.set_defaults(func=commands.cmd_verify)

    p = sub.add_parser("consolidate", help="verify and import sub-office packages")
    _db(p)
    _user(p)
    p.add_argument(
        "--yes", action="store_true", help="confirm replacing an older package without asking"
    )
    p.add_argument("manifests", type=Path, nargs="+", metavar="PACKAGE.manifest.json")
    p.set_defaults(func=commands.cmd_consolidate)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, required=True, help="store file")


def _user(p: argparse.ArgumentParser) -> None:
    # reporting.md §5: the password comes from QOLDAU_PASSWORD or the terminal (cli/auth.py).
    p.add_argument("--user", default=None, help="login (default: $QOLDAU_USER)")


class _CurrentStderr(logging.StreamHandler[TextIO]):
    """Write to whatever ``sys.stderr`` is when a record arrives (tests and IDEs swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        """Emit ``record`` to the current standard error."""
        self.stream = sys.stderr
        super().emit(record)


class _BriefFormatter(logging.Formatter):
    """One line per record: tracebacks go to the log file, never to the user's terminal."""

    def format(self, record: logging.LogRecord) -> str:
        """Format ``record`` without its traceback or stack."""
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


#: Handlers installed by :func:`setup_logging`, replaced (and closed) when it runs again.
_installed: list[logging.Handler] = []
#: The log file of :func:`setup_logging`, named in the message of an unexpected failure.
log_file: Path | None = None


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read (logs name people and files)."""

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def setup_logging(*, verbose: bool, to_stderr: bool) -> None:
    """Log to a rotating file in the user's log folder (5 backups), and to stderr for commands.

    Calling it again (``main.main`` run twice in one process, as tests do) replaces the
    handlers of the previous call instead of adding more and leaking open log files.
    """
    global log_file
    root = logging.getLogger()
    while _installed:
        old = _installed.pop()
        root.removeHandler(old)
        old.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        log_dir = user_log_dir()
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _PrivateRotatingFile(
            log_dir / "qoldau.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(fmt)
        root.addHandler(handler)
        _installed.append(handler)
        log_file = log_dir / "qoldau.log"
    except OSError:
        log_file = None  # a read-only profile must not stop the application
    if to_stderr:
        err = _CurrentStderr()
        err.setLevel(logging.DEBUG if verbose else logging.WARNING)
        err.setFormatter(_BriefFormatter("%(levelname)s: %(message)s"))
        err.addFilter(lambda record: not getattr(record, "file_only", False))
        root.addHandler(err)
        _installed.append(err)


def run_command(args: argparse.Namespace) -> int:
    """Run the chosen batch command and return its exit code.

    Every failure ends here as one sentence on stderr and exit 1 (reporting.md §4: 0/1/2 only):
    an expected one says what happened and what to do; an unexpected one says where the log
    with its traceback is. Never a bare traceback.
    """
    try:
        return int(args.func(args))
    except commands.CommandError as exc:
        _fail(str(exc))
    except StoreError as exc:
        _fail(commands.store_message(exc))
    except (AuthError, AccountError, RoleError) as exc:
        logger.info("refused: %r", exc, extra=FILE_ONLY)
        _fail(account_message(exc))
    except QoldauError as exc:
        logger.info("refused: %r", exc, extra=FILE_ONLY)
        _fail(str(exc) or type(exc).__name__)
    except KeyboardInterrupt:
        _fail("interrupted: the last step was not kept; run the command again")
    except OSError as exc:
        logger.info("file error", exc_info=True, extra=FILE_ONLY)
        _fail(os_error_text(exc))
    except SQLAlchemyError as exc:
        text = database_error_text(exc)
        if text is None:
            return _unexpected(exc)
        logger.warning("store error: %s", exc, exc_info=True, extra=FILE_ONLY)
        _fail(text)
    except Exception as exc:  # noqa: BLE001 - the one place a bug becomes a message
        return _unexpected(exc)
    return 1


def _fail(text: str) -> None:
    print(f"error: {text}", file=sys.stderr)  # noqa: T201


def _unexpected(exc: BaseException) -> int:
    """Log a bug with its traceback and tell the user where it is (exit 1)."""
    logger.critical("unexpected failure", exc_info=exc, extra=FILE_ONLY)
    where = f"; the details are in {log_file}" if log_file else ""
    _fail(
        f"unexpected failure ({type(exc).__name__}): nothing more was done{where}; please send "
        "that file to your administrator"
    )
    return 1
