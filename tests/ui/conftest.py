"""UI test isolation: the interface language is global state; every test starts in Kazakh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from ui import i18n


@pytest.fixture(autouse=True)
def _language_restored() -> Iterator[None]:
    """Give the next test the language and default locale this one started with.

    A test that installs Russian and forgets to switch back would otherwise change the labels
    every later test reads (code-list labels follow ``i18n.current_language()``).
    """
    current, locale = i18n.current_language(), QLocale()
    yield
    i18n._current = current  # noqa: SLF001 - the module's own state, restored as it was
    QLocale.setDefault(locale)
