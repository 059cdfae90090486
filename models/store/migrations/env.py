"""Alembic environment: run programmatically by ``models.store.db.migrate`` with a ready engine."""

from __future__ import annotations

from alembic import context

import models.schema  # noqa: F401  (registers every table on the metadata)
from models.store.base import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: batch mode recreates tables (STYLE.md §6).
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
