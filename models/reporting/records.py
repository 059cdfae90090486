"""The sender's side of the chain (reporting.md §6.2, §6.3): every export, and every receipt read.

* :class:`ExportRecord`: one package written by this office (the export history): its
  ``package_id``, period, workbook hash, where its manifest went, and whether it was approved.
* :class:`ReceiptRecord`: a receipt a receiving office wrote about one of those packages,
  recorded at the sender (matched by ``package_id``, or by the workbook's hash).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.store.base import Base, Tracked

#: ``kind`` of an export record: a report package.
PACKAGE = "package"
#: ``approval_state`` of an export.
DRAFT = "draft"
APPROVED = "approved"


class ExportRecord(Tracked, Base):
    """One package exported by this office."""

    __tablename__ = "export_record"
    __table_args__ = (Index("ix_export_record_period", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    period: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(10), default=PACKAGE)
    workbook_sha256: Mapped[str] = mapped_column(String(64))
    manifest_path: Mapped[str] = mapped_column(Text)
    exported_at: Mapped[datetime]
    exported_by: Mapped[str] = mapped_column(String(64))
    #: ``approved`` or ``draft`` (the manifest's ``approval.state``).
    approval_state: Mapped[str] = mapped_column(String(10))
    #: The approved period that made it approved (itself or one containing it); "" for a draft.
    approval_period: Mapped[str] = mapped_column(String(12), default="")


class ReceiptRecord(Tracked, Base):
    """A receipt recorded at the sender: what a receiving office did with one of its exports."""

    __tablename__ = "receipt_record"
    __table_args__ = (Index("ix_receipt_record_export", "export_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    export_ref: Mapped[int] = mapped_column(ForeignKey("export_record.id", ondelete="CASCADE"))
    #: The receipt's ``package_id`` (None when the receiver could not read the manifest).
    package_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: ``accepted``, ``refused`` or ``returned``.
    outcome: Mapped[str] = mapped_column(String(10))
    receiver_kato: Mapped[str] = mapped_column(String(9))
    receiver_level: Mapped[str] = mapped_column(String(10))
    receiver_name_kk: Mapped[str] = mapped_column(Text)
    receiver_name_ru: Mapped[str] = mapped_column(Text)
    #: The receipt's ``at`` exactly as written (ISO 8601 with its zone).
    receipt_at: Mapped[str] = mapped_column(String(40))
    #: The receipt's ``by``: the login of the receiving user.
    receipt_by: Mapped[str] = mapped_column(String(64))
    #: The receipt's reasons as written (``sheet``, ``row``, ``rule``, ``message_kk/ru``).
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: SHA-256 of the receipt file itself.
    file_sha256: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))
