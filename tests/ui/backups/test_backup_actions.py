"""File menu backup actions (issue 8): Back up now to a chosen file, the backup settings, who
sees them, and the window closing after a restore."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMainWindow, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from models.reference.backup_policy import BackupPolicy, read_policy
from models.reference.offices import office_of
from models.store.base import Principal
from models.store.db import Store
from ui.backups.actions import BackupActions
from ui.backups.settings_dialog import BackupSettingsDialog
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.workers import JobRunner


def _actions(qtbot: QtBot, store: Store) -> tuple[QMainWindow, BackupActions]:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu(window)
    actions = BackupActions(window, store, office_of(store), JobRunner(), UiSettings(), menu)
    return window, actions


def test_back_up_now_writes_the_chosen_file(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    asked: list[str] = []

    def choose(_parent: object, _title: str, start: str, *_a: object, **_k: object) -> tuple:
        asked.append(Path(start).name)
        return str(stick / "akkol"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    window, actions = _actions(qtbot, store)
    with qtbot.waitSignal(actions.saved) as saved:
        actions.backup_action.trigger()
    out = stick / "akkol.qoldau-backup"  # our extension added
    assert saved.args == [out]
    assert out.stat().st_size > 0
    assert asked[0].startswith("113200000_") and asked[0].endswith(".qoldau-backup")
    assert window.statusBar().currentMessage() == f"Backup saved: {out}"
    assert UiSettings().last_folder == str(stick)


def test_back_up_now_never_overwrites(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "old.qoldau-backup"
    out.write_bytes(b"the user's older backup")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), ""))
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: warnings.append(text))
    )
    _window, actions = _actions(qtbot, store)
    actions.backup_action.trigger()
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert warnings[0] == (
        f"The backup was not made: A file already exists at {out}; it was not overwritten."
    )
    assert out.read_bytes() == b"the user's older backup"


@pytest.mark.parametrize(
    ("role", "visible"),
    [("viewer", False), ("specialist", False), ("supervisor", False), ("administrator", True)],
)
def test_only_an_administrator_sees_backup_restore_and_settings(
    qtbot: QtBot, store: Store, role: str, visible: bool
) -> None:
    as_role = dataclasses.replace(store, principal=Principal("someone", role))
    _window, actions = _actions(qtbot, as_role)
    for action in (actions.backup_action, actions.restore_action, actions.settings_action):
        assert action.isVisible() is visible


def _save(qtbot: QtBot, dialog: BackupSettingsDialog) -> None:
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_settings_dialog_saves_folder_keep_and_daily(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    dialog = BackupSettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == ""
    assert str(store.path.parent / "backups") in dialog.folder_edit.placeholderText()
    assert dialog.keep_spin.value() == 10 and dialog.daily_check.isChecked()

    dialog.folder_edit.setText(str(tmp_path / "nowhere"))
    _save(qtbot, dialog)
    assert dialog.error_label.text().startswith(f"The backup folder {tmp_path / 'nowhere'} is not")
    assert read_policy(store) == BackupPolicy(None, 10, True)  # nothing written

    dialog.folder_edit.setText(str(tmp_path))
    dialog.keep_spin.setValue(3)
    dialog.daily_check.setChecked(False)
    _save(qtbot, dialog)
    assert dialog.result() == BackupSettingsDialog.DialogCode.Accepted
    assert read_policy(store) == BackupPolicy(str(tmp_path), 3, False)


def test_settings_dialog_refuses_a_role_that_may_not(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    specialist = dataclasses.replace(store, principal=Principal("spec1", "specialist"))
    dialog = BackupSettingsDialog(specialist)
    qtbot.addWidget(dialog)
    dialog.keep_spin.setValue(3)
    _save(qtbot, dialog)
    assert dialog.error_label.text().startswith("Your role does not allow this")
    assert read_policy(store) == BackupPolicy(None, 10, True)


def test_after_a_restore_the_window_closes_without_an_exit_backup(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *_a: told.append(text))
    )
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    window.show()
    window.enable_auto_backups().timer.stop()
    kept = store.path.with_name("store.sqlite.replaced-20261120-101010")
    # what the restore dialog reports once the backup is in place
    window.backup_actions._on_dialog_restored(kept)  # noqa: SLF001 - the dialog's slot
    assert not window.isVisible()
    assert told[0].startswith(f"The backup was restored. The replaced store was kept as {kept}.")
    assert told[0].endswith(
        "Log in again: the restored store has the accounts and passwords of the backup."
    )
    assert not (store.path.parent / "backups").exists()


def test_after_a_restore_the_application_logs_in_again(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *_a: None))
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    window.show()
    auto = window.enable_auto_backups()
    auto.timer.stop()
    with qtbot.waitSignal(window.switch_user):  # ui/app.py's WindowHost logs in again
        window.backup_actions._on_dialog_restored(None)  # noqa: SLF001 - the dialog's slot
    window.close()  # what the host does next: no exit backup of the replaced session
    assert not window.isVisible()
    assert not (store.path.parent / "backups").exists()
