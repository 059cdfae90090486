"""Revision 0011 (issue 14): services' amounts in МРП of the delivery year.

A store of revision 0010 holding a service with its tenge amount is migrated: the service is
kept with its tenge (shown "as entered") and no amount in МРП, and the column takes one; the
downgrade drops the column in place and keeps the services.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from alembic import command
from sqlalchemy import inspect, text

from models.cases.dto import ServiceDraft, SignalDraft
from models.cases.repository import CaseRepository
from models.store.db import Store, _alembic_config, current_revision, head_revision, migrate
from tests.conftest import TODAY

SERVICE = ServiceDraft("SOCIAL", date(2026, 11, 3), "Әкімдік", amount=Decimal("25000"))


def _case_with_tenge_service(store: Store) -> int:
    cases = CaseRepository(store)
    ctx = cases.context(TODAY)
    cid = cases.open_case(SignalDraft(date(2026, 11, 1), "SCHOOL", "Хабар"), ctx, "aigerim")
    cases.add_service(cid, SERVICE, ctx, "aigerim")
    return cid


def _columns(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("service_delivered")}


def test_revision_0011_adds_the_amount_in_mrp_and_keeps_the_services(store: Store) -> None:
    cid = _case_with_tenge_service(store)
    command.downgrade(_alembic_config(store.engine), "0010")
    assert "amount_mrp" not in _columns(store)
    with store.engine.connect() as conn:
        kept = conn.execute(text("SELECT provider, amount FROM service_delivered")).all()
    assert [tuple(r) for r in kept] == [("Әкімдік", 25000)]

    backup = migrate(store.engine, store.path)

    assert backup is not None and backup.name.startswith("store.before-0010-")
    assert current_revision(store.engine) == head_revision()
    assert "amount_mrp" in _columns(store)
    cases = CaseRepository(store)
    [old] = cases.get_case(cid).services
    assert (old.amount, old.amount_mrp, old.provider) == (Decimal("25000.00"), None, "Әкімдік")
    ctx = cases.context(TODAY)
    cases.add_service(cid, replace(SERVICE, amount=None, amount_mrp=Decimal("10")), ctx, "aigerim")
    assert [s.amount_mrp for s in cases.get_case(cid).services] == [None, Decimal("10.00")]


def test_revision_0011_downgrades_a_store_that_holds_services(store: Store) -> None:
    cid = _case_with_tenge_service(store)
    cases = CaseRepository(store)
    ctx = cases.context(TODAY)
    cases.add_service(cid, replace(SERVICE, amount=None, amount_mrp=Decimal("3")), ctx, "aigerim")

    command.downgrade(_alembic_config(store.engine), "0010")

    assert "amount_mrp" not in _columns(store)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM service_delivered")).scalar_one() == 2
        assert conn.execute(text("SELECT count(*) FROM family_case")).scalar_one() == 1
