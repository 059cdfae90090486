"""Registry import pauses Python's cyclic garbage collector and always turns it back on."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from exporters.registry_import import RegistryRejected, import_registry
from models.store.db import Store
from tests.conftest import TODAY
from tests.exporters.test_registry_import import USER, good_rows, row, write


def test_import_pauses_the_collector_and_turns_it_back_on(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "r.xlsx", good_rows())
    seen: list[bool] = []

    import_registry(
        store, path, user=USER, today=TODAY, progress=lambda *_: seen.append(gc.isenabled())
    )

    assert seen and not any(seen)
    assert gc.isenabled()


def test_rejected_import_turns_the_collector_back_on(store: Store, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.xlsx", [row("R1", kato="x")])
    with pytest.raises(RegistryRejected):
        import_registry(store, bad, user=USER, today=TODAY)
    assert gc.isenabled()


def test_collector_left_as_the_caller_had_it(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "r.xlsx", good_rows())
    gc.disable()
    try:
        import_registry(store, path, user=USER, today=TODAY)
        assert not gc.isenabled()
    finally:
        gc.enable()
