"""State-control inspections of objects (issue 12, brief §2.2): records, refusals, counts.

Counts of the first half of 2026 by hand (the day of the check: 20.11.2026):

===  ==========  =========  ======  =====  ========  ==========  ==========================
#    inspected   violations order   fine   deadline  done        in H1 2026 / overdue 30.06
===  ==========  =========  ======  =====  ========  ==========  ==========================
1    10.12.2025  yes        yes     10     01.03.26  —           not in H1; overdue
2    15.01.2026  yes        yes     20.5   01.04.26  20.03.26    in; remedied
3    20.02.2026  yes        yes     —      01.06.26  10.07.26    in; overdue (done after end)
4    05.03.2026  no         no      —      —         —           in
5    10.05.2026  yes        no      0      30.06.26  —           in; deadline = end: not yet
6    01.07.2026  yes        yes     5      01.08.26  —           after H1
===  ==========  =========  ======  =====  ========  ==========  ==========================

H1 2026: 4 inspections, 3 with violations, 2 with an order, fines 20.50 МРП (1 fined, the 0
is no fine), 1 remedied, 2 overdue on 30.06.2026 (#1 and #3).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.issues import ValidationError
from models.objects.control_tables import StateControl
from models.objects.state_control import (
    ControlCounts,
    InspectionDraft,
    StateControlRepository,
)
from models.reference.roles import RoleError
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY
from tests.models.report_builders import add_object

BODY = "Департамент контроля качества"


@pytest.fixture
def objects(store: Store) -> tuple[int, int]:
    with store.session("admin") as s:
        return add_object(s, "Мектеп").id, add_object(s, "Емхана").id


def _rows(store: Store) -> list[tuple[object, ...]]:
    with store.session() as s:
        return [
            (r.object_id, r.inspected_on, r.body, r.fine_mrp, r.deadline, r.done_on)
            for r in s.scalars(select(StateControl).order_by(StateControl.id))
        ]


def _d(object_id: int, on: date, **kw: object) -> InspectionDraft:
    return InspectionDraft(object_id, on, kw.pop("body", BODY), **kw)  # type: ignore[arg-type]


def test_add_edit_list_and_delete(store: Store, objects: tuple[int, int]) -> None:
    repo = StateControlRepository(store)
    school, clinic = objects
    first = repo.save(
        _d(
            school,
            date(2026, 3, 5),
            violations="Пандус жоқ",
            order_ref="№ 12 от 05.03.2026",
            fine_mrp=Decimal("15.5"),
            deadline=date(2026, 6, 1),
        ),
        TODAY,
        "admin",
    )
    second = repo.save(_d(school, date(2026, 9, 1), body="  ГАСК  "), TODAY, "admin")
    repo.save(_d(clinic, date(2026, 9, 2)), TODAY, "admin")
    listed = repo.of_object(school)
    assert [i.id for i in listed] == [second, first]  # latest first
    assert listed[0].body == "ГАСК"
    assert listed[1].fine_mrp == Decimal("15.50") and listed[1].has_violations
    repo.save(replace(listed[1], done_on=date(2026, 5, 20)), TODAY, "admin")
    assert repo.get(first).done_on == date(2026, 5, 20)
    repo.delete(second, "admin")
    assert [i.id for i in repo.of_object(school)] == [first]
    assert len(repo.of_object(clinic)) == 1


@pytest.mark.parametrize(
    ("change", "fld", "code"),
    [
        ({"inspected_on": None}, "inspected_on", "required"),
        ({"inspected_on": date(2026, 11, 21)}, "inspected_on", "date_in_future"),
        ({"body": "  "}, "body", "required"),
        ({"fine_mrp": Decimal("-1")}, "fine_mrp", "negative_amount"),
        ({"fine_mrp": Decimal("150000")}, "fine_mrp", "out_of_range"),
        ({"deadline": date(2026, 3, 4)}, "deadline", "before_inspection"),
        ({"done_on": date(2026, 3, 1)}, "done_on", "before_inspection"),
        ({"done_on": date(2026, 11, 21)}, "done_on", "date_in_future"),
        ({"violations": "a\x00"}, "violations", "control_chars"),
    ],
)
def test_a_refused_inspection_leaves_the_store_unchanged(
    store: Store, objects: tuple[int, int], change: dict[str, object], fld: str, code: str
) -> None:
    repo = StateControlRepository(store)
    kept = repo.save(_d(objects[0], date(2026, 3, 5)), TODAY, "admin")
    before = _rows(store)
    good = _d(objects[0], date(2026, 3, 5))
    for draft in (replace(good, **change), replace(good, id=kept, **change)):  # type: ignore[arg-type]
        with pytest.raises(ValidationError) as caught:
            repo.save(draft, TODAY, "admin")
        assert [(i.field, i.code) for i in caught.value.report.errors] == [(fld, code)]
        assert _rows(store) == before


def test_the_boundaries_pass(store: Store, objects: tuple[int, int]) -> None:
    draft = _d(
        objects[0],
        TODAY,
        fine_mrp=Decimal(10_000),
        deadline=TODAY,
        done_on=TODAY,
    )
    StateControlRepository(store).save(draft, TODAY, "admin")
    assert _rows(store) == [(objects[0], TODAY, BODY, Decimal("10000.00"), TODAY, TODAY)]


def test_a_viewer_records_nothing(store: Store, objects: tuple[int, int]) -> None:
    repo = StateControlRepository(store)
    kept = repo.save(_d(objects[0], date(2026, 3, 5)), TODAY, "admin")
    before = _rows(store)
    viewer = StateControlRepository(as_role(store, "vera", "viewer"))
    with pytest.raises(RoleError):
        viewer.save(_d(objects[0], date(2026, 3, 6)), TODAY, "vera")
    with pytest.raises(RoleError):
        viewer.delete(kept, "vera")
    assert _rows(store) == before
    assert len(viewer.of_object(objects[0])) == 1


def test_counts_per_period_by_hand(store: Store, objects: tuple[int, int]) -> None:
    repo = StateControlRepository(store)
    school, clinic = objects
    y = "Нарушения"
    for draft in (
        _d(school, date(2025, 12, 10), violations=y, order_ref="1", fine_mrp=Decimal(10),
           deadline=date(2026, 3, 1)),
        _d(school, date(2026, 1, 15), violations=y, order_ref="2", fine_mrp=Decimal("20.5"),
           deadline=date(2026, 4, 1), done_on=date(2026, 3, 20)),
        _d(clinic, date(2026, 2, 20), violations=y, order_ref="3", deadline=date(2026, 6, 1),
           done_on=date(2026, 7, 10)),
        _d(clinic, date(2026, 3, 5)),
        _d(school, date(2026, 5, 10), violations=y, fine_mrp=Decimal(0),
           deadline=date(2026, 6, 30)),
        _d(school, date(2026, 7, 1), violations=y, order_ref="6", fine_mrp=Decimal(5),
           deadline=date(2026, 8, 1)),
    ):  # fmt: skip
        repo.save(draft, TODAY, "admin")
    h1 = repo.counts(date(2026, 1, 1), date(2026, 6, 30))
    assert h1 == ControlCounts(
        inspections=4,
        with_violations=3,
        with_order=2,
        fines_mrp=Decimal("20.50"),
        fined=1,
        remedied=1,
        overdue=2,
    )
    # The school alone: #2 and #5 in H1, #1 overdue.
    assert repo.counts(date(2026, 1, 1), date(2026, 6, 30), school) == ControlCounts(
        2, 2, 1, Decimal("20.50"), 1, 1, 1
    )
    # The whole of 2026 on 31.12: 5 inspections; overdue #1, #5 and #6 (none remedied).
    year = repo.counts(date(2026, 1, 1), date(2026, 12, 31))
    assert (year.inspections, year.fines_mrp, year.remedied, year.overdue) == (
        5,
        Decimal("25.50"),
        2,
        3,
    )
    with store.session() as s:
        assert s.scalar(select(func.count(StateControl.id))) == 6
