"""The figures of a package with their checks, as the export, dashboard and printouts read them.

:func:`compute_report` computes the figures (:mod:`models.reporting.figures`), runs the rules of
reporting.md §2.2 on them once (:mod:`models.reporting.rules`, the verdict kept in
``ReportData.checked`` so the exporter does not run them again) and adds the data-quality
findings (:mod:`models.reporting.quality`) as ``warnings``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from models.reference.roles import Permission, require_principal
from models.reporting import rules
from models.reporting.breakdowns import report_breakdowns
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
    breakdowns, left_out = report_breakdowns(store, data)
    data = replace(data, breakdowns=breakdowns, breakdowns_left_out=left_out)
    data = replace(data, checked=rules.check(data))
    return replace(data, warnings=tuple(quality_checks(store, period, today, report=data)))


def check_export(store: Store) -> None:
    """Refuse with ``RoleError`` unless the store's principal may export a package.

    The figures are everyone's to read (the dashboard, printouts); writing them into a package
    for the oblast is ``Permission.EXPORT`` (reporting.md §5).
    """
    require_principal(store.principal, Permission.EXPORT)


def export_report(store: Store, period: Period, *, today: date) -> ReportData:
    """Return :func:`compute_report` for a package to export: refused without ``EXPORT``."""
    check_export(store)
    return compute_report(store, period, today=today)
