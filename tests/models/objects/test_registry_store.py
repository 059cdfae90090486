"""Registry writes: the SQLite fast path writes exactly what the portable path writes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from models.objects.registry import store as registry_store
from models.objects.registry.store import RegistryRow, upsert_registry
from models.store.db import Store
from tests.conftest import DISTRICT, TODAY
from tests.store_templates import new_store, raw_connect

STATUSES = ("DP_V", "DP_I", "DCH_V", "DU", "VND")


def registry_row(n: int, passport_date: date | None, name: str = "Мектеп") -> RegistryRow:
    """Row ``n`` of a registry; statuses only when a passport date is given."""
    statuses = STATUSES if passport_date else ("",) * 5
    return RegistryRow(
        row=n + 1,
        object_ref=f"R{n}",
        kato="113220100" if n % 2 else "113230100",
        name=f"{name} №{n}",
        object_type="EDU_SCHOOL",
        address=f"Абай к-сі, {n}",
        subject_to_passportization=True,
        passport_date=passport_date,
        statuses=statuses,
        requires_adaptation=bool(passport_date) and n % 3 == 0,
        adapted_date=None,
        registered_date=date(2020, 1, 1) if n % 4 == 0 else None,
    )


def first_file() -> list[RegistryRow]:
    return [registry_row(n, date(2024, 3, 1) if n % 2 else None) for n in range(1, 41)]


def second_file() -> list[RegistryRow]:
    """Renamed objects, later passports, corrections in place, untouched rows and new objects."""
    rows = []
    for n in range(1, 51):
        if n > 40:
            rows.append(registry_row(n, date(2025, 1, 1)))  # new objects
        elif n % 5 == 0:
            rows.append(registry_row(n, date(2025, 6, 1), name="Жаңа"))  # later passport, renamed
        elif n % 7 == 0 and n % 2:
            row = registry_row(n, date(2024, 3, 1))
            rows.append(row._replace(statuses=("DU",) * 5))  # same date: corrected in place
        else:
            rows.append(registry_row(n, date(2024, 3, 1) if n % 2 else None))
    return rows


def dump(store: Store) -> list[tuple[Any, ...]]:
    """Every object and passport row, with the stamps' times and uuids left out."""
    conn = raw_connect(store.path)
    try:
        out: list[tuple[Any, ...]] = []
        for table in ("infra_object", "passport"):
            cur = conn.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608
            names = [c[0] for c in cur.description]
            for rec in cur:
                values = dict(zip(names, rec, strict=True))
                del values["created_at"], values["updated_at"]
                assert len(values.pop("uuid")) == 36
                out.append((table, *sorted(values.items())))
        return out
    finally:
        conn.close()


def import_both(store: Store) -> None:
    upsert_registry(store, first_file(), user="first", today=TODAY)
    upsert_registry(store, second_file(), user="second", today=TODAY)


def test_fast_path_writes_what_the_portable_path_writes(store: Store, tmp_path: Path) -> None:
    import_both(store)
    fast = dump(store)

    other = new_store(tmp_path / "other.sqlite", DISTRICT, "admin")
    try:
        with pytest.MonkeyPatch.context() as mp:
            slow = registry_store._write_transaction

            @contextmanager
            def no_own_ids(s: Store) -> Iterator[tuple[Any, bool]]:
                with slow(s) as (conn, _own_ids):
                    yield conn, False

            mp.setattr(registry_store, "_write_transaction", no_own_ids)
            import_both(other)
        assert dump(other) == fast
    finally:
        other.close()
    assert len(fast) == 50 + 20 + 10 + 8  # objects; passports: first, new objects', later ones


def test_current_passport_is_the_new_version(store: Store) -> None:
    import_both(store)
    conn = raw_connect(store.path)
    try:
        rows = conn.execute(
            "SELECT o.object_ref, p.version, p.passport_date, p.created_by FROM infra_object o "
            "JOIN passport p ON p.id = o.current_passport_id ORDER BY o.id"
        ).fetchall()
    finally:
        conn.close()
    current = {ref: (version, day, by) for ref, version, day, by in rows}
    assert current["R1"] == (1, "2024-03-01", "first")
    assert current["R5"] == (2, "2025-06-01", "second")
    assert current["R10"] == (1, "2025-06-01", "second")  # had no passport before
    assert current["R45"] == (1, "2025-01-01", "second")
    assert len(current) == 20 + 4 + 10


def test_new_ids_follow_rows_added_before(store: Store) -> None:
    upsert_registry(store, first_file()[:10], user="first", today=TODAY)
    conn = raw_connect(store.path)
    try:
        with conn:
            conn.execute("DELETE FROM infra_object WHERE object_ref = 'R10'")  # the last id
    finally:
        conn.close()
    upsert_registry(store, first_file(), user="first", today=TODAY)
    conn = raw_connect(store.path)
    try:
        refs = [ref for (ref,) in conn.execute("SELECT object_ref FROM infra_object ORDER BY id")]
    finally:
        conn.close()
    assert refs == [f"R{n}" for n in range(1, 41)]  # R10 comes back after R9, as SQLite would


def test_cache_size_is_restored(store: Store) -> None:
    with store.engine.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    upsert_registry(store, first_file(), user="first", today=TODAY)
    with store.engine.connect() as conn:  # the pool hands back the same connection
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_small_file_over_a_large_store_looks_up_its_settlements(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    upsert_registry(store, first_file(), user="first", today=TODAY)
    monkeypatch.setattr(registry_store, "_IN_CHUNK", 1)  # one statement per settlement
    few = second_file()[:5]  # 5 rows of 40 objects: looked up by KATO, not a whole scan

    result = upsert_registry(store, few, user="second", today=TODAY)

    assert (result.added, result.updated, result.unchanged, result.passports_added) == (0, 1, 4, 1)
    conn = raw_connect(store.path)
    try:
        (version,) = conn.execute(
            "SELECT p.version FROM infra_object o JOIN passport p ON p.id = o.current_passport_id "
            "WHERE o.object_ref = 'R5'"
        ).fetchone()
    finally:
        conn.close()
    assert version == 2
