"""Benchmark: the member list and its filters on 1,000,000 people (shared bench README).

Builds a district store with N people in households (SQLAlchemy Core bulk inserts into the tables
of ``models/families/tables.py``; the derived search columns filled by
``models.families.repository.fill_person_keys``, the function every save goes through; IINs made
by ``models.demo.families.make_iin``), then times, as the median of several runs:

- the member list's first page: ``FamilyRepository.search_members()`` with no filter, and the
  GUI model (``MemberTableModel`` constructed, which loads its first page);
- the IIN filter (a full IIN and a 6-digit prefix) and the name filter (lowercase Kazakh
  ``"қас"``, and a rarer two-word prefix): first page and the count the page shows;

each against its anchor, the same indexed lookup in raw ``sqlite3`` (``WHERE key >= ? AND
key < ? ORDER BY key, id LIMIT 200`` on the index ``search_members`` uses).

Usage (from the project root)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/member_search.py [--members 1000000]

Targets (user-facing latencies, so absolute): first rows < 300 ms, IIN < 50 ms, name prefix
< 200 ms. Prints a table and writes JSON to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from models.demo.families import make_iin  # noqa: E402
from models.demo.names import (  # noqa: E402
    FEMALE_NAMES,
    KAZAKH_BOYS,
    KAZAKH_GIRLS,
    KAZAKH_SURNAMES_EXTRA,
    MALE_NAMES,
    RUSSIAN_FEMALE_NAMES,
    RUSSIAN_SURNAMES,
    SURNAMES,
)
from models.families.repository import FamilyRepository, fill_person_keys  # noqa: E402
from models.families.tables import Family, FamilyMember, Person  # noqa: E402
from models.reference.dto import OfficeDTO  # noqa: E402
from models.setup import init_store  # noqa: E402
from models.store.db import Store, connect_keyed, engine_key  # noqa: E402

OFFICE = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")
RESULTS = Path(__file__).resolve().parent / "results"
CHUNK = 20_000
#: The bench store's administrator password (init_store needs one, issue 8).
BENCH_PASSWORD = "Bench-password-1"
PAGE = 200
TARGETS_MS = {"first": 300.0, "iin": 50.0, "name": 200.0}
#: Columns the anchor reads: what a member row shows.
ROW_COLUMNS = "id, surname, given_name, patronymic, birth_date, sex, iin"


@cache
def _keys(iin: str, surname: str, given: str, patronymic: str) -> tuple[str, str, str, str]:
    """The derived columns, computed by the repository's own function (cached per name)."""
    p = SimpleNamespace(iin=iin, surname=surname, given_name=given, patronymic=patronymic)
    fill_person_keys(p)  # type: ignore[arg-type]
    return p.iin_key, p.name_fold, p.given_fold, p.name_key


def _person_keys(iin: str, surname: str, given: str, patronymic: str) -> tuple[str, ...]:
    # The name part repeats a lot (a few thousand distinct names): cache it without the IIN,
    # then set iin_key exactly as fill_person_keys does (iin_key = iin).
    _iin, name_fold, given_fold, name_key = _keys("", surname, given, patronymic)
    return iin, name_fold, given_fold, name_key


