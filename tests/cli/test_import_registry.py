"""``main.py import-registry`` and ``registry-template``: exit codes, stdout and stderr lines."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from exporters.registry_import import ALL_COLUMNS, COLUMNS
from main import main
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.reference.accounts import add_account
from models.setup import open_store
from tests.accounts import TEST_KEY, TEST_PASSWORD
from tests.conftest import DISTRICT
from tests.store_templates import new_store_file


def write(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(COLUMNS))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def good(ref: str, passport_date: object = "01.03.2024") -> list[object]:
    return (
        [ref, "113220100", "Мектеп", "EDU_SCHOOL", "Абай к-сі, 1", 1, passport_date]
        + ["DP_V"] * 5
        + [0, None]
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_store_file(tmp_path / "store.sqlite", DISTRICT, "admin")
    store = open_store(path, TEST_KEY)
    try:  # a specialist may import (reporting.md §5)
        add_account(store, "clerk", "specialist", TEST_PASSWORD)
    finally:
        store.close()
    return path


def count(db: Path) -> int:
    store = open_store(db, TEST_KEY)
    try:
        return ObjectRepository(store).count(ObjectFilter())
    finally:
        store.close()


def test_import_ok_then_again(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "r.xlsx", [good("R1"), good("R2")])
    capsys.readouterr()

    assert main(["import-registry", "--db", str(db), "--user", "clerk", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "imported 2 new and 0 updated objects"
    assert main(["import-registry", "--db", str(db), str(path)]) == 0
    assert capsys.readouterr().out.strip() == "imported 0 new and 0 updated objects"
    assert count(db) == 2


def test_rejected_file_lists_rows_and_exits_1(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    future = date.today() + timedelta(days=30)
    path = write(
        tmp_path / "r.xlsx",
        [good("R1"), good("R2", passport_date="31.02.2024"), good("R3", passport_date=future)],
    )
    capsys.readouterr()

    assert main(["import-registry", "--db", str(db), str(path)]) == 1

    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        "row 3, passport_date: '31.02.2024' is not a date: use dd.mm.yyyy, yyyy-mm-dd or an "
        "Excel date"
    )
    assert err[1] == f"row 4, passport_date: the date {future:%d.%m.%Y} is in the future"
    assert err[-1] == f"error: {path}: rejected, nothing imported"
    assert "Traceback" not in "\n".join(err)
    assert count(db) == 0


def test_not_an_xlsx(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.xlsx"
    path.write_text("hello", encoding="utf-8")
    capsys.readouterr()

    assert main(["import-registry", "--db", str(db), str(path)]) == 1

    err = capsys.readouterr().err
    assert err.startswith("file: not an Excel workbook (.xlsx)")
    assert count(db) == 0


def test_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "r.xlsx", [good("R1")])
    assert main(["import-registry", "--db", str(tmp_path / "none.sqlite"), str(path)]) == 1
    assert "no Qoldau store" in capsys.readouterr().err


def test_usage_error_exits_2(db: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["import-registry", "--db", str(db)])
    assert info.value.code == 2


def test_registry_template_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "template.xlsx"

    assert main(["registry-template", "--out", str(out)]) == 0

    assert capsys.readouterr().out.strip() == str(out)
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert [c.value for c in ws[1]] == list(ALL_COLUMNS)


def test_registry_template_unwritable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A file where the folder should be (chmod would not stop root, who runs CI here).
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x", encoding="utf-8")

    code = main(["registry-template", "--out", str(blocker / "t.xlsx")])

    assert code == 1
    assert capsys.readouterr().err.startswith(f"error: cannot write {blocker / 't.xlsx'}")
