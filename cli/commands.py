"""The batch commands. Each returns an exit code or raises :class:`CommandError` (exit 1)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from cli.failures import FILE_ONLY, database_error_text, log_file_in_use, os_error_text
from models.errors import QoldauError
from models.objects.validation import office_problems
from models.reference.dto import OfficeDTO
from models.reference.offices import app_version, office_of
from models.reference.roles import Permission
from models.setup import init_store
from models.store.db import Store, StoreError

if TYPE_CHECKING:
    from exporters.import_profile import ImportProfile
    from models.reporting.dto import ReportData

logger = logging.getLogger(__name__)


class CommandError(QoldauError):
    """The input was rejected; the message says why, nothing was changed."""


STORE_MESSAGES = {
    "missing": "no Qoldau store at {path}: create one with 'main.py init' first",
    "exists": "a store already exists at {path}; refusing to overwrite it",
    "too_new": "the store {path} was made by a newer Qoldau ({detail}); update Qoldau to open it",
    "not_a_store": "{path} is not a Qoldau store (or it is damaged): {detail}",
    "no_office": "the store {path} has no office set up yet: open it in the GUI once",
    "corrupt": (
        "the store {path} is damaged ({detail}): nothing was written; restore the latest "
        "backup with 'main.py restore', or ask your administrator"
    ),
    "out_exists": (
        "{path} already exists: nothing was written; choose a new file name for the backup"
    ),
    "not_encrypted": (
        "the store {path} was made by an earlier Qoldau and is not encrypted yet: encrypt it "
        "with 'main.py encrypt --db {path} --admin LOGIN' first"
    ),
    "already_encrypted": "the store {path} is encrypted already: nothing was changed",
    "keys_missing": (
        "the key file beside the store {path} is missing: put it back from a backup, or give "
        "an administrator a new password with 'main.py user recover' and the recovery key"
    ),
    "not_a_backup": "{path} is not a Qoldau backup file: nothing was changed",
    "foreign_backup": (
        "{path} is a backup of another office ({detail}): nothing was changed; restore it "
        "into a new store file with another --db"
    ),
    "backup_folder_missing": (
        "the backup folder {path} is not there (is the USB stick plugged in?): no backup was "
        "made, the store is unchanged"
    ),
    "backup_folder_full": (
        "the backup folder {path} is full: no backup was made; free some space or choose "
        "another folder in the backup settings"
    ),
    "backup_folder_unwritable": (
        "cannot write into the backup folder {path} ({detail}): no backup was made; choose "
        "another folder in the backup settings"
    ),
}


def store_message(exc: StoreError) -> str:
    """Return the command-line text for a store error."""
    return STORE_MESSAGES[exc.code].format(path=exc.path, detail=exc.detail)


def open_for_command(args: argparse.Namespace, permission: Permission) -> Store:
    """Log in to the store ``args.db`` for a batch command that needs ``permission``
    (reporting.md §5: ``--user``/``QOLDAU_USER``, ``QOLDAU_PASSWORD`` or the terminal).

    Raises:
        CommandError: when there is no store, or it cannot be opened.
        LoginError: no login or password, a wrong one, or a role not allowed (exit 1).
    """
    from cli.auth import login_for_command

    path = args.db
    try:
        store = login_for_command(path, args, permission)
    except StoreError as exc:
        raise CommandError(store_message(exc)) from exc
    try:
        office_of(store)
    except StoreError as exc:
        store.close()  # release the file: the command stops here
        raise CommandError(store_message(exc)) from exc
    return store


def command_user(args: argparse.Namespace) -> str:
    """Return the login a command writes as (``--user`` or ``$QOLDAU_USER``)."""
    return args.user or os.environ.get("QOLDAU_USER") or "system"


def new_password(variable: str = "QOLDAU_PASSWORD", prompt: str = "New password") -> str:
    """Return a new password from ``variable`` or the terminal (asked twice), checked."""
    from cli.auth import account_message, read_secret
    from models.reference.accounts import AccountError, password_problems

    password = read_secret(variable, prompt, confirm=True)
    problems = password_problems(password)
    if problems:
        raise CommandError(account_message(AccountError(problems[0])))
    return password


RECOVERY_NOTICE = (
    "Recovery key of this store (shown only now): print it or write it down and keep it in the "
    "office safe. With it an administrator who forgot the password gets a new one "
    "('main.py user recover'); without it and without any password the data cannot be read."
)


def cmd_init(args: argparse.Namespace) -> int:
    """``init``: create a store for an office (refuses to overwrite one)."""
    office = OfficeDTO(args.office, args.level, args.name_kk.strip(), args.name_ru.strip())
    problems = office_problems(office)
    if problems:
        raise CommandError("; ".join(OFFICE_MESSAGES[p] for p in problems))
    if args.db.exists() and args.db.stat().st_size > 0:  # before asking for a password
        raise CommandError(STORE_MESSAGES["exists"].format(path=args.db))
    password = new_password("QOLDAU_PASSWORD", f"New password of {args.admin}")
    try:
        store, recovery = init_store(args.db, office, args.admin, password)
    except StoreError as exc:
        raise CommandError(store_message(exc)) from exc
    store.close()
    print(f"created {args.db} for {office.kato} {office.name_kk}")  # noqa: T201
    print(RECOVERY_NOTICE)  # noqa: T201
    print(recovery)  # noqa: T201
    return 0


OFFICE_MESSAGES = {
    "level_unknown": "the level must be district, region or republic",
    "kato_format": "office KATO must be 9 digits",
    "republic_code": "the republic's code is 000000000",
    "region_unknown": "unknown region prefix (first two digits)",
    "region_code": "a region's code is its 2-digit prefix followed by seven zeros",
    "district_code": "a district's code is 4 significant digits followed by five zeros",
    "names_required": "office names in Kazakh and Russian are required",
}


def cmd_demo(args: argparse.Namespace) -> int:
    """``demo``: add reproducible demo data."""
    from models.demo.load import add_demo_data

    if args.passports < 0 or args.families < 0:
        raise CommandError("counts must be zero or more")
    store = open_for_command(args, Permission.DEMO)
    try:
        summary = add_demo_data(
            store,
            objects=args.passports,
            families=args.families,
            seed=args.seed,
            today=date.today(),
            user=store.principal.login,
        )
    finally:
        store.close()
    print(summary)  # noqa: T201
    return 0


def cmd_import_registry(args: argparse.Namespace) -> int:
    """``import-registry``: all-or-nothing import of an object registry, in the template or,
    with ``--profile``, in an office's own layout (reporting.md §3.1)."""
    from exporters.import_profile import MEMBERS, ProfileError, load_profile
    from exporters.registry_import import RegistryRejected, import_registry

    profile = None
    if getattr(args, "profile", None) is not None:
        try:
            profile = load_profile(args.profile)
        except ProfileError as exc:
            raise CommandError(f"{args.profile}: {exc}; nothing imported") from exc
    store = open_for_command(args, Permission.IMPORT)
    try:
        if profile is not None and profile.target == MEMBERS:
            return _import_members(store, args, profile)
        result = import_registry(
            store, args.file, user=store.principal.login, today=date.today(), profile=profile
        )
    except RegistryRejected as exc:
        for problem in exc.problems:
            print(problem.as_text(), file=sys.stderr)  # noqa: T201
        raise CommandError(f"{args.file}: rejected, nothing imported") from exc
    finally:
        store.close()
    print(f"imported {result.added} new and {result.updated} updated objects")  # noqa: T201
    for warning in result.warnings:  # imported all the same; to complete in the GUI
        print(f"warning: {warning.as_text()}", file=sys.stderr)  # noqa: T201
    return 0


