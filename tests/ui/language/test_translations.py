"""The Kazakh and Russian catalogues: complete, faithful to placeholders, and loaded by the UI."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.store.db import Store
from tools import translations, ts_extract, ts_fill
from ui import i18n
from ui.main_window import MainWindow
from ui.settings import UiSettings

TS_DIR = translations.TS_DIR


@pytest.fixture(scope="module", autouse=True)
def _compiled_catalogues() -> None:
    """Compile the .qm files on a clean checkout (tools/dev.sh does the same before tests)."""
    translations.release()


@pytest.fixture
def language(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Let a test install a language; English is back afterwards, whatever the test did.

    The translators are global to the application, so a test left in Kazakh would change the
    texts every later test sees. The language and default locale of before are restored too.
    """
    monkeypatch.setattr(i18n, "_current", i18n.current_language())
    locale = QLocale()
    yield
    i18n.install_language(qapp, "en")
    QLocale.setDefault(locale)


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(3)]


EXPECTED = {
    "kk": (["&Файл", "&Баптаулар", "&Анықтама"], ["Нысандар", "Отбасылар", "Істер"]),
    "ru": (["&Файл", "&Настройки", "&Справка"], ["Объекты", "Семьи", "Дела"]),
    "en": (["&File", "&Settings", "&Help"], ["Objects", "Families", "Cases"]),
}


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_main_window_speaks_the_installed_language(
    qtbot: QtBot, store: Store, qapp: QApplication, language: object, lang: str
) -> None:
    i18n.install_language(qapp, lang)
    window = _window(qtbot, store)
    menus, pages = EXPECTED[lang]
    titles = _menu_titles(window)
    assert titles[0] == menus[0]  # the File menu comes first
    assert set(menus) <= set(titles)
    assert _nav_titles(window) == pages
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_action in file_menu.actions()
    # Shortcuts are never translated.
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    window.runner.wait()


def test_switching_back_to_english(
    qtbot: QtBot, store: Store, qapp: QApplication, language: object
) -> None:
    i18n.install_language(qapp, "kk")
    i18n.install_language(qapp, "ru")
    i18n.install_language(qapp, "en")
    window = _window(qtbot, store)
    assert set(EXPECTED["en"][0]) <= set(_menu_titles(window))
    assert _nav_titles(window) == EXPECTED["en"][1]
    window.runner.wait()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("kk", "Бұл өрісті толтыру міндетті."),
        ("ru", "Это поле обязательно для заполнения."),
        ("en", "This field is required."),
    ],
)
def test_messages_of_the_tables_are_translated(
    qapp: QApplication, language: object, lang: str, expected: str
) -> None:
    """ui/messages.py words codes from QT_TRANSLATE_NOOP tables, translated at display time."""
    from models.issues import Issue
    from ui.messages import issue_text

    i18n.install_language(qapp, lang)
    assert issue_text(Issue("iin", "required", {})) == expected


def test_russian_plural_forms(qapp: QApplication, language: object) -> None:
    i18n.install_language(qapp, "ru")

    def people(n: int) -> str:
        return QCoreApplication.translate("FamiliesPage", "%n person(s)", None, n)

    assert [people(n) for n in (1, 3, 5, 21, 22, 11)] == [
        "1 человек",
        "3 человека",
        "5 человек",
        "21 человек",
        "22 человека",
        "11 человек",
    ]
    i18n.install_language(qapp, "kk")
    assert people(1) == "1 адам"
    assert people(5) == "5 адам"


