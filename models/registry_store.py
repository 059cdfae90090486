"""Bulk writes of an imported object registry (reporting.md §3), with SQLAlchemy Core.

The importer (``exporters/registry_import.py``) reads and checks the file; this module matches
its rows with the store's objects by ``(kato, object_ref)`` and writes everything in one
transaction, so an import is all-or-nothing.

Core ``executemany`` is used instead of the ORM because ``add_all`` of 100,000 rows is many
times slower (PITFALLS.md #6). Core inserts do not run the ORM ``before_flush`` hook, so the
UUID, timestamps and authors of every row are filled here.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple, cast

from sqlalchemy import Connection, Insert, Table, Update, bindparam, func, insert, select, update
from sqlalchemy.sql.compiler import SQLCompiler

from models.base import utcnow
from models.db import Store
from models.objects import CATEGORIES, InfraObject, Passport
from models.repositories import object_search_key

#: Progress callback: (done, total) units of work.
Progress = Callable[[int, int], None]

# Typed as Table (the ORM declares __table__ as a FromClause) so Core insert()/update() accept them.
_OBJ = cast(Table, InfraObject.__table__)
_PAS = cast(Table, Passport.__table__)
_STATUS_COLUMNS = tuple(f"status_{c.lower()}" for c in CATEGORIES)
#: How many keys go into one ``IN (...)`` list (SQLite allows 32766 parameters; stay far below).
_IN_CHUNK = 500
#: Rows between two progress reports.
_REPORT_EVERY = 2000


class ImportCancelled(Exception):
    """The user cancelled the import; the transaction was rolled back."""


class RegistryRow(NamedTuple):
    """One checked object row of a registry file (a named tuple: 100,000 are made per import).

    Attributes:
        row: the row number as Excel shows it (data starts at row 2).
        statuses: access status codes for K, O, S, G, U ("" when not given).
        registered_date: None when the file gives none (new objects then get the import day).
    """

    row: int
    object_ref: str
    kato: str
    name: str
    object_type: str
    address: str
    subject_to_passportization: bool
    passport_date: date | None
    statuses: tuple[str, ...]
    requires_adaptation: bool
    adapted_date: date | None
    registered_date: date | None = None


@dataclass(frozen=True)
class Conflict:
    """A row that is valid on its own but cannot be applied to the store's objects."""

    row: int
    column: str
    code: str
    params: dict[str, object] = field(default_factory=dict)


class RegistryConflict(Exception):
    """Rows clash with what the store holds; nothing was written."""

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        super().__init__(f"{len(conflicts)} rows clash with the store")
        self.conflicts = list(conflicts)


@dataclass(frozen=True)
class RegistryPlan:
    """What an import of some rows would do to the store.

    Attributes:
        new_rows: Excel row numbers of the rows that add an object.
        conflicts: rows that cannot be applied (the import would be refused).
    """

    added: int
    updated: int
    unchanged: int
    passports_added: int
    passports_updated: int
    new_rows: frozenset[int]
    conflicts: tuple[Conflict, ...] = ()


@dataclass(frozen=True)
class UpsertResult:
    """What an import did."""

    added: int
    updated: int
    unchanged: int
    passports_added: int
    passports_updated: int


@dataclass(slots=True)
class _Existing:
    """An object already in the store, with its current passport version."""

    id: int
    name: str
    object_type: str
    address: str
    subject: bool
    registered_date: date | None
    passport_id: int | None
    passport_date: date | None
    statuses: tuple[str, ...]
    requires_adaptation: bool
    adapted_date: date | None
    max_version: int


# Actions of one row on the store.
_KEEP, _UPDATE_IN_PLACE, _NEW_VERSION = 0, 1, 2


def _existing_objects(
    conn: Connection, rows: Sequence[RegistryRow]
) -> dict[tuple[str, str], _Existing]:
    """Return the store's objects that share a (kato, object_ref) with ``rows``, in bulk."""
    katos = sorted({r.kato for r in rows})
    refs = {(r.kato, r.object_ref) for r in rows}
    versions = (
        select(_PAS.c.object_id, func.max(_PAS.c.version).label("max_version"))
        .group_by(_PAS.c.object_id)
        .subquery()
    )
    cur = _PAS.alias("cur")
    found: dict[tuple[str, str], _Existing] = {}
    for start in range(0, len(katos), _IN_CHUNK):
        stmt = (
            select(
                _OBJ.c.id,
                _OBJ.c.kato,
                _OBJ.c.object_ref,
                _OBJ.c.name,
                _OBJ.c.object_type,
                _OBJ.c.address,
                _OBJ.c.subject_to_passportization,
                _OBJ.c.registered_date,
                cur.c.id,
                cur.c.passport_date,
                *(cur.c[c] for c in _STATUS_COLUMNS),
                cur.c.requires_adaptation,
                cur.c.adapted_date,
                versions.c.max_version,
            )
            .outerjoin(cur, cur.c.id == _OBJ.c.current_passport_id)
            .outerjoin(versions, versions.c.object_id == _OBJ.c.id)
            .where(
                _OBJ.c.kato.in_(katos[start : start + _IN_CHUNK]),
                _OBJ.c.object_ref.is_not(None),
            )
        )
        for rec in conn.execute(stmt).all():  # fetchall: far cheaper than row by row
            key = (rec[1], rec[2])
            if key not in refs:
                continue
            found[key] = _Existing(
                id=rec[0],
                name=rec[3],
                object_type=rec[4],
                address=rec[5],
                subject=bool(rec[6]),
                registered_date=rec[7],
                passport_id=rec[8],
                passport_date=rec[9],
                statuses=tuple(rec[10:15]),
                requires_adaptation=bool(rec[15]),
                adapted_date=rec[16],
                max_version=rec[17] or 0,
            )
    return found


