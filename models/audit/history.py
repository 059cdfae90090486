"""Reading the audit trail: a record's history and who opened a family (issue 8).

A record's history is its own rows plus those of its parts, found through the parent each
change row names (``note`` = ``<table>:<uuid>``): a passport's zones, measurements and works, a
case's events, assessments (and their scores), plans (and their measures), visits and
services, a family's categories and memberships. Deleted parts stay in it. Personal values are
opened with the family's key; when the key was destroyed they read as destroyed.

Rights: the history of an object or passport needs ``READ``; of a family, a member or a case
``PERSONAL_DATA``; who opened a family ``AUDIT`` (supervisor, administrator). Nothing here
writes.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import column, or_, select, table
from sqlalchemy.orm import Session

from models.audit.keys import existing_keys, unseal
from models.audit.record import ALL_FIELDS, DELETE, INSERT, OPEN, PRINT, UPDATE
from models.audit.tables import AuditEvent
from models.reference.roles import Permission, require
from models.store.db import Store

#: Tables whose history shows no personal data (objects and their passports).
OBJECT_TABLES = frozenset(
    {
        "infra_object",
        "passport",
        "passport_zone",
        "measurement",
        "zone_work",
        # The whole passport (issue 12).
        "zone_element",
        "photo",
        "state_control",
        "reinspection_trigger",
        "norm_rule",
    }
)
#: Records with a history of their own (the dialogs that show one).
HISTORY_TABLES = frozenset({"infra_object", "passport", "family", "person", "family_case"})
#: How deep parts of parts are followed (case -> plan -> measure).
_DEPTH = 3


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a history: who changed what when.

    ``old``/``new`` are the clear values (None when empty); ``destroyed`` is True when they
    were personal values whose family key has since been destroyed.
    """

    at: datetime
    login: str
    role: str
    action: str
    entity: str
    entity_uuid: str
    field: str
    old: str | None
    new: str | None
    encrypted: bool
    destroyed: bool


@dataclass(frozen=True)
class AccessEntry:
    """One opening (or printing) of a family's personal data."""

    at: datetime
    login: str
    role: str
    action: str
    entity: str
    note: str


def _entries(session: Session, events: Sequence[AuditEvent]) -> list[HistoryEntry]:
    owners = {e.family_uuid or e.entity_uuid for e in events if e.encrypted}
    keys = existing_keys(session.connection(), owners) if owners else {}
    out: list[HistoryEntry] = []
    for e in events:
        old, new, destroyed = e.old_value, e.new_value, False
        if e.encrypted:
            key = keys.get(e.family_uuid or e.entity_uuid)
            ids = {"entity": e.entity, "entity_uuid": e.entity_uuid, "field": e.field}
            if key is None:
                old = None if old is None else ""
                new = None if new is None else ""
                destroyed = True
            else:
                old = None if old is None else unseal(key, old, **ids)
                new = None if new is None else unseal(key, new, **ids)
        if e.field == ALL_FIELDS and new is not None and not destroyed:
            out.extend(_expanded(e, new))
            continue
        out.append(
            HistoryEntry(
                e.at, e.login, e.role, e.action, e.entity, e.entity_uuid, e.field,
                old, new, e.encrypted, destroyed,
            )
        )  # fmt: skip
    return out


def _expanded(e: AuditEvent, text: str) -> list[HistoryEntry]:
    """A compact insert row (bulk import) as one entry per field."""
    try:
        values = json.loads(text)
    except ValueError:
        values = {}
    return [
        HistoryEntry(
            e.at,
            e.login,
            e.role,
            e.action,
            e.entity,
            e.entity_uuid,
            name,
            None,
            str(value),
            e.encrypted,
            False,
        )  # fmt: skip
        for name, value in sorted(values.items())
    ]


def _changes(session: Session, entity: str, uuid: str) -> list[AuditEvent]:
    actions = (INSERT, UPDATE, DELETE)
    found: dict[int, AuditEvent] = {}
    own = session.scalars(
        select(AuditEvent).where(
            AuditEvent.entity == entity,
            AuditEvent.entity_uuid == uuid,
            AuditEvent.action.in_(actions),
        )
    ).all()
    found.update((e.id, e) for e in own)
    family = next((e.family_uuid for e in own if e.family_uuid), None)
    refs = {f"{entity}:{uuid}"}
    for _level in range(_DEPTH):
        stmt = select(AuditEvent).where(AuditEvent.note.in_(sorted(refs)))
        stmt = stmt.where(AuditEvent.action.in_(actions))
        if family is not None:  # the family index narrows a case's or a family's parts
            stmt = stmt.where(AuditEvent.family_uuid == family)
        parts = [e for e in session.scalars(stmt) if e.id not in found]
        if not parts:
            break
        found.update((e.id, e) for e in parts)
        refs = {f"{e.entity}:{e.entity_uuid}" for e in parts}
    return sorted(found.values(), key=lambda e: (e.at, e.id))


def record_history(store: Store, entity: str, uuid: str) -> list[HistoryEntry]:
    """Return the changes of the record ``entity``/``uuid`` and of its parts, oldest first.

    Raises:
        RoleError: ``not_allowed`` without ``READ`` (objects) or ``PERSONAL_DATA`` (families,
            members, cases).
    """
    with store.session() as s:
        require(s, Permission.READ if entity in OBJECT_TABLES else Permission.PERSONAL_DATA)
        return _entries(s, _changes(s, entity, uuid))


