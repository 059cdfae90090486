"""Write the fixture store of schema revision 0005 for the migration tests.

Usage: ``python tools/make_fixture_store_0005.py [OUT]`` (default
``tests/migrations/fixtures/store_0005.sqlite``).

The store holds the rows of the 0004 fixture (``tools/make_fixture_store_0004.py``) at
revision 0005, plus a family with cases as the 0005 release wrote them (issue 7): reopening a
case left ``next_follow_up`` as the closed cycle had set it. Revision 0006 clears or recomputes
it; ``tests/models/store/test_migrations.py`` checks each case.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import make_fixture_store as base  # noqa: E402
import make_fixture_store_0004 as previous  # noqa: E402

REVISION = "0005"
DEFAULT_OUT = ROOT / "tests" / "migrations" / "fixtures" / f"store_{REVISION}.sqlite"
AT = "2026-11-25 05:00:00.000000"


def _stamp(n: int) -> dict[str, object]:
    return {
        "uuid": base._uuid(n),
        "created_at": AT,
        "created_by": "aigerim",
        "updated_at": AT,
        "updated_by": "aigerim",
    }


FAMILY = (
    "family",
    {
        "id": 1,
        "kato": "113220100",
        "address": "Абай к-сі, 5",
        "phone": "",
        "rural": 0,
        "housing_type": "",
        "heating_type": "",
        "co_detector": "",
        "income_per_person": None,
        "map_level": "",
        "map_level_date": None,
        "map_level_source": "",
        "legal_basis": "CONSENT",
        "consent_form": "WRITTEN",
        "consent_date": "2026-01-05",
        "consent_recorded_by": "aigerim",
        "consent_withdrawn_date": None,
        "statutory_basis": "",
        **_stamp(3000),
    },
)


def _case(cid: int, stage: str, reopened: str | None, follow_up: str | None) -> tuple[str, dict]:  # type: ignore[type-arg]
    return (
        "family_case",
        {
            "id": cid,
            "number": f"113200000-2026-{cid:04d}",
            "office_kato": "113200000",
            "year": 2026,
            "seq": cid,
            "family_id": 1,
            "worker_login": "aigerim",
            "stage": stage,
            "signal_date": "2026-01-10",
            "signal_source": "SCHOOL",
            "signal_source_note": "",
            "signal_description": f"Case {cid}",
            "anonymous": 0,
            "identified_date": "2026-01-12" if reopened is None else None,
            "assessment_date": None,
            "plan_date": None,
            "accompaniment_date": None,
            "closed_date": "2026-06-01" if stage == "CLOSED" else None,
            "reopened_date": reopened,
            "closure_reason": "GOALS_MET" if stage == "CLOSED" else "",
            "closure_note": "",
            "closure_outcome": "",
            "closure_map_level": "",
            "next_follow_up": follow_up,
            **_stamp(3100 + cid),
        },
    )


def _event(eid: int, cid: int, when: str, from_stage: str, to_stage: str) -> tuple[str, dict]:  # type: ignore[type-arg]
    return (
        "case_event",
        {
            "id": eid,
            "case_id": cid,
            "kind": "stage",
            "event_date": when,
            "from_stage": from_stage,
            "to_stage": to_stage,
            "reason_code": "GOALS_MET" if to_stage == "CLOSED" else "",
            "note": "",
            **_stamp(3200 + eid),
        },
    )


def _visit(vid: int, cid: int, when: str, next_due: str | None) -> tuple[str, dict]:  # type: ignore[type-arg]
    return (
        "visit",
        {
            "id": vid,
            "case_id": cid,
            "visit_date": when,
            "kind": "HOME",
            "participants": "",
            "child_seen": 1,
            "findings": "",
            "risk_level": "LOW",
            "next_due": next_due,
            **_stamp(3300 + vid),
        },
    )


#: case id -> the follow-up revision 0006 must leave (None: none), and why.
EXPECTED: dict[int, str | None] = {
    1: None,  # reopened 01.09, no visit since: the closed cycle's 15.06 lapsed, emptied
    2: "2026-10-20",  # reopened 01.09, visited 05.10 (next 20.10): stale 15.06 replaced
    3: "2026-12-01",  # reopened, visited since, already right: untouched
    4: "2026-06-15",  # closed (never reopened): untouched
    5: "2026-12-10",  # open, never reopened: untouched
    6: "2026-05-20",  # reopened, then closed again: closed cases are untouched
}

ROWS = [
    *previous.ROWS,
    FAMILY,
    _case(1, "REOPENED", "2026-09-01", "2026-06-15"),
    _case(2, "IDENTIFIED", "2026-09-01", "2026-06-15"),
    _case(3, "REOPENED", "2026-09-01", "2026-12-01"),
    _case(4, "CLOSED", None, "2026-06-15"),
    _case(5, "IDENTIFIED", None, "2026-12-10"),
    _case(6, "CLOSED", "2026-04-01", "2026-05-20"),
    # Each case: a signal, closed cycles as their stage says, visits.
    *[_event(cid, cid, "2026-01-10", "", "SIGNAL") for cid in range(1, 7)],
    *[_event(10 + cid, cid, "2026-06-01", "SIGNAL", "CLOSED") for cid in (1, 2, 3, 4)],
    *[_event(20 + cid, cid, "2026-09-01", "CLOSED", "REOPENED") for cid in (1, 2, 3)],
    _event(16, 6, "2026-03-01", "SIGNAL", "CLOSED"),
    _event(26, 6, "2026-04-01", "CLOSED", "REOPENED"),
    _event(36, 6, "2026-06-01", "REOPENED", "CLOSED"),
    *[_visit(cid, cid, "2026-05-20", "2026-06-15") for cid in (1, 2, 3, 4)],
    _visit(7, 2, "2026-10-05", "2026-10-20"),
    _visit(8, 3, "2026-10-05", "2026-11-01"),
    _visit(9, 3, "2026-11-02", "2026-12-01"),
    _visit(10, 5, "2026-11-20", "2026-12-10"),
    _visit(11, 6, "2026-04-20", "2026-05-20"),
]


def build(out: Path) -> Path:
    """Create the 0005 fixture store at ``out`` (replacing it) and return the path."""
    return base.build(out, REVISION, ROWS, previous.CURRENT_PASSPORTS)


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT))  # noqa: T201
