"""The reporting calendar (issue 10, reporting.md §6): when a period's packages are due, and
whether a sub-office's package came on time.

No document sets the district -> oblast deadline (domain brief §4: "(proposed) 10 working days
before the oblast's deadline (configurable)"), so each office keeps its own calendar: per period
kind (``models/reporting/periods.py``: year, half, quarter, month) the number of **working days
after the period ends** by which its sub-offices' packages are due. The default is 10 at every
level; the academic year and the range of years (which no calendar of the brief sets) and any
missing, malformed or out-of-range setting fall back to it. The settings are the
``reporting_due_days_<kind>`` keys of ``models/reference/settings.py``; only an administrator
changes them (``Permission.SETTINGS``).
The district's own next deadline (:func:`next_due`) is read from the same calendar: a district
keeps a copy of its region's.

Working days are Monday to Friday minus Kazakhstan's public holidays with fixed dates (Law "On
holidays" and Labour Code art. 85): 1-2 January, 7 January, 8 March, 21-23 March, 1 May, 7 May,
9 May, 6 July, 30 August, 25 October, 16 December. When one of them falls on a Saturday or a
Sunday the next working day is off, except for the religious holiday (7 January, Orthodox
Christmas), which is never carried over. Left out, and so counted as working days: Kurban ait
(its date moves with the lunar calendar every year) and the day swaps the Government sets each
year by decree (a Saturday worked for a Monday off...). A deadline can therefore fall a day or
two earlier than the official count; an administrator who minds adds days.

Receipt times are UTC (reporting.md §6.3); :func:`timeliness` compares the **local** date of the
machine (``datetime.astimezone()``, as every time shown by the app), not the UTC one.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo

from models.issues import ValidationError, ValidationReport
from models.reference import settings as domain_settings
from models.reference.roles import Permission, require
from models.reporting.periods import (
    ACADEMIC_YEAR,
    HALF,
    KINDS,
    MONTH,
    QUARTER,
    RANGE,
    YEAR,
    Period,
    PeriodError,
    kind_of,
    last_ended_code,
    parse_period,
)
from models.store.db import Store

ON_TIME, LATE, MISSING, NOT_DUE = "on_time", "late", "missing", "not_due"
#: Every timeliness state, in the order a table sorts them.
STATES = (ON_TIME, LATE, MISSING, NOT_DUE)

#: The period kinds whose working days an administrator sets; the others take the default.
CALENDAR_KINDS = (YEAR, HALF, QUARTER, MONTH)

#: Working days after a period's end when nothing usable is set (domain brief §4).
DUE_DAYS_DEFAULT = domain_settings.REPORTING_DUE_DAYS_DEFAULT
#: The working days an administrator may choose.
DUE_DAYS_RANGE = domain_settings.REPORTING_DUE_DAYS_RANGE

#: Fixed-date public holidays (month, day) carried over to the next working day on a weekend.
_CARRIED = ((1, 1), (1, 2), (3, 8), (3, 21), (3, 22), (3, 23), (5, 1), (5, 7), (5, 9), (7, 6),
            (8, 30), (10, 25), (12, 16))  # fmt: skip
#: Fixed-date religious holidays: off, never carried over (7 January, Orthodox Christmas).
_NOT_CARRIED = ((1, 7),)


@functools.lru_cache(maxsize=64)
def days_off(year: int) -> frozenset[date]:
    """Return the weekdays of ``year`` that are not working days (holidays and carried days).

    >>> [d.day for d in sorted(days_off(2026)) if d.month == 3]
    [9, 23, 24, 25]
    """
    holidays = {date(year, m, d) for m, d in (*_CARRIED, *_NOT_CARRIED)}
    off = {d for d in holidays if d.weekday() < 5}
    owed = 0
    day = date(year, 1, 1)
    last = date(year, 12, 31)
    # NOTE: one pass in date order, so a carried day never lands on another holiday (21-23 March
    # on a weekend push two days past the 23rd); 16 December is the last and never leaves the year.
    while day <= last:
        if day.weekday() >= 5:
            if (day.month, day.day) in _CARRIED:
                owed += 1
        elif day not in holidays and owed:
            off.add(day)
            owed -= 1
        day += timedelta(days=1)
    return frozenset(off)


def is_working_day(day: date, holidays: Collection[date] | None = None) -> bool:
    """Return True for a Monday-Friday that is no holiday (``holidays``: the days off to use
    instead of Kazakhstan's, for tests and other calendars)."""
    if day.weekday() >= 5:
        return False
    return day not in (days_off(day.year) if holidays is None else holidays)


def working_days_after(day: date, n: int, holidays: Collection[date] | None = None) -> date:
    """Return the ``n``-th working day after ``day`` (``day`` itself for ``n`` <= 0).

    >>> working_days_after(date(2026, 9, 30), 10)
    datetime.date(2026, 10, 14)
    """
    current = day
    left = n
    while left > 0:
        current += timedelta(days=1)
        if is_working_day(current, holidays):
            left -= 1
    return current


def _kind(period: Period) -> str | None:
    """Return the kind of ``period`` when the calendar sets its days (:data:`CALENDAR_KINDS`),
    else None (an academic year, a range, or a code that is no period)."""
    try:
        parsed = parse_period(period.code)
    except PeriodError:
        return None
    kind = kind_of(parsed.code)
    return kind if kind in CALENDAR_KINDS else None


def _due_days(value: str | None) -> int:
    low, high = DUE_DAYS_RANGE
    try:
        n = int((value or "").strip())
    except ValueError:
        return DUE_DAYS_DEFAULT
    return n if low <= n <= high else DUE_DAYS_DEFAULT


def calendar_settings(store: Store) -> dict[str, int]:
    """Return the working days after the period's end, per kind of ``CALENDAR_KINDS`` (defaults
    filled)."""
    with store.session_factory() as s:
        return {
            kind: _due_days(domain_settings.read_setting(s, domain_settings.due_days_key(kind)))
            for kind in CALENDAR_KINDS
        }


def set_due_days(store: Store, kind: str, days: int, *, user: str | None = None) -> None:
    """Store the working days after the end of a period of ``kind`` (administrator only).

    Raises:
        ValueError: ``kind`` is not one of ``CALENDAR_KINDS`` (a programming error, nothing
            written).
        ValidationError: ``days`` outside ``DUE_DAYS_RANGE`` (field ``days``, ``out_of_range``).
        RoleError: the principal may not change settings (nothing written).
    """
    set_calendar(store, {kind: days}, user=user)


def set_calendar(store: Store, days: Mapping[str, int], *, user: str | None = None) -> None:
    """Store the working days of several kinds at once, all or nothing (administrator only).

    Raises:
        ValueError: a kind is not one of ``CALENDAR_KINDS`` (a programming error, nothing written).
        ValidationError: a value outside ``DUE_DAYS_RANGE`` (field ``days``, or ``days_<kind>``
            when several kinds are given; ``out_of_range``); nothing written.
        RoleError: the principal may not change settings (nothing written).
    """
    unknown = [kind for kind in days if kind not in CALENDAR_KINDS]
    if unknown:
        raise ValueError(f"unknown period kind: {unknown[0]!r}")
    low, high = DUE_DAYS_RANGE
    report = ValidationReport()
    for kind, n in days.items():
        if not low <= n <= high:
            field = "days" if len(days) == 1 else f"days_{kind}"
            report.add(field, "out_of_range", low=low, high=high)
    if not report.ok:
        raise ValidationError(report)
    with store.session(user) as s:
        require(s, Permission.SETTINGS)
        for kind, n in days.items():
            domain_settings.write_setting(s, domain_settings.due_days_key(kind), str(n))


def due_in(settings: Mapping[str, int], period: Period) -> date:
    """Return the due date of ``period`` under ``settings`` (as :func:`calendar_settings` gives)."""
    kind = _kind(period)
    days = settings.get(kind, DUE_DAYS_DEFAULT) if kind is not None else DUE_DAYS_DEFAULT
    return working_days_after(period.end, days)


def due_date(store: Store, period: Period) -> date:
    """Return the deadline of the sub-offices' packages of ``period`` at this office."""
    return due_in(calendar_settings(store), period)


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """Return the date of ``moment`` on this machine's clock, or in ``tz`` when given (a naive
    moment is UTC, as the store keeps it)."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return aware.astimezone(tz).date()


def timeliness(due: date, received_at: datetime | None, today: date) -> str:
    """Return ON_TIME, LATE, MISSING or NOT_DUE for a package due on ``due``.

    ON_TIME when received (local date) on or before ``due``, LATE when received after it;
    without a package MISSING once ``today`` is after ``due``, NOT_DUE until then.
    """
    if received_at is not None:
        return ON_TIME if local_date(received_at) <= due else LATE
    return MISSING if today > due else NOT_DUE


def _shift(code: str, kind: str, steps: int) -> str:
    """Return the code of the period of ``kind`` ``steps`` periods after ``code`` (or before);
    ranges follow each other without overlap (``2024..2025``, ``2026..2027``)."""
    period = parse_period(code)
    year = period.start.year
    if kind == YEAR:
        return str(year + steps)
    if kind == ACADEMIC_YEAR:
        return f"{year + steps}-AY"
    if kind == RANGE:
        span = period.end.year - year + 1
        return f"{year + steps * span}..{period.end.year + steps * span}"
    per_year = {HALF: 2, QUARTER: 4, MONTH: 12}[kind]
    months = 12 // per_year
    index = year * per_year + (period.start.month - 1) // months + steps
    y, i = divmod(index, per_year)
    if kind == HALF:
        return f"{y}-H{i + 1}"
    if kind == QUARTER:
        return f"{y}-Q{i + 1}"
    return f"{y}-{i + 1:02d}"


def next_due_in(
    settings: Mapping[str, int], today: date, kind: str = QUARTER
) -> tuple[Period, date]:
    """Return the earliest period of ``kind`` (ended or current) due on or after ``today`` under
    ``settings``, with its due date (what :func:`next_due` reads; the calendar dialog previews it).

    Raises:
        ValueError: ``kind`` is not one of ``KINDS``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown period kind: {kind!r}")
    code = last_ended_code(kind, today)
    # Long calendars (a month with 60 working days) keep earlier periods due: walk back first.
    while due_in(settings, parse_period(_shift(code, kind, -1))) >= today:
        code = _shift(code, kind, -1)
    while due_in(settings, parse_period(code)) < today:
        code = _shift(code, kind, 1)
    period = parse_period(code)
    return period, due_in(settings, period)


def next_due(store: Store, today: date, kind: str = QUARTER) -> tuple[Period, date]:
    """Return this office's own next deadline: the earliest period of ``kind`` (ended or
    current) whose due date is on or after ``today``, with that date.

    Raises:
        ValueError: ``kind`` is not one of ``KINDS``.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown period kind: {kind!r}")
    return next_due_in(calendar_settings(store), today, kind)
