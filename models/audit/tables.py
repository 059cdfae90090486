"""Tables of the audit trail and the per-family keys its personal values are encrypted under.

``audit_event`` is append-only: triggers of revision 0007 refuse any UPDATE or DELETE, so
nothing in the application can edit or remove it. Personal values (names, IINs, addresses,
phones) are kept as ciphertext under their family's key (``family_key``); destroying a family's
data at the end of its retention deletes that key, and the audit keeps what happened without
the values (domain brief §6: the audit log outlives the data).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.store.base import Base, utcnow


class AuditEvent(Base):
    """One audited fact: a field changed, a record added or deleted, personal data opened,
    a case summary printed, a package exported, an approval given."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_entity", "entity", "entity_uuid"),
        Index("ix_audit_event_family", "family_uuid", "action"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    login: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(20), default="")
    #: insert, update, delete, open, print, export, approve, transfer, restore, login...
    action: Mapped[str] = mapped_column(String(16))
    #: The table of the record (``family``, ``person``, ``family_case``...), or what was
    #: exported/printed (``package``, ``case_summary``).
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_uuid: Mapped[str] = mapped_column(String(36), default="")
    #: The family the record belongs to, when it does (its key encrypts personal values).
    family_uuid: Mapped[str | None] = mapped_column(String(36), default=None)
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    #: True when old/new values are ciphertext under the family's key.
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class FamilyKey(Base):
    """The random key a family's personal audit values are encrypted under."""

    __tablename__ = "family_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    family_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DestructionAct(Base):
    """An act destroying families' personal data at the end of their retention (brief §6).

    It lists what was destroyed (:class:`DestroyedRecord`) without the personal data itself:
    the act outlives the data, like the audit.
    """

    __tablename__ = "destruction_act"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32))
    act_date: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(Text, default="")
    commission: Mapped[str] = mapped_column(Text, default="")
    by_login: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DestroyedRecord(Base):
    """One record an act destroyed: its kind, a reference that names no person (a case
    number, a family's UUID) and the day its case closed."""

    __tablename__ = "destroyed_record"
    __table_args__ = (Index("ix_destroyed_record_act", "act_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    act_id: Mapped[int] = mapped_column(ForeignKey("destruction_act.id", ondelete="RESTRICT"))
    record_type: Mapped[str] = mapped_column(String(24))
    reference: Mapped[str] = mapped_column(String(64))
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
