"""A control character pasted into a family or member field is shown as an error in the
user's language under that field (issue 9: refused at entry, never breaking an export)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from exporters.registry_read import Problem
from models.families.repository import FamilyRepository
from models.store.db import Store
from tests.conftest import TODAY
from tools import translations
from ui import i18n
from ui.families.family_form import FamilyForm
from ui.families.member_form import MemberForm
from ui.imports.registry_problems import problem_text

TEXTS = {
    "kk": "Мәтінде көрінбейтін басқару таңбасы бар (басқа бағдарламадан қойылған): оны қайта "
    "теріңіз.",
    "ru": "В тексте есть невидимый управляющий символ (вставлен из другой программы): наберите "
    "текст заново.",
}


@pytest.fixture
def english_after(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Translators are global: whatever a test installs, English texts are back afterwards."""
    translations.release()
    monkeypatch.setattr(i18n, "_current", i18n.current_language())
    locale = QLocale()
    yield
    i18n.install_language(qapp, "en")
    QLocale.setDefault(locale)


def paste(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Paste ``text`` into ``edit`` with Ctrl+V, as a user copying from another program."""
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_member_form_shows_the_control_character_message(
    qtbot: QtBot, qapp: QApplication, store: Store, english_after: None, lang: str
) -> None:
    i18n.install_language(qapp, lang)
    form = MemberForm(store, FamilyRepository(store).context(TODAY))
    qtbot.addWidget(form)
    form.show()
    paste(qtbot, form.surname_edit, "Қасымов\x00")
    assert form.issue_for("surname") == TEXTS[lang]
    paste(qtbot, form.school_edit, "№2\x1b мектеп")
    assert form.issue_for("school") == TEXTS[lang]
    assert {(i.field, i.code) for i in form.validate().errors} >= {
        ("surname", "control_chars"),
        ("school", "control_chars"),
    }
    form.surname_edit.clear()
    paste(qtbot, form.surname_edit, "Қасымов")
    assert form.issue_for("surname") == ""


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_family_form_shows_the_control_character_message(
    qtbot: QtBot, qapp: QApplication, store: Store, english_after: None, lang: str
) -> None:
    i18n.install_language(qapp, lang)
    form = FamilyForm(store, "aigerim", FamilyRepository(store).context(TODAY))
    qtbot.addWidget(form)
    form.show()
    paste(qtbot, form.address_edit, "Ақкөл қ.\x00 Әуезов к-сі, 12")
    assert form.errors["address"].text() == TEXTS[lang]
    assert not form.errors["address"].isHidden()
    assert ("address", "control_chars") in {(i.field, i.code) for i in form.validate().errors}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_registry_import_words_a_control_character_row_error(
    qapp: QApplication, english_after: None, lang: str
) -> None:
    i18n.install_language(qapp, lang)
    assert problem_text(Problem(2, "name", "control_chars")) == TEXTS[lang]
