"""A case with every kind of record, for the transfer tests (models, CLI, GUI)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from exporters import transfer_file
from models.cases.dto import (
    AssessmentDraft,
    MeasureDraft,
    PlanDraft,
    RiskFactorDraft,
    ServiceDraft,
    SignalDraft,
    VisitDraft,
)
from models.cases.repository import CaseRepository
from models.families.repository import FamilyRepository
from models.families.tables import Person
from models.reference.dto import OfficeDTO
from models.store.base import Base
from models.store.db import Store
from tests import store_templates
from tests.conftest import TODAY
from tests.models.families.test_family_repository import FAMILY

#: The district the family moves to.
OTHER = OfficeDTO("113400000", "district", "Аршалы ауданы", "Аршалынский район")
#: A third district, to which the file is not addressed.
THIRD = OfficeDTO("114000000", "district", "Бұланды ауданы", "Буландынский район")
SCORES = {
    "SOCIAL": 4,
    "HEALTH": 2,
    "EDUCATION": 5,
    "EMPLOYMENT": 3,
    "HOUSING": 3,
    "SAFETY": 4,
}


def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the smallest scrypt cost a reader accepts (the tests derive many keys)."""
    monkeypatch.setattr(transfer_file, "SCRYPT_N", 2**10)


def new_receiver(tmp_path: Path) -> Store:
    """Return the store of the district the family moves to (administrator ``admin``)."""
    return store_templates.new_store(tmp_path / "other.sqlite", OTHER, "admin")


def full_case(store: Store, user: str = "aigerim") -> int:
    """A case in ACCOMPANIMENT with risk factors, an assessment, a plan, a visit, a service."""
    families, cases = FamilyRepository(store), CaseRepository(store)
    ctx = families.context(TODAY)
    fid = families.save_family(FAMILY, ctx, user)
    cid = cases.open_case(
        SignalDraft(date(2026, 9, 1), "SCHOOL", "Бала сабаққа келмейді", worker_login=user),
        ctx,
        user,
    )
    cases.identify(cid, date(2026, 9, 3), ctx, user, family_id=fid)
    son = person_id(store, "Нұрлан")
    cases.set_risk_factors(
        cid,
        [
            RiskFactorDraft("NEGLECT", son, date(2026, 9, 3)),
            RiskFactorDraft("HOUSEHOLD_INJURY_RISK"),
        ],
        ctx,
        user,
    )
    cases.add_assessment(
        cid,
        AssessmentDraft(date(2026, 9, 5), SCORES, "Анкета", "Көмек керек"),
        ctx,
        user,
        advance=True,
    )
    cases.save_plan(
        cid,
        PlanDraft(
            date(2026, 9, 10),
            (
                MeasureDraft("PSYCHOLOGICAL", date(2026, 10, 1), "ОЦК", "Кеңес", person_id=son),
                MeasureDraft("SOCIAL", date(2026, 12, 1), "Әкімдік", "Көмір"),
            ),
            review_date=date(2026, 12, 10),
            note="Жоспар",
        ),
        ctx,
        user,
        advance=True,
    )
    cases.transition(cid, "ACCOMPANIMENT", date(2026, 9, 12), ctx, user)
    cases.add_visit(
        cid,
        VisitDraft(
            date(2026, 9, 20),
            "HOME",
            "Ана, бала",
            True,
            "Пеш жөндеу керек",
            "MEDIUM",
            date(2026, 10, 20),
        ),
        ctx,
        user,
    )
    cases.add_service(
        cid,
        ServiceDraft(
            "SOCIAL",
            date(2026, 10, 2),
            "Әкімдік",
            "Айгерім",
            Decimal("1.00"),
            Decimal("25000.00"),
            son,
            "Көмір",
        ),
        ctx,
        user,
    )
    return cid


def person_id(store: Store, given_name: str) -> int:
    with store.session() as s:
        return s.scalars(select(Person.id).where(Person.given_name == given_name)).one()


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: equal dumps mean an unchanged store."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            stmt = select(table).order_by(*table.primary_key.columns)
            out[table.name] = [tuple(r) for r in s.execute(stmt)]
    return out
