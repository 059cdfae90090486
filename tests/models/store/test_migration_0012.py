"""Revision 0012 (issue 12): the whole passport.

A store of revision 0011 holding an object with a passport, a measurement and the norm rules is
migrated: they are kept, each rule becomes edition 1 in ``norm_rule_edition``, the passport
reads with every new section empty ("not recorded") and saves again; the downgrade to 0011
keeps the rows.
"""

from __future__ import annotations

import dataclasses

from alembic import command
from sqlalchemy import inspect, text

from models.objects.context import validation_context
from models.objects.dto import (
    ActivityInfo,
    DecisionInfo,
    GeneralInfo,
    MeasurementDraft,
    NotesInfo,
    RouteInfo,
)
from models.objects.repository import ObjectRepository
from models.store.db import Store, _alembic_config, current_revision, head_revision, migrate
from tests.conftest import TODAY
from tests.models.objects.test_repositories import obj, passport


def _object_with_passport(store: Store) -> tuple[int, int]:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    object_id = repo.save(obj(), ctx, "admin")
    draft = passport(measurements=(MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.85, "3"),))
    return object_id, repo.save_passport(object_id, draft, ctx, "admin")


def _tables(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def _count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_revision_0012_keeps_passports_and_makes_the_rules_edition_1(store: Store) -> None:
    object_id, pid = _object_with_passport(store)
    command.downgrade(_alembic_config(store.engine), "0011")
    assert "norm_rule_edition" not in _tables(store)
    with store.engine.connect() as conn:
        kept = conn.execute(text("SELECT check_code, value, verdict FROM measurement")).all()
        rules = {r[0] for r in conn.execute(text("SELECT check_code FROM norm_rule")).all()}
    assert [tuple(r) for r in kept] == [("DOOR_WIDTH", 0.85, "breach")]
    assert rules and _count(store, "passport") == 1

    migrate(store.engine, store.path)

    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        editions = conn.execute(
            text("SELECT check_code, edition FROM norm_rule_edition WHERE edition = 1")
        ).all()
    assert rules <= {code for code, _edition in editions}
    repo = ObjectRepository(store)
    stored = repo.get_passport(pid)
    assert (stored.activity, stored.route) == (ActivityInfo(), RouteInfo())
    assert (stored.decision, stored.notes) == (DecisionInfo(), NotesInfo())
    assert (stored.reinspection_reason, stored.elements, stored.photos) == ("", (), ())
    assert repo.get(object_id).general == GeneralInfo()
    [m] = stored.measurements
    assert (m.check_code, m.value) == ("DOOR_WIDTH", 0.85)
    # The old passport saves again, with a new section filled in.
    ctx = validation_context(store, TODAY)
    again = dataclasses.replace(stored, activity=ActivityInfo(capacity=640))
    assert repo.save_passport(object_id, again, ctx, "admin") == pid
    assert repo.get_passport(pid).activity.capacity == 640


def test_revision_0012_downgrades_a_store_that_holds_passports(store: Store) -> None:
    object_id, pid = _object_with_passport(store)
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    filled = dataclasses.replace(repo.get_passport(pid), activity=ActivityInfo(capacity=640))
    repo.save_passport(object_id, filled, ctx, "admin")

    command.downgrade(_alembic_config(store.engine), "0011")

    assert "norm_rule_edition" not in _tables(store)
    assert _count(store, "infra_object") == 1
    assert _count(store, "passport") == 1
    assert _count(store, "measurement") == 1
    assert _count(store, "passport_zone") == 2
