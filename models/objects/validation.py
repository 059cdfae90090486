"""Rules for objects and passports as pure functions returning a report of issues (no Qt, no
Session): the validation context, settlement codes (KATO), BINs, measurements against the
norms, the statuses per category, and the office's own identity.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from models.issues import WARNING, ValidationReport
from models.objects.accessibility import (
    LEVEL_ORDER,
    NA,
    NONE,
    SERVICE_FORMS,
    STATUS_CODES,
    level_of_status,
    status_disagreement,
)
from models.objects.dto import NormRuleDTO, ObjectDraft, PassportDraft
from models.objects.photos import photo_issues
from models.objects.section_validation import check_sections
from models.objects.tables import CATEGORIES, FUNDING_SOURCES, WORK_ZONES, ZONES
from models.objects.zone_annex import annex_issues
from models.reference.dto import OfficeDTO
from models.reference.identifiers import (
    has_valid_check_digit,
    is_kato_format,
    normalize_digits,
    region_codes,
)
from models.text import has_control


@dataclass(frozen=True)
class Context:
    """What rules need to know about the store, supplied by the caller."""

    today: date
    office_kato: str
    office_level: str
    region_codes: frozenset[str]
    object_types: frozenset[str]
    settlements: frozenset[str] = frozenset()
    norm_rules: Mapping[str, NormRuleDTO] = field(default_factory=dict)
    #: ``zone_elements`` code -> the zone its note names ("" any zone), retired codes too.
    element_zones: Mapping[str, str] = field(default_factory=dict)
    #: The ``adaptation_works`` codes (empty: not checked by the rules, only on flush).
    work_codes: frozenset[str] = frozenset()


def check_kato(report: ValidationReport, fld: str, kato: str, ctx: Context) -> None:
    """Check a settlement code: format, known region, inside the office's territory."""
    if not is_kato_format(kato):
        report.add(fld, "kato_format")
        return
    if kato[:2] not in ctx.region_codes:
        report.add(fld, "kato_region_unknown", region=kato[:2])
        return
    prefix = {"district": 4, "region": 2}.get(ctx.office_level, 0)
    if prefix and kato[:prefix] != ctx.office_kato[:prefix]:
        report.add(fld, "kato_outside_office", office=ctx.office_kato)
        return
    if ctx.settlements and kato not in ctx.settlements:
        report.add(fld, "kato_unknown_settlement", WARNING)


def check_bin(report: ValidationReport, fld: str, value: str) -> None:
    """Check an optional BIN: 12 digits, check digit, digit 5 in 4-6."""
    value = normalize_digits(value)
    if not value:
        return
    if len(value) != 12 or not (value.isascii() and value.isdigit()):
        report.add(fld, "bin_length")
    elif not has_valid_check_digit(value):
        report.add(fld, "bin_checksum")
    elif value[4] not in "456":
        report.add(fld, "bin_is_iin")


def check_date_not_future(
    report: ValidationReport, fld: str, value: date | None, ctx: Context
) -> None:
    """Refuse dates after today."""
    if value is not None and value > ctx.today:
        report.add(fld, "date_in_future")


def validate_object(draft: ObjectDraft, ctx: Context) -> ValidationReport:
    """Validate the general information of an object."""
    report = ValidationReport()
    if not draft.name.strip():
        report.add("name", "required")
    elif has_control(draft.name):
        report.add("name", "control_chars")  # a NUL pasted from another program (issue 9)
    if has_control(draft.address, multiline=True):
        report.add("address", "control_chars")
    if draft.object_type not in ctx.object_types:
        report.add("object_type", "unknown_code", code=draft.object_type)
    check_kato(report, "kato", draft.kato, ctx)
    check_bin(report, "owner_bin", draft.owner_bin)
    if draft.floors is not None and not 1 <= draft.floors <= 100:
        report.add("floors", "out_of_range", low=1, high=100)
    if draft.year_built is not None and not 1800 <= draft.year_built <= ctx.today.year:
        report.add("year_built", "out_of_range", low=1800, high=ctx.today.year)
    if not draft.subject_to_passportization:
        if not draft.exclusion_reason.strip():
            report.add("exclusion_reason", "required")
        if draft.exclusion_date is None:
            report.add("exclusion_date", "required")
    check_date_not_future(report, "exclusion_date", draft.exclusion_date, ctx)
    check_date_not_future(report, "registered_date", draft.registered_date, ctx)
    check_general(report, draft, ctx)
    return report


