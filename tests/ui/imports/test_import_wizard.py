"""File > Import register...: an office's own register through the import wizard (issue 15).

Real workbooks written by openpyxl: a Russian-header register with a title above the table goes
through every page (one value fixed in a drop-down), its profile is saved, the objects are
written and the A1 figures equal the register's hand-counted values; the next file of the same
layout picks the saved profile by itself; Cancel writes nothing; a bad row is worded and keeps
Import disabled.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from exporters.registry_read import RegistryRejected
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.reference.import_profiles import stored_profiles
from models.reporting.figures import compute_a1
from models.reporting.periods import parse_period
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.imports.registry_files import endless
from tests.ui.test_hostile_files_gui import KK_BOMB, KK_FAR_CELLS, kazakh  # noqa: F401
from ui.imports.grid import SheetGridModel
from ui.imports.texts import failure_text
from ui.imports.wizard import (
    PAGE_COLUMNS,
    PAGE_FILE,
    PAGE_IMPORT,
    PAGE_PREVIEW,
    PAGE_SAVE,
    PAGE_VALUES,
    ProfileImportWizard,
)
from ui.settings import UiSettings
from ui.workers import Cancelled, JobRunner

TIMEOUT = 30_000
HEADERS = [
    "№ п/п",
    "Наименование объекта",
    "Адрес",
    "КАТО",
    "Тип объекта",
    "Подлежит паспортизации",
    "Дата паспортизации",
    "Статус доступности",
    "Требует адаптации",
    "Дата адаптации",
    "Примечание",
]
KATO = 113220100  # a number, as registers store it
#: Five objects: 4 subject to passportization, 3 passported, 2 requiring adaptation, 1 adapted.
ROWS: list[list[Any]] = [
    [
        1,
        "Школа №1",
        "ул. Абая, 1",
        KATO,
        "Школа",
        "да",
        "12.03.2016 г.",
        "ДЧ-И (К, О)",
        "да",
        None,
        "пандус",
    ],
    [
        2,
        "Детский сад «Балапан»",
        "ул. Абая, 5",
        KATO,
        "Детский сад",
        "да",
        datetime(2020, 5, 1),
        "ДП-В",
        "нет",
        None,
        None,
    ],
    [3, "Аптека №5", "ул. Ленина, 3", KATO, "Аптека", "нет", None, None, "нет", None, None],
    [4, "ЦОН", "ул. Абая, 10", KATO, "ЦОН", "да", "01.02.2019", "ВНД", "да", "01.06.2021 г.", None],
    [
        5,
        "Ветеринарная станция",
        "ул. Садовая, 2",
        KATO,
        "Ветстанция",
        "да",
        None,
        None,
        "нет",
        None,
        None,
    ],
]


def register(path: Path, rows: list[list[Any]], title: str = "Реестр объектов") -> Path:
    """Write a register as offices keep it: a title and a date above the header on row 4."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Реестр"
    ws.append([title])
    ws.append(["по состоянию на 01.11.2026"])
    ws.append([])
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    ws.append([None, "Итого", None, None, None, len(rows)])
    wb.save(path)
    return path


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def open_wizard(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, target: str = "objects"
) -> ProfileImportWizard:
    wizard = ProfileImportWizard(
        store, "admin", runner, target=target, today=lambda: TODAY, settings=settings
    )
    qtbot.addWidget(wizard)
    wizard.show()
    assert QTest.qWaitForWindowExposed(wizard)
    return wizard


def press_enter(qtbot: QtBot, wizard: ProfileImportWizard) -> None:
    """Enter where the focus is: the wizard's default button (Next, or Import)."""
    widget = wizard.focusWidget() or wizard
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def read_file(qtbot: QtBot, wizard: ProfileImportWizard, path: Path) -> None:
    """Type the path and press Enter: the file is read and the page stays for the header."""
    page = wizard.file_page
    assert wizard.focusWidget() is page.path_edit
    qtbot.keyClicks(page.path_edit, str(path))
    press_enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.sheets is not None and not page.is_running(), timeout=TIMEOUT)
    assert wizard.currentId() == PAGE_FILE


def go_to(qtbot: QtBot, wizard: ProfileImportWizard, page_id: int) -> None:
    """Press Enter (Next) and wait for ``page_id`` and its job."""
    press_enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == page_id, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not wizard.is_running(), timeout=TIMEOUT)


def object_count(store: Store) -> int:
    return ObjectRepository(store).count(ObjectFilter())


def a1_counts(store: Store) -> tuple[int, ...]:
    rows = compute_a1(store, parse_period("2026"))
    return tuple(sum(r.counts[i] for r in rows) for i in range(5))


