"""Write the fixture store of a released schema revision for the migration tests.

Usage: ``python tools/make_fixture_store.py [OUT]`` (default
``tests/migrations/fixtures/store_0001.sqlite``).

The store is built at revision 0001 exactly as that release left it: the schema comes from the
0001 Alembic revision (not from today's models), and rows are written with plain SQL naming the
0001 columns, so the script keeps producing the same file when later revisions change the
models. Every value (UUIDs, timestamps, ids) is fixed, so the tests can check them by hand.
Run it again only to rebuild the 0001 fixture; a later release gets its own script revision
constant and file.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402

from models.store.db import MIGRATIONS_DIR  # noqa: E402

REVISION = "0001"
DEFAULT_OUT = ROOT / "tests" / "migrations" / "fixtures" / f"store_{REVISION}.sqlite"
AT = "2025-03-14 09:30:00.000000"
LATER = "2025-06-02 15:45:10.000000"


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _stamp(n: int, by: str = "aigerim") -> dict[str, object]:
    return {
        "uuid": _uuid(n),
        "created_at": AT,
        "created_by": by,
        "updated_at": LATER,
        "updated_by": by,
    }


# Rows per table, in insertion order (foreign keys point backwards only).
ROWS: list[tuple[str, dict[str, object]]] = [
    (
        "office",
        {
            "id": 1,
            "kato": "113200000",
            "level": "district",
            "name_kk": "Ақкөл ауданы",
            "name_ru": "Аккольский район",
            **_stamp(1, "admin"),
        },
    ),
    (
        "app_user",
        {
            "id": 1,
            "login": "admin",
            "display_name": "Әйгерім Сәрсенбаева",
            "role": "admin",
            "password_hash": None,
            "active": 1,
            **_stamp(2, "admin"),
        },
    ),
    # Two code-list entries, one with a label corrected by the administrator: the migration
    # and the seeding on open must keep it, and add the entries that are missing.
    (
        "code_item",
        {
            "id": 1,
            "list_name": "object_types",
            "code": "EDU_SCHOOL",
            "kk": "жалпы білім беретін мектеп (түзетілді)",
            "ru": "общеобразовательная школа",
            "en": "general education school",
            "note": "",
            "sort_order": 1,
            "active": 1,
            **_stamp(3),
        },
    ),
    (
        "code_item",
        {
            "id": 2,
            "list_name": "regions",
            "code": "11",
            "kk": "Ақмола облысы",
            "ru": "Акмолинская область",
            "en": "Akmola Region",
            "note": "",
            "sort_order": 1,
            "active": 1,
            **_stamp(4),
        },
    ),
    (
        "norm_rule",
        {
            "id": 1,
            "check_code": "RAMP_SLOPE",
            "zones": "TERRITORY ENTRANCE INTERIOR",
            "operator": "<=",
            "value": 6.0,
            "unit": "%",
            "document": "СП РК 3.06-101-2012* (27.11.2019)",
            "clause": "4.3.2.30",
            "categories": "K O",
            "severity": "warning",
            "min_physical": 0.0,
            "max_physical": 100.0,
            **_stamp(5),
        },
    ),
    ("setting", {"id": 1, "key": "reinspection_interval_years", "value": "5", **_stamp(6)}),
    (
        "settlement",
        {
            "id": 1,
            "kato": "113220100",
            "name_kk": "Ақкөл қаласы",
            "name_ru": "город Акколь",
            "rural": 0,
            **_stamp(7),
        },
    ),
]

_OBJECT_DEFAULTS: dict[str, object] = {
    "object_ref": None,
    "address": "",
    "owner_name": "",
    "owner_bin": "",
    "responsible_body": "",
    "floors": None,
    "year_built": None,
    "residential": 0,
    "subject_to_passportization": 1,
    "exclusion_reason": "",
    "exclusion_date": None,
    "registered_date": "2025-03-14",
    "deregistered_date": None,
    "current_passport_id": None,
}
ROWS += [
    (
        "infra_object",
        {
            **_OBJECT_DEFAULTS,
            "id": 1,
            "object_ref": "R-001",
            "kato": "113220100",
            "name": "№1 Ақкөл мектеп-гимназиясы",
            "object_type": "EDU_SCHOOL",
            "address": "Ақкөл қ., Әуезов к-сі, 12",
            "owner_bin": "090740001237",
            "floors": 3,
            "year_built": 1975,
            "search_key": "№1 ақкөл мектеп-гимназиясы ақкөл қ., әуезов к-сі, 12",
            **_stamp(10),
        },
    ),
    (
        "infra_object",
        {
            **_OBJECT_DEFAULTS,
            "id": 2,
            "kato": "113220100",
            "name": "Ақкөл аудандық емханасы",
            "object_type": "HEALTH_POLYCLINIC",
            "address": "Ақкөл қ., Абай к-сі, 5",
            "search_key": "ақкөл аудандық емханасы ақкөл қ., абай к-сі, 5",
            **_stamp(11),
        },
    ),
    (
        "infra_object",
        {
            **_OBJECT_DEFAULTS,
            "id": 3,
            "kato": "113220100",
            "name": "Ескі монша",
            "object_type": "TRADE_SHOP",
            "subject_to_passportization": 0,
            "exclusion_reason": "due for demolition",
            "exclusion_date": "2025-04-01",
            "search_key": "ескі монша",
            **_stamp(12),
        },
    ),
]

_LEVELS = ("k", "o", "s", "g", "u")


def _passport(pid: int, object_id: int, version: int, **values: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": pid,
        "object_id": object_id,
        "version": version,
        "number": "",
        "commission": "",
        "conclusion": "",
        "override_note": "",
        "requires_adaptation": 0,
        "adapted_date": None,
        "adaptation_cost": None,
        "alternative_service": "",
        "inspection_date": None,
        **{f"service_form_{c}": "" for c in _LEVELS},
        **{f"suggested_{c}": "" for c in _LEVELS},
        **{f"status_{c}": "" for c in _LEVELS},
        **_stamp(100 + pid),
    }
    row.update(values)
    return row


def _levels(*levels: str) -> dict[str, object]:
    return {f"level_{c}": lv for c, lv in zip(_LEVELS, levels, strict=True)}


ROWS += [
    # The school: one passport, entrance inaccessible for wheelchairs, adaptation done.
    (
        "passport",
        _passport(
            1,
            1,
            1,
            number="П-1/2025",
            inspection_date="2025-04-10",
            passport_date="2025-04-20",
            commission="Аудандық комиссия",
            requires_adaptation=1,
            adapted_date="2025-09-01",
            adaptation_cost="1250000.00",
            service_form_k="DU",
            **{
                f"suggested_{c}": lv
                for c, lv in zip(
                    _LEVELS, ("CONDITIONAL", "FULL", "PARTIAL", "FULL", "FULL"), strict=True
                )
            },
            **{
                f"status_{c}": st
                for c, st in zip(_LEVELS, ("DU", "DP_I", "DCH_I", "DP_I", "DP_I"), strict=True)
            },
        ),
    ),
    (
        "passport_zone",
        {
            "id": 1,
            "passport_id": 1,
            "zone": "ENTRANCE",
            **_levels("NONE", "FULL", "PARTIAL", "FULL", "FULL"),
            "conclusion": "пандус жоқ",
            **_stamp(201),
        },
    ),
    (
        "passport_zone",
        {
            "id": 2,
            "passport_id": 1,
            "zone": "SANITARY",
            **_levels("NA", "NA", "NA", "NA", "NA"),
            "conclusion": "",
            **_stamp(202),
        },
    ),
    (
        "measurement",
        {
            "id": 1,
            "passport_id": 1,
            "zone": "ENTRANCE",
            "check_code": "RAMP_SLOPE",
            "value": 8.0,
            "verdict": "breach",
            "threshold": 5.0,
            "operator": "<=",
            "norm_ref": "СП РК 3.06-101-2012* (27.11.2019) 4.3.2.30",
            "photo_no": "14",
            **_stamp(301),
        },
    ),
    (
        "zone_work",
        {
            "id": 1,
            "passport_id": 1,
            "zone": "ENTRANCE",
            "work": "CAPITAL_REPAIR",
            "planned_year": 2025,
            "estimated_cost": "1300000.00",
            "funding_source": "LOCAL_BUDGET",
            "completed_date": "2025-09-01",
            **_stamp(401),
        },
    ),
    # The polyclinic: re-inspected, so two versions; version 2 is current.
    (
        "passport",
        _passport(
            2,
            2,
            1,
            inspection_date="2024-02-01",
            passport_date="2024-02-10",
            **{f"status_{c}": "DCH_V" for c in _LEVELS},
        ),
    ),
    (
        "passport",
        _passport(
            3,
            2,
            2,
            inspection_date="2025-05-05",
            passport_date="2025-05-15",
            **{f"suggested_{c}": "FULL" for c in _LEVELS},
            **{f"status_{c}": "DP_V" for c in _LEVELS},
        ),
    ),
    (
        "passport_zone",
        {
            "id": 3,
            "passport_id": 3,
            "zone": "SERVICE",
            **_levels("FULL", "FULL", "FULL", "FULL", "FULL"),
            "conclusion": "",
            **_stamp(203),
        },
    ),
]
CURRENT_PASSPORTS = {1: 1, 2: 3}


def build(
    out: Path,
    revision: str = REVISION,
    rows: list[tuple[str, dict[str, object]]] = ROWS,
    current_passports: dict[int, int] = CURRENT_PASSPORTS,
) -> Path:
    """Create the fixture store at ``out`` (replacing it) and return the path.

    ``revision``, ``rows`` and ``current_passports`` let a later release's script
    (``tools/make_fixture_store_0004.py``) build its store from the same rows plus its own.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{out}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    command.upgrade(cfg, revision)
    engine.dispose()
    conn = sqlite3.connect(out)
    try:
        with conn:
            for table, row in rows:
                cols = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
            for object_id, passport_id in current_passports.items():
                conn.execute(
                    "UPDATE infra_object SET current_passport_id = ? WHERE id = ?",
                    (passport_id, object_id),
                )
            (stored,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            assert stored == revision, stored
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT))
