"""stored import profiles (issue 15, reporting.md §3.1)

- ``import_profile``: one row per profile an office saved under a name (unique), its target
  (``objects`` or ``members``), its body (the §3.1 JSON, as text) and the signature of the
  header it was made for, so the next import of the same layout finds it
  (``models/reference/import_profiles.py``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 05:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("target", sa.String(length=10), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_profile")),
        sa.UniqueConstraint("name", name=op.f("uq_import_profile_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_import_profile_uuid")),
    )
    op.create_index("ix_import_profile_signature", "import_profile", ["signature"])


def downgrade() -> None:
    op.drop_index("ix_import_profile_signature", table_name="import_profile")
    op.drop_table("import_profile")
