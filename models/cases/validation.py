"""Rules for family-support cases as pure functions returning a ValidationReport.

Each rule yields an :class:`~models.issues.Issue` with the form field, a stable code and
parameters; the UI maps each code to a translated message and marks the field. Plan measures
are prefixed ``measure.<index>.``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from models.cases.dto import (
    AssessmentDraft,
    ClosureDraft,
    MeasureDraft,
    PlanDraft,
    ServiceDraft,
    SignalDraft,
    VisitDraft,
)
from models.cases.tables import (
    ASSESSMENT_DOMAINS,
    MEASURE_STATUSES,
    RISK_LEVELS,
    SCORE_MAX,
    SCORE_MIN,
    VISIT_TYPES,
)
from models.families.validation import CaseContext, check_choice, check_code, not_future
from models.issues import ValidationReport


def validate_signal(draft: SignalDraft, ctx: CaseContext) -> ValidationReport:
    """Validate the signal that opens a case."""
    report = ValidationReport()
    not_future(report, "signal_date", draft.signal_date, ctx)
    if not draft.source:
        report.add("source", "required")
    check_code(report, ctx, "signal_sources", "source", draft.source)
    if draft.source == "OTHER" and not draft.source_note.strip():
        report.add("source_note", "required")
    if not draft.description.strip():
        report.add("description", "required")
    return report


def validate_stage_date(
    on: date, signal_date: date, last_event: date | None, ctx: CaseContext, fld: str = "date"
) -> ValidationReport:
    """Validate the date of a stage change: not in the future, not before the case's history."""
    report = ValidationReport()
    not_future(report, fld, on, ctx)
    if on < signal_date:
        report.add(fld, "date_before_signal", signal_date=signal_date)
    elif last_event is not None and on < last_event:
        report.add(fld, "date_before_previous_stage", previous=last_event)
    return report


def validate_closure(
    draft: ClosureDraft, signal_date: date, ctx: CaseContext, last_event: date | None = None
) -> ValidationReport:
    """Validate a closure: reason code, note for OTHER, date after the signal and history."""
    report = ValidationReport()
    not_future(report, "closed_date", draft.closed_date, ctx)
    if draft.closed_date < signal_date:
        report.add("closed_date", "closure_before_signal", signal_date=signal_date)
    elif last_event is not None and draft.closed_date < last_event:
        report.add("closed_date", "date_before_previous_stage", previous=last_event)
    if not draft.reason:
        report.add("reason", "required")
    check_code(report, ctx, "closure_reasons", "reason", draft.reason)
    if draft.reason == "OTHER" and not draft.note.strip():
        report.add("note", "required")
    check_code(report, ctx, "family_map_levels", "map_level", draft.map_level)
    return report


def validate_visit(draft: VisitDraft, signal_date: date, ctx: CaseContext) -> ValidationReport:
    """Validate a visit or contact: type, dates (not before the signal), risk level."""
    report = ValidationReport()
    not_future(report, "visit_date", draft.visit_date, ctx)
    if draft.visit_date < signal_date:
        report.add("visit_date", "visit_before_signal", signal_date=signal_date)
    if not draft.kind:
        report.add("kind", "required")
    check_choice(report, "kind", draft.kind, VISIT_TYPES)
    check_choice(report, "risk_level", draft.risk_level, RISK_LEVELS)
    if draft.next_due is not None and draft.next_due < draft.visit_date:
        report.add("next_due", "next_due_before_visit")
    return report


def validate_plan_measure(
    draft: MeasureDraft, ctx: CaseContext, prefix: str = "", drawn_up: date | None = None
) -> ValidationReport:
    """Validate a plan measure: service type, due date, status."""
    report = ValidationReport()
    p = prefix
    if not draft.service_type:
        report.add(p + "service_type", "required")
    check_code(report, ctx, "service_types", p + "service_type", draft.service_type)
    if draft.due_date is None:
        report.add(p + "due_date", "measure_without_due_date")
    elif drawn_up is not None and draft.due_date < drawn_up:
        report.add(p + "due_date", "due_before_plan")
    if draft.status not in MEASURE_STATUSES:
        report.add(p + "status", "unknown_code", code=draft.status)
    if draft.status == "DONE" and draft.done_date is None:
        report.add(p + "done_date", "required")
    not_future(report, p + "done_date", draft.done_date, ctx)
    return report


def validate_plan(draft: PlanDraft, signal_date: date, ctx: CaseContext) -> ValidationReport:
    """Validate a support plan and each measure (fields ``measure.<i>.<name>``)."""
    report = ValidationReport()
    not_future(report, "drawn_up", draft.drawn_up, ctx)
    if draft.drawn_up < signal_date:
        report.add("drawn_up", "date_before_signal", signal_date=signal_date)
    if draft.review_date is not None and draft.review_date < draft.drawn_up:
        report.add("review_date", "review_before_plan")
    if not draft.measures:
        report.add("measures", "plan_without_measures")
    for i, m in enumerate(draft.measures):
        report.issues.extend(validate_plan_measure(m, ctx, f"measure.{i}.", draft.drawn_up).issues)
    return report


def validate_assessment(
    draft: AssessmentDraft, signal_date: date, ctx: CaseContext
) -> ValidationReport:
    """Validate a needs assessment: known domains, scores in range, date."""
    report = ValidationReport()
    not_future(report, "assessed_on", draft.assessed_on, ctx)
    if draft.assessed_on < signal_date:
        report.add("assessed_on", "date_before_signal", signal_date=signal_date)
    if not draft.scores:
        report.add("scores", "required")
    for domain, score in draft.scores.items():
        if domain not in ASSESSMENT_DOMAINS:
            # Retired domains (INCOME, PARENTING) stay on older assessments, never on new ones.
            report.add(f"score.{domain}", "unknown_code", code=domain)
        elif not SCORE_MIN <= score <= SCORE_MAX:
            report.add(f"score.{domain}", "out_of_range", low=SCORE_MIN, high=SCORE_MAX)
    return report


def validate_service(draft: ServiceDraft, signal_date: date, ctx: CaseContext) -> ValidationReport:
    """Validate a delivered service: type, date, amounts."""
    report = ValidationReport()
    if not draft.service_type:
        report.add("service_type", "required")
    check_code(report, ctx, "service_types", "service_type", draft.service_type)
    not_future(report, "delivered_on", draft.delivered_on, ctx)
    if draft.delivered_on < signal_date:
        report.add("delivered_on", "date_before_signal", signal_date=signal_date)
    mrp = draft.amount_mrp
    if mrp is not None and (not mrp.is_finite() or _places(mrp) > MRP_PLACES or mrp >= MRP_MAX):
        report.add("amount_mrp", "mrp_amount_format")
    for name in ("quantity", "amount", "amount_mrp"):
        value = getattr(draft, name)
        if value is not None and value.is_finite() and value < 0:
            report.add(name, "negative_amount")
    return report


#: An amount in МРП has at most two decimals and fits ``service_delivered.amount_mrp``
#: (Numeric(10, 2)).
MRP_PLACES = 2
MRP_MAX = Decimal("100000000")


def _places(value: Decimal) -> int:
    """Return how many decimal places ``value`` needs (``10.50`` needs one)."""
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def validate_risk_factor_codes(codes: list[str], ctx: CaseContext) -> ValidationReport:
    """Validate risk-factor codes against ``risk_factors.csv``."""
    report = ValidationReport()
    for code in codes:
        check_code(report, ctx, "risk_factors", "risk_factors", code)
    return report
