"""Workers: results and failures come back as signals; the collector pauses only during jobs."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from ui.workers import JobRunner, Worker


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
