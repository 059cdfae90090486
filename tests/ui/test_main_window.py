"""The main window opens on a store and names the office and the store."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models.db import Store
from ui.main_window import MainWindow
from ui.settings import UiSettings


def test_status_bar_names_office_and_store(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    assert "113200000" in window.office_label.text()
    assert str(store.path) in window.store_label.text()
    assert window.user == "admin"
