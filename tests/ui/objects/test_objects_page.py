"""The objects register page, driven by keyboard (issue 2).

The register is the 650-object store of ``test_object_table_model`` (counts explained there).
The dialogs the page opens are replaced by stand-ins, so these tests do not depend on them.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from models.objects.repository import object_search_key
from models.objects.tables import InfraObject, Passport
from models.store.db import Store
from tests.ui.keys import type_text
from tests.ui.objects.test_object_table_model import N, build_register
from ui.objects import page as objects_page
from ui.objects.page import ObjectsPage
from ui.objects.table_model import COL_NAME
from ui.settings import UiSettings
from ui.workers import JobRunner


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    """UI settings in a file of the test's own."""
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def page(qtbot: QtBot, store: Store, settings: UiSettings) -> Iterator[ObjectsPage]:
    """The page over the 650-object register, shown and active."""
    build_register(store)
    runner = JobRunner()
    widget = ObjectsPage(store, "admin", runner, settings=settings)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    assert QTest.qWaitForWindowExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    yield widget
    runner.wait()


def shown_count(page: ObjectsPage) -> int:
    """Return the number the page shows in "N objects"."""
    return int(page.count_label.text().split()[0])


def select_name(qtbot: QtBot, page: ObjectsPage, text: str) -> None:
    """Search for ``text`` and make the first match current with the keyboard."""
    page.search.setFocus()
    page.search.selectAll()
    type_text(page.search, text)
    qtbot.waitUntil(lambda: page.model.object_filter.text == text)
    page.table.setFocus()
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(0, COL_NAME))


def test_opens_with_the_table_focused_and_the_count(page: ObjectsPage) -> None:
    assert page.table.hasFocus()
    assert shown_count(page) == N
    assert page.model.rowCount() == 200


def test_kazakh_search_is_debounced(qtbot: QtBot, page: ObjectsPage) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    type_text(page.search, "қас")
    # No query per keystroke: nothing changed until the typing pause is over.
    assert page.model.object_filter.text == ""
    assert shown_count(page) == N
    qtbot.waitUntil(lambda: page.model.object_filter.text == "қас")
    assert shown_count(page) == 130
    assert page.model.rowCount() == 130
    assert page.model.object_at(0).name.startswith("Қасым")


def test_latin_i_finds_kazakh_і(qtbot: QtBot, page: ObjectsPage) -> None:
    page.search.setFocus()
    type_text(page.search, "iзгiлiк")
    qtbot.waitUntil(lambda: page.model.object_filter.text == "iзгiлiк")
    assert shown_count(page) == 130


def test_escape_in_the_search_box_clears_it(qtbot: QtBot, page: ObjectsPage) -> None:
    page.search.setFocus()
    type_text(page.search, "емхана")
    qtbot.waitUntil(lambda: shown_count(page) == 130)
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert shown_count(page) == N
    # A second Esc goes back to the table.
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.table.hasFocus()


def test_combos_filter_and_clear_filters_resets(qtbot: QtBot, page: ObjectsPage) -> None:
    page.type_combo.setCurrentIndex(page.type_combo.findData("EDU_SCHOOL"))
    assert shown_count(page) == 217
    assert not page.category_combo.isEnabled()
    page.status_combo.setCurrentIndex(page.status_combo.findData("VND"))
    assert page.category_combo.isEnabled()
    page.category_combo.setCurrentIndex(page.category_combo.findData("K"))
    # EDU_SCHOOL (i % 3 == 0) and К ВНД (i % 4 == 2): i % 12 == 6, i < 650 -> 54.
    assert shown_count(page) == 54
    page.passport_combo.setCurrentIndex(page.passport_combo.findData("excluded"))
    assert shown_count(page) == 0
    page.search.setFocus()
    type_text(page.search, "қас")
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.search.text() == ""
    assert page.type_combo.currentIndex() == 0
    assert page.status_combo.currentIndex() == 0
    assert page.category_combo.currentIndex() == 0
    assert page.passport_combo.currentIndex() == 0
    assert not page.category_combo.isEnabled()
    assert shown_count(page) == N
    assert page.model.rowCount() == 200


