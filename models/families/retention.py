"""Retention: which families' personal data are due for destruction on a day (brief §6).

"Keep data until the purpose is achieved unless a law sets a period": the purpose of a family's
record is its cases, so a family is due when it has at least one case, none is open, and every
one closed at least N years before the day (N = setting ``retention_years_after_closure``,
proposed 5: the archive terms of Order No. 279-НҚ are "to confirm"). A family with no case (a
record kept for a case still to come) is never due here.

A person who also belongs to a household that is not destroyed with it is kept: only the
membership goes (:func:`people_of`). The list names no one: case numbers, closure dates and
counts; the destruction itself is ``models/cases/destruction.py``.

The cases package sits above this one, so its table is named here rather than imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Date, column, func, select, table
from sqlalchemy.orm import Session

from models.families.tables import Family, FamilyMember

_CASES = table(
    "family_case",
    column("id"),
    column("family_id"),
    column("number"),
    column("stage"),
    column("closed_date", Date),
)
CLOSED = "CLOSED"


@dataclass(frozen=True)
class DueFamily:
    """A family due for destruction, without personal data."""

    family_id: int
    family_uuid: str
    #: (case number, closure date) of each of its cases, oldest first.
    cases: tuple[tuple[str, date], ...]
    #: Its memberships, and the people who would go with it (in no household that stays).
    members: int
    people: int

    @property
    def last_closed(self) -> date:
        return max(day for _, day in self.cases)


def years_before(day: date, years: int) -> date:
    """``day`` ``years`` years earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def people_of(s: Session, family_ids: Iterable[int]) -> tuple[set[int], set[int]]:
    """Return (people who go, people kept) of the families ``family_ids`` destroyed together:
    a person goes when every household they were ever a member of is among them."""
    ids = sorted(set(family_ids))
    if not ids:
        return set(), set()
    members = set(
        s.scalars(select(FamilyMember.person_id).where(FamilyMember.family_id.in_(ids)).distinct())
    )
    kept = set(
        s.scalars(
            select(FamilyMember.person_id)
            .where(FamilyMember.person_id.in_(members), FamilyMember.family_id.not_in(ids))
            .distinct()
        )
    )
    return members - kept, kept


def due_families(s: Session, today: date, years: int) -> list[DueFamily]:
    """Return the families due for destruction on ``today`` after ``years`` years, by their
    last closure then id."""
    cutoff = years_before(today, years)
    rows = s.execute(
        select(_CASES.c.family_id, _CASES.c.number, _CASES.c.stage, _CASES.c.closed_date)
        .where(_CASES.c.family_id.is_not(None))
        .order_by(_CASES.c.family_id, _CASES.c.closed_date, _CASES.c.number)
    ).all()
    cases: dict[int, list[tuple[str, date]]] = {}
    blocked: set[int] = set()
    for fid, number, stage, closed in rows:
        if stage != CLOSED or closed is None or closed > cutoff:
            blocked.add(fid)
            continue
        cases.setdefault(fid, []).append((str(number), closed))
    due_ids = sorted(set(cases) - blocked)
    if not due_ids:
        return []
    uuids = dict(s.execute(select(Family.id, Family.uuid).where(Family.id.in_(due_ids))).all())
    counts = dict(
        s.execute(
            select(FamilyMember.family_id, func.count(FamilyMember.id))
            .where(FamilyMember.family_id.in_(due_ids))
            .group_by(FamilyMember.family_id)
        ).all()
    )
    found = []
    for fid in due_ids:
        going, _kept = people_of(s, [fid])
        found.append(
            DueFamily(
                family_id=fid,
                family_uuid=str(uuids[fid]),
                cases=tuple(cases[fid]),
                members=int(counts.get(fid, 0)),
                people=len(going),
            )
        )
    return sorted(found, key=lambda d: (d.last_closed, d.family_id))
