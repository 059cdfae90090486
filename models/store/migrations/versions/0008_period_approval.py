"""approved periods, the export history and receipts, returned packages (issue 10)

- ``period_approval``: one row per approval or reopening of an office's period, with the
  period's first and last days, who, with which role, when, the sub-offices named missing
  and the reason of a reopening (``models/reference/approvals.py``).
- ``export_record``: every package this office exported (its ``package_id``, period, workbook
  hash, manifest path, approved or draft), and ``receipt_record``: the receipts read back about
  them (``models/reporting/records.py``).
- ``received_package.returned_at/returned_by/return_reason``: a package returned to its sender
  (status ``returned``); added in place with server defaults, as in 0007.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "period_approval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_kato", sa.String(length=9), nullable=False),
        sa.Column("period", sa.String(length=12), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("by_login", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("missing", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_approval")),
        sa.UniqueConstraint("uuid", name=op.f("uq_period_approval_uuid")),
    )
    op.create_index("ix_period_approval_period", "period_approval", ["office_kato", "period"])
    op.create_table(
        "export_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.String(length=12), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("workbook_sha256", sa.String(length=64), nullable=False),
        sa.Column("manifest_path", sa.Text(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("exported_by", sa.String(length=64), nullable=False),
        sa.Column("approval_state", sa.String(length=10), nullable=False),
        sa.Column("approval_period", sa.String(length=12), nullable=False),
        *_tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_record")),
        sa.UniqueConstraint("package_id", name=op.f("uq_export_record_package_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_export_record_uuid")),
    )
    op.create_index("ix_export_record_period", "export_record", ["period"])
    op.create_table(
        "receipt_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("export_ref", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("receiver_kato", sa.String(length=9), nullable=False),
        sa.Column("receiver_level", sa.String(length=10), nullable=False),
        sa.Column("receiver_name_kk", sa.Text(), nullable=False),
        sa.Column("receiver_name_ru", sa.Text(), nullable=False),
        sa.Column("receipt_at", sa.String(length=40), nullable=False),
        sa.Column("receipt_by", sa.String(length=64), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["export_ref"],
            ["export_record.id"],
            name=op.f("fk_receipt_record_export_ref_export_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_record")),
        sa.UniqueConstraint("uuid", name=op.f("uq_receipt_record_uuid")),
    )
    op.create_index("ix_receipt_record_export", "receipt_record", ["export_ref"])
    with op.batch_alter_table("received_package") as batch:
        batch.add_column(sa.Column("returned_at", sa.DateTime(), nullable=True))
        batch.add_column(
            sa.Column("returned_by", sa.String(length=64), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("return_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("received_package") as batch:
        batch.drop_column("return_reason")
        batch.drop_column("returned_by")
        batch.drop_column("returned_at")
    op.drop_index("ix_receipt_record_export", table_name="receipt_record")
    op.drop_table("receipt_record")
    op.drop_index("ix_export_record_period", table_name="export_record")
    op.drop_table("export_record")
    op.drop_index("ix_period_approval_period", table_name="period_approval")
    op.drop_table("period_approval")
