"""File > Import object registry and Save registry template, driven by keyboard."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import ui.objects.registry_import_dialog as dialog_module
from exporters import registry_template
from exporters.registry_import import COLUMNS, Problem
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.store.db import Store
from tests.conftest import TODAY
from ui.objects.registry_import_dialog import RegistryImportDialog, save_template_interactively
from ui.objects.registry_problems import ProblemTableModel, problem_text
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


def registry(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(COLUMNS))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def good(ref: str, passport_date: Any = "01.03.2024", **over: Any) -> list[Any]:
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
    """A check that works until cancelled (stands in for a huge file)."""
    progress(1, 100)
    pause = threading.Event()
    while not is_cancelled():
        pause.wait(0.01)  # the worker thread is busy; the test itself never sleeps
    progress(2, 100)  # the worker's callback raises Cancelled here


def count(store: Store) -> int:
    return ObjectRepository(store).count(ObjectFilter())


def open_dialog(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings
) -> RegistryImportDialog:
    dialog = RegistryImportDialog(store, "clerk", runner, settings=settings, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    return dialog


def check_by_keyboard(qtbot: QtBot, dialog: RegistryImportDialog, path: Path) -> bool:
    """Type the path and press Enter; return what the check said."""
    assert dialog.focusWidget() is dialog.path_edit
    qtbot.keyClicks(dialog.path_edit, str(path))
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    return bool(blocker.args[0])


def test_check_preview_and_import_by_keyboard(
    qtbot: QtBot,
    qtmodeltester: Any,
    store: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
) -> None:
    path = registry(
        tmp_path / "reg.xlsx",
        [
            good("R1"),
            good("R2"),
            good(
                "R3",
                None,
                **{
                    "status_K": None,
                    "status_O": None,
                    "status_S": None,
                    "status_G": None,
                    "status_U": None,
                    "requires_adaptation": 0,
                },
            ),
        ],
    )
    dialog = open_dialog(qtbot, store, runner, settings)
    assert not dialog.import_button.isEnabled()

    assert check_by_keyboard(qtbot, dialog, path) is True

    text = dialog.message_label.text()
    assert "3 objects" in text and "adds 3 new objects" in text and "2 passports" in text
    model = dialog.table.model()
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[:6] == [
        "2",
        "New",
        "R1",
        "113220100",
        "Мектеп R1",
        "жалпы білім беретін мектеп",
    ]  # kk labels
    assert first[6:12] == ["01.03.2024", "DP_I", "DP_I", "DCH_I", "DU", "VND"]
    assert first[12:] == ["Yes", ""]
    assert count(store) == 0  # the check writes nothing
    assert dialog.import_button.isEnabled()
    assert dialog.focusWidget() is dialog.import_button

    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)

    assert blocker.args == [3]
    assert count(store) == 3
    assert "Imported: 3 new objects, 0 updated, 2 passports added." in dialog.message_label.text()
    assert not dialog.import_button.isEnabled()  # no second import of the same preview
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()


def test_reimport_shows_updates(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, tmp_path: Path
) -> None:
    first = registry(tmp_path / "a.xlsx", [good("R1"), good("R2")])
    dialog = open_dialog(qtbot, store, runner, settings)
    check_by_keyboard(qtbot, dialog, first)
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    later = registry(tmp_path / "b.xlsx", [good("R1", "2026-10-01"), good("R2")])

    dialog.path_edit.setFocus()
    dialog.path_edit.clear()
    assert check_by_keyboard(qtbot, dialog, later)

    assert "adds 0 new objects, updates 1 and leaves 1 unchanged" in dialog.message_label.text()
    model = dialog.table.model()
    assert model.data(model.index(0, 1)) == "Update"
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    assert blocker.args == [1]
    assert count(store) == 2


def test_problems_are_listed_and_copyable(
    qtbot: QtBot,
    qtmodeltester: Any,
    store: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
) -> None:
    path = registry(
        tmp_path / "bad.xlsx",
        [good("R1"), good("R2", "31.02.2024"), good("R3", object_type="NOPE"), good("R1")],
    )
    dialog = open_dialog(qtbot, store, runner, settings)

    assert check_by_keyboard(qtbot, dialog, path) is False

    assert "3 problem(s)" in dialog.message_label.text()
    model = dialog.table.model()
    assert isinstance(model, ProblemTableModel)
    qtmodeltester.check(model)
    rows = [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]
    assert rows == [
        [
            "3",
            "passport_date",
            "«31.02.2024» is not a date: write dd.mm.yyyy (01.04.2026) or use an Excel date.",
        ],
        ["4", "object_type", "Unknown code NOPE: choose a value from the list."],
        ["5", "object_ref", "The reference R1 is already used in row 2."],
    ]
    assert not dialog.import_button.isEnabled()
    assert dialog.focusWidget() is dialog.table

    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Row\tColumn\tProblem"
    assert copied[1].startswith("3\tpassport_date\t«31.02.2024» is not a date")
    assert len(copied) == 2  # the selected row
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
    assert len(QGuiApplication.clipboard().text().splitlines()) == 4
    assert count(store) == 0


def test_text_file_renamed_to_xlsx_is_explained(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, tmp_path: Path
) -> None:
    path = tmp_path / "registry.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    dialog = open_dialog(qtbot, store, runner, settings)

    assert check_by_keyboard(qtbot, dialog, path) is False

    model = dialog.table.model()
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == ""
    assert model.data(model.index(0, 2)).startswith("This is not an Excel workbook (.xlsx).")


def test_empty_path_marks_the_field(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings
) -> None:
    dialog = open_dialog(qtbot, store, runner, settings)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert "Choose the registry file first." in dialog.message_label.text()
    assert dialog.focusWidget() is dialog.path_edit
    assert not dialog.is_running()


def test_browse_remembers_the_folder(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "registers"
    folder.mkdir()
    path = registry(folder / "reg.xlsx", [good("R1")])
    asked: list[str] = []

    def fake_open(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    settings.set("ui/last_folder", str(tmp_path))
    dialog = open_dialog(qtbot, store, runner, settings)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.browse_button

    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT):
        qtbot.keyClick(dialog.browse_button, Qt.Key.Key_Space)

    assert asked == [str(tmp_path)]
    assert dialog.path_edit.text() == str(path)
    assert settings.last_folder == str(folder)
    assert dialog.import_button.isEnabled()


def test_cancel_a_running_check(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dialog_module, "preview_registry", endless)
    dialog = open_dialog(qtbot, store, runner, settings)
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "any.xlsx"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.progress_bar.maximum() == 100, timeout=TIMEOUT)
    assert dialog.is_running()
    assert dialog.focusWidget() is dialog.cancel_button

    with qtbot.waitSignal(dialog.stopped, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Space)

    assert blocker.args == ["cancelled"]
    assert "Cancelled: nothing was imported." in dialog.message_label.text()
    assert not dialog.is_running() and dialog.check_button.isEnabled()


def test_escape_during_a_job_cancels_then_closes(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dialog_module, "preview_registry", endless)
    dialog = open_dialog(qtbot, store, runner, settings)
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "any.xlsx"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.progress_bar.maximum() == 100, timeout=TIMEOUT)

    with qtbot.waitSignal(dialog.stopped, timeout=TIMEOUT):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible()


def test_problem_texts_for_every_code() -> None:
    assert problem_text(Problem(1, "kato", "missing_column")).startswith("This column is missing")
    assert problem_text(Problem(2, "kato", "kato_outside_office", {"office": "113200000"})) == (
        "This settlement is outside the office's territory (113200000)."
    )
    assert "01.03.2024" in problem_text(
        Problem(2, "passport_date", "passport_before_current", {"current": date(2024, 3, 1)})
    )
    assert "20.12.2026" in problem_text(
        Problem(2, "passport_date", "date_in_future", {"value": date(2026, 12, 20)})
    )
    assert problem_text(Problem(None, None, "brand_new")) == "Invalid value (brand_new)."


# -- template -----------------------------------------------------------------------------------


def test_save_template(
    qtbot: QtBot, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    target = tmp_path / "out" / "template"  # no suffix typed: .xlsx is added
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))

    path = save_template_interactively(window, settings)

    assert path == target.with_name("template.xlsx")
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws["A1"].value == "object_ref"
    assert settings.last_folder == str(target.parent)
    assert str(path) in window.statusBar().currentMessage()


def test_save_template_cancelled(
    qtbot: QtBot, settings: UiSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: ("", "")))
    assert save_template_interactively(None, settings) is None


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (PermissionError(13, "Permission denied"), "open in another program (Excel?)"),
        (OSError(28, "No space left on device"), "No space left on device"),
    ],
)
def test_save_template_errors_become_messages(
    qtbot: QtBot,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    expected: str,
) -> None:
    def fail(_path: Path) -> None:
        raise error

    shown: list[str] = []
    monkeypatch.setattr(registry_template, "write_template", fail)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *_a: (str(tmp_path / "t.xlsx"), "")),
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: shown.append(text))
    )

    assert save_template_interactively(None, settings) is None

    assert len(shown) == 1 and expected in shown[0]
    assert str(tmp_path / "t.xlsx") in shown[0]
