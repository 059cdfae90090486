"""Shared fixtures: offscreen Qt, app folders in tmp_path, a fresh store per test.

A fresh store is a copy of a template migrated once per run (``tests/store_templates.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

# Must happen before any Qt import (Picard's conftest).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from models.reference.dto import OfficeDTO
from models.store import keys
from models.store.db import Store
from tests import store_templates
from tests.accounts import TEST_PASSWORD

# Slots made in the tests' process use a low scrypt cost (production: 2**15, about 0.1 s a
# login): the parameters live in each slot, so stores made here open anywhere.
# tests/models/store/test_keys.py checks a fresh interpreter still has the production cost.
keys.SCRYPT_N = 2**4

#: A fixed "today" so date rules give the same answer on every run.
TODAY = date(2026, 11, 20)
DISTRICT = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")


@pytest.fixture(autouse=True)
def _app_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user's data, config and log folders into a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(autouse=True)
def _login_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Log commands in as the template stores' administrator (reporting.md §5), as an office's
    scripts would with ``QOLDAU_USER``/``QOLDAU_PASSWORD``; tests of logins set their own."""
    monkeypatch.setenv("QOLDAU_USER", "admin")
    monkeypatch.setenv("QOLDAU_PASSWORD", TEST_PASSWORD)
    for var in ("QOLDAU_NEW_PASSWORD", "QOLDAU_RECOVERY_KEY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session", autouse=True)
def _store_templates(tmp_path_factory: pytest.TempPathFactory) -> store_templates.StoreTemplates:
    """The run's store templates, built from today's migrations on first use (issue 13)."""
    return store_templates.configure(tmp_path_factory.mktemp("store-templates"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A new district store for the Akkol district, administrator ``admin``.

    Like ``init_store(tmp_path / "store.sqlite", DISTRICT, "admin")``, copied from the run's
    template (every migration runs once per run, not once per test).
    """
    s = store_templates.new_store(tmp_path / "store.sqlite", DISTRICT, "admin")
    yield s
    s.close()
