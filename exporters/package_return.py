"""Returning a consolidated package with its receipt (reporting.md §6.3, §6.4 ``return``).

One function for the command line (``cli/periods.cmd_return``) and the Reporting page's return
dialog: the package leaves the consolidation (``models.reporting.returns.return_package``,
all-or-nothing), then the ``returned`` receipt is written into the folder the user chose. A
receipt that cannot be written does not undo the return: the result carries the error, so the
caller can say that the package was returned and the receipt is still to be handed over.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from exporters.receipt import returned_receipt, write_receipt
from models.reference.offices import office_of
from models.reporting.returns import ReturnedPackage, return_package
from models.store.db import Store


@dataclass(frozen=True)
class ReturnDone:
    """A package returned: what was returned, and where its receipt went (or why not)."""

    returned: ReturnedPackage
    #: The receipt's path (None when it could not be written).
    receipt: Path | None
    #: Why the receipt could not be written (None when it was).
    error: OSError | None = None


def return_with_receipt(
    store: Store,
    sender_kato: str,
    period: str,
    *,
    reason: str,
    out: Path,
    user: str | None = None,
) -> ReturnDone:
    """Return the current package of ``sender_kato`` for ``period`` and write its receipt into
    ``out``.

    Raises:
        RoleError, ReturnError, PeriodLockedError, PeriodError: as
            :func:`models.reporting.returns.return_package` (nothing changed).
    """
    office = office_of(store)
    done = return_package(store, sender_kato, period, reason=reason, user=user)
    receipt = returned_receipt(
        package_id=done.package_id,
        sender_kato=done.sender.kato,
        period=done.period,
        receiver=office,
        workbook_sha256=done.workbook_sha256,
        reason=done.reason,
        by=done.by,
    )
    try:
        path = write_receipt(Path(out), receipt)
    except OSError as exc:
        return ReturnDone(done, None, exc)
    return ReturnDone(done, path)
