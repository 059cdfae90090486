"""The main window and its pages fit a 1024x768 screen in every language (issue 11); empty
pages say what to do first, with buttons on the window's own actions; the language switch
keeps the page and the selected rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QWidget
from pytestqt.qtbot import QtBot

from models.demo.load import add_demo_data
from models.store.db import Store
from tests.accounts import as_role
from ui import app as app_module
from ui import i18n
from ui.cases.page import CasesPage
from ui.cases.table_model import COL_NUMBER
from ui.families.page import FamiliesPage
from ui.main_window import MainWindow
from ui.objects.page import ObjectsPage
from ui.settings import UiSettings

LANGUAGES = ("kk", "ru", "en")
#: The smallest office screen less the task bar.
MAX_WIDTH, MAX_HEIGHT = 1000, 720


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    """Translators are global: English texts are back after the test."""
    yield
    i18n.install_language(qapp, "en")


def _demo(store: Store) -> None:
    add_demo_data(store, objects=30, families=30, seed=3, today=date.today(), user="admin")


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    return window


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    window.runner.wait()
    qtbot.wait(0)
    window.runner.wait()
    QApplication.processEvents()


def _show_at_smallest(window: MainWindow) -> None:
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.show()
    window.resize(MAX_WIDTH, MAX_HEIGHT)
    QApplication.processEvents()


def _inside(widget: QWidget, window: MainWindow) -> bool:
    """Whether ``widget`` lies wholly within the window (nothing off its right edge)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("with_data", [False, True], ids=["empty", "demo"])
def test_window_and_pages_fit_1024x768(
    qapp: QApplication,
    qtbot: QtBot,
    store: Store,
    english_after: None,
    lang: str,
    with_data: bool,
) -> None:
    i18n.install_language(qapp, lang)
    if with_data:
        _demo(store)
    window = _window(qtbot, store)
    _settle(qtbot, window)
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= MAX_WIDTH and hint.height() <= MAX_HEIGHT, hint
    # Every page fits beside the page list at the smallest size.
    _show_at_smallest(window)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        _settle(qtbot, window)
        page = window.stack.currentWidget()
        need = window.nav.width() + page.minimumSizeHint().width()
        assert need <= MAX_WIDTH, (row, need)
        assert page.width() >= page.minimumSizeHint().width()
    # What the issue saw fall off the right edge is within the window now.
    objects = window.objects_page
    for widget in (objects.count_label, objects.clear_filters_button, objects.filters_box):
        window.nav.setCurrentRow(window.stack.indexOf(objects))
        assert _inside(widget, window), widget
    dashboard = window.dashboard_page
    window.nav.setCurrentRow(window.stack.indexOf(dashboard))
    _settle(qtbot, window)
    for widget in (dashboard.print_button, *dashboard.figure_labels.values()):
        assert widget.isVisible() and _inside(widget, window), widget
    assert _inside(window.store_label, window) and window.store_label.width() > 0
    assert window.store_label.toolTip() == str(store.path)
    window.runner.wait()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_list_shows_its_longest_item_unelided(
    qapp: QApplication, qtbot: QtBot, store: Store, english_after: None, lang: str
) -> None:
    i18n.install_language(qapp, lang)
    window = _window(qtbot, store)
    _settle(qtbot, window)
    assert window.cases_page is not None
    # The badge with three digits, the longest the list reserves room for.
    cases_item = window.nav.item(window.stack.indexOf(window.cases_page))
    cases_item.setText(window.tr("Cases (my overdue: {overdue})").format(overdue=999))
    _show_at_smallest(window)
    window.nav.doItemsLayout()
    metrics = window.nav.fontMetrics()
    style = window.nav.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, window.nav) + 1
    viewport = window.nav.viewport().rect()
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        rect = window.nav.visualItemRect(item)
        # The item's whole text and the style's margins lie within the visible list.
        assert metrics.horizontalAdvance(item.text()) + 2 * margin <= rect.width(), item.text()
        assert viewport.contains(rect), item.text()
    window.runner.wait()


