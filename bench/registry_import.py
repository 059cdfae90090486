"""Benchmark: registry import of 100,000 objects against its anchor (shared bench README).

Anchor: read the same file with python-calamine and insert its rows with raw ``sqlite3``
``executemany`` into one table. Target: our import (read, check, write objects and passports
into a fresh store) within 3x of the anchor, measured in the same run.

Run from the project root:  .venv/bin/python bench/registry_import.py [--rows N] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exporters.registry_import import ALL_COLUMNS, import_registry  # noqa: E402
from models.reference.dto import OfficeDTO  # noqa: E402
from models.setup import init_store  # noqa: E402

TODAY = date(2026, 11, 20)
OFFICE = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")
TYPES = ("EDU_SCHOOL", "EDU_PRESCHOOL", "EDU_BOARDING", "EDU_SPECIAL")
STATUSES = ("DP_V", "DP_I", "DCH_V", "DCH_I", "DU", "VND")
#: The bench store's administrator password (init_store needs one, issue 8).
BENCH_PASSWORD = "Bench-password-1"
RESULTS = Path(__file__).resolve().parent / "results"


def generate(path: Path, rows: int, seed: int = 1) -> None:
    """Write a registry of ``rows`` objects with xlsxwriter (constant memory)."""
    import xlsxwriter

    rnd = random.Random(seed)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("registry")
    date_fmt = wb.add_format({"num_format": "dd.mm.yyyy"})
    ws.write_row(0, 0, ALL_COLUMNS)
    base = date(2015, 1, 1)
    for i in range(1, rows + 1):
        kato = f"1132{rnd.randint(10, 40):02d}{rnd.randint(100, 199):03d}"
        subject = rnd.random() < 0.9
        passported = subject and rnd.random() < 0.7
        pdate = base + timedelta(days=rnd.randint(0, 3500)) if passported else None
        requires = passported and rnd.random() < 0.5
        adapted = (
            pdate + timedelta(days=rnd.randint(1, 300)) if requires and rnd.random() < 0.5 else None
        )
        ws.write_string(i, 0, f"REF-{i:06d}")
        ws.write_string(i, 1, kato)
        ws.write_string(i, 2, f"Мектеп № {i} «Болашақ»")
        ws.write_string(i, 3, rnd.choice(TYPES))
        ws.write_string(i, 4, f"Ақкөл қ., Абай к-сі, {rnd.randint(1, 200)}")
        ws.write_number(i, 5, 1 if subject else 0)
        if pdate is not None:
            # Half the dates as Excel date cells, half as text, as offices type them.
            if i % 2:
                ws.write_datetime(i, 6, datetime.combine(pdate, datetime.min.time()), date_fmt)
            else:
                ws.write_string(i, 6, pdate.strftime("%d.%m.%Y"))
            # DP_V and DCH_V hold for all five categories or none (domain brief §2.5).
            first = rnd.choice(STATUSES)
            uniform = first in ("DP_V", "DCH_V")
            for c in range(5):
                code = first if uniform else rnd.choice(STATUSES[1:2] + STATUSES[3:])
                ws.write_string(i, 7 + c, first if c == 0 else code)
        ws.write_number(i, 12, 1 if requires else 0)
        if adapted is not None and adapted <= TODAY:
            ws.write_datetime(i, 13, datetime.combine(adapted, datetime.min.time()), date_fmt)
        ws.write_datetime(
            i, 14, datetime.combine(base - timedelta(days=i % 900), datetime.min.time()), date_fmt
        )
    wb.close()


def anchor(path: Path, folder: Path) -> float:
    """Read with python-calamine, then raw sqlite3 executemany into one table."""
    from python_calamine import CalamineWorkbook

    db = folder / f"anchor-{time.monotonic_ns()}.sqlite"
    start = time.perf_counter()
    wb = CalamineWorkbook.from_path(str(path))
    cells = wb.get_sheet_by_index(0).to_python(skip_empty_area=False)
    wb.close()
    conn = sqlite3.connect(db)
    cols = ", ".join(f"c{i} TEXT" for i in range(len(ALL_COLUMNS)))
    conn.execute(f"CREATE TABLE registry (id INTEGER PRIMARY KEY, {cols})")
    marks = ", ".join("?" * len(ALL_COLUMNS))
    names = ", ".join(f"c{i}" for i in range(len(ALL_COLUMNS)))
    with conn:
        conn.executemany(
            f"INSERT INTO registry ({names}) VALUES ({marks})",
            ([str(v) for v in row] for row in cells[1:]),
        )
    conn.close()
    return time.perf_counter() - start


def ours(path: Path, folder: Path, *, twice: bool = False) -> tuple[float, float | None]:
    """Import into a fresh store; with ``twice``, time a second import of the same file too."""
    store, _recovery = init_store(
        folder / f"store-{time.monotonic_ns()}.sqlite", OFFICE, "admin", BENCH_PASSWORD
    )
    try:
        start = time.perf_counter()
        result = import_registry(store, path, user="bench", today=TODAY)
        first = time.perf_counter() - start
        assert result.added > 0, result
        second = None
        if twice:
            start = time.perf_counter()
            again = import_registry(store, path, user="bench", today=TODAY)
            second = time.perf_counter() - start
            assert again.added == 0, again
    finally:
        store.close()
    return first, second


def _median(fn: Callable[[], float], repeat: int) -> float:
    return statistics.median(fn() for _ in range(repeat))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print a table and write JSON to bench/results/."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="qoldau-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "registry.xlsx"
        start = time.perf_counter()
        generate(path, args.rows)
        gen = time.perf_counter() - start
        anchors, firsts, seconds = [], [], []
        for _ in range(args.repeat):
            # Interleaved, so a noisy moment hits both sides alike.
            anchors.append(anchor(path, folder))
            first, second = ours(path, folder, twice=True)
            firsts.append(first)
            seconds.append(second or 0.0)
        a, f, s = (statistics.median(x) for x in (anchors, firsts, seconds))
    rows = [
        ("anchor: calamine + sqlite3 executemany", a, 1.0),
        ("import into an empty store", f, f / a),
        ("re-import of the same file (no change)", s, s / a),
    ]
    print(f"registry import, {args.rows} rows, median of {args.repeat} (file made in {gen:.1f} s)")
    print(f"{'work':<42} {'time s':>8} {'ratio':>7}")
    for name, secs, ratio in rows:
        print(f"{name:<42} {secs:8.2f} {ratio:7.2f}")
    print(f"target: import <= 3.00x anchor -> {'OK' if f / a <= 3 else 'MISSED'}")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"registry_import-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(
        json.dumps(
            {
                "bench": "registry_import",
                "rows": args.rows,
                "repeat": args.repeat,
                "python": platform.python_version(),
                "machine": platform.machine(),
                "anchor_s": anchors,
                "import_s": firsts,
                "reimport_s": seconds,
                "ratio_import": f / a,
                "ratio_reimport": s / a,
                "target_ratio": 3.0,
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
