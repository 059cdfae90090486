"""Approved periods and the lock rule on plain values (reporting.md §6.1).

Low in the domain order on purpose: the lock is one rule, and every write path meets it, the
ORM guard of ``models/period_lock.py`` (every repository and form) and the bulk paths that write
with Core (the registry import of ``models/objects/registry/store.py``, demo data,
consolidation). So the table of approvals, the reading of the approved periods and the rule on
values live here, below the domains that write; the ORM guard above them all only collects
old and new values and asks :func:`first_changed`.

* :class:`PeriodApproval`: one row per approval or reopening of an office's period (history kept);
  a period's state is that of its latest row. The period's first and last days are stored
  beside its code, so the rule needs no period arithmetic.
* :func:`approved_periods`: the periods approved now, each with who approved it and when.
* :func:`first_changed`: the approved period whose package a change of a record would change.
* :class:`PeriodLockedError`: the refusal, code ``period_locked``, naming period, who and when.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Date, Index, String, Text, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.errors import QoldauError
from models.store.base import Base, Tracked

APPROVED = "approved"
REOPENED = "reopened"
#: The refusal code of a write into an approved period.
PERIOD_LOCKED = "period_locked"


class PeriodApproval(Tracked, Base):
    """One approval or reopening of a period of an office (reporting.md §6.1)."""

    __tablename__ = "period_approval"
    __table_args__ = (Index("ix_period_approval_period", "office_kato", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_kato: Mapped[str] = mapped_column(String(9))
    period: Mapped[str] = mapped_column(String(12))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    #: ``approved`` or ``reopened``.
    state: Mapped[str] = mapped_column(String(10))
    by_login: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(20))
    #: When, UTC (naive, like every timestamp of the store).
    at: Mapped[datetime]
    #: Sub-offices the approver named as missing (region and republic), KATO codes.
    missing: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: The reason of a reopening, as typed.
    reason: Mapped[str] = mapped_column(Text, default="")


@dataclass(frozen=True)
class ApprovedPeriod:
    """A period approved now: its code and days, who approved it, when (aware, UTC)."""

    period: str
    start: date
    end: date
    by: str
    role: str
    at: datetime
    missing: tuple[str, ...] = ()


class PeriodLockedError(QoldauError):
    """A write would change the package of an approved period; nothing was written.

    ``code`` is ``period_locked``; ``period``, ``by`` and ``at`` name the approval.
    """

    def __init__(self, approval: ApprovedPeriod) -> None:
        self.code = PERIOD_LOCKED
        self.approval = approval
        self.period = approval.period
        self.by = approval.by
        self.at = approval.at
        super().__init__(
            f"period {approval.period} is approved (by {approval.by} on "
            f"{approval.at:%d.%m.%Y %H:%M} UTC): this change would alter its package, so "
            "nothing was written; records dated after the period stay editable, and a "
            "supervisor can reopen the period with a reason"
        )


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def approved_periods(db: Session | Connection) -> list[ApprovedPeriod]:
    """Return the periods whose latest approval event is an approval, by their last day.

    ``db`` is a session (no autoflush: callable from a ``before_flush`` listener) or a Core
    connection (the bulk paths).
    """
    latest = (
        select(func.max(PeriodApproval.id))
        .group_by(PeriodApproval.office_kato, PeriodApproval.period)
        .scalar_subquery()
    )
    stmt = select(
        PeriodApproval.period,
        PeriodApproval.period_start,
        PeriodApproval.period_end,
        PeriodApproval.by_login,
        PeriodApproval.role,
        PeriodApproval.at,
        PeriodApproval.missing,
    ).where(PeriodApproval.id.in_(latest), PeriodApproval.state == APPROVED)
    if isinstance(db, Session):
        with db.no_autoflush:
            rows = db.execute(stmt).all()
    else:
        rows = db.execute(stmt).all()
    found = [
        ApprovedPeriod(p, s, e, by, role, _aware(at), tuple(str(k) for k in missing or ()))
        for p, s, e, by, role, at, missing in rows
    ]
    return sorted(found, key=lambda a: (a.end, a.start, a.period))


def registration_day(approved: Sequence[ApprovedPeriod]) -> date | None:
    """Return the registration date of a new object without one of its own (§6.1): the day
    after the last day of the latest approved period; None when no period is approved."""
    if not approved:
        return None
    return max(a.end for a in approved) + timedelta(days=1)


#: The value of a record a period's package reads at its last day (None: it reads nothing).
Fingerprint = Callable[[date], Hashable]


def first_changed(
    approved: Sequence[ApprovedPeriod], old: Fingerprint | None, new: Fingerprint | None
) -> ApprovedPeriod | None:
    """Return the approved period whose package the change ``old`` -> ``new`` would alter.

    ``old`` and ``new`` give what a package of a period ending on a day reads of the record
    before and after the write (None: the record does not exist, before an insert or after a
    deletion). The change is refused when the two differ at the last day of an approved
    period; the earliest such period is named.
    """
    for a in approved:
        before = old(a.end) if old is not None else None
        after = new(a.end) if new is not None else None
        if before != after:
            return a
    return None


# -- what the packages read of an object and of a passport version (figures.py) ----------------


def on_or_before(day: date | None, end: date) -> date | None:
    """Return ``day`` when it is on or before ``end``, else None (a date a package sees)."""
    return day if day is not None and day <= end else None


def object_fingerprint(
    registered: date | None,
    deregistered: date | None,
    subject: bool,
    exclusion: date | None,
    object_type: str,
    kato: str = "",
) -> Fingerprint:
    """What a package ending on a day reads of an object (names and addresses excepted).

    In the register on the day (reporting.md §1), and then whether it was subject to
    passportization on that day, its type and its settlement's KATO code (A3's ``kato``); an
    object outside the register reads as None.
    """

    def at(end: date) -> Hashable:
        if registered is not None and registered > end:
            return None
        if deregistered is not None and deregistered <= end:
            return None
        return (subject or (exclusion is not None and exclusion > end), object_type, kato)

    return at


def passport_fingerprint(
    object_key: Hashable,
    passport_date: date | None,
    statuses: tuple[str, ...],
    requires_adaptation: bool,
    adapted_date: date | None,
) -> Fingerprint:
    """What a package ending on a day reads of a passport version: nothing when it was not
    dated by then, else its object, date, statuses, finding and the adaptation done by then."""

    def at(end: date) -> Hashable:
        if on_or_before(passport_date, end) is None:
            return None
        return (
            object_key,
            passport_date,
            tuple(statuses),
            bool(requires_adaptation),
            on_or_before(adapted_date, end),
        )

    return at
