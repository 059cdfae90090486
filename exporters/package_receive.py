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

from pathlib import Path

from exporters.package_verify import verify_package
from models.reference.dto import OfficeDTO
from models.reference.offices import office_of
from models.reporting.consolidation import (
    IncomingPackage,
    ReceiptPlan,
    ReceiptProblem,
    ReceiptResult,
    plan_receipt,
    receive,
)
from models.store.db import Store


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
    """Verify and import the package at ``manifest_path``, all-or-nothing."""
    incoming = load_incoming(manifest_path, receiver=office_of(store))
    return receive(store, incoming, user=user, confirm_replace=confirm_replace)
