"""Revision 0006 (issue 7): the case_event seek index, and reopened cases' stale follow-ups.

The fixture store ``tests/migrations/fixtures/store_0005.sqlite``
(``tools/make_fixture_store_0005.py``) holds cases as the 0005 release wrote them: reopened
cases still carrying the closed cycle's ``next_follow_up``. Each case's expected value is in
the script's ``EXPECTED``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select, text

from models.cases.overdue import overdue_condition
from models.cases.repository import CaseRepository
from models.cases.tables import Case
from models.setup import open_store
from models.store.db import current_revision, head_revision
from tests.accounts import TEST_KEY
from tests.store_templates import encrypted_copy, raw_connect
from tools.make_fixture_store_0005 import EXPECTED

FIXTURE = Path(__file__).resolve().parents[2] / "migrations" / "fixtures" / "store_0005.sqlite"


def _follow_ups(path: Path) -> dict[int, tuple[str | None, str]]:
    conn = raw_connect(path)
    try:
        return {
            cid: (follow_up, by)
            for cid, follow_up, by in conn.execute(
                "SELECT id, next_follow_up, updated_by FROM family_case ORDER BY id"
            )
        }
    finally:
        conn.close()


def _indexes(path: Path) -> set[str]:
    conn = raw_connect(path)
    try:
        found = conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'case_event'")
        return {name for (name,) in found if name.startswith("ix_")}
    finally:
        conn.close()


def test_revision_0006_repairs_reopened_follow_ups_and_adds_the_index(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    encrypted_copy(FIXTURE, path)
    before = _follow_ups(path)
    assert {cid: fu for cid, (fu, _by) in before.items()} == {
        1: "2026-06-15",
        2: "2026-06-15",
        3: "2026-12-01",
        4: "2026-06-15",
        5: "2026-12-10",
        6: "2026-05-20",
    }
    assert _indexes(path) == {"ix_case_event_case"}

    store = open_store(path, TEST_KEY)
    try:
        assert current_revision(store.engine) == head_revision()
        # Case 1 (reopened on 01.09, not visited since) is no longer "due" on the closed
        # cycle's date; case 2 is due on its new cycle's date.
        due = {r.id for r in CaseRepository(store).follow_ups_due_this_week(date(2026, 10, 19))}
        assert 1 not in due and 2 in due
    finally:
        store.close()

    after = _follow_ups(path)
    assert {cid: fu for cid, (fu, _by) in after.items()} == EXPECTED
    for cid, (follow_up, by) in after.items():
        assert (by == "migration-0006") is (follow_up != before[cid][0]), cid
    assert _indexes(path) == {"ix_case_event_seek"}
    # The backup taken before the upgrade holds the old values.
    (backup,) = tmp_path.glob("store.before-0005-*.sqlite")
    assert _follow_ups(backup) == before


def test_the_overdue_rule_reads_events_from_the_index_alone(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    encrypted_copy(FIXTURE, path)
    store = open_store(path, TEST_KEY)
    try:
        stmt = select(func.count(Case.id)).where(overdue_condition(date(2026, 11, 20)))
        sql = str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))
        with store.engine.connect() as conn:
            plan = [row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}"))]
    finally:
        store.close()
    event_steps = [step for step in plan if "case_event" in step or "ov_" in step]
    assert event_steps, plan
    seeks = [step for step in plan if "ov_event" in step or "ov_start" in step]
    assert len(seeks) == 2, plan
    assert all("USING COVERING INDEX ix_case_event_seek" in step for step in seeks), plan
