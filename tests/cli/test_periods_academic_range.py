"""An academic year and a range of whole years through the commands (issue 14, reporting.md §1):
approve, export, verify and consolidate district -> region -> republic.

The districts are the hand-built stores of ``tests/models/consolidation_builders.py`` (objects
passported in 2026, cases of 2025-2026). The commands run "on 15 September 2027", after both
periods ended, so they can be approved (§6.1) and their packages consolidated (§6.2).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest

import main
from exporters.package_read import read_package
from exporters.package_verify import verify_package
from models.reporting.periods import parse_period
from tests.models.consolidation_builders import (
    REGION,
    REPUBLIC,
    build_district_a,
    build_district_b,
)

LATER = date(2027, 9, 15)


class _Later(date):
    """``date`` whose today is :data:`LATER`."""

    @classmethod
    def today(cls) -> date:
        return LATER


@pytest.fixture(autouse=True)
def _after_both_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cli.periods.date", _Later)
    monkeypatch.setattr("cli.commands.date", _Later)


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() adds log handlers to the root logger; close them so files are not left open."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[len(before) :]:
        root.removeHandler(handler)
        handler.close()


_ADMINS = {"region": "oblast", "republic": "ministry"}


def _login(db: Path) -> str:
    return _ADMINS.get(db.stem, "admin")


def _init(path: Path, office: object, admin: str) -> None:
    o = office
    args = ["init", "--db", str(path), "--office", o.kato, "--level", o.level]  # type: ignore[attr-defined]
    args += ["--name-kk", o.name_kk, "--name-ru", o.name_ru, "--admin", admin]  # type: ignore[attr-defined]
    assert main.main(args) == 0


def _approve_and_export(
    db: Path, period: str, out: Path, capsys: pytest.CaptureFixture[str], *, approve: bool = True
) -> Path:
    out.mkdir(parents=True)
    who = ["--db", str(db), "--user", _login(db), "--period", period]
    if approve:
        assert main.main(["approve", *who]) == 0
        assert f"approved {period} by {_login(db)}" in capsys.readouterr().out
    assert main.main(["export", *who, "--out", str(out)]) == 0
    return Path(capsys.readouterr().out.strip().splitlines()[-1])


def _consolidate(db: Path, *packages: Path) -> int:
    args = ["consolidate", "--db", str(db), "--user", _login(db)]
    return main.main([*args, *map(str, packages)])


#: B1 of each district (start, opened, closed, end, children, with disability, visits,
#: services, overdue), counted by hand from the builders.
B1_BY_HAND = {
    # Nothing is dated after 30.06.2026: no flow. Open on 31.08.2026 and 31.08.2027: A's c1 and
    # c3 (c1's family: children born 2015 (group III) and 2018); B's b1, b2, b5, b6, and b1's
    # follow-up due 01.04.2026 never made (overdue).
    "2026-AY": [(2, 0, 0, 2, 2, 1, 0, 0, 0), (4, 0, 0, 4, 0, 0, 0, 0, 1)],
    # Nothing open on 31.12.2023; every case, visit and service of 2025-2026 inside.
    "2024..2026": [(0, 3, 1, 2, 2, 1, 1, 2, 0), (0, 6, 2, 4, 0, 0, 2, 3, 1)],
}


@pytest.mark.parametrize("period", ["2026-AY", "2024..2026"])
def test_an_academic_year_and_a_range_go_up_to_the_republic(
    period: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dbs = {k: tmp_path / f"{k}.sqlite" for k in ("a", "b", "region", "republic")}
    build_district_a(dbs["a"]).close()
    build_district_b(dbs["b"]).close()
    _init(dbs["region"], REGION, "oblast")
    _init(dbs["republic"], REPUBLIC, "ministry")
    capsys.readouterr()

    a = _approve_and_export(dbs["a"], period, tmp_path / "usb" / "a", capsys)
    b = _approve_and_export(dbs["b"], period, tmp_path / "usb" / "b", capsys)
    # reporting.md §2: <KATO>_<PERIOD>, the period as typed (its ".." is no path component).
    assert a.name == f"113200000_{period}.manifest.json"
    assert (a.parent / f"113200000_{period}.xlsx").is_file()
    manifest = json.loads(a.read_text(encoding="utf-8"))
    assert manifest["period"] == period
    assert manifest["workbook"]["file"] == f"113200000_{period}.xlsx"
    assert manifest["approval"]["period"] == period
    assert main.main(["verify", str(a)]) == 0
    assert f"period {period}" in capsys.readouterr().out
    assert verify_package(b, receiver=REGION).ok

    assert _consolidate(dbs["region"], a, b) == 0
    assert capsys.readouterr().out.count("received: ") == 2
    region = _approve_and_export(dbs["region"], period, tmp_path / "usb" / "region", capsys)
    assert region.name == f"110000000_{period}.manifest.json"
    assert verify_package(region, receiver=REPUBLIC).ok
    data = read_package(region).data
    assert data is not None and data.period == parse_period(period)
    # Objects were passported in 2026: the stocks at the end of either period are 2026's.
    assert [astuple(r)[:1] + astuple(r)[2:] for r in data.a1] == [
        ("113200000", 12, 12, 10, 2, 1),
        ("113400000", 95, 93, 90, 60, 15),
    ]
    assert [astuple(r)[2:] for r in data.b1] == B1_BY_HAND[period]

    assert _consolidate(dbs["republic"], region) == 0
    # The republic misses the other regions: its package stays a draft (nothing to approve).
    republic = _approve_and_export(
        dbs["republic"], period, tmp_path / "usb" / "republic", capsys, approve=False
    )
    data = read_package(republic).data
    assert data is not None
    assert [astuple(r)[:1] + astuple(r)[2:] for r in data.a1] == [
        ("110000000", 107, 105, 100, 62, 16)
    ]
    total = tuple(map(sum, zip(*B1_BY_HAND[period], strict=True)))
    assert [astuple(r)[2:] for r in data.b1] == [total]
