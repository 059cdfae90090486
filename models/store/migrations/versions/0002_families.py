"""families, people and family-support cases (issue 3)

People, households and memberships; cases with their event log, risk factors, needs
assessments, support plans and measures, visits, services and "not a duplicate" decisions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 00:59:10.664556
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "family",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kato", sa.String(length=9), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("rural", sa.Boolean(), nullable=True),
        sa.Column("housing_type", sa.String(length=20), nullable=False),
        sa.Column("heating_type", sa.String(length=20), nullable=False),
        sa.Column("co_detector", sa.String(length=8), nullable=False),
        sa.Column("income_per_person", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("map_level", sa.String(length=4), nullable=False),
        sa.Column("map_level_date", sa.Date(), nullable=True),
        sa.Column("map_level_source", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.String(length=12), nullable=False),
        sa.Column("consent_form", sa.String(length=12), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_recorded_by", sa.String(length=64), nullable=False),
        sa.Column("consent_withdrawn_date", sa.Date(), nullable=True),
        sa.Column("statutory_basis", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family")),
        sa.UniqueConstraint("uuid", name=op.f("uq_family_uuid")),
    )
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.create_index("ix_family_kato", ["kato"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("iin", sa.Text(), nullable=False),
        sa.Column("surname", sa.Text(), nullable=False),
        sa.Column("given_name", sa.Text(), nullable=False),
        sa.Column("patronymic", sa.Text(), nullable=False),
        sa.Column("iin_key", sa.String(length=64), nullable=False),
        sa.Column("name_fold", sa.String(length=200), nullable=False),
        sa.Column("given_fold", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("no_iin_reason", sa.String(length=20), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("citizenship", sa.String(length=20), nullable=False),
        sa.Column("disability_group", sa.String(length=20), nullable=False),
        sa.Column("disability_since_childhood", sa.Boolean(), nullable=False),
        sa.Column("disability_indefinite", sa.Boolean(), nullable=False),
        sa.Column("disability_review_date", sa.Date(), nullable=True),
        sa.Column("special_needs", sa.Boolean(), nullable=False),
        sa.Column("pmpk_date", sa.Date(), nullable=True),
        sa.Column("school", sa.Text(), nullable=False),
        sa.Column("employment", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("uuid", name=op.f("uq_person_uuid")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_birth_name_key", ["birth_date", "name_key"], unique=False)
        batch_op.create_index("ix_person_given_fold", ["given_fold", "id"], unique=False)
        batch_op.create_index("ix_person_iin_key", ["iin_key", "id"], unique=False)
        batch_op.create_index("ix_person_name_fold", ["name_fold", "id"], unique=False)

    op.create_table(
        "duplicate_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_a_id", sa.Integer(), nullable=False),
        sa.Column("person_b_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_a_id"],
            ["person.id"],
            name=op.f("fk_duplicate_decision_person_a_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_b_id"],
            ["person.id"],
            name=op.f("fk_duplicate_decision_person_b_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_decision")),
        sa.UniqueConstraint("person_a_id", "person_b_id", name="uq_duplicate_decision_pair"),
        sa.UniqueConstraint("uuid", name=op.f("uq_duplicate_decision_uuid")),
    )
    with op.batch_alter_table("duplicate_decision", schema=None) as batch_op:
        batch_op.create_index("ix_duplicate_decision_b", ["person_b_id"], unique=False)

    op.create_table(
        "family_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("office_kato", sa.String(length=9), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=True),
        sa.Column("worker_login", sa.String(length=64), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("signal_date", sa.Date(), nullable=False),
        sa.Column("signal_source", sa.String(length=24), nullable=False),
        sa.Column("signal_source_note", sa.Text(), nullable=False),
        sa.Column("signal_description", sa.Text(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("identified_date", sa.Date(), nullable=True),
        sa.Column("assessment_date", sa.Date(), nullable=True),
        sa.Column("plan_date", sa.Date(), nullable=True),
        sa.Column("accompaniment_date", sa.Date(), nullable=True),
        sa.Column("closed_date", sa.Date(), nullable=True),
        sa.Column("reopened_date", sa.Date(), nullable=True),
        sa.Column("closure_reason", sa.String(length=32), nullable=False),
        sa.Column("closure_note", sa.Text(), nullable=False),
        sa.Column("closure_outcome", sa.Text(), nullable=False),
        sa.Column("closure_map_level", sa.String(length=4), nullable=False),
        sa.Column("next_follow_up", sa.Date(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_family_case_family_id_family"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_case")),
        sa.UniqueConstraint("number", name=op.f("uq_family_case_number")),
        sa.UniqueConstraint("office_kato", "year", "seq", name="uq_family_case_sequence"),
        sa.UniqueConstraint("uuid", name=op.f("uq_family_case_uuid")),
    )
    with op.batch_alter_table("family_case", schema=None) as batch_op:
        batch_op.create_index("ix_family_case_family", ["family_id"], unique=False)
        batch_op.create_index("ix_family_case_next_follow_up", ["next_follow_up"], unique=False)
        batch_op.create_index("ix_family_case_stage", ["stage"], unique=False)
        batch_op.create_index(
            "ix_family_case_worker_stage", ["worker_login", "stage"], unique=False
        )

    op.create_table(
        "family_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_family_category_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_category")),
        sa.UniqueConstraint("family_id", "code", name="uq_family_category_code"),
        sa.UniqueConstraint("uuid", name=op.f("uq_family_category_uuid")),
    )
    op.create_table(
        "family_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("family_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=24), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["family.id"],
            name=op.f("fk_family_member_family_id_family"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_family_member_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_member")),
        sa.UniqueConstraint("uuid", name=op.f("uq_family_member_uuid")),
    )
    with op.batch_alter_table("family_member", schema=None) as batch_op:
        batch_op.create_index("ix_family_member_family", ["family_id"], unique=False)
        batch_op.create_index("ix_family_member_person", ["person_id"], unique=False)

    op.create_table(
        "case_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("from_stage", sa.String(length=16), nullable=False),
        sa.Column("to_stage", sa.String(length=16), nullable=False),
        sa.Column("reason_code", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["family_case.id"],
            name=op.f("fk_case_event_case_id_family_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_event")),
        sa.UniqueConstraint("uuid", name=op.f("uq_case_event_uuid")),
    )
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.create_index("ix_case_event_case", ["case_id"], unique=False)

    op.create_table(
        "case_risk_factor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("noted_date", sa.Date(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["family_case.id"],
            name=op.f("fk_case_risk_factor_case_id_family_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_case_risk_factor_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_risk_factor")),
        sa.UniqueConstraint("uuid", name=op.f("uq_case_risk_factor_uuid")),
    )
    with op.batch_alter_table("case_risk_factor", schema=None) as batch_op:
        batch_op.create_index("ix_case_risk_factor_case", ["case_id"], unique=False)

    op.create_table(
        "needs_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("instruments", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["family_case.id"],
            name=op.f("fk_needs_assessment_case_id_family_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_needs_assessment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_needs_assessment_uuid")),
    )
    with op.batch_alter_table("needs_assessment", schema=None) as batch_op:
        batch_op.create_index("ix_needs_assessment_case", ["case_id"], unique=False)

    op.create_table(
        "service_delivered",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("service_type", sa.String(length=24), nullable=False),
        sa.Column("delivered_on", sa.Date(), nullable=False),
        sa.Column("provider", sa.Text(), nullable=False),
        sa.Column("staff", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["family_case.id"],
            name=op.f("fk_service_delivered_case_id_family_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_service_delivered_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_delivered")),
        sa.UniqueConstraint("uuid", name=op.f("uq_service_delivered_uuid")),
    )
    with op.batch_alter_table("service_delivered", schema=None) as batch_op:
        batch_op.create_index("ix_service_delivered_case", ["case_id"], unique=False)

    op.create_table(
        "support_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("drawn_up", sa.Date(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("approved_date", sa.Date(), nullable=True),
        sa.Column("approved_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["family_case.id"],
            name=op.f("fk_support_plan_case_id_family_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_plan")),
        sa.UniqueConstraint("case_id", "version", name="uq_support_plan_version"),
        sa.UniqueConstraint("uuid", name=op.f("uq_support_plan_uuid")),
    )
    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("child_seen", sa.Boolean(), nullable=True),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.Column("risk_level", sa.String(length=8), nullable=False),
        sa.Column("next_due", sa.Date(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["family_case.id"],
            name=op.f("fk_visit_case_id_family_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("uuid", name=op.f("uq_visit_uuid")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_case_date", ["case_id", "visit_date"], unique=False)

    op.create_table(
        "assessment_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["needs_assessment.id"],
            name=op.f("fk_assessment_score_assessment_id_needs_assessment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_score")),
        sa.UniqueConstraint("assessment_id", "domain", name="uq_assessment_score_domain"),
        sa.UniqueConstraint("uuid", name=op.f("uq_assessment_score_uuid")),
    )
    op.create_table(
        "plan_measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("service_type", sa.String(length=24), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("agency", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_plan_measure_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["support_plan.id"],
            name=op.f("fk_plan_measure_plan_id_support_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_measure")),
        sa.UniqueConstraint("uuid", name=op.f("uq_plan_measure_uuid")),
    )
    with op.batch_alter_table("plan_measure", schema=None) as batch_op:
        batch_op.create_index("ix_plan_measure_due", ["due_date"], unique=False)
        batch_op.create_index("ix_plan_measure_plan", ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_measure", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_measure_plan")
        batch_op.drop_index("ix_plan_measure_due")

    op.drop_table("plan_measure")
    op.drop_table("assessment_score")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_case_date")

    op.drop_table("visit")
    op.drop_table("support_plan")
    with op.batch_alter_table("service_delivered", schema=None) as batch_op:
        batch_op.drop_index("ix_service_delivered_case")

    op.drop_table("service_delivered")
    with op.batch_alter_table("needs_assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_needs_assessment_case")

    op.drop_table("needs_assessment")
    with op.batch_alter_table("case_risk_factor", schema=None) as batch_op:
        batch_op.drop_index("ix_case_risk_factor_case")

    op.drop_table("case_risk_factor")
    with op.batch_alter_table("case_event", schema=None) as batch_op:
        batch_op.drop_index("ix_case_event_case")

    op.drop_table("case_event")
    with op.batch_alter_table("family_member", schema=None) as batch_op:
        batch_op.drop_index("ix_family_member_person")
        batch_op.drop_index("ix_family_member_family")

    op.drop_table("family_member")
    op.drop_table("family_category")
    with op.batch_alter_table("family_case", schema=None) as batch_op:
        batch_op.drop_index("ix_family_case_worker_stage")
        batch_op.drop_index("ix_family_case_stage")
        batch_op.drop_index("ix_family_case_next_follow_up")
        batch_op.drop_index("ix_family_case_family")

    op.drop_table("family_case")
    with op.batch_alter_table("duplicate_decision", schema=None) as batch_op:
        batch_op.drop_index("ix_duplicate_decision_b")

    op.drop_table("duplicate_decision")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_name_fold")
        batch_op.drop_index("ix_person_iin_key")
        batch_op.drop_index("ix_person_given_fold")
        batch_op.drop_index("ix_person_birth_name_key")

    op.drop_table("person")
    with op.batch_alter_table("family", schema=None) as batch_op:
        batch_op.drop_index("ix_family_kato")

    op.drop_table("family")
