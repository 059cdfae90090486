"""A package whose figures are all zero is written, valid, and says so on its Cover (issue 7.8).

reporting.md §4: ``export`` of a period whose figures are all zero still writes the package and
says so on the Cover; the Cover is free-form, so the line is an addition within format 1.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from exporters.package import write_package
from exporters.package_layout import ALL_ZERO_LABEL, ALL_ZERO_NOTE, COVER
from exporters.package_verify import verify_package
from models.reporting.dto import figures_all_zero
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY
from tests.exporters.package_samples import district_data, zero_data


def cover_rows(manifest: Path) -> list[tuple[object, ...]]:
    wb = openpyxl.load_workbook(
        manifest.with_name(manifest.name.replace(".manifest.json", ".xlsx"))
    )
    try:
        return [tuple(r) for r in wb[COVER].iter_rows(values_only=True)]
    finally:
        wb.close()


def test_all_zero_cover_says_so_in_kazakh_and_russian(tmp_path: Path) -> None:
    manifest = write_package(zero_data(), tmp_path, app_version="0.1.0")
    rows = cover_rows(manifest)
    notes = [r for r in rows if r and r[0] == ALL_ZERO_LABEL]
    assert len(notes) == 1
    text = notes[0][1]
    assert text == ALL_ZERO_NOTE
    kk, ru = str(text).split(" / ")
    assert "нөлге тең" in kk
    assert "равны нулю" in ru
    # The line stands among the office's particulars, above the table of sheets.
    assert rows.index(notes[0]) < next(i for i, r in enumerate(rows) if r and r[0] == "A1")


def test_all_zero_package_passes_verification(tmp_path: Path) -> None:
    manifest = write_package(zero_data(), tmp_path, app_version="0.1.0")
    result = verify_package(manifest, receiver=None)
    assert result.ok, [p.as_text() for p in result.problems]


def test_a_package_with_figures_has_no_such_line(tmp_path: Path) -> None:
    data = district_data()
    assert not figures_all_zero(data)
    rows = cover_rows(write_package(data, tmp_path, app_version="0.1.0"))
    assert all(ALL_ZERO_NOTE not in r for r in rows)
    assert all(ALL_ZERO_LABEL not in r for r in rows)


def test_fresh_store_package_is_written_verified_and_marked(store: Store, tmp_path: Path) -> None:
    data = compute_report(store, parse_period("2016"), today=TODAY)
    assert figures_all_zero(data)
    manifest = write_package(data, tmp_path, app_version="0.1.0")
    assert verify_package(manifest, receiver=None).ok
    assert any(r and r[1] == ALL_ZERO_NOTE for r in cover_rows(manifest))
