"""``main.py consolidate`` (reporting.md §4): district -> region -> republic by the commands.

District stores are hand-built (``tests/models/consolidation_builders.py``); the region and the
republic are created with ``init``; every package is written with ``export``.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from dataclasses import astuple
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

import pytest
from sqlalchemy import func, select

import main
from exporters.package_read import read_package
from exporters.package_verify import verify_package
from models.reporting.consolidation import history
from models.reporting.received import REPLACED, ReceivedObject, ReceivedPackage
from models.setup import unlock_store
from models.store.db import Store
from tests.accounts import TEST_PASSWORD
from tests.models.consolidation_builders import (
    ALMATY,
    FOREIGN_DISTRICT,
    REGION,
    REPUBLIC,
    add_objects,
    build_district_a,
    build_district_b,
)
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


def _init(path: Path, office: object, admin: str) -> None:
    o = office
    assert (
        main.main(
            [
                "init",
                "--db",
                str(path),
                "--office",
                o.kato,  # type: ignore[attr-defined]
                "--level",
                o.level,  # type: ignore[attr-defined]
                "--name-kk",
                o.name_kk,  # type: ignore[attr-defined]
                "--name-ru",
                o.name_ru,  # type: ignore[attr-defined]
                "--admin",
                admin,
            ]
        )
        == 0
    )


#: The administrator of each store the tests make (``admin`` for the districts).
_ADMINS = {"region": "oblast", "republic": "ministry"}


def _login(db: Path) -> str:
    """Return the administrator of the store at ``db``."""
    return _ADMINS.get(db.stem, "admin")


def _approve(db: Path, *command: str) -> int:
    """Approve (or ``reopen`` with a reason) 2026-H1 at ``db`` as its administrator."""
    args = [
        *(command or ("approve",)),
        "--db",
        str(db),
        "--user",
        _login(db),
        "--period",
        "2026-H1",
    ]
    return main.main(args + (["--reason", "correction"] if command == ("reopen",) else []))


def _export(db: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Approve 2026-H1 (reporting.md §6.2: drafts are refused) unless it is, then export it."""
    out.mkdir(parents=True, exist_ok=True)
    _approve(db)  # 1 when already approved: the period stays approved
    capsys.readouterr()
    args = ["export", "--db", str(db), "--user", _login(db), "--period", "2026-H1"]
    assert main.main([*args, "--out", str(out)]) == 0
    return Path(capsys.readouterr().out.strip().splitlines()[-1])


def _consolidate(db: Path, *args: str | Path) -> int:
    return main.main(["consolidate", "--db", str(db), "--user", _login(db), *map(str, args)])


class _Clock(datetime):
    """Stands in for ``datetime`` in the package writer: each export a minute after the last.

    Manifests stamp ``created_at`` to the second, and "newer" compares them: two real exports
    within one second would make the test depend on timing.
    """

    ticks = 0

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> _Clock:  # type: ignore[override]
        cls.ticks += 1
        moment = datetime(2026, 7, 3, 10, 0, tzinfo=ALMATY) + timedelta(minutes=cls.ticks)
        return cls.fromtimestamp(moment.timestamp(), tz or ALMATY)


@pytest.fixture(autouse=True)
def _clock(monkeypatch: pytest.MonkeyPatch) -> None:
    _Clock.ticks = 0
    monkeypatch.setattr("exporters.package.datetime", _Clock)


@pytest.fixture
def dbs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Path]:
    paths = {k: tmp_path / f"{k}.sqlite" for k in ("a", "b", "region", "republic")}
    build_district_a(paths["a"]).close()
    build_district_b(paths["b"]).close()
    _init(paths["region"], REGION, "oblast")
    _init(paths["republic"], REPUBLIC, "ministry")
    capsys.readouterr()
    return paths


def _a1_units(manifest: Path) -> list[tuple[object, ...]]:
    data = read_package(manifest).data
    assert data is not None
    return [astuple(r)[:1] + astuple(r)[2:] for r in data.a1]


def _open(db: Path) -> Store:
    """Log in to the store at ``db`` as its administrator (the stores are made by ``init``)."""
    return unlock_store(db, _login(db), TEST_PASSWORD)


def _received(db: Path) -> tuple[int, int]:
    store = _open(db)
    try:
        with store.session() as s:
            return (
                s.scalar(select(func.count()).select_from(ReceivedPackage)) or 0,
                s.scalar(select(func.count()).select_from(ReceivedObject)) or 0,
            )
    finally:
        store.close()


