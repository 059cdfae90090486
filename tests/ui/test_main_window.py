"""The main window opens on a store and names the office and the store."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models.store.db import Store
from ui.main_window import MainWindow
from ui.settings import UiSettings


def test_status_bar_names_office_and_store(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    assert "113200000" in window.office_label.text()
    assert str(store.path) in window.store_label.text()
    assert window.user == "admin"


def test_work_list_counts_shown_on_main_window(qtbot: QtBot, store: Store) -> None:
    from datetime import date

    from models.cases.dto import SignalDraft
    from models.cases.repository import CaseRepository

    repo = CaseRepository(store)
    ctx = repo.context(date.today())
    repo.open_case(
        SignalDraft(
            signal_date=date.today(), source="MOBILE_GROUP", description="x", worker_login="admin"
        ),
        ctx,
        "admin",
    )
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    # The cases page reads its work lists in a worker; the counts arrive with its signal.
    qtbot.waitUntil(lambda: window.counts_label.text() != "")
    assert window.counts_label.text().startswith("My open cases: 1 ")
    window.runner.wait()
    assert window.nav.count() == 5  # objects, families, cases, dashboard, reporting


def test_alt_digit_switches_pages(qtbot: QtBot, store: Store) -> None:
    from PySide6.QtCore import Qt

    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    # Keys go where a user's keys go: to the focused widget (the objects table).
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.families_page
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.cases_page


def test_open_the_list_of_a_finding(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    window.show_findings("overdue_follow_up")
    assert window.stack.currentWidget() is window.cases_page
    assert window.cases_page.current_list() == 2
    window.show_findings("member_without_iin")
    assert window.stack.currentWidget() is window.families_page
    window.show_findings("subject_without_passport")
    assert window.stack.currentWidget() is window.objects_page
    assert window.objects_page.current_filter().passport_state == "not_passported"
    window.runner.wait()


def test_region_store_can_receive_packages(qtbot: QtBot, tmp_path) -> None:
    from models.reference.dto import OfficeDTO
    from tests.store_templates import new_store

    region = new_store(
        tmp_path / "region.sqlite",
        OfficeDTO("110000000", "region", "Ақмола облысы", "Акмолинская область"),
        "admin",
    )
    window = MainWindow(region, UiSettings())
    qtbot.addWidget(window)
    assert window.receive_action.shortcut().toString() == "Ctrl+R"
    window.runner.wait()
    region.close()


def test_demo_data_refreshes_the_work_lists(qtbot: QtBot, store: Store) -> None:
    from datetime import date

    from models.demo.load import add_demo_data

    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.counts_label.text() != "")
    assert window.counts_label.text().startswith("My open cases: 0 ")
    add_demo_data(store, objects=20, families=50, seed=1, today=date.today(), user="admin")
    window.refresh_all()  # what the demo dialog's loaded signal triggers
    qtbot.waitUntil(lambda: not window.counts_label.text().startswith("My open cases: 0 "))
    window.runner.wait()