def _import_members(store: Store, args: argparse.Namespace, profile: ImportProfile) -> int:
    """``import-registry --profile`` with a ``members`` profile: families and members from a
    list (§3.1); the same IIN links to the stored person, other duplicates are only warned.
    Lines name rows and codes, never a person."""
    from exporters.profile_members import duplicate_line, import_members, problem_line
    from exporters.registry_import import RegistryRejected

    try:
        result = import_members(
            store, args.file, profile, user=store.principal.login, today=date.today()
        )
    except RegistryRejected as exc:
        for problem in exc.problems:
            print(problem_line(problem), file=sys.stderr)  # noqa: T201
        raise CommandError(f"{args.file}: rejected, nothing imported") from exc
    print(  # noqa: T201
        f"imported {result.families_new} new and {result.families_updated} updated families, "
        f"{result.members_new} new members, {result.members_linked} linked to stored people"
    )
    for warning in result.warnings:
        print(f"warning: {problem_line(warning)}", file=sys.stderr)  # noqa: T201
    for hint in result.duplicates:
        print(f"warning: {duplicate_line(hint)}", file=sys.stderr)  # noqa: T201
    return 0


def cmd_registry_template(args: argparse.Namespace) -> int:
    """``registry-template``: write the empty registry template."""
    from exporters.registry_template import write_template

    try:
        write_template(args.out)
    except OSError as exc:
        raise CommandError(f"cannot write {args.out}: {exc.strerror}") from exc
    print(args.out)  # noqa: T201
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """``backup``: one encrypted backup file of the store (``models/store/backup_file.py``)."""
    from models.store.backup_file import write_backup

    if args.auto:
        return _backup_auto(args)
    if args.out.exists() or args.out.is_symlink():  # before opening (and migrating) the store
        raise CommandError(STORE_MESSAGES["out_exists"].format(path=args.out))
    store = open_for_command(args, Permission.BACKUP)
    try:
        write_backup(store, args.out)
    except StoreError as exc:
        raise CommandError(store_message(exc)) from exc
    except OSError as exc:
        raise CommandError(
            f"cannot write the backup {args.out}: {exc.strerror or exc}; nothing was written "
            "(free some space or choose another disk)"
        ) from exc
    finally:
        store.close()
    print(args.out)  # noqa: T201
    return 0


