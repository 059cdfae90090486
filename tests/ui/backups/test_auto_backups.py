"""Automatic backups in the GUI (issue 8): on closing the main window, and daily."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.reference.backup_policy import BackupPolicy, save_policy
from models.store.db import Store
from tests.ui.questions import answer_questions
from ui.main_window import MainWindow
from ui.settings import UiSettings

NOW = datetime(2026, 11, 20, 17, 45, 12)


class Clock:
    """An injected local time a test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _window(qtbot: QtBot, store: Store, clock: Clock) -> MainWindow:
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    window.show()
    auto = window.enable_auto_backups(clock)
    auto.timer.stop()  # the test runs the checks itself
    return window


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_closing_the_window_writes_the_exit_backup(qtbot: QtBot, store: Store) -> None:
    window = _window(qtbot, store, Clock(NOW))
    folder = store.path.parent / "backups"
    window.close()
    assert window.isVisible()  # held while the backup is written...
    qtbot.waitUntil(lambda: not window.isVisible())  # ...then closed
    assert _names(folder) == ["113200000_20261120-174512.qoldau-backup"]
    assert (folder / "113200000_20261120-174512.qoldau-backup").stat().st_size > 0


def test_a_failing_exit_backup_asks_and_still_lets_the_user_quit(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    save_policy(store, BackupPolicy(str(stick), 10, True))
    stick.rmdir()  # the stick is pulled out before quitting
    questions = answer_questions(monkeypatch, False, True)
    window = _window(qtbot, store, Clock(NOW))

    window.close()  # "quit anyway?" Stay open: the window stays
    qtbot.waitUntil(lambda: len(questions.texts) == 1)
    assert window.isVisible()
    assert questions.texts[0].startswith("Backup failed: The backup folder ")
    assert str(stick) in questions.texts[0]
    assert questions.texts[0].endswith("Quit anyway?")
    assert (questions.asked[0].yes, questions.asked[0].no) == ("Quit without a backup", "Stay open")

    window.close()  # tried again, fails again; Quit without a backup: the window closes
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(questions.texts) == 2
    assert not stick.exists()


def test_daily_backup_once_a_day_with_a_status_message(qtbot: QtBot, store: Store) -> None:
    clock = Clock(datetime(2026, 11, 20, 23, 59, 0))
    window = _window(qtbot, store, clock)
    auto = window.auto_backups
    assert auto is not None
    folder = store.path.parent / "backups"

    with qtbot.waitSignal(auto.saved):
        auto.check()
    assert _names(folder) == ["113200000_20261120-235900.qoldau-backup"]
    assert window.statusBar().currentMessage() == (
        f"Daily backup saved: {folder / '113200000_20261120-235900.qoldau-backup'}"
    )

    clock.now = datetime(2026, 11, 20, 23, 59, 59)  # the same day: nothing to do
    auto.check()
    window.runner.wait()
    qtbot.waitUntil(lambda: auto._daily is None)  # noqa: SLF001 - the job has reported
    assert len(_names(folder)) == 1

    clock.now = datetime(2026, 11, 21, 0, 0, 5)  # past midnight: a new day's backup
    with qtbot.waitSignal(auto.saved):
        auto.check()
    assert _names(folder) == [
        "113200000_20261120-235900.qoldau-backup",
        "113200000_20261121-000005.qoldau-backup",
    ]
    auto.settle()


def test_a_failing_daily_backup_is_a_status_message(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    save_policy(store, BackupPolicy(str(stick), 10, True))
    stick.rmdir()  # the stick is pulled out
    window = _window(qtbot, store, Clock(NOW))
    auto = window.auto_backups
    assert auto is not None
    with qtbot.waitSignal(auto.failed) as failed:
        auto.check()
    assert failed.args is not None
    text = str(failed.args[0])
    assert text.startswith("The daily backup failed: The backup folder ")
    assert window.statusBar().currentMessage() == text
    auto.settle()
