"""Period arithmetic (reporting.md §1), in models/reporting/periods.py: no UI needed."""

from __future__ import annotations

from datetime import date

import pytest

from models.reporting.periods import (
    KINDS,
    kind_of,
    known_part,
    last_ended_code,
    parse_period,
    period_choices,
)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 20), ["2025", "2026-H1", "2026-Q3", "2026-10"]),
        (date(2026, 1, 1), ["2025", "2025-H2", "2025-Q4", "2025-12"]),
        (date(2026, 7, 1), ["2025", "2026-H1", "2026-Q2", "2026-06"]),
    ],
)
def test_last_ended_period_of_each_kind(today: date, expected: list[str]) -> None:
    codes = [last_ended_code(kind, today) for kind in KINDS]
    assert codes == expected
    assert all(parse_period(code).end < today for code in codes)
    assert [kind_of(code) for code in codes] == list(KINDS)


def test_choices_are_the_periods_started_by_today() -> None:
    codes = [p.code for p in period_choices(date(2026, 5, 3), 1)]
    # 2026: the year, H1, Q1-Q2, January-May; 2025: all 1 + 2 + 4 + 12.
    assert codes[:10] == [
        "2026", "2026-H1", "2026-Q1", "2026-Q2", "2026-01", "2026-02", "2026-03", "2026-04",
        "2026-05", "2025",
    ]  # fmt: skip
    assert len(codes) == 9 + 19


def test_known_part_cuts_a_period_not_ended_at_today() -> None:
    year = parse_period("2026")
    assert known_part(year, date(2026, 5, 3)).end == date(2026, 5, 3)
    assert known_part(year, date(2026, 5, 3)).code == "2026"
    assert known_part(year, date(2027, 1, 1)) is year
