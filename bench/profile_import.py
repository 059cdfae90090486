"""Benchmark: an office's own register of 100,000 objects imported through a profile (§3.1).

The same objects as ``bench/registry_import.py`` are written twice: in the template and in an
office's layout (a title and a date above the table, Russian headers on row 3, a running number,
types in words, one display-code column, да/нет flags, half the dates typed with 'г.', KATO
codes as numbers, a notes column, an Итого row). Measured interleaved in the same run:

- **anchor**: python-calamine + raw ``sqlite3`` executemany of the own register (shared README);
- **template**: ``import_registry`` of the template file into a fresh store;
- **profile**: ``import_registry(..., profile=...)`` of the own register into a fresh store;
- **profile re-import**: the own register again (nothing changes).

Target (shared bench README, the import's): the profile import within 3x of the anchor.

Run from the project root:  .venv/bin/python bench/profile_import.py [--rows N] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from registry_import import (  # noqa: E402
    BENCH_PASSWORD,
    OFFICE,
    RESULTS,
    TODAY,
    generate,
)

from exporters.import_profile import ImportProfile, profile_from_json  # noqa: E402
from exporters.registry_import import import_registry  # noqa: E402
from models.setup import init_store  # noqa: E402

HEADER = [
    "№ п/п",
    "Наименование объекта",
    "Вид объекта",
    "Адрес",
    "КАТО",
    "Подлежит паспортизации",
    "Дата паспорта",
    "Статус доступности",
    "Требует адаптации",
    "Дата адаптации",
    "Дата включения в реестр",
    "Примечание",
]
TYPES = {
    "Школа": "EDU_SCHOOL",
    "Детский сад": "EDU_PRESCHOOL",
    "Школа-интернат": "EDU_BOARDING",
    "Спецорганизация образования": "EDU_SPECIAL",
}
DISPLAYS = ("ДП-В", "ДЧ-В", "ДУ", "ВНД", "ДП-И (О, Г, У); ДЧ-И (С)", "ДЧ-И (К, О)", "DU (K)")


def profile() -> ImportProfile:
    return profile_from_json(
        {
            "format": "qoldau-import-profile",
            "format_version": 1,
            "target": "objects",
            "sheet": "Реестр",
            "header_row": 3,
            "columns": {
                "name": "Наименование объекта",
                "object_type": "Вид объекта",
                "address": "Адрес",
                "kato": "КАТО",
                "subject_to_passportization": "Подлежит паспортизации",
                "passport_date": "Дата паспорта",
                "status_display": "Статус доступности",
                "requires_adaptation": "Требует адаптации",
                "adapted_date": "Дата адаптации",
                "registered_date": "Дата включения в реестр",
            },
            "values": {"object_type": TYPES},
        }
    )


def generate_own(path: Path, rows: int, seed: int = 1) -> None:
    """Write an office's own register of ``rows`` objects (xlsxwriter, constant memory)."""
    import xlsxwriter

    rnd = random.Random(seed)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Реестр")
    date_fmt = wb.add_format({"num_format": "dd.mm.yyyy"})
    ws.write_string(0, 0, "Реестр объектов социальной инфраструктуры Аккольского района")
    ws.write_string(1, 0, "по состоянию на 20.11.2026 г.")
    ws.write_row(2, 0, HEADER)
    base = date(2015, 1, 1)
    words = list(TYPES)
    for i in range(1, rows + 1):
        r = i + 2
        subject = rnd.random() < 0.9
        passported = subject and rnd.random() < 0.7
        pdate = base + timedelta(days=rnd.randint(0, 3500)) if passported else None
        requires = passported and rnd.random() < 0.5
        adapted = (
            pdate + timedelta(days=rnd.randint(1, 300)) if requires and rnd.random() < 0.5 else None
        )
        ws.write_number(r, 0, i)
        ws.write_string(r, 1, f"Мектеп № {i} «Болашақ»")
        ws.write_string(r, 2, rnd.choice(words))
        ws.write_string(r, 3, f"Ақкөл қ., Абай к-сі, {i}")
        ws.write_number(r, 4, int(f"1132{rnd.randint(10, 40):02d}{rnd.randint(100, 199):03d}"))
        ws.write_string(r, 5, "да" if subject else "нет")
        if pdate is not None:
            if i % 2:
                ws.write_datetime(r, 6, datetime.combine(pdate, datetime.min.time()), date_fmt)
            else:
                ws.write_string(r, 6, pdate.strftime("%d.%m.%Y г."))
            ws.write_string(r, 7, rnd.choice(DISPLAYS))
        ws.write_string(r, 8, "да" if requires else "нет")
        if adapted is not None and adapted <= TODAY:
            ws.write_datetime(r, 9, datetime.combine(adapted, datetime.min.time()), date_fmt)
        ws.write_datetime(
            r, 10, datetime.combine(base - timedelta(days=i % 900), datetime.min.time()), date_fmt
        )
        ws.write_string(r, 11, "")
    ws.write_string(rows + 3, 1, "Итого")
    ws.write_number(rows + 3, 4, rows)
    wb.close()


