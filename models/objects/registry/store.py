"""Bulk writes of an imported object registry (reporting.md §3), with SQLAlchemy Core.

The importer (``exporters/registry_import.py``) reads and checks the file; this module matches
its rows with the store's objects by ``(kato, object_ref)`` and writes everything in one
transaction, so an import is all-or-nothing.

Core ``executemany`` is used instead of the ORM because ``add_all`` of 100,000 rows is many
times slower (PITFALLS.md #6). Core inserts do not run the ORM ``before_flush`` hook, so the
UUID, timestamps and authors of every row are filled here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    false,
    func,
    insert,
    select,
    update,
)

from models.errors import QoldauError
from models.objects.registry.audit import record_import
from models.objects.registry.lock import locked_steps
from models.objects.repository import object_search_key
from models.objects.tables import CATEGORIES, InfraObject, Passport
from models.reference.approvals import approved_periods
from models.reference.roles import Permission, require_principal
from models.store.base import utcnow
from models.store.bulk import bulk_uuids, fast_executemany, text_columns
from models.store.db import Store

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


class ImportCancelled(QoldauError):
    """The user cancelled the import; the transaction was rolled back."""


class RegistryRow(NamedTuple):
    """One checked object row of a registry file (a named tuple: 100,000 are made per import).

    Attributes:
        row: the row number as Excel shows it (data starts at row 2).
        statuses: access status codes for K, O, S, G, U ("" when not given).
        registered_date: None when the file gives none: a new object then has no registration
            date (in the register for every period, reporting.md §1).
        exclusion_reason: why an object not subject to passportization is excluded ("" when
            not given); always "" for an object subject to passportization.
        exclusion_date: from when it is excluded (None when not given).
        present: the optional columns the file has (:data:`OPTIONAL_FIELDS`). On an object
            already in the store, an optional value that is empty keeps the stored value when
            its column is absent from the file and clears it when the column is present
            (reporting.md §3). One frozenset is shared by every row of a file.
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
    exclusion_reason: str = ""
    exclusion_date: date | None = None
    present: frozenset[str] = frozenset()


#: Optional registry columns, stored on the object under the same names (reporting.md §3).
OPTIONAL_FIELDS = ("registered_date", "exclusion_reason", "exclusion_date")


def _given(row: RegistryRow, name: str, stored: Any) -> Any:
    """Return the value an optional field of ``row`` gives an existing object.

    A value in the file is taken; an empty cell clears the stored value only when its column is
    in the file, otherwise the stored value is kept (reporting.md §3).
    """
    value = getattr(row, name)
    if value or name in row.present:
        return value
    return stored


def _exclusion(row: RegistryRow, old: _Existing | None) -> tuple[str, date | None]:
    """Return the exclusion reason and date ``row`` leaves on its object (new: ``old`` None).

    An object subject to passportization has none; an excluded one takes the file's values,
    or keeps the stored ones when the file has no such columns.
    """
    if row.subject_to_passportization:
        return "", None
    if old is None:
        return row.exclusion_reason, row.exclusion_date
    return (
        _given(row, "exclusion_reason", old.exclusion_reason),
        _given(row, "exclusion_date", old.exclusion_date),
    )


@dataclass(frozen=True)
class Conflict:
    """A row that is valid on its own but cannot be applied to the store's objects."""

    row: int
    column: str
    code: str
    params: dict[str, object] = field(default_factory=dict)