def test_sex_letters_follow_the_model_class(
    qapp: QApplication, store: Store, language: object
) -> None:
    """owner.tr() in a helper is looked up under the caller's class, not under "owner"."""
    from ui.families.member_table_model import MemberTableModel, sex_text

    i18n.install_language(qapp, "kk")
    model = MemberTableModel(store)
    assert (sex_text(model, "M"), sex_text(model, "F")) == ("Е", "Ә")
    i18n.install_language(qapp, "ru")
    assert (sex_text(model, "M"), sex_text(model, "F")) == ("М", "Ж")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_catalogue_is_complete_and_keeps_placeholders(lang: str) -> None:
    """Every text is translated, with its {placeholders}, %n and one mnemonic kept.

    A new untranslated text in ui/ fails this test once ``tools/translations.py update`` has
    run: translate it in the .ts file (Qt Linguist, or ``tools/ts_fill.py``).
    """
    ts = TS_DIR / f"qoldau_{lang}.ts"
    assert list(ts_fill.messages(ts)), f"{ts} holds no messages"
    assert ts_fill.problems(ts) == []


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_text_of_the_code_is_translated(tmp_path: Path, lang: str) -> None:
    """lupdate over today's ui/ adds nothing untranslated to a copy of the catalogue.

    This fails when someone adds or changes a text in ui/ without translating it: run
    ``python tools/translations.py update``, translate what is unfinished, then ``release``.
    """
    root = Path(translations.ROOT)
    copy = tmp_path / "translations" / f"qoldau_{lang}.ts"
    copy.parent.mkdir()
    copy.write_text((TS_DIR / copy.name).read_text(encoding="utf-8"), encoding="utf-8")
    extraction = ts_extract.find_texts(root)
    stubs = ts_extract.write_stubs(root, extraction, tmp_path / "stubs")
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    lupdate = translations._tool("pyside6-lupdate")
    subprocess.run(
        [lupdate, "-silent", "-no-obsolete", *sources, *map(str, stubs), "-ts", str(copy)],
        check=True,
    )
    ts_extract.fix_ts(copy, extraction)
    assert [p for p in ts_fill.problems(copy) if "not translated" in p] == []


def test_catalogues_hold_the_same_texts() -> None:
    keys = {
        lang: {
            (m.context, m.source, m.comment) for m in ts_fill.messages(TS_DIR / f"qoldau_{lang}.ts")
        }
        for lang in ("kk", "ru", "en")
    }
    assert keys["kk"] == keys["ru"] == keys["en"]


def test_extraction_finds_texts_behind_wrappers() -> None:
    """The wrappers of ui/ reach lupdate, under the context Qt asks for at run time."""
    found = ts_extract.find_texts(Path(translations.ROOT))
    pairs = {(f.context, f.text) for f in found.found}
    # The message tables are QT_TRANSLATE_NOOP entries that lupdate reads itself: no stub.
    assert not {ctx for ctx, _text in pairs} & {"Messages"}
    assert ("RegistryImport", "The file is empty.") not in pairs
    assert ("RegistryImport", "Row") in pairs  # _t() wrappers elsewhere still need the stubs
    assert ("MemberTableModel", "M") in pairs
    assert ("CaseTableModel", "Number") in pairs
    assert ("LevelGrid", "Zone") in pairs  # self.tr() inside an f-string
    assert ("WorksTable", "Add &work") in pairs  # t = QCoreApplication.translate; t(...)
    kk = {(m.context, m.source) for m in ts_fill.messages(TS_DIR / "qoldau_kk.ts")}
    # Every text the scan finds is in the catalogue (run tools/translations.py update if not).
    assert pairs <= kk


def test_fill_keeps_the_lupdate_layout(tmp_path: Path) -> None:
    ts = tmp_path / "x_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru">\n'
        "<context>\n    <name>Demo</name>\n"
        '    <message>\n        <location filename="a.py" line="1"/>\n'
        "        <source>Open &amp;{name}</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n'
        '    <message numerus="yes">\n        <location filename="a.py" line="2"/>\n'
        "        <source>%n object(s)</source>\n"
        '        <translation type="unfinished">\n'
        "            <numerusform></numerusform>\n"
        "            <numerusform></numerusform>\n"
        "            <numerusform></numerusform>\n"
        "        </translation>\n    </message>\n"
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    table = {
        "Open &{name}": {"ru": "Открыть &{name}"},
        "%n object(s)": {"ru": ["%n объект", "%n объекта", "%n объектов"]},
    }
    assert ts_fill.apply(ts, "ru", table) == (2, 0)
    text = ts.read_text(encoding="utf-8")
    assert "<translation>Открыть &amp;{name}</translation>" in text
    assert "<numerusform>%n объектов</numerusform>" in text
    assert [m.forms for m in ts_fill.messages(ts)] == [
        ("Открыть &{name}",),
        ("%n объект", "%n объекта", "%n объектов"),
    ]
