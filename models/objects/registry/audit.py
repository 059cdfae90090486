"""The audit of a registry import (issue 8), written through ``models/audit/record.py`` like
every ORM write, on the import's own connection (all-or-nothing with it).

Granularity, decided for speed (bench/README.md): a **new** object or passport version is one
compact row (field ``*``, its imported fields as JSON); a **changed** object or a passport
corrected in place is one row per changed field with the old and the new value. Objects and
passports hold no personal data, so nothing here is sealed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection

from models.audit.record import (
    UPDATE,
    Change,
    record_bulk_inserts,
    record_changes,
)
from models.objects.tables import CATEGORIES

_STATUS_COLUMNS = tuple(f"status_{c.lower()}" for c in CATEGORIES)

#: The object fields an import may change, in the order of the import's update tuples.
OBJECT_FIELDS = (
    "name",
    "object_type",
    "address",
    "subject_to_passportization",
    "registered_date",
    "exclusion_reason",
    "exclusion_date",
)


def updated(
    entity: str, uuid: str, old: Mapping[str, Any], new: Mapping[str, Any], parent: str = ""
) -> Change | None:
    """Return the update of one record, its changed fields only (None: nothing changed)."""
    fields = {k: (old.get(k), v) for k, v in new.items() if old.get(k) != v}
    return Change(UPDATE, entity, uuid, None, fields, parent) if fields else None


def object_updates(
    changed: Iterable[Sequence[Any]], before: Mapping[int, tuple[str, Sequence[Any]]]
) -> list[Change]:
    """Return the updates of changed objects.

    Args:
        changed: the import's update tuples ``(id, name, type, address, subject, registered,
            exclusion reason, exclusion date, search key)``.
        before: object id -> (uuid, the stored values of :data:`OBJECT_FIELDS`).
    """
    out = []
    for row in changed:
        uuid, old = before[row[0]]
        new = dict(zip(OBJECT_FIELDS, row[1:8], strict=True))
        change = updated("infra_object", uuid, dict(zip(OBJECT_FIELDS, old, strict=True)), new)
        if change is not None:
            out.append(change)
    return out


def passport_corrections(
    corrections: Iterable[Sequence[Any]],
    status_columns: Sequence[str],
    before: Mapping[int, tuple[str, str, tuple[Any, ...], bool, date | None]],
) -> list[Change]:
    """Return the in-place corrections of current passports.

    Args:
        corrections: ``(passport id, *statuses, requires_adaptation, adapted_date)``.
        status_columns: the status columns, in the order of the tuples.
        before: passport id -> (its uuid, its object's uuid, statuses, requires_adaptation,
            adapted_date) as stored.
    """
    keys = (*status_columns, "requires_adaptation", "adapted_date")
    out = []
    for row in corrections:
        uuid, object_uuid, statuses, requires, adapted = before[row[0]]
        old = dict(zip(keys, (*statuses, requires, adapted), strict=True))
        new = dict(zip(keys, row[1:], strict=True))
        change = updated("passport", uuid, old, new, f"infra_object:{object_uuid}")
        if change is not None:
            out.append(change)
    return out


def record_import(
    conn: Connection,
    objects: Mapping[str, Sequence[Any]],
    versions: Mapping[str, Sequence[Any]],
    new_versions: Sequence[tuple[Any, int, int | None]],
    existing: Mapping[tuple[str, str], Any],
    changed: Iterable[Sequence[Any]],
    corrections: Iterable[Sequence[Any]],
    *,
    login: str,
    role: str,
) -> None:
    """Write the audit of one import (``models/objects/registry/store.upsert_registry``) on
    its connection, through ``models/audit/record.py``.

    Args:
        objects: the columns of the new objects (empty: none).
        versions: the columns of the new passport versions (empty: none).
        new_versions: (registry row, version, object id) of each new version, in order.
        existing: the stored objects the rows matched, by (kato, object_ref).
        changed: the update tuples of changed objects.
        corrections: the update tuples of passports corrected in place.
    """
    if objects:
        record_bulk_inserts(conn, "infra_object", objects, login=login, role=role)
    if versions:
        added = {
            (kato, ref): uuid
            for kato, ref, uuid in zip(
                objects.get("kato", ()),
                objects.get("object_ref", ()),
                objects.get("uuid", ()),
                strict=True,
            )
        }
        parents = []
        for row, _version, _object_id in new_versions:
            key = (row.kato, row.object_ref)
            old = existing.get(key)
            parents.append(f"infra_object:{old.uuid if old is not None else added[key]}")
        record_bulk_inserts(conn, "passport", versions, login=login, role=role, parents=parents)
    stored = {
        o.id: (
            o.uuid,
            (
                o.name,
                o.object_type,
                o.address,
                o.subject,
                o.registered_date,
                o.exclusion_reason,
                o.exclusion_date,
            ),
        )  # fmt: skip
        for o in existing.values()
    }
    audit = object_updates(changed, stored)
    passports = {
        o.passport_id: (
            o.passport_uuid,
            o.uuid,
            o.statuses,
            o.requires_adaptation,
            o.adapted_date,
        )  # fmt: skip
        for o in existing.values()
        if o.passport_id is not None
    }
    audit += passport_corrections(corrections, _STATUS_COLUMNS, passports)
    record_changes(conn, audit, login=login, role=role)
