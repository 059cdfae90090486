"""Workers: results and failures come back as signals; the collector pauses only during jobs."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from ui.workers import JobRunner, Worker, collector_paused


def test_result_and_failure_come_back_as_signals(qtbot: QtBot) -> None:
    runner = JobRunner()
    seen: list[bool] = []

    def job(**_kw: object) -> int:
        seen.append(gc.isenabled())
        return 42

    worker = Worker(job)
    with qtbot.waitSignal(worker.signals.finished) as blocker:
        runner.start(worker)
    assert blocker.args == [42]
    assert seen == [False]  # the collector was paused inside the job
    assert gc.isenabled()  # and runs again after it

    def broken(**_kw: object) -> None:
        raise ValueError("bad input")

    failing = Worker(broken)
    with qtbot.waitSignal(failing.signals.failed) as blocker:
        runner.start(failing)
    assert isinstance(blocker.args[0], ValueError)
    assert gc.isenabled()
    runner.wait()


def test_collector_stays_paused_until_the_last_overlapping_job_ends() -> None:
    first_in, release = threading.Event(), threading.Event()
    states: list[bool] = []

    def long_job() -> None:
        with collector_paused():
            first_in.set()
            release.wait(5)

    thread = threading.Thread(target=long_job)
    thread.start()
    first_in.wait(5)
    with collector_paused():
        states.append(gc.isenabled())
    states.append(gc.isenabled())  # the long job still runs: still paused
    release.set()
    thread.join(5)
    states.append(gc.isenabled())
    assert states == [False, False, True]