def test_empty_pages_offer_the_first_steps(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def record(what: str) -> object:
        return lambda _self: calls.append(what)

    monkeypatch.setattr(MainWindow, "_on_import_action_triggered", record("import"))
    monkeypatch.setattr(MainWindow, "_on_demo_action_triggered", record("demo"))
    monkeypatch.setattr(ObjectsPage, "_on_new_action_triggered", lambda _s: calls.append("object"))
    monkeypatch.setattr(FamiliesPage, "new_family", lambda _s: calls.append("family"))
    monkeypatch.setattr(CasesPage, "new_case", lambda _s: calls.append("case"))
    window = _window(qtbot, store)
    _settle(qtbot, window)
    objects = window.objects_page
    assert objects.table_stack.shown_state() is objects.empty_state
    buttons = objects.empty_state.visible_buttons()
    assert [b.text() for b in buttons] == [
        "Import the register (Ctrl+I)",
        "Add an object (Ctrl+N)",
        "Load demo data for training",
    ]
    for button in buttons:
        button.click()
    assert calls == ["import", "object", "demo"]
    # The same actions as the menu: the File menu's Import is this very action.
    assert window.import_action in window.menuBar().actions()[0].menu().actions()

    calls.clear()
    families = window.families_page
    assert families is not None
    assert families.table_stack.shown_state() is families.empty_state
    families.empty_state.visible_buttons()[0].click()
    assert calls == ["family"]

    calls.clear()
    cases = window.cases_page
    assert cases is not None
    assert cases.table_stack.shown_state() is cases.empty_state
    [register] = cases.empty_state.visible_buttons()
    assert register.text() == "Register a signal"
    register.click()
    assert calls == ["case"]
    window.runner.wait()


def test_a_viewer_is_offered_no_add_or_import(qtbot: QtBot, store: Store) -> None:
    window = _window(qtbot, as_role(store, "viewer1", "viewer"))
    _settle(qtbot, window)
    objects = window.objects_page
    assert objects.table_stack.shown_state() is objects.empty_state
    assert objects.empty_state.visible_buttons() == []
    assert "editor" in objects.empty_state.text()
    window.account_actions.stop()
    window.runner.wait()


def test_filters_hiding_every_row_offer_to_clear_them(qtbot: QtBot, store: Store) -> None:
    _demo(store)
    window = _window(qtbot, store)
    objects = window.objects_page
    total = objects.model.rowCount()
    assert total > 0 and objects.table_stack.shown_state() is None
    objects.search.setText("no object is called this")
    objects._search_timer.timeout.emit()  # the typing pause, without waiting for it
    assert objects.model.rowCount() == 0
    assert objects.table_stack.shown_state() is objects.no_match_state
    assert objects.no_match_state.text() == "No object matches the filters."
    [clear] = objects.no_match_state.visible_buttons()
    clear.click()
    assert objects.search.text() == ""
    assert objects.model.rowCount() == total
    assert objects.table_stack.shown_state() is None
    window.runner.wait()


def test_case_numbers_are_never_cut(qtbot: QtBot, store: Store) -> None:
    _demo(store)
    window = _window(qtbot, store)
    cases = window.cases_page
    assert cases is not None
    qtbot.waitUntil(lambda: cases.model.rowCount() > 0, timeout=10_000)
    _show_at_smallest(window)
    window.nav.setCurrentRow(window.stack.indexOf(cases))
    _settle(qtbot, window)
    metrics = cases.table.fontMetrics()
    width = cases.table.horizontalHeader().sectionSize(COL_NUMBER)
    for row in range(cases.model.rowCount()):
        number = cases.model.index(row, COL_NUMBER).data()
        assert metrics.horizontalAdvance(number) < width, number
    # Rows of one height, whatever a cell holds.
    heights = {cases.table.rowHeight(r) for r in range(cases.model.rowCount())}
    assert len(heights) == 1
    window.runner.wait()


def test_a_long_owner_name_wraps_in_a_bounded_detail_panel(qtbot: QtBot, store: Store) -> None:
    from dataclasses import replace

    _demo(store)
    window = _window(qtbot, store)
    _show_at_smallest(window)
    objects = window.objects_page
    objects.select_object(objects.model.object_at(0).id)
    _settle(qtbot, window)
    table_width = objects.table_stack.width()
    row = objects.current_row()
    assert row is not None
    long_row = replace(row, owner_name="Жауапкершілігі шектеулі серіктестігі " * 6)
    objects.detail.show_object(long_row)
    _settle(qtbot, window)
    assert objects.detail.width() <= objects.detail.maximumWidth()
    assert objects.table_stack.width() == table_width
    assert objects.detail.owner_label.wordWrap()
    window.runner.wait()


def test_language_switch_keeps_the_page_and_the_rows(
    qapp: QApplication, qtbot: QtBot, store: Store, english_after: None
) -> None:
    _demo(store)
    host = app_module.WindowHost(qapp, store, UiSettings())
    first = host.show()  # closed and deleted by the switch: not the test's to close
    objects = first.objects_page
    object_id = objects.model.object_at(3).id
    assert objects.select_object(object_id)
    families = first.families_page
    assert families is not None and families.model.rowCount() > 2
    person_id = families.model.member_at(2).person_id
    assert families.select_person(person_id)
    cases = first.cases_page
    assert cases is not None
    qtbot.waitUntil(lambda: cases.model.rowCount() > 1, timeout=10_000)
    cases.set_current_list(4)  # all open cases
    cases.table.selectRow(1)
    case_id = cases.current_case_id()
    first.nav.setCurrentRow(first.stack.indexOf(families))
    first.runner.wait()

    first.language_actions["ru"].trigger()
    second = host.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert second.nav.item(0).text() == "Объекты"
    assert second.stack.currentWidget() is second.families_page
    assert second.objects_page.current_object_id() == object_id
    assert second.families_page is not None
    row = second.families_page.current_row()
    assert row is not None and row.person_id == person_id
    assert second.cases_page is not None
    qtbot.waitUntil(lambda: second.cases_page.model.rowCount() > 1, timeout=10_000)
    assert second.cases_page.current_list() == 4
    assert second.cases_page.current_case_id() == case_id
    UiSettings().set("ui/language", "kk")
    second.runner.wait()
    assert second.auto_backups is not None
    second.auto_backups.settle()


def test_empty_state_is_as_wide_as_its_widest_button(qtbot: QtBot) -> None:
    """Its buttons stand one under another: side by side, the three Russian buttons of the
    objects page (765 px in a real window) made the main window wider than a 1024-pixel
    screen, even with the table shown, as a stack is as wide as its widest page."""
    from PySide6.QtGui import QAction

    from ui.widgets.empty_state import EmptyState

    state = EmptyState("Импортируйте реестр объектов или добавьте объект.")
    qtbot.addWidget(state)
    texts = (
        "Импортировать реестр (Ctrl+I)",
        "Добавить объект (Ctrl+N)",
        "Загрузить демонстрационные данные для обучения",
    )
    buttons = [state.add_action(text, QAction(text, state)) for text in texts]
    state.show()
    widths = [b.sizeHint().width() for b in buttons]
    margins = state.layout().contentsMargins()
    assert state.minimumSizeHint().width() <= max(widths) + margins.left() + margins.right()
    # Still in the order given, centred one under another.
    tops = [b.geometry().top() for b in buttons]
    assert tops == sorted(tops) and len(set(tops)) == 3
    centres = {b.geometry().center().x() for b in buttons}
    assert max(centres) - min(centres) <= 1
