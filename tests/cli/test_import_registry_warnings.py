"""``main.py import-registry`` lists rows imported with warnings on stderr and exits 0."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exporters.registry_import import COLUMNS
from main import main
from tests.cli.test_import_registry import db, good  # noqa: F401 (fixture)


def test_excluded_rows_without_reason_or_date_are_warnings(
    db: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    excluded = ["R2", "113220100", "Дүкен", "EDU_SCHOOL", "", 0, None, *[None] * 5, 0, None]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(COLUMNS))
    ws.append(good("R1"))
    ws.append(excluded)
    path = tmp_path / "r.xlsx"
    wb.save(path)
    capsys.readouterr()

    assert main(["import-registry", "--db", str(db), str(path)]) == 0

    out, err = capsys.readouterr()
    assert out.strip() == "imported 2 new and 0 updated objects"
    assert err.strip().splitlines() == [
        "warning: row 3, exclusion_reason: not subject to passportization without an exclusion "
        "reason and date: imported, to be completed in the object card"
    ]
