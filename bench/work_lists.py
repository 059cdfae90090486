"""Benchmark: the overdue rule on 20,000 cases, with and without the seek index of 0006.

The overdue rule (``models.cases.overdue.overdue_condition``, reporting.md §2.2) is one
correlated condition per case: two subqueries over ``case_event`` (opening minus closing
events up to D; the latest opening up to D) and two over ``visit``. Revision 0006 gives
``case_event`` the index ``ix_case_event_seek (case_id, kind, event_date, to_stage)``, which
answers both event subqueries from the index alone, in place of ``ix_case_event_case
(case_id)``, which had to read every event row of the case.

A demo store (``models.demo.load.add_demo_data``: 20,000 families, each with a case) is built
once (or taken from ``--db``, copied), migrated to head, and copied twice: **after** as it is,
**before** with the index of 0005 put back in raw ``sqlite3``. Timed, interleaved, median:

- **anchor**: raw ``sqlite3`` ``count(*)`` of cases whose ``next_follow_up`` is before today
  (the naive "overdue", one index range);
- the whole office's overdue count on today (dashboard, B1 at the period end, quality list);
- one worker's overdue work list (Cases page) and the status bar's counts
  (``work_list_counts``);
- B1 of the current year (``compute_figures``, all of A1-B4).

Usage (from the project root)::

    .venv/bin/python bench/work_lists.py                      # 20,000 families, median of 5
    .venv/bin/python bench/work_lists.py --db demo.sqlite --runs 3

Target (user-facing): the office's overdue count < 100 ms. Prints a table and writes JSON to
``bench/results/``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_stores import copy_store, new_bench_store, open_bench, raw  # noqa: E402
from models.cases.overdue import overdue_count  # noqa: E402
from models.cases.repository import CaseRepository  # noqa: E402
from models.demo.load import add_demo_data  # noqa: E402
from models.reference.dto import OfficeDTO  # noqa: E402
from models.reporting.figures import compute_figures  # noqa: E402
from models.reporting.periods import parse_period  # noqa: E402
from models.store.db import Store  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
OFFICE = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")


def build_store(path: Path, families: int) -> None:
    store = new_bench_store(path, OFFICE)
    try:
        add_demo_data(
            store, objects=200, families=families, seed=1, today=date.today(), user="admin"
        )
    finally:
        store.close()


def put_back_0005_index(path: Path) -> None:
    conn = raw(path)
    try:
        conn.execute("DROP INDEX IF EXISTS ix_case_event_seek")
        conn.execute("CREATE INDEX IF NOT EXISTS ix_case_event_case ON case_event (case_id)")
        conn.commit()
    finally:
        conn.close()


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def git_state() -> dict[str, object]:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    dirty = git("status", "--porcelain", "--", "models", "exporters", "ui", "cli").splitlines()
    return {"head": git("rev-parse", "--short", "HEAD"), "uncommitted": [d[3:] for d in dirty]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=20000)
    parser.add_argument("--db", type=Path, help="a demo store to copy instead of building one")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    today = date.today()
    tmp = Path(tempfile.mkdtemp(prefix="qoldau-bench-"))
    source = tmp / "source.sqlite"
    t0 = time.perf_counter()
    if args.db:
        shutil.copyfile(args.db, source)
    else:
        build_store(source, args.families)
    open_bench(source).close()  # migrated to head (0006 and later)
    build_s = time.perf_counter() - t0
    stores: dict[str, Store] = {}
    for name in ("before", "after"):
        copy_store(source, tmp / f"{name}.sqlite")
        if name == "before":
            put_back_0005_index(tmp / f"{name}.sqlite")
        stores[name] = open_bench(tmp / f"{name}.sqlite")
    conn = raw(tmp / "after.sqlite")
    cases = conn.execute("SELECT count(*) FROM family_case").fetchone()[0]
    events = conn.execute("SELECT count(*) FROM case_event").fetchone()[0]
    worker = conn.execute(
        "SELECT worker_login FROM family_case GROUP BY 1 ORDER BY count(*) LIMIT 1"
    ).fetchone()[0]

    def anchor() -> object:
        sql = "SELECT count(*) FROM family_case WHERE next_follow_up < ?"
        return conn.execute(sql, (today.isoformat(),)).fetchone()[0]

    def office(store: Store) -> Callable[[], object]:
        def run() -> object:
            with store.session() as s:
                return overdue_count(s, today)

        return run

    year = parse_period(str(today.year))
    jobs: dict[str, Callable[[Store], Callable[[], object]]] = {
        "office overdue count": office,
        f"overdue work list of {worker}": lambda st: (
            lambda: len(CaseRepository(st).overdue_follow_ups(today, worker))
        ),
        "status bar counts (admin)": lambda st: (
            lambda: CaseRepository(st).work_list_counts("admin", today)
        ),
        f"figures of {year.code} (A1-B4)": lambda st: (
            lambda: sum(r.cases_overdue for r in compute_figures(st, year).b1)
        ),
    }
    rows: list[dict[str, object]] = []
    anchor_ms, anchor_n = median_ms(anchor, args.runs)
    rows.append({"what": "anchor: naive count (next_follow_up < today)", "ms": anchor_ms})
    for label, make in jobs.items():
        entry: dict[str, object] = {"what": label}
        for name in ("before", "after"):
            ms, result = median_ms(make(stores[name]), args.runs)
            entry[f"{name}_ms"], entry[f"{name}_result"] = round(ms, 1), str(result)
        assert entry["before_result"] == entry["after_result"], entry
        rows.append(entry)
    conn.close()
    for store in stores.values():
        store.close()

    print(f"{cases} cases, {events} events; build {build_s:.1f} s; median of {args.runs}")
    print(f"{'what':48} {'before ms':>10} {'after ms':>10} {'result':>24}")
    print(f"{rows[0]['what']:48} {'':>10} {anchor_ms:10.1f} {anchor_n!s:>24}")
    for r in rows[1:]:
        print(
            f"{r['what']!s:48} {r['before_ms']:10.1f} {r['after_ms']:10.1f} "
            f"{r['after_result']!s:>24}"
        )
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"work_lists-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(
        json.dumps(
            {
                "cases": cases,
                "events": events,
                "today": today.isoformat(),
                "runs": args.runs,
                "rows": rows,
                "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
                "git": git_state(),
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(out)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