def first_import(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, path: Path
) -> ProfileImportWizard:
    wizard = open_wizard(qtbot, store, runner, settings)
    read_file(qtbot, wizard, path)
    page = wizard.file_page
    # The title rows are skipped: the header is found on row 4 and highlighted there.
    assert page.header_spin.value() == 4
    grid = page.grid.model()
    assert isinstance(grid, SheetGridModel)
    assert grid.header_row == 4
    assert grid.data(grid.index(3, 1), Qt.ItemDataRole.FontRole).bold()
    assert grid.data(grid.index(0, 1), Qt.ItemDataRole.FontRole) is None
    assert page.profile_label.text() == ""  # nothing saved yet

    go_to(qtbot, wizard, PAGE_COLUMNS)
    columns = wizard.columns_page
    assert columns.combo_for("Наименование объекта").currentData() == "name"
    assert columns.combo_for("КАТО").currentData() == "kato"
    assert columns.combo_for("Статус доступности").currentData() == "status_display"
    assert columns.combo_for("Примечание").currentData() == ""  # not imported
    assert columns.isComplete()

    go_to(qtbot, wizard, PAGE_VALUES)
    values = wizard.values_page
    assert values.unmatched()[0] == ("object_type", "Ветстанция")  # unmatched first
    assert values.combo_for("object_type", "Школа").currentData() == "EDU_SCHOOL"
    assert values.combo_for("object_type", "ЦОН").currentData() == "GOV_PSC"
    combo = values.combo_for("object_type", "Ветстанция")
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("OTHER"))
    assert ("object_type", "Ветстанция") not in values.unmatched()

    go_to(qtbot, wizard, PAGE_SAVE)
    save = wizard.save_page
    save.name_edit.selectAll()
    qtbot.keyClicks(save.name_edit, "Akkol register 2025")
    go_to(qtbot, wizard, PAGE_PREVIEW)
    saved = stored_profiles(store, "objects")
    assert [p.name for p in saved] == ["Akkol register 2025"]
    assert saved[0].body["values"]["object_type"]["ветстанция"] == "OTHER"
    return wizard


def test_a_russian_register_goes_through_the_wizard_and_the_figures_match(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, tmp_path: Path
) -> None:
    path = register(tmp_path / "akkol.xlsx", ROWS)
    wizard = first_import(qtbot, store, runner, settings, path)
    preview = wizard.preview_page
    assert preview.ok(), preview.summary_label.text()
    assert "5" in preview.summary_label.text()
    assert object_count(store) == 0  # the preview writes nothing
    button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isVisible() and button.isEnabled()

    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as blocker:
        go_to(qtbot, wizard, PAGE_IMPORT)
    result = blocker.args[0]
    assert (result.added, result.updated) == (5, 0)
    assert "5" in wizard.import_page.result_label.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert object_count(store) == 5
    # Hand-counted: 5 objects, 4 subject, 3 passported, 2 requiring adaptation, 1 adapted.
    assert a1_counts(store) == (5, 4, 3, 2, 1)


def test_the_next_file_of_the_same_layout_picks_the_saved_profile(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, tmp_path: Path
) -> None:
    first = first_import(qtbot, store, runner, settings, register(tmp_path / "a.xlsx", ROWS))
    first.close()
    # Next year's file: another title, one more object, the same headers.
    more = [
        *ROWS,
        [6, "Библиотека", "ул. Абая, 7", KATO, "Ветстанция", "нет", None, None, "нет", None, None],
    ]
    path = register(tmp_path / "b.xlsx", more, title="Реестр 2026 года")
    wizard = open_wizard(qtbot, store, runner, settings)
    read_file(qtbot, wizard, path)
    assert wizard.file_page.header_spin.value() == 4
    assert "Akkol register 2025" in wizard.file_page.profile_label.text()
    go_to(qtbot, wizard, PAGE_COLUMNS)
    go_to(qtbot, wizard, PAGE_VALUES)
    # The value fixed last time is taken from the saved profile.
    assert wizard.values_page.combo_for("object_type", "Ветстанция").currentData() == "OTHER"
    assert wizard.values_page.unmatched() == []
    go_to(qtbot, wizard, PAGE_SAVE)
    assert wizard.save_page.name_edit.text() == "Akkol register 2025"
    go_to(qtbot, wizard, PAGE_PREVIEW)
    assert wizard.preview_page.ok(), wizard.preview_page.summary_label.text()
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as blocker:
        go_to(qtbot, wizard, PAGE_IMPORT)
    assert (blocker.args[0].added, blocker.args[0].updated) == (6, 0)
    assert [p.name for p in stored_profiles(store, "objects")] == ["Akkol register 2025"]


def test_a_bad_row_is_worded_and_import_stays_disabled(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, tmp_path: Path
) -> None:
    bad = [list(r) for r in ROWS]
    bad[1][6] = "31.02.2020"  # no such day: Excel row 6
    wizard = first_import(qtbot, store, runner, settings, register(tmp_path / "bad.xlsx", bad))
    page = wizard.preview_page
    assert not page.ok()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    model = page.problems.model()
    assert model is not None
    rows = [
        [str(model.data(model.index(r, c)) or "") for c in range(3)]
        for r in range(model.rowCount())
    ]
    assert rows[0][:2] == ["6", "Дата паспортизации"]  # the column as the file heads it
    assert "31.02.2020" in rows[0][2]  # worded, not a code
    assert "bad_date" not in rows[0][2]
    press_enter(qtbot, wizard)
    assert wizard.currentId() == PAGE_PREVIEW
    assert object_count(store) == 0