def _object_changed(row: RegistryRow, old: _Existing) -> bool:
    return (
        row.name != old.name
        or row.object_type != old.object_type
        or row.address != old.address
        or row.subject_to_passportization != old.subject
        or (row.registered_date is not None and row.registered_date != old.registered_date)
    )


def _passport_action(row: RegistryRow, old: _Existing | None) -> int:
    """Return what a row does to the passports: keep, correct in place or add a version."""
    if row.passport_date is None:
        return _KEEP
    if old is None or old.passport_id is None or old.passport_date != row.passport_date:
        return _NEW_VERSION
    same = (
        row.statuses == old.statuses
        and row.requires_adaptation == old.requires_adaptation
        and row.adapted_date == old.adapted_date
    )
    return _KEEP if same else _UPDATE_IN_PLACE


def _conflict(row: RegistryRow, old: _Existing | None) -> Conflict | None:
    """Refuse to make an older passport current over a newer one entered before."""
    if (
        row.passport_date is not None
        and old is not None
        and old.passport_date is not None
        and row.passport_date < old.passport_date
    ):
        return Conflict(
            row.row, "passport_date", "passport_before_current", {"current": old.passport_date}
        )
    return None


#: One row's effect: the row, the object it updates (None: new), passport action, fields changed.
_Step = tuple[RegistryRow, "_Existing | None", int, bool]


def _plan(
    rows: Sequence[RegistryRow], existing: dict[tuple[str, str], _Existing]
) -> tuple[RegistryPlan, list[_Step]]:
    added = updated = unchanged = p_added = p_updated = 0
    new_rows: set[int] = set()
    conflicts: list[Conflict] = []
    steps: list[_Step] = []
    get = existing.get
    for row in rows:
        old = get((row.kato, row.object_ref))
        if old is None:
            action = _KEEP if row.passport_date is None else _NEW_VERSION
            steps.append((row, None, action, True))
            added += 1
            new_rows.add(row.row)
            p_added += action == _NEW_VERSION
            continue
        clash = _conflict(row, old)
        if clash is not None:
            conflicts.append(clash)
            continue
        action = _passport_action(row, old)
        changed = _object_changed(row, old)
        steps.append((row, old, action, changed))
        p_added += action == _NEW_VERSION
        p_updated += action == _UPDATE_IN_PLACE
        if action != _KEEP or changed:
            updated += 1
        else:
            unchanged += 1
    plan = RegistryPlan(
        added, updated, unchanged, p_added, p_updated, frozenset(new_rows), tuple(conflicts)
    )
    return plan, steps


def plan_registry(store: Store, rows: Sequence[RegistryRow]) -> RegistryPlan:
    """Return what importing ``rows`` would do, without writing (for the preview)."""
    with store.engine.connect() as conn:
        return _plan(rows, _existing_objects(conn, rows))[0]


def _noop_progress(_done: int, _total: int) -> None:
    return None


