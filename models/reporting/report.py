"""The figures of a package with their checks, as the export, dashboard and printouts read them.

:func:`compute_report` computes the figures (:mod:`models.reporting.figures`), runs the rules of
reporting.md §2.2 on them once (:mod:`models.reporting.rules`, the verdict kept in
``ReportData.checked`` so the exporter does not run them again) and adds the data-quality
findings (:mod:`models.reporting.quality`) as ``warnings``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from models.reporting import rules
from models.reporting.dto import ReportData
from models.reporting.figures import compute_figures
from models.reporting.periods import Period
from models.reporting.quality import quality_checks
from models.store.db import Store


def compute_report(store: Store, period: Period, *, today: date) -> ReportData:
    """Return the figures of a package with the data-quality findings as ``warnings``.

    ``warnings`` holds every finding of :func:`models.reporting.quality.quality_checks`, blocking
    ones (the §2.2 rules) included: the exporter refuses when any is ``blocking`` and records the
    others on the Cover sheet.
    """
    data = compute_figures(store, period)
    data = replace(data, checked=rules.check(data))
    return replace(data, warnings=tuple(quality_checks(store, period, today, report=data)))
