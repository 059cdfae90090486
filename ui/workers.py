"""Background jobs: slow work (import, export, bulk queries) never runs in the GUI thread."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from models.gc_pause import collector_paused

logger = logging.getLogger(__name__)


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


class Cancelled(Exception):
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
            logger.info("job failed: %s", "".join(traceback.format_exception_only(exc)).strip())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class JobRunner:
    """Where jobs run: a thread pool in the app, the calling thread in tests if wished.

    Writes go through a pool of one thread so they never race each other (Picard's
    ``save_thread_pool``).
    """

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool()
        self.pool.setMaxThreadCount(1)
        self._running: set[Worker] = set()

    def start(self, worker: Worker) -> Worker:
        """Start ``worker`` and keep it alive until it reports."""
        self._running.add(worker)
        worker.signals.finished.connect(lambda _r: self._running.discard(worker))
        worker.signals.failed.connect(lambda _e: self._running.discard(worker))
        self.pool.start(worker)
        return worker

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every job (at close, and in tests)."""
        return self.pool.waitForDone(msecs)
