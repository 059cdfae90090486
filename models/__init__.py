"""Qoldau's store: ORM models, migrations, validation and repositories (no Qt here)."""
