"""The accounts every test store has, and the environment a command needs to log in with them.

Stores made by ``tests/store_templates.py`` (and the ``store`` fixture) have the administrator
``admin`` with ``TEST_PASSWORD``; tests that add accounts give them the same password unless
the test is about passwords. Commands run in a subprocess log in through ``cli_env``
(reporting.md §5: ``QOLDAU_USER`` and ``QOLDAU_PASSWORD``).
"""

from __future__ import annotations

import os

TEST_PASSWORD = "Test-password-1"


def cli_env(login: str = "admin", password: str = TEST_PASSWORD, **extra: str) -> dict[str, str]:
    """Return ``os.environ`` with the login and password a command reads, plus ``extra``."""
    return {**os.environ, "QOLDAU_USER": login, "QOLDAU_PASSWORD": password, **extra}
