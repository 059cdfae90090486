"""Benchmark: how fast the objects register shows its first rows on 100,000 objects (issue 2).

Builds a district store with N objects (Core bulk insert; about 60 % with a passport), then
times, as the median of several runs:

- the anchor: one keyset page in raw sqlite3 (``WHERE (key, id) > (?, ?) ORDER BY key, id
  LIMIT 200``), the floor any page of the register can reach;
- the register's first rows: constructing :class:`ObjectTableModel` plus its first fetch;
- a deep page (keyset after the middle row), the "N objects" count, another sort order;
- a text filter (``LIKE '%x%'`` over the folded search column): first page and count, for a
  common and a rare word.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/register_first_rows.py [--objects 100000]

Prints a table and writes ``bench/results/register_first_rows.json``. Target: first rows in
less than 300 ms.
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
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QModelIndex, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert, select, update  # noqa: E402

from bench.bench_stores import new_bench_store, raw  # noqa: E402
from models.objects.dto import ObjectFilter  # noqa: E402
from models.objects.repository import ObjectRepository, object_search_key  # noqa: E402
from models.objects.tables import InfraObject, Passport  # noqa: E402
from models.reference.dto import OfficeDTO  # noqa: E402
from models.reference.repository import ReferenceRepository  # noqa: E402
from models.store.db import Store  # noqa: E402
from ui.objects.page import ObjectsPage  # noqa: E402
from ui.objects.table_model import COL_PASSPORT_DATE, ObjectTableModel  # noqa: E402
from ui.settings import UiSettings  # noqa: E402
from ui.workers import JobRunner  # noqa: E402

TARGET_MS = 300.0
OFFICE = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")
WORDS = (
    "Қасым",
    "Ізгілік",
    "Балдәурен",
    "Шұғыла",
    "Еркежан",
    "Арман",
    "Болашақ",
    "Нұрлы",
    "Ақжол",
    "Сәуле",
    "Достық",
    "Жұлдыз",
)
KINDS = ("мектебі", "балабақшасы", "емханасы", "орталығы", "аялдамасы", "кітапханасы")
STREETS = ("Абай көшесі", "Бейбітшілік көшесі", "Ленин көшесі", "Тәуелсіздік даңғылы")
STATUSES = ("DP_V", "DP_I", "DCH_V", "DCH_I", "DU", "VND")


def build_store(path: Path, n: int, seed: int = 2) -> Store:
    """Create a store at ``path`` with ``n`` objects, ~60 % passported (Core bulk insert)."""
    rng = random.Random(seed)
    store = new_bench_store(path, OFFICE)
    ref = ReferenceRepository(store)
    settlements = [f"1132{20 + i:02d}100" for i in range(30)]
    for i, kato in enumerate(settlements):
        ref.add_settlement(kato, f"Ауыл {i}", f"Село {i}", "admin")
    types = [c.code for c in ref.code_labels("object_types")]
    now = datetime(2026, 1, 1)
    stamp = {"created_at": now, "updated_at": now, "created_by": "b", "updated_by": "b"}
    objects, passports = [], []
    for i in range(n):
        name = f"{rng.choice(WORDS)} {rng.choice(KINDS)} №{i}"
        address = f"{rng.choice(STREETS)}, {rng.randint(1, 200)}"
        objects.append(
            {
                "id": i + 1,
                "uuid": f"00000000-0000-4000-8000-{i:012d}",
                "kato": rng.choice(settlements),
                "name": name,
                "object_type": rng.choice(types),
                "address": address,
                "owner_name": f"ЖШС «{rng.choice(WORDS)}»",
                "subject_to_passportization": rng.random() > 0.05,
                "search_key": object_search_key(name, address),
                **stamp,
            }
        )
        if rng.random() < 0.6:
            requires = rng.random() < 0.5
            passports.append(
                {
                    "id": len(passports) + 1,
                    "uuid": f"10000000-0000-4000-8000-{i:012d}",
                    "object_id": i + 1,
                    "version": 1,
                    "passport_date": date(2020 + rng.randint(0, 5), rng.randint(1, 12), 1),
                    **{f"status_{c}": rng.choice(STATUSES) for c in "kosgu"},
                    "requires_adaptation": requires,
                    "adapted_date": date(2025, 6, 1) if requires and rng.random() < 0.3 else None,
                    **stamp,
                }
            )
    with store.engine.begin() as conn:
        conn.execute(insert(InfraObject), objects)
        conn.execute(insert(Passport), passports)
        current = select(Passport.id).where(Passport.object_id == InfraObject.id)
        conn.execute(update(InfraObject).values(current_passport_id=current.scalar_subquery()))
    with store.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    return store


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    """Return the median wall time of ``fn`` in ms over ``runs`` runs, and its last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> int:
    """Build the store, time the register and print and save the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    results: dict[str, float] = {}
    rows: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t0 = time.perf_counter()
        store = build_store(path, args.objects)
        build_s = time.perf_counter() - t0
        repo = ObjectRepository(store)

        raw_conn = raw(path)
        mid_key, mid_id = raw_conn.execute(
            "SELECT search_key, id FROM infra_object ORDER BY search_key, id LIMIT 1 OFFSET ?",
            (args.objects // 2,),
        ).fetchone()

        def anchor() -> int:
            cur = raw_conn.execute(
                "SELECT id, name, search_key FROM infra_object WHERE (search_key, id) > (?, ?) "
                "ORDER BY search_key, id LIMIT 200",
                (mid_key, mid_id),
            )
            return len(cur.fetchall())

        results["anchor: raw sqlite3 keyset page (200)"], rows["anchor"] = median_ms(
            anchor, args.runs
        )  # type: ignore[assignment]

        def first_rows() -> int:
            model = ObjectTableModel(store, lang="kk")
            model.fetchMore(QModelIndex())
            return model.rowCount()

        results["register first rows (model + first fetch)"], rows["first"] = median_ms(
            first_rows, args.runs
        )  # type: ignore[assignment]

        def page_opens() -> int:
            settings = UiSettings(QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat))
            page = ObjectsPage(store, "admin", JobRunner(), settings=settings)
            count = page.model.rowCount()
            page.deleteLater()
            QApplication.processEvents()
            return count

        results["objects page opens (first rows + count)"], _ = median_ms(page_opens, args.runs)
        results["repository page after the middle row"], _ = median_ms(
            lambda: repo.page(ObjectFilter(), after=(mid_key, mid_id)), args.runs
        )

        def sorted_by_date() -> int:
            model = ObjectTableModel(store, lang="kk")
            model.sort(COL_PASSPORT_DATE, Qt.SortOrder.DescendingOrder)
            return model.rowCount()

        results["first rows sorted by passport date desc"], _ = median_ms(sorted_by_date, args.runs)
        results["count, no filter"], rows["count"] = median_ms(
            lambda: repo.count(ObjectFilter()), args.runs
        )  # type: ignore[assignment]
        results["count, status ДП-В for К"], _ = median_ms(
            lambda: repo.count(ObjectFilter(status="DP_V", category="K")), args.runs
        )
        for word in ("қас", "№4242"):
            flt = ObjectFilter(text=word)

            def filtered(flt: ObjectFilter = flt) -> int:
                model = ObjectTableModel(store, lang="kk")
                model.set_filter(flt)
                return model.rowCount()

            results[f"text filter '{word}': first rows"], rows[word] = median_ms(
                filtered, args.runs
            )  # type: ignore[assignment]
            results[f"text filter '{word}': count"], _ = median_ms(
                lambda flt=flt: repo.count(flt), args.runs
            )
        raw_conn.close()
        store.close()
    del app

    print(f"objects: {args.objects}, store built in {build_s:.1f} s, median of {args.runs} runs")
    width = max(len(k) for k in results)
    anchor_ms = results["anchor: raw sqlite3 keyset page (200)"]
    print(f"{'measure':<{width}}  {'median':>11}  {'x anchor':>9}")
    for name, ms in results.items():
        print(f"{name:<{width}}  {ms:8.1f} ms  {ms / anchor_ms:8.1f}x")
    first = results["register first rows (model + first fetch)"]
    verdict = "PASS" if first < TARGET_MS else "FAIL"
    print(f"target first rows < {TARGET_MS:.0f} ms: {verdict} ({first:.1f} ms)")

    out_dir = Path(__file__).resolve().parent / "results"
    out_dir.mkdir(exist_ok=True)
    out = out_dir / "register_first_rows.json"
    out.write_text(
        json.dumps(
            {
                "objects": args.objects,
                "runs": args.runs,
                "build_s": round(build_s, 2),
                "median_ms": {k: round(v, 2) for k, v in results.items()},
                "ratio_to_anchor": {
                    k: round(v / results["anchor: raw sqlite3 keyset page (200)"], 1)
                    for k, v in results.items()
                },
                "rows": rows,
                "target_first_rows_ms": TARGET_MS,
                "pass": first < TARGET_MS,
                "python": platform.python_version(),
                "sqlite": sqlite3.sqlite_version,
                "machine": platform.machine(),
                "when": datetime.now().isoformat(timespec="seconds"),
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"written {out}")
    return 0 if first < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
