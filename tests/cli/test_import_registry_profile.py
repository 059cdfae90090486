"""``main.py import-registry --profile P.json FILE`` (reporting.md §3.1, §4): an office's own
register or a list of family members, exit codes and the lines printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exporters.import_profile import profile_to_json, save_profile
from main import main
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.reference.accounts import add_account
from models.setup import open_store
from tests.accounts import TEST_KEY, TEST_PASSWORD
from tests.conftest import DISTRICT
from tests.exporters.test_import_profile_objects import ru_profile, ru_rows, write_register
from tests.exporters.test_profile_members import SCHOOL, school_list
from tests.store_templates import new_store_file


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


def test_an_own_register_imports_through_a_profile_and_again(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = write_register(tmp_path / "реестр.xlsx", ru_rows())
    profile = tmp_path / "реестр.json"
    save_profile(ru_profile(), profile)
    capsys.readouterr()

    args = ["import-registry", "--db", str(db), "--user", "clerk", "--profile", str(profile)]
    assert main([*args, str(register)]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "imported 4 new and 0 updated objects"
    assert out.err.splitlines() == [
        "warning: row 5, exclusion_reason: not subject to passportization without an exclusion "
        "reason and date: imported, to be completed in the object card"
    ]
    assert main([*args, str(register)]) == 0
    assert capsys.readouterr().out.strip() == "imported 0 new and 0 updated objects"
    assert count(db) == 4


def test_bad_rows_name_the_row_and_the_header_and_exit_1(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = ru_rows()
    rows[0][2] = "Стадион"
    rows[2][7] = "ДП-И"
    register = write_register(tmp_path / "r.xlsx", rows)
    profile = tmp_path / "p.json"
    save_profile(ru_profile(), profile)
    capsys.readouterr()

    assert main(["import-registry", "--db", str(db), "--profile", str(profile), str(register)]) == 1

    err = capsys.readouterr().err.splitlines()
    assert err == [
        "row 4, Вид объекта (object_type): unknown code 'Стадион'",
        "row 6, Статус доступности (status_display): 'ДП-И' is not an accessibility status "
        "(ДП-В, ДЧ-В, ДУ, ВНД or ДП-И (К, О); ДЧ-И (С))",
        f"error: {register}: rejected, nothing imported",
    ]
    assert count(db) == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "profile_unreadable"),
        (json.dumps({"format": "qoldau-receipt"}).encode(), "profile_format"),
        (
            json.dumps(
                {**profile_to_json(ru_profile()), "columns": {"colour": "Цвет"}},
                ensure_ascii=False,
            ).encode(),
            "profile_field",
        ),
    ],
)
def test_a_bad_profile_exits_1_before_the_store_is_touched(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    register = write_register(tmp_path / "r.xlsx", ru_rows())
    profile = tmp_path / "p.json"
    profile.write_bytes(content)
    capsys.readouterr()

    assert main(["import-registry", "--db", str(db), "--profile", str(profile), str(register)]) == 1

    err = capsys.readouterr().err
    assert reason in err and "nothing imported" in err and "Traceback" not in err
    assert count(db) == 0


def test_a_missing_profile_file_is_a_refusal(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = write_register(tmp_path / "r.xlsx", ru_rows())
    absent = tmp_path / "absent.json"
    assert main(["import-registry", "--db", str(db), "--profile", str(absent), str(register)]) == 1
    assert "profile_unreadable" in capsys.readouterr().err


def test_a_members_profile_imports_families_through_the_same_command(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    members = school_list(tmp_path / "список.xlsx")
    profile = tmp_path / "семьи.json"
    save_profile(SCHOOL, profile)
    capsys.readouterr()

    args = ["import-registry", "--db", str(db), "--profile", str(profile), str(members)]
    assert main(args) == 0
    out = capsys.readouterr()
    assert out.out.strip() == (
        "imported 1 new and 0 updated families, 4 new members, 0 linked to stored people"
    )
    for name in ("Касымов", "Нурлан", "Алия"):
        assert name not in out.out + out.err  # nothing personal is printed
    assert main(args) == 0
    assert capsys.readouterr().out.strip().startswith("imported 0 new and 1 updated families")