def _backup_auto(args: argparse.Namespace) -> int:
    """``backup --auto``: an automatic backup into the office's backup folder, then rotation
    (``models/reference/backup_policy.py``), e.g. from a scheduled task; prints its path."""
    from datetime import datetime

    from models.reference.backup_policy import run_automatic_backup

    store = open_for_command(args, Permission.BACKUP)
    try:
        path = run_automatic_backup(store, datetime.now())
    except StoreError as exc:
        raise CommandError(store_message(exc)) from exc
    finally:
        store.close()
    print(path)  # noqa: T201
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """``export``: write the report package of a period into a folder; print the manifest path."""
    from models.reporting.periods import PERIOD_FORMS, PeriodError, parse_period

    try:
        period = parse_period(args.period)
    except PeriodError as exc:
        raise CommandError(f"{args.period!r} is not a period: use {PERIOD_FORMS}") from exc
    if not args.out.is_dir():
        raise CommandError(f"{args.out} is not a folder: create it first")
    store = open_for_command(args, Permission.EXPORT)
    try:
        # Imported here: the figures module is heavy, and only this command needs it.
        from models.reporting.report import export_report

        data = export_report(store, period, today=date.today())
        blocking = [w for w in data.warnings if w.blocking]
        if blocking:
            for w in blocking:
                detail = f": {w.detail}" if w.detail else ""
                print(f"blocking: {w.code} ({w.count}){detail}", file=sys.stderr)  # noqa: T201
            raise CommandError("export refused: correct the records above first, nothing written")
        return _write_export(store, data, args.out)
    finally:
        store.close()


