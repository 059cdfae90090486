"""The fixed vocabularies are code lists: shipped with kk/ru/en labels, seeded, and guarded."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import func, select

from models.cases import tables as cases
from models.families import tables as families
from models.issues import ValidationError
from models.paths import resource_path
from models.reference.repository import ReferenceRepository
from models.reference.tables import CodeItem
from models.seed import CODE_LISTS, seed_reference_data
from models.store.db import Store

#: Code list -> the tuple of models/ the rules, the demo data and the bulk paths use.
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "no_iin_reasons": families.NO_IIN_REASONS,
    "citizenships": families.CITIZENSHIPS,
    "housing_types": families.HOUSING_TYPES,
    "heating_types": families.HEATING_TYPES,
    "co_detector_answers": families.DETECTOR_ANSWERS,
    "legal_bases": families.LEGAL_BASES,
    "consent_forms": families.CONSENT_FORMS,
    "assessment_domains": cases.ALL_ASSESSMENT_DOMAINS,
    "measure_statuses": cases.MEASURE_STATUSES,
    "visit_types": cases.VISIT_TYPES,
    "risk_levels": cases.RISK_LEVELS,
    "care_statuses": families.CARE_STATUSES,
    "placement_forms": families.PLACEMENT_FORMS,
    "opinion_decisions": families.OPINION_DECISIONS,
}


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_the_csv_holds_the_codes_with_three_labels(name: str) -> None:
    assert name in CODE_LISTS
    with resource_path(f"codelists/{name}.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["code", "kk", "ru", "en", "note"]
        rows = list(reader)
    assert tuple(r["code"] for r in rows) == VOCABULARIES[name]
    assert all(r["kk"] and r["ru"] and r["en"] for r in rows)


def test_the_store_holds_them_in_order(store: Store) -> None:
    ref = ReferenceRepository(store)
    visits = ref.code_labels("visit_types")
    assert [c.code for c in visits] == list(cases.VISIT_TYPES)
    home = visits[0]
    assert (home.kk, home.ru, home.en) == ("үйге бару", "посещение на дому", "home visit")
    assert [c.label("ru") for c in ref.code_labels("housing_types")][-1] == "Нет жилья"


def test_seeding_again_adds_nothing(store: Store) -> None:
    """An existing store gets a missing list on open; one already seeded is left as it is."""
    with store.session() as session:
        before = session.scalar(select(func.count()).select_from(CodeItem))
        seed_reference_data(session)
        session.flush()
        after = session.scalar(select(func.count()).select_from(CodeItem))
    assert after == before


def test_a_store_missing_a_list_gets_it_on_seeding(store: Store) -> None:
    with store.session() as session:
        session.execute(CodeItem.__table__.delete().where(CodeItem.list_name == "risk_levels"))
    with store.session() as session:
        seed_reference_data(session)
    assert [c.code for c in ReferenceRepository(store).code_labels("risk_levels")] == [
        "LOW",
        "MEDIUM",
        "HIGH",
    ]


def test_the_guard_refuses_a_code_outside_the_list(store: Store) -> None:
    """The code guard reads these fields' codes from the store, as for the other lists."""
    with store.session() as session:
        before = session.scalar(select(func.count()).select_from(families.Family))
    with pytest.raises(ValidationError) as refused, store.session() as session:
        session.add(families.Family(kato="111111111", housing_type="CASTLE"))
        session.flush()
    issues = [(i.field, i.code, dict(i.params)) for i in refused.value.report.issues]
    assert ("family.housing_type", "unknown_code", {"code": "CASTLE"}) in issues
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(families.Family)) == before