def test_needs_adaptation_and_settlement_filters(page: ObjectsPage) -> None:
    page.adaptation_combo.setCurrentIndex(page.adaptation_combo.findData(True))
    assert shown_count(page) == 81
    page.adaptation_combo.setCurrentIndex(0)
    page.settlement_combo.setCurrentIndex(page.settlement_combo.findData("113220100"))
    assert shown_count(page) == 325
    assert page.settlement_combo.currentText() == "113220100 Ақкөл"


def test_actions_follow_the_selection(qtbot: QtBot, page: ObjectsPage) -> None:
    # A filter change resets the model: nothing selected, so only "New" applies.
    page.type_combo.setCurrentIndex(page.type_combo.findData("EDU_SCHOOL"))
    page.type_combo.setCurrentIndex(0)
    assert not page.table.currentIndex().isValid()
    assert page.new_action.isEnabled()
    for action in (
        page.open_action,
        page.passport_action,
        page.reinspect_action,
        page.adaptation_action,
        page.print_action,
    ):
        assert not action.isEnabled()
    # Balabaqsha No 002 (i = 2): passport, requires adaptation, not adapted.
    select_name(qtbot, page, "балабақша №002")
    assert page.detail.title.text() == "Балабақша №002"
    assert all(
        a.isEnabled()
        for a in (page.open_action, page.passport_action, page.reinspect_action)
        + (page.adaptation_action, page.print_action)
    )
    # Izgilik No 001 (i = 1): no passport.
    select_name(qtbot, page, "ізгілік орталығы №001")
    assert page.open_action.isEnabled()
    assert page.passport_action.isEnabled()
    assert not page.reinspect_action.isEnabled()
    assert not page.print_action.isEnabled()
    assert not page.adaptation_action.isEnabled()
    assert page.detail.versions.count() == 1  # "No passport yet"
    # Ayaldama No 004 (i = 4): passport, no adaptation needed.
    select_name(qtbot, page, "аялдама №004")
    assert page.reinspect_action.isEnabled()
    assert not page.adaptation_action.isEnabled()


def fake_dialog(
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    on_exec: Callable[[Any], None] = lambda _d: None,
) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Put a stand-in dialog class in place of the page's ``name``; return the constructor calls."""
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []

    class Fake(QDialog):
        saved = Signal(int)

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__()
            calls.append((args, kwargs))

        def exec(self) -> int:
            on_exec(self)
            return 1

    monkeypatch.setattr(objects_page, name, Fake)
    return calls


