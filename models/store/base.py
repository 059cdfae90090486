"""Declarative base and the columns every record carries.

Every record has a stable UUID and created/updated timestamps and authors, so that the audit
trail, district-to-district transfer and consolidation never depend on local integer ids.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import MetaData, String, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

#: Constraint names are fixed so Alembic batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SYSTEM_USER = "system"
#: The role of the system principal (migrations, seeding, a store opened by tests with its key).
SYSTEM_ROLE = "administrator"


@dataclass(frozen=True)
class Principal:
    """Who a store was unlocked by: a login and its role (``models/reference/roles.py``)."""

    login: str
    role: str


SYSTEM = Principal(SYSTEM_USER, SYSTEM_ROLE)


def utcnow() -> datetime:
    """Return the current time in UTC, timezone-aware."""
    return datetime.now(UTC)


def new_uuid() -> str:
    """Return a new random UUID as 36-character text (portable to PostgreSQL and Excel)."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Declarative base of all Qoldau tables."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Mixin: UUID plus created/updated at and by, filled automatically on flush."""

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default=SYSTEM_USER)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default=SYSTEM_USER)


def current_user(session: Session) -> str:
    """Return the login the session writes as (set with ``session.info['user']``)."""
    return str(session.info.get("user", SYSTEM_USER))


def current_role(session: Session) -> str:
    """Return the role the session acts with (set with ``session.info['role']``)."""
    return str(session.info.get("role", SYSTEM_ROLE))


@event.listens_for(Session, "before_flush")
def _stamp_authors(session: Session, _context: object, _instances: object) -> None:
    # NOTE: authors come from the session, not from callers, so no write path can forget them.
    user = current_user(session)
    for obj in session.new:
        if isinstance(obj, Tracked):
            obj.created_by = user
            obj.updated_by = user
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj):
            obj.updated_by = user
