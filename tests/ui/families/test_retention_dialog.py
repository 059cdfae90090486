"""The retention dialog (brief §6, issue 14): the due list without names, a wrong password
destroys nothing, the right one destroys the selected families in one go, and the printed act
(PDF read back with pdftotext) lists the case numbers, closure dates and counts, the older-backups
note and the commission's signature lines, and no personal data."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.store.db import Store
from tests.accounts import TEST_PASSWORD, as_role
from tests.conftest import TODAY
from tests.models.cases.test_destruction import cases, ctx, families, world  # noqa: F401
from tests.store_templates import table_counts
from tests.ui.keys import type_text
from ui.families.retention_dialog import RetentionDialog


def pdf_text(path: Path) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed to read the PDF back"
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode().split())


def test_due_list_destroy_and_printed_act(
    qtbot: QtBot,
    store: Store,
    world: dict[str, object],  # noqa: F811
    tmp_path: Path,
) -> None:
    numbers = world["numbers"]
    assert isinstance(numbers, dict)
    admin = as_role(store, "admin", "administrator")  # the password is checked against its account
    dialog = RetentionDialog(admin, "admin", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.preview = False
    dialog.show()
    assert dialog.years_spin.value() == 5
    assert dialog.table.rowCount() == 2
    shown = [
        [dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())
    ]
    assert shown == [[numbers["e"], "30.06.2019", "1", "0"], [numbers["a"], "10.05.2020", "2", "2"]]
    assert "2" in dialog.count_label.text()

    dialog.table.selectAll()
    dialog.number_edit.setFocus()
    type_text(dialog.number_edit, "7-Ж")
    dialog.commission_edit.setFocus()
    type_text(dialog.commission_edit, "Ахметова А., төраға")
    qtbot.keyClick(dialog.commission_edit, Qt.Key.Key_Return)
    type_text(dialog.commission_edit, "Бекова Б., маман")
    before = table_counts(store.path)
    dialog.password_edit.setFocus()
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    assert dialog.act_id is None
    assert "password" in dialog.summary_label.text()
    assert table_counts(store.path) == before

    qtbot.keyClicks(dialog.password_edit, TEST_PASSWORD)
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    assert dialog.act_id is not None, dialog.summary_label.text()
    assert dialog.table.rowCount() == 0
    assert table_counts(store.path)["family"] == before["family"] - 2

    preview = dialog.preview_dialog()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.save_pdf_to(tmp_path / "act.pdf")
    text = pdf_text(tmp_path / "act.pdf")
    for expected in (
        "Act No. 7-Ж on the destruction of personal data",
        "Ақкөл",
        numbers["a"],
        numbers["e"],
        "10.05.2020",
        "30.06.2019",
        "Families destroyed 2",
        "Cases destroyed 2",
        "People whose records were destroyed 2",
        "Backups made before this act still hold the data",
        "Ахметова А., төраға",
        "Бекова Б., маман",
        "signature",
    ):
        assert expected in text, expected
    for personal in ("Қасымова", "Жұмабекова", "920302403450", "850715300411", "Әуезов"):
        assert personal not in text
