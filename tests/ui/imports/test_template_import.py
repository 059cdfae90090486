"""File > Import register... with a file in Qoldau's template (reporting.md §3), by keyboard.

The template path of the import wizard does what the old registry import dialog did: the check
in a worker with progress, the first rows as they will be imported, every problem by row and
column in words (copied to the clipboard), the warnings before and after, the import
all-or-nothing with cancel, the summary in words, and the empty template saved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from exporters import registry_template
from exporters.registry_import import COLUMNS, Problem, import_rows, preview_registry
from models.reporting.periods import parse_period
from models.reporting.quality import EXCLUSION_INCOMPLETE, quality_checks
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.imports.registry_files import (  # noqa: F401 (fixtures)
    TIMEOUT,
    check_by_keyboard,
    endless,
    good,
    object_count,
    open_wizard,
    press_enter,
    read_by_keyboard,
    registry,
    runner,
    settings,
    type_path,
)
from ui.imports.registry_problems import PreviewTableModel, ProblemTableModel, problem_text
from ui.imports.template_file import save_template_interactively
from ui.imports.wizard import PAGE_FILE, PAGE_IMPORT, PAGE_PREVIEW, ProfileImportWizard
from ui.settings import UiSettings
from ui.workers import JobRunner

NO_PASSPORT = {f"status_{c}": None for c in "KOSGU"} | {"requires_adaptation": 0}


def import_by_keyboard(qtbot: QtBot, wizard: ProfileImportWizard) -> Any:
    """Press Space on the focused Import button; return the import's result."""
    button = wizard.button(QWizard.WizardButton.CommitButton)
    assert wizard.focusWidget() is button
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert wizard.currentId() == PAGE_IMPORT
    return blocker.args[0]


