"""The idle lock's minutes (issue 8): default 10, set by an administrator only, kept in range."""

from __future__ import annotations

import dataclasses

import pytest

from models.issues import ValidationError
from models.reference import settings as domain_settings
from models.reference.repository import ReferenceRepository
from models.reference.roles import RoleError
from models.store.base import Principal
from models.store.db import Store


def _stored(store: Store) -> str | None:
    with store.session() as s:
        return domain_settings.read_setting(s, domain_settings.IDLE_LOCK_KEY)


def test_default_is_ten_minutes_and_an_administrator_changes_it(store: Store) -> None:
    repo = ReferenceRepository(store)
    assert repo.idle_lock_minutes() == 10
    repo.set_idle_lock_minutes(3)
    assert repo.idle_lock_minutes() == 3
    assert _stored(store) == "3"


@pytest.mark.parametrize("bad", ["", "0", "-5", "241", "ten"])
def test_an_unusable_value_reads_as_the_default(store: Store, bad: str) -> None:
    with store.session("admin") as s:
        domain_settings.write_setting(s, domain_settings.IDLE_LOCK_KEY, bad)
    assert ReferenceRepository(store).idle_lock_minutes() == 10


@pytest.mark.parametrize("minutes", [0, 241])
def test_out_of_range_is_refused_and_nothing_written(store: Store, minutes: int) -> None:
    repo = ReferenceRepository(store)
    repo.set_idle_lock_minutes(7)
    with pytest.raises(ValidationError) as caught:
        repo.set_idle_lock_minutes(minutes)
    assert [i.code for i in caught.value.report.issues] == ["out_of_range"]
    assert _stored(store) == "7"


@pytest.mark.parametrize("role", ["viewer", "specialist", "supervisor"])
def test_only_an_administrator_sets_it(store: Store, role: str) -> None:
    other = dataclasses.replace(store, principal=Principal("someone", role))
    with pytest.raises(RoleError) as caught:
        ReferenceRepository(other).set_idle_lock_minutes(5)
    assert caught.value.code == "not_allowed"
    assert _stored(store) is None
    assert ReferenceRepository(other).idle_lock_minutes() == 10
