"""received packages from sub-offices (issue 4, reporting.md §2.3)

Packages accepted at a region or the republic, current or replaced, with the figures they carry:
unit rows of A1/B1, code rows of A2/B2/B3/B4 and the objects of A3, so consolidation never
re-reads a workbook. Reviewed by hand after autogenerate: new tables only, no data to move.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 01:43:14.974730
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("sender_kato", sa.String(length=9), nullable=False),
        sa.Column("sender_level", sa.String(length=10), nullable=False),
        sa.Column("sender_name_kk", sa.Text(), nullable=False),
        sa.Column("sender_name_ru", sa.Text(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("package_created_at", sa.DateTime(), nullable=False),
        sa.Column("package_created_text", sa.String(length=40), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_by", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.Column("manifest_json", sa.Text(), nullable=False),
        sa.Column("workbook_sha256", sa.String(length=64), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["replaced_by_id"],
            ["received_package.id"],
            name=op.f("fk_received_package_replaced_by_id_received_package"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_package")),
        sa.UniqueConstraint("package_id", name=op.f("uq_received_package_package_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_received_package_uuid")),
    )
    with op.batch_alter_table("received_package", schema=None) as batch_op:
        batch_op.create_index(
            "ix_received_package_sender_period", ["sender_kato", "period"], unique=False
        )

    op.create_table(
        "received_code_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_ref", sa.Integer(), nullable=False),
        sa.Column("sheet", sa.String(length=2), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_ref"],
            ["received_package.id"],
            name=op.f("fk_received_code_row_package_ref_received_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_code_row")),
        sa.UniqueConstraint("uuid", name=op.f("uq_received_code_row_uuid")),
    )
    with op.batch_alter_table("received_code_row", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_received_code_row_package_ref"), ["package_ref"], unique=False
        )

    op.create_table(
        "received_object",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_ref", sa.Integer(), nullable=False),
        sa.Column("object_uuid", sa.String(length=36), nullable=False),
        sa.Column("kato", sa.String(length=9), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("object_type", sa.String(length=40), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("passport_date", sa.Date(), nullable=False),
        sa.Column("status_k", sa.String(length=8), nullable=False),
        sa.Column("status_o", sa.String(length=8), nullable=False),
        sa.Column("status_s", sa.String(length=8), nullable=False),
        sa.Column("status_g", sa.String(length=8), nullable=False),
        sa.Column("status_u", sa.String(length=8), nullable=False),
        sa.Column("requires_adaptation", sa.Boolean(), nullable=False),
        sa.Column("adapted_date", sa.Date(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_ref"],
            ["received_package.id"],
            name=op.f("fk_received_object_package_ref_received_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_object")),
        sa.UniqueConstraint("uuid", name=op.f("uq_received_object_uuid")),
    )
    with op.batch_alter_table("received_object", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_received_object_package_ref"), ["package_ref"], unique=False
        )

    op.create_table(
        "received_unit_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_ref", sa.Integer(), nullable=False),
        sa.Column("sheet", sa.String(length=2), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("kato", sa.String(length=9), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_ref"],
            ["received_package.id"],
            name=op.f("fk_received_unit_row_package_ref_received_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_unit_row")),
        sa.UniqueConstraint("uuid", name=op.f("uq_received_unit_row_uuid")),
    )
    with op.batch_alter_table("received_unit_row", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_received_unit_row_package_ref"), ["package_ref"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("received_unit_row", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_unit_row_package_ref"))

    op.drop_table("received_unit_row")
    with op.batch_alter_table("received_object", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_object_package_ref"))

    op.drop_table("received_object")
    with op.batch_alter_table("received_code_row", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_code_row_package_ref"))

    op.drop_table("received_code_row")
    with op.batch_alter_table("received_package", schema=None) as batch_op:
        batch_op.drop_index("ix_received_package_sender_period")

    op.drop_table("received_package")
