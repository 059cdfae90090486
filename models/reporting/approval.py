"""Approving and reopening an office's periods (reporting.md §6.1, §6.2).

* :func:`approve`: a supervisor or administrator approves an ended period; at a region or the
  republic only when every expected sub-office's package is consolidated, or when the missing
  ones are named (``missing``).
* :func:`reopen`: the same roles reopen an approved period with a reason (kept, with who and
  when); it may be approved again.
* :func:`period_state`, :func:`approval_history`: the state of a period and its events, for the
  Reporting page.
* :func:`approval_of`, :func:`approved_period_containing`: the approved period that makes a
  package approved (itself or a longer one containing it), and the one a day falls in.
* :func:`manifest_approval`: the manifest's ``approval`` key (§6.2).

The lock itself is ``models/period_lock.py`` (every ORM write) over the rule of
``models/reference/approvals.py`` (the bulk paths too). Refusals are :class:`ApprovalError`
with a stable ``code`` (worded in ``ui/messages.py`` and by the command line) and ``params``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.errors import QoldauError
from models.reference.approvals import (
    APPROVED,
    REOPENED,
    ApprovedPeriod,
    PeriodApproval,
    approved_periods,
)
from models.reference.offices import LEVEL_BELOW, office_of
from models.reference.roles import Permission, require
from models.reporting.consolidation import completeness
from models.reporting.periods import Period, parse_period
from models.store.base import current_role, current_user
from models.store.db import Store

#: State of a period never approved.
OPEN = "open"

#: Refusals of :func:`approve` and :func:`reopen` (codes of :class:`ApprovalError`).
PERIOD_NOT_ENDED = "period_not_ended"
ALREADY_APPROVED = "period_already_approved"
PERIOD_NOT_APPROVED = "period_not_approved"
REASON_REQUIRED = "reopen_reason_required"
SUB_OFFICES_MISSING = "sub_offices_missing"
MISSING_NOT_SUB_OFFICE = "missing_not_sub_office"
APPROVAL_CODES = (
    PERIOD_NOT_ENDED,
    ALREADY_APPROVED,
    PERIOD_NOT_APPROVED,
    REASON_REQUIRED,
    SUB_OFFICES_MISSING,
    MISSING_NOT_SUB_OFFICE,
)


class ApprovalError(QoldauError):
    """An approval or reopening refused: ``code`` (:data:`APPROVAL_CODES`) and ``params``."""

    def __init__(self, code: str, text: str, **params: object) -> None:
        super().__init__(text)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class ApprovalEvent:
    """One approval or reopening of a period, as kept in the history."""

    period: str
    state: str
    by: str
    role: str
    #: When, timezone-aware (UTC).
    at: datetime
    missing: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class PeriodState:
    """A period's state: ``open``, ``approved`` or ``reopened``, with its latest event.

    ``locked_by`` is the approved period that locks it (itself, or a longer one containing it:
    a year approved locks its quarters and months); None when it is not locked.
    """

    period: str
    state: str
    last: ApprovalEvent | None
    locked_by: ApprovedPeriod | None
    history: tuple[ApprovalEvent, ...] = field(default=(), compare=False)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _event(row: PeriodApproval) -> ApprovalEvent:
    return ApprovalEvent(
        row.period,
        row.state,
        row.by_login,
        row.role,
        _aware(row.at),
        tuple(str(k) for k in row.missing or ()),
        row.reason,
    )


def _events(s: Session, office_kato: str, period: str | None = None) -> list[ApprovalEvent]:
    stmt = select(PeriodApproval).where(PeriodApproval.office_kato == office_kato)
    if period is not None:
        stmt = stmt.where(PeriodApproval.period == period)
    return [_event(r) for r in s.scalars(stmt.order_by(PeriodApproval.id))]


def approval_of(s: Session, period: Period) -> ApprovedPeriod | None:
    """Return the approved period that makes a package of ``period`` approved: ``period``
    itself, else the shortest approved period containing it; None for a draft."""
    containing = [a for a in approved_periods(s) if a.start <= period.start and period.end <= a.end]
    if not containing:
        return None
    own = [a for a in containing if a.period == period.code]
    return own[0] if own else min(containing, key=lambda a: (a.end - a.start, a.period))


def approved_period_containing(s: Session, day: date) -> ApprovedPeriod | None:
    """Return the shortest approved period whose days include ``day`` (None: none does)."""
    found = [a for a in approved_periods(s) if a.start <= day <= a.end]
    return min(found, key=lambda a: (a.end - a.start, a.period)) if found else None


def period_state(store: Store, period: Period | str) -> PeriodState:
    """Return the state of ``period`` at this store's office, with its history."""
    p = parse_period(period) if isinstance(period, str) else period
    office = office_of(store)
    with store.session() as s:
        events = _events(s, office.kato, p.code)
        lock = approval_of(s, p)
    last = events[-1] if events else None
    return PeriodState(p.code, last.state if last else OPEN, last, lock, tuple(events))


def approval_history(store: Store) -> list[ApprovalEvent]:
    """Return every approval and reopening of this office, oldest first."""
    office = office_of(store)
    with store.session() as s:
        return _events(s, office.kato)


