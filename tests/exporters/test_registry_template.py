"""The empty registry template (reporting.md §3): codes in row 1, Kazakh/Russian comments."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from exporters.registry_import import ALL_COLUMNS, RegistryRejected, import_registry
from exporters.registry_template import CODES_SHEET, write_template
from models.store.db import Store
from tests.conftest import TODAY

SPEC_CODES = [
    "object_ref",
    "kato",
    "name",
    "object_type",
    "address",
    "subject_to_passportization",
    "passport_date",
    "status_K",
    "status_O",
    "status_S",
    "status_G",
    "status_U",
    "requires_adaptation",
    "adapted_date",
    "registered_date",
    "exclusion_reason",
    "exclusion_date",
]


def test_template_has_the_codes_with_hints(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"

    write_template(path)

    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    assert header == SPEC_CODES == list(ALL_COLUMNS)
    assert ws.max_row == 1  # empty: no data rows
    for cell in ws[1]:
        assert cell.comment is not None
        kk, ru = cell.comment.text.split("\n\n")
        assert kk and ru and kk != ru
    hints = {c.value: c.comment.text for c in ws[1] if c.comment}
    assert "КК.АА.ЖЖЖЖ" in hints["passport_date"] and "ДД.ММ.ГГГГ" in hints["passport_date"]
    assert "DP_V, DP_I, DCH_V, DCH_I, DU, VND" in hints["status_K"]
    assert "кресло" in hints["status_K"]  # the category's name
    assert "1" in hints["subject_to_passportization"] and "0" in hints["requires_adaptation"]
    # The optional columns of reporting.md §3 say what an empty cell does.
    assert "все периоды" in hints["registered_date"]
    assert "Причина исключения" in hints["exclusion_reason"]
    assert "шығарылған күн" in hints["exclusion_date"]
    codes = wb[CODES_SHEET]
    listed = {(r[0], r[1]) for r in codes.iter_rows(min_row=2, values_only=True)}
    assert ("object_type", "EDU_SCHOOL") in listed
    assert ("status_*", "DCH_I") in listed


def test_template_is_written_atomically(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    path.write_bytes(b"old content")

    write_template(path)

    assert openpyxl.load_workbook(path).worksheets[0]["A1"].value == "object_ref"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["template.xlsx"]  # no temp left


def test_failed_write_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_template(tmp_path / "template.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_empty_template_imports_as_no_rows(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    with pytest.raises(RegistryRejected) as info:
        import_registry(store, path, user="admin", today=TODAY)
    assert [p.code for p in info.value.problems] == ["no_rows"]


def test_filled_template_imports(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    ws.append(
        ["R1", "113220100", "Мектеп", "EDU_SCHOOL", "", 1, "01.02.2024"]
        + ["DP_V"] * 5
        + [0, None, None]
    )
    wb.save(path)
    result = import_registry(store, path, user="admin", today=TODAY)
    assert (result.added, result.passports_added) == (1, 1)