class RegistryConflict(QoldauError):
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
        exclusion_missing: Excel row numbers of objects that would be not subject to
            passportization without an exclusion reason or date (imported all the same, listed
            as warnings: brief §2.2 asks for both).
    """

    added: int
    updated: int
    unchanged: int
    passports_added: int
    passports_updated: int
    new_rows: frozenset[int]
    conflicts: tuple[Conflict, ...] = ()
    exclusion_missing: tuple[int, ...] = ()


@dataclass(frozen=True)
class UpsertResult:
    """What an import did (``exclusion_missing`` as in :class:`RegistryPlan`)."""

    added: int
    updated: int
    unchanged: int
    passports_added: int
    passports_updated: int
    exclusion_missing: tuple[int, ...] = ()


@dataclass(slots=True)
class _Existing:
    """An object already in the store, with its current passport version."""

    id: int
    name: str
    object_type: str
    address: str
    subject: bool
    registered_date: date | None
    exclusion_reason: str
    exclusion_date: date | None
    passport_id: int | None
    passport_date: date | None
    statuses: tuple[str, ...]
    requires_adaptation: bool
    adapted_date: date | None
    max_version: int
    uuid: str = ""
    passport_uuid: str = ""


# Actions of one row on the store.
_KEEP, _UPDATE_IN_PLACE, _NEW_VERSION = 0, 1, 2


def _existing_objects(
    conn: Connection, rows: Sequence[RegistryRow]
) -> dict[tuple[str, str], _Existing]:
    """Return the store's objects that share a (kato, object_ref) with ``rows``, in bulk.

    A file that covers most of the store (a re-import) reads every object in one scan, about
    twice as fast as looking its settlements up; a small file looks up its settlements only.
    """
    katos = sorted({r.kato for r in rows})
    refs = {(r.kato, r.object_ref) for r in rows}
    older = _PAS.alias("older")
    # Correlated: one seek in uq_passport_object_version per object, where a GROUP BY over all
    # passports was materialised and indexed again for every chunk.
    max_version = (
        select(func.max(older.c.version)).where(older.c.object_id == _OBJ.c.id).scalar_subquery()
    )
    cur = _PAS.alias("cur")
    query = (
        select(
            _OBJ.c.id,
            _OBJ.c.kato,
            _OBJ.c.object_ref,
            _OBJ.c.name,
            _OBJ.c.object_type,
            _OBJ.c.address,
            _OBJ.c.subject_to_passportization,
            _OBJ.c.registered_date,
            _OBJ.c.exclusion_reason,
            _OBJ.c.exclusion_date,
            cur.c.id,
            cur.c.passport_date,
            *(cur.c[c] for c in _STATUS_COLUMNS),
            cur.c.requires_adaptation,
            cur.c.adapted_date,
            max_version,
            _OBJ.c.uuid,
            cur.c.uuid,
        )
        .outerjoin(cur, cur.c.id == _OBJ.c.current_passport_id)
        .where(_OBJ.c.object_ref.is_not(None))
    )
    in_store = conn.execute(
        select(func.count()).select_from(_OBJ).where(_OBJ.c.object_ref.is_not(None))
    ).scalar_one()
    if len(refs) * 2 >= in_store:
        statements = [query]
    else:
        statements = [
            query.where(_OBJ.c.kato.in_(katos[start : start + _IN_CHUNK]))
            for start in range(0, len(katos), _IN_CHUNK)
        ]
    found: dict[tuple[str, str], _Existing] = {}
    for stmt in statements:
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
                exclusion_reason=rec[8],
                exclusion_date=rec[9],
                passport_id=rec[10],
                passport_date=rec[11],
                statuses=tuple(rec[12:17]),
                requires_adaptation=bool(rec[17]),
                adapted_date=rec[18],
                max_version=rec[19] or 0,
                uuid=rec[20],
                passport_uuid=rec[21] or "",
            )
    return found


def _object_changed(row: RegistryRow, old: _Existing) -> bool:
    return (
        row.name != old.name
        or row.object_type != old.object_type
        or row.address != old.address
        or row.subject_to_passportization != old.subject
        or _given(row, "registered_date", old.registered_date) != old.registered_date
        or _exclusion(row, old) != (old.exclusion_reason, old.exclusion_date)
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
    exclusion_missing: list[int] = []
    steps: list[_Step] = []
    get = existing.get
    for row in rows:
        old = get((row.kato, row.object_ref))
        if not row.subject_to_passportization and not all(_exclusion(row, old)):
            exclusion_missing.append(row.row)
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
        added,
        updated,
        unchanged,
        p_added,
        p_updated,
        frozenset(new_rows),
        tuple(conflicts),
        tuple(exclusion_missing),
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
        today: the day of the import (kept for the callers; a new object whose row gives no
            registration date has none, reporting.md §1).
        progress: called with (done, total) now and then; may raise to cancel.
        is_cancelled: polled now and then; True rolls everything back.

    Raises:
        RegistryConflict: a row would replace a newer current passport; nothing written.
        ImportCancelled: cancelled by the user; nothing written.
        RoleError: the role may not import (``Permission.IMPORT``); nothing written.
    """
    require_principal(store.principal, Permission.IMPORT)
    report = progress or _noop_progress
    total = len(rows) * 2
    with _write_transaction(store) as (conn, own_ids):
        existing = _existing_objects(conn, rows)
        plan, steps = _plan(rows, existing)
        if plan.conflicts:
            raise RegistryConflict(plan.conflicts)
        steps = locked_steps(  # reporting.md §6.1: refuses, or dates new objects after approvals
            approved_periods(conn),
            steps,
            given=_given,
            exclusion=_exclusion,
            keep=_KEEP,
            new_version=_NEW_VERSION,
        )
        now = utcnow()
        # With own_ids, new objects get their ids here (SQLite: see _write_transaction), so a
        # new passport knows its object's id and needs no look-up. Otherwise (PostgreSQL's
        # sequences) the database gives them and _link_versions finds them afterwards.
        next_id = _next_id(conn, _OBJ) if own_ids else 0
        new_objects: list[RegistryRow] = []
        changed: list[tuple[Any, ...]] = []
        new_versions: list[_NewVersion] = []
        corrections: list[tuple[Any, ...]] = []
        for i, (row, old, action, changed_fields) in enumerate(steps):
            if i % _REPORT_EVERY == 0:
                _check(is_cancelled)
                report(i // 2, total)
            if old is None:
                new_objects.append(row)
                object_id = next_id + len(new_objects) - 1 if own_ids else None
            else:
                object_id = old.id
                if action != _KEEP or changed_fields:
                    changed.append(
                        (
                            old.id,
                            row.name,
                            row.object_type,
                            row.address,
                            row.subject_to_passportization,
                            _given(row, "registered_date", old.registered_date),
                            *_exclusion(row, old),
                            object_search_key(row.name, row.address),
                        )
                    )
            if action == _NEW_VERSION:
                version = 1 if old is None else old.max_version + 1
                new_versions.append((row, version, object_id))
            elif action == _UPDATE_IN_PLACE:
                assert old is not None and old.passport_id is not None
                corrections.append(
                    (old.passport_id, *row.statuses, row.requires_adaptation, row.adapted_date)
                )
        _check(is_cancelled)
        report(len(rows) // 2, total)
        stamp = {"created_at": now, "created_by": user, "updated_at": now, "updated_by": user}
        first_id = next_id if own_ids else None
        added = _insert_objects(conn, new_objects, stamp, first_id) if new_objects else {}
        report(len(rows), total)
        if changed:
            fast_executemany(
                conn,
                update(_OBJ)
                .where(_OBJ.c.id == bindparam("b_id"))
                .values(
                    name=bindparam("b_name"),
                    object_type=bindparam("b_object_type"),
                    address=bindparam("b_address"),
                    subject_to_passportization=bindparam("b_subject"),
                    registered_date=bindparam("b_registered_date"),
                    exclusion_reason=bindparam("b_exclusion_reason"),
                    exclusion_date=bindparam("b_exclusion_date"),
                    search_key=bindparam("b_search_key"),
                    updated_at=bindparam("b_updated_at"),
                    updated_by=bindparam("b_updated_by"),
                ),
                _by_column(
                    (
                        "b_id",
                        "b_name",
                        "b_object_type",
                        "b_address",
                        "b_subject",
                        "b_registered_date",
                        "b_exclusion_reason",
                        "b_exclusion_date",
                        "b_search_key",
                    ),
                    changed,
                ),
                {"b_updated_at": now, "b_updated_by": user},
            )
        if corrections:
            fast_executemany(
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
                _by_column(
                    (
                        "b_id",
                        *(f"b_{c}" for c in _STATUS_COLUMNS),
                        "b_requires_adaptation",
                        "b_adapted_date",
                    ),
                    corrections,
                ),
                {"b_updated_at": now, "b_updated_by": user},
            )
        _check(is_cancelled)
        report(len(rows) * 3 // 2, total)
        versions = _add_versions(conn, new_versions, stamp, own_ids) if new_versions else {}
        # The audit, through models/audit/record.py like the ORM hook's (one row per new record).
        audit = (added, versions, new_versions, existing, changed, corrections)
        record_import(conn, *audit, login=user, role=store.principal.role)
        _check(is_cancelled)
        report(total, total)
    return UpsertResult(
        plan.added,
        plan.updated,
        plan.unchanged,
        plan.passports_added,
        plan.passports_updated,
        plan.exclusion_missing,
    )


#: SQLite page cache of the import's connection while it writes, in KiB (the default is 2 MiB).
#: The six indexes of 100,000 new objects (uuid and search_key in random order) do not fit in
#: the default, and every page evicted mid-transaction is written to the WAL and read back.
_BULK_CACHE_KIB = 64 * 1024


@contextmanager
def _write_transaction(store: Store) -> Iterator[tuple[Connection, bool]]:
    """Open the import's transaction; yield the connection and whether ids are assigned here.

    On SQLite (the only dialect this module special-cases, and only here):

    - the write lock is taken before anything is read (a no-op UPDATE: pysqlite opens its
      transaction before any DML, and SQLite takes the write lock for the statement even when
      no row matches). No other connection can then add rows, so the plan is read from the
      data it writes over and new rows' ids can be given here as ``max(id) + 1, + 2, ...``,
      which is what SQLite itself would give (a rowid table without AUTOINCREMENT);
    - the page cache is widened for the transaction and restored afterwards. ``synchronous``
      stays FULL (power cuts are common): the commit is as durable as any other.

    Elsewhere (PostgreSQL) ids come from the tables' sequences, so they are never assigned
    here, and the transaction is a plain one.
    """
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            with conn.begin():
                yield conn, False
            return
        raw = conn.connection.driver_connection
        assert raw is not None
        # PRAGMAs on the driver's connection: no DML, so no transaction is opened by them.
        old_cache = raw.execute("PRAGMA cache_size").fetchone()[0]
        raw.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
        try:
            with conn.begin():
                conn.execute(update(_OBJ).where(false()).values(id=_OBJ.c.id))
                yield conn, True
        finally:
            raw.execute(f"PRAGMA cache_size = {int(old_cache)}")


def _next_id(conn: Connection, table: Table) -> int:
    """Return the id the next row of ``table`` gets (only under the write lock)."""
    return int(conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1


def _by_column(keys: Sequence[str], rows: Sequence[Sequence[Any]]) -> dict[str, Sequence[Any]]:
    """Return rows of values as ``key -> column of values``."""
    return dict(zip(keys, zip(*rows, strict=True), strict=True))


def _check(is_cancelled: Callable[[], bool] | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled


#: Object columns an import leaves at their empty value.
_OBJECT_BLANKS = {
    "owner_name": "",
    "owner_bin": "",
    "responsible_body": "",
    "residential": False,
    # passport §1 beyond the register (issue 12): not in the registry template
    **{k: "" for k in text_columns(InfraObject, "building_kind", "higher_body")},
}
#: Passport columns an import leaves at their empty value.
_PASSPORT_BLANKS = {
    "number": "",
    "commission": "",
    "conclusion": "",
    "override_note": "",
    "alternative_service": "",
    **{f"{p}_{c.lower()}": "" for p in ("service_form", "suggested") for c in CATEGORIES},
    # passport §2-§5 (issue 12): not in the registry template
    **{k: "" for k in text_columns(Passport, "reinspection_reason", "special_notes")},
}


def _insert_objects(
    conn: Connection,
    rows: Sequence[RegistryRow],
    stamp: dict[str, Any],
    first_id: int | None,
) -> dict[str, Sequence[Any]]:
    """Insert new objects (ids ``first_id, first_id + 1, ...`` if given); return the columns."""
    names = [r.name for r in rows]
    addresses = [r.address for r in rows]
    exclusions = [_exclusion(r, None) for r in rows]
    columns: dict[str, Sequence[Any]] = {
        "uuid": bulk_uuids(len(rows)),
        "object_ref": [r.object_ref for r in rows],
        "kato": [r.kato for r in rows],
        "name": names,
        "object_type": [r.object_type for r in rows],
        "address": addresses,
        "subject_to_passportization": [r.subject_to_passportization for r in rows],
        # No date in the file: no registration date (in the register for every period, §1).
        "registered_date": [r.registered_date for r in rows],
        "exclusion_reason": [reason for reason, _ in exclusions],
        "exclusion_date": [when for _, when in exclusions],
        "search_key": list(map(object_search_key, names, addresses)),
    }
    if first_id is not None:
        columns["id"] = range(first_id, first_id + len(rows))
    fast_executemany(conn, insert(_OBJ), columns, {**stamp, **_OBJECT_BLANKS})
    return columns


def _object_ids(conn: Connection, katos: Iterable[str]) -> dict[tuple[str, str], int]:
    ids: dict[tuple[str, str], int] = {}
    ordered = sorted(set(katos))
    for start in range(0, len(ordered), _IN_CHUNK):
        stmt = select(_OBJ.c.kato, _OBJ.c.object_ref, _OBJ.c.id).where(
            _OBJ.c.kato.in_(ordered[start : start + _IN_CHUNK]), _OBJ.c.object_ref.is_not(None)
        )
        ids.update({(k, r): i for k, r, i in conn.execute(stmt)})
    return ids


#: A new passport version: its row, version number and object id (None: not known yet).
_NewVersion = tuple[RegistryRow, int, "int | None"]


def _add_versions(
    conn: Connection, new_versions: list[_NewVersion], stamp: dict[str, Any], own_ids: bool
) -> dict[str, Sequence[Any]]:
    """Insert new passport versions and make each its object's current passport; return the
    inserted columns (for the audit)."""
    rows = [row for row, _version, _object_id in new_versions]
    object_ids = [object_id for _row, _version, object_id in new_versions]
    if not own_ids:
        ids = _object_ids(conn, {row.kato for row in rows})
        object_ids = [ids[(row.kato, row.object_ref)] for row in rows]
    statuses = list(zip(*(row.statuses for row in rows), strict=True))
    columns: dict[str, Sequence[Any]] = {
        "uuid": bulk_uuids(len(rows)),
        "object_id": object_ids,
        "version": [version for _row, version, _object_id in new_versions],
        "passport_date": [row.passport_date for row in rows],
        **dict(zip(_STATUS_COLUMNS, statuses, strict=True)),
        "requires_adaptation": [row.requires_adaptation for row in rows],
        "adapted_date": [row.adapted_date for row in rows],
    }
    first_id = _next_id(conn, _PAS) if own_ids else None
    if first_id is not None:
        columns["id"] = range(first_id, first_id + len(rows))
    fast_executemany(conn, insert(_PAS), columns, {**stamp, **_PASSPORT_BLANKS})
    if first_id is not None:
        # Each object gets at most one new version per import (object_ref is unique in a file).
        fast_executemany(
            conn,
            update(_OBJ)
            .where(_OBJ.c.id == bindparam("b_id"))
            .values(
                current_passport_id=bindparam("b_passport_id"),
                updated_at=bindparam("b_updated_at"),
                updated_by=bindparam("b_updated_by"),
            ),
            {"b_id": object_ids, "b_passport_id": columns["id"]},
            {"b_updated_at": stamp["updated_at"], "b_updated_by": stamp["updated_by"]},
        )
        return columns
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
    return columns
