"""Findings of issue 9 that had no case of their own: a 300 MiB manifest is refused by its size
before it is read and the region's store does not grow; a count of 1e300; the busy timeout a
real store connection waits for another writer."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from exporters.package_receive import receive_package
from exporters.package_verify import verify_package
from models.reporting.received import ReceivedObject, ReceivedPackage
from models.store.db import Store
from tests.exporters.package_samples import REGION
from tests.faults.hostile import district_package, edit_sheet, first_value_to
from tests.store_templates import new_store


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Store]:
    store = new_store(tmp_path / "region.sqlite", REGION, "oblast")
    yield store
    store.close()


def _store_bytes(store: Store) -> int:
    """Bytes of the store file and its write-ahead log."""
    files = [store.path, store.path.with_name(store.path.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists())


def _counts(store: Store) -> tuple[int, int]:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(ReceivedPackage)) or 0,
            s.scalar(select(func.count()).select_from(ReceivedObject)) or 0,
        )


def test_a_300_mib_manifest_is_refused_by_size_and_the_store_does_not_grow(
    tmp_path: Path, region: Store
) -> None:
    manifest = district_package(tmp_path / "usb")
    with manifest.open("r+b") as f:
        f.truncate(300 * 2**20)  # sparse: 300 MiB on the stick, little on this disk
    assert manifest.stat().st_size == 300 * 2**20
    tracemalloc.start()
    try:
        result = verify_package(manifest, receiver=None)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 2**20  # refused by its size, never read whole
    assert [(p.sheet, p.rule) for p in result.problems] == [("manifest", "manifest_too_large")]
    before = _store_bytes(region)
    received = receive_package(region, manifest, user="oblast", confirm_replace=False)
    assert received.refusal is not None
    assert _counts(region) == (0, 0)
    assert _store_bytes(region) <= before + 64 * 1024  # no growth beyond a page or two of log


def test_a_count_of_1e300_is_refused(tmp_path: Path, region: Store) -> None:
    manifest = district_package(tmp_path / "usb")
    edit_sheet(manifest, "B3", first_value_to(b"<v>1E+300</v>"))
    result = verify_package(manifest, receiver=None)
    assert ("B3", 7, "count_implausible") in [(p.sheet, p.row, p.rule) for p in result.problems]
    received = receive_package(region, manifest, user="oblast", confirm_replace=False)
    assert received.refusal is not None
    assert _counts(region) == (0, 0)


def test_a_store_connection_waits_30_s_for_another_writer(region: Store) -> None:
    """A writer holding the lock over 5 s (finding) no longer fails the second one."""
    with region.session() as s:
        assert s.execute(text("PRAGMA busy_timeout")).scalar_one() >= 30_000
