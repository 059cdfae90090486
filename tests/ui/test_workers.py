"""Workers: results and failures come back as signals; refusals and bugs are told apart.

The collector pauses only during jobs and nothing stays frozen after them; reads run beside
the single writer, writes one at a time.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from models.errors import QoldauError
from models.issues import Issue, ValidationError, ValidationReport
from ui import crash_dialog
from ui.crash_dialog import CrashDialog
from ui.workers import Cancelled, JobRunner, Worker


def fail(qtbot: QtBot, runner: JobRunner, job: Callable[..., object]) -> Exception:
    """Run a failing ``job``; return its exception once the runner has handled it too.

    The job waits until the test listens: the runner's slot, connected first, then runs
    before the test's (queued calls are delivered in connection order).
    """
    gate = threading.Event()

    def gated(**kw: object) -> object:
        gate.wait(30)
        return job(**kw)

    worker = Worker(gated)
    runner.start(worker)
    with qtbot.waitSignal(worker.signals.failed) as blocker:
        gate.set()
    exc = blocker.args[0]
    assert isinstance(exc, Exception)
    return exc


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait()


def test_result_and_failure_come_back_as_signals(qtbot: QtBot, runner: JobRunner) -> None:
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

    def refused(**_kw: object) -> None:
        raise QoldauError("bad input")

    failing = Worker(refused)
    with qtbot.waitSignal(failing.signals.failed) as blocker:
        runner.start(failing)
    assert isinstance(blocker.args[0], QoldauError)
    assert gc.isenabled()


def test_nothing_stays_frozen_after_jobs(qtbot: QtBot, runner: JobRunner) -> None:
    before = gc.get_freeze_count()
    for _ in range(3):
        worker = Worker(lambda **_kw: [object() for _ in range(1000)])
        with qtbot.waitSignal(worker.signals.finished):
            runner.start(worker)
    assert gc.get_freeze_count() == before


@pytest.mark.parametrize(
    "refusal",
    [
        ValidationError(ValidationReport([Issue("name", "required")])),
        Cancelled(),
        PermissionError(13, "Permission denied", "A1.xlsx"),  # a file open in Excel
    ],
    ids=["validation", "cancelled", "file-open-elsewhere"],
)
def test_an_expected_refusal_goes_to_the_caller_only(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, refusal: Exception
) -> None:
    bugs: list[BaseException] = []
    runner = JobRunner(on_bug=bugs.append)

    def job(**_kw: object) -> None:
        raise refusal

    with caplog.at_level(logging.INFO, logger="ui.workers"):
        assert fail(qtbot, runner, job) is refusal
    assert bugs == []
    records = [r for r in caplog.records if r.name == "ui.workers"]
    assert [r.levelno for r in records] == [logging.INFO]
    assert records[0].exc_info is None


def _buggy_job(**_kw: object) -> None:
    empty: dict[str, int] = {}
    empty["no such key"]  # noqa: B018 - the bug under test


def test_a_bug_is_logged_with_its_traceback_and_shown_with_copyable_details(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, runner: JobRunner
) -> None:
    with caplog.at_level(logging.INFO, logger="ui.workers"):
        exc = fail(qtbot, runner, _buggy_job)
    assert isinstance(exc, KeyError)  # the caller still hears of it

    (record,) = [r for r in caplog.records if r.name == "ui.workers"]
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None and record.exc_info[1] is exc
    assert "_buggy_job" in caplog.text  # the stack is in the log

    dialog = crash_dialog._bug_dialog  # noqa: SLF001
    assert isinstance(dialog, CrashDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert "_buggy_job" in dialog.details_edit.toPlainText()
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "KeyError: 'no such key'" in copied
    assert "_buggy_job" in copied and "Qoldau " in copied  # the stack and the versions

    # A second bug while the dialog is open is logged, not stacked in another window.
    fail(qtbot, runner, _buggy_job)
    assert crash_dialog._bug_dialog is dialog  # noqa: SLF001
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert crash_dialog._bug_dialog is None  # noqa: SLF001


def test_no_crash_dialog_when_turned_off(
    qtbot: QtBot, runner: JobRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crash_dialog, "_dialogs_wanted", False)
    fail(qtbot, runner, _buggy_job)
    assert crash_dialog._bug_dialog is None  # noqa: SLF001


def test_reads_run_beside_a_running_write_and_writes_wait_for_each_other(
    qtbot: QtBot, runner: JobRunner
) -> None:
    release = threading.Event()
    started = threading.Event()
    order: list[str] = []

    def long_write(**_kw: object) -> None:
        order.append("write 1 started")
        started.set()
        release.wait(30)
        order.append("write 1 done")

    def second_write(**_kw: object) -> None:
        order.append("write 2 started")

    def read(**_kw: object) -> str:
        order.append("read")
        return "figures"

    first, second, reader = Worker(long_write), Worker(second_write), Worker(read)
    done = qtbot.waitSignals([first.signals.finished, second.signals.finished], timeout=30000)
    with done:
        runner.start(first)
        runner.start(second)
        # The read is started once the write runs (threads start in no fixed order).
        assert started.wait(30)
        with qtbot.waitSignal(reader.signals.finished, timeout=30000) as blocker:
            runner.start_read(reader)
        assert blocker.args == ["figures"]  # while the first write still runs
        assert "write 1 done" not in order and "write 2 started" not in order
        release.set()
    assert order == ["write 1 started", "read", "write 1 done", "write 2 started"]