def anchor(path: Path, folder: Path) -> float:
    """Read the own register with python-calamine, then raw sqlite3 executemany of its rows."""
    import sqlite3

    from python_calamine import CalamineWorkbook

    db = folder / f"anchor-{time.monotonic_ns()}.sqlite"
    start = time.perf_counter()
    wb = CalamineWorkbook.from_path(str(path))
    cells = wb.get_sheet_by_name("Реестр").to_python(skip_empty_area=False)
    wb.close()
    width = len(HEADER)
    conn = sqlite3.connect(db)
    cols = ", ".join(f"c{i} TEXT" for i in range(width))
    conn.execute(f"CREATE TABLE registry (id INTEGER PRIMARY KEY, {cols})")
    marks = ", ".join("?" * width)
    names = ", ".join(f"c{i}" for i in range(width))
    with conn:
        conn.executemany(
            f"INSERT INTO registry ({names}) VALUES ({marks})",
            ([str(v) for v in (row + [""] * width)[:width]] for row in cells[3:-1]),
        )
    conn.close()
    return time.perf_counter() - start


def _import(
    path: Path, folder: Path, prof: ImportProfile | None, twice: bool = False
) -> tuple[float, float | None]:
    store, _recovery = init_store(
        folder / f"store-{time.monotonic_ns()}.sqlite", OFFICE, "admin", BENCH_PASSWORD
    )
    try:
        start = time.perf_counter()
        result = import_registry(store, path, user="bench", today=TODAY, profile=prof)
        first = time.perf_counter() - start
        assert result.added > 0, result
        second = None
        if twice:
            start = time.perf_counter()
            again = import_registry(store, path, user="bench", today=TODAY, profile=prof)
            second = time.perf_counter() - start
            assert again.added == 0, again
    finally:
        store.close()
    return first, second


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print a table and write JSON to bench/results/."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    prof = profile()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    with tempfile.TemporaryDirectory(prefix="qoldau-bench-") as tmp:
        folder = Path(tmp)
        template, own = folder / "registry.xlsx", folder / "own.xlsx"
        generate(template, args.rows)
        generate_own(own, args.rows)
        anchors, templates, profiles, again = [], [], [], []
        for _ in range(args.repeat):
            anchors.append(anchor(own, folder))
            templates.append(_import(template, folder, None)[0])
            first, second = _import(own, folder, prof, twice=True)
            profiles.append(first)
            again.append(second or 0.0)
        a, t, p, s = (statistics.median(x) for x in (anchors, templates, profiles, again))
    rows = [
        ("anchor: calamine + sqlite3 executemany", a, 1.0),
        ("template import into an empty store", t, t / a),
        ("profile import into an empty store", p, p / a),
        ("profile re-import (no change)", s, s / a),
    ]
    print(f"profile import, {args.rows} rows, median of {args.repeat}, load {load[0]:.1f}")
    print(f"{'work':<42} {'time s':>8} {'ratio':>7}")
    for name, secs, ratio in rows:
        print(f"{name:<42} {secs:8.2f} {ratio:7.2f}")
    print(f"profile / template: {p / t:.2f}")
    print(f"target: profile import <= 3.00x anchor -> {'OK' if p / a <= 3 else 'MISSED'}")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"profile_import-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(
        json.dumps(
            {
                "bench": "profile_import",
                "rows": args.rows,
                "repeat": args.repeat,
                "python": platform.python_version(),
                "machine": platform.machine(),
                "load_average": load,
                "anchor_s": anchors,
                "template_s": templates,
                "profile_s": profiles,
                "profile_reimport_s": again,
                "ratio_profile": p / a,
                "ratio_template": t / a,
                "profile_over_template": p / t,
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
