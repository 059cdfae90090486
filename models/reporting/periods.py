"""Reporting periods (reporting.md §1): ``YYYY``, ``YYYY-H1``, ``YYYY-Q3``, ``YYYY-MM``."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
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
