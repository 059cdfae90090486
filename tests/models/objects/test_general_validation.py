"""Passport §1 on the object (issue 12): what validate_object checks, and the store's answer.

Every field may stay unrecorded; an area is over 0 and under 1,000,000 m²; a plot area with
"no adjacent plot" is a warning; the last capital repair lies between the year built (1800
without one) and this year; coded fields are refused by the code guard on flush, with nothing
written.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from models.issues import ERROR, WARNING, ValidationError
from models.objects.context import validation_context
from models.objects.dto import GeneralInfo, ObjectDraft
from models.objects.repository import ObjectRepository
from models.objects.validation import validate_object
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.objects.test_validation import ctx, obj

FULL = GeneralInfo(
    building_kind="PART",
    area_m2=Decimal("1250.5"),
    has_plot="YES",
    plot_area_m2=Decimal("4000"),
    last_capital_repair_year=2015,
    planned_repairs="Күрделі жөндеу 2027",
    legal_address="Ақкөл қ., Абай к-сі, 1",
    use_basis="OPERATIONAL_MANAGEMENT",
    ownership="STATE",
    territorial_level="DISTRICT",
    higher_body="Ақкөл ауданының білім бөлімі",
)


def issues(general: GeneralInfo, **changes: object) -> set[tuple[str, str, str]]:
    report = validate_object(obj(general=general, **changes), ctx())
    return {(i.field, i.code, i.severity) for i in report.issues}


def test_a_full_and_an_empty_section_pass() -> None:
    assert issues(FULL, year_built=1975) == set()
    assert issues(GeneralInfo()) == set()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"area_m2": Decimal(0)}, ("area_m2", "area_out_of_range", ERROR)),
        ({"area_m2": Decimal(1_000_000)}, ("area_m2", "area_out_of_range", ERROR)),
        ({"plot_area_m2": Decimal("-5")}, ("plot_area_m2", "area_out_of_range", ERROR)),
        (
            {"has_plot": "NO", "plot_area_m2": Decimal(300)},
            ("plot_area_m2", "plot_area_without_plot", WARNING),
        ),
        ({"last_capital_repair_year": 1970}, ("last_capital_repair_year", "out_of_range", ERROR)),
        ({"last_capital_repair_year": 2027}, ("last_capital_repair_year", "out_of_range", ERROR)),
        ({"legal_address": "a\x00"}, ("legal_address", "control_chars", ERROR)),
    ],
)
def test_each_rule(change: dict[str, object], expected: tuple[str, str, str]) -> None:
    general = dataclasses.replace(FULL, **change)  # type: ignore[arg-type]
    assert issues(general, year_built=1975) == {expected}


def test_the_repair_year_bounds() -> None:
    for year in (1975, TODAY.year):
        assert (
            issues(dataclasses.replace(FULL, last_capital_repair_year=year), year_built=1975)
            == set()
        )
    # Without a year built, from 1800.
    assert issues(dataclasses.replace(FULL, last_capital_repair_year=1800)) == set()
    report = validate_object(
        obj(general=dataclasses.replace(FULL, last_capital_repair_year=1960), year_built=1975),
        ctx(),
    )
    (issue,) = report.issues
    assert issue.params == {"low": 1975, "high": TODAY.year}


def _saved(store: Store, draft: ObjectDraft) -> int:
    return ObjectRepository(store).save(draft, validation_context(store, TODAY), "admin")


def test_the_store_keeps_the_section_and_refuses_an_unknown_code(store: Store) -> None:
    repo = ObjectRepository(store)
    oid = _saved(store, obj(general=FULL, year_built=1975))
    assert repo.get(oid).general == dataclasses.replace(
        FULL, area_m2=Decimal("1250.50"), plot_area_m2=Decimal("4000.00")
    )
    before = repo.get(oid)
    for bad in ({"ownership": "BOGUS"}, {"area_m2": Decimal(0)}):
        draft = dataclasses.replace(before, general=dataclasses.replace(FULL, **bad))
        with pytest.raises(ValidationError):
            _saved(store, draft)
        assert repo.get(oid) == before


def test_the_approved_period_lock_leaves_the_section_editable(store: Store) -> None:
    """No report reads §1: an object covered by an approved period still takes it."""
    from models.reporting.approval import approve

    oid = _saved(store, obj(registered_date=date(2025, 1, 10)))
    approve(store, "2025-H1", today=TODAY)
    repo = ObjectRepository(store)
    stored = repo.get(oid)
    _saved(store, dataclasses.replace(stored, general=FULL, year_built=1975))
    assert repo.get(oid).general.higher_body == FULL.higher_body