def family_history(store: Store, family_uuid: str) -> list[HistoryEntry]:
    """Return every change of a family's own records (family, categories, memberships,
    people), oldest first; its cases have their own history."""
    with store.session() as s:
        require(s, Permission.PERSONAL_DATA)
        events = s.scalars(
            select(AuditEvent)
            .where(
                AuditEvent.family_uuid == family_uuid,
                AuditEvent.action.in_((INSERT, UPDATE, DELETE)),
                or_(
                    AuditEvent.entity.in_(("family", "family_category", "family_member")),
                    AuditEvent.entity == "person",
                ),
            )
            .order_by(AuditEvent.at, AuditEvent.id)
        ).all()
        return _entries(s, events)


def family_openings(store: Store, family_uuid: str) -> list[AccessEntry]:
    """Return who opened (or printed the case summaries of) a family, newest first.

    Raises:
        RoleError: ``not_allowed`` below supervisor (``Permission.AUDIT``).
    """
    with store.session() as s:
        require(s, Permission.AUDIT)
        rows = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.family_uuid == family_uuid, AuditEvent.action.in_((OPEN, PRINT)))
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        ).all()
        return [AccessEntry(e.at, e.login, e.role, e.action, e.entity, e.note) for e in rows]


def settings_history(store: Store) -> list[HistoryEntry]:
    """Return every change of the office's settings (the ``setting`` table), oldest first.

    Each entry's ``field`` is the setting's key (``reinspection_interval_years``...), so a
    history reads "changed the re-inspection interval from 0 to 5" rather than "value".

    Raises:
        RoleError: ``not_allowed`` below supervisor (``Permission.AUDIT``).
    """
    setting = table("setting", column("uuid"), column("key"))
    with store.session() as s:
        require(s, Permission.AUDIT)
        keys = {str(u): str(k) for u, k in s.execute(select(setting.c.uuid, setting.c.key))}
        events = s.scalars(
            select(AuditEvent)
            .where(
                AuditEvent.entity == "setting",
                AuditEvent.action.in_((INSERT, UPDATE, DELETE)),
            )
            .order_by(AuditEvent.at, AuditEvent.id)
        ).all()
        out: list[HistoryEntry] = []
        for e in _entries(s, events):
            if e.field == "key":  # an added setting: its key names the entry of its value
                continue
            out.append(dataclasses.replace(e, field=keys.get(e.entity_uuid, e.field)))
        return out


def record_uuid(store: Store, entity: str, record_id: int) -> str | None:
    """Return the UUID of the record ``record_id`` of ``entity`` (one of
    :data:`HISTORY_TABLES`), None when there is none: the dialogs know ids, the audit UUIDs."""
    if entity not in HISTORY_TABLES:
        raise ValueError(entity)
    records = table(entity, column("id"), column("uuid"))
    with store.session() as s:
        found = s.execute(select(records.c.uuid).where(records.c.id == record_id)).scalar()
    return None if found is None else str(found)


#: Linking fields a history records as the UUID of the row they point to (the audit hook's
#: references), by the table that row is in.
LINK_TABLES: dict[str, str] = {"family_id": "family", "person_id": "person"}


def linked_names(store: Store, entries: Sequence[HistoryEntry]) -> dict[str, str]:
    """Return the names of the records the linking fields of ``entries`` point to, by UUID.

    A person reads "surname given patronymic"; a family by its applicant (else its first
    member), as the case card names it. Records that no longer exist are left out. Personal
    data: the histories that hold links (families, members, cases) need ``PERSONAL_DATA``.

    Raises:
        RoleError: ``not_allowed`` without ``PERSONAL_DATA`` when there is a link to read.
    """
    wanted: dict[str, set[str]] = {}
    for e in entries:
        target = LINK_TABLES.get(e.field)
        if target is None:
            continue
        for value in (e.old, e.new):
            if value:
                wanted.setdefault(target, set()).add(value)
    if not wanted:
        return {}
    person = table(
        "person",
        column("id"),
        column("uuid"),
        column("surname"),
        column("given_name"),
        column("patronymic"),
    )
    family = table("family", column("id"), column("uuid"))
    member = table(
        "family_member",
        column("id"),
        column("family_id"),
        column("person_id"),
        column("relation"),
        column("until"),
    )
    names: dict[str, str] = {}
    with store.session() as s:
        require(s, Permission.PERSONAL_DATA)
        people = sorted(wanted.get("person", ()))
        names_of = select(
            person.c.uuid, person.c.surname, person.c.given_name, person.c.patronymic
        ).where(person.c.uuid.in_(people))
        for uuid, *parts in s.execute(names_of):
            names[str(uuid)] = " ".join(p for p in parts if p)
        families = sorted(wanted.get("family", ()))
        rows = s.execute(
            select(
                family.c.uuid,
                member.c.relation,
                member.c.until,
                person.c.surname,
                person.c.given_name,
            )
            .join(member, member.c.family_id == family.c.id)
            .join(person, person.c.id == member.c.person_id)
            .where(family.c.uuid.in_(families))
            .order_by(family.c.uuid, member.c.id)
        ).all()
        for uuid in families:
            own = [r for r in rows if str(r.uuid) == uuid]
            current = [r for r in own if r.until is None] or own
            chosen = [r for r in current if r.relation == "APPLICANT"] or current
            if chosen:
                names[uuid] = " ".join(p for p in (chosen[0].surname, chosen[0].given_name) if p)
    return names
