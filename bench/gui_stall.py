"""Benchmark: how long the GUI thread stalls while a long job runs in a worker (shared README).

Target: "GUI thread stall during import, export, consolidation, backup: never > 100 ms". Each
job runs through the app's own worker path, as the dialogs do: a ``ui.workers.Worker`` started
by a ``ui.workers.JobRunner`` (a one-thread ``QThreadPool``), its progress signal driving a
``QProgressBar`` in the GUI thread. Meanwhile a 10 ms ``QTimer`` (precise) in the GUI thread
records the gaps between its ticks: the largest gap is the longest the GUI could not paint or
answer a key. The same meter on an idle event loop is the baseline (the timer's own jitter).

Jobs (sizeable data, built beforehand and not timed):

- **import**: ``exporters.registry_import.import_registry`` of a 100,000-row registry into a new
  store (the file made as ``bench/registry_import.py`` makes it);
- **export figures** and **export package**: ``models.reporting.report.compute_report`` then
  ``exporters.package.write_package`` on a district store with 100,000 passported objects (the
  store ``bench/package_export.py`` builds);
- **consolidation**: ``exporters.package_receive.receive_package`` of that 100,000-object
  package into a region store;
- **backup**: ``models.store.db.backup_to`` of the 100,000-object store.

Python's GIL lets one thread run Python at a time; the interpreter hands it over every 5 ms
(``sys.getswitchinterval()``), but C code that holds it longer (a parser building Python
objects, say) stalls the GUI thread for as long as it holds it.

Run from the project root::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_stall.py [--rows 100000] [--objects 100000]
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QProgressBar  # noqa: E402

from ui.workers import JobRunner, Worker  # noqa: E402

TODAY = date(2026, 11, 20)
TICK_MS = 10
TARGET_MS = 100.0
RESULTS = HERE / "results"


def git_state() -> dict[str, object]:
    """The commit measured, and the product files changed in the working tree (not committed)."""
    import subprocess

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.rstrip()

    dirty = git("status", "--porcelain", "--", "models", "exporters", "ui", "cli").splitlines()
    return {"head": git("rev-parse", "--short", "HEAD"), "uncommitted": [d[3:] for d in dirty]}


class GcPauses:
    """Full-pause garbage collections (``gc.callbacks``): a collection holds the GIL throughout."""

    def __init__(self) -> None:
        self.pauses: list[tuple[int, float]] = []
        self._start = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        elif (ms := (time.perf_counter() - self._start) * 1000) > 20:
            self.pauses.append((info["generation"], round(ms, 1)))

    def take(self) -> list[tuple[int, float]]:
        """Return the pauses over 20 ms since the last call (generation, ms) and forget them."""
        pauses, self.pauses = self.pauses, []
        return pauses


GC = GcPauses()


class StallMeter(QObject):
    """A 10 ms precise timer in the GUI thread that keeps the gaps between its ticks."""

    def __init__(self, stacks: TextIO | None = None) -> None:
        super().__init__()
        #: With a file, a C watchdog (faulthandler) dumps every thread's stack there whenever
        #: the GUI thread misses its tick for longer than the target: where the worker held on.
        self.stacks = stacks
        self.label = ""
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.gaps: list[float] = []
        #: (seconds into the job, gap ms, last progress seen) of each gap over 50 ms.
        self.long_gaps: list[tuple[float, float, str]] = []
        self.last_progress = ""
        self._first = self._last = 0.0

    def start(self) -> None:
        """Forget earlier gaps and start ticking."""
        GC.take()
        self.gaps = []
        self.long_gaps = []
        self.last_progress = ""
        self._first = self._last = time.perf_counter()
        if self.stacks is not None:
            self.stacks.write(f"\n===== {self.label}\n")
            self.stacks.flush()
        self.timer.start()

    def stop(self) -> None:
        """Stop ticking, counting the gap up to now."""
        self._on_timer_timeout()
        self.timer.stop()
        if self.stacks is not None:
            faulthandler.cancel_dump_traceback_later()

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self.gaps.append(gap)
        if gap > 50:
            self.long_gaps.append((round(now - self._first, 2), round(gap, 1), self.last_progress))
        self._last = now
        if self.stacks is not None:
            faulthandler.dump_traceback_later(TARGET_MS / 1000, file=self.stacks)

    def summary(self) -> dict[str, Any]:
        """Largest gap, its 99th percentile and how many gaps passed 50 and 100 ms."""
        gaps = sorted(self.gaps)
        return {
            "max_gap_ms": round(gaps[-1], 1),
            "p99_gap_ms": round(gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))], 1),
            "ticks": len(gaps),
            "gaps_over_50ms": sum(g > 50 for g in gaps),
            "gaps_over_100ms": sum(g > TARGET_MS for g in gaps),
            "stalled_s": round(sum(g for g in gaps if g > TARGET_MS) / 1000, 1),
            "long_gaps": self.long_gaps,
            "gc_pauses_over_20ms": GC.take(),
        }


def run_job(
    meter: StallMeter, runner: JobRunner, bar: QProgressBar, label: str, fn: Callable[..., Any]
) -> dict[str, Any]:
    """Run ``fn`` in a Worker through ``runner`` while the meter ticks; return the figures."""
    meter.label = label
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    worker = Worker(fn)

    def progress(done: int, total: int) -> None:
        meter.last_progress = f"{done}/{total}"
        bar.setRange(0, max(total, 1))
        bar.setValue(done)

    def finished(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: object) -> None:
        outcome["error"] = repr(exc)
        loop.quit()

    worker.signals.progress.connect(progress)
    worker.signals.finished.connect(finished)
    worker.signals.failed.connect(failed)
    meter.start()
    start = time.perf_counter()
    runner.start(worker)
    loop.exec()
    seconds = time.perf_counter() - start
    meter.stop()
    if "error" in outcome:
        raise RuntimeError(outcome["error"])
    return {"job_s": round(seconds, 1), **meter.summary(), "result": outcome["result"]}


def idle(meter: StallMeter, seconds: float) -> dict[str, Any]:
    """The meter on an idle event loop for ``seconds``: the baseline."""
    loop = QEventLoop()
    meter.label = "idle"
    meter.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    meter.stop()
    return {"job_s": seconds, **meter.summary()}


def main(argv: list[str] | None = None) -> int:
    """Build the data, run each job under the meter, print a table and write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="registry rows to import")
    parser.add_argument("--objects", type=int, default=100_000, help="objects in the package")
    parser.add_argument(
        "--stacks",
        action="store_true",
        help="dump all thread stacks to bench/results/gui_stall-stacks.txt at each stall",
    )
    args = parser.parse_args(argv)

    from package_export import build_store
    from registry_import import OFFICE, generate

    from bench.bench_stores import new_bench_store, open_bench
    from exporters.package import write_package
    from exporters.package_receive import receive_package
    from exporters.registry_import import import_registry
    from models.reference.dto import OfficeDTO
    from models.reporting.periods import parse_period
    from models.reporting.report import compute_report
    from models.store.db import backup_to

    app = QApplication.instance() or QApplication([])
    bar = QProgressBar()
    bar.show()
    RESULTS.mkdir(exist_ok=True)
    stacks = (RESULTS / "gui_stall-stacks.txt").open("w") if args.stacks else None
    meter = StallMeter(stacks)
    runner = JobRunner()
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="qoldau-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        registry = folder / "registry.xlsx"
        generate(registry, args.rows)
        district_db = folder / "district.sqlite"
        build_store(district_db, args.objects)
        district = open_bench(district_db)
        target = new_bench_store(folder / "import.sqlite", OFFICE)
        region = new_bench_store(
            folder / "region.sqlite",
            OfficeDTO("110000000", "region", "Ақмола облысы", "Акмолинская область"),
        )
        (folder / "out").mkdir()
        build_s = time.perf_counter() - t0
        print(f"data built in {build_s:.0f} s")

        results["idle event loop (baseline)"] = idle(meter, 3.0)
        results["import registry"] = run_job(
            meter,
            runner,
            bar,
            "import registry",
            lambda progress, is_cancelled: (
                import_registry(
                    target,
                    registry,
                    user="bench",
                    today=TODAY,
                    progress=progress,
                    is_cancelled=is_cancelled,
                ).added
            ),
        )
        figures = run_job(
            meter,
            runner,
            bar,
            "export: figures",
            lambda progress, is_cancelled: compute_report(
                district, parse_period("2026"), today=TODAY
            ),
        )
        data = figures.pop("result")
        results["export: figures (compute_report)"] = {**figures, "result": len(data.a3)}
        exported = run_job(
            meter,
            runner,
            bar,
            "export: write_package",
            lambda progress, is_cancelled: write_package(
                data,
                folder / "out",
                app_version="bench",
                progress=progress,
                is_cancelled=is_cancelled,
            ),
        )
        manifest = exported["result"]
        results["export: write_package"] = {**exported, "result": manifest.name}
        received = run_job(
            meter,
            runner,
            bar,
            "consolidation: receive_package",
            lambda progress, is_cancelled: receive_package(
                region, manifest, user="bench", confirm_replace=False
            ),
        )
        assert received["result"].imported, received["result"].refusal
        results["consolidation: receive_package"] = {**received, "result": "imported"}
        results["backup (backup_to)"] = run_job(
            meter,
            runner,
            bar,
            "backup",
            lambda progress, is_cancelled: (
                backup_to(district.engine, folder / "backup.sqlite").stat().st_size
            ),
        )
        runner.wait()
        for store in (district, target, region):
            store.close()
    bar.close()
    if stacks is not None:
        stacks.close()
    del app

    print(f"registry {args.rows} rows, package {args.objects} objects; timer every {TICK_MS} ms")
    print(
        f"{'job':<34} {'job s':>7} {'max gap ms':>11} {'p99 ms':>7} {'>50ms':>6} "
        f"{'>100ms':>7} {'stalled s':>10}  target"
    )
    for name, r in results.items():
        verdict = "" if "baseline" in name else ("ok" if r["max_gap_ms"] <= TARGET_MS else "MISS")
        print(
            f"{name:<34} {r['job_s']:7.1f} {r['max_gap_ms']:11.1f} {r['p99_gap_ms']:7.1f} "
            f"{r['gaps_over_50ms']:6d} {r['gaps_over_100ms']:7d} {r['stalled_s']:10.1f}  {verdict}"
        )
    for name, r in results.items():
        if r["long_gaps"]:
            print(f"{name}: gaps > 50 ms (s into the job, ms, last progress):", r["long_gaps"])
            print(f"  garbage collections > 20 ms (generation, ms): {r['gc_pauses_over_20ms']}")
    out = RESULTS / f"gui_stall-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(
        json.dumps(
            {
                "bench": "gui_stall",
                "git": git_state(),
                "rows": args.rows,
                "objects": args.objects,
                "tick_ms": TICK_MS,
                "target_ms": TARGET_MS,
                "switch_interval_ms": sys.getswitchinterval() * 1000,
                "build_s": round(build_s, 1),
                "jobs": results,
                "python": platform.python_version(),
                "machine": platform.machine(),
                "when": datetime.now().isoformat(timespec="seconds"),
            },
            ensure_ascii=False,
            indent=2,
            default=str,
        ),
        encoding="utf-8",
    )
    print(f"written {out}")
    ok = all(r["max_gap_ms"] <= TARGET_MS for n, r in results.items() if "baseline" not in n)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
