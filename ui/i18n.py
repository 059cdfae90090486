"""Interface language: Qt translators and the locale used for dates and numbers.

Kazakh is the default; Russian and English are the alternatives (Qt Linguist catalogues in
``resources/translations``, Qt's own ``qtbase_*`` catalogue for standard dialogs).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QLibraryInfo, QLocale, QTranslator
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
    QLocale.setDefault(locale_for(lang))
    _current = lang


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
