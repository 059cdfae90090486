"""kill -9 soak (issue 9): real work on a store, killed at a random moment, then checked.

Each round starts a subprocess doing real work: ``main.py import-registry`` of a generated
registry, ``main.py consolidate`` of a generated district package into a region store,
``main.py demo``, a loop of family form saves (``FamilyRepository.save_family``) or
``main.py backup``; kills it (and the workbook reader it spawned) with SIGKILL
(``Popen.kill``, TerminateProcess, on Windows) after a random delay; then checks:

- the store passes ``PRAGMA integrity_check`` (``corrupt`` otherwise);
- all-or-nothing by counts: every table holds either its count before the run or its count
  after an uninterrupted run (import, consolidation, demo); after form saves every table grew
  by the same whole number of saves; a backup target is absent or a complete store (integrity
  ``ok``, the source's counts) (``partial`` otherwise);
- leftovers (``.part`` files of a killed backup) are only ours, so the next start removes them
  (``models.litter``); they are counted as ``litter``.

Run from the project root:  .venv/bin/python tests/faults/soak.py --kills 60 [--seed 1]
A small sample runs in CI (tests/faults/test_soak.py).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlcipher3 import dbapi2 as sqlcipher  # noqa: E402

from tests.accounts import TEST_KEY, TEST_PASSWORD  # noqa: E402
from tests.store_templates import raw_connect, table_counts  # noqa: E402

KINDS = ("import", "consolidate", "demo", "saves", "backup")
DISTRICT = ("113200000", "district", "Ақкөл ауданы", "Аккольский район")
REGION = ("110000000", "region", "Ақмола облысы", "Акмолинская область")
#: A period that has ended, so it can be approved (reporting.md §6.1) before its export.
PERIOD = "2025"
REGISTRY_ROWS = 300
DEMO = ["--passports", "60", "--families", "20", "--seed", "7"]

Counts = dict[str, int]


def counts(db: Path) -> Counts:
    """Rows of every table of ``db`` (opened read-write so a ``-wal`` is applied as SQLite does)."""
    return table_counts(db)


def integrity(db: Path) -> str:
    """``PRAGMA integrity_check`` of ``db``: "ok" or the first problem."""
    try:
        conn = raw_connect(db)
        try:
            return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            conn.close()
    except sqlcipher.Error as exc:
        return f"unreadable: {exc}"


def main_py(*args: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), *args]


def run(cmd: list[str], env: dict[str, str]) -> float:
    """Run ``cmd`` to its end (it must succeed); return its duration in seconds."""
    start = time.monotonic()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[2:4]} failed: {done.stderr.strip()}")
    return time.monotonic() - start


def copy_store(src: Path, dst: Path) -> Path:
    """Copy a closed store with its key file."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    shutil.copyfile(src.with_name(src.name + ".keys"), dst.with_name(dst.name + ".keys"))
    return dst


# --------------------------------------------------------------------------- the child


def saves_child(db: Path) -> None:
    """Save families in a loop until killed (each save is one transaction of a form)."""
    from models.families.dto import FamilyDraft, MemberDraft
    from models.families.repository import FamilyRepository
    from models.setup import open_store

    member = MemberDraft(
        surname="Қасымов",
        given_name="Нұрлан",
        patronymic="Ержанұлы",
        relation="APPLICANT",
        birth_date=date(1990, 5, 1),
        sex="M",
        no_iin_reason="NOT_ISSUED",
    )
    draft = FamilyDraft(
        kato="113220100",
        address="Ақкөл қ., Әуезов к-сі, 12",
        phone="+7 701 000 00 00",
        rural=False,
        housing_type="RENTED",
        heating_type="STOVE_COAL",
        co_detector="no",
        categories=("LOW_INCOME",),
        map_level="D",
        map_level_date=date(2026, 9, 1),
        map_level_source="ОЦК тізімі",
        legal_basis="CONSENT",
        consent_form="WRITTEN",
        consent_date=date(2026, 10, 5),
        consent_recorded_by="aigerim",
        members=(member,),
    )
    store = open_store(db, TEST_KEY)
    repo = FamilyRepository(store)
    ctx = repo.context(date(2026, 11, 20))
    n = int(os.environ.get("QOLDAU_SOAK_SAVES", "0")) or None
    i = 0
    while n is None or i < n:
        i += 1
        repo.save_family(replace(draft, address=f"Ақкөл қ., Әуезов к-сі, {i}"), ctx, "aigerim")
    store.close()


# --------------------------------------------------------------------------- the soak


@dataclass
class Kind:
    """One kind of work: how to start it on a fresh copy, and what a full run adds."""

    name: str
    duration: float = 0.0
    before: Counts = field(default_factory=dict)
    after: Counts = field(default_factory=dict)


