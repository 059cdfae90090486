"""Benchmark: the republic consolidating 200 district packages (shared bench README).

The spec's figure is "consolidate 200 district packages at republic level < 60 s" (no anchor:
it is what a person waits for). The chain is built as it runs in the field: 10 region stores
each receive 20 district packages, each region computes and writes its own package, and the
republic receives the 10 region packages, computes and writes its package.

Build (not timed): one district store with demo data (``models.demo.load.add_demo_data``) gives
the
figures of a district; each of the 200 districts gets a copy of them under its own KATO (A1, B1
and every A3 object moved into its territory, new object UUIDs), written by
``exporters.package.write_package``. The region and republic stores are created empty.

Timed, each step once (the chain cannot be repeated on the same stores): receiving the 200
district packages (``exporters.package_receive.receive_package``: read, verify, import), the
regions' figures (``compute_report``) and packages (``write_package``), the republic receiving
the 10 region packages, and the republic's figures and package.

Run from the project root:  .venv/bin/python bench/consolidation.py [--objects 600]
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_stores import new_bench_store  # noqa: E402
from exporters.package import write_package  # noqa: E402
from exporters.package_receive import receive_package  # noqa: E402
from models.demo.load import add_demo_data  # noqa: E402
from models.paths import resource_path  # noqa: E402
from models.reference.dto import OfficeDTO  # noqa: E402
from models.reporting.dto import ReportData  # noqa: E402
from models.reporting.periods import parse_period  # noqa: E402
from models.reporting.report import compute_report  # noqa: E402
from models.store.db import Store  # noqa: E402

TODAY = date(2026, 11, 20)
PERIOD = parse_period("2026")
CREATED = datetime(2026, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=5)))
RESULTS = Path(__file__).resolve().parent / "results"
REPUBLIC = OfficeDTO("000000000", "republic", "Қазақстан Республикасы", "Республика Казахстан")
TARGET_S = 60.0


def git_state() -> dict[str, object]:
    """The commit measured, and the product files changed in the working tree (not committed)."""
    import subprocess

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.rstrip()

    dirty = git("status", "--porcelain", "--", "models", "exporters", "ui", "cli").splitlines()
    return {"head": git("rev-parse", "--short", "HEAD"), "uncommitted": [d[3:] for d in dirty]}


def regions(count: int) -> list[OfficeDTO]:
    """The first ``count`` regions of the bundled code list, as region offices."""
    with resource_path("codelists/regions.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))[:count]
    return [OfficeDTO(f"{r['code']}0000000", "region", r["kk"], r["ru"]) for r in rows]


def district_template(folder: Path, objects: int, families: int) -> ReportData:
    """Compute the figures of one demo district store (113200000)."""
    office = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")
    store = new_bench_store(folder / "template.sqlite", office)
    try:
        add_demo_data(store, objects=objects, families=families, seed=1, today=TODAY, user="admin")
        data = compute_report(store, PERIOD, today=TODAY)
    finally:
        store.close()
    blocking = [w for w in data.warnings if w.blocking]
    assert not blocking, blocking
    return data


def as_district(template: ReportData, office: OfficeDTO, n: int) -> ReportData:
    """The template's figures moved to ``office``'s territory, with fresh object UUIDs."""
    prefix = office.kato[:4]
    return replace(
        template,
        office=office,
        a1=tuple(replace(r, kato=office.kato, name=office.name_kk) for r in template.a1),
        b1=tuple(replace(r, kato=office.kato, name=office.name_kk) for r in template.b1),
        a3=tuple(
            replace(
                r,
                kato=prefix + r.kato[4:],
                object_id=str(uuid.UUID(int=(n << 32) + i, version=4)),
            )
            for i, r in enumerate(template.a3)
        ),
        created_at=CREATED,
    )


def build(
    folder: Path, region_count: int, per_region: int, objects: int, families: int
) -> tuple[dict[str, list[Path]], dict[str, Store], Store, int]:
    """Write the district packages and create the empty region and republic stores."""
    template = district_template(folder, objects, families)
    packages: dict[str, list[Path]] = {}
    stores: dict[str, Store] = {}
    n = 0
    for region in regions(region_count):
        rr = region.kato[:2]
        stores[region.kato] = new_bench_store(folder / f"region-{rr}.sqlite", region)
        packages[region.kato] = []
        for j in range(per_region):
            n += 1
            kato = f"{rr}{20 + j:02d}00000"
            office = OfficeDTO(kato, "district", f"{rr}-{j} ауданы", f"район {rr}-{j}")
            out = folder / "districts" / kato
            out.mkdir(parents=True)
            data = as_district(template, office, n)
            packages[region.kato].append(write_package(data, out, app_version="bench"))
    republic = new_bench_store(folder / "republic.sqlite", REPUBLIC)
    return packages, stores, republic, len(template.a3)


def _receive(store: Store, manifest: Path) -> None:
    result = receive_package(store, manifest, user="bench", confirm_replace=False)
    assert result.imported, (manifest, result.refusal, result.plan.problems[:3])


def _export(store: Store, out: Path) -> tuple[float, float, Path, int]:
    """Figures then package, as the export dialog runs them; return both times."""
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    data = compute_report(store, PERIOD, today=TODAY)
    figures = time.perf_counter() - start
    blocking = [w for w in data.warnings if w.blocking]
    assert not blocking, blocking
    start = time.perf_counter()
    manifest = write_package(replace(data, created_at=CREATED), out, app_version="bench")
    return figures, time.perf_counter() - start, manifest, len(data.a3)


def main(argv: list[str] | None = None) -> int:
    """Build the packages, run the chain, print a table and write JSON to bench/results/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regions", type=int, default=10)
    parser.add_argument("--districts", type=int, default=20, help="per region")
    parser.add_argument("--objects", type=int, default=600, help="demo objects per district")
    parser.add_argument("--families", type=int, default=40, help="demo families per district")
    args = parser.parse_args(argv)
    steps: dict[str, float] = {}
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="qoldau-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        packages, stores, republic, a3_rows = build(
            folder, args.regions, args.districts, args.objects, args.families
        )
        build_s = time.perf_counter() - t0
        print(f"built {sum(map(len, packages.values()))} district packages in {build_s:.0f} s")

        start = time.perf_counter()
        for kato, manifests in packages.items():
            for manifest in manifests:
                _receive(stores[kato], manifest)
        steps["regions receive the district packages"] = time.perf_counter() - start

        region_manifests = []
        figures = writing = 0.0
        for kato, store in stores.items():
            f, w, manifest, n = _export(store, folder / "regions" / kato)
            figures += f
            writing += w
            region_manifests.append(manifest)
            counts["region_a3"] = n
        steps["regions compute their figures"] = figures
        steps["regions write their packages"] = writing

        start = time.perf_counter()
        for manifest in region_manifests:
            _receive(republic, manifest)
        steps["republic receives the region packages"] = time.perf_counter() - start

        f, w, _manifest, n = _export(republic, folder / "republic")
        steps["republic computes its figures"] = f
        steps["republic writes its package"] = w
        counts["republic_a3"] = n
        for store in (*stores.values(), republic):
            store.close()

    total = sum(steps.values())
    republic_s = sum(v for k, v in steps.items() if k.startswith("republic"))
    districts = args.regions * args.districts
    print(
        f"{districts} district packages ({a3_rows} A3 objects each) -> {args.regions} regions "
        f"({counts['region_a3']} objects each) -> republic ({counts['republic_a3']} objects)"
    )
    print(f"{'step':<42} {'time s':>8}")
    for name, secs in steps.items():
        print(f"{name:<42} {secs:8.2f}")
    print(f"{'republic level (receive + figures + write)':<42} {republic_s:8.2f}")
    print(f"{'whole chain':<42} {total:8.2f}")
    verdict = "OK" if total < TARGET_S else "MISSED"
    print(f"target: whole chain < {TARGET_S:.0f} s -> {verdict}")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"consolidation-{datetime.now():%Y%m%d-%H%M%S}.json"
    result: dict[str, Any] = {
        "bench": "consolidation",
        "git": git_state(),
        "regions": args.regions,
        "districts_per_region": args.districts,
        "district_a3_objects": a3_rows,
        **counts,
        "build_s": round(build_s, 1),
        "steps_s": {k: round(v, 2) for k, v in steps.items()},
        "republic_level_s": round(republic_s, 2),
        "total_s": round(total, 2),
        "target_s": TARGET_S,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "when": datetime.now().isoformat(timespec="seconds"),
    }
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written {out}")
    return 0 if total < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
