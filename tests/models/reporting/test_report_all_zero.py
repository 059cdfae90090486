"""An empty report (issue 7 point 8): :func:`models.reporting.dto.figures_all_zero`.

"All zero" is decided in one place: every count of every sheet is zero and A3 lists no object.
Each count is flipped on its own to 1 to show that any single figure makes a report non-empty.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from models.demo.load import add_demo_data
from models.reporting.dto import (
    A1Row,
    A2Row,
    A3Row,
    B1Row,
    CodeCount,
    QualityIssue,
    figures_all_zero,
)
from models.reporting.figures import compute_figures
from models.reporting.periods import parse_period
from models.store.db import Store
from tests.conftest import TODAY
from tests.exporters.package_samples import zero_data


def test_no_rows_at_all_is_all_zero() -> None:
    assert figures_all_zero(zero_data(a1=(), a2=(), b1=(), b2=(), b3=(), b4=()))


def test_rows_of_zeros_are_all_zero() -> None:
    assert figures_all_zero(zero_data())


def test_warnings_do_not_count_as_figures() -> None:
    assert figures_all_zero(zero_data(warnings=(QualityIssue("member_without_iin", 3),)))


@pytest.mark.parametrize("field", A1Row.COUNT_FIELDS)
def test_any_a1_count_makes_it_not_empty(field: str) -> None:
    row = replace(zero_data().a1[0], **{field: 1})
    assert not figures_all_zero(zero_data(a1=(row,)))


@pytest.mark.parametrize("field", B1Row.COUNT_FIELDS)
def test_any_b1_count_makes_it_not_empty(field: str) -> None:
    row = replace(zero_data().b1[0], **{field: 1})
    assert not figures_all_zero(zero_data(b1=(row,)))


def test_a1_of_a_second_unit_counts() -> None:
    second = A1Row("113400000", "Аршалы ауданы", 1, 0, 0, 0, 0)
    assert not figures_all_zero(zero_data(a1=(zero_data().a1[0], second)))


@pytest.mark.parametrize(
    "row",
    [
        A2Row("EDU_SCHOOL", "Мектеп", 1, (0, 0, 0, 0, 0), 0, 0),
        A2Row("EDU_SCHOOL", "Мектеп", 0, (0, 0, 0, 0, 1), 0, 0),
        A2Row("EDU_SCHOOL", "Мектеп", 0, (0, 0, 0, 0, 0), 1, 0),
        A2Row("EDU_SCHOOL", "Мектеп", 0, (0, 0, 0, 0, 0), 0, 1),
    ],
)
def test_any_a2_count_makes_it_not_empty(row: A2Row) -> None:
    assert not figures_all_zero(zero_data(a2=(row,)))


@pytest.mark.parametrize(
    "changes",
    [
        {"b2": (CodeCount("VIOLENCE", "Зорлық", (1, 0)),)},
        {"b2": (CodeCount("VIOLENCE", "Зорлық", (0, 1)),)},
        {"b3": (CodeCount("PSYCH", "Психологиялық көмек", (1,)),)},
        {"b4": (CodeCount("NONE", "Деңгейсіз", (1,)),)},
    ],
)
def test_any_b2_b3_b4_count_makes_it_not_empty(changes: dict[str, Any]) -> None:
    assert not figures_all_zero(zero_data(**changes))


def test_an_a3_object_makes_it_not_empty() -> None:
    obj = A3Row(
        "3f2b9c1e-5d7a-4e0b-9c41-0a2b3c4d5e6f",
        "113220100",
        "Мектеп №1",
        "EDU_SCHOOL",
        "Абай көшесі, 1",
        date(2026, 2, 1),
        ("VND", "VND", "VND", "VND", "VND"),
        False,
        None,
    )
    assert not figures_all_zero(zero_data(a3=(obj,)))


def test_a_fresh_store_is_all_zero(store: Store) -> None:
    assert figures_all_zero(compute_figures(store, parse_period("2025")))


def test_a_store_with_objects_is_not_all_zero(store: Store) -> None:
    add_demo_data(store, objects=5, families=0, seed=1, today=TODAY, user="admin")
    assert not figures_all_zero(compute_figures(store, parse_period("2026")))
