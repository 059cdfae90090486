"""Start-up: a store that cannot be opened is explained; a language change rebuilds the window."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from models.store.db import Store
from tools import translations
from ui import app as app_module
from ui import i18n
from ui.settings import UiSettings


@pytest.fixture
def english_after(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Translators are global: whatever a test installs, English texts are back afterwards.

    The current language (which code-list labels follow) and the default locale are restored
    too, else every later test would see Russian labels.
    """
    translations.release()
    monkeypatch.setattr(i18n, "_current", i18n.current_language())
    locale = QLocale()
    yield
    i18n.install_language(qapp, "en")
    QLocale.setDefault(locale)


def _args(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=db, lang=None, no_crash_dialog=True)


def test_foreign_file_is_explained_not_opened(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database", encoding="utf-8")
    assert app_module.open_gui_store(_args(notes)) is None
    assert len(shown) == 1 and "is not a Qoldau store" in shown[0]
    assert notes.read_text(encoding="utf-8") == "not a database"  # untouched


def test_language_change_rebuilds_the_window_in_that_language(
    qapp: QApplication, qtbot: QtBot, store: Store, english_after: None
) -> None:
    host = app_module.WindowHost(qapp, store, UiSettings())
    first = host.show()
    qtbot.addWidget(first)
    assert first.menuBar().actions()[0].text() == "&File"
    first.language_actions["ru"].trigger()
    second = host.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert second.menuBar().actions()[0].text() == "&Файл"
    assert second.nav.item(0).text() == "Объекты"
    assert i18n.current_language() == "ru"
    assert UiSettings().language == "ru"  # remembered for the next start
    UiSettings().set("ui/language", "kk")
    for window in (first, second):
        window.runner.wait()
    # A new language is no exit: the first window closed without an exit backup (issue 8).
    assert not (store.path.parent / "backups").exists()
    assert second.auto_backups is not None
    second.auto_backups.settle()  # nor is the test's own closing of the second one
