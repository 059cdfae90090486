"""Read, verify and receive a sub-office package (reporting.md §2.3) from its manifest path.

The glue between :mod:`exporters.package_verify` (reading workbooks) and
:mod:`models.reporting.consolidation` (the store): models cannot read workbooks (ui → exporters →
models),
so this module turns a verified package into a
:class:`~models.reporting.consolidation.IncomingPackage`.
Read a package once with :func:`load_incoming`, then plan and receive the same object (reading
a 100k-object workbook takes seconds).
"""

from __future__ import annotations

import logging
from pathlib import Path

from exporters.package_verify import verify_package
from exporters.receipt import acknowledge
from models.reference.dto import OfficeDTO
from models.reference.offices import office_of
from models.reporting import consolidation
from models.reporting.consolidation import (
    IncomingPackage,
    ReceiptPlan,
    ReceiptProblem,
    ReceiptResult,
    plan_receipt,
)
from models.store.db import Store

logger = logging.getLogger(__name__)


def load_incoming(manifest_path: Path, *, receiver: OfficeDTO) -> IncomingPackage:
    """Read and verify the package at ``manifest_path`` for ``receiver``; never raises."""
    result = verify_package(Path(manifest_path), receiver=receiver)
    return IncomingPackage(
        source=str(manifest_path),
        manifest=result.manifest,
        data=result.data,
        problems=tuple(
            ReceiptProblem(p.sheet, p.row, p.rule, p.as_text(), p.params) for p in result.problems
        ),
    )


def plan_package(store: Store, manifest_path: Path) -> ReceiptPlan:
    """Return the dry run of receiving the package at ``manifest_path`` (nothing written)."""
    return plan_receipt(store, load_incoming(manifest_path, receiver=office_of(store)))


def receive_package(
    store: Store, manifest_path: Path, *, user: str, confirm_replace: bool
) -> ReceiptResult:
    """Verify and import the package at ``manifest_path``, all-or-nothing; write its receipt."""
    incoming = load_incoming(manifest_path, receiver=office_of(store))
    return receive_with_receipt(store, incoming, user=user, confirm_replace=confirm_replace)


def receive_with_receipt(
    store: Store, incoming: IncomingPackage, *, user: str, confirm_replace: bool
) -> ReceiptResult:
    """Import ``incoming`` all-or-nothing, then write its receipt beside it (reporting.md §6.3).

    What the GUI's receive dialog and ``consolidate`` both call: accepted or refused, the
    receipt says so (none for a package already received or a replacement not confirmed). A
    receipt that cannot be written (a read-only stick) does not undo the import: it is logged.
    """
    # Through the module: tests stand a failing receive in for the real one.
    result = consolidation.receive(store, incoming, user=user, confirm_replace=confirm_replace)
    try:
        acknowledge(incoming, result.plan, result.refusal, receiver=office_of(store), user=user)
    except OSError:
        logger.warning("the receipt of %s could not be written", incoming.source, exc_info=True)
    return result
