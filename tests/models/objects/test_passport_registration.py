"""A passport saved with "move the registration date back" is one transaction (issue 7).

reporting.md §1: a passport dated before the object's registration date contradicts it; the
passport dialog offers to move the registration date back. The repository does both in the
passport's own transaction, so a refused passport leaves the registration date as it was.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from models.issues import ValidationError
from models.objects.context import validation_context
from models.objects.repository import ObjectRepository
from models.objects.tables import InfraObject
from models.objects.validation import Context
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.objects.test_repositories import dump, obj, passport

REGISTERED = date(2026, 5, 1)
#: The test passport's date (``passport()``): before REGISTERED.
PASSPORT_DATE = date(2026, 4, 20)


@pytest.fixture
def repo(store: Store) -> ObjectRepository:
    return ObjectRepository(store)


@pytest.fixture
def ctx(store: Store) -> Context:
    return validation_context(store, TODAY)


def test_passport_and_registration_date_move_together(repo: ObjectRepository, ctx: Context) -> None:
    oid = repo.save(obj(registered_date=REGISTERED), ctx, "a")
    pid = repo.save_passport(oid, passport(), ctx, "bolat", move_registration_to=PASSPORT_DATE)
    assert repo.current_passport_id(oid) == pid
    assert repo.get(oid).registered_date == PASSPORT_DATE


def test_without_the_offer_the_registration_date_stays(
    repo: ObjectRepository, ctx: Context
) -> None:
    oid = repo.save(obj(registered_date=REGISTERED), ctx, "a")
    repo.save_passport(oid, passport(), ctx, "bolat")
    assert repo.get(oid).registered_date == REGISTERED


def test_never_forward_and_an_empty_date_stays_empty(repo: ObjectRepository, ctx: Context) -> None:
    early = repo.save(obj(registered_date=date(2010, 1, 1)), ctx, "a")
    repo.save_passport(early, passport(), ctx, "a", move_registration_to=PASSPORT_DATE)
    assert repo.get(early).registered_date == date(2010, 1, 1)

    imported = repo.save(obj(name="Мектеп 2"), ctx, "a")
    with repo.store.session("a") as s:  # as the registry import leaves it: no date
        s.get_one(InfraObject, imported).registered_date = None
    repo.save_passport(imported, passport(), ctx, "a", move_registration_to=PASSPORT_DATE)
    assert repo.get(imported).registered_date is None


def test_a_refused_passport_leaves_the_registration_date_unchanged(
    store: Store, repo: ObjectRepository, ctx: Context
) -> None:
    oid = repo.save(obj(registered_date=REGISTERED), ctx, "a")
    before = dump(store)
    # Refused by validation: a passport dated in the future.
    future = passport(passport_date=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError):
        repo.save_passport(oid, future, ctx, "a", move_registration_to=PASSPORT_DATE)
    # Refused by the statuses rule (DP_V must be shared by all five categories).
    mixed = passport(statuses={**passport().statuses, "O": "DP_I"})
    with pytest.raises(ValidationError):
        repo.save_passport(oid, mixed, ctx, "a", move_registration_to=PASSPORT_DATE)
    assert dump(store) == before
    assert repo.get(oid).registered_date == REGISTERED
    assert repo.current_passport_id(oid) is None


def test_a_passport_with_an_unknown_code_leaves_it_too(
    store: Store, repo: ObjectRepository, ctx: Context
) -> None:
    oid = repo.save(obj(registered_date=REGISTERED), ctx, "a")
    before = dump(store)
    bogus = dataclasses.replace(passport(), service_forms={"K": "BOGUS_FORM"})
    with pytest.raises(ValidationError):
        repo.save_passport(oid, bogus, ctx, "a", move_registration_to=PASSPORT_DATE)
    assert dump(store) == before
    assert repo.get(oid).registered_date == REGISTERED
