"""Report packages received from sub-offices (reporting.md §2.3), with the figures they carry.

A region or the republic keeps every package it accepted, current or replaced, so that its own
export can be consolidated from the current ones and the history shows which replaced which.
The figures are stored as rows, not re-read from the workbook: the workbook may be on a USB
stick that is gone tomorrow.

* :class:`ReceivedPackage`: one accepted package (sender, period, manifest, status).
* :class:`ReceivedUnitRow`: a unit row of A1 or B1, counts in sheet column order (3..N).
* :class:`ReceivedCodeRow`: a row of A2, B2, B3 or B4, counts in sheet column order (3..N).
* :class:`ReceivedObject`: a row of A3 (up to 100k per package: written with Core inserts).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.store.base import Base, Tracked

#: Status of the package consolidated for its sender and period.
CURRENT = "current"
#: Status of a package superseded by a newer one from the same sender and period.
REPLACED = "replaced"
#: Status of a package this office returned to its sender (reporting.md §6.3): out of the
#: consolidation, kept in the history with who returned it, when and why.
RETURNED = "returned"


class ReceivedPackage(Tracked, Base):
    """One package accepted from a sub-office."""

    __tablename__ = "received_package"
    __table_args__ = (Index("ix_received_package_sender_period", "sender_kato", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The manifest's ``package_id``: a package is received once.
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    sender_kato: Mapped[str] = mapped_column(String(9))
    sender_level: Mapped[str] = mapped_column(String(10))
    sender_name_kk: Mapped[str] = mapped_column(Text)
    sender_name_ru: Mapped[str] = mapped_column(Text)
    period: Mapped[str] = mapped_column(String(10))
    #: The manifest's ``created_at`` in UTC (naive), for ordering "newer".
    package_created_at: Mapped[datetime]
    #: The manifest's ``created_at`` exactly as written (ISO 8601 with its zone), for ``includes``.
    package_created_text: Mapped[str] = mapped_column(String(40))
    app_version: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[datetime]
    received_by: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10), default=CURRENT)
    replaced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_package.id"), default=None
    )
    manifest_json: Mapped[str] = mapped_column(Text)
    workbook_sha256: Mapped[str] = mapped_column(String(64))
    #: When, by whom and why it was returned (status ``returned``; revision 0008).
    returned_at: Mapped[datetime | None] = mapped_column(default=None)
    returned_by: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))
    return_reason: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class ReceivedUnitRow(Tracked, Base):
    """A unit row of a received A1 or B1 (the total row is their sum and is not stored)."""

    __tablename__ = "received_unit_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_ref: Mapped[int] = mapped_column(
        ForeignKey("received_package.id", ondelete="CASCADE"), index=True
    )
    sheet: Mapped[str] = mapped_column(String(2))
    row_no: Mapped[int] = mapped_column(Integer)
    kato: Mapped[str] = mapped_column(String(9))
    name: Mapped[str] = mapped_column(Text)
    #: Counts of columns 3..N in sheet order (A1: 5 numbers, B1: 9).
    counts: Mapped[list[Any]] = mapped_column(JSON)


class ReceivedCodeRow(Tracked, Base):
    """A row of a received A2, B2, B3 or B4."""

    __tablename__ = "received_code_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_ref: Mapped[int] = mapped_column(
        ForeignKey("received_package.id", ondelete="CASCADE"), index=True
    )
    sheet: Mapped[str] = mapped_column(String(2))
    row_no: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Text)
    #: Counts of columns 3..N in sheet order (A2: passported, K, O, S, G, U, requiring, adapted).
    counts: Mapped[list[Any]] = mapped_column(JSON)


class ReceivedObject(Tracked, Base):
    """A row of a received A3: one passported object of a sub-office."""

    __tablename__ = "received_object"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_ref: Mapped[int] = mapped_column(
        ForeignKey("received_package.id", ondelete="CASCADE"), index=True
    )
    object_uuid: Mapped[str] = mapped_column(String(36))
    kato: Mapped[str] = mapped_column(String(9))
    name: Mapped[str] = mapped_column(Text)
    object_type: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(Text, default="")
    passport_date: Mapped[date]
    status_k: Mapped[str] = mapped_column(String(8), default="")
    status_o: Mapped[str] = mapped_column(String(8), default="")
    status_s: Mapped[str] = mapped_column(String(8), default="")
    status_g: Mapped[str] = mapped_column(String(8), default="")
    status_u: Mapped[str] = mapped_column(String(8), default="")
    requires_adaptation: Mapped[bool] = mapped_column(Boolean)
    adapted_date: Mapped[date | None] = mapped_column(default=None)
