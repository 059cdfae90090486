"""Revision 0009 (issue 15): stored import profiles.

A store of revision 0008 is made from the run's template (downgraded from the head) with its
settlements; migrating it keeps them and adds the ``import_profile`` table, empty, which
the stored-profile functions then use.
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from models.reference.import_profiles import (
    profile_for_signature,
    save_stored_profile,
    stored_profiles,
)
from models.store.db import Store, _alembic_config, current_revision, head_revision, migrate


def test_revision_0009_adds_the_profile_table_and_keeps_the_data(store: Store) -> None:
    command.downgrade(_alembic_config(store.engine), "0008")
    with store.engine.begin() as conn:
        assert "import_profile" not in inspect(conn).get_table_names()
        settlements = conn.execute(text("SELECT count(*) FROM settlement")).scalar_one()

    backup = migrate(store.engine, store.path)

    assert backup is not None and backup.name.startswith("store.before-0008-")
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        assert "import_profile" in set(inspect(conn).get_table_names())
        assert conn.execute(text("SELECT count(*) FROM import_profile")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM settlement")).scalar_one() == settlements
    save_stored_profile(store, "Реестр 2026", "objects", {"a": "ә"}, "№|наименование")
    assert [p.name for p in stored_profiles(store)] == ["Реестр 2026"]
    found = profile_for_signature(store, "№|наименование")
    assert found is not None and found.body == {"a": "ә"}