def _write_export(store: Store, data: ReportData, out: Path) -> int:
    """Write and record the package of ``data`` (approved or a draft, reporting.md §6.2)."""
    from exporters.package import PackageRefused
    from exporters.package_export import export_package
    from models.reporting.dto import figures_all_zero

    period = data.period
    for w in data.warnings:
        print(f"warning: {w.code} ({w.count})", file=sys.stderr)  # noqa: T201
    if figures_all_zero(data):
        # reporting.md §4: still written (exit 0), said on the Cover and here.
        print(  # noqa: T201
            f"warning: all figures of {period.code} are zero (no objects or cases in the "
            "period): the package is written and its Cover says so; check the period and the store",
            file=sys.stderr,
        )
    try:
        manifest = export_package(store, data, out, app_version=app_version())
    except PackageRefused as exc:
        for problem in exc.problems:
            print(problem.as_text(), file=sys.stderr)  # noqa: T201
        raise CommandError("export refused: the figures break the rules above") from exc
    except OSError as exc:
        raise CommandError(f"cannot write to {out}: {exc.strerror or exc}") from exc
    if '"state": "draft"' in manifest.read_text(encoding="utf-8"):
        print(  # noqa: T201
            f"warning: period {period.code} is not approved: the package is a draft (its Cover "
            "says ЖОБА / ПРОЕКТ) and the office above will refuse to consolidate it",
            file=sys.stderr,
        )
    print(manifest)  # noqa: T201
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """``verify``: check a package by reporting.md §2.3 (no store, no account)."""
    from exporters.package_verify import verify_package

    result = verify_package(args.manifest, receiver=None)
    if not result.ok:
        for problem in result.problems:
            print(problem.as_text(), file=sys.stderr)  # noqa: T201
        raise CommandError(f"{args.manifest}: rejected ({len(result.problems)} problem(s))")
    m = result.manifest or {}
    office = m.get("office", {})
    print(  # noqa: T201
        f"accepted: {office.get('kato')} {office.get('level')} {office.get('name_ru')}, "
        f"period {m.get('period')}, package {m.get('package_id')}"
    )
    return 0


def _refusal_text(plan: object, refusal: str) -> str:
    """Return why a package was refused, for stderr (``plan`` is a ReceiptPlan)."""
    from models.reporting.consolidation import (
        ALREADY_RECEIVED,
        NOT_APPROVED,
        NOT_CONFIRMED,
        NOT_NEWER,
        NOT_SUB_OFFICE,
        PERIOD_LOCKED,
        ReceiptPlan,
    )

    assert isinstance(plan, ReceiptPlan)
    sender = plan.sender
    who = f"{sender.level} {sender.kato} ({sender.name_ru})" if sender else "the sender"
    held = plan.replaces
    if refusal == NOT_SUB_OFFICE:
        return f"{who} is not a sub-office of this office"
    if refusal == ALREADY_RECEIVED:
        return f"package {plan.package_id} was already received"
    if refusal == NOT_APPROVED:
        return (
            f"not_approved: the package of {who} for {plan.period} is a draft (its period is not "
            "approved there); the sender approves the period and exports again"
        )
    if refusal == PERIOD_LOCKED and plan.lock is not None:
        lock = plan.lock
        return (
            f"period_locked: this office's period {lock.period} is approved (by {lock.by} on "
            f"{lock.at:%d.%m.%Y %H:%M} UTC); reopen it with a reason to receive packages for it"
        )
    if refusal == NOT_NEWER and held is not None:
        return (
            f"not newer than package {held.package_id} of {held.created_at:%d.%m.%Y %H:%M} UTC "
            f"already held for {who}, period {plan.period}"
        )
    if refusal == NOT_CONFIRMED and held is not None:
        return (
            f"it would replace package {held.package_id} of {held.created_at:%d.%m.%Y %H:%M} UTC "
            f"received {held.received_at:%d.%m.%Y}; run again with --yes to confirm the "
            "replacement"
        )
    return f"failed verification ({len(plan.problems)} problem(s))"


def _confirm_replace(plan: object) -> bool:
    """Ask at the terminal whether to replace the package held (False without a terminal)."""
    from models.reporting.consolidation import ReceiptPlan

    assert isinstance(plan, ReceiptPlan) and plan.replaces is not None
    if not sys.stdin.isatty():
        return False
    held = plan.replaces
    answer = input(
        f"Replace package {held.package_id} of {held.created_at:%d.%m.%Y %H:%M} UTC from "
        f"{held.sender.kato} for {plan.period} with the newer {plan.package_id}? [y/N] "
    )
    return answer.strip().lower() in ("y", "yes")


