"""the whole family record (issue 14, domain brief §3.2, §3.8, §6)

- ``person``: care status and placement form, police and intra-school registration with dates.
- ``family``: consent's scope and term, and the law that keeps processing after a withdrawal.
- ``child_opinion``: a child's opinion heard (or why not) for a decision about the child.
- ``member_income``: monthly incomes of a household by source and member, in tenge.
- ``benefit_received``: benefits in МРП of their year.
- ``mrp_rate`` (year -> tenge) and ``poverty_line`` (year, quarter, region -> tenge): the
  year-indexed tables an administrator edits; ``models/seed.py`` adds the brief's МРП values.
- ``destruction_act`` and ``destroyed_record``: acts destroying personal data at the end of its
  retention, listing what was destroyed without the data itself.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 06:10:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[Any]]:
    return [
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        for name in ("care_status", "placement_form"):
            batch.add_column(
                sa.Column(name, sa.String(length=24), nullable=False, server_default="")
            )
        for flag in ("police_registered", "school_registered"):
            batch.add_column(sa.Column(flag, sa.Boolean(), nullable=False, server_default="0"))
            batch.add_column(sa.Column(f"{flag}_date", sa.Date(), nullable=True))
    with op.batch_alter_table("family") as batch:
        batch.add_column(sa.Column("consent_scope", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("consent_until", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("withdrawal_basis", sa.Text(), nullable=False, server_default="")
        )

    op.create_table(
        "child_opinion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("heard_on", sa.Date(), nullable=True),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("not_heard_reason", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_child_opinion_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["family_case.id"], name=op.f("fk_child_opinion_case_id_family_case"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_child_opinion")),
        sa.UniqueConstraint("uuid", name=op.f("uq_child_opinion_uuid")),
    )  # fmt: skip
    op.create_index("ix_child_opinion_person", "child_opinion", ["person_id"])

    specific: list[tuple[str, list[sa.Column[Any]]]] = [
        (
            "member_income",
            [
                sa.Column("source", sa.String(length=24), nullable=False),
                sa.Column("monthly_amount", sa.Numeric(14, 2), nullable=False),
            ],
        ),
        (
            "benefit_received",
            [
                sa.Column("benefit_type", sa.String(length=32), nullable=False),
                sa.Column("amount_mrp", sa.Numeric(10, 2), nullable=False),
                sa.Column("year", sa.Integer(), nullable=False),
            ],
        ),
    ]
    for table, columns in specific:
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("family_id", sa.Integer(), nullable=False),
            sa.Column("person_id", sa.Integer(), nullable=True),
            *columns,
            sa.Column("since", sa.Date(), nullable=True),
            sa.Column("until", sa.Date(), nullable=True),
            sa.Column("note", sa.Text(), nullable=False),
            *_tracked(),
            sa.ForeignKeyConstraint(
                ["family_id"], ["family.id"], name=op.f(f"fk_{table}_family_id_family"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                ["person_id"], ["person.id"], name=op.f(f"fk_{table}_person_id_person"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
            sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
        )  # fmt: skip
        op.create_index(f"ix_{table}_family", table, ["family_id"])

    op.create_table(
        "mrp_rate",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("tenge", sa.Numeric(12, 2), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_mrp_rate")),
    )
    op.create_table(
        "poverty_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("region_kato", sa.String(length=9), nullable=False),
        sa.Column("tenge", sa.Numeric(12, 2), nullable=False),
        sa.Column("basis", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poverty_line")),
        sa.UniqueConstraint("year", "quarter", "region_kato", name="uq_poverty_line_quarter"),
    )

    op.create_table(
        "destruction_act",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("act_date", sa.Date(), nullable=False),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("commission", sa.Text(), nullable=False),
        sa.Column("by_login", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destruction_act")),
    )
    op.create_table(
        "destroyed_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=24), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["act_id"], ["destruction_act.id"],
            name=op.f("fk_destroyed_record_act_id_destruction_act"), ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_destroyed_record")),
    )  # fmt: skip
    op.create_index("ix_destroyed_record_act", "destroyed_record", ["act_id"])


def downgrade() -> None:
    op.drop_index("ix_destroyed_record_act", table_name="destroyed_record")
    op.drop_table("destroyed_record")
    op.drop_table("destruction_act")
    op.drop_table("poverty_line")
    op.drop_table("mrp_rate")
    for table in ("benefit_received", "member_income"):
        op.drop_index(f"ix_{table}_family", table_name=table)
        op.drop_table(table)
    op.drop_index("ix_child_opinion_person", table_name="child_opinion")
    op.drop_table("child_opinion")
    # Dropped in place (SQLite 3.35+): a batch rebuild of ``family`` and ``person`` would drop
    # tables that memberships and cases reference, which the foreign keys refuse on a store
    # that holds families.
    for name in ("withdrawal_basis", "consent_until", "consent_scope"):
        op.execute(f'ALTER TABLE family DROP COLUMN "{name}"')
    for name in (
        "school_registered_date",
        "school_registered",
        "police_registered_date",
        "police_registered",
        "placement_form",
        "care_status",
    ):
        op.execute(f'ALTER TABLE person DROP COLUMN "{name}"')
