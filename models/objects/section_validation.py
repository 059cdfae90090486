"""Rules for the passport sections of issue 12 (brief §2.3): the re-inspection reason, §2
activity, §3.1-3.2 route, §4 period, approvals and the expected status of each work, §5 dates.

Pure functions adding to a :class:`~models.issues.ValidationReport`; field names are the
``PassportDraft`` field names (``capacity``, ``route_distance_m``, ``works_until`` ...), and a
work's issues sit on ``work.<index>`` as the other work rules do.
"""

from __future__ import annotations

from datetime import date

from models.issues import WARNING, ValidationReport
from models.objects.accessibility import STATUS_CODES
from models.objects.dto import PassportDraft

#: A plausible approval or map-update date is not older than this.
EARLIEST_DECISION_DATE = date(2000, 1, 1)
#: Expected statuses that need the categories they hold for ("-И") or forbid them.
_NEEDS_CATEGORIES = ("DP_I", "DCH_I")
_NO_CATEGORIES = ("DP_V", "DCH_V", "VND")


def _range(report: ValidationReport, fld: str, value: int | None, low: int, high: int) -> None:
    if value is not None and not low <= value <= high:
        report.add(fld, "out_of_range", low=low, high=high)


def check_sections(report: ValidationReport, draft: PassportDraft, today: date) -> None:
    """Add the issues of the issue 12 sections of ``draft`` to ``report``."""
    # The re-inspection reason: a version 2 or later should say why it was made; a first
    # passport is no re-inspection. A draft without a version (not numbered yet) is not judged.
    if draft.version is not None:
        if draft.version >= 2 and not draft.reinspection_reason:
            report.add("reinspection_reason", "reinspection_reason_missing", WARNING)
        elif draft.version == 1 and draft.reinspection_reason:
            report.add("reinspection_reason", "reinspection_reason_on_first")
    # §2: the capacity.
    _range(report, "capacity", draft.activity.capacity, 0, 1_000_000)
    # §3.1-3.2: distance, walking time, fitted level differences.
    route = draft.route
    _range(report, "route_distance_m", route.route_distance_m, 0, 100_000)
    _range(report, "route_walk_minutes", route.route_walk_minutes, 0, 600)
    if route.route_level_fitted and route.route_level_changes == "NO":
        report.add("route_level_fitted", "route_fitted_without_levels", WARNING)
    # §4: the period, approvals, the map.
    d = draft.decision
    if d.works_from and d.works_until and d.works_from > d.works_until:
        report.add("works_until", "works_period_reversed")
    for fld, value in (("approval_date", d.approval_date), ("map_updated", d.map_updated)):
        if value is None:
            continue
        if value > today:
            report.add(fld, "date_in_future")
        elif value < EARLIEST_DECISION_DATE:
            report.add(fld, "date_too_early", year=EARLIEST_DECISION_DATE.year)
    for i, w in enumerate(draft.works):
        if w.expected_status and w.expected_status not in STATUS_CODES:
            report.add(f"work.{i}", "unknown_code", code=w.expected_status)
        elif w.expected_status in _NEEDS_CATEGORIES and not w.expected_categories:
            report.add(f"work.{i}", "expected_categories_required")
        elif w.expected_categories and w.expected_status in ("", *_NO_CATEGORIES):
            report.add(f"work.{i}", "expected_categories_forbidden")
    # §5: the questionnaire and the act come before the decision (the passport date).
    n = draft.notes
    for fld, value in (("questionnaire_date", n.questionnaire_date), ("act_date", n.act_date)):
        if value is None:
            continue
        if value > today:
            report.add(fld, "date_in_future")
        elif draft.passport_date is not None and value > draft.passport_date:
            report.add(fld, "section_date_after_passport", WARNING)