def build_store(path: Path, members: int, seed: int = 3) -> tuple[Store, list[str]]:
    """Create a store with ``members`` people in households of 1-7; return it and some IINs."""
    rng = random.Random(seed)
    store, _recovery = init_store(path, OFFICE, "admin", BENCH_PASSWORD)
    kz_surnames = SURNAMES + KAZAKH_SURNAMES_EXTRA
    men = MALE_NAMES + KAZAKH_BOYS
    women = FEMALE_NAMES + KAZAKH_GIRLS
    now = datetime(2026, 1, 1)
    stamp = {"created_at": now, "updated_at": now, "created_by": "b", "updated_by": "b"}
    used: set[str] = set()
    sample_iins: list[str] = []
    people: list[dict[str, Any]] = []
    families: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    person_id = family_id = 0
    start = date(1940, 1, 1)

    def flush(conn: Any, force: bool = False) -> None:
        if people and (len(people) >= CHUNK or force):
            conn.execute(insert(Family), families)
            conn.execute(insert(Person), people)
            conn.execute(insert(FamilyMember), links)
            families.clear()
            people.clear()
            links.clear()

    with store.engine.begin() as conn:
        while person_id < members:
            family_id += 1
            russian = rng.random() < 0.2
            stem = rng.choice(RUSSIAN_SURNAMES if russian else kz_surnames)
            families.append(
                {
                    "id": family_id,
                    "uuid": f"20000000-0000-4000-8000-{family_id:012d}",
                    "kato": f"1132{20 + rng.randint(0, 29):02d}100",
                    "address": f"Абай көшесі, {rng.randint(1, 200)}",
                    **stamp,
                }
            )
            size = min(rng.randint(1, 7), members - person_id)
            father = rng.choice(men)
            for k in range(size):
                person_id += 1
                female = rng.random() < 0.5
                surname = stem + ("а" if female and stem.endswith(("ов", "ев", "ин")) else "")
                given = rng.choice((RUSSIAN_FEMALE_NAMES if russian else women) if female else men)
                patronymic = "" if rng.random() < 0.3 else f"{father}{'қызы' if female else 'ұлы'}"
                birth = start + timedelta(days=rng.randint(0, 30_000))
                sex = "F" if female else "M"
                iin = make_iin(rng, birth, sex, used) if rng.random() < 0.95 else ""
                if iin and len(sample_iins) < 1000 and rng.random() < 0.01:
                    sample_iins.append(iin)
                iin_key, name_fold, given_fold, name_key = _person_keys(
                    iin, surname, given, patronymic
                )
                people.append(
                    {
                        "id": person_id,
                        "uuid": f"30000000-0000-4000-8000-{person_id:012d}",
                        "iin": iin,
                        "no_iin_reason": "" if iin else "NOT_ISSUED",
                        "surname": surname,
                        "given_name": given,
                        "patronymic": patronymic,
                        "iin_key": iin_key,
                        "name_fold": name_fold,
                        "given_fold": given_fold,
                        "name_key": name_key,
                        "birth_date": birth,
                        "sex": sex,
                        **stamp,
                    }
                )
                links.append(
                    {
                        "id": person_id,
                        "uuid": f"40000000-0000-4000-8000-{person_id:012d}",
                        "family_id": family_id,
                        "person_id": person_id,
                        "relation": "HEAD" if k == 0 else "CHILD",
                        **stamp,
                    }
                )
            flush(conn)
        flush(conn, force=True)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    return store, sample_iins


