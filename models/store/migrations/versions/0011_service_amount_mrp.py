"""services' amounts in МРП of the delivery year (issue 14, domain brief §3.7, §3.8)

- ``service_delivered.amount_mrp``: the amount of a service in МРП of the year it was delivered
  in (``delivered_on``), shown in tenge by the year-indexed ``mrp_rate`` table. The older
  ``amount`` column stays: the tenge a worker entered before, shown "as entered".

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("service_delivered") as batch:
        batch.add_column(sa.Column("amount_mrp", sa.Numeric(10, 2), nullable=True))


def downgrade() -> None:
    # Dropped in place (SQLite 3.35+): a batch rebuild of ``service_delivered`` would break
    # the foreign keys of a store that holds cases.
    op.execute("ALTER TABLE service_delivered DROP COLUMN amount_mrp")