def upsert_registry(
    store: Store,
    rows: Sequence[RegistryRow],
    *,
    user: str,
    today: date,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> UpsertResult:
    """Add or update the objects and passports of checked registry rows, in one transaction.

    An object is identified by ``(kato, object_ref)``. Its fields are updated; a passport date
    equal to the current passport's corrects that version in place, a later one adds a new
    version and makes it current, and a row without a passport date leaves passports alone.

    Args:
        store: the store to write to.
        rows: rows checked by the importer (``object_ref`` unique among them).
        user: login recorded as author.
        today: registration date of new objects whose row gives none.
        progress: called with (done, total) now and then; may raise to cancel.
        is_cancelled: polled now and then; True rolls everything back.

    Raises:
        RegistryConflict: a row would replace a newer current passport; nothing written.
        ImportCancelled: cancelled by the user; nothing written.
    """
    report = progress or _noop_progress
    total = len(rows) * 2
    with store.engine.begin() as conn:
        existing = _existing_objects(conn, rows)
        plan, steps = _plan(rows, existing)
        if plan.conflicts:
            raise RegistryConflict(plan.conflicts)
        now = utcnow()
        new_objects: list[RegistryRow] = []
        changed: list[tuple[Any, ...]] = []
        new_versions: list[tuple[RegistryRow, int]] = []
        corrections: list[tuple[Any, ...]] = []
        for i, (row, old, action, changed_fields) in enumerate(steps):
            if i % _REPORT_EVERY == 0:
                _check(is_cancelled)
                report(i // 2, total)
            if old is None:
                new_objects.append(row)
            elif action != _KEEP or changed_fields:
                changed.append(
                    (
                        old.id,
                        row.name,
                        row.object_type,
                        row.address,
                        row.subject_to_passportization,
                        row.registered_date or old.registered_date,
                        object_search_key(row.name, row.address),
                    )
                )
            if action == _NEW_VERSION:
                new_versions.append((row, 1 if old is None else old.max_version + 1))
            elif action == _UPDATE_IN_PLACE:
                assert old is not None and old.passport_id is not None
                corrections.append(
                    (old.passport_id, *row.statuses, row.requires_adaptation, row.adapted_date)
                )
        _check(is_cancelled)
        report(len(rows) // 2, total)
        stamp = {"created_at": now, "created_by": user, "updated_at": now, "updated_by": user}
        if new_objects:
            _insert_objects(conn, new_objects, today, stamp)
        report(len(rows), total)
        if changed:
            _fast_executemany(
                conn,
                update(_OBJ)
                .where(_OBJ.c.id == bindparam("b_id"))
                .values(
                    name=bindparam("b_name"),
                    object_type=bindparam("b_object_type"),
                    address=bindparam("b_address"),
                    subject_to_passportization=bindparam("b_subject"),
                    registered_date=bindparam("b_registered_date"),
                    search_key=bindparam("b_search_key"),
                    updated_at=bindparam("b_updated_at"),
                    updated_by=bindparam("b_updated_by"),
                ),
                (
                    "b_id",
                    "b_name",
                    "b_object_type",
                    "b_address",
                    "b_subject",
                    "b_registered_date",
                    "b_search_key",
                ),
                changed,
                {"b_updated_at": now, "b_updated_by": user},
            )
        if corrections:
            _fast_executemany(
                conn,
                update(_PAS)
                .where(_PAS.c.id == bindparam("b_id"))
                .values(
                    {
                        **{c: bindparam(f"b_{c}") for c in _STATUS_COLUMNS},
                        "requires_adaptation": bindparam("b_requires_adaptation"),
                        "adapted_date": bindparam("b_adapted_date"),
                        "updated_at": bindparam("b_updated_at"),
                        "updated_by": bindparam("b_updated_by"),
                    }
                ),
                (
                    "b_id",
                    *(f"b_{c}" for c in _STATUS_COLUMNS),
                    "b_requires_adaptation",
                    "b_adapted_date",
                ),
                corrections,
                {"b_updated_at": now, "b_updated_by": user},
            )
        _check(is_cancelled)
        report(len(rows) * 3 // 2, total)
        if new_versions:
            _add_versions(conn, new_versions, stamp)
        _check(is_cancelled)
        report(total, total)
    return UpsertResult(
        plan.added, plan.updated, plan.unchanged, plan.passports_added, plan.passports_updated
    )


def _check(is_cancelled: Callable[[], bool] | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled


_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def bulk_uuids(count: int) -> list[str]:
    """Return ``count`` random (version 4) UUIDs as text, several times faster than uuid4().

    Same form as :func:`models.base.new_uuid`: 36 lower-case characters with dashes.
    """
    raw = os.urandom(16 * count).hex()
    variant = _VARIANT
    return [
        f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant[h[16]]}{h[17:20]}-{h[20:]}"
        for h in (raw[i : i + 32] for i in range(0, 32 * count, 32))
    ]


def _fast_executemany(
    conn: Connection,
    stmt: Insert | Update,
    keys: Sequence[str],
    rows: Sequence[Sequence[Any]],
    constants: dict[str, Any],
) -> None:
    """Run ``stmt`` once per row with the DBAPI's ``executemany``, converting values only once.

    Core's own executemany converts every value of every row through the type's bind processor
    in Python and costs about three times the database work for 100,000 rows. Here constants
    are converted once and only columns whose type has a processor (dates, booleans) are
    converted, column by column; the SQL is still compiled by the dialect, so this runs on
    SQLite and PostgreSQL alike.

    Args:
        conn: a connection inside the import's transaction.
        stmt: an INSERT or UPDATE whose bind names are ``keys`` and ``constants``' keys.
        keys: the bind names of the values of each row, in row order.
        rows: the varying values.
        constants: bind name -> value shared by every row.
    """
    if not rows:
        return
    dialect = conn.dialect
    compiled = stmt.compile(dialect=dialect, column_keys=[*keys, *constants])
    assert isinstance(compiled, SQLCompiler)
    names = list(compiled.positiontup or compiled.binds)
    unknown = set(names) - set(keys) - set(constants)
    if unknown:
        raise KeyError(f"no value for {sorted(unknown)}")

    def processor(name: str) -> Callable[[Any], Any] | None:
        return compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)

    columns: dict[str, Any] = {}
    for idx, key in enumerate(keys):
        proc = processor(key)
        values = [r[idx] for r in rows]
        columns[key] = [proc(v) for v in values] if proc else values
    for key, value in constants.items():
        proc = processor(key)
        columns[key] = itertools.repeat(proc(value) if proc else value)
    ordered = [columns[n] for n in names]
    if compiled.positional:
        params: list[Any] = list(zip(*ordered, strict=False))  # constants repeat forever
    else:
        params = [dict(zip(names, values, strict=False)) for values in zip(*ordered, strict=False)]
    conn.exec_driver_sql(str(compiled), params)


#: Object columns an import leaves at their empty value.
_OBJECT_BLANKS = {
    "owner_name": "",
    "owner_bin": "",
    "responsible_body": "",
    "residential": False,
    "exclusion_reason": "",
}
#: Passport columns an import leaves at their empty value.
_PASSPORT_BLANKS = {
    "number": "",
    "commission": "",
    "conclusion": "",
    "override_note": "",
    "alternative_service": "",
    **{f"{p}_{c.lower()}": "" for p in ("service_form", "suggested") for c in CATEGORIES},
}


def _insert_objects(
    conn: Connection, rows: Sequence[RegistryRow], today: date, stamp: dict[str, Any]
) -> None:
    keys = (
        "uuid",
        "object_ref",
        "kato",
        "name",
        "object_type",
        "address",
        "subject_to_passportization",
        "registered_date",
        "search_key",
    )
    uuids = bulk_uuids(len(rows))
    values = [
        (
            uuids[i],
            r.object_ref,
            r.kato,
            r.name,
            r.object_type,
            r.address,
            r.subject_to_passportization,
            r.registered_date or today,
            object_search_key(r.name, r.address),
        )
        for i, r in enumerate(rows)
    ]
    _fast_executemany(conn, insert(_OBJ), keys, values, {**stamp, **_OBJECT_BLANKS})


def _object_ids(conn: Connection, katos: Iterable[str]) -> dict[tuple[str, str], int]:
    ids: dict[tuple[str, str], int] = {}
    ordered = sorted(set(katos))
    for start in range(0, len(ordered), _IN_CHUNK):
        stmt = select(_OBJ.c.kato, _OBJ.c.object_ref, _OBJ.c.id).where(
            _OBJ.c.kato.in_(ordered[start : start + _IN_CHUNK]), _OBJ.c.object_ref.is_not(None)
        )
        ids.update({(k, r): i for k, r, i in conn.execute(stmt)})
    return ids


def _add_versions(
    conn: Connection, new_versions: list[tuple[RegistryRow, int]], stamp: dict[str, Any]
) -> None:
    """Insert new passport versions and make each its object's current passport."""
    katos = sorted({row.kato for row, _v in new_versions})
    ids = _object_ids(conn, katos)
    uuids = bulk_uuids(len(new_versions))
    keys = (
        "uuid",
        "object_id",
        "version",
        "passport_date",
        *_STATUS_COLUMNS,
        "requires_adaptation",
        "adapted_date",
    )
    values = [
        (
            uuids[i],
            ids[(row.kato, row.object_ref)],
            version,
            row.passport_date,
            *row.statuses,
            row.requires_adaptation,
            row.adapted_date,
        )
        for i, (row, version) in enumerate(new_versions)
    ]
    _fast_executemany(conn, insert(_PAS), keys, values, {**stamp, **_PASSPORT_BLANKS})
    # Make the new versions current in one statement. The passports of this import are those
    # stamped with its time and author: the transaction holds the write lock, and the time has
    # microseconds, so no other import's passports share the stamp.
    ours = (_PAS.c.created_at == stamp["created_at"]) & (_PAS.c.created_by == stamp["created_by"])
    newest = (
        select(func.max(_PAS.c.id)).where(_PAS.c.object_id == _OBJ.c.id, ours).scalar_subquery()
    )
    conn.execute(
        update(_OBJ)
        .where(_OBJ.c.id.in_(select(_PAS.c.object_id).where(ours)))
        .values(
            current_passport_id=newest,
            updated_at=stamp["updated_at"],
            updated_by=stamp["updated_by"],
        )
    )
