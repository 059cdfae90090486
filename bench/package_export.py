"""Benchmark: report package export whose A3 register has 100,000 objects (shared bench README).

Anchor: xlsxwriter ``constant_memory`` writing A3's cells (the same rows, no styles). Target: our
``write_package`` within 1.5x of it, peak RSS under 300 MB. The figures (``compute_report``) are
timed too, on a store holding the same number of passported objects. Each measurement runs in
its own process so that its peak RSS is its own.

Run from the project root:  .venv/bin/python bench/package_export.py [--objects N] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RESULTS = Path(__file__).resolve().parent / "results"
TODAY = date(2026, 11, 20)


def build_store(path: Path, objects: int) -> None:
    """A district store with ``objects`` passported objects (Core bulk insert, fast)."""
    from sqlalchemy import insert, update

    from bench.bench_stores import new_bench_store
    from models.objects.repository import object_search_key
    from models.objects.tables import InfraObject, Passport
    from models.reference.dto import OfficeDTO
    from models.store.base import new_uuid, utcnow

    store = new_bench_store(
        path, OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")
    )
    now, who = utcnow(), {"created_by": "bench", "updated_by": "bench"}
    cats = ("K", "O", "S", "G", "U")
    statuses = ("DP_V", "DP_I", "DCH_I", "DU", "VND")
    with store.engine.begin() as conn:
        rows = []
        for i in range(1, objects + 1):
            name, address = f"№{i} мектеп «Болашақ»", f"Абай көшесі, {i % 300 + 1}"
            rows.append(
                {
                    "uuid": new_uuid(),
                    "kato": f"1132{20 + i % 20:02d}100",
                    "name": name,
                    "object_type": "EDU_SCHOOL",
                    "address": address,
                    "search_key": object_search_key(name, address),
                    "registered_date": date(2020, 1, 1),
                    "created_at": now,
                    "updated_at": now,
                    **who,
                }
            )
        conn.execute(insert(InfraObject), rows)
        passports = []
        for i in range(1, objects + 1):
            requires = i % 3 == 0
            p = {
                "uuid": new_uuid(),
                "object_id": i,
                "version": 1,
                "passport_date": date(2024, 1 + i % 12, 1 + i % 28),
                "requires_adaptation": requires,
                "adapted_date": date(2025, 6, 1) if requires and i % 2 == 0 else None,
                "created_at": now,
                "updated_at": now,
                **who,
            }
            for j, c in enumerate(cats):
                p[f"status_{c.lower()}"] = statuses[(i + j) % len(statuses)]
            passports.append(p)
        conn.execute(insert(Passport), passports)
        conn.execute(update(InfraObject).values(current_passport_id=InfraObject.id))
    store.close()


def _child(kind: str, db: Path, out: Path) -> None:
    """Run one measurement in this (child) process and print JSON {seconds, peak_mb}."""
    from bench.bench_stores import open_bench
    from models.reporting.periods import parse_period
    from models.reporting.report import compute_report

    store = open_bench(db)
    data = compute_report(store, parse_period("2026"), today=TODAY)
    start = time.perf_counter()
    if kind == "anchor":
        import xlsxwriter

        wb = xlsxwriter.Workbook(str(out / "anchor.xlsx"), {"constant_memory": True})
        ws = wb.add_worksheet("A3")
        for r, row in enumerate(data.a3):
            values = [
                row.object_id,
                row.kato,
                row.name,
                row.object_type,
                row.address,
                row.passport_date.isoformat(),
                *row.statuses,
                int(row.requires_adaptation),
                row.adapted_date.isoformat() if row.adapted_date else "",
            ]
            ws.write_row(r, 0, values)
        wb.close()
    elif kind == "export":
        from exporters.package import write_package

        write_package(data, out, app_version="bench")
    else:  # figures
        compute_report(store, parse_period("2026"), today=TODAY)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_mb": peak_rss_mb(), "a3": len(data.a3)}))  # noqa: T201


def peak_rss_mb() -> float:
    """Return this process's peak RSS in MB.

    ``ru_maxrss`` survives fork and exec on Linux, so a child started by the parent that built a
    100k-object store would report the parent's peak (it did: 411 MB "in every process"). The
    kernel's ``VmHWM`` is the peak of this process's own memory since its exec.
    """
    import resource

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(kind: str, db: Path, out: Path) -> dict[str, float]:
    """Run a measurement in a fresh interpreter and return its figures."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--db", str(db), "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print a table and write JSON to bench/results/."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", choices=("anchor", "export", "figures"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.db, args.out)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        build_store(db, args.objects)
        runs: dict[str, list[dict[str, float]]] = {"anchor": [], "export": [], "figures": []}
        for _ in range(args.repeat):
            for kind in runs:  # interleaved, so machine noise hits all alike
                out = Path(tempfile.mkdtemp(dir=tmp))
                runs[kind].append(measure(kind, db, out))
    med = {k: statistics.median(r["seconds"] for r in v) for k, v in runs.items()}
    peak = {k: max(r["peak_mb"] for r in v) for k, v in runs.items()}
    rows = [
        ("anchor: xlsxwriter constant_memory, A3 cells", med["anchor"], 1.0, peak["anchor"]),
        (
            "write_package (all sheets, styled)",
            med["export"],
            med["export"] / med["anchor"],
            peak["export"],
        ),
        (
            "compute_report (figures + checks)",
            med["figures"],
            med["figures"] / med["anchor"],
            peak["figures"],
        ),
    ]
    print(f"package export, A3 = {runs['export'][0]['a3']:,} objects, median of {args.repeat}")  # noqa: T201
    print(f"{'work':48} {'s':>8} {'ratio':>7} {'peak MB':>8}")  # noqa: T201
    for name, s, ratio, mb in rows:
        print(f"{name:48} {s:8.2f} {ratio:7.2f} {mb:8.0f}")  # noqa: T201
    print("target: write_package <= 1.5x the anchor, peak RSS < 300 MB")  # noqa: T201
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "package_export.json").write_text(
        json.dumps(
            {
                "objects": args.objects,
                "median_s": med,
                "peak_mb": peak,
                "python": platform.python_version(),
                "machine": platform.machine(),
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
