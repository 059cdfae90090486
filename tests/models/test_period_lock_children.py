"""The lock of approved periods on B1's children (reporting.md §6.1): a change of a person's
birth date or disability group, or of a membership, that changes who counts as a child (with a
disability) of a family with an open case at the last day of an approved period is refused and
writes nothing; the same kind of change elsewhere stays editable.

The store, for the approved 2026-Q1 (last day 31.03.2026): family F with a case signalled
15.02.2026 (open at the end) and members K (born 01.05.2015), D (born 10.10.2012, disability
group II), A (an adult, born 1985) and L (born 2016, member since 01.06.2026, after the
period); family G without a case and its child N (born 2016); family H whose case is signalled
05.06.2026, after the period, with its child M (born 2017). B1 of 2026-Q1 counts K and D
(children_in_open_cases 2) and D (children_with_disability 1).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.families.tables import Family, FamilyMember, Person
from models.reference.approvals import PeriodLockedError
from models.reporting.approval import approve
from models.reporting.figures import compute_b1
from models.reporting.periods import parse_period
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import add_case, add_family, add_member
from tests.models.test_period_lock import dump

D = date


@pytest.fixture
def locked(store: Store) -> Store:
    with store.session() as s:
        f = add_family(s)
        add_case(s, D(2026, 2, 15), family=f)
        add_member(s, f, D(2015, 5, 1)).given_name = "K"
        add_member(s, f, D(2012, 10, 10), disability="GROUP_2").given_name = "D"
        add_member(s, f, D(1985, 3, 3)).given_name = "A"
        add_member(s, f, D(2016, 1, 1), since=D(2026, 6, 1)).given_name = "L"
        g = add_family(s)
        add_member(s, g, D(2016, 4, 4)).given_name = "N"
        h = add_family(s)
        add_case(s, D(2026, 6, 5), family=h)
        add_member(s, h, D(2017, 7, 7)).given_name = "M"
    approve(store, "2026-Q1", today=TODAY)
    return store


def _person(name: str) -> Callable[[Session], Person]:
    return lambda s: s.scalars(select(Person).where(Person.given_name == name)).one()


def _membership(name: str) -> Callable[[Session], FamilyMember]:
    return lambda s: s.scalars(
        select(FamilyMember).where(FamilyMember.person_id == _person(name)(s).id)
    ).one()


def _family_of(name: str) -> Callable[[Session], Family]:
    return lambda s: s.get_one(Family, _membership(name)(s).family_id)


def _set(getter: Callable[[Session], Any], **values: Any) -> Callable[[Session], None]:
    def write(s: Session) -> None:
        obj = getter(s)
        for key, value in values.items():
            setattr(obj, key, value)

    return write


def _join(name: str, family_of: str, since: date | None) -> Callable[[Session], None]:
    """``name`` (an existing person) joins the family of ``family_of``."""

    def write(s: Session) -> None:
        s.add(
            FamilyMember(
                family_id=_family_of(family_of)(s).id,
                person_id=_person(name)(s).id,
                relation="SON",
                since=since,
            )
        )

    return write


def _new_child(family_of: str, born: date, since: date | None) -> Callable[[Session], None]:
    """A new person joins the family of ``family_of`` (by the relations, as the forms do)."""

    def write(s: Session) -> None:
        child = Person(
            surname="Жаңа", given_name="Бала", birth_date=born, no_iin_reason="NOT_ISSUED"
        )
        s.add(
            FamilyMember(family=_family_of(family_of)(s), person=child, relation="SON", since=since)
        )

    return write


def _move(name: str, to_family_of: str) -> Callable[[Session], None]:
    def write(s: Session) -> None:
        _membership(name)(s).family = _family_of(to_family_of)(s)

    return write


REFUSED: dict[str, Callable[[Session], None]] = {
    "a child's birth date made an adult's": _set(_person("K"), birth_date=D(1990, 5, 1)),
    "an adult's birth date made a child's": _set(_person("A"), birth_date=D(2010, 3, 3)),
    "a child born after the period's end": _set(_person("K"), birth_date=D(2026, 5, 1)),
    "a child's birth date cleared": _set(_person("K"), birth_date=None),
    "a disability group given": _set(_person("K"), disability_group="GROUP_3"),
    "a disability group removed": _set(_person("D"), disability_group="NONE"),
    "a child joins since before the end": _join("N", "K", D(2026, 3, 1)),
    "a child joins without a since date": _join("N", "K", None),
    "a new child added since before the end": _new_child("K", D(2019, 2, 2), D(2026, 2, 1)),
    "a membership ended inside the period": _set(_membership("K"), until=D(2026, 3, 1)),
    "a membership started after the end": _set(_membership("K"), since=D(2026, 4, 1)),
    "a later membership moved into the period": _set(_membership("L"), since=D(2026, 3, 31)),
    "a membership moved to a family without a case": lambda s: setattr(
        _membership("K")(s), "family_id", _family_of("N")(s).id
    ),
    "a membership moved by the relation": _move("K", "N"),
    "a membership given to another person": lambda s: setattr(
        _membership("A")(s), "person_id", _person("N")(s).id
    ),
    "a membership deleted": lambda s: s.delete(_membership("D")(s)),
}


@pytest.mark.parametrize("write", list(REFUSED), ids=list(REFUSED))
def test_a_change_of_the_approved_period_s_children_is_refused_and_changes_nothing(
    locked: Store, write: str
) -> None:
    before = dump(locked)
    with pytest.raises(PeriodLockedError) as refused, locked.session() as s:
        REFUSED[write](s)
        s.flush()
    assert refused.value.code == "period_locked"
    assert (refused.value.period, refused.value.by) == ("2026-Q1", "system")
    assert dump(locked) == before


ALLOWED: dict[str, Callable[[Session], None]] = {
    "an adult's birth date corrected": _set(_person("A"), birth_date=D(1986, 3, 3)),
    "a child's birth date within childhood": _set(_person("K"), birth_date=D(2014, 5, 1)),
    "one disability group for another": _set(_person("D"), disability_group="GROUP_3"),
    "a child's name": _set(_person("K"), surname="Жаңаев"),
    "a child of a family with no case": _set(
        _person("N"), birth_date=D(2000, 1, 1), disability_group="GROUP_1"
    ),
    "a child of a case opened after the period": _set(_person("M"), disability_group="GROUP_1"),
    "a child joins after the end": _join("N", "K", D(2026, 4, 1)),
    "a new child added after the end": _new_child("K", D(2019, 2, 2), D(2026, 4, 2)),
    "a membership ended after the end": _set(_membership("K"), until=D(2026, 4, 1)),
    "a later membership moved within after the end": _set(_membership("L"), since=D(2026, 5, 1)),
    "a relation corrected": _set(_membership("K"), relation="DAUGHTER"),
    "an adult leaves inside the period": _set(_membership("A"), until=D(2026, 3, 1)),
    "a membership of a family with no case deleted": lambda s: s.delete(_membership("N")(s)),
}


@pytest.mark.parametrize("write", list(ALLOWED), ids=list(ALLOWED))
def test_changes_that_leave_the_children_of_the_period_stay_editable(
    locked: Store, write: str
) -> None:
    before = dump(locked)
    with locked.session() as s:
        ALLOWED[write](s)
    assert dump(locked) != before


def test_b1_of_the_approved_period_is_what_the_lock_keeps(locked: Store) -> None:
    b1 = compute_b1(locked, parse_period("2026-Q1"))[0]
    assert (b1.children_in_open_cases, b1.children_with_disability) == (2, 1)


def test_the_repository_refuses_ending_a_membership_inside_the_period(locked: Store) -> None:
    from models.families.repository import FamilyRepository

    with locked.session() as s:
        membership = _membership("K")(s).id
    before = dump(locked)
    with pytest.raises(PeriodLockedError):
        FamilyRepository(locked).end_membership(membership, D(2026, 3, 15), "admin")
    assert dump(locked) == before
    FamilyRepository(locked).end_membership(membership, D(2026, 4, 15), "admin")
    assert dump(locked) != before


def test_lock_for_covers_the_counted_children_only(locked: Store) -> None:
    from models.period_lock import lock_for

    with locked.session() as s:
        ids = {name: _person(name)(s).id for name in "KDALNM"}
    assert {n for n, pid in ids.items() if lock_for(locked, (Person, pid)) is not None} == {
        "K",
        "D",
    }
