"""The reporting calendar (issue 10): working days, due dates, timeliness and the settings.

Every date below is counted by hand on a 2026/2027 calendar (weekday noted beside it).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from models.issues import ValidationError
from models.reference import settings as domain_settings
from models.reference.roles import RoleError
from models.reporting.calendar import (
    CALENDAR_KINDS,
    LATE,
    MISSING,
    NOT_DUE,
    ON_TIME,
    calendar_settings,
    days_off,
    due_date,
    local_date,
    next_due,
    set_calendar,
    set_due_days,
    timeliness,
    working_days_after,
)
from models.reporting.periods import (
    ACADEMIC_YEAR,
    HALF,
    MONTH,
    QUARTER,
    RANGE,
    YEAR,
    parse_period,
)
from models.store.db import Store
from tests.accounts import as_role
from tests.store_templates import table_counts


def _stored(store: Store, kind: str) -> str | None:
    with store.session() as s:
        return domain_settings.read_setting(s, domain_settings.due_days_key(kind))


# --------------------------------------------------------------------------- working days


def test_q3_2026_is_due_on_the_tenth_working_day_14_october() -> None:
    # 30.09 Wed; Oct: 1 Thu, 2 Fri, 5-9 (7), 12, 13, 14 Wed = 10th. No holiday in between.
    assert working_days_after(date(2026, 9, 30), 10) == date(2026, 10, 14)


def test_q4_2026_skips_new_year_its_carried_day_and_christmas() -> None:
    # 1 Jan 2027 Fri off; 2 Jan Sat -> Mon 4 Jan off; 7 Jan Thu off (religious: not carried).
    # Working: 5 Tue (1), 6 (2), 8 (3), 11-15 (4-8), 18 (9), 19 Tue (10).
    assert working_days_after(date(2026, 12, 31), 10) == date(2027, 1, 19)
    assert {date(2027, 1, 1), date(2027, 1, 4), date(2027, 1, 7)} <= days_off(2027)
    assert date(2027, 1, 5) not in days_off(2027)


def test_8_march_on_a_sunday_gives_monday_9_march_off() -> None:
    # February 2026 ends Sat 28.02; March: 2-6 (5), 9 off, 10-13 (6-9), 16 Mon (10).
    assert working_days_after(date(2026, 2, 28), 10) == date(2026, 3, 16)
    assert date(2026, 3, 9) in days_off(2026)


def test_nauryz_on_a_weekend_pushes_two_days_past_the_23rd() -> None:
    # 2026: 21 Mar Sat, 22 Sun (both carried), 23 Mon holiday -> 24 Tue and 25 Wed off.
    assert [d.day for d in sorted(days_off(2026)) if d.month == 3] == [9, 23, 24, 25]
    assert working_days_after(date(2026, 3, 20), 1) == date(2026, 3, 26)


def test_republic_day_on_a_sunday_gives_monday_off() -> None:
    # 25 Oct 2026 is a Sunday: Mon 26 Oct off, the next working day after Fri 23 is Tue 27.
    assert date(2026, 10, 25).weekday() == 6
    assert working_days_after(date(2026, 10, 23), 1) == date(2026, 10, 27)


def test_orthodox_christmas_on_a_sunday_is_not_carried() -> None:
    # 7 Jan 2024 was a Sunday; Mon 8 Jan 2024 was a working day.
    assert date(2024, 1, 7).weekday() == 6
    assert working_days_after(date(2024, 1, 5), 1) == date(2024, 1, 8)


def test_a_calendar_of_its_own_replaces_the_holidays() -> None:
    # Fri 2 Oct 2026 given as the only day off: 1 Thu (1), 5 Mon (2).
    assert working_days_after(date(2026, 9, 30), 2, holidays={date(2026, 10, 2)}) == date(
        2026, 10, 5
    )
    assert working_days_after(date(2026, 9, 30), 0) == date(2026, 9, 30)


# --------------------------------------------------------------------------- due dates


def test_due_dates_default_to_ten_working_days_for_every_kind(store: Store) -> None:
    assert calendar_settings(store) == dict.fromkeys(CALENDAR_KINDS, 10)
    assert due_date(store, parse_period("2026-Q3")) == date(2026, 10, 14)
    assert due_date(store, parse_period("2026-Q4")) == date(2027, 1, 19)
    assert due_date(store, parse_period("2026")) == date(2027, 1, 19)
    assert due_date(store, parse_period("2026-02")) == date(2026, 3, 16)


def test_each_kind_keeps_its_own_days(store: Store) -> None:
    set_due_days(store, YEAR, 20)
    # 2026 ends Thu 31.12; counted on from 19 Jan 2027 (10th): 20-22 (13), 25-29 (18), 1 Feb (19),
    # 2 Feb Tue (20).
    assert due_date(store, parse_period("2026")) == date(2027, 2, 2)
    assert due_date(store, parse_period("2026-Q4")) == date(2027, 1, 19)
    assert calendar_settings(store)[YEAR] == 20


def test_an_academic_year_and_a_range_take_the_default_days(store: Store) -> None:
    for kind in CALENDAR_KINDS:
        set_due_days(store, kind, 30)
    assert calendar_settings(store) == dict.fromkeys(CALENDAR_KINDS, 30)
    # 2026-AY ends Tue 31.08.2027 (30 August, a holiday, is before it): September 1-3 (3),
    # 6-10 (8), 13, 14 Tue (10).
    assert due_date(store, parse_period("2026-AY")) == date(2027, 9, 14)
    # 2024..2026 ends with 2026 (Thu 31.12.2026): the year's 10 working days, not its 30.
    assert due_date(store, parse_period("2024..2026")) == date(2027, 1, 19)
    assert due_date(store, parse_period("2026")) != date(2027, 1, 19)


@pytest.mark.parametrize("bad", ["", "0", "-3", "121", "ten", "1.5"])
def test_an_unusable_value_reads_as_the_default(store: Store, bad: str) -> None:
    with store.session("admin") as s:
        domain_settings.write_setting(s, domain_settings.due_days_key(QUARTER), bad)
    assert calendar_settings(store)[QUARTER] == 10
    assert due_date(store, parse_period("2026-Q3")) == date(2026, 10, 14)


# --------------------------------------------------------------------------- settings


def test_an_administrator_sets_the_days_and_they_read_back(store: Store) -> None:
    set_due_days(store, QUARTER, 15, user="admin")
    set_due_days(store, MONTH, 5)
    assert calendar_settings(store) == {**dict.fromkeys(CALENDAR_KINDS, 10), QUARTER: 15, MONTH: 5}
    assert _stored(store, QUARTER) == "15"
    # Q3 2026: 14 Oct is the 10th; 15, 16 (12), 19, 20, 21 Wed (15).
    assert due_date(store, parse_period("2026-Q3")) == date(2026, 10, 21)


@pytest.mark.parametrize("role", ["viewer", "specialist", "supervisor"])
def test_only_an_administrator_sets_the_days(store: Store, role: str) -> None:
    before = table_counts(store.path)
    with pytest.raises(RoleError) as caught:
        set_due_days(as_role(store, "someone", role), QUARTER, 15)
    assert caught.value.code == "not_allowed"
    assert _stored(store, QUARTER) is None
    assert table_counts(store.path) == before
    assert calendar_settings(as_role(store, "someone", role))[QUARTER] == 10


@pytest.mark.parametrize("days", [0, 121])
def test_out_of_range_is_refused_and_nothing_written(store: Store, days: int) -> None:
    set_due_days(store, QUARTER, 12)
    with pytest.raises(ValidationError) as caught:
        set_due_days(store, QUARTER, days)
    assert [(i.field, i.code) for i in caught.value.report.issues] == [("days", "out_of_range")]
    assert _stored(store, QUARTER) == "12"


def test_several_kinds_are_set_all_or_nothing(store: Store) -> None:
    set_calendar(store, {YEAR: 40, QUARTER: 12})
    assert calendar_settings(store) == {**dict.fromkeys(CALENDAR_KINDS, 10), YEAR: 40, QUARTER: 12}
    with pytest.raises(ValidationError) as caught:
        set_calendar(store, {HALF: 15, MONTH: 0})
    assert [(i.field, i.code) for i in caught.value.report.issues] == [
        ("days_month", "out_of_range")
    ]
    assert _stored(store, HALF) is None
    assert calendar_settings(store)[HALF] == 10


def test_an_unknown_kind_is_a_programming_error(store: Store) -> None:
    with pytest.raises(ValueError):
        set_due_days(store, ACADEMIC_YEAR, 10)
    with pytest.raises(ValueError):
        set_calendar(store, {RANGE: 10})
    with pytest.raises(ValueError):
        next_due(store, date(2026, 10, 1), "week")


# --------------------------------------------------------------------------- timeliness


def test_the_four_timeliness_states() -> None:
    due = date(2026, 10, 14)
    on_due_day = datetime.combine(due, time(23, 59)).astimezone()
    day_after = datetime.combine(due + timedelta(days=1), time(0, 1)).astimezone()
    assert timeliness(due, on_due_day, date(2026, 12, 1)) == ON_TIME
    assert timeliness(due, day_after, date(2026, 12, 1)) == LATE
    assert timeliness(due, None, date(2026, 10, 15)) == MISSING
    assert timeliness(due, None, date(2026, 10, 14)) == NOT_DUE
    assert timeliness(due, None, date(2026, 10, 1)) == NOT_DUE


def test_received_times_count_by_the_local_date() -> None:
    almaty = timezone(timedelta(hours=5))
    # 20:00 UTC on the due day is 01:00 the next day in Almaty.
    utc_evening = datetime(2026, 10, 14, 20, 0, tzinfo=UTC)
    assert local_date(utc_evening, almaty) == date(2026, 10, 15)
    # A naive time is UTC, as the store keeps it.
    assert local_date(datetime(2026, 10, 14, 20, 0), almaty) == date(2026, 10, 15)
    assert local_date(datetime(2026, 10, 14, 18, 59), almaty) == date(2026, 10, 14)
    # timeliness uses this machine's clock, like every time the app shows.
    local = utc_evening.astimezone()
    expected = ON_TIME if local.date() <= date(2026, 10, 14) else LATE
    assert timeliness(date(2026, 10, 14), utc_evening, date(2026, 10, 20)) == expected


# --------------------------------------------------------------------------- next due


@pytest.mark.parametrize(
    ("today", "code", "due"),
    [
        (date(2026, 10, 5), "2026-Q3", date(2026, 10, 14)),
        (date(2026, 10, 14), "2026-Q3", date(2026, 10, 14)),
        (date(2026, 10, 15), "2026-Q4", date(2027, 1, 19)),
        (date(2027, 1, 19), "2026-Q4", date(2027, 1, 19)),
        (date(2027, 1, 20), "2027-Q1", date(2027, 4, 14)),
    ],
)
def test_next_due_quarter(store: Store, today: date, code: str, due: date) -> None:
    # 2027-Q1 ends Wed 31.03.2027: April 1, 2 (2), 5-9 (7), 12, 13, 14 Wed (10).
    period, when = next_due(store, today)
    assert (period.code, when) == (code, due)


def test_next_due_year_and_month(store: Store) -> None:
    # 2025 ends Wed 31.12.2025; 1, 2 Jan (Thu, Fri) and 7 Jan (Wed) off: 5, 6, 8, 9, 12-16, 19.
    assert next_due(store, date(2026, 1, 10), YEAR) == (parse_period("2025"), date(2026, 1, 19))
    assert next_due(store, date(2026, 3, 10), MONTH) == (parse_period("2026-02"), date(2026, 3, 16))


def test_next_due_academic_year_and_range(store: Store) -> None:
    # 2026-AY is due on Tue 14.09.2027 (above); the day after, 2027-AY (ends Thu 31.08.2028;
    # September 1 (1), 4-8 (6), 11-14 Thu (10)).
    assert next_due(store, date(2027, 9, 1), ACADEMIC_YEAR) == (
        parse_period("2026-AY"),
        date(2027, 9, 14),
    )
    assert next_due(store, date(2027, 9, 15), ACADEMIC_YEAR) == (
        parse_period("2027-AY"),
        date(2028, 9, 14),
    )
    # Ranges follow each other without overlap: 2025..2026 is due with the year 2026, then
    # 2027..2028 (ends Sun 31.12.2028; 1, 2 January 2029 off, 7 January a Sunday: 3-5 (3),
    # 8-12 (8), 15, 16 Tue (10)).
    assert next_due(store, date(2027, 1, 10), RANGE) == (
        parse_period("2025..2026"),
        date(2027, 1, 19),
    )
    assert next_due(store, date(2027, 1, 20), RANGE) == (
        parse_period("2027..2028"),
        date(2029, 1, 16),
    )


def test_next_due_finds_an_earlier_period_still_due_under_a_long_calendar(store: Store) -> None:
    set_due_days(store, MONTH, 25)
    # January 2026 ends Sat 31.01; February 2-27 has 20 working days, then March 2-6: Fri 6 March.
    assert due_date(store, parse_period("2026-01")) == date(2026, 3, 6)
    assert next_due(store, date(2026, 3, 5), MONTH) == (
        parse_period("2026-01"),
        date(2026, 3, 6),
    )
    # A day later January is past due: February (ends Sat 28.02; March 2-6, 10-13, 16-20, 23
    # off, 24, 25 off: 26, 27, 30, 31, April 1-3, 6...). Only the period is checked here.
    assert next_due(store, date(2026, 3, 7), MONTH)[0].code == "2026-02"
