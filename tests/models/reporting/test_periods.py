"""Period arithmetic (reporting.md §1), in models/reporting/periods.py: no UI needed."""

from __future__ import annotations

from datetime import date

import pytest

from models.reporting.periods import (
    ACADEMIC_YEAR,
    KINDS,
    RANGE,
    YEAR,
    PeriodError,
    kind_of,
    known_part,
    last_ended_code,
    parse_period,
    period_choices,
)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 20), ["2025", "2026-H1", "2026-Q3", "2026-10", "2025-AY", "2024..2025"]),
        (date(2026, 1, 1), ["2025", "2025-H2", "2025-Q4", "2025-12", "2024-AY", "2024..2025"]),
        (date(2026, 7, 1), ["2025", "2026-H1", "2026-Q2", "2026-06", "2024-AY", "2024..2025"]),
        # The academic year 2025-AY ends on 31 August 2026: ended on 1 September, not before.
        (date(2026, 8, 31), ["2025", "2026-H1", "2026-Q2", "2026-07", "2024-AY", "2024..2025"]),
        (date(2026, 9, 1), ["2025", "2026-H1", "2026-Q2", "2026-08", "2025-AY", "2024..2025"]),
    ],
)
def test_last_ended_period_of_each_kind(today: date, expected: list[str]) -> None:
    codes = [last_ended_code(kind, today) for kind in KINDS]
    assert codes == expected
    assert all(parse_period(code).end < today for code in codes)
    assert [kind_of(code) for code in codes] == list(KINDS)


def test_choices_are_the_periods_started_by_today() -> None:
    codes = [p.code for p in period_choices(date(2026, 5, 3), 1)]
    # 2026: the year, H1, Q1-Q2, January-May (2026-AY starts in September: not yet);
    # 2025: all 1 + 2 + 4 + 12 and 2025-AY; then the one range of two of those years.
    assert codes[:10] == [
        "2026", "2026-H1", "2026-Q1", "2026-Q2", "2026-01", "2026-02", "2026-03", "2026-04",
        "2026-05", "2025",
    ]  # fmt: skip
    assert codes[-2:] == ["2025-AY", "2025..2026"]
    assert "2026-AY" not in codes
    assert len(codes) == 9 + 20 + 1


def test_choices_offer_the_ranges_latest_ending_first_longest_first() -> None:
    codes = [p.code for p in period_choices(date(2026, 11, 20), 2)]
    assert [c for c in codes if kind_of(c) == RANGE] == ["2024..2026", "2025..2026", "2024..2025"]
    assert [c for c in codes if kind_of(c) == ACADEMIC_YEAR] == ["2026-AY", "2025-AY", "2024-AY"]
    # The proposed period of every kind is one of the choices (the dashboard selects it).
    assert all(last_ended_code(kind, date(2026, 11, 20)) in codes for kind in KINDS)


@pytest.mark.parametrize(
    ("code", "start", "end", "kind"),
    [
        ("2026-AY", date(2026, 9, 1), date(2027, 8, 31), ACADEMIC_YEAR),
        ("2023-AY", date(2023, 9, 1), date(2024, 8, 31), ACADEMIC_YEAR),  # 29 February inside
        ("2024..2026", date(2024, 1, 1), date(2026, 12, 31), RANGE),
        ("2026..2030", date(2026, 1, 1), date(2030, 12, 31), RANGE),
        ("1900..1901", date(1900, 1, 1), date(1901, 12, 31), RANGE),
        # A one-year range has the days of the year but keeps its code as typed.
        ("2026..2026", date(2026, 1, 1), date(2026, 12, 31), RANGE),
        ("2026", date(2026, 1, 1), date(2026, 12, 31), YEAR),
    ],
)
def test_academic_years_and_ranges_parse(code: str, start: date, end: date, kind: str) -> None:
    period = parse_period(f" {code} ")
    assert (period.code, period.start, period.end) == (code, start, end)
    assert kind_of(period.code) == kind
    # "Open at start" is taken the day before: 31 August for an academic year, else 31 December.
    assert period.day_before == (
        date(start.year, 8, 31) if kind == ACADEMIC_YEAR else date(start.year - 1, 12, 31)
    )


@pytest.mark.parametrize(
    "text",
    [
        "2026-AZ", "2026-ay", "2026-A", "2026-AY1", "2027..2026", "1899..1900", "1899-AY",
        "9999-AY", "2026..", "..2026", "2026...2027", "2026.2027", "2026..27", "2026-2027",
        "2024..2026-AY", "",
    ],
)  # fmt: skip
def test_malformed_academic_years_and_ranges_are_refused(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text)


def test_an_academic_year_inside_today_is_cut_at_today() -> None:
    year = parse_period("2026-AY")
    assert known_part(year, date(2027, 1, 15)).end == date(2027, 1, 15)
    assert known_part(year, date(2027, 1, 15)).start == date(2026, 9, 1)
    assert known_part(year, date(2027, 9, 1)) is year


def test_known_part_cuts_a_period_not_ended_at_today() -> None:
    year = parse_period("2026")
    assert known_part(year, date(2026, 5, 3)).end == date(2026, 5, 3)
    assert known_part(year, date(2026, 5, 3)).code == "2026"
    assert known_part(year, date(2027, 1, 1)) is year
