"""One background job at a time for a page of the import wizard.

Reading the workbook, the suggestion, the distinct values, the preview and the import all run
through :class:`ui.workers.JobRunner` (never in the GUI thread); a page holds a :class:`PageJob`
that forgets the reports of a job it has given up (a new file chosen, the page left).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.workers import JobRunner, Worker


class PageJob(QObject):
    """Runs one job at a time and relays the reports of the current one only.

    Signals:
        finished(object): the current job's result.
        failed(object): the exception the current job ended with.
        progress(int, int): done and total of the current job.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._worker: Worker | None = None

    def start(self, fn: Callable[..., Any], *, writes: bool = False) -> None:
        """Run ``fn(progress=..., is_cancelled=...)``; a job that writes goes to the writer."""
        self.forget()
        worker = Worker(fn)
        worker.signals.finished.connect(partial(self._on_finished, worker))
        worker.signals.failed.connect(partial(self._on_failed, worker))
        worker.signals.progress.connect(partial(self._on_progress, worker))
        self._worker = worker
        if writes:
            self.runner.start(worker)
        else:
            self.runner.start_read(worker)

    def is_running(self) -> bool:
        """Return True while the current job runs."""
        return self._worker is not None

    def cancel(self) -> None:
        """Ask the current job to stop; its ``failed`` report follows."""
        if self._worker is not None:
            self._worker.cancel()

    def forget(self) -> None:
        """Cancel the current job and drop its reports."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None

    def _on_finished(self, worker: Worker, result: object) -> None:
        if worker is self._worker:
            self._worker = None
            self.finished.emit(result)

    def _on_failed(self, worker: Worker, exc: object) -> None:
        if worker is self._worker:
            self._worker = None
            self.failed.emit(exc)

    def _on_progress(self, worker: Worker, done: int, total: int) -> None:
        if worker is self._worker:
            self.progress.emit(done, total)
