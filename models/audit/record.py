"""Writing the audit trail: the one API every write path records through (issue 8).

The ORM hook (``models/audit_hook.py``, on every flush) and the bulk paths (registry import,
demo data, consolidation) describe what they wrote as :class:`Change` values and hand them to
:func:`record_changes`, which turns them into ``audit_event`` rows, seals personal values under
the family's key and bulk-inserts them on the writer's own connection, so the audit commits or
rolls back with the write. Opening, printing and exporting are :func:`record_access`.

Rows:

- an **update** writes one row per changed field, with the old and the new value;
- an **insert** writes one row per non-empty field (old value empty), or, for a bulk path that
  passes ``compact=True``, one row per record with the field ``*`` and the fields as JSON (the
  registry import: per-field rows for 100 000 objects would double the import's time);
- a **delete** writes one row (field empty, no values);
- the author stamps (``created/updated_at/by``), ids, UUIDs and derived search keys are never
  audited: they follow from the audited fields.

**Personal fields** (domain brief §6, ``models/families/tables.py``): a person's IIN, surname,
given name, patronymic and birth date, a family's address and phone, and the free texts written
about a family (a case's signal and closure texts, event, assessment, plan, measure, visit and
service notes), which may name or describe its people. Their old and new values are AES-GCM
ciphertext under the family's key (``models/audit/keys.py``) with ``encrypted`` set; a record
that belongs to no family (an anonymous signal) keys them under its own UUID.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from models.audit.keys import family_keys, seal
from models.audit.tables import AuditEvent
from models.store.base import current_role, current_user, utcnow

INSERT = "insert"
UPDATE = "update"
DELETE = "delete"
OPEN = "open"
PRINT = "print"
EXPORT = "export"
#: The field of a compact insert row: its values are the record's fields as JSON.
ALL_FIELDS = "*"

#: Columns never audited: keys, author stamps and derived search keys.
NOT_AUDITED = frozenset(
    {
        "id",
        "uuid",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "iin_key",
        "name_fold",
        "given_fold",
        "name_key",
        "search_key",
    }
)

#: Personal fields per table: their values are sealed under the family's key.
PERSONAL_FIELDS: Mapping[str, frozenset[str]] = {
    "person": frozenset(
        {
            "iin",
            "surname",
            "given_name",
            "patronymic",
            "birth_date",
            # Care, placement (adoption is confidential) and registrations (brief §3.2, §3.5).
            "care_status",
            "placement_form",
            "police_registered",
            "police_registered_date",
            "school_registered",
            "school_registered_date",
        }
    ),
    "child_opinion": frozenset({"heard_on", "opinion", "not_heard_reason"}),
    "family": frozenset({"address", "phone"}),
    "family_case": frozenset(
        {"signal_description", "signal_source_note", "closure_note", "closure_outcome"}
    ),
    "case_event": frozenset({"note"}),
    "needs_assessment": frozenset({"summary"}),
    "assessment_score": frozenset({"note"}),
    "support_plan": frozenset({"note"}),
    "plan_measure": frozenset({"description"}),
    "visit": frozenset({"participants", "findings"}),
    "service_delivered": frozenset({"note"}),
    "member_income": frozenset({"note"}),
    "benefit_received": frozenset({"note"}),
}


def is_personal(entity: str, field_name: str) -> bool:
    """Whether the values of ``entity.field_name`` are personal (sealed in the audit)."""
    return field_name in PERSONAL_FIELDS.get(entity, frozenset())


@dataclass(frozen=True)
class Change:
    """One record a write inserted, updated or deleted.

    Attributes:
        action: ``insert``, ``update`` or ``delete``.
        entity: the table (``family``, ``person``, ``infra_object``...).
        entity_uuid: the record's UUID.
        family_uuid: the family it belongs to, None when none.
        fields: field -> (old, new) of what changed (inserts: old is None; deletes: empty).
        parent: ``<table>:<uuid>`` of the record it belongs to (a visit's case, a passport's
            object), so a record's history lists its parts, deleted ones too.
    """

    action: str
    entity: str
    entity_uuid: str
    family_uuid: str | None = None
    fields: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)
    parent: str = ""


def inserted_rows(
    entity: str,
    rows: Iterable[Mapping[str, Any]],
    *,
    family: Callable[[Mapping[str, Any]], str | None] | None = None,
    parent: Callable[[Mapping[str, Any]], str] | None = None,
) -> list[Change]:
    """Return the inserts of the rows of a Core bulk insert (each with its ``uuid``).

    Keys, author stamps, derived search keys and foreign-key ids are left out (the family and
    the parent name the record's place). ``family`` and ``parent`` map a row to its family
    UUID and to ``<table>:<uuid>`` of the record it belongs to.
    """
    return [
        Change(
            INSERT,
            entity,
            str(row["uuid"]),
            family(row) if family is not None else None,
            {
                k: (None, v)
                for k, v in row.items()
                if k not in NOT_AUDITED and not k.endswith("_id") and as_text(v) is not None
            },
            parent(row) if parent is not None else "",
        )
        for row in rows
    ]


def as_text(value: Any) -> str | None:
    """Return the audit text of a value: None and "" stay None, dates in ISO, bools 1/0."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _owner(change: Change) -> str:
    return change.family_uuid or change.entity_uuid


def audit_rows(
    changes: Iterable[Change],
    *,
    login: str,
    role: str,
    conn: Connection,
    compact: bool = False,
    at: datetime | None = None,
) -> list[dict[str, Any]]:
    """Return the ``audit_event`` rows of ``changes``, personal values sealed.

    Keys of the families whose personal values are written are created on ``conn`` when
    missing (same transaction).
    """
    at = at or utcnow()
    changes = list(changes)
    owners = {
        _owner(c)
        for c in changes
        if c.entity in PERSONAL_FIELDS
        and c.action != DELETE
        and not PERSONAL_FIELDS[c.entity].isdisjoint(c.fields)
    }
    keys = family_keys(conn, owners) if owners else {}
    rows: list[dict[str, Any]] = []
    base = {"at": at, "login": login, "role": role}
    for c in changes:
        head = {
            **base,
            "action": c.action,
            "entity": c.entity,
            "entity_uuid": c.entity_uuid,
            "family_uuid": c.family_uuid,
            "note": c.parent,
        }
        if c.action == DELETE or not c.fields:
            rows.append(
                {**head, "field": "", "old_value": None, "new_value": None, "encrypted": False}
            )
            continue
        key = keys.get(_owner(c))
        if compact and c.action == INSERT:
            values = {f: as_text(new) for f, (_old, new) in c.fields.items()}
            values = {f: v for f, v in values.items() if v is not None}
            sealed = any(is_personal(c.entity, f) for f in values)
            text = json.dumps(values, ensure_ascii=False, sort_keys=True)
            if sealed and key is not None:
                text = seal(key, text, entity=c.entity, entity_uuid=c.entity_uuid, field=ALL_FIELDS)
            rows.append(
                {
                    **head,
                    "field": ALL_FIELDS,
                    "old_value": None,
                    "new_value": text,
                    "encrypted": sealed,
                }
            )
            continue
        for name, (old, new) in c.fields.items():
            old_t, new_t = as_text(old), as_text(new)
            if old_t == new_t:
                continue
            personal = is_personal(c.entity, name) and key is not None
            if personal:
                assert key is not None
                ids = {"entity": c.entity, "entity_uuid": c.entity_uuid, "field": name}
                old_t = None if old_t is None else seal(key, old_t, **ids)
                new_t = None if new_t is None else seal(key, new_t, **ids)
            rows.append(
                {
                    **head,
                    "field": name,
                    "old_value": old_t,
                    "new_value": new_t,
                    "encrypted": personal,
                }
            )
    return rows


def record_changes(
    conn: Connection,
    changes: Sequence[Change],
    *,
    login: str,
    role: str,
    compact: bool = False,
) -> int:
    """Write the audit of ``changes`` on ``conn`` (the writer's transaction); return the rows.

    The ORM hook and every bulk path (registry import, demo data, consolidation) call this.
    """
    if not changes:
        return 0
    rows = audit_rows(changes, login=login, role=role, conn=conn, compact=compact)
    write_rows(conn, rows)
    return len(rows)


#: The columns of ``audit_event`` a row gives, in the order of :func:`write_rows`' tuples.
COLUMNS = (
    "at",
    "login",
    "role",
    "action",
    "entity",
    "entity_uuid",
    "family_uuid",
    "field",
    "old_value",
    "new_value",
    "encrypted",
    "note",
)


def write_rows(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert audit rows on ``conn``: one compiled statement and plain tuples on a positional
    DB-API (SQLite), converting each distinct time and flag once; Core otherwise."""
    if not rows:
        return
    if not conn.dialect.positional:
        conn.execute(insert(AuditEvent), list(rows))
        return
    table = AuditEvent.__table__
    procs = {name: table.c[name].type.bind_processor(conn.dialect) for name in ("at", "encrypted")}
    done: dict[tuple[str, Any], Any] = {}

    def convert(name: str, value: Any) -> Any:
        proc = procs[name]
        if proc is None:
            return value
        key = (name, value)
        if key not in done:
            done[key] = proc(value)
        return done[key]

    params = [
        (
            convert("at", r["at"]),
            r["login"],
            r["role"],
            r["action"],
            r["entity"],
            r["entity_uuid"],
            r["family_uuid"],
            r["field"],
            r["old_value"],
            r["new_value"],
            convert("encrypted", r["encrypted"]),
            r["note"],
        )
        for r in rows
    ]
    compiled = insert(cast(Table, table)).compile(dialect=conn.dialect, column_keys=list(COLUMNS))
    conn.exec_driver_sql(str(compiled), params)


def _json_fragment(value: Any) -> str | None:
    text = as_text(value)
    return None if text is None else json.dumps(text, ensure_ascii=False)


def record_bulk_inserts(
    conn: Connection,
    entity: str,
    columns: Mapping[str, Sequence[Any]],
    *,
    login: str,
    role: str,
    parents: Sequence[str] | None = None,
) -> int:
    """Write one compact insert row per record of a column-wise bulk insert (``uuid`` among
    the columns): what :func:`record_changes` with ``compact=True`` writes, built column by
    column for the registry import's 100 000 rows. Only for tables without personal fields.
    """
    if entity in PERSONAL_FIELDS:
        raise ValueError(f"{entity} has personal fields: use record_changes")
    uuids = columns["uuid"]
    names = [n for n in columns if n not in NOT_AUDITED and not n.endswith("_id")]
    # Each column's values as JSON once per distinct value ("key": "value" fragments).
    fragments: list[list[str | None]] = []
    for name in sorted(names):
        key = json.dumps(name) + ": "
        cache: dict[Any, str | None] = {}
        col: list[str | None] = []
        for value in columns[name]:
            try:
                frag = cache[value]
            except KeyError:
                encoded = _json_fragment(value)
                frag = cache[value] = None if encoded is None else key + encoded
            except TypeError:  # unhashable: not cached
                encoded = _json_fragment(value)
                frag = None if encoded is None else key + encoded
            col.append(frag)
        fragments.append(col)
    at = utcnow()
    head = {"at": at, "login": login, "role": role, "action": INSERT, "entity": entity}
    rows = [
        {
            **head,
            "entity_uuid": str(uuid),
            "family_uuid": None,
            "field": ALL_FIELDS,
            "old_value": None,
            "new_value": "{" + ", ".join(f for f in parts if f is not None) + "}",
            "encrypted": False,
            "note": parents[i] if parents is not None else "",
        }
        for i, (uuid, *parts) in enumerate(zip(uuids, *fragments, strict=True))
    ]
    write_rows(conn, rows)
    return len(rows)


def record_session_changes(
    session: Session, changes: Sequence[Change], *, compact: bool = False
) -> int:
    """:func:`record_changes` for a session: its connection, login and role."""
    return record_changes(
        session.connection(),
        changes,
        login=current_user(session),
        role=current_role(session),
        compact=compact,
    )


def record_access(
    session: Session,
    action: str,
    entity: str,
    entity_uuid: str,
    *,
    family_uuid: str | None = None,
    note: str = "",
) -> None:
    """Record that the session's user opened, printed or exported something.

    Args:
        action: ``open``, ``print`` or ``export``.
        entity: what (``family``, ``case_summary``, ``package``).
        entity_uuid: its UUID (a package: its id or file name).
        family_uuid: the family whose personal data it shows, if any.
        note: a short description without personal data (a case number, a period).
    """
    session.connection().execute(
        insert(AuditEvent),
        [
            {
                "at": utcnow(),
                "login": current_user(session),
                "role": current_role(session),
                "action": action,
                "entity": entity,
                "entity_uuid": entity_uuid,
                "family_uuid": family_uuid,
                "field": "",
                "old_value": None,
                "new_value": None,
                "encrypted": False,
                "note": note,
            }
        ],
    )
