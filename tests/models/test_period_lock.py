"""The lock of approved periods (reporting.md §6.1): every kind of write that would change an
approved period's package is refused with the period, who approved it and when, and the store
is unchanged (a full dump of every table compared); records dated after the period stay
editable; reopening unlocks.

The store holds, for the approved 2026-Q1 (last day 31.03.2026): object A (registered
01.01.2025, passport 01.02.2026 requiring adaptation, adapted 10.03.2026), object L registered
after the period (01.05.2026, passport 10.05.2026), a case signalled 15.02.2026 with a visit,
a service and a risk factor in the period, a case signalled 05.06.2026 with a visit after it, and a
family at map level D since 01.02.2026.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.cases.overdue import OPENED_IN_ERROR
from models.cases.tables import Case, CaseEvent, CaseRiskFactor, ServiceDelivered, Visit
from models.families.tables import Family
from models.objects.tables import InfraObject, Passport
from models.reference.approvals import PeriodLockedError
from models.reporting.approval import approve, reopen
from models.store.base import Base
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import (
    CLOSED,
    add_case,
    add_family,
    add_object,
    add_passport,
    add_risk,
    add_service,
    add_visit,
)

D = date
#: Every category not accessible: statuses agree (the code guard checks that first).
DU = {f"status_{c}": "DU" for c in "kosgu"}


@pytest.fixture
def locked(store: Store) -> Store:
    with store.session() as s:
        a = add_object(s, "A", registered=D(2025, 1, 1))
        add_passport(s, a, 1, D(2026, 2, 1), requires=True, adapted=D(2026, 3, 10))
        late = add_object(s, "L", registered=D(2026, 5, 1))
        add_passport(s, late, 1, D(2026, 5, 10))
        family = add_family(s, level="D", level_date=D(2026, 2, 1))
        c = add_case(s, D(2026, 2, 15), family=family)
        add_visit(s, c, D(2026, 3, 1), next_due=D(2026, 3, 20))
        add_service(s, c, D(2026, 3, 2))
        add_risk(s, c, "NEGLECT", D(2026, 2, 15))
        c2 = add_case(s, D(2026, 6, 5))
        add_visit(s, c2, D(2026, 6, 10))
    approve(store, "2026-Q1", today=TODAY)
    return store


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in id order."""
    with store.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t.name}" ORDER BY 1'))]
            for t in Base.metadata.sorted_tables
        }


def _one(s: Session, cls: type[Any], **where: Any) -> Any:
    return s.scalars(select(cls).filter_by(**where)).first()


def _obj(name: str) -> Callable[[Session], InfraObject]:
    return lambda s: _one(s, InfraObject, name=name)


def _passport_of(name: str) -> Callable[[Session], Passport]:
    return lambda s: _one(s, Passport, object_id=_one(s, InfraObject, name=name).id)


def _case_signalled(on: date) -> Callable[[Session], Case]:
    return lambda s: _one(s, Case, signal_date=on)


def _set(getter: Callable[[Session], Any], **values: Any) -> Callable[[Session], None]:
    def write(s: Session) -> None:
        obj = getter(s)
        for key, value in values.items():
            setattr(obj, key, value)

    return write


def _delete(getter: Callable[[Session], Any]) -> Callable[[Session], None]:
    return lambda s: s.delete(getter(s))


def _case_child(cls: type[Any], **fields: Any) -> Callable[[Session], None]:
    def write(s: Session) -> None:
        s.add(cls(case_id=_case_signalled(D(2026, 2, 15))(s).id, **fields))

    return write


def _first(cls: type[Any]) -> Callable[[Session], Any]:
    return lambda s: s.scalars(select(cls).order_by(cls.id)).first()


