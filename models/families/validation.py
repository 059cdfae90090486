"""Rules for families and members as pure functions returning a ValidationReport.

Each rule yields an :class:`~models.issues.Issue` with the form field, a stable code and
parameters; the UI maps each code to a translated message and marks the field. Member fields
inside a family are prefixed ``member.<index>.``. :class:`CaseContext` is what these rules and
those of the cases (:mod:`models.cases.validation`) need to know about the store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from models.families.dto import FamilyDraft, MemberDraft
from models.families.iin import SEXES, check_iin, normalize_iin
from models.families.tables import (
    CARE_STATUSES,
    CITIZENSHIPS,
    CONSENT_FORMS,
    DETECTOR_ANSWERS,
    HEATING_TYPES,
    HOUSING_TYPES,
    LEGAL_BASES,
    NO_IIN_REASONS,
    PLACEMENT_FORMS,
)
from models.issues import WARNING, ValidationReport
from models.objects.validation import Context, check_kato
from models.reference.identifiers import is_kato_format
from models.text import has_control

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
#: Care statuses under which a child has a placement form (brief §3.2: the placement form of a
#: child without parental care; an orphan is one too).
PLACED_STATUSES = frozenset({"WITHOUT_PARENTAL_CARE", "ORPHAN"})
#: Intra-school registration concerns pupils: from school age (6) to 18 (proposed).
SCHOOL_AGES = range(6, ADULT_AGE)
#: Free text a person types on the member form (one line each).
MEMBER_TEXT_FIELDS = ("surname", "given_name", "patronymic", "school", "employment")
#: Free text of the family form; the address may run over several lines (tab, newline allowed).
FAMILY_TEXT_FIELDS = (
    "phone",
    "map_level_source",
    "consent_recorded_by",
    "statutory_basis",
)
FAMILY_MULTILINE_FIELDS = ("address",)


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


def check_code(
    report: ValidationReport, ctx: CaseContext, list_name: str, fld: str, code: str
) -> None:
    """Refuse a code missing from the store's code list ``list_name`` (blank passes)."""
    known = ctx.codes.get(list_name)
    if code and known is not None and code not in known:
        report.add(fld, "unknown_code", code=code)


def check_choice(report: ValidationReport, fld: str, value: str, choices: tuple[str, ...]) -> None:
    """Refuse a value outside the fixed ``choices`` (blank passes)."""
    if value and value not in choices:
        report.add(fld, "unknown_code", code=value)


def not_future(report: ValidationReport, fld: str, value: date | None, ctx: CaseContext) -> None:
    """Refuse a date after ``ctx.today``."""
    if value is not None and value > ctx.today:
        report.add(fld, "date_in_future")


def check_control(
    report: ValidationReport,
    draft: object,
    fields: tuple[str, ...],
    prefix: str = "",
    *,
    multiline: bool = False,
) -> None:
    """Refuse a control character (a NUL pasted from another program) in free text (issue 9).

    A stored NUL would break every export of the office, so it is refused at entry with the
    field named rather than stripped silently.
    """
    for name in fields:
        value = getattr(draft, name)
        if value and has_control(value, multiline=multiline):
            report.add(prefix + name, "control_chars")


