"""A small sample of the kill -9 soak (tests/faults/soak.py) in CI: deterministic seed (issue 9).

The full soak (``.venv/bin/python tests/faults/soak.py --kills 60``) runs on demand; here six
rounds, one of each kind of work and a second import, on real subprocesses killed with SIGKILL.
"""

from __future__ import annotations

from pathlib import Path

from tests.faults import soak
from tests.store_templates import raw_connect


def test_six_kills_leave_no_corrupt_and_no_partial_store(tmp_path: Path) -> None:
    s = soak.soak(kills=6, seed=2, work=tmp_path)

    assert s.problems == []
    assert s.results["corrupt"] == 0
    assert s.results["partial"] == 0
    assert sum(s.by_kind.values()) == 6
    assert set(s.by_kind) == set(soak.KINDS)
    # The delays are drawn inside each full run's duration: most rounds are real kills.
    assert s.results["kills"] >= 3
    assert s.summary().startswith("soak: kills=")


def test_the_checks_see_a_partial_store_and_a_corrupt_one(tmp_path: Path) -> None:
    """The soak's own checks are not vacuous: half a write and a damaged file are caught."""
    db = tmp_path / "s.sqlite"
    conn = raw_connect(db)
    conn.execute("CREATE TABLE a (x)")
    conn.execute("CREATE TABLE b (x)")
    conn.commit()
    conn.close()
    kind = soak.Kind("saves", before={"a": 0, "b": 0}, after={"a": 1, "b": 2})

    assert soak.Soak.whole_saves({"a": 0, "b": 0}, {"a": 3, "b": 6}, kind)
    assert not soak.Soak.whole_saves({"a": 0, "b": 0}, {"a": 3, "b": 5}, kind)
    assert not soak.Soak.whole_saves({"a": 0, "b": 0}, {"a": 0, "b": 2}, kind)
    assert soak.integrity(db) == "ok"
    assert soak.counts(db) == {"a": 0, "b": 0}

    db.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 4000)
    assert soak.integrity(db) != "ok"