def git_state() -> dict[str, object]:
    """The commit measured, and the product files changed in the working tree (not committed)."""
    import subprocess

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.rstrip()

    dirty = git("status", "--porcelain", "--", "models", "exporters", "ui", "cli").splitlines()
    return {"head": git("rev-parse", "--short", "HEAD"), "uncommitted": [d[3:] for d in dirty]}


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    """Return the median wall time of ``fn`` in ms over ``runs`` runs, and its last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def _upper(prefix: str) -> str:
    """The exclusive upper bound of a prefix range (as models.families.repository does)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def main(argv: list[str] | None = None) -> int:
    """Build the store, time the searches, print and save the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from models.text import search_fold
    from ui.families.member_table_model import MemberTableModel

    app = QApplication.instance() or QApplication([])
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="qoldau-bench-") as tmp:
        path = Path(tmp) / "members.sqlite"
        t0 = time.perf_counter()
        store, iins = build_store(path, args.members)
        build_s = time.perf_counter() - t0
        repo = FamilyRepository(store)
        # The anchor reads the same encrypted file, keyed like the store (issue 8).
        raw = connect_keyed(path, engine_key(store.engine))
        sqlcipher_version = str(raw.execute("PRAGMA cipher_version").fetchone()[0])
        full_iin = iins[len(iins) // 2]
        iin_prefix = iins[len(iins) // 3][:6]

        def anchor(column: str, prefix: str | None) -> Callable[[], int]:
            if prefix is None:
                sql = f"SELECT {ROW_COLUMNS} FROM person ORDER BY {column}, id LIMIT {PAGE}"
                params: tuple[str, ...] = ()
            else:
                sql = (
                    f"SELECT {ROW_COLUMNS} FROM person WHERE {column} >= ? AND {column} < ? "
                    f"ORDER BY {column}, id LIMIT {PAGE}"
                )
                params = (prefix, _upper(prefix))
            return lambda: len(raw.execute(sql, params).fetchall())

        def anchor_count(column: str, prefix: str | None) -> Callable[[], int]:
            if prefix is None:
                return lambda: int(raw.execute("SELECT count(*) FROM person").fetchone()[0])
            sql = f"SELECT count(*) FROM person WHERE {column} >= ? AND {column} < ?"
            return lambda: int(raw.execute(sql, (prefix, _upper(prefix))).fetchone()[0])

        open_model = MemberTableModel(store)

        def model_first(text: str) -> Callable[[], int]:
            """No filter: the model built (its first page); a filter: typed into an open list."""

            def run() -> int:
                if not text:
                    return MemberTableModel(store).rowCount()
                open_model.set_search(text)
                return open_model.rowCount()

            return run

        cases = [
            ("first", "member list, no filter", "", "name_fold", None),
            ("iin", f"IIN {full_iin} (full)", full_iin, "iin_key", full_iin),
            ("iin", f"IIN prefix {iin_prefix}", iin_prefix, "iin_key", iin_prefix),
            ("name", "name prefix 'қас'", "қас", "name_fold", search_fold("қас")),
            (
                "name",
                "name prefix 'қасымов нұр'",
                "қасымов нұр",
                "name_fold",
                search_fold("қасымов нұр"),
            ),
        ]
        for kind, label, text, column, key in cases:
            target = TARGETS_MS[kind]
            a_ms, a_n = median_ms(anchor(column, key), args.runs)
            measures: list[tuple[str, Callable[[], object]]] = [
                ("search_members first page", lambda text=text: len(repo.search_members(text))),
                ("MemberTableModel rows" if text else "MemberTableModel built", model_first(text)),
            ]
            # The families page shows "N person(s)" beside the list: one count per search.
            measures.append(("count_members", lambda text=text: repo.count_members(text)))
            for what, fn in measures:
                ms, n = median_ms(fn, args.runs)
                rows.append(
                    {
                        "case": label,
                        "measure": what,
                        "ms": ms,
                        "n": n,
                        "anchor_ms": a_ms,
                        "anchor_n": a_n,
                        "ratio": ms / a_ms,
                        "target_ms": target,
                        "ok": ms < target,
                    }
                )
            c_ms, c_n = median_ms(anchor_count(column, key), args.runs)
            rows.append(
                {
                    "case": label,
                    "measure": "anchor: raw sqlite3 count",
                    "ms": c_ms,
                    "n": c_n,
                    "anchor_ms": a_ms,
                    "anchor_n": a_n,
                    "ratio": c_ms / a_ms,
                    "target_ms": None,
                    "ok": None,
                }
            )
        raw.close()
        store.close()
    del app

    print(f"members: {args.members}, store built in {build_s:.0f} s, median of {args.runs} runs")
    print(
        f"{'case':<28} {'measure':<28} {'rows':>7} {'ms':>8} {'anchor ms':>10} "
        f"{'x anchor':>9} {'target':>8}"
    )
    for r in rows:
        target = f"<{r['target_ms']:.0f} {'ok' if r['ok'] else 'MISS'}" if r["target_ms"] else ""
        print(
            f"{r['case']:<28} {r['measure']:<28} {r['n']:>7} {r['ms']:8.1f} "
            f"{r['anchor_ms']:10.2f} {r['ratio']:9.1f} {target:>8}"
        )
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"member_search-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(
        json.dumps(
            {
                "bench": "member_search",
                "git": git_state(),
                "members": args.members,
                "runs": args.runs,
                "build_s": round(build_s, 1),
                "rows": rows,
                "python": platform.python_version(),
                "sqlite": sqlite3.sqlite_version,
                "sqlcipher": sqlcipher_version,
                "machine": platform.machine(),
                "when": datetime.now().isoformat(timespec="seconds"),
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"written {out}")
    return 0 if all(r["ok"] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
