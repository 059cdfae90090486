"""Stores the account tests log in to: a real encrypted store file with its key file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from models.setup import unlock_store
from models.store.db import Store
from tests.accounts import TEST_PASSWORD
from tests.conftest import DISTRICT
from tests.store_templates import new_store_file


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    """A closed district store with the administrator ``admin`` (``TEST_PASSWORD``)."""
    return new_store_file(tmp_path / "store.sqlite", DISTRICT, "admin")


@pytest.fixture
def admin_store(store_file: Path) -> Iterator[Store]:
    """The store logged in as its administrator, as the login dialog leaves it."""
    store = unlock_store(store_file, "admin", TEST_PASSWORD)
    yield store
    store.close()


def on_modal(action: Callable[[QWidget], None], tries: int = 200) -> None:
    """Run ``action`` on the next modal dialog once it shows (a dialog run with exec() blocks
    the test until it closes, so the test schedules what the user does in it first)."""

    def poll(left: int) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            action(modal)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
