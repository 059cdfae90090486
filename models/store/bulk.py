"""Bulk writes through Core for the import paths: random UUIDs by the thousand and an
``executemany`` that converts each distinct value once (issue 9's registry import, 100,000 rows).

Generic: it knows no table of the domain packages.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Insert, Update
from sqlalchemy.sql.compiler import SQLCompiler

_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def bulk_uuids(count: int) -> list[str]:
    """Return ``count`` random (version 4) UUIDs as text, several times faster than uuid4().

    Same form as :func:`models.store.base.new_uuid`: 36 lower-case characters with dashes.
    """
    raw = os.urandom(16 * count).hex()
    variant = _VARIANT
    return [
        f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant[h[16]]}{h[17:20]}-{h[20:]}"
        for h in (raw[i : i + 32] for i in range(0, 32 * count, 32))
    ]


def fast_executemany(
    conn: Connection,
    stmt: Insert | Update,
    columns: Mapping[str, Sequence[Any]],
    constants: Mapping[str, Any],
) -> None:
    """Run ``stmt`` once per row with the DBAPI's ``executemany``, converting values only once.

    Core's own executemany converts every value of every row through the type's bind processor
    in Python and costs about three times the database work for 100,000 rows. Here constants
    are converted once and only columns whose type has a processor (dates, booleans) are
    converted, each distinct value once (a registry holds a few thousand distinct dates); the
    SQL is still compiled by the dialect, so this runs on SQLite and PostgreSQL alike.

    Args:
        conn: a connection inside the import's transaction.
        stmt: an INSERT or UPDATE whose bind names are ``columns``' and ``constants``' keys.
        columns: bind name -> the values of every row, in row order (all of the same length).
        constants: bind name -> value shared by every row.
    """
    if not columns or not next(iter(columns.values())):
        return
    dialect = conn.dialect
    compiled = stmt.compile(dialect=dialect, column_keys=[*columns, *constants])
    assert isinstance(compiled, SQLCompiler)
    names = list(compiled.positiontup or compiled.binds)
    unknown = set(names) - set(columns) - set(constants)
    if unknown:
        raise KeyError(f"no value for {sorted(unknown)}")

    def processor(name: str) -> Callable[[Any], Any] | None:
        return compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)

    values: dict[str, Iterable[Any]] = {}
    for key, column in columns.items():
        proc = processor(key)
        values[key] = _converted(column, proc) if proc else column
    for key, value in constants.items():
        proc = processor(key)
        values[key] = itertools.repeat(proc(value) if proc else value)
    ordered = [values[n] for n in names]
    if compiled.positional:
        params: list[Any] = list(zip(*ordered, strict=False))  # constants repeat forever
    else:
        params = [dict(zip(names, row, strict=False)) for row in zip(*ordered, strict=False)]
    conn.exec_driver_sql(str(compiled), params)


def _converted(column: Sequence[Any], proc: Callable[[Any], Any]) -> list[Any]:
    """Return ``column`` through a bind processor, converting each distinct value once."""
    try:
        done = {v: proc(v) for v in set(column)}
    except TypeError:  # a value that cannot be hashed: convert them all
        return [proc(v) for v in column]
    return [done[v] for v in column]


def text_columns(table: type[Any], first: str, last: str) -> list[str]:
    """Return the text columns of ``table`` from ``first`` to ``last`` in declaration order."""
    names = [c.name for c in table.__table__.columns]
    span = names[names.index(first) : names.index(last) + 1]
    return [n for n in span if getattr(table, n).type.python_type is str]
