"""Interface language: Qt translators and the locale used for dates and numbers.

Kazakh is the default; Russian and English are the alternatives (Qt Linguist catalogues in
``resources/translations``, Qt's own ``qtbase_*`` catalogue for standard dialogs).
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QDate, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from ui.resources import resource_path

logger = logging.getLogger(__name__)
LANGUAGES = ("kk", "ru", "en")
DATE_FORMAT = "dd.MM.yyyy"
_LOCALES = {
    "kk": QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan),
    "en": QLocale(QLocale.Language.English, QLocale.Country.Kazakhstan),
}
_installed: list[QTranslator] = []
_current = "kk"
#: Qt's own texts its catalogues leave in English, by language: (context, source) -> text.
#: qtbase_ru keeps the Latin "OK" on standard buttons; Russian Windows writes "ОК" in Cyrillic
#: (issue 11: no English words in the Russian interface). qtbase_kk already has "ОК".
QT_OVERRIDES: dict[str, dict[tuple[str, str], str]] = {
    "ru": {("QPlatformTheme", "OK"): "ОК", ("QDialogButtonBox", "OK"): "ОК"},
}


class _QtOverrides(QTranslator):
    """A translator of a few Qt texts (:data:`QT_OVERRIDES`), installed after Qt's catalogue."""

    def __init__(self, table: dict[tuple[str, str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Return the override of ``source`` in ``context``; None lets the next catalogue answer."""
        return self._table.get((context, source))

    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False


def current_language() -> str:
    """Return the language installed last (kk, ru or en)."""
    return _current


def locale_for(lang: str) -> QLocale:
    """Return the locale of a language; kk and ru use a decimal comma."""
    return _LOCALES.get(lang, _LOCALES["kk"])


def install_language(app: QApplication, lang: str) -> None:
    """Install the translators for ``lang``, replacing any installed before."""
    global _current
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    lang = lang if lang in LANGUAGES else "kk"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"qtbase_{lang}", qt_dir),
        (f"qoldau_{lang}", str(resource_path("translations"))),
    ]
    for name, folder in candidates:
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            _installed.append(tr)
        elif name.startswith("qoldau_") and lang != "en":
            logger.warning("translation %s not found in %s (run the set-up command)", name, folder)
    if lang in QT_OVERRIDES:
        overrides = _QtOverrides(QT_OVERRIDES[lang], app)
        app.installTranslator(overrides)
        _installed.append(overrides)
    QLocale.setDefault(locale_for(lang))
    _current = lang


class Named(Protocol):
    """Anything with a Kazakh and a Russian name: an office, a settlement, a region."""

    @property
    def name_kk(self) -> str: ...

    @property
    def name_ru(self) -> str: ...


def local_name(name_kk: str, name_ru: str, lang: str | None = None) -> str:
    """Return the name to show in ``lang`` (the interface language when None).

    The one rule for every screen and printout (issue 11): the Kazakh name in the Kazakh
    interface, the Russian name in the Russian and English ones (offices and settlements have
    no English name); the other name when the one asked for is empty.
    """
    lang = lang or _current
    first, second = (name_kk, name_ru) if lang == "kk" else (name_ru, name_kk)
    return first or second


def local_name_of(item: Named, lang: str | None = None) -> str:
    """Return :func:`local_name` of an item with ``name_kk`` and ``name_ru`` (an OfficeDTO...)."""
    return local_name(item.name_kk, item.name_ru, lang)


def format_date(value: object) -> str:
    """Format a date as dd.mm.yyyy (empty for None)."""
    if value is None:
        return ""
    # PySide6 converts a datetime.date to QDate; its stubs list no such overload.
    text: str = QDate(value).toString(DATE_FORMAT)  # type: ignore[call-overload]
    return text


def format_decimal(value: float, decimals: int = 1) -> str:
    """Format a number with the current language's decimal separator (comma in kk/ru)."""
    text = f"{value:,.{decimals}f}".replace(",", "\u00a0")
    return text.replace(".", ",") if _current in ("kk", "ru") else text.replace("\u00a0", ",")
