"""The re-inspection due list (issue 12, brief §2.2 step 5): one rule with its reasons.

A hand-counted register on 20.11.2026 with the interval set to 5 years (cutoff 20.11.2021):

- periodic: passport 01.05.2020 -> PERIODIC since 01.05.2025;
- fresh: passport 01.03.2024 -> nothing;
- adapted: passport 01.03.2024, adapted 10.09.2025 -> AFTER_WORKS since 10.09.2025;
- works_done: passport 01.03.2024, ramp done 01.06.2026, door done 15.07.2026 (its
  NOT_NEEDED work has no date: it does not count) -> AFTER_WORKS since 15.07.2026;
- works_open: ramp done, door open -> nothing;
- confirmed: v1 2023 adapted 01.02.2024, v2 01.04.2024 (current) -> nothing;
- complaint: passport 01.03.2024, complaint 05.10.2026 -> COMPLAINT since 05.10.2026;
- answered: passport 01.03.2024, complaint 05.01.2024 (answered by it) -> nothing;
- both: passport 01.05.2019, reconstruction 01.02.2026, change of use 01.03.2026, another
  reconstruction 01.06.2026 -> PERIODIC since 01.05.2024, RECONSTRUCTION since 01.02.2026,
  CHANGE_OF_USE since 01.03.2026;
- future: complaint 01.12.2026 (after the day) -> nothing;
- excluded, deregistered (01.01.2026): passports of 2019 -> left out;
- unpassported: no passport, complaint 01.10.2026 -> nothing (it is "not passported").

Five objects are due: the same five in the list, the register's filter, the repository's ids
and the data-quality finding.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.issues import ValidationError
from models.objects.control_tables import ReinspectionTrigger
from models.objects.dto import ObjectFilter
from models.objects.reinspection import (
    AFTER_WORKS,
    PERIODIC,
    ReinspectionRepository,
    TriggerDraft,
    add_years,
)
from models.objects.repository import ObjectRepository
from models.objects.tables import InfraObject, ZoneWork
from models.reference import settings as domain_settings
from models.reference.roles import RoleError
from models.reporting.periods import parse_period
from models.reporting.quality import REINSPECTION_DUE, quality_checks
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY
from tests.models.report_builders import add_object, add_passport

D24 = date(2024, 3, 1)


def _work(s: Session, passport_id: int, work: str, done: date | None) -> None:
    s.add(ZoneWork(passport_id=passport_id, zone="ENTRANCE", work=work, completed_date=done))


def _trigger(s: Session, object_id: int, kind: str, on: date) -> None:
    s.add(ReinspectionTrigger(object_id=object_id, kind=kind, occurred_on=on))


@pytest.fixture
def register(store: Store) -> dict[str, int]:
    ids: dict[str, int] = {}
    with store.session("admin") as s:
        domain_settings.write_setting(s, domain_settings.REINSPECTION_YEARS_KEY, "5")

        def obj(name: str, **kw: object) -> InfraObject:
            o = add_object(s, name, **kw)  # type: ignore[arg-type]
            ids[name] = o.id
            return o

        add_passport(s, obj("periodic"), 1, date(2020, 5, 1))
        add_passport(s, obj("fresh"), 1, D24)
        add_passport(s, obj("adapted"), 1, D24, requires=True, adapted=date(2025, 9, 10))
        p = add_passport(s, obj("works_done"), 1, D24, requires=True)
        _work(s, p.id, "CURRENT_REPAIR", date(2026, 6, 1))
        _work(s, p.id, "CAPITAL_REPAIR", date(2026, 7, 15))
        _work(s, p.id, "NOT_NEEDED", None)
        p = add_passport(s, obj("works_open"), 1, D24, requires=True)
        _work(s, p.id, "CURRENT_REPAIR", date(2026, 6, 1))
        _work(s, p.id, "CAPITAL_REPAIR", None)
        o = obj("confirmed")
        add_passport(s, o, 1, date(2023, 6, 1), requires=True, adapted=date(2024, 2, 1))
        add_passport(s, o, 2, date(2024, 4, 1))
        o = obj("complaint")
        add_passport(s, o, 1, D24)
        _trigger(s, o.id, "COMPLAINT", date(2026, 10, 5))
        o = obj("answered")
        add_passport(s, o, 1, D24)
        _trigger(s, o.id, "COMPLAINT", date(2024, 1, 5))
        o = obj("both")
        add_passport(s, o, 1, date(2019, 5, 1))
        _trigger(s, o.id, "RECONSTRUCTION", date(2026, 2, 1))
        _trigger(s, o.id, "CHANGE_OF_USE", date(2026, 3, 1))
        _trigger(s, o.id, "RECONSTRUCTION", date(2026, 6, 1))
        o = obj("future")
        add_passport(s, o, 1, D24)
        _trigger(s, o.id, "COMPLAINT", date(2026, 12, 1))
        add_passport(s, obj("excluded", subject=False, excluded_on=D24), 1, date(2019, 5, 1))
        add_passport(s, obj("deregistered", deregistered=date(2026, 1, 1)), 1, date(2019, 5, 1))
        o = obj("unpassported")
        _trigger(s, o.id, "COMPLAINT", date(2026, 10, 1))
    return ids


EXPECTED = {
    "both": {PERIODIC: date(2024, 5, 1), "RECONSTRUCTION": date(2026, 2, 1),
             "CHANGE_OF_USE": date(2026, 3, 1)},
    "periodic": {PERIODIC: date(2025, 5, 1)},
    "adapted": {AFTER_WORKS: date(2025, 9, 10)},
    "works_done": {AFTER_WORKS: date(2026, 7, 15)},
    "complaint": {"COMPLAINT": date(2026, 10, 5)},
}  # fmt: skip


def test_the_due_list_by_hand(store: Store, register: dict[str, int]) -> None:
    rows = ReinspectionRepository(store).due(TODAY)
    got = {r.name: r.since for r in rows}
    assert got == EXPECTED
    # Earliest first: both (2024), periodic, adapted (2025), works_done, complaint (2026).
    assert [r.name for r in rows] == ["both", "periodic", "adapted", "works_done", "complaint"]
    both = rows[0]
    assert both.reasons == (PERIODIC, "RECONSTRUCTION", "CHANGE_OF_USE")
    assert both.first_since == date(2024, 5, 1)


def test_one_number_everywhere(store: Store, register: dict[str, int]) -> None:
    repo = ObjectRepository(store)
    due = ReinspectionRepository(store)
    expected = {register[name] for name in EXPECTED}
    assert set(repo.reinspection_due(TODAY)) == expected
    flt = ObjectFilter(passport_state="reinspection_due", due_on=TODAY)
    assert repo.count(flt) == len(expected) == due.due_count(TODAY) == 5
    assert {row.id for _k, row in repo.page(flt)} == expected
    (finding,) = [
        i for i in quality_checks(store, parse_period("2026"), TODAY) if i.code == REINSPECTION_DUE
    ]
    assert finding.count == 5


def test_no_interval_keeps_the_other_reasons(store: Store, register: dict[str, int]) -> None:
    with store.session("admin") as s:
        domain_settings.write_setting(s, domain_settings.REINSPECTION_YEARS_KEY, "0")
    rows = {r.name: r.reasons for r in ReinspectionRepository(store).due(TODAY)}
    assert rows == {
        "adapted": (AFTER_WORKS,),
        "works_done": (AFTER_WORKS,),
        "complaint": ("COMPLAINT",),
        "both": ("RECONSTRUCTION", "CHANGE_OF_USE"),
    }
    flt = ObjectFilter(passport_state="reinspection_due", due_on=TODAY)
    assert ObjectRepository(store).count(flt) == 4


def test_an_earlier_day_sees_less(store: Store, register: dict[str, int]) -> None:
    # 01.07.2026: works_done's door is not done yet, the complaint not made; cutoff 01.07.2021.
    rows = {r.name: r.reasons for r in ReinspectionRepository(store).due(date(2026, 7, 1))}
    assert rows == {
        "both": (PERIODIC, "RECONSTRUCTION", "CHANGE_OF_USE"),
        "periodic": (PERIODIC,),
        "adapted": (AFTER_WORKS,),
    }


def test_a_new_version_answers_every_reason(store: Store, register: dict[str, int]) -> None:
    with store.session("admin") as s:
        for name, version in (("both", 2), ("adapted", 2), ("complaint", 2)):
            add_passport(s, s.get_one(InfraObject, register[name]), version, date(2026, 11, 1))
    rows = {r.name for r in ReinspectionRepository(store).due(TODAY)}
    assert rows == {"periodic", "works_done"}
    assert ReinspectionRepository(store).due_of(register["both"], TODAY) is None
    row = ReinspectionRepository(store).due_of(register["works_done"], TODAY)
    assert row is not None and row.reasons == (AFTER_WORKS,)


def test_add_years_on_29_february() -> None:
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


# -- triggers ---------------------------------------------------------------------------------


def _count_triggers(store: Store) -> int:
    with store.session() as s:
        return len(s.scalars(select(ReinspectionTrigger)).all())


def test_record_edit_and_delete_a_trigger(store: Store, register: dict[str, int]) -> None:
    repo = ReinspectionRepository(store)
    oid = register["fresh"]
    tid = repo.save_trigger(
        TriggerDraft(oid, "COMPLAINT", date(2026, 11, 2), "  Жалоба родителей  "), TODAY, "admin"
    )
    assert repo.triggers(oid) == [
        TriggerDraft(oid, "COMPLAINT", date(2026, 11, 2), "Жалоба родителей", tid)
    ]
    row = repo.due_of(oid, TODAY)
    assert row is not None and row.since == {"COMPLAINT": date(2026, 11, 2)}
    repo.save_trigger(TriggerDraft(oid, "CHANGE_OF_USE", date(2026, 11, 3), "", tid), TODAY, "a")
    assert [t.kind for t in repo.triggers(oid)] == ["CHANGE_OF_USE"]
    assert repo.answered_on(oid, repo.triggers(oid)[0]) is None
    repo.delete_trigger(tid, "admin")
    assert repo.triggers(oid) == [] and repo.due_of(oid, TODAY) is None


@pytest.mark.parametrize(
    ("draft", "fld", "code"),
    [
        (TriggerDraft(0, "", date(2026, 1, 1)), "kind", "required"),
        (TriggerDraft(0, "BOGUS", date(2026, 1, 1)), "kind", "unknown_code"),
        (TriggerDraft(0, "COMPLAINT", None), "occurred_on", "required"),
        (TriggerDraft(0, "COMPLAINT", date(2026, 11, 21)), "occurred_on", "date_in_future"),
        (TriggerDraft(0, "COMPLAINT", date(2026, 1, 1), "a\x00b"), "note", "control_chars"),
    ],
)
def test_a_refused_trigger_writes_nothing(
    store: Store, register: dict[str, int], draft: TriggerDraft, fld: str, code: str
) -> None:
    before = _count_triggers(store)
    with pytest.raises(ValidationError) as caught:
        ReinspectionRepository(store).save_trigger(
            replace(draft, object_id=register["fresh"]), TODAY, "admin"
        )
    assert [(i.field, i.code) for i in caught.value.report.errors] == [(fld, code)]
    assert _count_triggers(store) == before


def test_a_viewer_records_no_trigger(store: Store, register: dict[str, int]) -> None:
    before = _count_triggers(store)
    viewer = ReinspectionRepository(as_role(store, "vera", "viewer"))
    with pytest.raises(RoleError):
        viewer.save_trigger(
            TriggerDraft(register["fresh"], "COMPLAINT", date(2026, 1, 1)), TODAY, "vera"
        )
    with pytest.raises(RoleError):
        viewer.delete_trigger(1, "vera")
    assert _count_triggers(store) == before
    assert len(viewer.due(TODAY)) == 5  # reading the list is allowed
