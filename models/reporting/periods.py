"""Reporting periods (reporting.md §1): ``YYYY``, ``YYYY-H1``, ``YYYY-Q3``, ``YYYY-MM``, the
academic year ``YYYY-AY`` (1 September YYYY to 31 August YYYY+1) and the range of whole years
``YYYY..YYYY`` (1 January of the first to 31 December of the last).

A one-year range (``2026..2026``) is a period of its own: it has the days of ``2026`` but keeps
the code as typed, since a package's manifest must carry its period exactly as its file name does
(reporting.md §2) and approvals, exports and receipts are kept by code. The pickers never propose
one, and nothing assumes it is the year: the lock, approvals and figures work on the days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from models.errors import QoldauError

_PATTERN = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]|AY)|\.\.(\d{4}))?$")
#: The first year of any period (earlier codes are typing errors, not reporting periods).
FIRST_YEAR = 1900
#: The last year a period may reach (its end stays a date).
LAST_YEAR = 9999
#: The forms of a period code, as help and refusals name them.
PERIOD_FORMS = "YYYY, YYYY-H1, YYYY-Q1..Q4, YYYY-MM, YYYY-AY or YYYY..YYYY"


class PeriodError(QoldauError, ValueError):
    """The text is not a period of reporting.md §1."""


@dataclass(frozen=True)
class Period:
    """A reporting period: stocks are taken at ``end``, flows count events in [start, end]."""

    code: str
    start: date
    end: date

    @property
    def day_before(self) -> date:
        """The last day before the period: where "open at start" is taken."""
        return self.start - timedelta(days=1)


def parse_period(text: str) -> Period:
    """Parse a period string.

    Raises:
        PeriodError: when the text is not ``YYYY``, ``YYYY-H1|H2``, ``YYYY-Q1..Q4``, ``YYYY-MM``,
            ``YYYY-AY`` or ``YYYY..YYYY`` with years from 1900 (a range's first year on or
            before its last; an academic year ending by 9999).
    """
    code = text.strip()
    m = _PATTERN.match(code)
    if not m:
        raise PeriodError(text)
    year, part, last_year = int(m.group(1)), m.group(2), m.group(3)
    if year < FIRST_YEAR:
        raise PeriodError(text)
    if last_year is not None:
        to = int(last_year)
        if to < year:
            raise PeriodError(text)
        return Period(code, date(year, 1, 1), date(to, 12, 31))
    if part == "AY":
        if year >= LAST_YEAR:
            raise PeriodError(text)
        return Period(code, date(year, 9, 1), date(year + 1, 8, 31))
    if part is None:
        first, last = 1, 12
    elif part[0] == "H":
        first = 1 if part == "H1" else 7
        last = first + 5
    elif part[0] == "Q":
        first = 3 * (int(part[1]) - 1) + 1
        last = first + 2
    else:
        first = last = int(part)
    end = date(year, last, calendar.monthrange(year, last)[1])
    return Period(code, date(year, first, 1), end)


# -- period types: what the pickers and the dashboard offer (arithmetic on codes, no UI) -----------

YEAR, HALF, QUARTER, MONTH = "year", "half", "quarter", "month"
ACADEMIC_YEAR, RANGE = "academic_year", "range"
#: Period types: the calendar's, longest first, then the academic year and the range of years.
KINDS = (YEAR, HALF, QUARTER, MONTH, ACADEMIC_YEAR, RANGE)
#: The years a proposed range (:func:`last_ended_code`) spans.
RANGE_YEARS = 2


def kind_of(code: str) -> str:
    """Return the period type of a period code (``2026`` year, ``2026-H1`` half, ``2026-AY``
    academic year, ``2024..2026`` range, ...)."""
    if ".." in code:
        return RANGE
    if "-" not in code:
        return YEAR
    part = code.split("-", 1)[1]
    return {"H": HALF, "Q": QUARTER, "A": ACADEMIC_YEAR}.get(part[0], MONTH)


def last_ended_code(kind: str, today: date) -> str:
    """Return the code of the last period of type ``kind`` that ended before ``today`` (for a
    range: the last :data:`RANGE_YEARS` whole years ended).

    >>> last_ended_code("quarter", date(2026, 11, 20))
    '2026-Q3'
    >>> last_ended_code("academic_year", date(2026, 8, 31))
    '2024-AY'
    >>> last_ended_code("range", date(2026, 1, 1))
    '2024..2025'
    """
    y, m = today.year, today.month
    if kind == YEAR:
        return f"{y - 1}"
    if kind == HALF:
        return f"{y}-H1" if m >= 7 else f"{y - 1}-H2"
    if kind == QUARTER:
        q = (m - 1) // 3 + 1
        return f"{y}-Q{q - 1}" if q > 1 else f"{y - 1}-Q4"
    if kind == ACADEMIC_YEAR:
        return f"{y - 1}-AY" if m >= 9 else f"{y - 2}-AY"
    if kind == RANGE:
        return f"{y - RANGE_YEARS}..{y - 1}"
    return f"{y}-{m - 1:02d}" if m > 1 else f"{y - 1}-12"


def period_choices(today: date, years_back: int) -> list[Period]:
    """Return the periods started by ``today``: per year (newest first) the year, its halves,
    quarters and months and the academic year starting in it, over this year and
    ``years_back`` years before it; then the ranges of two or more of those years, the latest
    ending first, the longest first.
    """
    codes: list[str] = []
    first = today.year - years_back
    for year in range(today.year, first - 1, -1):
        codes.append(str(year))
        codes.extend(f"{year}-H{h}" for h in (1, 2))
        codes.extend(f"{year}-Q{q}" for q in (1, 2, 3, 4))
        codes.extend(f"{year}-{m:02d}" for m in range(1, 13))
        codes.append(f"{year}-AY")
    for last in range(today.year, first, -1):
        codes.extend(f"{start}..{last}" for start in range(first, last))
    periods = [parse_period(code) for code in codes]
    return [p for p in periods if p.start <= today]


def known_part(period: Period, today: date) -> Period:
    """Return ``period`` as far as it is known on ``today``: cut at today when not ended."""
    return period if period.end <= today else replace(period, end=today)
