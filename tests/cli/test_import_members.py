"""``main.py import-registry --profile P.json FILE`` with a ``members`` profile (reporting.md
§3.1, §4): a person with the same IIN is linked, other duplicates are warned on stderr by row
and kind without personal data, a bad list exits 1 with nothing written, a re-import adds
nobody."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from exporters.import_profile import save_profile
from main import main
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.families.tables import Family, Person
from models.reference.accounts import add_account
from models.setup import open_store
from tests.accounts import TEST_KEY, TEST_PASSWORD
from tests.conftest import DISTRICT
from tests.exporters.test_profile_members import (
    BROTHER,
    FATHER,
    KATO,
    MOTHER,
    SCHOOL,
    SON,
    school_list,
    school_rows,
)
from tests.store_templates import new_store_file


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = new_store_file(tmp_path / "store.sqlite", DISTRICT, "admin")
    store = open_store(path, TEST_KEY)
    try:  # a specialist may import (reporting.md §5); the store knows two people already
        add_account(store, "clerk", "specialist", TEST_PASSWORD)
        repo = FamilyRepository(store)
        draft = FamilyDraft(
            kato=KATO,
            legal_basis="STATUTORY",
            statutory_basis="Әлеуметтік кодекс",
            members=(
                MemberDraft(
                    "Kasymov",
                    "Nurlan",
                    "APPLICANT",
                    date(1985, 7, 15),
                    "M",
                    no_iin_reason="FOREIGNER",
                ),
                MemberDraft("Касымов", "Ерлан", "GRANDCHILD", date(2015, 5, 10), "M", iin=SON),
            ),
        )
        repo.save_family(draft, repo.context(date.today()), "admin")
    finally:
        store.close()
    return path


def counts(db: Path) -> tuple[int, int]:
    store = open_store(db, TEST_KEY)
    try:
        with store.session() as s:
            return (
                int(s.scalar(select(func.count()).select_from(Family)) or 0),
                int(s.scalar(select(func.count()).select_from(Person)) or 0),
            )
    finally:
        store.close()


def _no_personal_data(text: str) -> None:
    for secret in (FATHER, MOTHER, SON, BROTHER, "Касымов", "Нурлан", "Kasymov", "Абая"):
        assert secret not in text


def test_members_profile_links_same_iin_and_warns_similar_names(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "school.json"
    save_profile(SCHOOL, profile)
    path = school_list(tmp_path / "school.xlsx")
    capsys.readouterr()

    argv = ["import-registry", "--db", str(db), "--user", "clerk", "--profile", str(profile)]
    assert main([*argv, str(path)]) == 0

    out, err = capsys.readouterr()
    assert counts(db) == (2, 5)  # the son linked: father, mother and brother are new
    warned = [line for line in err.splitlines() if "row 4" in line]
    assert len(warned) == 1 and "similar" in warned[0]  # Nurlan: same birth date, same name
    assert "Traceback" not in err
    _no_personal_data(out + err)

    # The same list again: found by its family reference, nobody added.
    assert main([*argv, str(path)]) == 0
    assert counts(db) == (2, 5)


def test_a_bad_list_exits_1_and_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "school.json"
    save_profile(SCHOOL, profile)
    rows = school_rows()
    rows[1][2] = MOTHER[:11] + str((int(MOTHER[11]) + 1) % 10)
    path = school_list(tmp_path / "bad.xlsx", rows)
    before = counts(db)
    capsys.readouterr()

    assert main(["import-registry", "--db", str(db), "--profile", str(profile), str(path)]) == 1

    err = capsys.readouterr().err
    assert "row 5, iin: the IIN's check digit is wrong" in err
    assert "Traceback" not in err
    _no_personal_data(err)
    assert counts(db) == before