def validate_member(draft: MemberDraft, ctx: CaseContext, prefix: str = "") -> ValidationReport:
    """Validate one member: names, IIN or its absence, birth date, relation, disability."""
    report = ValidationReport()
    p = prefix
    check_control(report, draft, MEMBER_TEXT_FIELDS, p)
    if not draft.surname.strip():
        report.add(p + "surname", "required")
    if not draft.given_name.strip():
        report.add(p + "given_name", "required")
    if not draft.relation:
        report.add(p + "relation", "required")
    check_code(report, ctx, "relations", p + "relation", draft.relation)
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
    check_choice(report, p + "no_iin_reason", draft.no_iin_reason, NO_IIN_REASONS)
    check_choice(report, p + "citizenship", draft.citizenship, CITIZENSHIPS)
    age = (
        age_at(draft.birth_date, ctx.today)
        if draft.birth_date and draft.birth_date <= ctx.today
        else None
    )
    if draft.relation in CHILD_RELATIONS and age is not None and age >= ADULT_AGE:
        report.add(p + "birth_date", "child_not_minor", age=age, relation=draft.relation)
    check_code(report, ctx, "disability_groups", p + "disability_group", draft.disability_group)
    if age is not None and age < 7 and draft.disability_group in _GROUPS:
        report.add(p + "disability_group", "disability_group_under_7", WARNING, age=age)
    if age is not None and age >= 7 and draft.disability_group == "CHILD_UNDER_7":
        report.add(p + "disability_group", "disability_status_over_7", WARNING, age=age)
    if draft.disability_indefinite and draft.disability_group != "GROUP_1":
        report.add(p + "disability_indefinite", "indefinite_not_group_1", WARNING)
    not_future(report, p + "pmpk_date", draft.pmpk_date, ctx)
    if draft.pmpk_date and draft.birth_date and draft.pmpk_date < draft.birth_date:
        report.add(p + "pmpk_date", "date_before_birth")
    if draft.since and draft.until and draft.until < draft.since:
        report.add(p + "until", "until_before_since")
    _check_care(report, draft, ctx, p, age)
    return report


def _check_care(
    report: ValidationReport, draft: MemberDraft, ctx: CaseContext, p: str, age: int | None
) -> None:
    """Care status, placement form and the police and intra-school registrations (§3.2)."""
    check_choice(report, p + "care_status", draft.care_status, CARE_STATUSES)
    check_choice(report, p + "placement_form", draft.placement_form, PLACEMENT_FORMS)
    if draft.placement_form and draft.care_status not in PLACED_STATUSES:
        report.add(p + "placement_form", "placement_without_care_status")
    for flag in ("police_registered", "school_registered"):
        on = getattr(draft, f"{flag}_date")
        if getattr(draft, flag):
            if on is None:
                report.add(f"{p}{flag}_date", "required")
            not_future(report, f"{p}{flag}_date", on, ctx)
            if on is not None and draft.birth_date is not None and on < draft.birth_date:
                report.add(f"{p}{flag}_date", "date_before_birth")
    if draft.school_registered and age is not None and age not in SCHOOL_AGES:
        report.add(p + "school_registered", "school_registration_not_pupil", WARNING, age=age)


def _is_current(m: MemberDraft, on: date) -> bool:
    return m.until is None or m.until > on


def validate_family(draft: FamilyDraft, ctx: CaseContext) -> ValidationReport:
    """Validate a household and each of its members (fields ``member.<i>.<name>``)."""
    report = ValidationReport()
    check_control(report, draft, FAMILY_TEXT_FIELDS)
    check_control(report, draft, FAMILY_MULTILINE_FIELDS, multiline=True)
    if ctx.place is not None:
        check_kato(report, "kato", draft.kato, ctx.place)
    elif not is_kato_format(draft.kato):
        report.add("kato", "kato_format")
    check_choice(report, "housing_type", draft.housing_type, HOUSING_TYPES)
    check_choice(report, "heating_type", draft.heating_type, HEATING_TYPES)
    if draft.co_detector not in DETECTOR_ANSWERS:
        report.add("co_detector", "unknown_code", code=draft.co_detector)
    for code in draft.categories:
        check_code(report, ctx, "family_categories", "categories", code)
    check_code(report, ctx, "family_map_levels", "map_level", draft.map_level)
    if draft.map_level and draft.map_level_date is None:
        report.add("map_level_date", "required")
    not_future(report, "map_level_date", draft.map_level_date, ctx)
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
        check_choice(report, "consent_form", draft.consent_form, CONSENT_FORMS)
        not_future(report, "consent_date", draft.consent_date, ctx)
        not_future(report, "consent_withdrawn_date", draft.consent_withdrawn_date, ctx)
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
