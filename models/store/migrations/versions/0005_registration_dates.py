"""registration dates repaired (issue 7, reporting.md §1)

Up to revision 0004 the registry import gave every object whose file had no ``registered_date``
the day of the import as registration date. Such an object is "not yet in the register" on any
earlier date, so every package of a past period counted it nowhere (0 objects, 0 passported),
although its passport may be years older. Objects entered in the GUI could also carry a
registration date after their own passport. This revision repairs the data; the schema is
unchanged.

How an object's origin is told apart, and what is done (decided for issue 7):

* **Came from a registry import**: ``object_ref`` is set. Only the registry import (and the
  demo data, whose references start with ``DEMO-`` and whose dates are consistent) writes
  ``object_ref``; the object card has no such field, and an import only ever matches objects by
  ``(kato, object_ref)``, so an object with a reference was created by an import.
* **Registration date given by the import itself**: the object came from an import and its
  ``registered_date`` is the calendar day of its ``created_at`` (stored in UTC) or the day
  after or before it: the importer stamped the local ``date.today()``, up to a day away from
  the UTC date (Kazakhstan is UTC+5/+6). A file that gave exactly the import day as
  registration date cannot be told apart from this; that is judged far rarer than the default
  (registers list objects that existed before the import) and is treated the same way.

Rules, in this order:

1. An imported object whose registration date is the import's default gets **no registration
   date** (NULL), as reporting.md §1 prescribes for an import without ``registered_date``: it is
   in the register for every period. This applies whether or not the object has a passport,
   since the default was wrong for unpassported objects too (the issue's "0 objects").
2. Any other object whose registration date is later than its earliest passport date or
   adaptation date (over all its passport versions) **takes that earliest date**: the
   passport proves the object existed and was in the register then.

Objects are otherwise untouched; changed rows get ``updated_by = 'migration-0005'`` and the
time of the migration. The store is backed up before this revision runs
(``models/store/db.migrate``);
the downgrade leaves the dates as they are (the backup holds the old ones).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 10:00:00
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: Author stamped on the rows this revision changes.
MIGRATION_USER = "migration-0005"
#: References of the demo data (models/demo/objects.py): never imported, never repaired by rule 1.
DEMO_PREFIX = "DEMO-"
#: Rule 1's window either side of the UTC day of ``created_at`` (local vs UTC date).
IMPORT_DAY_WINDOW = timedelta(days=1)

_objects = sa.table(
    "infra_object",
    sa.column("id", sa.Integer),
    sa.column("object_ref", sa.String),
    sa.column("registered_date", sa.Date),
    sa.column("created_at", sa.DateTime),
    sa.column("updated_at", sa.DateTime),
    sa.column("updated_by", sa.String),
)
_passports = sa.table(
    "passport",
    sa.column("object_id", sa.Integer),
    sa.column("passport_date", sa.Date),
    sa.column("adapted_date", sa.Date),
)


def _as_date(value: object) -> date | None:
    """Return a Date/DateTime column's value as a date (SQLite may hand back text)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _import_default(object_ref: str | None, registered: date, created_at: object) -> bool:
    """Return True when ``registered`` is the day an import stamped on a new object (rule 1)."""
    if object_ref is None or object_ref.startswith(DEMO_PREFIX):
        return False
    created = _as_date(created_at)
    return created is not None and abs(registered - created) <= IMPORT_DAY_WINDOW


def repairs(conn: sa.Connection) -> list[tuple[int, date | None]]:
    """Return (object id, new registration date) for every object the rules change."""
    earliest: dict[int, date] = {}
    for object_id, passport_date, adapted_date in conn.execute(
        sa.select(_passports.c.object_id, _passports.c.passport_date, _passports.c.adapted_date)
    ):
        for value in (_as_date(passport_date), _as_date(adapted_date)):
            if value is not None and (object_id not in earliest or value < earliest[object_id]):
                earliest[object_id] = value
    out: list[tuple[int, date | None]] = []
    for object_id, object_ref, registered_value, created_at in conn.execute(
        sa.select(
            _objects.c.id, _objects.c.object_ref, _objects.c.registered_date, _objects.c.created_at
        )
        .where(_objects.c.registered_date.is_not(None))
        .order_by(_objects.c.id)
    ):
        registered = _as_date(registered_value)
        assert registered is not None
        if _import_default(object_ref, registered, created_at):
            out.append((object_id, None))
        elif object_id in earliest and earliest[object_id] < registered:
            out.append((object_id, earliest[object_id]))
    return out


def upgrade() -> None:
    conn = op.get_bind()
    changes = repairs(conn)
    if not changes:
        return
    now = datetime.now(UTC)
    conn.execute(
        sa.update(_objects)
        .where(_objects.c.id == sa.bindparam("b_id"))
        .values(
            registered_date=sa.bindparam("b_registered"),
            updated_at=now,
            updated_by=MIGRATION_USER,
        ),
        [{"b_id": object_id, "b_registered": when} for object_id, when in changes],
    )


def downgrade() -> None:
    # The old dates are in the backup taken before upgrading; nothing to undo in the schema.
    pass