def test_commands_pass_packages_up_to_the_republic(
    dbs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _export(dbs["a"], tmp_path / "usb" / "a", capsys)
    b = _export(dbs["b"], tmp_path / "usb" / "b", capsys)

    assert _consolidate(dbs["region"], a, b) == 0
    out = capsys.readouterr().out
    assert out.count("received: ") == 2 and "113200000" in out and "113400000" in out

    region_pkg = _export(dbs["region"], tmp_path / "usb" / "region", capsys)
    assert verify_package(region_pkg, receiver=REPUBLIC).ok
    assert _a1_units(region_pkg) == [
        ("113200000", 12, 12, 10, 2, 1),
        ("113400000", 95, 93, 90, 60, 15),
    ]
    manifest = json.loads(region_pkg.read_text(encoding="utf-8"))
    assert [i["kato"] for i in manifest["includes"]] == ["113200000", "113400000"]
    assert manifest["sheets"]["A3"] == 100

    assert _consolidate(dbs["republic"], region_pkg) == 0
    republic_pkg = _export(dbs["republic"], tmp_path / "usb" / "republic", capsys)
    assert _a1_units(republic_pkg) == [("110000000", 107, 105, 100, 62, 16)]
    data = read_package(republic_pkg).data
    assert data is not None
    assert [astuple(r)[2:] for r in data.b1] == [(2, 7, 3, 6, 2, 1, 3, 5, 1)]
    assert len(data.a3) == 100


def test_refusals_exit_1_and_keep_the_accepted_ones(
    dbs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _export(dbs["a"], tmp_path / "usb" / "a", capsys)
    b = _export(dbs["b"], tmp_path / "usb" / "b", capsys)
    foreign_db = tmp_path / "foreign.sqlite"
    new_store_file(foreign_db, FOREIGN_DISTRICT, "admin")
    foreign = _export(foreign_db, tmp_path / "usb" / "foreign", capsys)
    workbook = b.with_name(b.name.replace(".manifest.json", ".xlsx"))
    workbook.write_bytes(workbook.read_bytes() + b"\0")  # tampered after export

    assert _consolidate(dbs["region"], a, b, foreign) == 1
    captured = capsys.readouterr()
    assert captured.out.count("received: ") == 1
    assert f"{b}: refused: failed verification" in captured.err
    assert "workbook_sha256" in captured.err
    assert f"{foreign}: refused: district 151200000" in captured.err
    assert "is not a sub-office" in captured.err
    assert "2 of 3 package(s) refused" in captured.err
    assert _received(dbs["region"]) == (1, 10)

    # The same package twice.
    assert _consolidate(dbs["region"], a) == 1
    assert "was already received" in capsys.readouterr().err
    assert _received(dbs["region"]) == (1, 10)


def test_replacement_only_with_yes_without_a_terminal(
    dbs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _export(dbs["a"], tmp_path / "usb" / "a1", capsys)
    assert _consolidate(dbs["region"], old) == 0
    assert _approve(dbs["a"], "reopen") == 0  # the district corrects its approved period
    store = _open(dbs["a"])
    with store.session() as s:
        add_objects(s, "113220199", passported=1, requiring=0, adapted=0)
    store.close()
    newer = _export(dbs["a"], tmp_path / "usb" / "a2", capsys)
    capsys.readouterr()

    assert _consolidate(dbs["region"], newer) == 1
    err = capsys.readouterr().err
    assert "run again with --yes to confirm the replacement" in err
    assert _received(dbs["region"]) == (1, 10)

    assert _consolidate(dbs["region"], "--yes", newer) == 0
    assert "(replaces " in capsys.readouterr().out
    assert _received(dbs["region"]) == (2, 21)
    # The older package again: already received; history keeps it as replaced.
    assert _consolidate(dbs["region"], "--yes", old) == 1
    assert "already received" in capsys.readouterr().err
    store = _open(dbs["region"])
    try:
        statuses = sorted(h.status for h in history(store))
    finally:
        store.close()
    assert statuses == ["current", REPLACED]


def test_replacement_asked_at_the_terminal(
    dbs: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = _export(dbs["a"], tmp_path / "usb" / "a1", capsys)
    assert _consolidate(dbs["region"], old) == 0
    newer = _export(dbs["a"], tmp_path / "usb" / "a2", capsys)

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter(["n", "y"])
    asked: list[str] = []

    def fake_input(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("builtins.input", fake_input)
    assert _consolidate(dbs["region"], newer) == 1  # answered "n"
    assert _received(dbs["region"])[0] == 1
    assert _consolidate(dbs["region"], newer) == 0  # answered "y"
    assert _received(dbs["region"])[0] == 2
    assert len(asked) == 2 and "Replace package" in asked[0] and "[y/N]" in asked[0]


def test_district_store_receives_nothing(
    dbs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    b = _export(dbs["b"], tmp_path / "usb" / "b", capsys)
    assert _consolidate(dbs["a"], b) == 1
    assert "receives no packages" in capsys.readouterr().err


def test_usage_errors_exit_2(dbs: dict[str, Path]) -> None:
    with pytest.raises(SystemExit) as exc:
        main.main(["consolidate", "--db", str(dbs["region"])])
    assert exc.value.code == 2