#: Floor and plot areas a passport §1 may hold, m² (exclusive bounds).
AREA_BOUNDS = (0, 1_000_000)


def check_general(report: ValidationReport, draft: ObjectDraft, ctx: Context) -> None:
    """Check passport §1 on the object (issue 12): areas, the plot, the capital repair.

    Every field may stay unrecorded; the codes are checked against their lists on flush
    (``models/code_guard.py``).
    """
    g = draft.general
    low, high = AREA_BOUNDS
    for fld in ("area_m2", "plot_area_m2"):
        area = getattr(g, fld)
        if area is not None and not low < area < high:
            report.add(fld, "area_out_of_range", high=high)
    if g.plot_area_m2 is not None and g.has_plot == "NO":
        report.add("plot_area_m2", "plot_area_without_plot", WARNING)
    year = g.last_capital_repair_year
    first = draft.year_built or 1800
    if year is not None and not first <= year <= ctx.today.year:
        report.add("last_capital_repair_year", "out_of_range", low=first, high=ctx.today.year)
    for fld in ("legal_address", "higher_body"):
        if has_control(getattr(g, fld)):
            report.add(fld, "control_chars")
    if has_control(g.planned_repairs, multiline=True):
        report.add("planned_repairs", "control_chars")


def measurement_verdict(rule: NormRuleDTO, value: float) -> bool:
    """Return True when ``value`` meets the rule (``<=`` or ``>=`` its threshold)."""
    return value <= rule.value if rule.operator == "<=" else value >= rule.value


def check_statuses_agree(report: ValidationReport, statuses: Mapping[str, str]) -> None:
    """Refuse a DP_V or DCH_V that not all five categories share (domain brief §2.5).

    The issue sits on the status holding the "-В" code and names the categories that differ.
    """
    found = status_disagreement(statuses)
    if found is None:
        return
    code, others = found
    holder = next(c for c in CATEGORIES if statuses.get(c, "") == code)
    report.add(f"status.{holder}", "status_not_shared", code=code, categories=others)


