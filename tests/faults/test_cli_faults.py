"""``verify``, ``consolidate`` and ``import-registry`` on hostile files: exit 1, a clear reason on
stderr, no traceback; a batch consolidation goes on past a bad package (issue 9)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from main import main
from models.reporting.received import ReceivedPackage
from models.setup import open_store
from tests.accounts import TEST_KEY
from tests.exporters.package_samples import REGION, edit_manifest
from tests.exporters.test_registry_import import good_rows, write
from tests.faults.hostile import (
    district_package,
    edit_sheet,
    first_value_to,
    registry_xlsx,
    set_dimension,
    sheet_xml,
)
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


def test_verify_refuses_a_bomb_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = district_package(tmp_path / "usb")
    edit_sheet(manifest, "A3", set_dimension("A1:XFD1048576"))
    capsys.readouterr()
    assert main(["verify", str(manifest)]) == 1
    err = capsys.readouterr().err
    assert "sheet A3: rule sheet_dimension" in err and "XFD1048576" in err
    assert "Traceback" not in err


def test_a_batch_goes_on_past_bad_packages_and_lists_every_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = new_store_file(tmp_path / "region.sqlite", REGION, "oblast")
    far = district_package(tmp_path / "far")
    edit_sheet(far, "A1", set_dimension("A1:XFD1048576"))
    formula = district_package(tmp_path / "formula")
    edit_sheet(formula, "B3", first_value_to(b"<f>1+1</f>"))
    future = district_package(tmp_path / "future")
    edit_manifest(future, created_at="9999-12-31T00:00:00+05:00")
    good = district_package(tmp_path / "good")
    capsys.readouterr()

    code = main(
        [
            "consolidate",
            "--db",
            str(db),
            "--user",
            "oblast",
            *map(str, (far, formula, future, good)),
        ]
    )

    assert code == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.out.count("received: ") == 1 and "113200000" in captured.out
    for path, rule in (
        (far, "sheet_dimension"),
        (formula, "formula"),
        (future, "manifest_created_at_future"),
    ):
        assert f"{path}: refused" in captured.err
        assert rule in captured.err
    assert "3 of 4 package(s) refused" in captured.err
    store = open_store(db, TEST_KEY)
    try:
        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(ReceivedPackage)) == 1
    finally:
        store.close()


def test_import_registry_refuses_a_far_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite"
    assert (
        main(
            [
                "init",
                "--db",
                str(db),
                "--office",
                "113200000",
                "--level",
                "district",
                "--name-kk",
                "Ақкөл ауданы",
                "--name-ru",
                "Аккольский район",
                "--admin",
                "admin",
            ]
        )
        == 0
    )
    path = registry_xlsx(
        tmp_path / "r.xlsx", sheet_xml('<row r="1"><c r="XFD1048576"><v>1</v></c></row>')
    )
    capsys.readouterr()
    assert main(["import-registry", "--db", str(db), str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "beyond the limits" in err
    good = write(tmp_path / "good.xlsx", good_rows())
    assert main(["import-registry", "--db", str(db), str(good)]) == 0
