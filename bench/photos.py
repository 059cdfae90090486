"""Benchmark: a store with thousands of photos stays fast (issue 12).

Builds a district store with P objects, each with a passport of N photos (default 60 x 50 =
3,000 photos) of 150-300 KB each (random bytes: the store never decodes a picture, and a JPEG
does not compress further), saved through ``ObjectRepository.save_passport`` as the form saves
them. Then times, as the median of several runs:

- opening a passport with its N photos (``get_passport``: thumbnails only), against the anchor
  of a raw keyed sqlite3 read of the same photo rows;
- the objects register's first rows (``ObjectTableModel`` and its first fetch);
- reading one picture (``PhotoRepository.picture``), against a raw read of its row;

and reports the store file's size.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/photos.py [--passports 60 --photos 50]

Prints a table and writes ``bench/results/photos.json``.
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
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QModelIndex  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_stores import new_bench_store, raw  # noqa: E402
from models.objects.context import validation_context  # noqa: E402
from models.objects.dto import ObjectDraft, PassportDraft, PhotoDraft, ZoneDraft  # noqa: E402
from models.objects.photos import PhotoRepository  # noqa: E402
from models.objects.repository import ObjectRepository  # noqa: E402
from models.objects.tables import CATEGORIES, ZONES  # noqa: E402
from models.reference.dto import OfficeDTO  # noqa: E402
from models.store.db import Store  # noqa: E402
from ui.objects.table_model import ObjectTableModel  # noqa: E402

OFFICE = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")
THUMBNAIL = b"\xff\xd8" + bytes(range(256)) * 24  # ~6 KB, a 160 px JPEG's size


def build_store(path: Path, passports: int, photos: int, seed: int = 12) -> Store:
    """Create a store with ``passports`` objects, each with a passport of ``photos`` photos."""
    rng = random.Random(seed)
    store = new_bench_store(path, OFFICE)
    repo = ObjectRepository(store)
    ctx = validation_context(store, date.today())
    levels = dict.fromkeys(CATEGORIES, "FULL")
    for i in range(passports):
        oid = repo.save(
            ObjectDraft(name=f"№{i + 1} мектеп", object_type="EDU_SCHOOL", kato="113220100"),
            ctx,
            "admin",
        )
        drafts = tuple(
            PhotoDraft(
                number=n + 1,
                zone=ZONES[n % len(ZONES)],
                caption=f"Фото {n + 1}",
                taken_on=date(2026, 4, 10),
                data=rng.randbytes(rng.randint(150_000, 300_000)),
                width=1600,
                height=1200,
                thumbnail=THUMBNAIL,
                source_name=f"IMG_{n:04d}.JPG",
            )
            for n in range(photos)
        )
        repo.save_passport(
            oid,
            PassportDraft(
                inspection_date=date(2026, 4, 10),
                passport_date=date(2026, 4, 20),
                zones=(ZoneDraft("ENTRANCE", dict(levels)),),
                suggested=dict(levels),
                statuses=dict.fromkeys(CATEGORIES, "DP_V"),
                photos=drafts,
            ),
            ctx,
            "admin",
        )
    return store


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``fn`` in ms over ``runs`` runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    """Build the store, time the reads, print and save the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passports", type=int, default=60)
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication([])
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        t0 = time.perf_counter()
        store = build_store(path, args.passports, args.photos)
        build_s = time.perf_counter() - t0
        repo = ObjectRepository(store)
        pictures = PhotoRepository(store)
        conn = raw(path)
        pid = conn.execute("SELECT max(id) FROM passport").fetchone()[0]
        photo_id = conn.execute(
            "SELECT id FROM photo WHERE passport_id = ? ORDER BY number LIMIT 1 OFFSET ?",
            (pid, args.photos // 2),
        ).fetchone()[0]

        def anchor_rows() -> int:
            cur = conn.execute(
                "SELECT id, number, zone, element, caption, taken_on, mime, width, height, "
                "thumbnail, source_name FROM photo WHERE passport_id = ? ORDER BY number",
                (pid,),
            )
            return len(cur.fetchall())

        def open_passport() -> int:
            return len(repo.get_passport(pid).photos)

        def first_rows() -> int:
            model = ObjectTableModel(store, lang="kk")
            model.fetchMore(QModelIndex())
            return model.rowCount()

        def anchor_picture() -> int:
            cur = conn.execute("SELECT data FROM photo_data WHERE photo_id = ?", (photo_id,))
            return len(cur.fetchone()[0])

        assert open_passport() == args.photos
        results["anchor: raw read of the passport's photo rows"] = median_ms(anchor_rows, args.runs)
        results["get_passport with its photos (thumbnails)"] = median_ms(open_passport, args.runs)
        results["objects register first rows"] = median_ms(first_rows, args.runs)
        results["anchor: raw read of one picture"] = median_ms(anchor_picture, args.runs)
        results["PhotoRepository.picture"] = median_ms(
            lambda: pictures.picture(photo_id), args.runs
        )
        conn.close()
        store.close()
        size_mb = path.stat().st_size / 1_000_000
    photos_total = args.passports * args.photos
    width = max(len(k) for k in results)
    print(f"{photos_total} photos in {args.passports} passports, store built in {build_s:.1f} s")
    for name, ms in results.items():
        print(f"{name:<{width}}  {ms:9.2f} ms")
    print(f"{'store file':<{width}}  {size_mb:9.1f} MB")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "photos.json").write_text(
        json.dumps(
            {
                "when": datetime.now().isoformat(timespec="seconds"),
                "machine": platform.platform(),
                "passports": args.passports,
                "photos_per_passport": args.photos,
                "build_s": build_s,
                "store_mb": size_mb,
                "ms": results,
            },
            indent=2,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