REFUSED: dict[str, Callable[[Session], None]] = {
    "passport date moved into the period": _set(_passport_of("L"), passport_date=D(2026, 3, 5)),
    "passport date moved out of the period": _set(_passport_of("A"), passport_date=D(2026, 4, 5)),
    "status of a passport in force": _set(_passport_of("A"), **DU),
    "adaptation date": _set(_passport_of("A"), adapted_date=D(2026, 3, 20)),
    "adaptation undone": _set(_passport_of("A"), adapted_date=None),
    "finding of a passport": _set(_passport_of("A"), requires_adaptation=False),
    "passport deleted": _delete(_passport_of("A")),
    "new passport dated in the period": lambda s: s.add(
        Passport(object_id=_obj("L")(s).id, version=2, passport_date=D(2026, 1, 5))
    ),
    "registration date moved into the period": _set(_obj("L"), registered_date=D(2026, 3, 1)),
    "registration date moved out of it": _set(_obj("A"), registered_date=D(2026, 4, 2)),
    "registration date cleared": _set(_obj("L"), registered_date=None),
    "deregistration in the period": _set(_obj("A"), deregistered_date=D(2026, 3, 15)),
    "exclusion dated in the period": _set(
        _obj("A"), subject_to_passportization=False, exclusion_date=D(2026, 2, 20)
    ),
    "type of an object in the register": _set(_obj("A"), object_type="HEALTH_POLYCLINIC"),
    # A3 lists each object's settlement code: moving it would change the sent register.
    "settlement of an object in the register": _set(_obj("A"), kato="113220200"),
    "object deleted": _delete(_obj("A")),
    "object placed inside the period": lambda s: s.add(
        InfraObject(
            kato="113220100", name="N", object_type="EDU_SCHOOL", registered_date=D(2026, 2, 1)
        )
    ),
    "case event in the period": _case_child(
        CaseEvent, event_date=D(2026, 3, 30), from_stage="SIGNAL", to_stage=CLOSED
    ),
    "case event moved": _set(_first(CaseEvent), event_date=D(2026, 2, 16)),
    "case event deleted": _delete(_first(CaseEvent)),
    "visit in the period": _case_child(Visit, visit_date=D(2026, 3, 25), kind="HOME"),
    "visit moved out of the period": _set(_first(Visit), visit_date=D(2026, 4, 3)),
    "visit's next follow-up": _set(_first(Visit), next_due=D(2026, 4, 20)),
    "visit deleted": _delete(_first(Visit)),
    "service in the period": _case_child(
        ServiceDelivered, delivered_on=D(2026, 1, 20), service_type="MEDICAL"
    ),
    "service type": _set(_first(ServiceDelivered), service_type="LEGAL"),
    "service deleted": _delete(_first(ServiceDelivered)),
    "risk factor noted in the period": _case_child(
        CaseRiskFactor, code="ORPHANHOOD", noted_date=D(2026, 3, 3)
    ),
    "risk factor deleted": _delete(_first(CaseRiskFactor)),
    "case closed as opened in error": _set(
        _case_signalled(D(2026, 2, 15)), stage=CLOSED, closure_reason=OPENED_IN_ERROR
    ),
    "map level of a family": _set(_first(Family), map_level="E"),
    # B1 counts the children of the case's family, B4 reads its map level.
    "case moved to another family": lambda s: setattr(
        _case_signalled(D(2026, 2, 15))(s), "family_id", add_family(s).id
    ),
    # Only the latest level is stored (figures.py, B4): a new one dated after the period would
    # make the period read NONE instead of D.
    "new map level replacing the one the period read": _set(
        _first(Family), map_level="E", map_level_date=D(2026, 5, 1)
    ),
}


@pytest.mark.parametrize("write", list(REFUSED), ids=list(REFUSED))
def test_a_write_into_the_approved_period_is_refused_and_changes_nothing(
    locked: Store, write: str
) -> None:
    before = dump(locked)
    with pytest.raises(PeriodLockedError) as refused, locked.session() as s:
        REFUSED[write](s)
        s.flush()
    assert refused.value.code == "period_locked"
    assert refused.value.period == "2026-Q1"
    assert refused.value.by == "system"
    assert "2026-Q1" in str(refused.value) and "system" in str(refused.value)
    assert dump(locked) == before


ALLOWED: dict[str, Callable[[Session], None]] = {
    "name and address": _set(_obj("A"), name="A (renamed)", address="Жаңа көше, 2"),
    "passport dated after the period": _set(_passport_of("L"), **DU),
    "passport moved within after the period": _set(_passport_of("L"), passport_date=D(2026, 6, 1)),
    "object registered after the period": _set(_obj("L"), object_type="HEALTH_POLYCLINIC"),
    "settlement of an object registered after the period": _set(_obj("L"), kato="113220200"),
    "visit after the period": _set(
        lambda s: _one(s, Visit, visit_date=D(2026, 6, 10)), visit_date=D(2026, 6, 12)
    ),
    "visit added after the period": _case_child(Visit, visit_date=D(2026, 4, 2), kind="HOME"),
    "service added after the period": _case_child(
        ServiceDelivered, delivered_on=D(2026, 4, 1), service_type="MEDICAL"
    ),
    "case signalled after the period closed": _set(
        _case_signalled(D(2026, 6, 5)), stage=CLOSED, closure_reason=OPENED_IN_ERROR
    ),
    "case signalled after the period given a family": lambda s: setattr(
        _case_signalled(D(2026, 6, 5))(s), "family_id", add_family(s).id
    ),
}


