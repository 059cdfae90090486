"""case_event seek index; reopened cases lose the closed cycle's follow-up (issue 7)

**Index.** The overdue rule (``models.cases.overdue.overdue_condition``, reporting.md
§2.2) asks per case, in correlated subqueries, "how many opening minus closing stage events up
to D" and "the latest opening event up to D". With only ``ix_case_event_case (case_id)`` each
of them read every event row of the case from the table. ``ix_case_event_seek (case_id, kind,
event_date, to_stage)`` answers both from the index alone (a seek on case_id and kind, a range
on event_date, to_stage read from the index: EXPLAIN QUERY PLAN says "USING COVERING INDEX").
It starts with ``case_id``, so it also serves the foreign key and every per-case look-up;
``ix_case_event_case`` is dropped (one index less to write per event). Measured in
``bench/work_lists.py`` (bench/README.md).

**Data repair.** Up to 0005, reopening a case left ``family_case.next_follow_up`` as the
closed cycle set it, so a reopened case could show on "overdue" or "due this week" for a
follow-up that lapsed with the closure. The repository now clears it on reopening and, on every
visit, sets it from the latest visit of the current cycle. How a stale value is told apart:
``next_follow_up`` only ever repeats the ``next_due`` of the latest visit of the case's current
cycle (``models/cases/tables.py``); the current cycle of a reopened case starts on its
``reopened_date`` (the latest reopening). So for every case with a ``reopened_date`` that is
not closed now, the value is recomputed as the ``next_due`` of its latest visit dated on or
after ``reopened_date`` (ties: the later recorded, as the repository does), NULL when the new
cycle has no visit yet. A value that differs was set in a closed cycle and is replaced. Closed
cases and cases never reopened are untouched. Changed rows get ``updated_by =
'migration-0006'``. The store is backed up before this revision runs; the downgrade restores the
index, not the old follow-up dates (the backup holds them).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 12:00:00
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: Author stamped on the rows this revision changes.
MIGRATION_USER = "migration-0006"
#: The closed stage (models/cases/rules.py CLOSED), as stored.
CLOSED = "CLOSED"

_cases = sa.table(
    "family_case",
    sa.column("id", sa.Integer),
    sa.column("stage", sa.String),
    sa.column("reopened_date", sa.Date),
    sa.column("next_follow_up", sa.Date),
    sa.column("updated_at", sa.DateTime),
    sa.column("updated_by", sa.String),
)
_visits = sa.table(
    "visit",
    sa.column("id", sa.Integer),
    sa.column("case_id", sa.Integer),
    sa.column("visit_date", sa.Date),
    sa.column("next_due", sa.Date),
)


def follow_up_repairs(conn: sa.Connection) -> list[tuple[int, date | None]]:
    """Return (case id, follow-up of its current cycle) for each reopened case to repair."""
    latest = (
        sa.select(_visits.c.next_due)
        .where(
            _visits.c.case_id == _cases.c.id,
            _visits.c.visit_date >= _cases.c.reopened_date,
        )
        .order_by(_visits.c.visit_date.desc(), _visits.c.id.desc())
        .limit(1)
        .correlate(_cases)
        .scalar_subquery()
    )
    rows = conn.execute(
        sa.select(_cases.c.id, _cases.c.next_follow_up, latest)
        .where(_cases.c.reopened_date.is_not(None), _cases.c.stage != CLOSED)
        .order_by(_cases.c.id)
    )
    out: list[tuple[int, date | None]] = []
    for case_id, stored, current in rows:
        if _as_date(stored) != _as_date(current):
            out.append((case_id, _as_date(current)))
    return out


def _as_date(value: object) -> date | None:
    """Return a Date column's value as a date (SQLite may hand back text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def upgrade() -> None:
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_case_event_seek", ["case_id", "kind", "event_date", "to_stage"], unique=False
        )
        batch_op.drop_index("ix_case_event_case")
    conn = op.get_bind()
    changes = follow_up_repairs(conn)
    if changes:
        conn.execute(
            sa.update(_cases)
            .where(_cases.c.id == sa.bindparam("b_id"))
            .values(
                next_follow_up=sa.bindparam("b_next"),
                updated_at=datetime.now(UTC),
                updated_by=MIGRATION_USER,
            ),
            [{"b_id": case_id, "b_next": when} for case_id, when in changes],
        )


def downgrade() -> None:
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index("ix_case_event_case", ["case_id"], unique=False)
        batch_op.drop_index("ix_case_event_seek")
