"""Hostile registries and the bounded reader itself (issue 9): refused with a reason."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from exporters.registry_import import RegistryRejected, import_registry
from exporters.workbook_limits import REGISTRY_LIMITS, inspect_workbook
from exporters.workbook_reader import (
    WORKBOOK_TIMEOUT,
    WorkbookRefused,
    read_workbook,
)
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.store.db import Store
from tests.exporters.test_registry_import import USER, good_rows, write
from tests.faults.hostile import registry_xlsx, rewrite, sheet_xml

TODAY = date(2026, 11, 20)


def _codes(store: Store, path: Path) -> list[str]:
    """Import ``path``; return the refusal's codes, checking the store was left unchanged."""
    repo = ObjectRepository(store)
    before = repo.count(ObjectFilter())
    with pytest.raises(RegistryRejected) as caught:
        import_registry(store, path, user=USER, today=TODAY)
    assert repo.count(ObjectFilter()) == before
    return [p.code for p in caught.value.problems]


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return write(tmp_path / "registry.xlsx", good_rows())


def test_a_registry_declaring_xfd1048576_is_refused(store: Store, tmp_path: Path) -> None:
    path = registry_xlsx(
        tmp_path / "r.xlsx",
        sheet_xml(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>', "A1:XFD1048576"
        ),
    )
    assert _codes(store, path) == ["sheet_dimension"]


def test_a_far_cell_without_a_dimension_is_refused(store: Store, tmp_path: Path) -> None:
    path = registry_xlsx(
        tmp_path / "r.xlsx", sheet_xml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    )
    assert _codes(store, path) == ["sheet_dimension"]


def test_a_registry_bomb_and_a_traversal_are_refused(
    store: Store, good_file: Path, tmp_path: Path
) -> None:
    rewrite(good_file, add={"xl/media/pad.bin": bytes(8 * 2**20)})
    assert _codes(store, good_file) == ["zip_ratio"]
    other = write(tmp_path / "other.xlsx", good_rows())
    rewrite(other, add={"/etc/passwd": b"x"})
    assert _codes(store, other) == ["zip_entry_name"]


def test_the_child_dies_on_an_allocation_beyond_its_limit(store: Store, tmp_path: Path) -> None:
    """Within the pre-checks' limits (2,000,000 rows, column ZZ) the dense table would need tens
    of GiB: the reader process dies under its memory limit, the import is refused, and the next
    file is read by a new reader."""
    path = registry_xlsx(
        tmp_path / "r.xlsx",
        sheet_xml(
            '<row r="1"><c r="A1"><v>1</v></c></row><row r="2000000"><c r="ZZ2000000">'
            "<v>1</v></c></row>"
        ),
    )
    assert not inspect_workbook(path, REGISTRY_LIMITS).fatal
    assert _codes(store, path) in (["workbook_crashed"], ["workbook_memory"], ["unreadable"])
    good = write(tmp_path / "good.xlsx", good_rows())
    assert import_registry(store, good, user=USER, today=TODAY).added == len(good_rows())


def test_a_timeout_stops_the_reader_and_the_next_read_works(
    good_file: Path, tmp_path: Path
) -> None:
    """A file that never finishes reading (a FIFO nobody writes to) is stopped at the timeout."""
    never = tmp_path / "stuck.xlsx"
    os.mkfifo(never)
    with pytest.raises(WorkbookRefused) as caught:
        read_workbook(never, "registry", timeout=0.5)
    assert [b.code for b in caught.value.breaches] == [WORKBOOK_TIMEOUT]
    assert len(read_workbook(good_file, "registry").cells) == 1


def test_a_real_registry_is_read_unchanged(good_file: Path) -> None:
    read = read_workbook(good_file, "registry")
    (rows,) = read.cells.values()
    assert rows[0][0] == "object_ref" and len(rows) == len(good_rows()) + 1
    assert read.findings == []
