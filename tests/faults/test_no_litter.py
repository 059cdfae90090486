"""A killed run leaves no litter for long: our stale temp files go at the next start (issue 9)."""

from __future__ import annotations

import ast
import os
import tempfile
import time
from pathlib import Path

import pytest

import main
from exporters.package import write_package
from models.litter import STALE_AFTER_S, clean_at_start, remove_stale
from models.setup import open_store
from models.store.db import backup_to
from tests.accounts import TEST_KEY
from tests.conftest import DISTRICT
from tests.exporters.package_samples import district_data
from tests.store_templates import new_store_file

HEX32 = "0123456789abcdef" * 2
OLD = time.time() - STALE_AFTER_S - 60


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temporary folder, pointed into the test's own folder."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def make(path: Path, *, old: bool = True, folder: bool = False) -> Path:
    if folder:
        path.mkdir()
        (path / "sheet-x.xml").write_text("<sheetData>")
    else:
        path.write_bytes(b"leftover")
    if old:
        os.utime(path, (OLD, OLD))
    return path


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_only_our_stale_files_are_removed(tmp_path: Path) -> None:
    ours_old = [
        make(tmp_path / f".396420100_2025-Q1.xlsx.{HEX32}.tmp"),
        make(tmp_path / f".396420100_2025-Q1.manifest.json.{HEX32}.tmp"),
        make(tmp_path / ".backup.sqlite.0a1b2c3d.part"),
        make(tmp_path / ".backup.sqlite.0a1b2c3d.part-journal"),
        # the pages of a backup file killed before it was sealed (found by the kill -9 soak)
        make(tmp_path / ".backup-005.qoldau-backup.0e76dc55.pages.part"),
        make(tmp_path / "qoldau-spool-k2j_x9", folder=True),
    ]
    kept = [
        make(tmp_path / f".396420100_2025-H1.xlsx.{HEX32}.tmp", old=False),  # a live export
        make(tmp_path / "qoldau-spool-live", old=False, folder=True),
        make(tmp_path / "qoldau.sqlite"),
        make(tmp_path / "report.xlsx.tmp"),
        make(tmp_path / ".~lock.report.xlsx#"),
        make(tmp_path / "openpyxl.abc123.xml"),  # another program's spool
        make(tmp_path / ".notes.txt.0a1b2c3d.part.bak"),
        make(tmp_path / "qoldau-spool-file-not-folder"),
        make(tmp_path / ".photo.jpg.ZZZZZZZZ.part"),
    ]

    removed = remove_stale([tmp_path, tmp_path / "missing"])

    assert sorted(removed) == sorted(ours_old)
    assert names(tmp_path) == sorted(p.name for p in kept)


def test_every_start_cleans_beside_the_store_and_in_the_temp_folder(
    tmp_path: Path, temp_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = new_store_file(tmp_path / "office" / "qoldau.sqlite", DISTRICT, "admin")
    make(db.parent / ".qoldau.before-abc-20250101.sqlite.0a1b2c3d.part")
    make(temp_dir / "qoldau-spool-k2j_x9", folder=True)
    make(temp_dir / "openpyxl.abc123.xml")
    store_files = names(db.parent)

    assert main.main(["backup", "--db", str(db), "--out", str(tmp_path / "usb" / "b.sqlite")]) == 0

    assert names(db.parent) == [n for n in store_files if not n.endswith(".part")]
    assert names(temp_dir) == ["openpyxl.abc123.xml"]
    assert "Traceback" not in capsys.readouterr().err


def test_clean_at_start_without_a_store_folder_is_quiet(tmp_path: Path, temp_dir: Path) -> None:
    make(temp_dir / "qoldau-spool-a", folder=True)
    assert clean_at_start(tmp_path / "nowhere" / "qoldau.sqlite") == [temp_dir / "qoldau-spool-a"]


def test_a_backup_removes_the_part_of_a_backup_killed_on_the_same_stick(tmp_path: Path) -> None:
    db = new_store_file(tmp_path / "office" / "qoldau.sqlite", DISTRICT, "admin")
    usb = tmp_path / "usb"
    usb.mkdir()
    make(usb / ".monday.sqlite.0a1b2c3d.part")
    make(usb / ".monday.sqlite.0a1b2c3d.part-journal")
    store = open_store(db, TEST_KEY)
    try:
        backup_to(store.engine, usb / "tuesday.sqlite")
    finally:
        store.close()
    assert names(usb) == ["tuesday.sqlite"]


def test_an_export_spools_in_its_own_folder_and_removes_it(tmp_path: Path, temp_dir: Path) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    stale = make(out / f".396420100_2024-Q4.xlsx.{HEX32}.tmp")
    seen: list[list[str]] = []

    def progress(done: int, total: int) -> None:
        seen.append(names(temp_dir))

    manifest = write_package(district_data(), out, app_version="test", progress=progress)

    assert not stale.exists()
    assert names(out) == sorted([manifest.name, manifest.name.replace(".manifest.json", ".xlsx")])
    during = {n for listing in seen for n in listing}
    assert during and all(n.startswith("qoldau-spool-") for n in during)
    assert names(temp_dir) == []


def test_a_failed_export_leaves_nothing_behind(tmp_path: Path, temp_dir: Path) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    calls = 0

    def fail_late(done: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if done == total:  # after every sheet was spooled and the workbook saved
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_package(district_data(), out, app_version="test", progress=fail_late)

    assert calls >= 2
    assert names(out) == []
    assert names(temp_dir) == []


def test_main_calls_freeze_support_first_under_its_main_guard() -> None:
    tree = ast.parse(Path(main.__file__).read_text(encoding="utf-8"))
    guards = [
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "__name__ == '__main__'"
    ]
    assert len(guards) == 1
    first = guards[0].body[0]
    assert isinstance(first, ast.Expr)
    assert ast.unparse(first.value) == "multiprocessing.freeze_support()"
    # Nothing but definitions and imports runs when a spawned child imports main.py.
    for node in tree.body:
        assert isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.If, ast.Expr)), (
            ast.dump(node)
        )
