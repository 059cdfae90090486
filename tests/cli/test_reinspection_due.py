"""``main.py reinspection-due`` (issue 12): the due list with reasons and the count, exit 0."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import main
from models.objects.control_tables import ReinspectionTrigger
from models.reference import settings as domain_settings
from models.setup import open_store
from tests.accounts import TEST_KEY
from tests.conftest import DISTRICT
from tests.models.report_builders import add_object, add_passport
from tests.store_templates import new_store_file


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[len(before) :]:
        root.removeHandler(handler)
        handler.close()


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A 2020 passport (periodic at 5 years), a complaint on a 2024 one, a fresh one."""
    path = new_store_file(tmp_path / "store.sqlite", DISTRICT, "admin")
    store = open_store(path, TEST_KEY)
    try:
        with store.session("admin") as s:
            domain_settings.write_setting(s, domain_settings.REINSPECTION_YEARS_KEY, "5")
            add_passport(s, add_object(s, "Ескі мектеп"), 1, date(2020, 5, 1))
            o = add_object(s, "Емхана")
            add_passport(s, o, 1, date(2024, 3, 1))
            s.add(
                ReinspectionTrigger(object_id=o.id, kind="COMPLAINT", occurred_on=date(2026, 10, 5))
            )
            add_passport(s, add_object(s, "Жаңа мектеп"), 1, date(2024, 3, 1))
    finally:
        store.close()
    return path


def test_the_due_list_and_its_count(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = run(capsys, "reinspection-due", "--db", db, "--on", "2026-11-20")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].endswith("\tЕскі мектеп\tPERIODIC since 2025-05-01")
    assert lines[1].endswith("\tЕмхана\tCOMPLAINT since 2026-10-05")
    assert lines[2] == "2 object(s) due for re-inspection on 2026-11-20"
    assert len(lines) == 3


def test_an_earlier_day(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _err = run(capsys, "reinspection-due", "--db", db, "--on", "2025-01-01")
    assert code == 0
    assert out.splitlines() == ["0 object(s) due for re-inspection on 2025-01-01"]


def test_a_bad_day_is_refused(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = run(capsys, "reinspection-due", "--db", db, "--on", "20.11.2026")
    assert code == 1 and out == ""
    assert "is not a date" in err
