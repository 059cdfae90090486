"""The accounts and keys every test store has, and the environment a command needs to log in.

Stores made by ``tests/store_templates.py`` (and the ``store`` fixture) are encrypted with
``TEST_KEY`` (the store key of ``TEST_RECOVERY_KEY``) and have the administrator ``admin`` (or
the login a test asks for) with ``TEST_PASSWORD`` in their key file; tests that add accounts
give them the same password unless the test is about passwords. Commands run in a subprocess
log in through ``cli_env`` (reporting.md §5: ``QOLDAU_USER`` and ``QOLDAU_PASSWORD``).
"""

from __future__ import annotations

import os
from dataclasses import replace

from models.store.base import Principal
from models.store.db import Store
from models.store.keys import store_key_from_recovery

TEST_PASSWORD = "Test-password-1"
#: The recovery key of every template store (a real, well-formed one; tests only).
TEST_RECOVERY_KEY = "STJZ-9REY-23S3-N2EX-R3XR-HJDR-NX2T-322F-HMPA"
TEST_KEY = store_key_from_recovery(TEST_RECOVERY_KEY)


def cli_env(login: str = "admin", password: str = TEST_PASSWORD, **extra: str) -> dict[str, str]:
    """Return ``os.environ`` with the login and password a command reads, plus ``extra``."""
    return {**os.environ, "QOLDAU_USER": login, "QOLDAU_PASSWORD": password, **extra}


def as_role(store: Store, login: str, role: str) -> Store:
    """Return ``store`` acting as ``login`` with ``role`` (the same engine: no second open).

    Repositories check the role of the store's principal (``models/reference/roles.py``), so
    a test of what a specialist or a viewer may do calls them on this store.
    """
    return replace(store, principal=Principal(login, role))