def missing_sub_offices(store: Store, period: Period) -> list[str]:
    """Return the KATO codes of the expected sub-offices whose package for ``period`` is not
    consolidated (absent, refused or returned); empty at a district."""
    return [row.office.kato for row in completeness(store, period) if row.current is None]


def approve(
    store: Store,
    period: Period | str,
    *,
    today: date,
    user: str | None = None,
    missing: Iterable[str] = (),
) -> ApprovalEvent:
    """Approve ``period`` for this store's office (reporting.md §6.1).

    Args:
        store: the office's store.
        period: the period (a code or a parsed period).
        today: the day of the approval (the period must have ended before it).
        user: the login approving (default: the store's principal).
        missing: at a region or the republic, the sub-offices named as missing.

    Raises:
        RoleError: the user is not a supervisor or an administrator.
        ApprovalError: not ended, already approved, sub-offices missing and not named, or a
            named one is not a sub-office.
    """
    p = parse_period(period) if isinstance(period, str) else period
    office = office_of(store)
    named = sorted({k.strip() for k in missing if k.strip()})
    with store.session(user) as s:
        require(s, Permission.APPROVE)
        if p.end >= today:
            raise ApprovalError(
                PERIOD_NOT_ENDED,
                f"period {p.code} ends on {p.end:%d.%m.%Y}: it can be approved from the next day",
                period=p.code,
                end=p.end,
            )
        events = _events(s, office.kato, p.code)
        if events and events[-1].state == APPROVED:
            last = events[-1]
            raise ApprovalError(
                ALREADY_APPROVED,
                f"period {p.code} is already approved (by {last.by} on {last.at:%d.%m.%Y %H:%M} "
                "UTC)",
                period=p.code,
                by=last.by,
                at=last.at,
            )
    if LEVEL_BELOW.get(office.level) is not None:
        absent = missing_sub_offices(store, p)
        unknown = [k for k in named if k not in absent and k not in _expected(store, p)]
        if unknown:
            raise ApprovalError(
                MISSING_NOT_SUB_OFFICE,
                f"{', '.join(unknown)}: not a sub-office this office expects a package from",
                katos=", ".join(unknown),
            )
        unnamed = [k for k in absent if k not in named]
        if unnamed:
            raise ApprovalError(
                SUB_OFFICES_MISSING,
                f"no package of {p.code} is consolidated from {', '.join(unnamed)}: receive "
                "them first, or name them as missing (--missing)",
                period=p.code,
                katos=", ".join(unnamed),
            )
        named = [k for k in named if k in absent]
    elif named:
        raise ApprovalError(
            MISSING_NOT_SUB_OFFICE,
            f"{', '.join(named)}: a district has no sub-offices",
            katos=", ".join(named),
        )
    return _record(store, office.kato, p, APPROVED, user, missing=named)


def _expected(store: Store, period: Period) -> list[str]:
    return [row.office.kato for row in completeness(store, period)]


def reopen(
    store: Store, period: Period | str, *, reason: str, user: str | None = None
) -> ApprovalEvent:
    """Reopen the approved ``period`` with ``reason`` (kept with who and when).

    Raises:
        RoleError: the user is not a supervisor or an administrator.
        ApprovalError: no reason, or the period is not approved.
    """
    p = parse_period(period) if isinstance(period, str) else period
    office = office_of(store)
    text = reason.strip()
    with store.session(user) as s:
        require(s, Permission.APPROVE)
        if not text:
            raise ApprovalError(REASON_REQUIRED, "a reopening needs a reason", period=p.code)
        events = _events(s, office.kato, p.code)
        if not events or events[-1].state != APPROVED:
            raise ApprovalError(
                PERIOD_NOT_APPROVED,
                f"period {p.code} is not approved: there is nothing to reopen",
                period=p.code,
            )
    return _record(store, office.kato, p, REOPENED, user, reason=text)


def _record(
    store: Store,
    office_kato: str,
    p: Period,
    state: str,
    user: str | None,
    *,
    missing: Iterable[str] = (),
    reason: str = "",
) -> ApprovalEvent:
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.session(user) as s:
        require(s, Permission.APPROVE)
        row = PeriodApproval(
            office_kato=office_kato,
            period=p.code,
            period_start=p.start,
            period_end=p.end,
            state=state,
            by_login=current_user(s),
            role=current_role(s),
            at=now,
            missing=list(missing),
            reason=reason,
        )
        s.add(row)
        s.flush()
        return _event(row)


def manifest_approval(store: Store, period: Period) -> dict[str, Any]:
    """Return the manifest's ``approval`` key for a package of ``period`` (§6.2)."""
    with store.session() as s:
        a = approval_of(s, period)
    if a is None:
        return {"state": "draft"}
    return {
        "state": APPROVED,
        "period": a.period,
        "by": a.by,
        "role": a.role,
        "at": a.at.isoformat(timespec="seconds"),
        "missing": list(a.missing),
    }


def is_approved(approval: Mapping[str, Any] | None) -> bool:
    """True when a manifest's ``approval`` says approved (a missing key is a draft)."""
    return isinstance(approval, Mapping) and approval.get("state") == APPROVED
