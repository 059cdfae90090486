"""accounts, audit trail, approvals of closures and reopenings, case transfer (issue 8)

Columns added to existing tables keep their server defaults (the models declare them too):
SQLite adds such a column in place, without recreating the table.

- ``app_user``: roles take the names of reporting.md §5 (the only role stored so far, ``admin``,
  becomes ``administrator``); ``must_change_password`` and ``password_changed_at``.
- ``audit_event`` (append-only: triggers refuse UPDATE and DELETE) and ``family_key``, the
  per-family keys its personal values are encrypted under (``models/audit/tables.py``).
- ``case_event.approved_by/approved_date``: a supervisor approves a closure or a reopening.
  Closures and reopenings recorded before accounts existed had nobody to approve them: they
  are stamped ``approved_by = 'migration-0007'`` on the event's own date, so they do not flood
  the supervisor's "awaiting approval" list; plans keep their own columns (empty: awaiting).
- ``family_case.transfer_id/transferred_from_office/transferred_from_number``: a case that
  left with a transfer file, or came with one.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

MIGRATION_USER = "migration-0007"
#: Stage codes of models/cases/rules.py, as stored.
CLOSED = "CLOSED"

_NO_UPDATE = """
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END
"""
_NO_DELETE = """
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END
"""


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(
            sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("password_changed_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE app_user SET role = 'administrator' WHERE role = 'admin'")

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("family_uuid", sa.String(length=36), nullable=True),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index("ix_audit_event_entity", "audit_event", ["entity", "entity_uuid"])
    op.create_index("ix_audit_event_family", "audit_event", ["family_uuid", "action"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_NO_UPDATE)
        op.execute(_NO_DELETE)

    op.create_table(
        "family_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_uuid", sa.String(length=36), nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_key")),
        sa.UniqueConstraint("family_uuid", name=op.f("uq_family_key_family_uuid")),
    )

    with op.batch_alter_table("case_event") as batch:
        batch.add_column(
            sa.Column("approved_by", sa.String(length=64), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("approved_date", sa.Date(), nullable=True))
    # Closures and reopenings of the past: nobody could approve them; not "awaiting" now.
    op.execute(
        f"UPDATE case_event SET approved_by = '{MIGRATION_USER}', approved_date = event_date "
        f"WHERE kind = 'stage' AND (to_stage = '{CLOSED}' OR from_stage = '{CLOSED}')"
    )

    with op.batch_alter_table("family_case") as batch:
        batch.add_column(
            sa.Column("transfer_id", sa.String(length=36), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column(
                "transferred_from_office", sa.String(length=9), nullable=False, server_default=""
            )
        )
        batch.add_column(
            sa.Column(
                "transferred_from_number", sa.String(length=32), nullable=False, server_default=""
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("family_case") as batch:
        batch.drop_column("transferred_from_number")
        batch.drop_column("transferred_from_office")
        batch.drop_column("transfer_id")
    with op.batch_alter_table("case_event") as batch:
        batch.drop_column("approved_date")
        batch.drop_column("approved_by")
    op.drop_table("family_key")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    op.drop_index("ix_audit_event_family", table_name="audit_event")
    op.drop_index("ix_audit_event_entity", table_name="audit_event")
    op.drop_table("audit_event")
    op.execute("UPDATE app_user SET role = 'admin' WHERE role = 'administrator'")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("password_changed_at")
        batch.drop_column("must_change_password")
