"""``main.py import-profile --suggest``: the profile written, a stderr line per miss, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exporters.import_profile import load_profile
from main import main
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.setup import open_store
from tests.accounts import TEST_KEY
from tests.conftest import DISTRICT
from tests.exporters.profile_layouts import MIXED_SPELLINGS, RU_TITLE_DATE, SCHOOL_LIST, Layout
from tests.store_templates import new_store_file


def suggest(path: Path, out: Path, *target: str) -> int:
    return main(["import-profile", "--suggest", str(path), *target, "--out", str(out)])


def test_register_suggested_then_imported_with_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = RU_TITLE_DATE.write(tmp_path)
    out = tmp_path / "profile.json"
    capsys.readouterr()

    assert suggest(path, out) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == (
        f"wrote {out}: sheet 1, header row 3, 9 columns matched, 8 values matched"
    )
    assert captured.err.splitlines() == ["unmatched column: Примечание"]
    profile = load_profile(out)  # what was written reads back as a valid profile
    assert profile.target == "objects"
    assert dict(profile.columns) == dict(RU_TITLE_DATE.columns)
    assert profile.values["object_type"]["цон"] == "GOV_PSC"
    assert profile.values["object_type"]["врачебная амбулатория"] == "HEALTH_POLYCLINIC"

    db = new_store_file(tmp_path / "store.sqlite", DISTRICT, "admin")
    assert main(["import-registry", "--db", str(db), "--profile", str(out), str(path)]) == 0
    store = open_store(db, TEST_KEY)
    try:  # the nine rows above the total row, nothing else
        assert ObjectRepository(store).count(ObjectFilter()) == 9
    finally:
        store.close()


def test_unmatched_values_are_listed_one_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.json"
    capsys.readouterr()

    assert suggest(MIXED_SPELLINGS.write(tmp_path), out, "--target", "objects") == 0
    assert capsys.readouterr().err.splitlines() == [
        "unmatched column: Ответственный",
        "unmatched value: object_type: Мини-маркет",
        "unmatched value: object_type: Стоматология",
    ]
    assert json.loads(out.read_text(encoding="utf-8"))["header_row"] == 5


def test_required_field_missing_exits_1_and_still_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same register without its KATO column.
    rows = [[c for n, c in enumerate(row) if n != 4] for row in RU_TITLE_DATE.rows]
    layout = Layout(
        name="no_kato",
        title="",
        target="objects",
        header_row=3,
        rows=rows,
        columns={},
        values={},
    )
    out = tmp_path / "p.json"
    capsys.readouterr()

    assert suggest(layout.write(tmp_path), out) == 1
    err = capsys.readouterr().err.splitlines()
    assert "unmatched required field: kato" in err
    assert err[-1].startswith("error: 1 required fields have no column; the profile")
    assert "kato" not in load_profile(out).columns
    assert len(load_profile(out).columns) == 8


def test_members_list_names_counts_never_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [list(row) for row in SCHOOL_LIST.rows]
    rows[5][8] = "ребёнок"  # son or daughter? no single code: stays unmatched
    layout = Layout(
        name="school", title="", target="members", header_row=3, rows=rows, columns={}, values={}
    )
    out = tmp_path / "p.json"
    capsys.readouterr()

    assert suggest(layout.write(tmp_path), out, "--target", "members") == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "unmatched column: Класс",
        "unmatched column: Примечание",
        "unmatched values: relation: 1 of 6 (not shown: personal data)",
    ]
    for text in ("ребёнок", "Ахметов", "Иванова", "850715300122"):
        assert text not in captured.err + captured.out
    assert load_profile(out).values["relation"]["сын"] == "SON"


def test_unreadable_file_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"not a workbook")
    out = tmp_path / "p.json"

    assert suggest(path, out) == 1
    assert "cannot be read, no profile written" in capsys.readouterr().err
    assert not out.exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["import-profile", "--suggest", str(tmp_path / "r.xlsx")])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["import-profile", "--suggest", "r.xlsx", "--target", "cases", "--out", "p.json"])
    assert exc.value.code == 2
