"""Write the fixture store of schema revision 0004 for the migration tests.

Usage: ``python tools/make_fixture_store_0004.py [OUT]`` (default
``tests/migrations/fixtures/store_0004.sqlite``).

The store holds the rows of the 0001 fixture (``tools/make_fixture_store.py``) at revision
0004, plus objects as the 0004 release wrote them (issue 7): a registry imported on
20.11.2026 whose file had no ``registered_date``, so the importer stamped the import day on
every new object, and objects entered in the GUI with a passport dated before their entry day.
Revision 0005 repairs those dates; ``tests/models/store/test_migrations.py`` checks each object.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import make_fixture_store as base  # noqa: E402

REVISION = "0004"
DEFAULT_OUT = ROOT / "tests" / "migrations" / "fixtures" / f"store_{REVISION}.sqlite"
#: The import ran at 09:10 in Aqkol (UTC+5): 04:10 UTC the same day.
IMPORTED_AT = "2026-11-20 04:10:00.000000"
#: One object was written just after midnight local time: still the 19th in UTC.
IMPORTED_LATE = "2026-11-19 19:30:00.000000"
IMPORT_DAY = "2026-11-20"


def _stamp(n: int, at: str, by: str) -> dict[str, object]:
    return {
        "uuid": base._uuid(n),
        "created_at": at,
        "created_by": by,
        "updated_at": at,
        "updated_by": by,
    }


def _object(oid: int, ref: str | None, name: str, registered: str | None, at: str, by: str):  # noqa: ANN202
    return (
        "infra_object",
        {
            **base._OBJECT_DEFAULTS,
            "id": oid,
            "object_ref": ref,
            "kato": "113220100",
            "name": name,
            "object_type": "EDU_SCHOOL",
            "registered_date": registered,
            "search_key": name.casefold(),
            **_stamp(1000 + oid, at, by),
        },
    )


def _passport(pid: int, oid: int, passport_date: str, adapted: str | None = None):  # noqa: ANN202
    row = base._passport(
        pid,
        oid,
        1,
        passport_date=passport_date,
        requires_adaptation=1 if adapted else 0,
        adapted_date=adapted,
        **{f"status_{c}": "DCH_I" for c in base._LEVELS},
    )
    row.update(_stamp(2000 + pid, IMPORTED_AT, "registrar"))
    return ("passport", row)


#: id -> what revision 0005 must leave as registration date (None: none), and why.
EXPECTED: dict[int, str | None] = {
    4: None,  # imported, no registered_date in the file, passport of 2016: import day emptied
    5: None,  # imported late at night (UTC day before), never passported: emptied too
    6: "2010-01-15",  # imported with its own date, before its passport: kept
    7: "2018-03-01",  # imported with a date after its passport: takes the passport's date
    8: "2025-01-10",  # entered in the GUI, then a passport dated before the entry day
    9: IMPORT_DAY,  # entered in the GUI without passport: the entry day is right, kept
}

ROWS = [
    *base.ROWS,
    _object(4, "R-010", "№4 мектеп", IMPORT_DAY, IMPORTED_AT, "registrar"),
    _object(5, "R-011", "№5 мектеп", IMPORT_DAY, IMPORTED_LATE, "registrar"),
    _object(6, "R-012", "№6 мектеп", "2010-01-15", IMPORTED_AT, "registrar"),
    _object(7, "R-013", "№7 мектеп", "2020-02-01", IMPORTED_AT, "registrar"),
    _object(8, None, "№8 мектеп", IMPORT_DAY, IMPORTED_AT, "bolat"),
    _object(9, None, "№9 мектеп", IMPORT_DAY, IMPORTED_AT, "bolat"),
    _passport(10, 4, "2016-05-10", adapted="2019-08-01"),
    _passport(11, 6, "2016-06-01"),
    _passport(12, 7, "2018-03-01"),
    _passport(13, 8, "2025-01-10"),
]
CURRENT_PASSPORTS = {**base.CURRENT_PASSPORTS, 4: 10, 6: 11, 7: 12, 8: 13}


def build(out: Path) -> Path:
    """Create the 0004 fixture store at ``out`` (replacing it) and return the path."""
    return base.build(out, REVISION, ROWS, CURRENT_PASSPORTS)


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT))  # noqa: T201
