"""``main.py demo``: adds demo data to an existing store and prints the summary."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

import main
from models.cases.tables import Case
from models.families.tables import Family
from models.objects.tables import InfraObject
from models.setup import open_store
from tests.accounts import TEST_KEY
from tests.conftest import DISTRICT
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


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    new_store_file(path, DISTRICT, "admin")
    return path


def _objects(path: Path) -> int:
    store = open_store(path, TEST_KEY)
    try:
        with store.session() as s:
            return int(s.scalar(select(func.count(InfraObject.id))) or 0)
    finally:
        store.close()


def test_demo_adds_objects_and_prints_summary(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main.main(
        ["demo", "--db", str(db), "--passports", "50", "--families", "0", "--seed", "3"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("added 50 objects")
    assert "DEMO-3-1..DEMO-3-50" in out
    assert "families" not in out
    assert _objects(db) == 50


def test_demo_twice_with_the_same_seed_adds_more(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main.main(["demo", "--db", str(db), "--passports", "20", "--seed", "3"]) == 0
    assert main.main(["demo", "--db", str(db), "--passports", "20", "--seed", "3"]) == 0
    assert "DEMO-3-21..DEMO-3-40" in capsys.readouterr().out
    assert _objects(db) == 40


def test_demo_families_adds_families_with_cases_at_every_stage(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main.main(["demo", "--db", str(db), "--passports", "5", "--families", "60"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("added 5 objects")
    assert "; 60 families with " in out and "60 cases (SIGNAL " in out
    for stage in ("IDENTIFIED", "ASSESSMENT", "PLAN", "ACCOMPANIMENT", "CLOSED", "REOPENED"):
        assert f" {stage} " in out
    assert "not available" not in out
    store = open_store(db, TEST_KEY)
    try:
        with store.session() as s:
            assert s.scalar(select(func.count(Family.id))) == 60
            assert s.scalar(select(func.count(Case.id))) == 60
    finally:
        store.close()


def test_demo_families_reproducible_for_a_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outs = []
    for name in ("a.sqlite", "b.sqlite"):
        path = tmp_path / name
        new_store_file(path, DISTRICT, "admin")
        args = ["demo", "--db", str(path), "--passports", "0", "--families", "20", "--seed", "4"]
        assert main.main(args) == 0
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1]


def test_no_store_exits_1_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "missing.sqlite"
    assert main.main(["demo", "--db", str(path)]) == 1
    assert "no Qoldau store" in capsys.readouterr().err
    assert not path.exists()


def test_negative_count_exits_1(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["demo", "--db", str(db), "--passports", "-5"]) == 1
    assert "zero or more" in capsys.readouterr().err
    assert _objects(db) == 0
