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
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Acknowledged:
    """The receipt of a package handled (reporting.md §6.3): where it was written (None: none
    was due, e.g. already received), or why it could not be (``error``: a read-only stick)."""

    path: Path | None
    error: str | None = None


def acknowledge_handled(
    store: Store, incoming: IncomingPackage, plan: ReceiptPlan, refusal: str | None, *, user: str
) -> Acknowledged:
    """Write the receipt of ``incoming`` (accepted when ``refusal`` is None) beside it; never
    raises for the file system: a receipt that cannot be written is logged and returned as
    ``error``, since it must not undo an import or hide a refusal."""
    try:
        path = acknowledge(incoming, plan, refusal, receiver=office_of(store), user=user)
    except OSError as exc:
        logger.warning("the receipt of %s could not be written", incoming.source, exc_info=True)
        return Acknowledged(None, str(exc) or type(exc).__name__)
    return Acknowledged(path)


def receive_and_acknowledge(
    store: Store, incoming: IncomingPackage, *, user: str, confirm_replace: bool
) -> tuple[ReceiptResult, Acknowledged]:
    """Import ``incoming`` all-or-nothing, then write its receipt beside it (reporting.md §6.3).

    Accepted or refused, the receipt says so (none for a package already received or a
    replacement not confirmed). A receipt that cannot be written (a read-only stick) does not
    undo the import: it comes back as :attr:`Acknowledged.error`.
    """
    # Through the module: tests stand a failing receive in for the real one.
    result = consolidation.receive(store, incoming, user=user, confirm_replace=confirm_replace)
    return result, acknowledge_handled(store, incoming, result.plan, result.refusal, user=user)


def receive_with_receipt(
    store: Store, incoming: IncomingPackage, *, user: str, confirm_replace: bool
) -> ReceiptResult:
    """Import ``incoming`` and write its receipt (:func:`receive_and_acknowledge`); what
    ``consolidate`` calls: a receipt that cannot be written is only logged."""
    return receive_and_acknowledge(store, incoming, user=user, confirm_replace=confirm_replace)[0]
