"""The sender's export history and the receipts recorded against it (reporting.md §6.2, §6.3).

* :func:`record_export`: every package written (``exporters.package_export``) is kept with its
  ``package_id``, workbook hash, manifest path and approval.
* :func:`record_receipt`: a receipt read from the stick is matched to its export by
  ``package_id``, or, when that is null, by ``workbook_sha256`` among the exports of its period;
  a receipt of another office, or matching no export, is refused as foreign
  (:class:`ForeignReceipt`, code ``receipt_foreign``). Recording the same receipt file twice
  keeps one record.
* :func:`export_history`: the exports, newest first, each with its receipts (frozen DTOs for
  the Reporting page).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from models.audit.record import EXPORT, record_access
from models.errors import QoldauError
from models.reference.dto import OfficeDTO
from models.reference.offices import office_of
from models.reference.roles import Permission, require
from models.reporting.records import APPROVED, DRAFT, PACKAGE, ExportRecord, ReceiptRecord
from models.store.base import current_user
from models.store.db import Store

#: Code of :class:`ForeignReceipt`.
RECEIPT_FOREIGN = "receipt_foreign"


class ForeignReceipt(QoldauError):
    """A receipt about another office's package, or about no export of this office."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.code = RECEIPT_FOREIGN


@dataclass(frozen=True)
class ReceiptInfo:
    """A receipt recorded against an export."""

    package_id: str
    outcome: str
    receiver: OfficeDTO
    #: The receipt's ``at`` as written.
    at: str
    by: str
    reasons: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True)
class ExportInfo:
    """One package exported by this office, with the receipts read about it (oldest first)."""

    package_id: str
    period: str
    workbook_sha256: str
    manifest_path: str
    exported_at: datetime
    exported_by: str
    approval_state: str
    approval_period: str
    receipts: tuple[ReceiptInfo, ...] = ()


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def record_export(
    store: Store, manifest: Mapping[str, Any], manifest_path: str, *, user: str | None = None
) -> None:
    """Keep the package described by ``manifest`` (written at ``manifest_path``)."""
    approval = manifest.get("approval") or {}
    approved = isinstance(approval, Mapping) and approval.get("state") == APPROVED
    with store.session(user) as s:
        s.add(
            ExportRecord(
                package_id=str(manifest["package_id"]),
                period=str(manifest["period"]),
                kind=PACKAGE,
                workbook_sha256=str(manifest["workbook"]["sha256"]).lower(),
                manifest_path=manifest_path,
                exported_at=datetime.now(UTC).replace(tzinfo=None),
                exported_by=current_user(s),
                approval_state=APPROVED if approved else DRAFT,
                approval_period=str(approval.get("period", "")) if approved else "",
            )
        )
        # The audit trail's export event (brief §6: exports are logged), in the same write.
        record_access(s, EXPORT, PACKAGE, str(manifest["package_id"]), note=str(manifest["period"]))


def _info(r: ReceiptRecord, package_id: str) -> ReceiptInfo:
    return ReceiptInfo(
        package_id,
        r.outcome,
        OfficeDTO(r.receiver_kato, r.receiver_level, r.receiver_name_kk, r.receiver_name_ru),
        r.receipt_at,
        r.receipt_by,
        tuple(r.reasons or ()),
    )


def record_receipt(
    store: Store,
    *,
    package_id: str | None,
    sender_kato: str,
    period: str,
    receiver: OfficeDTO,
    workbook_sha256: str | None,
    outcome: str,
    reasons: Sequence[Mapping[str, Any]],
    at: str,
    by: str,
    file_sha256: str,
    user: str | None = None,
) -> ReceiptInfo:
    """Record a receipt against the export it is about.

    Raises:
        ForeignReceipt: another office's receipt, or one matching no export.
        RoleError: the role may not record receipts (``Permission.CONSOLIDATE``).
    """
    office = office_of(store)
    if sender_kato != office.kato:
        raise ForeignReceipt(f"it is about office {sender_kato}, not this office ({office.kato})")
    with store.session(user) as s:
        require(s, Permission.CONSOLIDATE)
        if package_id is not None:
            export = s.scalars(
                select(ExportRecord).where(ExportRecord.package_id == package_id)
            ).first()
        else:
            export = s.scalars(
                select(ExportRecord)
                .where(
                    ExportRecord.period == period,
                    ExportRecord.workbook_sha256 == (workbook_sha256 or "").lower(),
                )
                .order_by(ExportRecord.id.desc())
            ).first()
        if export is None:
            key = f"package {package_id}" if package_id else f"workbook {workbook_sha256}"
            raise ForeignReceipt(f"no export of this office matches its {key} (period {period})")
        held = s.scalars(
            select(ReceiptRecord).where(
                ReceiptRecord.export_ref == export.id, ReceiptRecord.file_sha256 == file_sha256
            )
        ).first()
        if held is None:
            held = ReceiptRecord(
                export_ref=export.id,
                package_id=package_id,
                outcome=outcome,
                receiver_kato=receiver.kato,
                receiver_level=receiver.level,
                receiver_name_kk=receiver.name_kk,
                receiver_name_ru=receiver.name_ru,
                receipt_at=at,
                receipt_by=by,
                reasons=[dict(r) for r in reasons],
                file_sha256=file_sha256,
                recorded_at=datetime.now(UTC).replace(tzinfo=None),
                recorded_by=current_user(s),
            )
            s.add(held)
        return _info(held, export.package_id)


def export_history(store: Store, *, period: str | None = None) -> list[ExportInfo]:
    """Return the exports of this office (of ``period`` when given), newest first."""
    with store.session() as s:
        stmt = select(ExportRecord)
        if period is not None:
            stmt = stmt.where(ExportRecord.period == period)
        exports = s.scalars(stmt.order_by(ExportRecord.id.desc())).all()
        receipts: dict[int, list[ReceiptInfo]] = {}
        ids = {e.id: e.package_id for e in exports}
        for r in s.scalars(
            select(ReceiptRecord)
            .where(ReceiptRecord.export_ref.in_(list(ids)))
            .order_by(ReceiptRecord.id)
        ):
            receipts.setdefault(r.export_ref, []).append(_info(r, ids[r.export_ref]))
        return [
            ExportInfo(
                e.package_id,
                e.period,
                e.workbook_sha256,
                e.manifest_path,
                _aware(e.exported_at),
                e.exported_by,
                e.approval_state,
                e.approval_period,
                tuple(receipts.get(e.id, ())),
            )
            for e in exports
        ]
