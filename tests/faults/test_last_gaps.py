"""The last fault cases of issue 9: a full disk during ``import-registry`` and two real ``demo``
processes on one store. Both end with exit 0 or one sentence, never a traceback, and the store
stays whole (counts unchanged after a refusal, ``PRAGMA integrity_check`` after a race)."""

from __future__ import annotations

import errno
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import main
from models.objects.registry import store as registry_store
from tests.conftest import DISTRICT
from tests.exporters.test_registry_import import good_rows, write
from tests.store_templates import new_store_file, raw_connect, table_counts

ROOT = Path(__file__).resolve().parents[2]


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
    return new_store_file(tmp_path / "qoldau.sqlite", DISTRICT, "admin")


def counts(db: Path) -> dict[str, int]:
    """Rows of every table of the store."""
    return table_counts(db)


def one_sentence(err: str) -> str:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    return lines[0]


def test_a_full_disk_during_import_registry_is_one_sentence_and_changes_nothing(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write(tmp_path / "registry.xlsx", good_rows())
    calls: list[int] = []

    def full(*_args: object, **_kw: object) -> object:
        calls.append(1)
        raise OSError(errno.ENOSPC, "No space left on device", str(db))

    monkeypatch.setattr(registry_store, "_insert_objects", full)
    before = counts(db)
    capsys.readouterr()

    assert main.main(["import-registry", "--db", str(db), "--user", "admin", str(path)]) == 1

    assert calls, "the write was never reached: the test did not exercise a full disk"
    line = one_sentence(capsys.readouterr().err)
    assert "is full" in line and "free some space" in line
    assert counts(db) == before
    assert counts(db)["infra_object"] == 0


def test_two_demo_processes_on_one_store_leave_it_whole(db: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QOLDAU_USER": "admin", "PYTHONPATH": str(ROOT)}
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / "home" / var.lower())
    command = [
        sys.executable,
        str(ROOT / "main.py"),
        "demo",
        "--db",
        str(db),
        "--user",
        "admin",
        "--passports",
        "30",
        "--families",
        "5",
    ]
    procs = [
        subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    results = [(p.returncode, out, err) for p, (out, err) in zip(procs, outputs, strict=True)]

    for code, _out, err in results:
        assert "Traceback" not in err, err
        assert code in (0, 1), err
        if code == 1:
            one_sentence(err)
    assert results[0][0] == 0 or results[1][0] == 0, results
    conn = raw_connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    succeeded = sum(1 for code, _o, _e in results if code == 0)
    assert counts(db)["infra_object"] == 30 * succeeded
