"""Returning an accepted package to its sender (reporting.md §6.3, §6.4 ``return``).

A region or the republic returns the current package of a sub-office and period, with a
reason, while its own period is not approved: the package's status becomes ``returned`` in one
transaction, so all its rows leave the consolidation at once (``consolidate`` reads current
packages only) and the completeness table shows the office as returned; the package stays in
the history with who returned it, when and why. The receipt is written by the caller
(``exporters.receipt.returned_receipt``) where the user chooses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from models.errors import QoldauError
from models.reference.approvals import PeriodLockedError
from models.reference.dto import OfficeDTO
from models.reference.roles import Permission, require
from models.reporting.consolidation import period_lock
from models.reporting.periods import parse_period
from models.reporting.received import CURRENT, RETURNED, ReceivedPackage
from models.store.base import current_user
from models.store.db import Store

#: Codes of :class:`ReturnError`.
NOTHING_TO_RETURN = "nothing_to_return"
RETURN_REASON_REQUIRED = "return_reason_required"


class ReturnError(QoldauError):
    """A return refused: ``code`` is :data:`NOTHING_TO_RETURN` or
    :data:`RETURN_REASON_REQUIRED`; nothing was changed."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(text)
        self.code = code


@dataclass(frozen=True)
class ReturnedPackage:
    """A package returned: what its receipt names."""

    package_id: str
    sender: OfficeDTO
    period: str
    workbook_sha256: str
    reason: str
    by: str
    #: When, timezone-aware (UTC).
    at: datetime


def return_package(
    store: Store, sender_kato: str, period: str, *, reason: str, user: str | None = None
) -> ReturnedPackage:
    """Return the current package of ``sender_kato`` for ``period``, all-or-nothing.

    Raises:
        RoleError: the user is not a supervisor or an administrator.
        ReturnError: no reason, or no current package of that sender and period.
        PeriodLockedError: this office's period (or one containing it) is approved.
        PeriodError: ``period`` is not a period.
    """
    p = parse_period(period)
    text = reason.strip()
    with store.session(user) as s:
        require(s, Permission.APPROVE)
        if not text:
            raise ReturnError(RETURN_REASON_REQUIRED, "a return needs a reason")
        lock = period_lock(s, p)
        if lock is not None:
            raise PeriodLockedError(lock)
        held = s.scalars(
            select(ReceivedPackage).where(
                ReceivedPackage.sender_kato == sender_kato,
                ReceivedPackage.period == p.code,
                ReceivedPackage.status == CURRENT,
            )
        ).first()
        if held is None:
            raise ReturnError(
                NOTHING_TO_RETURN,
                f"no package of {sender_kato} for {p.code} is consolidated here: nothing to return",
            )
        now = datetime.now(UTC)
        held.status = RETURNED
        held.returned_at = now.replace(tzinfo=None)
        held.returned_by = current_user(s)
        held.return_reason = text
        return ReturnedPackage(
            held.package_id,
            OfficeDTO(
                held.sender_kato, held.sender_level, held.sender_name_kk, held.sender_name_ru
            ),
            held.period,
            held.workbook_sha256,
            text,
            current_user(s),
            now,
        )
