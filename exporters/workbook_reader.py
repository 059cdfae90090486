"""Read an untrusted workbook in a child process, bounded in memory and time (issue 9).

python-calamine is fast but a hostile file can make it abort the whole process (a Rust panic or a
failed allocation of 512 GiB) or run for minutes to 20 GiB. So every package and registry is read
by a child process:

1. the child checks the file with :func:`exporters.workbook_limits.inspect_workbook` (zip,
   dimensions, rows, formulas, personal data in the parts around the cells); a limit exceeded
   stops there, before any table is built;
2. then it reads the cells with calamine and sends them back (pickled lists).

The child is started once (``spawn``: the same on Windows and POSIX) and reused for the next file;
it runs under ``RLIMIT_AS`` where the platform has it (POSIX), so an exhausted limit ends it
instead of the machine. If it dies (panic, abort, memory) or overruns the timeout, it is killed,
the file is refused with a reason code (``workbook_crashed``, ``workbook_timeout``) and the next
file gets a new child. The parent never runs calamine on an untrusted file.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Literal

from exporters.workbook_limits import (
    GIB,
    MIB,
    PACKAGE_LIMITS,
    REGISTRY_LIMITS,
    Breach,
    Limits,
    inspect_workbook,
)
from models.errors import QoldauError

logger = logging.getLogger(__name__)

WORKBOOK_CRASHED = "workbook_crashed"
WORKBOOK_TIMEOUT = "workbook_timeout"
WORKBOOK_MEMORY = "workbook_memory"
WORKBOOK_UNREADABLE = "workbook_unreadable"


def _default_memory() -> int:
    """Three quarters of the machine's memory, from 2 to 6 GiB (a 2,000,000-row A3 fits)."""
    try:
        import os

        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # Windows: no sysconf, and no RLIMIT_AS
        return 6 * GIB
    return max(2 * GIB, min(6 * GIB, physical * 3 // 4))


#: The child's address-space limit (POSIX).
DEFAULT_MEMORY = _default_memory()
#: Seconds allowed for a file: a base plus a share of its size (100k rows read in ~3 s).
BASE_TIMEOUT = 60.0
TIMEOUT_PER_MIB = 2.0

Purpose = Literal["package", "registry", "profile"]


class WorkbookRefused(QoldauError):
    """The workbook was refused before or while reading; ``breaches`` say why."""

    def __init__(self, breaches: list[Breach]) -> None:
        super().__init__("; ".join(f"{b.code}: {b.detail}" for b in breaches))
        self.breaches = breaches


class ReadCancelled(QoldauError):
    """The caller cancelled while the child was reading."""


@dataclass
class WorkbookCells:
    """A workbook read: its cells and the findings that did not stop the reading.

    Attributes:
        cells: sheet name -> rows of cell values from A1 (calamine: '' for empty); a package
            has every sheet, a registry its first.
        findings: formula cells, a sheet given twice, IINs in properties, comments or names.
        sheet_names: every sheet in workbook order (duplicates included).
    """

    cells: dict[str, list[list[Any]]]
    findings: list[Breach]
    sheet_names: list[str]


# --------------------------------------------------------------------------- in the child


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the pre-checks and the timeout bound the child
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):  # pragma: no cover - a platform without RLIMIT_AS
        logger.info("cannot limit the reader's memory", exc_info=True)


def read_here(path: Path, purpose: Purpose) -> tuple[str, Any]:
    """Check and read a workbook in this process; return ``(kind, payload)``.

    ``("refused", [Breach])`` when a limit was exceeded or calamine failed;
    ``("ok", WorkbookCells)`` otherwise. Runs in the child; callable directly in tests.
    """
    package = purpose == "package"
    every = package or purpose == "profile"  # a profile's sheet may be any of them (§3.1)
    limits = PACKAGE_LIMITS if package else REGISTRY_LIMITS
    scan = inspect_workbook(path, limits, formulas=package, personal=package)
    if scan.fatal:
        return "refused", [b for b in scan.breaches if b.fatal]
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_path(str(path))
        try:
            names = list(wb.sheet_names)
            wanted = names if every else names[:1]
            cells: dict[str, list[list[Any]]] = {}
            for index, name in enumerate(wanted):
                if name in cells:
                    continue  # a name given twice: reported by the scan, read once
                sheet = wb.get_sheet_by_name(name) if every else wb.get_sheet_by_index(index)
                # skip_empty_area=False keeps A1 at [0][0], so row numbers are Excel's.
                cells[name] = sheet.to_python(skip_empty_area=False)
        finally:
            wb.close()
    except MemoryError:
        return "refused", [Breach(WORKBOOK_MEMORY, detail="the workbook needs too much memory")]
    except Exception as exc:  # noqa: BLE001 - calamine raises its own errors and Rust panics
        return "refused", [Breach(WORKBOOK_UNREADABLE, detail=f"not a readable .xlsx: {exc}")]
    return "ok", WorkbookCells(cells, scan.breaches, scan.sheet_names or names)


def _serve(conn: Connection, memory: int) -> None:
    """The child's loop: read the files it is sent until the pipe closes."""
    _limit_memory(memory)
    while True:
        try:
            path, purpose = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = read_here(Path(path), purpose)
        except MemoryError:
            reply = ("refused", [Breach(WORKBOOK_MEMORY, detail="the workbook is too large")])
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("refused", [Breach(WORKBOOK_MEMORY, detail="the tables are too large")]))