def cmd_consolidate(args: argparse.Namespace) -> int:
    """``consolidate``: verify and import sub-office packages, each all-or-nothing (§2.3, §4).

    Every package is read once, planned (dry run) and then received; a replacement of the
    package held for the same office and period needs ``--yes`` or a "y" at the terminal.
    Each package is processed on its own: a refusal or an unexpected failure in one is listed
    on stderr (the traceback goes to the log only) and the batch goes on with the next (issue
    9). Exits 1 when any package was refused; the accepted ones stay imported.
    """
    store = open_for_command(args, Permission.CONSOLIDATE)
    refused: list[Path] = []
    try:
        office = office_of(store)
        if office.level == "district":
            raise CommandError(f"{office.kato} is a district office: it receives no packages")
        user = store.principal.login
        for path in args.manifests:
            try:
                accepted = _consolidate_one(store, office, Path(path), user, yes=bool(args.yes))
            except Exception as exc:  # noqa: BLE001 - one bad package must not stop the batch
                print(f"{path}: refused: {_package_failure_text(path, exc)}", file=sys.stderr)  # noqa: T201
                accepted = False
            if not accepted:
                refused.append(path)
    finally:
        store.close()
    if refused:
        raise CommandError(
            f"{len(refused)} of {len(args.manifests)} package(s) refused (listed above); "
            "the accepted ones stay imported"
        )
    return 0


def _consolidate_one(store: Store, office: OfficeDTO, path: Path, user: str, *, yes: bool) -> bool:
    """Verify and receive one package; list why on stderr and return False when refused."""
    from exporters.package_receive import load_incoming, receive_with_receipt
    from exporters.receipt import acknowledge
    from models.reporting.consolidation import NOT_CONFIRMED, plan_receipt

    incoming = load_incoming(path, receiver=office)
    plan = plan_receipt(store, incoming)
    confirm = yes
    if plan.needs_confirmation and not confirm:
        confirm = _confirm_replace(plan)
    if plan.acceptable and plan.needs_confirmation and not confirm:
        refusal: str | None = NOT_CONFIRMED
    else:
        refusal = plan.refusal
        if refusal is None:  # receipt written beside it, accepted or refused (§6.3)
            result = receive_with_receipt(store, incoming, user=user, confirm_replace=confirm)
            refusal = result.refusal
        else:
            try:
                acknowledge(incoming, plan, refusal, receiver=office, user=user)
            except OSError as exc:
                print(f"{path}: warning: {os_error_text(exc)} (no receipt)", file=sys.stderr)  # noqa: T201
    if refusal is not None:
        for problem in plan.problems:
            print(f"{path}: {problem.text}", file=sys.stderr)  # noqa: T201
        print(f"{path}: refused: {_refusal_text(plan, refusal)}", file=sys.stderr)  # noqa: T201
        return False
    sender = plan.sender
    assert sender is not None
    replaced = f" (replaces {plan.replaces.package_id})" if plan.replaces else ""
    print(  # noqa: T201
        f"received: {sender.kato} {sender.name_ru}, period {plan.period}, "
        f"package {plan.package_id}{replaced}"
    )
    return True


def _package_failure_text(path: Path, exc: Exception) -> str:
    """Return why one package of a batch failed, logging the details (a bug's traceback)."""
    if isinstance(exc, StoreError):
        logger.info("%s: store error: %r", path, exc, extra=FILE_ONLY)
        return store_message(exc)
    if isinstance(exc, QoldauError):
        logger.info("%s: refused: %r", path, exc, extra=FILE_ONLY)
        return str(exc) or type(exc).__name__
    if isinstance(exc, OSError):
        logger.info("%s: file error", path, exc_info=exc, extra=FILE_ONLY)
        return os_error_text(exc)
    if isinstance(exc, SQLAlchemyError):
        text = database_error_text(exc)
        if text is not None:
            logger.warning("%s: store error: %s", path, exc, exc_info=exc, extra=FILE_ONLY)
            return text
    logger.critical("%s: unexpected failure", path, exc_info=exc, extra=FILE_ONLY)
    log = log_file_in_use()
    where = (
        f"; the details are in {log}, please send that file to your administrator" if log else ""
    )
    return (
        f"unexpected failure ({type(exc).__name__}): nothing of this package was imported"
        f"{where}; the other packages are processed"
    )
