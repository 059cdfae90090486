"""Revision 0007 (issue 8) on a released store: roles take their reporting.md §5 names and the
closures and reopenings of the past count as approved, on their own dates, by
``migration-0007`` (nobody could approve them before; they must not flood the supervisors'
"awaiting approval" list).

The fixture ``tests/migrations/fixtures/store_0005.sqlite`` (``tools/make_fixture_store_0005.py``)
holds six cases with closures and reopenings and the administrator ``admin`` with the role
``admin``; opening it runs 0006, 0007 and every later revision.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from models.cases.approvals import approve_closure
from models.cases.dto import ClosureDraft
from models.cases.repository import CaseRepository
from models.setup import open_store
from models.store.db import current_revision, head_revision
from tests.accounts import TEST_KEY
from tests.store_templates import encrypted_copy, raw_connect

FIXTURE = Path(__file__).resolve().parents[2] / "migrations" / "fixtures" / "store_0005.sqlite"

#: The fixture's closure and reopening events: (id, case, date, to_stage), read by hand with
#: ``sqlite3 store_0005.sqlite "SELECT ... FROM case_event"``.
PAST = [
    (11, 1, "2026-06-01", "CLOSED"),
    (12, 2, "2026-06-01", "CLOSED"),
    (13, 3, "2026-06-01", "CLOSED"),
    (14, 4, "2026-06-01", "CLOSED"),
    (16, 6, "2026-03-01", "CLOSED"),
    (21, 1, "2026-09-01", "REOPENED"),
    (22, 2, "2026-09-01", "REOPENED"),
    (23, 3, "2026-09-01", "REOPENED"),
    (26, 6, "2026-04-01", "REOPENED"),
    (36, 6, "2026-06-01", "CLOSED"),
]


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = raw_connect(path)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def test_revision_0007_names_roles_and_stamps_past_approvals(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    encrypted_copy(FIXTURE, path)
    assert _rows(path, "SELECT login, role FROM app_user") == [("admin", "admin")]
    past = _rows(
        path,
        "SELECT id, case_id, event_date, to_stage FROM case_event "
        "WHERE to_stage IN ('CLOSED', 'REOPENED') ORDER BY to_stage, id",
    )
    assert sorted(past, key=lambda r: (r[3], r[0])) == sorted(PAST, key=lambda r: (r[3], r[0]))

    store = open_store(path, TEST_KEY)
    try:
        assert current_revision(store.engine) == head_revision()
        cases = CaseRepository(store)
        # Nothing of the past awaits approval, on any date.
        for at in (date(2026, 6, 1), date(2026, 9, 1), date(2026, 12, 31)):
            assert cases.awaiting_approval(at) == [], at
        # A closure made after the upgrade waits for its supervisor.
        open_ids = [r.id for r in cases.open_cases()]
        ctx = cases.context(date(2026, 12, 1))
        closed = open_ids[0]
        cases.close(closed, ClosureDraft(date(2026, 11, 30), "GOALS_ACHIEVED"), ctx, "admin")
        assert [r.id for r in cases.awaiting_approval(date(2026, 12, 1))] == [closed]
        approve_closure(store, closed, "admin", date(2026, 12, 1))
        assert cases.awaiting_approval(date(2026, 12, 1)) == []
    finally:
        store.close()

    assert _rows(path, "SELECT login, role FROM app_user") == [("admin", "administrator")]
    stamped = _rows(
        path,
        "SELECT id, case_id, event_date, to_stage, approved_by, approved_date FROM case_event "
        "WHERE kind = 'stage' AND (to_stage IN ('CLOSED', 'REOPENED') OR from_stage = 'CLOSED') "
        "AND id <= 36 ORDER BY id",
    )
    assert stamped == [
        (i, case, day, stage, "migration-0007", day)
        for i, case, day, stage in sorted(PAST, key=lambda r: r[0])
    ]
    # Other stage changes carry no approval.
    assert _rows(
        path,
        "SELECT count(*) FROM case_event WHERE id <= 36 AND approved_by != '' "
        "AND to_stage NOT IN ('CLOSED', 'REOPENED')",
    ) == [(0,)]
