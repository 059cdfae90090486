"""The restore dialog (issue 8): the backup's office and date first, then an administrator of
the backup and a confirmation; refusals keep the dialog open and change nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from models.errors import QoldauError
from models.reference.backup_policy import (
    BackupPolicy,
    read_policy,
    run_automatic_backup,
    save_policy,
)
from models.reference.dto import OfficeDTO
from models.reference.offices import office_of
from models.setup import unlock_store
from models.store.db import Store, StoreError
from tests.accounts import TEST_PASSWORD
from tests.store_templates import new_store
from ui.backups.restore_dialog import RestoreDialog
from ui.workers import JobRunner


@dataclass(frozen=True)
class Info:
    office_kato: str
    created_at: datetime
    revision: str = "0007"


class WrongPassword(QoldauError):
    code = "bad_login"


class FakeRestore:
    """Stands in for ``restore_backup``: records the calls, refuses or returns as told."""

    def __init__(self, *outcomes: Path | None | Exception) -> None:
        self.outcomes = list(outcomes)
        self.calls: list[tuple[Path, Path, str, str]] = []

    def __call__(self, file: Path, target: Path, login: str, password: str) -> Path | None:
        self.calls.append((file, target, login, password))
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` with key events that carry it (keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _dialog(
    qtbot: QtBot, store: Store, info: object, restore: FakeRestore, file: Path
) -> RestoreDialog:
    def info_fn(_file: Path) -> object:
        if isinstance(info, Exception):
            raise info
        return info

    dialog = RestoreDialog(
        store, office_of(store), file, JobRunner(), info_fn=info_fn, restore_fn=restore
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_reading())  # the header is read in the background
    return dialog


def test_shows_office_and_date_then_restores_as_an_administrator_of_the_backup(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    file = tmp_path / "113200000_20261119-180000.qoldau-backup"
    kept = tmp_path / "store.sqlite.replaced-20261120-101010"
    restore = FakeRestore(WrongPassword("bad_login"), kept)
    made = datetime(2026, 11, 19, 18, 0, 0)  # naive: local time
    dialog = _dialog(qtbot, store, Info("113200000", made), restore, file)

    # What the backup is, before anything is asked
    assert (
        dialog.info_label.text() == "Backup of Ақкөл ауданы (113200000), made on 19.11.2026 18:00."
    )
    assert dialog.login_edit.text() == "system"  # the store's principal, a test store
    dialog.login_edit.clear()
    type_text(dialog.login_edit, "admin")

    # Nothing is asked of the models until login, password and the confirmation are given
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == (
        "Enter the login and password of an administrator of the backup."
    )
    type_text(dialog.password_edit, "Бұрынғы-құпия-1")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("Tick the box to confirm")
    assert restore.calls == []

    # A wrong password: said, the password cleared, the dialog stays
    dialog.confirm_check.setChecked(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("The login or the password is wrong")
    assert dialog.password_edit.text() == ""
    assert restore.calls == [(file, store.path, "admin", "Бұрынғы-құпия-1")]

    # The right one: restored, the replaced store's place reported
    type_text(dialog.password_edit, "Test-password-1")
    with qtbot.waitSignal(dialog.restored) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert restored.args == [kept]
    assert restore.calls[-1] == (file, store.path, "admin", "Test-password-1")
    assert dialog.result() == RestoreDialog.DialogCode.Accepted


def test_a_backup_of_another_office_is_refused_before_asking(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    restore = FakeRestore()
    made = datetime(2026, 11, 19, 13, 0, 0, tzinfo=UTC)
    dialog = _dialog(qtbot, store, Info("113400000", made), restore, tmp_path / "x.qoldau-backup")
    assert dialog.info_label.text().endswith("by the office 113400000.")
    assert dialog.error_label.text().startswith(
        "This backup belongs to another office (113400000); this store is the office "
        "Ақкөл ауданы (113200000)."
    )
    for widget in (dialog.login_edit, dialog.password_edit, dialog.confirm_check):
        assert not widget.isEnabled()
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert restore.calls == []


def test_a_file_that_is_no_backup_or_is_damaged_is_refused_with_its_reason(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    for code, said in (
        ("not_a_backup", "{file} is not a Qoldau backup file: it cannot be restored"),
        ("corrupt", "The backup {file} is damaged or incomplete: it cannot be restored"),
    ):
        file = tmp_path / f"{code}.qoldau-backup"
        refusal = StoreError(code, file)
        restore = FakeRestore()
        dialog = _dialog(qtbot, store, refusal, restore, file)
        assert dialog.error_label.text().startswith(said.format(file=file))
        assert not dialog.restore_button.isEnabled()
        assert dialog.info_label.text() == ""
        assert restore.calls == []


def test_a_refused_restore_leaves_the_store_usable(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    file = tmp_path / "113200000_20261119-180000.qoldau-backup"
    refusal = StoreError("corrupt", file, "checksum")
    restore = FakeRestore(refusal)
    dialog = _dialog(qtbot, store, Info("113200000", datetime(2026, 11, 19)), restore, file)
    type_text(dialog.password_edit, "Test-password-1")
    dialog.confirm_check.setChecked(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert dialog.error_label.text().startswith(f"The backup {file} is damaged or incomplete")
    assert dialog.isVisible()
    assert office_of(store).kato == "113200000"  # its connections closed, and open again


# -- with the real backup files (models/store/backup_file.py) -----------------------------------


def _real_dialog(qtbot: QtBot, store: Store, file: Path) -> RestoreDialog:
    dialog = RestoreDialog(store, office_of(store), file, JobRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_reading())
    return dialog


def _restore(qtbot: QtBot, dialog: RestoreDialog, password: str) -> None:
    dialog.login_edit.clear()
    type_text(dialog.login_edit, "admin")
    type_text(dialog.password_edit, password)
    dialog.confirm_check.setChecked(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running())


def test_yesterdays_automatic_backup_is_restored_and_the_replaced_store_kept(
    qtbot: QtBot, store: Store
) -> None:
    yesterday = run_automatic_backup(store, datetime(2026, 11, 19, 18, 0, 0))
    save_policy(store, BackupPolicy(None, 3, False))  # a change made after the backup
    dialog = _real_dialog(qtbot, store, yesterday)
    assert dialog.info_label.text().startswith("Backup of Ақкөл ауданы (113200000), made on ")
    key_file = store.path.with_name(store.path.name + ".keys")
    keys_before = key_file.read_bytes()

    _restore(qtbot, dialog, "wrong-password")  # refused by the backup's accounts
    assert dialog.error_label.text().startswith("The login or the password is wrong")
    # nothing replaced: the store (its connections closed for the restore) reads as before
    assert list(store.path.parent.glob("*.replaced-*")) == []
    assert key_file.read_bytes() == keys_before
    assert read_policy(store) == BackupPolicy(None, 3, False)

    with qtbot.waitSignal(dialog.restored) as restored:
        _restore(qtbot, dialog, TEST_PASSWORD)
    kept = restored.args[0] if restored.args else None
    assert isinstance(kept, Path) and kept.name.startswith("store.sqlite.replaced-")
    assert kept.with_name(kept.name + ".keys").read_bytes() == keys_before  # kept beside it
    again = unlock_store(store.path, "admin", TEST_PASSWORD)
    try:
        assert read_policy(again) == BackupPolicy(None, 10, True)  # as it was yesterday
        assert again.principal.role == "administrator"
    finally:
        again.close()


def test_real_backup_of_another_office_or_truncated_is_refused(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    other = new_store(
        tmp_path / "other" / "store.sqlite",
        OfficeDTO("113400000", "district", "Аршалы ауданы", "Аршалынский район"),
        "admin",
    )
    try:
        foreign = run_automatic_backup(other, datetime(2026, 11, 19, 18, 0, 0))
    finally:
        other.close()
    dialog = _real_dialog(qtbot, store, foreign)
    assert dialog.error_label.text().startswith("This backup belongs to another office (113400000)")
    assert not dialog.restore_button.isEnabled()

    own = run_automatic_backup(store, datetime(2026, 11, 19, 18, 0, 0))
    truncated = tmp_path / "truncated.qoldau-backup"
    truncated.write_bytes(own.read_bytes()[:-100])
    dialog = _real_dialog(qtbot, store, truncated)
    assert dialog.error_label.text().startswith(
        f"The backup {truncated} is damaged or incomplete: it cannot be restored"
    )
    assert not dialog.restore_button.isEnabled()