@pytest.mark.parametrize("write", list(ALLOWED), ids=list(ALLOWED))
def test_records_dated_after_the_period_stay_editable(locked: Store, write: str) -> None:
    before = dump(locked)
    with locked.session() as s:
        ALLOWED[write](s)
    assert dump(locked) != before


def test_a_new_object_without_a_date_is_registered_after_the_latest_approval(
    locked: Store,
) -> None:
    approve(locked, "2026-04", today=TODAY)
    with locked.session() as s:
        new = add_object(s, "N")
        kept = add_object(s, "K", registered=D(2026, 6, 1))
    assert (new.registered_date, kept.registered_date) == (D(2026, 5, 1), D(2026, 6, 1))


def test_reopening_unlocks_and_a_year_locks_its_quarters(locked: Store) -> None:
    write = REFUSED["type of an object in the register"]
    reopen(locked, "2026-Q1", reason="тип объекта қате / неверный тип объекта")
    with locked.session() as s:
        write(s)
    approve(locked, "2025", today=TODAY)  # A was registered in 2025: its type is locked again
    before = dump(locked)
    with pytest.raises(PeriodLockedError) as refused, locked.session() as s:
        _set(_obj("A"), object_type="EDU_SCHOOL")(s)
    assert refused.value.period == "2025"
    assert dump(locked) == before


def _registry(path: Path, rows: list[list[Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(
        [
            "object_ref", "kato", "name", "object_type", "address", "subject_to_passportization",
            "passport_date", "status_K", "status_O", "status_S", "status_G", "status_U",
            "requires_adaptation", "adapted_date", "registered_date",
        ]
    )  # fmt: skip
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_registry_import_into_an_approved_period_is_refused_and_new_objects_dated(
    locked: Store, tmp_path: Path
) -> None:
    from exporters.registry_import import import_registry

    passported = ["R1", "113220100", "Мектеп", "EDU_SCHOOL", "Көше 1", 1, "01.03.2026"]
    statuses = ["DP_V"] * 5 + [0, None]
    before = dump(locked)
    with pytest.raises(PeriodLockedError) as refused:
        import_registry(
            locked,
            _registry(tmp_path / "in.xlsx", [passported + statuses]),
            user="admin",
            today=TODAY,
        )
    assert refused.value.period == "2026-Q1"
    assert dump(locked) == before

    later = ["R2", "113220100", "Емхана", "EDU_SCHOOL", "Көше 2", 1, "01.06.2026"]
    import_registry(
        locked, _registry(tmp_path / "ok.xlsx", [later + statuses]), user="admin", today=TODAY
    )
    with locked.session() as s:
        imported = _one(s, InfraObject, object_ref="R2")
        assert imported.registered_date == D(2026, 4, 1)


def test_demo_data_is_refused_while_a_period_is_approved(locked: Store) -> None:
    from models.demo.load import add_demo_data

    before = dump(locked)
    with pytest.raises(PeriodLockedError):
        add_demo_data(locked, objects=5, families=0, seed=1, today=TODAY, user="admin")
    assert dump(locked) == before


def test_lock_for_names_the_period_covering_a_record_and_none_after_it(locked: Store) -> None:
    from models.period_lock import lock_for

    with locked.session() as s:
        ids = {
            "A": _obj("A")(s).id,
            "L": _obj("L")(s).id,
            "passport A": _passport_of("A")(s).id,
            "passport L": _passport_of("L")(s).id,
            "visit in": _one(s, Visit, visit_date=D(2026, 3, 1)).id,
            "visit after": _one(s, Visit, visit_date=D(2026, 6, 10)).id,
            "family": _first(Family)(s).id,
        }
        assert lock_for(s, s.get_one(Visit, ids["visit in"])) is not None  # a record itself
    covered = {
        "A": (InfraObject, ids["A"]),
        "passport A": (Passport, ids["passport A"]),
        "visit in": (Visit, ids["visit in"]),
        "family": (Family, ids["family"]),
    }
    for name, record in covered.items():
        lock = lock_for(locked, record)
        assert lock is not None and (lock.period, lock.by) == ("2026-Q1", "system"), name
    assert lock_for(locked, (Passport, ids["passport A"]), adaptation=True) is not None
    for record in (
        (InfraObject, ids["L"]),
        (Passport, ids["passport L"]),
        (Visit, ids["visit after"]),
    ):
        assert lock_for(locked, record) is None, record
    reopen(locked, "2026-Q1", reason="түзету / исправление")
    assert lock_for(locked, (InfraObject, ids["A"])) is None
