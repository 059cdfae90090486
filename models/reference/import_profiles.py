"""Import profiles saved in the store (reporting.md §3.1, issue 15).

An office's register keeps its layout from year to year, so the profile made for it is saved
under a name with the signature of the header it was made for
(``exporters.import_profile.header_signature``); the next import of the same layout finds it by
:func:`profile_for_signature`. The body is the §3.1 JSON object; this module stores it as given
and hands it back: whoever uses it checks it as untrusted (``profile_from_json``), since a store
may come from a backup of another office.

Saving and deleting need the ``import`` permission; reading needs ``read``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Index, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from models.errors import QoldauError
from models.reference.roles import Permission, require
from models.store.base import Base, Tracked
from models.store.db import Store

#: Refusal codes of :class:`StoredProfileError` (worded in ``ui/messages.py`` PROFILE_TEXTS).
PROFILE_NAME_REQUIRED = "profile_name_required"
PROFILE_NOT_FOUND = "profile_not_found"
STORED_PROFILE_CODES = (PROFILE_NAME_REQUIRED, PROFILE_NOT_FOUND)
MAX_NAME = 200


class ImportProfileRecord(Tracked, Base):
    """One saved import profile."""

    __tablename__ = "import_profile"
    __table_args__ = (Index("ix_import_profile_signature", "signature"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    #: ``objects`` or ``members``.
    target: Mapped[str] = mapped_column(String(10))
    #: The §3.1 JSON object, as text.
    body: Mapped[str] = mapped_column(Text)
    #: The header signature of the layout it was made for.
    signature: Mapped[str] = mapped_column(Text, default="")


@dataclass(frozen=True)
class StoredProfile:
    """A saved profile: its name, target, JSON body (untrusted), signature and last change."""

    name: str
    target: str
    body: Mapping[str, Any]
    signature: str
    updated_at: datetime


class StoredProfileError(QoldauError):
    """A stored-profile request refused; ``code`` says why; nothing was changed."""

    def __init__(self, code: str, name: str = "") -> None:
        super().__init__(f"import profile {name!r}: {code}")
        self.code = code
        self.name = name
        self.params: Mapping[str, object] = {"name": name}


def _name(name: str) -> str:
    clean = " ".join(str(name).split())
    if not clean:
        raise StoredProfileError(PROFILE_NAME_REQUIRED)
    return clean[:MAX_NAME]


def _dto(r: ImportProfileRecord) -> StoredProfile:
    try:
        body = json.loads(r.body)
    except ValueError:
        body = {}
    return StoredProfile(
        r.name, r.target, body if isinstance(body, dict) else {}, r.signature, r.updated_at
    )


def save_stored_profile(
    store: Store,
    name: str,
    target: str,
    body: Mapping[str, Any],
    signature: str,
    *,
    user: str | None = None,
) -> None:
    """Save ``body`` under ``name`` (replacing the profile of that name)."""
    clean = _name(name)
    text = json.dumps(dict(body), ensure_ascii=False, sort_keys=True)
    with store.session(user) as s:
        require(s, Permission.IMPORT)
        record = s.scalars(
            select(ImportProfileRecord).where(ImportProfileRecord.name == clean)
        ).one_or_none()
        if record is None:
            record = ImportProfileRecord(name=clean)
            s.add(record)
        record.target = target
        record.body = text
        record.signature = signature


def stored_profiles(store: Store, target: str | None = None) -> list[StoredProfile]:
    """Return the saved profiles (of ``target`` when given), by name."""
    with store.session() as s:
        require(s, Permission.READ)
        stmt = select(ImportProfileRecord).order_by(ImportProfileRecord.name)
        if target is not None:
            stmt = stmt.where(ImportProfileRecord.target == target)
        return [_dto(r) for r in s.scalars(stmt)]


def profile_for_signature(store: Store, signature: str) -> StoredProfile | None:
    """Return the profile saved for a header of this signature (the latest saved), or None."""
    if not signature:
        return None
    with store.session() as s:
        require(s, Permission.READ)
        record = s.scalars(
            select(ImportProfileRecord)
            .where(ImportProfileRecord.signature == signature)
            .order_by(ImportProfileRecord.updated_at.desc(), ImportProfileRecord.id.desc())
            .limit(1)
        ).one_or_none()
        return _dto(record) if record is not None else None


def delete_stored_profile(store: Store, name: str, *, user: str | None = None) -> None:
    """Delete the profile saved under ``name``.

    Raises:
        StoredProfileError: ``profile_not_found``.
    """
    clean = _name(name)
    with store.session(user) as s:
        require(s, Permission.IMPORT)
        record = s.scalars(
            select(ImportProfileRecord).where(ImportProfileRecord.name == clean)
        ).one_or_none()
        if record is None:
            raise StoredProfileError(PROFILE_NOT_FOUND, clean)
        s.delete(record)


__all__ = [
    "STORED_PROFILE_CODES",
    "ImportProfileRecord",
    "StoredProfile",
    "StoredProfileError",
    "delete_stored_profile",
    "profile_for_signature",
    "save_stored_profile",
    "stored_profiles",
]
