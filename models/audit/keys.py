"""Per-family keys of the audit trail's personal values (AES-256-GCM, package ``cryptography``).

Each family gets a random 256-bit key in ``family_key`` the first time one of its personal
values is audited. A value is sealed as ``v1:`` + base64(nonce ‖ ciphertext ‖ tag), with the
audited entity, record and field as associated data, so a sealed value copied to another row
does not open. Destroying a family's key (:func:`destroy_family_key`, at the end of its
retention) leaves its audit rows in place with values nobody can read any more.

The key table lives in the store beside the audit, which the store's own encryption at rest
protects; what this adds is that the personal values of the audit can be destroyed per family
without touching the append-only table.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from models.audit.tables import FamilyKey

PREFIX = "v1:"
NONCE_BYTES = 12


def _aad(entity: str, entity_uuid: str, field: str) -> bytes:
    return f"{entity}\x1f{entity_uuid}\x1f{field}".encode()


def seal(key: bytes, value: str, *, entity: str, entity_uuid: str, field: str) -> str:
    """Return ``value`` encrypted under ``key`` as text for ``audit_event``."""
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, value.encode(), _aad(entity, entity_uuid, field))
    return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")


def unseal(key: bytes, text: str, *, entity: str, entity_uuid: str, field: str) -> str | None:
    """Return the clear value of ``text``, or None when it does not open under ``key``."""
    if not text.startswith(PREFIX):
        return None
    try:
        raw = base64.b64decode(text[len(PREFIX) :], validate=True)
        clear = AESGCM(key).decrypt(
            raw[:NONCE_BYTES], raw[NONCE_BYTES:], _aad(entity, entity_uuid, field)
        )
    except (ValueError, InvalidTag):
        return None
    return clear.decode()


def existing_keys(conn: Connection, owners: Iterable[str]) -> dict[str, bytes]:
    """Return the keys of those of ``owners`` (family uuids) that have one."""
    wanted = sorted(set(owners))
    found: dict[str, bytes] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(
            (str(u), bytes(k))
            for u, k in conn.execute(
                select(FamilyKey.family_uuid, FamilyKey.key).where(FamilyKey.family_uuid.in_(chunk))
            )
        )
    return found


def family_keys(conn: Connection, owners: Iterable[str]) -> dict[str, bytes]:
    """Return a key for every one of ``owners``, creating the missing ones (same transaction)."""
    wanted = set(owners)
    keys = existing_keys(conn, wanted)
    missing = sorted(wanted - keys.keys())
    if missing:
        created = {u: AESGCM.generate_key(bit_length=256) for u in missing}
        conn.execute(insert(FamilyKey), [{"family_uuid": u, "key": k} for u, k in created.items()])
        keys.update(created)
    return keys


def destroy_family_key(session: Session, family_uuid: str) -> bool:
    """Delete the key of ``family_uuid``: its audited personal values can no longer be read.

    The audit rows stay (brief §6: the audit log outlives the data). Returns whether a key
    existed. The caller commits.
    """
    result = session.execute(delete(FamilyKey).where(FamilyKey.family_uuid == family_uuid))
    return bool(getattr(result, "rowcount", 0))