def test_check_preview_and_import_by_keyboard(
    qtbot: QtBot,
    qtmodeltester: Any,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = registry(
        tmp_path / "reg.xlsx", [good("R1"), good("R2"), good("R3", None, **NO_PASSPORT)]
    )
    wizard = open_wizard(qtbot, store, runner, settings)
    assert wizard.focusWidget() is wizard.file_page.path_edit

    assert check_by_keyboard(qtbot, wizard, path) is True

    page = wizard.preview_page
    text = page.summary_label.text()
    assert "3 objects" in text and "adds 3 new objects" in text, text
    assert "2 passports are added and 0 corrected" in text, text
    model = page.rows_table.model()
    assert isinstance(model, PreviewTableModel)
    qtmodeltester.check(model)
    assert page.rows_label.text() == "&Rows (the first 3 of 3):"
    assert model.rowCount() == 3
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[:6] == [
        "2",
        "New",
        "R1",
        "113220100",
        "Мектеп R1",
        "жалпы білім беретін мектеп",
    ]  # kk labels (no English one in the code list)
    assert first[6:12] == ["01.03.2024", "DP_I", "DP_I", "DCH_I", "DU", "VND"]
    assert first[12:] == ["Yes", ""]
    third = [model.data(model.index(2, c)) for c in range(model.columnCount())]
    assert third[6:] == ["", "", "", "", "", "", "", ""]  # no passport: nothing to adapt
    assert not page.problems.isVisibleTo(wizard)
    assert object_count(store) == 0  # the check writes nothing

    result = import_by_keyboard(qtbot, wizard)

    assert (result.added, result.updated, result.passports_added) == (3, 0, 2)
    assert object_count(store) == 3
    done = wizard.import_page
    assert done.result_label.text() == (
        "Imported: 3 new objects, 0 updated, 0 unchanged; 2 passports added."
    )
    assert done.progress_bar.value() == done.progress_bar.maximum()
    assert not done.warnings_table.isVisibleTo(wizard)
    # No second import of the same preview: the import page cannot go back.
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.keyClick(finish, Qt.Key.Key_Space)
    assert not wizard.isVisible()


def test_reimport_shows_updates_and_never_duplicates(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    first = registry(tmp_path / "a.xlsx", [good("R1"), good("R2")])
    wizard = open_wizard(qtbot, store, runner, settings)
    assert check_by_keyboard(qtbot, wizard, first)
    import_by_keyboard(qtbot, wizard)
    wizard.close()
    # The same objects next year: R1 re-passported, R2 as it was.
    later = registry(tmp_path / "b.xlsx", [good("R1", "2026-10-01"), good("R2")])
    wizard = open_wizard(qtbot, store, runner, settings)

    assert check_by_keyboard(qtbot, wizard, later)

    page = wizard.preview_page
    text = page.summary_label.text()
    assert "adds 0 new objects, updates 1 and leaves 1 unchanged" in text, text
    assert "1 passports are added and 0 corrected" in text, text
    model = page.rows_table.model()
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["Update", "Update"]
    result = import_by_keyboard(qtbot, wizard)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 1)
    assert object_count(store) == 2


def test_problems_are_listed_in_words_and_copyable(
    qtbot: QtBot,
    qtmodeltester: Any,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = registry(
        tmp_path / "bad.xlsx",
        [good("R1"), good("R2", "31.02.2024"), good("R3", object_type="NOPE"), good("R1")],
    )
    wizard = open_wizard(qtbot, store, runner, settings)

    assert check_by_keyboard(qtbot, wizard, path) is False

    page = wizard.preview_page
    assert "3 problem(s)" in page.summary_label.text()
    model = page.problems.model()
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
    assert page.problems_label.text() == "&Problems:"
    assert not page.rows_table.isVisibleTo(wizard)
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert wizard.focusWidget() is page.problems

    qtbot.keyClick(page.problems, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Row\tColumn\tProblem"
    assert copied[1].startswith("3\tpassport_date\t«31.02.2024» is not a date")
    assert len(copied) == 2  # the selected row
    assert page.copy_button.isVisibleTo(wizard)
    qtbot.keyClick(page.copy_button, Qt.Key.Key_Space)
    assert len(QGuiApplication.clipboard().text().splitlines()) == 4
    press_enter(qtbot, wizard)  # Enter imports nothing
    assert wizard.currentId() == PAGE_PREVIEW
    assert object_count(store) == 0


def test_text_file_renamed_to_xlsx_is_explained(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "registry.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    wizard = open_wizard(qtbot, store, runner, settings)

    read_by_keyboard(qtbot, wizard, path)

    page = wizard.file_page
    assert wizard.sheets is None
    assert "This is not an Excel workbook (.xlsx)." in page.message_label.text()
    assert wizard.focusWidget() is page.path_edit
    assert object_count(store) == 0


def test_an_empty_path_goes_nowhere(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
) -> None:
    wizard = open_wizard(qtbot, store, runner, settings)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_FILE
    assert not wizard.is_running()
    qtbot.keyClicks(wizard.file_page.path_edit, "reg.xlsx")
    assert next_button.isEnabled()


def test_browse_remembers_the_folder(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
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
    wizard = open_wizard(qtbot, store, runner, settings)
    page = wizard.file_page
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.browse_button

    qtbot.keyClick(page.browse_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.sheets is not None and not page.is_running(), timeout=TIMEOUT)

    assert asked == [str(tmp_path)]
    assert page.path_edit.text() == str(path)
    assert settings.last_folder == str(folder)
    assert wizard.template
    with qtbot.waitSignal(wizard.previewed, timeout=TIMEOUT):
        press_enter(qtbot, wizard)
    assert wizard.preview_page.ok()


def test_back_during_the_check_stops_it_and_a_new_check_runs(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = registry(tmp_path / "reg.xlsx", [good("R1")])
    wizard = open_wizard(qtbot, store, runner, settings)
    read_by_keyboard(qtbot, wizard, path)
    real_preview = wizard.backend.preview
    monkeypatch.setattr(wizard.backend, "preview", endless)
    press_enter(qtbot, wizard)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.progress_bar.maximum() == 100, timeout=TIMEOUT)
    assert page.is_running() and page.progress_bar.isVisibleTo(wizard)
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    qtbot.keyClick(wizard.button(QWizard.WizardButton.BackButton), Qt.Key.Key_Space)

    assert wizard.currentId() == PAGE_FILE
    assert not wizard.is_running()
    monkeypatch.setattr(wizard.backend, "preview", real_preview)
    with qtbot.waitSignal(wizard.previewed, timeout=TIMEOUT):
        press_enter(qtbot, wizard)
    assert page.ok()
    assert object_count(store) == 0


def test_cancel_during_the_import_writes_nothing(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = registry(tmp_path / "reg.xlsx", [good("R1"), good("R2")])
    wizard = open_wizard(qtbot, store, runner, settings)
    assert check_by_keyboard(qtbot, wizard, path)
    monkeypatch.setattr(wizard.backend, "import_", endless)
    press_enter(qtbot, wizard)
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.progress_bar.maximum() == 100, timeout=TIMEOUT)
    assert wizard.focusWidget() is page.cancel_button

    with qtbot.waitSignal(wizard.stopped, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(page.cancel_button, Qt.Key.Key_Space)

    assert blocker.args == ["cancelled"]
    assert page.result_label.text() == "Cancelled: nothing was imported."
    assert wizard.isVisible() and not wizard.is_running()
    assert object_count(store) == 0


def test_escape_during_the_import_cancels_then_closes(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = registry(tmp_path / "reg.xlsx", [good("R1")])
    wizard = open_wizard(qtbot, store, runner, settings)
    assert check_by_keyboard(qtbot, wizard, path)
    monkeypatch.setattr(wizard.backend, "import_", endless)
    press_enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.import_page.progress_bar.maximum() == 100, timeout=TIMEOUT)

    with qtbot.waitSignal(wizard.stopped, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)

    assert blocker.args == ["cancelled"]
    assert not wizard.isVisible()
    assert object_count(store) == 0


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


# -- warnings: rows imported all the same -------------------------------------------------------

COLUMNS_X = (*COLUMNS, "exclusion_reason", "exclusion_date")


def excluded(ref: str, reason: str | None, when: str | None) -> list[Any]:
    row = good(ref, None, subject_to_passportization=0, **NO_PASSPORT)
    return [*row, reason, when]


def test_preview_and_result_list_exclusions_without_reason_or_date(
    qtbot: QtBot,
    qtmodeltester: Any,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = registry(
        tmp_path / "reg.xlsx",
        [
            [*good("R1"), None, None],
            excluded("R2", None, None),
            excluded("R3", "жабылды", "01.02.2020"),
            excluded("R4", "жабылды", None),
        ],
        COLUMNS_X,
    )
    wizard = open_wizard(qtbot, store, runner, settings)

    assert check_by_keyboard(qtbot, wizard, path)

    page = wizard.preview_page
    sentence = "2 objects not subject to passportization have no exclusion reason or date"
    assert sentence in page.summary_label.text()
    assert page.problems_label.text() == "&Warnings (these rows are imported all the same):"
    model = page.problems.model()
    assert isinstance(model, ProblemTableModel)
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["3", "5"]
    assert "exclusion reason or date is missing" in model.data(model.index(0, 2))
    assert page.rows_table.model().rowCount() == 4

    import_by_keyboard(qtbot, wizard)

    done = wizard.import_page
    assert sentence in done.result_label.text()
    assert done.warnings_table.isVisibleTo(wizard)
    after = done.warnings_table.model()
    assert [after.data(after.index(r, 0)) for r in range(after.rowCount())] == ["3", "5"]
    assert object_count(store) == 4
    found = {i.code: i.count for i in quality_checks(store, parse_period("2025"), TODAY)}
    assert found[EXCLUSION_INCOMPLETE] == 2


# -- the empty template ---------------------------------------------------------------------


def test_save_template(
    qtbot: QtBot,
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
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


def test_the_first_page_saves_the_empty_template_and_reads_it_back(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "blank.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    wizard = open_wizard(qtbot, store, runner, settings)
    page = wizard.file_page
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.template_button

    qtbot.keyClick(page.template_button, Qt.Key.Key_Space)

    assert page.message_label.text() == f"Registry template saved: {target}"
    assert openpyxl.load_workbook(target).worksheets[0]["A1"].value == "object_ref"
    # The empty template is ours but holds no object: refused in words, nothing imported.
    assert check_by_keyboard(qtbot, wizard, target) is False
    text = wizard.preview_page.summary_label.text() + " ".join(
        str(m.data(m.index(r, 2)))
        for m in [wizard.preview_page.problems.model()]
        for r in range(m.rowCount())
    )
    assert "The file holds no objects: they start in row 2." in text, text
    assert object_count(store) == 0


def test_save_template_cancelled(
    qtbot: QtBot,
    settings: UiSettings,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
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
    settings: UiSettings,  # noqa: F811
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


def test_a_store_changed_since_the_check_refuses_the_import_in_words(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,  # noqa: F811
    settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    older = registry(tmp_path / "older.xlsx", [good("R1"), good("R2")])
    wizard = open_wizard(qtbot, store, runner, settings)
    assert check_by_keyboard(qtbot, wizard, older)
    # Meanwhile a colleague imports R1 with a newer passport (another window, same store).
    newer = registry(tmp_path / "newer.xlsx", [good("R1", "01.10.2026")])
    parsed = preview_registry(store, newer, today=TODAY).parsed
    import_rows(store, parsed.rows, user="admin", today=TODAY)
    assert object_count(store) == 1

    with qtbot.waitSignal(wizard.stopped, timeout=TIMEOUT) as blocker:
        press_enter(qtbot, wizard)

    assert blocker.args == ["rejected"]
    text = wizard.import_page.result_label.text()
    assert text.startswith("The import was refused; nothing was changed:"), text
    assert "01.10.2026" in text, text  # the newer passport's date, in words
    assert object_count(store) == 1  # R2 was not added either: all or nothing
