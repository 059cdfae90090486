"""Background jobs: slow work (import, export, bulk queries) never runs in the GUI thread.

A job that fails with an expected refusal (:data:`EXPECTED`: a
:class:`~models.errors.QoldauError`, or an ``OSError`` of the file system such as a file open in
Excel or a removed USB stick) is logged in one line and handed to the caller, who says what to
do. Any other exception is a bug: it is logged at ERROR with its traceback and, besides the
caller's own handling, shown in the crash dialog with copyable details, so a bug in a worker
always leaves a stack somewhere.

Writes run one at a time on the writer pool; reads (figures, work lists, checks) run on a
reader pool beside it, so they do not wait behind a long import (SQLite in WAL mode lets
readers go on while one writer writes).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from models.errors import QoldauError
from models.gc_pause import collector_paused
from ui.crash_dialog import show_bug

logger = logging.getLogger(__name__)

#: The failures a job may end with that are not bugs (see the module's docstring).
EXPECTED: tuple[type[Exception], ...] = (QoldauError, OSError)
#: Threads of the reader pool: reads beside the writer, not a swarm of them.
READ_THREADS = 2


def is_expected(exc: object) -> bool:
    """Return True for an expected refusal, False for a bug."""
    return isinstance(exc, EXPECTED)


def bug_details(exc: BaseException) -> str:
    """Return the traceback of ``exc`` as text, for the log and the crash dialog."""
    return "".join(traceback.format_exception(exc)).rstrip()


class WorkerSignals(QObject):
    """Signals of a :class:`Worker`.

    Signals:
        finished(object): the job's return value.
        failed(object): the exception the job raised (expected failures included).
        progress(int, int): done and total units of work.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Cancelled(QoldauError):
    """Raised inside a job when the user cancelled it."""


class Worker(QRunnable):
    """Run ``fn(progress=..., is_cancelled=...)`` in a pool thread; never touch widgets there."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = WorkerSignals()
        self._cancelled = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancelled = True

    def is_cancelled(self) -> bool:
        """Return True once :meth:`cancel` was called."""
        return self._cancelled

    def _progress(self, done: int, total: int) -> None:
        if self._cancelled:
            raise Cancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        """Run the job and emit ``finished`` or ``failed``."""
        try:
            with collector_paused():
                result = self.fn(progress=self._progress, is_cancelled=self.is_cancelled)
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            if is_expected(exc):
                text = "".join(traceback.format_exception_only(exc)).strip()
                logger.info("job refused: %s", text)
            else:
                logger.error("job failed with an unexpected error", exc_info=exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class JobRunner:
    """Where jobs run: a writer pool of one thread, and a reader pool beside it.

    Writes go through a pool of one thread so they never race each other (Picard's
    ``save_thread_pool``); :meth:`start_read` runs a job that only reads the store on the
    reader pool, so it never waits behind a running import. A job that fails with a bug is
    reported through ``on_bug`` (by default the crash dialog) in the GUI thread.
    """

    def __init__(
        self,
        pool: QThreadPool | None = None,
        read_pool: QThreadPool | None = None,
        on_bug: Callable[[BaseException], object] | None = None,
    ) -> None:
        self.pool = pool or QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.read_pool = read_pool or QThreadPool()
        self.read_pool.setMaxThreadCount(READ_THREADS)
        self.on_bug = on_bug or _show_bug
        self._running: set[Worker] = set()

    def start(self, worker: Worker) -> Worker:
        """Start ``worker`` on the writer pool and keep it alive until it reports."""
        return self._start(worker, self.pool)

    def start_read(self, worker: Worker) -> Worker:
        """Start ``worker``, which must only read the store, on the reader pool."""
        return self._start(worker, self.read_pool)

    def _start(self, worker: Worker, pool: QThreadPool) -> Worker:
        self._running.add(worker)
        worker.signals.finished.connect(lambda _r: self._running.discard(worker))
        worker.signals.failed.connect(lambda exc: self._on_worker_failed(worker, exc))
        pool.start(worker)
        return worker

    def _on_worker_failed(self, worker: Worker, exc: object) -> None:
        self._running.discard(worker)
        if isinstance(exc, BaseException) and not is_expected(exc):
            self.on_bug(exc)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every job of both pools (at close, and in tests)."""
        written = self.pool.waitForDone(msecs)
        return self.read_pool.waitForDone(msecs) and written


def _show_bug(exc: BaseException) -> None:
    show_bug(bug_details(exc))