def test_cancel_writes_nothing(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = first_import(qtbot, store, runner, settings, register(tmp_path / "c.xlsx", ROWS))
    assert wizard.preview_page.ok()
    monkeypatch.setattr(wizard.backend, "import_", endless)
    press_enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_IMPORT, timeout=TIMEOUT)
    page = wizard.import_page
    assert page.is_running()
    assert wizard.focusWidget() is page.cancel_button
    with qtbot.waitSignal(wizard.stopped, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(page.cancel_button, Qt.Key.Key_Space)
    assert blocker.args == ["cancelled"]
    assert page.result_label.text() == failure_text(Cancelled())
    assert object_count(store) == 0
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()


def test_a_file_in_our_template_goes_straight_to_the_preview(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, tmp_path: Path
) -> None:
    from tests.ui.imports.registry_files import good, registry

    path = registry(tmp_path / "template.xlsx", [good("R1"), good("R2")])
    wizard = open_wizard(qtbot, store, runner, settings)
    read_file(qtbot, wizard, path)
    assert wizard.template
    go_to(qtbot, wizard, PAGE_PREVIEW)
    assert wizard.preview_page.ok(), wizard.preview_page.summary_label.text()
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT):
        go_to(qtbot, wizard, PAGE_IMPORT)
    assert object_count(store) == 2
    assert stored_profiles(store) == []


def test_a_file_that_is_not_a_workbook_is_refused_in_words(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, tmp_path: Path
) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    wizard = open_wizard(qtbot, store, runner, settings)
    page = wizard.file_page
    qtbot.keyClicks(page.path_edit, str(path))
    press_enter(qtbot, wizard)
    qtbot.waitUntil(lambda: not page.is_running() and page.path_edit.isEnabled(), timeout=TIMEOUT)
    assert wizard.currentId() == PAGE_FILE
    assert wizard.sheets is None
    text = page.message_label.text()
    assert text.startswith(failure_text(RegistryRejected([])).split(":")[0])
    assert "not_xlsx" not in text and "workbook_" not in text  # worded, not a code
    assert wizard.focusWidget() is page.path_edit
    assert object_count(store) == 0


def test_save_to_file_writes_the_profile_for_the_command_line(
    qtbot: QtBot,
    store: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from exporters.import_profile import load_profile

    target = tmp_path / "akkol-profile"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    wizard = open_wizard(qtbot, store, runner, settings)
    read_file(qtbot, wizard, register(tmp_path / "akkol.xlsx", ROWS))
    go_to(qtbot, wizard, PAGE_COLUMNS)
    go_to(qtbot, wizard, PAGE_VALUES)
    go_to(qtbot, wizard, PAGE_SAVE)
    save = wizard.save_page
    qtbot.keyClicks(save.name_edit, "Akkol")
    qtbot.mouseClick(save.file_button, Qt.MouseButton.LeftButton)
    profile = load_profile(tmp_path / "akkol-profile.json")
    assert (profile.name, profile.sheet, profile.header_row) == ("Akkol", "Реестр", 4)
    assert profile.columns["name"] == "Наименование объекта"
    assert profile.values["object_type"]["школа"] == "EDU_SCHOOL"
    assert stored_profiles(store) == []  # saved in the store only on Next


@pytest.mark.usefixtures("kazakh")
def test_hostile_workbooks_are_refused_in_kazakh_on_the_first_page(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, tmp_path: Path
) -> None:
    from tests.exporters.test_registry_import import good_rows, write
    from tests.faults.hostile import registry_xlsx, rewrite, sheet_xml

    far = registry_xlsx(
        tmp_path / "far.xlsx", sheet_xml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    )
    bomb = write(tmp_path / "bomb.xlsx", good_rows())
    rewrite(bomb, add={"xl/media/pad.bin": bytes(8 * 2**20)})
    wizard = open_wizard(qtbot, store, runner, settings)
    page = wizard.file_page
    for path, text in ((far, KK_FAR_CELLS), (bomb, KK_BOMB)):
        page.path_edit.setFocus()
        page.path_edit.clear()
        qtbot.keyClicks(page.path_edit, str(path))
        press_enter(qtbot, wizard)
        qtbot.waitUntil(lambda: page.path_edit.isEnabled(), timeout=TIMEOUT)
        assert wizard.currentId() == PAGE_FILE and wizard.sheets is None
        assert text in page.message_label.text(), page.message_label.text()
        assert object_count(store) == 0
    # Still usable: a genuine register is read next.
    page.path_edit.setFocus()
    page.path_edit.clear()
    read_file(qtbot, wizard, register(tmp_path / "akkol.xlsx", ROWS))
    assert page.header_spin.value() == 4