# --------------------------------------------------------------------------- in the parent


class _Child:
    """The reader process, started on first use and replaced after a failure."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.proc: BaseProcess | None = None
        self.conn: Connection | None = None
        self.memory = DEFAULT_MEMORY

    def _start(self) -> tuple[BaseProcess, Connection]:
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(
            target=_serve, args=(child, self.memory), name="qoldau-reader", daemon=True
        )
        proc.start()
        child.close()
        self.proc, self.conn = proc, parent
        return proc, parent

    def stop(self) -> None:
        """End the child (it is started again when needed)."""
        proc, conn = self.proc, self.conn
        self.proc = self.conn = None
        if conn is not None:
            conn.close()
        if proc is not None:
            if proc.is_alive():
                proc.kill()
            proc.join(5)

    def call(
        self,
        path: Path,
        purpose: Purpose,
        timeout: float,
        is_cancelled: Callable[[], bool] | None,
    ) -> tuple[str, Any]:
        with self.lock:
            if self.proc is None or not self.proc.is_alive() or self.conn is None:
                self.stop()
                proc, conn = self._start()
            else:
                proc, conn = self.proc, self.conn
            conn.send((str(path), purpose))
            deadline = time.monotonic() + timeout
            while not conn.poll(max(0.0, min(0.2, deadline - time.monotonic()))):
                if is_cancelled is not None and is_cancelled():
                    self.stop()
                    raise ReadCancelled("reading cancelled")
                if time.monotonic() >= deadline:
                    self.stop()
                    return "refused", [
                        Breach(
                            WORKBOOK_TIMEOUT,
                            detail=f"reading took more than {timeout:.0f} s and was stopped",
                        )
                    ]
            try:
                reply: tuple[str, Any] = conn.recv()
            except (EOFError, OSError):
                proc.join(5)
                code = proc.exitcode
                self.stop()
                logger.warning("the workbook reader ended with exit code %s on %s", code, path)
                return "refused", [
                    Breach(
                        WORKBOOK_CRASHED,
                        detail=f"the reader stopped on this file (exit code {code}): it is "
                        "damaged or built to exhaust memory",
                    )
                ]
            return reply


_CHILD = _Child()


def stop_reader() -> None:
    """End the reader process now (tests; otherwise it ends with the application)."""
    with _CHILD.lock:
        _CHILD.stop()


def read_workbook(
    path: Path,
    purpose: Purpose,
    *,
    timeout: float | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> WorkbookCells:
    """Read an untrusted workbook in the reader process; never crashes this one.

    Args:
        path: the ``.xlsx`` file.
        purpose: ``"package"`` (every sheet; formulas and personal data reported) or
            ``"registry"`` (the first sheet) or ``"profile"`` (every sheet, a registry's
            limits: an office's own register read through an import profile).
        timeout: seconds before the reading is stopped (default: by the file's size).
        is_cancelled: polled while waiting; True stops the child.

    Raises:
        WorkbookRefused: a limit was exceeded, or the file could not be read (the reasons).
        ReadCancelled: ``is_cancelled`` said so.
    """
    if timeout is None:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        timeout = BASE_TIMEOUT + TIMEOUT_PER_MIB * size / MIB
    kind, payload = _CHILD.call(path, purpose, timeout, is_cancelled)
    if kind != "ok":
        raise WorkbookRefused(list(payload))
    assert isinstance(payload, WorkbookCells)
    return payload


__all__ = [
    "DEFAULT_MEMORY",
    "Limits",
    "ReadCancelled",
    "WORKBOOK_CRASHED",
    "WORKBOOK_MEMORY",
    "WORKBOOK_TIMEOUT",
    "WORKBOOK_UNREADABLE",
    "WorkbookCells",
    "WorkbookRefused",
    "read_here",
    "read_workbook",
    "stop_reader",
]