def test_new_object_is_selected_after_saving(
    qtbot: QtBot, page: ObjectsPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def save(dialog: Any) -> None:
        now = datetime(2026, 1, 2)
        with store.engine.begin() as conn:
            conn.execute(
                insert(InfraObject),
                [
                    {
                        "id": 1000,
                        "kato": "113220100",
                        "name": "Жаңа мектеп",
                        "object_type": "EDU_SCHOOL",
                        "search_key": object_search_key("Жаңа мектеп", ""),
                        "created_at": now,
                        "updated_at": now,
                    }
                ],
            )
        dialog.saved.emit(1000)

    calls = fake_dialog(monkeypatch, "ObjectDialog", save)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls[0][0] == (page.store, "admin", None, page)
    assert shown_count(page) == N + 1
    assert page.current_row().name == "Жаңа мектеп"
    assert page.table.hasFocus()


def test_enter_opens_the_object(
    qtbot: QtBot, page: ObjectsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = fake_dialog(monkeypatch, "ObjectDialog")
    select_name(qtbot, page, "емхана №003")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert calls == [((page.store, "admin", 4, page), {})]


def test_passport_keys_open_the_current_version_or_a_new_one(
    qtbot: QtBot, page: ObjectsPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def rename(dialog: Any) -> None:
        with store.session() as s:
            s.get_one(Passport, 3).passport_date = date(2026, 5, 6)
        dialog.saved.emit(3)

    calls = fake_dialog(monkeypatch, "PassportDialog", rename)
    select_name(qtbot, page, "балабақша №002")  # object 3, passport 3
    qtbot.keyClick(page.table, Qt.Key.Key_F4)
    assert calls[-1] == ((store, "admin", 3, 3), {"parent": page})
    # Saved: the register reloads and keeps the object selected.
    assert page.current_row().id == 3
    assert page.current_row().passport_date == date(2026, 5, 6)
    qtbot.keyClick(page.table, Qt.Key.Key_F4, Qt.KeyboardModifier.ShiftModifier)
    # Its adaptation is done and no version confirms it: due AFTER_WORKS, the reason preset.
    assert calls[-1] == (
        (store, "admin", 3, None),
        {"base_on": 3, "parent": page, "reinspection_reason": "AFTER_WORKS"},
    )
    select_name(qtbot, page, "ізгілік орталығы №001")  # object 2, no passport
    qtbot.keyClick(page.table, Qt.Key.Key_F4)
    assert calls[-1] == ((store, "admin", 2, None), {"parent": page})


def test_adaptation_and_print_use_the_current_passport(
    qtbot: QtBot, page: ObjectsPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = fake_dialog(monkeypatch, "AdaptationDialog")
    printed: list[tuple[Any, ...]] = []
    monkeypatch.setattr(objects_page, "preview_passport", lambda *args: printed.append(args))
    select_name(qtbot, page, "балабақша №002")
    qtbot.keyClick(page.table, Qt.Key.Key_F6)
    assert calls == [((store, "admin", 3, page), {})]
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [(page, store, 3)]


def test_older_passport_version_opens_read_only(
    qtbot: QtBot, page: ObjectsPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime(2026, 1, 2)
    with store.engine.begin() as conn:
        conn.execute(
            insert(Passport),
            [
                {
                    "id": 2000,
                    "object_id": 1,
                    "version": 2,
                    "passport_date": date(2026, 2, 3),
                    "created_at": now,
                    "updated_at": now,
                }
            ],
        )
    with store.session() as s:
        s.get_one(InfraObject, 1).current_passport_id = 2000
    calls = fake_dialog(monkeypatch, "PassportDialog")
    select_name(qtbot, page, "қасым мектебі №000")  # object 1
    versions = page.detail.versions
    assert [versions.item(i).text() for i in range(versions.count())] == [
        "Version 2 of 03.02.2026 (current)",
        "Version 1 of 01.01.2025",
    ]
    versions.setFocus()
    qtbot.keyClick(versions, Qt.Key.Key_Down)
    qtbot.keyClick(versions, Qt.Key.Key_Return)
    assert calls[-1] == ((store, "admin", 1, 1), {"parent": page, "read_only": True})
    qtbot.keyClick(versions, Qt.Key.Key_Up)
    qtbot.keyClick(versions, Qt.Key.Key_Return)
    assert calls[-1] == ((store, "admin", 1, 2000), {"parent": page})


def test_a_broken_dialog_module_fails_loudly_at_import() -> None:
    """No "not available" fallback hides a broken import: the page itself fails to import."""
    code = (
        "import sys\n"
        "sys.modules['ui.objects.adaptation_dialog'] = None  # the import fails\n"
        "import ui.objects.page\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[3],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "ModuleNotFoundError: import of ui.objects.adaptation_dialog" in done.stderr


def test_header_state_is_remembered(
    qtbot: QtBot, page: ObjectsPage, store: Store, settings: UiSettings
) -> None:
    page.table.horizontalHeader().resizeSection(COL_NAME, 333)
    page.hide()
    again = ObjectsPage(store, "admin", JobRunner(), settings=settings)
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().sectionSize(COL_NAME) == 333


def test_header_click_sorts_in_sql(qtbot: QtBot, page: ObjectsPage) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_NAME) + 10
    # The name column is already the ascending sort column: one click makes it descending.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.descending
    assert page.model.object_at(0).name == "Қасым мектебі №645"


def close_modal_later(seen: list[type]) -> None:
    """Once the next modal dialog runs, note its class and cancel it."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        assert isinstance(dialog, QDialog)
        dialog.reject()

    QTimer.singleShot(0, close)


def test_the_real_dialogs_open_from_the_register(qtbot: QtBot, page: ObjectsPage) -> None:
    from ui.objects.object_dialog import ObjectDialog
    from ui.objects.passport_dialog import PassportDialog

    seen: list[type] = []
    select_name(qtbot, page, "балабақша №002")
    close_modal_later(seen)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    close_modal_later(seen)
    qtbot.keyClick(page.table, Qt.Key.Key_F4)
    assert seen == [ObjectDialog, PassportDialog]
    page.activateWindow()
    qtbot.waitUntil(page.table.hasFocus)  # the focus went back to the table