def write_registry(path: Path, rows: int, rnd: random.Random) -> None:
    """Write a registry of ``rows`` objects in the template of reporting.md §3 (openpyxl)."""
    from openpyxl import Workbook

    from exporters.registry_import import ALL_COLUMNS

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("registry")
    ws.append(list(ALL_COLUMNS))
    for i in range(1, rows + 1):
        passported = rnd.random() < 0.7
        status = rnd.choice(("DP_V", "DP_I", "DCH_I", "DU", "VND")) if passported else None
        requires = 1 if passported and status != "DP_V" and rnd.random() < 0.5 else 0
        ws.append(
            [
                f"REF-{i:06d}",
                "113220100",
                f"Мектеп № {i}",
                "EDU_SCHOOL",
                f"Абай к-сі, {i}",
                1,
                f"{rnd.randint(1, 28):02d}.0{rnd.randint(1, 9)}.20{rnd.randint(16, 25)}"
                if passported
                else None,
                *([status] * 5 if passported else [None] * 5),
                requires,
                None,
            ]
        )
    wb.save(path)


@dataclass
class Soak:
    work: Path
    env: dict[str, str]
    rnd: random.Random
    kinds: dict[str, Kind] = field(default_factory=dict)
    results: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    round: int = 0

    # ---- set-up (nothing killed)

    def setup(self) -> None:
        from models.reference.dto import OfficeDTO
        from tests.store_templates import StoreTemplates

        w = self.work
        # Encrypted with the tests' key, so the soak can count rows in every store it makes
        # (``main.py init`` would give each a key of its own, shown once).
        templates = StoreTemplates(w / "templates")
        (w / "templates").mkdir()
        for path, office in ((w / "district.sqlite", DISTRICT), (w / "region.sqlite", REGION)):
            templates.new_file(path, OfficeDTO(*office), "admin")
        write_registry(w / "registry.xlsx", REGISTRY_ROWS, random.Random(3))
        # A district with data: the source of the package and of every backup.
        full = copy_store(w / "district.sqlite", w / "full.sqlite")
        run(main_py("demo", "--db", str(full), "--user", "admin", *DEMO), self.env)
        # A region consolidates approved packages only (reporting.md §6.2).
        run(main_py("approve", "--db", str(full), "--user", "admin", "--period", PERIOD), self.env)
        (w / "package").mkdir()
        run(
            main_py(
                "export",
                "--db",
                str(full),
                "--user",
                "admin",
                "--period",
                PERIOD,
                "--out",
                str(w / "package"),
            ),
            self.env,
        )
        self.manifest = next((w / "package").glob("*.manifest.json"))
        (w / "usb").mkdir()
        self.saves_db = copy_store(w / "district.sqlite", w / "saves.sqlite")
        for name in KINDS:
            self.kinds[name] = self.reference(name)

    def command(self, kind: str, db: Path, target: Path | None = None) -> list[str]:
        if kind == "import":
            return main_py(
                "import-registry",
                "--db",
                str(db),
                "--user",
                "admin",
                str(self.work / "registry.xlsx"),
            )
        if kind == "consolidate":
            return main_py(
                "consolidate", "--db", str(db), "--user", "admin", "--yes", str(self.manifest)
            )
        if kind == "demo":
            return main_py("demo", "--db", str(db), "--user", "admin", *DEMO)
        if kind == "saves":
            return [sys.executable, str(Path(__file__).resolve()), "--child-saves", str(db)]
        assert kind == "backup" and target is not None
        return main_py("backup", "--db", str(db), "--user", "admin", "--out", str(target))

    def base(self, kind: str) -> str:
        return {"import": "district", "consolidate": "region", "demo": "district"}[kind]

    def reference(self, kind: str) -> Kind:
        """Run ``kind`` once uninterrupted: its duration and the counts it leaves."""
        k = Kind(kind)
        if kind == "saves":
            db = copy_store(self.work / "district.sqlite", self.work / "ref-saves.sqlite")
            k.before = counts(db)
            env = {**self.env, "QOLDAU_SOAK_SAVES": "1"}
            k.duration = run(self.command(kind, db), env) * 3
            k.after = counts(db)
        elif kind == "backup":
            target = self.work / "ref-backup.qoldau-backup"
            k.duration = run(self.command(kind, self.work / "full.sqlite", target), self.env)
            k.before = k.after = counts(self.work / "full.sqlite")
        else:
            db = copy_store(
                self.work / f"{self.base(kind)}.sqlite", self.work / f"ref-{kind}.sqlite"
            )
            k.before = counts(db)
            k.duration = run(self.command(kind, db), self.env)
            k.after = counts(db)
            if k.after == k.before:
                raise RuntimeError(f"{kind} changed nothing: no all-or-nothing to check")
        return k

    # ---- one round

    def kill_after(self, cmd: list[str], delay: float) -> bool:
        """Start ``cmd``, SIGKILL it and its children after ``delay`` s; False if it ended first."""
        posix = os.name == "posix"
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=posix,
        )
        try:
            proc.wait(timeout=delay)
            return False
        except subprocess.TimeoutExpired:
            pass
        if posix:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        proc.wait()
        return True

    def one(self, kind: str) -> None:
        self.round += 1
        k = self.kinds[kind]
        delay = self.rnd.uniform(0.1, max(k.duration, 0.5) * 1.1)
        target: Path | None = None
        if kind == "saves":
            db = self.saves_db
        elif kind == "backup":
            db = self.work / "full.sqlite"
            target = self.work / "usb" / f"backup-{self.round:03d}.qoldau-backup"
        else:
            db = copy_store(
                self.work / f"{self.base(kind)}.sqlite",
                self.work / "runs" / f"{self.round:03d}-{kind}.sqlite",
            )
        before = counts(db) if kind == "saves" else k.before
        killed = self.kill_after(self.command(kind, db, target), delay)
        self.results["kills" if killed else "finished"] += 1
        self.by_kind[kind] += 1
        where = (
            f"round {self.round} ({kind}, {'killed' if killed else 'finished'} at {delay:.2f} s)"
        )
        state = integrity(db)
        if state != "ok":
            self.results["corrupt"] += 1
            self.problems.append(f"{where}: store corrupt: {state}")
            return
        now = counts(db)
        if kind == "saves":
            ok = self.whole_saves(before, now, k)
        elif kind == "backup":
            assert target is not None
            ok = self.check_backup(target, k, where)
        else:
            ok = now in (k.before, k.after)
        if not ok:
            self.results["partial"] += 1
            self.problems.append(f"{where}: partial: {self.diff(k.before, now, k.after)}")
        if kind != "saves" and kind != "backup":
            db.unlink()
            for side in ("-wal", "-shm", "-journal", ".keys"):
                db.with_name(db.name + side).unlink(missing_ok=True)

    @staticmethod
    def whole_saves(before: Counts, now: Counts, k: Kind) -> bool:
        """Every table grew by the same whole number of saves (0 included)."""
        delta = {t: k.after[t] - k.before[t] for t in k.after}
        saves = {
            (now[t] - before[t]) // d if d else 0
            for t, d in delta.items()
            if now[t] - before[t] or d
        }
        if len(saves) != 1:
            return False
        n = saves.pop()
        return all(now[t] - before[t] == n * d for t, d in delta.items())

    def check_backup(self, target: Path, k: Kind, where: str) -> bool:
        from models.litter import STALE_AFTER_S, is_ours, remove_stale

        usb = target.parent
        others = [p for p in usb.iterdir() if p.name.startswith(".")]
        if others:
            self.results["litter"] += len(others)
            foreign = [p for p in others if not is_ours(p)]
            if foreign:
                self.problems.append(f"{where}: leftovers not ours: {[p.name for p in foreign]}")
                return False
            # The next start, an hour on, removes them.
            remove_stale([usb], now=time.time() + STALE_AFTER_S + 1)
            if any(p.exists() for p in others):
                self.problems.append(f"{where}: leftovers not removed at the next start")
                return False
        if not target.exists():
            return not any(target.with_name(target.name + s).exists() for s in ("-wal", "-journal"))
        from models.store.backup_file import restore_backup

        restored = self.work / "restored" / f"{target.stem}.sqlite"
        restore_backup(target, restored, "admin", TEST_PASSWORD)  # checks it whole
        return integrity(restored) == "ok" and counts(restored) == k.after

    @staticmethod
    def diff(before: Counts, now: Counts, after: Counts) -> str:
        return ", ".join(
            f"{t} {before.get(t)}->{now.get(t)} (full {after.get(t)})"
            for t in sorted(now)
            if now.get(t) not in (before.get(t), after.get(t)) or before.get(t) != after.get(t)
        )[:400]

    def summary(self) -> str:
        r = self.results
        kinds = " ".join(
            f"{k}={self.by_kind[k]} (full run {self.kinds[k].duration:.1f} s)"
            for k in KINDS
            if k in self.kinds
        )
        return (
            f"soak: kills={r['kills']} finished={r['finished']} corrupt={r['corrupt']} "
            f"partial={r['partial']} litter={r['litter']} (removed at the next start) [{kinds}]"
        )


def soak(kills: int, seed: int, work: Path | None = None) -> Soak:
    """Run ``kills`` rounds, the kinds in turn, and return the soak with its results."""
    own = work is None
    folder = Path(tempfile.mkdtemp(prefix="qoldau-soak-")) if work is None else work
    env = {
        **os.environ,
        "QOLDAU_USER": "admin",
        "QOLDAU_PASSWORD": TEST_PASSWORD,
        "PYTHONPATH": str(ROOT),
    }
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        env[var] = str(folder / "home" / sub)
    s = Soak(folder, env, random.Random(seed))
    try:
        s.setup()
        for i in range(kills):
            s.one(KINDS[i % len(KINDS)])
    finally:
        if own:
            shutil.rmtree(folder, ignore_errors=True)
    return s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=60, help="rounds (each one kill attempt)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child-saves", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_saves is not None:
        saves_child(args.child_saves)
        return 0
    s = soak(args.kills, args.seed)
    for problem in s.problems:
        print(problem)  # noqa: T201
    print(s.summary())  # noqa: T201
    return 1 if s.results["corrupt"] or s.results["partial"] else 0


if __name__ == "__main__":
    sys.exit(main())
