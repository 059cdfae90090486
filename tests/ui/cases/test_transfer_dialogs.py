"""Case transfer in the GUI (issue 8): "Transfer to another district..." on the case screen and
"Receive a transferred case..." on the Cases page, by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exporters import transfer_file
from models.cases.repository import CaseRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.cases.transfer_builders import OTHER, cheap_scrypt, dump, full_case, new_receiver
from tests.ui.case_keys import alt, focused, key
from tests.ui.keys import type_text
from tests.ui.questions import answer_questions
from ui.cases.case_dialog import CaseDialog
from ui.cases.page import ALL_OPEN, CasesPage
from ui.cases.transfer_dialogs import ReceiveTransferDialog, TransferDialog
from ui.workers import JobRunner


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_scrypt(monkeypatch)


@pytest.fixture(autouse=True)
def _discard_on_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    answer_questions(monkeypatch)


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Store]:
    s = new_receiver(tmp_path)
    yield s
    s.close()


def test_a_case_is_sent_from_its_screen_by_keyboard(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    cid = full_case(store, "admin")
    usb = tmp_path / "usb"
    usb.mkdir()
    runner = JobRunner()
    dialog = CaseDialog(store, "admin", cid, today=lambda: TODAY)
    dialog.runner = runner  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.transfer_label.text() == ""
    assert dialog.transfer_button.isVisible()

    dialog.tabs.setFocus()
    alt(qtbot, "R")
    qtbot.waitUntil(lambda: isinstance(dialog.transfer_dialog, TransferDialog))
    sender = dialog.transfer_dialog
    assert isinstance(sender, TransferDialog)
    sender.runner = runner
    qtbot.waitUntil(lambda: focused() is sender.kato_edit)
    qtbot.keyClicks(sender.kato_edit, OTHER.kato)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is sender.name_edit
    type_text(sender.name_edit, OTHER.name_kk)
    alt(qtbot, "F")
    assert focused() is sender.folder_edit
    qtbot.keyClicks(sender.folder_edit, str(usb))
    before = dump(store)
    # Not confirmed yet: Enter sends nothing.
    key(qtbot, Qt.Key.Key_Return)
    assert sender.error_label.isVisible()
    assert "Confirm" in sender.error_label.text()
    assert dump(store) == before and list(usb.iterdir()) == []

    alt(qtbot, "U")
    qtbot.waitUntil(sender.confirm_check.isChecked)  # a mnemonic clicks after a moment
    alt(qtbot, "F")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sender.pages.currentIndex() == 1, timeout=10_000)
    runner.wait(10_000)
    sent = sender.result_sent
    assert sent is not None and sent.path.exists()
    assert sender.passphrase_edit.text() == sent.passphrase
    assert sender.passphrase_edit.isReadOnly()
    # Copy is focused: Space copies the passphrase.
    assert focused() is sender.copy_button
    key(qtbot, Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == sent.passphrase
    preview = sender.build_print_preview()
    text = preview.document.toPlainText()
    assert sent.passphrase in text and sent.case_number in text and OTHER.kato in text
    preview.deleteLater()

    # The case screen shows the closure and the transfer.
    qtbot.waitUntil(lambda: dialog.case is not None and dialog.case.stage == "CLOSED")
    assert (
        dialog.transfer_label.text()
        == f"Transferred to {OTHER.name_kk} ({OTHER.kato}) on 20.11.2026"
    )
    assert not dialog.transfer_button.isVisible()
    sender.close_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not sender.isVisible())


def test_a_failed_send_is_shown_in_the_dialog_and_writes_nothing(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    cid = full_case(store, "admin")
    runner = JobRunner()
    case = CaseRepository(store).get_case(cid)
    sender = TransferDialog(store, "admin", case, TODAY, runner=runner)
    qtbot.addWidget(sender)
    sender.show()
    qtbot.waitExposed(sender)
    sender.kato_edit.setText(OTHER.kato)
    sender.name_edit.setText("X")
    sender.folder_edit.setText(str(tmp_path / "absent"))
    sender.confirm_check.setChecked(True)
    before = dump(store)
    sender.start_transfer()
    qtbot.waitUntil(sender.error_label.isVisible, timeout=10_000)
    runner.wait(10_000)
    assert "does not exist" in sender.error_label.text()
    assert sender.send_button.isEnabled() and sender.pages.currentIndex() == 0
    assert dump(store) == before


def test_a_transferred_case_is_received_on_the_cases_page(
    qtbot: QtBot, store: Store, receiver: Store, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    cid = full_case(store, "admin")
    old = CaseRepository(store).case_number(cid)
    sent = transfer_file.send_case(store, cid, OTHER.kato, OTHER.name_kk, usb, "admin", TODAY)

    runner = JobRunner()
    page = CasesPage(receiver, "admin", runner, today=lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    assert page.receive_action.isVisible()
    page.receive_action.trigger()
    qtbot.waitUntil(lambda: isinstance(page.receive_dialog, ReceiveTransferDialog))
    dialog = page.receive_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: focused() is dialog.file_edit)
    qtbot.keyClicks(dialog.file_edit, str(sent.path))
    alt(qtbot, "P")
    assert focused() is dialog.passphrase_edit
    qtbot.keyClicks(dialog.passphrase_edit, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    before = dump(receiver)
    alt(qtbot, "R")
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    runner.wait(10_000)
    assert "passphrase does not open this file" in dialog.error_label.text()
    assert dump(receiver) == before

    dialog.passphrase_edit.setFocus()
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.passphrase_edit, sent.passphrase.lower().replace("-", " "))
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        alt(qtbot, "R")
    runner.wait(10_000)
    assert dialog.result_label.text() == (
        "Received as case 113400000-2026-00001, transferred from "
        f"Ақкөл ауданы / Аккольский район (113200000) case {old}."
    )
    assert dialog.passphrase_edit.text() == ""
    got = dialog.received_transfer
    assert got is not None
    page.set_current_list(ALL_OPEN)
    numbers = [page.model.row_at(r).number for r in range(page.model.rowCount())]
    assert numbers == ["113400000-2026-00001"]

    card = CaseDialog(receiver, "admin", got.case_id, today=lambda: TODAY)
    qtbot.addWidget(card)
    assert card.transfer_label.text() == (
        f"Transferred from Ақкөл ауданы / Аккольский район (113200000) case {old}"
    )
    events = [card.history_table.item(r, 1).text() for r in range(card.history_table.rowCount())]
    assert events[0].startswith("before the transfer: ")  # the stage in the code list language
    assert sum(e.startswith("before the transfer") for e in events) == 5
