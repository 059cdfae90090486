"""Registry workbooks in Qoldau's template (reporting.md §3) and the wizard driven through them.

Shared by the tests of the import wizard's template path, of the hostile files and of the
profile path (which checks a template file goes straight to the preview).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exporters.registry_import import COLUMNS
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.store.db import Store
from tests.conftest import TODAY
from ui.imports.wizard import PAGE_FILE, PAGE_PREVIEW, ProfileImportWizard
from ui.settings import UiSettings
from ui.workers import JobRunner

TIMEOUT = 30_000


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def registry(path: Path, rows: list[list[Any]], columns: tuple[str, ...] = COLUMNS) -> Path:
    """Write a registry in the template: the column codes in row 1, the objects below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(columns))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def good(ref: str, passport_date: Any = "01.03.2024", **over: Any) -> list[Any]:
    """Return a correct template row for object ``ref`` (a school with a passport)."""
    values = dict(
        zip(
            COLUMNS,
            [ref, "113220100", "Мектеп " + ref, "EDU_SCHOOL", "Абай к-сі, 1", 1, passport_date]
            + ["DP_I", "DP_I", "DCH_I", "DU", "VND"]
            + [1, None],
            strict=True,
        )
    )
    values.update(over)
    return [values[c] for c in COLUMNS]


def endless(
    *_args: Any,
    progress: Callable[[int, int], None],
    is_cancelled: Callable[[], bool],
    **_kw: Any,
) -> None:
    """A job that works until cancelled (stands in for a huge file)."""
    progress(1, 100)
    pause = threading.Event()
    while not is_cancelled():
        pause.wait(0.01)  # the worker thread is busy; the test itself never sleeps
    progress(2, 100)  # the worker's callback raises Cancelled here


def object_count(store: Store) -> int:
    return ObjectRepository(store).count(ObjectFilter())


def open_wizard(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings
) -> ProfileImportWizard:
    """Open File > Import register... on ``store`` as its administrator."""
    wizard = ProfileImportWizard(store, "admin", runner, today=lambda: TODAY, settings=settings)
    qtbot.addWidget(wizard)
    wizard.show()
    assert QTest.qWaitForWindowExposed(wizard)
    return wizard


def press_enter(qtbot: QtBot, wizard: ProfileImportWizard) -> None:
    """Enter where the focus is: the wizard's default button (Next, or Import)."""
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def type_path(qtbot: QtBot, wizard: ProfileImportWizard, path: Path) -> None:
    """Put the focus on the file field, clear it and type ``path`` (an ASCII temporary path)."""
    edit = wizard.file_page.path_edit
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, str(path))


def read_by_keyboard(qtbot: QtBot, wizard: ProfileImportWizard, path: Path) -> None:
    """Type the path and press Enter: the file is read (or refused) and the page stays."""
    page = wizard.file_page
    type_path(qtbot, wizard, path)
    press_enter(qtbot, wizard)
    qtbot.waitUntil(lambda: not page.is_running() and page.path_edit.isEnabled(), timeout=TIMEOUT)
    assert wizard.currentId() == PAGE_FILE


def check_by_keyboard(qtbot: QtBot, wizard: ProfileImportWizard, path: Path) -> bool:
    """Read a template file, press Enter (Next) for the preview; return whether it may import."""
    read_by_keyboard(qtbot, wizard, path)
    assert wizard.template, wizard.file_page.message_label.text()
    with qtbot.waitSignal(wizard.previewed, timeout=TIMEOUT):
        press_enter(qtbot, wizard)
    assert wizard.currentId() == PAGE_PREVIEW
    return wizard.preview_page.ok()
