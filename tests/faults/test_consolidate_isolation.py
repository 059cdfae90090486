"""A batch ``consolidate`` processes each package on its own (issue 9): an unexpected error in
one package is listed on stderr like a refusal (its traceback goes to the log only) and the
packages after it are still received; the command exits 1."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from main import main
from models.reporting import consolidation
from models.reporting.received import ReceivedPackage
from models.setup import open_store
from tests.accounts import TEST_KEY
from tests.exporters.package_samples import REGION
from tests.faults.hostile import district_package
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


def _received(db: Path) -> int:
    store = open_store(db, TEST_KEY)
    try:
        with store.session() as s:
            return s.scalar(select(func.count()).select_from(ReceivedPackage)) or 0
    finally:
        store.close()


def _failing_receive(
    monkeypatch: pytest.MonkeyPatch, bad: Path, error: Exception, step: str = "receive"
) -> None:
    """Make ``step`` (``receive`` or ``plan_receipt``) raise ``error`` for the package ``bad``."""
    real = getattr(consolidation, step)

    def failing(store: Any, incoming: Any, **kwargs: Any) -> Any:
        if incoming.source == str(bad):
            raise error
        return real(store, incoming, **kwargs)

    monkeypatch.setattr(consolidation, step, failing)


def _consolidate(db: Path, *manifests: Path) -> int:
    return main(["consolidate", "--db", str(db), "--user", "oblast", *map(str, manifests)])


def test_an_unexpected_error_in_one_package_does_not_stop_the_batch(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = new_store_file(tmp_path / "region.sqlite", REGION, "oblast")
    bad = district_package(tmp_path / "bad")
    good = district_package(tmp_path / "good")
    _failing_receive(monkeypatch, bad, RuntimeError("boom in receive"))
    capsys.readouterr()

    with caplog.at_level(logging.CRITICAL):
        assert _consolidate(db, bad, good) == 1

    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "boom in receive" not in captured.err
    assert f"{bad}: refused: unexpected failure (RuntimeError)" in captured.err
    assert captured.out.count("received: ") == 1 and "113200000" in captured.out
    assert "1 of 2 package(s) refused" in captured.err
    assert _received(db) == 1
    # The traceback is in the log, with the package named.
    failures = [r for r in caplog.records if r.exc_info and r.levelno == logging.CRITICAL]
    assert len(failures) == 1
    assert str(bad) in failures[0].getMessage()
    assert isinstance(failures[0].exc_info[1], RuntimeError)  # type: ignore[index]


def test_an_expected_store_error_in_one_package_is_worded_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = new_store_file(tmp_path / "region.sqlite", REGION, "oblast")
    bad = district_package(tmp_path / "busy")
    good = district_package(tmp_path / "good")
    locked = OperationalError("INSERT ...", {}, Exception("database is locked"))
    _failing_receive(monkeypatch, bad, locked)
    capsys.readouterr()

    assert _consolidate(db, bad, good) == 1

    err = capsys.readouterr().err
    assert f"{bad}: refused: the store is busy" in err
    assert "Traceback" not in err and "INSERT" not in err
    assert "1 of 2 package(s) refused" in err
    assert _received(db) == 1


def test_a_failure_in_the_plan_of_the_last_package_keeps_the_ones_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = new_store_file(tmp_path / "region.sqlite", REGION, "oblast")
    good = district_package(tmp_path / "good")
    bad = district_package(tmp_path / "bad")
    _failing_receive(monkeypatch, bad, RuntimeError("late"), step="plan_receipt")
    capsys.readouterr()

    assert _consolidate(db, good, bad) == 1

    captured = capsys.readouterr()
    assert captured.out.count("received: ") == 1
    assert f"{bad}: refused: unexpected failure (RuntimeError)" in captured.err
    assert _received(db) == 1
