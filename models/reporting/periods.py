"""Reporting periods (reporting.md §1): ``YYYY``, ``YYYY-H1``, ``YYYY-Q3``, ``YYYY-MM``."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from models.errors import QoldauError

_PATTERN = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$")


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
        PeriodError: when the text is not ``YYYY``, ``YYYY-H1|H2``, ``YYYY-Q1..Q4`` or ``YYYY-MM``.
    """
    m = _PATTERN.match(text.strip())
    if not m:
        raise PeriodError(text)
    year, part = int(m.group(1)), m.group(2)
    if year < 1900:
        raise PeriodError(text)
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
    return Period(text.strip(), date(year, first, 1), end)


# -- period types: what the pickers and the dashboard offer (arithmetic on codes, no UI) -----------

YEAR, HALF, QUARTER, MONTH = "year", "half", "quarter", "month"
#: Period types, longest first.
KINDS = (YEAR, HALF, QUARTER, MONTH)


def kind_of(code: str) -> str:
    """Return the period type of a period code (``2026`` year, ``2026-H1`` half, ...)."""
    if "-" not in code:
        return YEAR
    part = code.split("-", 1)[1]
    return {"H": HALF, "Q": QUARTER}.get(part[0], MONTH)


def last_ended_code(kind: str, today: date) -> str:
    """Return the code of the last period of type ``kind`` that ended before ``today``.

    >>> last_ended_code("quarter", date(2026, 11, 20))
    '2026-Q3'
    """
    y, m = today.year, today.month
    if kind == YEAR:
        return f"{y - 1}"
    if kind == HALF:
        return f"{y}-H1" if m >= 7 else f"{y - 1}-H2"
    if kind == QUARTER:
        q = (m - 1) // 3 + 1
        return f"{y}-Q{q - 1}" if q > 1 else f"{y - 1}-Q4"
    return f"{y}-{m - 1:02d}" if m > 1 else f"{y - 1}-12"


def period_choices(today: date, years_back: int) -> list[Period]:
    """Return the periods started by ``today``: per year (newest first) the year, its halves,
    quarters and months, over this year and ``years_back`` years before it.
    """
    codes: list[str] = []
    for year in range(today.year, today.year - years_back - 1, -1):
        codes.append(str(year))
        codes.extend(f"{year}-H{h}" for h in (1, 2))
        codes.extend(f"{year}-Q{q}" for q in (1, 2, 3, 4))
        codes.extend(f"{year}-{m:02d}" for m in range(1, 13))
    periods = [parse_period(code) for code in codes]
    return [p for p in periods if p.start <= today]


def known_part(period: Period, today: date) -> Period:
    """Return ``period`` as far as it is known on ``today``: cut at today when not ended."""
    return period if period.end <= today else replace(period, end=today)
