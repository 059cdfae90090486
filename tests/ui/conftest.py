"""UI test isolation: the interface language is global state; every test starts in Kazakh."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from ui import crash_dialog, i18n


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


@pytest.fixture(autouse=True)
def _bug_dialog_closed() -> Iterator[None]:
    """Close the crash dialog a worker's bug opened (a test may simulate one on purpose).

    It is one at a time: left open, it would keep the next test's bug from showing its own.
    """
    yield
    dialog = crash_dialog._bug_dialog  # noqa: SLF001 - the module's own state
    if dialog is not None:
        dialog.close()
        crash_dialog._bug_dialog = None  # noqa: SLF001
