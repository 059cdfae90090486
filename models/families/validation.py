"""Rules for families, members and cases as pure functions returning a ValidationReport.

Each rule yields an :class:`~models.objects.validation.Issue` with the form field, a stable code and
parameters; the UI maps each code to a translated message and marks the field. Member fields
inside a family are prefixed ``member.<index>.`` and plan measures ``measure.<index>.``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from models.families.dto import (
    AssessmentDraft,
    ClosureDraft,
    FamilyDraft,
    MeasureDraft,
    MemberDraft,
    PlanDraft,
    ServiceDraft,
    SignalDraft,
    VisitDraft,
)
from models.families.iin import SEXES, check_iin, normalize_iin
from models.families.tables import (
    ASSESSMENT_DOMAINS,
    CITIZENSHIPS,
    CONSENT_FORMS,
    DETECTOR_ANSWERS,
    HEATING_TYPES,
    HOUSING_TYPES,
    LEGAL_BASES,
    MEASURE_STATUSES,
    NO_IIN_REASONS,
    RISK_LEVELS,
    SCORE_MAX,
    SCORE_MIN,
    VISIT_TYPES,
)
from models.objects.validation import WARNING, Context, ValidationReport, check_kato
from models.reference.identifiers import is_kato_format

#: Relations that make a member a child of the household: such a member must be under 18
#: (brief §3.2 "a child is under 18").
CHILD_RELATIONS = frozenset(
    {"SON", "DAUGHTER", "STEPCHILD", "ADOPTED_CHILD", "WARD", "FOSTER_CHILD", "GRANDCHILD"}
)
ADULT_AGE = 18
#: Default minimum of cohabiting minors in a large family (configurable, brief §3.2).
LARGE_FAMILY_MINORS = 4
#: Groups I-III apply from age 7; under 7 a child has a status without a group (brief §3.2).
_GROUPS = ("GROUP_1", "GROUP_2", "GROUP_3")


@dataclass(frozen=True)
class CaseContext:
    """What the case rules need to know, supplied by the caller.

    Attributes:
        today: the date "in the future" is measured against.
        codes: code-list name -> active codes (``relations``, ``family_categories``, ...).
            A list missing from the mapping is not checked.
        place: the office context for KATO checks; None checks the format only.
        large_family_minors: minors needed for the LARGE category.
    """

    today: date
    codes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    place: Context | None = None
    large_family_minors: int = LARGE_FAMILY_MINORS


def age_at(birth: date, on: date) -> int:
    """Return the age in whole years on ``on`` (a 29 February birthday counts on 1 March)."""
    years = on.year - birth.year
    return years - 1 if (on.month, on.day) < (birth.month, birth.day) else years


def _check_code(
    report: ValidationReport, ctx: CaseContext, list_name: str, fld: str, code: str
) -> None:
    known = ctx.codes.get(list_name)
    if code and known is not None and code not in known:
        report.add(fld, "unknown_code", code=code)


def _check_choice(report: ValidationReport, fld: str, value: str, choices: tuple[str, ...]) -> None:
    if value and value not in choices:
        report.add(fld, "unknown_code", code=value)


def _not_future(report: ValidationReport, fld: str, value: date | None, ctx: CaseContext) -> None:
    if value is not None and value > ctx.today:
        report.add(fld, "date_in_future")


def validate_member(draft: MemberDraft, ctx: CaseContext, prefix: str = "") -> ValidationReport:
    """Validate one member: names, IIN or its absence, birth date, relation, disability."""
    report = ValidationReport()
    p = prefix
    if not draft.surname.strip():
        report.add(p + "surname", "required")
    if not draft.given_name.strip():
        report.add(p + "given_name", "required")
    if not draft.relation:
        report.add(p + "relation", "required")
    _check_code(report, ctx, "relations", p + "relation", draft.relation)
    if draft.sex not in SEXES:
        report.add(p + "sex", "required" if not draft.sex else "unknown_code", code=draft.sex)
    if draft.birth_date is None:
        report.add(p + "birth_date", "required")
    elif draft.birth_date > ctx.today:
        report.add(p + "birth_date", "birth_in_future")
    iin = normalize_iin(draft.iin)
    if iin:
        if draft.no_iin_reason:
            report.add(p + "no_iin_reason", "iin_with_reason")
        report.issues.extend(check_iin(iin, draft.birth_date, draft.sex or None, field=p + "iin"))
    elif not draft.no_iin_reason:
        report.add(p + "iin", "iin_or_reason_required")
    _check_choice(report, p + "no_iin_reason", draft.no_iin_reason, NO_IIN_REASONS)
    _check_choice(report, p + "citizenship", draft.citizenship, CITIZENSHIPS)
    age = (
        age_at(draft.birth_date, ctx.today)
        if draft.birth_date and draft.birth_date <= ctx.today
        else None
    )
    if draft.relation in CHILD_RELATIONS and age is not None and age >= ADULT_AGE:
        report.add(p + "birth_date", "child_not_minor", age=age, relation=draft.relation)
    _check_code(report, ctx, "disability_groups", p + "disability_group", draft.disability_group)
    if age is not None and age < 7 and draft.disability_group in _GROUPS:
        report.add(p + "disability_group", "disability_group_under_7", WARNING, age=age)
    if age is not None and age >= 7 and draft.disability_group == "CHILD_UNDER_7":
        report.add(p + "disability_group", "disability_status_over_7", WARNING, age=age)
    if draft.disability_indefinite and draft.disability_group != "GROUP_1":
        report.add(p + "disability_indefinite", "indefinite_not_group_1", WARNING)
    _not_future(report, p + "pmpk_date", draft.pmpk_date, ctx)
    if draft.pmpk_date and draft.birth_date and draft.pmpk_date < draft.birth_date:
        report.add(p + "pmpk_date", "date_before_birth")
    if draft.since and draft.until and draft.until < draft.since:
        report.add(p + "until", "until_before_since")
    return report


def _is_current(m: MemberDraft, on: date) -> bool:
    return m.until is None or m.until > on


def validate_family(draft: FamilyDraft, ctx: CaseContext) -> ValidationReport:
    """Validate a household and each of its members (fields ``member.<i>.<name>``)."""
    report = ValidationReport()
    if ctx.place is not None:
        check_kato(report, "kato", draft.kato, ctx.place)
    elif not is_kato_format(draft.kato):
        report.add("kato", "kato_format")
    _check_choice(report, "housing_type", draft.housing_type, HOUSING_TYPES)
    _check_choice(report, "heating_type", draft.heating_type, HEATING_TYPES)
    if draft.co_detector not in DETECTOR_ANSWERS:
        report.add("co_detector", "unknown_code", code=draft.co_detector)
    for code in draft.categories:
        _check_code(report, ctx, "family_categories", "categories", code)
    _check_code(report, ctx, "family_map_levels", "map_level", draft.map_level)
    if draft.map_level and draft.map_level_date is None:
        report.add("map_level_date", "required")
    _not_future(report, "map_level_date", draft.map_level_date, ctx)
    if draft.income_per_person is not None and draft.income_per_person < 0:
        report.add("income_per_person", "negative_amount")
    _check_legal_basis(report, draft, ctx)

    current = [m for m in draft.members if _is_current(m, ctx.today)]
    applicants = [m for m in current if m.relation == "APPLICANT"]
    if len(applicants) > 1:
        report.add("members", "applicant_twice")
    seen: dict[str, int] = {}
    for i, m in enumerate(draft.members):
        member_report = validate_member(m, ctx, prefix=f"member.{i}.")
        report.issues.extend(member_report.issues)
        iin = normalize_iin(m.iin)
        if iin and iin in seen:
            report.add(f"member.{i}.iin", "iin_repeated", other=seen[iin])
        elif iin:
            seen[iin] = i
    if "LARGE" in draft.categories:
        minors = sum(
            1
            for m in current
            if m.birth_date and m.birth_date <= ctx.today and age_at(m.birth_date, ctx.today) < 18
        )
        if minors < ctx.large_family_minors:
            report.add(
                "categories",
                "large_family_minors",
                WARNING,
                minors=minors,
                required=ctx.large_family_minors,
            )
    return report


def _check_legal_basis(report: ValidationReport, draft: FamilyDraft, ctx: CaseContext) -> None:
    if not draft.legal_basis:
        report.add("legal_basis", "required")
        return
    if draft.legal_basis not in LEGAL_BASES:
        report.add("legal_basis", "unknown_code", code=draft.legal_basis)
        return
    if draft.legal_basis == "CONSENT":
        if draft.consent_date is None:
            report.add("consent_date", "required")
        if not draft.consent_recorded_by.strip():
            report.add("consent_recorded_by", "required")
        _check_choice(report, "consent_form", draft.consent_form, CONSENT_FORMS)
        _not_future(report, "consent_date", draft.consent_date, ctx)
        _not_future(report, "consent_withdrawn_date", draft.consent_withdrawn_date, ctx)
        if (
            draft.consent_date
            and draft.consent_withdrawn_date
            and draft.consent_withdrawn_date < draft.consent_date
        ):
            report.add("consent_withdrawn_date", "withdrawn_before_consent")
        if draft.consent_withdrawn_date is not None:
            # Processing on consent stops on withdrawal unless a law requires it (brief §6).
            report.add("consent_withdrawn_date", "consent_withdrawn", WARNING)
    elif not draft.statutory_basis.strip():
        report.add("statutory_basis", "required")


def validate_signal(draft: SignalDraft, ctx: CaseContext) -> ValidationReport:
    """Validate the signal that opens a case."""
    report = ValidationReport()
    _not_future(report, "signal_date", draft.signal_date, ctx)
    if not draft.source:
        report.add("source", "required")
    _check_code(report, ctx, "signal_sources", "source", draft.source)
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
    _not_future(report, fld, on, ctx)
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
    _not_future(report, "closed_date", draft.closed_date, ctx)
    if draft.closed_date < signal_date:
        report.add("closed_date", "closure_before_signal", signal_date=signal_date)
    elif last_event is not None and draft.closed_date < last_event:
        report.add("closed_date", "date_before_previous_stage", previous=last_event)
    if not draft.reason:
        report.add("reason", "required")
    _check_code(report, ctx, "closure_reasons", "reason", draft.reason)
    if draft.reason == "OTHER" and not draft.note.strip():
        report.add("note", "required")
    _check_code(report, ctx, "family_map_levels", "map_level", draft.map_level)
    return report


def validate_visit(draft: VisitDraft, signal_date: date, ctx: CaseContext) -> ValidationReport:
    """Validate a visit or contact: type, dates (not before the signal), risk level."""
    report = ValidationReport()
    _not_future(report, "visit_date", draft.visit_date, ctx)
    if draft.visit_date < signal_date:
        report.add("visit_date", "visit_before_signal", signal_date=signal_date)
    if not draft.kind:
        report.add("kind", "required")
    _check_choice(report, "kind", draft.kind, VISIT_TYPES)
    _check_choice(report, "risk_level", draft.risk_level, RISK_LEVELS)
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
    _check_code(report, ctx, "service_types", p + "service_type", draft.service_type)
    if draft.due_date is None:
        report.add(p + "due_date", "measure_without_due_date")
    elif drawn_up is not None and draft.due_date < drawn_up:
        report.add(p + "due_date", "due_before_plan")
    if draft.status not in MEASURE_STATUSES:
        report.add(p + "status", "unknown_code", code=draft.status)
    if draft.status == "DONE" and draft.done_date is None:
        report.add(p + "done_date", "required")
    _not_future(report, p + "done_date", draft.done_date, ctx)
    return report


def validate_plan(draft: PlanDraft, signal_date: date, ctx: CaseContext) -> ValidationReport:
    """Validate a support plan and each measure (fields ``measure.<i>.<name>``)."""
    report = ValidationReport()
    _not_future(report, "drawn_up", draft.drawn_up, ctx)
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
    _not_future(report, "assessed_on", draft.assessed_on, ctx)
    if draft.assessed_on < signal_date:
        report.add("assessed_on", "date_before_signal", signal_date=signal_date)
    if not draft.scores:
        report.add("scores", "required")
    for domain, score in draft.scores.items():
        if domain not in ASSESSMENT_DOMAINS:
            report.add(f"score.{domain}", "unknown_code", code=domain)
        elif not SCORE_MIN <= score <= SCORE_MAX:
            report.add(f"score.{domain}", "out_of_range", low=SCORE_MIN, high=SCORE_MAX)
    return report


def validate_service(draft: ServiceDraft, signal_date: date, ctx: CaseContext) -> ValidationReport:
    """Validate a delivered service: type, date, amounts."""
    report = ValidationReport()
    if not draft.service_type:
        report.add("service_type", "required")
    _check_code(report, ctx, "service_types", "service_type", draft.service_type)
    _not_future(report, "delivered_on", draft.delivered_on, ctx)
    if draft.delivered_on < signal_date:
        report.add("delivered_on", "date_before_signal", signal_date=signal_date)
    for name in ("quantity", "amount"):
        value = getattr(draft, name)
        if value is not None and value < 0:
            report.add(name, "negative_amount")
    return report


def validate_risk_factor_codes(codes: list[str], ctx: CaseContext) -> ValidationReport:
    """Validate risk-factor codes against ``risk_factors.csv``."""
    report = ValidationReport()
    for code in codes:
        _check_code(report, ctx, "risk_factors", "risk_factors", code)
    return report