def validate_passport(draft: PassportDraft, ctx: Context) -> ValidationReport:
    """Validate a passport version: dates, zone levels, statuses, measurements and works."""
    report = ValidationReport()
    check_date_not_future(report, "inspection_date", draft.inspection_date, ctx)
    check_date_not_future(report, "passport_date", draft.passport_date, ctx)
    check_date_not_future(report, "adapted_date", draft.adapted_date, ctx)
    if draft.passport_date is None:
        report.add("passport_date", "required")
    if (
        draft.inspection_date
        and draft.passport_date
        and draft.passport_date < draft.inspection_date
    ):
        report.add("passport_date", "passport_before_inspection")
    for zone in draft.zones:
        for cat in CATEGORIES:
            if zone.levels.get(cat, NA) not in (*LEVEL_ORDER, NA):
                report.add(f"zone.{zone.zone}.{cat}", "unknown_code", code=zone.levels.get(cat))
    zone_codes = {z.zone for z in draft.zones}
    if zone_codes - set(ZONES):
        report.add("zones", "unknown_code", code=sorted(zone_codes - set(ZONES))[0])
    for cat in CATEGORIES:
        status = draft.statuses.get(cat, "")
        if status not in STATUS_CODES:
            report.add(f"status.{cat}", "required" if not status else "unknown_code", code=status)
    if all(draft.statuses.get(c, "") in STATUS_CODES for c in CATEGORIES):
        check_statuses_agree(report, draft.statuses)
    for cat in CATEGORIES:
        form = draft.service_forms.get(cat, "")
        if form and form not in SERVICE_FORMS:
            report.add(f"service_form.{cat}", "unknown_code", code=form)
    suggested = draft.suggested
    confirmed = {c: draft.statuses.get(c, "") for c in CATEGORIES}
    # NOTE: a stored passport without a suggestion (imported from a registry) reads back as
    # empty strings; only a category with both a suggestion and a status can be overridden.
    if (
        any(
            confirmed[c] in STATUS_CODES
            and suggested.get(c)
            and level_of_status(confirmed[c]) != suggested[c]
            for c in CATEGORIES
        )
        and not draft.override_note.strip()
    ):
        report.add("override_note", "override_needs_note")
    if draft.adapted_date is not None:
        if not draft.requires_adaptation:
            report.add("adapted_date", "adapted_without_requirement")
        elif draft.passport_date and draft.adapted_date < draft.passport_date:
            report.add("adapted_date", "adapted_before_passport")
    if not draft.requires_adaptation and any(suggested.get(c) == NONE for c in CATEGORIES):
        report.add("requires_adaptation", "no_adaptation_but_inaccessible", WARNING)
    for i, m in enumerate(draft.measurements):
        rule = ctx.norm_rules.get(m.check_code)
        if rule is None:
            report.add(f"measurement.{i}", "unknown_code", code=m.check_code)
            continue
        if m.zone not in rule.zones:
            # A norm rule applies only to the zones it lists (brief §2.8).
            report.add(f"measurement.{i}", "norm_zone_mismatch", check=rule.check_code, zone=m.zone)
        elif rule.element and m.element and m.element != rule.element:
            # ... and to the element it names (issue 12); a measurement of the zone as a whole
            # ("" element) may use it. Retired rules and housing rules on other objects are
            # refused where the stored measurements and the object are known
            # (``passport_fill.put_measurements``; the form offers neither).
            report.add(
                f"measurement.{i}",
                "norm_element_mismatch",
                check=rule.check_code,
                element=m.element,
            )
        elif not rule.min_physical <= m.value <= rule.max_physical:
            report.add(
                f"measurement.{i}",
                "measurement_out_of_range",
                low=rule.min_physical,
                high=rule.max_physical,
                unit=rule.unit,
            )
        elif not measurement_verdict(rule, m.value):
            report.add(
                f"measurement.{i}",
                "norm_breach",
                WARNING,
                check=rule.check_code,
                operator=rule.operator,
                threshold=rule.value,
                unit=rule.unit,
                document=rule.document,
                clause=rule.clause,
            )
    for i, w in enumerate(draft.works):
        if w.zone not in WORK_ZONES:
            report.add(f"work.{i}", "unknown_code", code=w.zone)
        if w.funding_source and w.funding_source not in FUNDING_SOURCES:
            report.add(f"work.{i}", "unknown_code", code=w.funding_source)
        if w.planned_year is not None and not 2000 <= w.planned_year <= ctx.today.year + 30:
            report.add(f"work.{i}", "out_of_range", low=2000, high=ctx.today.year + 30)
        if w.estimated_cost is not None and w.estimated_cost < 0:
            report.add(f"work.{i}", "negative_amount")
        check_date_not_future(report, f"work.{i}", w.completed_date, ctx)
    report.issues.extend(annex_issues(draft, ctx.element_zones, ctx.norm_rules, ctx.work_codes))
    report.issues.extend(photo_issues(draft.photos, ctx.element_zones))
    check_sections(report, draft, ctx.today)
    return report


def office_problems(office: OfficeDTO) -> list[str]:
    """Return the codes of what is wrong with an office definition (reporting.md §1)."""
    problems = []
    if office.level not in ("district", "region", "republic"):
        problems.append("level_unknown")
    elif not is_kato_format(office.kato):
        problems.append("kato_format")
    elif office.level == "republic":
        if office.kato != "000000000":
            problems.append("republic_code")
    elif office.kato[:2] not in region_codes():
        problems.append("region_unknown")
    elif office.level == "region" and office.kato[2:] != "0000000":
        problems.append("region_code")
    elif office.level == "district" and (office.kato[2:4] == "00" or office.kato[4:] != "00000"):
        problems.append("district_code")
    if not office.name_kk.strip() or not office.name_ru.strip():
        problems.append("names_required")
    return problems
