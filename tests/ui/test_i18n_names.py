"""The interface language decides which name of an office or a settlement is shown (issue 11)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from models.reference.dto import OfficeDTO
from ui import i18n
from ui.i18n import local_name, local_name_of

AKKOL = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")


@pytest.fixture
def language(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Let a test install a language; English is back afterwards."""
    monkeypatch.setattr(i18n, "_current", i18n.current_language())
    locale = QLocale()
    yield
    i18n.install_language(qapp, "en")
    QLocale.setDefault(locale)


def test_local_name_follows_the_language() -> None:
    assert local_name_of(AKKOL, "kk") == "Ақкөл ауданы"
    assert local_name_of(AKKOL, "ru") == "Аккольский район"
    # Offices have no English name: English shows the Russian one.
    assert local_name_of(AKKOL, "en") == "Аккольский район"
    # An empty name falls back to the other.
    assert local_name("", "Аккольский район", "kk") == "Аккольский район"
    assert local_name("Ақкөл ауданы", "", "ru") == "Ақкөл ауданы"


def test_local_name_defaults_to_the_interface_language(
    qapp: QApplication, language: object
) -> None:
    i18n.install_language(qapp, "ru")
    assert local_name_of(AKKOL) == "Аккольский район"
    i18n.install_language(qapp, "kk")
    assert local_name_of(AKKOL) == "Ақкөл ауданы"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_standard_buttons_have_no_english_ok(
    qtbot: QtBot, qapp: QApplication, language: object, lang: str
) -> None:
    i18n.install_language(qapp, lang)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok).text()
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    # Cyrillic О and К, as Russian and Kazakh Windows write it; Qt's own catalogue answers the rest.
    assert ok == "ОК" and ok != "OK"
    assert cancel == {"kk": "Бас тарту", "ru": "Отмена"}[lang]
