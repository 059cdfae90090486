"""the whole accessibility passport (issue 12, domain brief §2.2-2.8)

- ``infra_object``: passport §1 general information (building, area, plot, repairs, the
  organisation's legal address, basis of use, ownership, territorial level, higher body).
- ``passport``: why the version was made, §2 activity, §3.1-3.2 the route from the stop, §4
  the decision's period, programme, approvals and map date, §5 the questionnaire's and act's
  dates and special notes.
- ``passport_zone.suggested_conclusion``; ``zone_work`` deadline and expected status;
  ``measurement`` element and the norm rule's edition it was checked against.
- ``norm_rule``: element, metric, scope, titles, conditions (kk, ru, en), edition, active;
  every edition in ``norm_rule_edition`` (the rules of the store become edition 1).
- ``zone_element`` (the zone annexes), ``photo`` and ``photo_data`` (the photo annex),
  ``state_control`` and ``reinspection_trigger``.

Every new column is "" or NULL in an older passport: it prints "not recorded".

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-09 08:00:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
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


def _text(name: str, length: int | None = None) -> sa.Column[Any]:
    kind: Any = sa.Text() if length is None else sa.String(length=length)
    return sa.Column(name, kind, nullable=False, server_default="")


def _object_columns() -> list[sa.Column[Any]]:
    return [
        _text("building_kind", 16),
        sa.Column("area_m2", sa.Numeric(12, 2), nullable=True),
        _text("has_plot", 4),
        sa.Column("plot_area_m2", sa.Numeric(12, 2), nullable=True),
        sa.Column("last_capital_repair_year", sa.Integer(), nullable=True),
        _text("planned_repairs"),
        _text("legal_address"),
        _text("use_basis", 24),
        _text("ownership", 16),
        _text("territorial_level", 16),
        _text("higher_body"),
    ]


def _passport_columns() -> list[sa.Column[Any]]:
    return [
        _text("reinspection_reason", 24),
        _text("activity_sphere", 24),
        _text("services"),
        _text("delivery_forms", 80),
        _text("age_groups", 80),
        _text("served_categories", 20),
        sa.Column("capacity", sa.Integer(), nullable=True),
        _text("capacity_kind", 16),
        _text("ipr_participation", 4),
        _text("route_transport"),
        _text("route_adapted_transport", 4),
        sa.Column("route_distance_m", sa.Integer(), nullable=True),
        sa.Column("route_walk_minutes", sa.Integer(), nullable=True),
        _text("route_separate_path", 4),
        _text("route_crossings", 24),
        _text("route_information", 60),
        _text("route_level_changes", 4),
        _text("route_level_fitted", 4),
        _text("route_notes"),
        sa.Column("works_from", sa.Date(), nullable=True),
        sa.Column("works_until", sa.Date(), nullable=True),
        _text("works_programme"),
        _text("approval_needed", 4),
        _text("approval_body"),
        sa.Column("approval_date", sa.Date(), nullable=True),
        sa.Column("map_updated", sa.Date(), nullable=True),
        sa.Column("questionnaire_date", sa.Date(), nullable=True),
        sa.Column("act_date", sa.Date(), nullable=True),
        _text("special_notes"),
    ]


def _rule_columns() -> list[sa.Column[Any]]:
    return [
        _text("element", 40),
        _text("metric", 12),
        _text("scope", 16),
        _text("title_kk"),
        _text("title_ru"),
        _text("title_en"),
        _text("condition_kk"),
        _text("condition_ru"),
        _text("condition_en"),
        sa.Column("edition", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("active", sa.Boolean(), nullable=False, server_default="1"),
    ]


def _add(table: str, columns: list[sa.Column[Any]]) -> None:
    # ADD COLUMN in place (no batch rebuild): rebuilding ``infra_object`` or ``passport`` would
    # break the foreign keys of a store that holds passports.
    for column in columns:
        op.add_column(table, column)


def upgrade() -> None:
    _add("infra_object", _object_columns())
    _add("passport", _passport_columns())
    _add("passport_zone", [_text("suggested_conclusion")])
    _add(
        "zone_work",
        [
            sa.Column("deadline", sa.Date(), nullable=True),
            _text("expected_status", 8),
            _text("expected_categories", 20),
        ],
    )
    _add(
        "measurement",
        [_text("element", 40), sa.Column("rule_edition", sa.Integer(), nullable=True)],
    )
    _add("norm_rule", _rule_columns())

    op.create_table(
        "norm_rule_edition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_code", sa.String(length=40), nullable=False),
        sa.Column("edition", sa.Integer(), nullable=False),
        sa.Column("zones", sa.Text(), nullable=False),
        sa.Column("element", sa.String(length=40), nullable=False),
        sa.Column("metric", sa.String(length=12), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("operator", sa.String(length=2), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("clause", sa.String(length=40), nullable=False),
        sa.Column("categories", sa.String(length=20), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        _text("condition_kk"),
        _text("condition_ru"),
        _text("condition_en"),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_norm_rule_edition")),
        sa.UniqueConstraint("check_code", "edition", name="uq_norm_rule_edition"),
    )
    # The rules of the store become their edition 1, as they were.
    op.execute(
        "INSERT INTO norm_rule_edition (check_code, edition, zones, element, metric, scope,"
        " operator, value, unit, document, clause, categories, severity, made_at, made_by,"
        " note) SELECT check_code, 1, zones, '', '', '', operator, value, unit, document,"
        " clause, categories, severity, created_at, created_by, ''"
        " FROM norm_rule"
    )

    op.create_table(
        "zone_element",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("passport_id", sa.Integer(), nullable=False),
        sa.Column("zone", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("element", sa.String(length=40), nullable=False),
        sa.Column("present", sa.String(length=4), nullable=False),
        sa.Column("plan_no", sa.String(length=40), nullable=False),
        sa.Column("photo_no", sa.String(length=40), nullable=False),
        sa.Column("violations", sa.Text(), nullable=False),
        sa.Column("rule_code", sa.String(length=40), nullable=False),
        sa.Column("categories", sa.String(length=20), nullable=False),
        sa.Column("work", sa.String(length=24), nullable=False),
        sa.Column("work_note", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["passport_id"], ["passport.id"], name=op.f("fk_zone_element_passport_id_passport"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_zone_element")),
        sa.UniqueConstraint("uuid", name=op.f("uq_zone_element_uuid")),
    )  # fmt: skip
    op.create_index("ix_zone_element_passport", "zone_element", ["passport_id", "zone"])

    op.create_table(
        "photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("passport_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("zone", sa.String(length=16), nullable=False),
        sa.Column("element", sa.String(length=40), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=True),
        sa.Column("mime", sa.String(length=16), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["passport_id"], ["passport.id"], name=op.f("fk_photo_passport_id_passport"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
        sa.UniqueConstraint("passport_id", "number", name="uq_photo_passport_number"),
        sa.UniqueConstraint("uuid", name=op.f("uq_photo_uuid")),
    )  # fmt: skip
    op.create_table(
        "photo_data",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"], ["photo.id"], name=op.f("fk_photo_data_photo_id_photo"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("photo_id", name=op.f("pk_photo_data")),
    )  # fmt: skip

    op.create_table(
        "state_control",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("inspected_on", sa.Date(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("violations", sa.Text(), nullable=False),
        sa.Column("order_ref", sa.Text(), nullable=False),
        sa.Column("fine_mrp", sa.Numeric(10, 2), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["object_id"], ["infra_object.id"],
            name=op.f("fk_state_control_object_id_infra_object"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_state_control")),
        sa.UniqueConstraint("uuid", name=op.f("uq_state_control_uuid")),
    )  # fmt: skip
    op.create_index("ix_state_control_object", "state_control", ["object_id", "inspected_on"])
    op.create_table(
        "reinspection_trigger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(
            ["object_id"], ["infra_object.id"],
            name=op.f("fk_reinspection_trigger_object_id_infra_object"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reinspection_trigger")),
        sa.UniqueConstraint("uuid", name=op.f("uq_reinspection_trigger_uuid")),
    )  # fmt: skip
    op.create_index(
        "ix_reinspection_trigger_object", "reinspection_trigger", ["object_id", "occurred_on"]
    )


def downgrade() -> None:
    for table in ("reinspection_trigger", "state_control", "photo_data", "photo"):
        op.drop_table(table)
    op.drop_table("zone_element")
    op.drop_table("norm_rule_edition")
    drops = {
        "norm_rule": _rule_columns(),
        "measurement": [sa.Column("element"), sa.Column("rule_edition")],
        "zone_work": [
            sa.Column("deadline"), sa.Column("expected_status"), sa.Column("expected_categories")
        ],
        "passport_zone": [sa.Column("suggested_conclusion")],
        "passport": _passport_columns(),
        "infra_object": _object_columns(),
    }  # fmt: skip
    for table, columns in drops.items():
        for column in columns:
            # Dropped in place (SQLite 3.35+), like 0011.
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column.name}")
