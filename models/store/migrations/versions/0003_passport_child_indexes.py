"""index passport links of measurements and works

The data-quality check "adapted without works" and the printed passport read measurements and
works by passport; without these indexes that is a scan per passport (4 s at 10k objects).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 01:41:32.801008
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measurement_passport_id"), ["passport_id"], unique=False
        )

    with op.batch_alter_table("zone_work", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_zone_work_passport_id"), ["passport_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("zone_work", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_zone_work_passport_id"))

    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measurement_passport_id"))
