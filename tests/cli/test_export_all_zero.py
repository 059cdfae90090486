"""``main.py export`` of a period whose figures are all zero (reporting.md §4, issue 7 point 8).

The package is still written (exit 0, manifest path on stdout), stderr warns, and the Cover
says so. Real stores and the real figures module: an empty store, and one with objects.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

import main
from exporters.package_layout import ALL_ZERO_NOTE, COVER
from models.demo.load import add_demo_data
from tests.accounts import TEST_KEY
from tests.conftest import DISTRICT
from tests.store_templates import new_store_file


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() adds log handlers to the root logger; close them so files are not left open."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[len(before) :]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    new_store_file(path, DISTRICT, "admin")
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _export(db: Path, out: Path, period: str) -> int:
    return main.main(["export", "--db", str(db), "--period", period, "--out", str(out)])


def _cover_texts(workbook: Path) -> list[object]:
    wb = openpyxl.load_workbook(workbook)
    try:
        return [v for row in wb[COVER].iter_rows(values_only=True) for v in row if v is not None]
    finally:
        wb.close()


def test_empty_store_is_exported_with_a_warning(
    db: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(db, out, "2016") == 0
    captured = capsys.readouterr()
    manifest = out / "113200000_2016.manifest.json"
    assert captured.out.strip() == str(manifest)
    assert manifest.is_file()
    zero_lines = [line for line in captured.err.splitlines() if "all figures" in line]
    assert len(zero_lines) == 1
    assert zero_lines[0].startswith("warning: all figures of 2016 are zero")
    assert ALL_ZERO_NOTE in _cover_texts(out / "113200000_2016.xlsx")
    assert main.main(["verify", str(manifest)]) == 0


def test_store_with_objects_exports_without_that_warning(
    db: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from models.setup import open_store

    store = open_store(db, TEST_KEY)
    try:
        add_demo_data(store, objects=5, families=0, seed=1, today=date.today(), user="admin")
    finally:
        store.close()
    year = str(date.today().year)
    assert _export(db, out, year) == 0
    captured = capsys.readouterr()
    assert "all figures" not in captured.err
    assert ALL_ZERO_NOTE not in _cover_texts(out / f"113200000_{year}.xlsx")
