"""Every coded column and the list its codes come from, checked on every ORM write.

The drop-downs offer only known codes, but an importer, a script or a future form must not be
able to store ``BOGUS_WORK`` either. :data:`CODED_FIELDS` is the one table of coded columns;
a ``before_flush`` listener checks the new and changed values of a flush against it and refuses
the whole flush with a :class:`~models.issues.ValidationError` (field
``<table>.<column>``,
code ``unknown_code`` with the bad code), so nothing is written. The rules that give a form its
field-by-field messages stay in ``models/objects/validation.py`` and
``models/families/validation.py``;
this is the floor no write path can go below (ARCHITECTURE.md: like the author stamps).

Lists named by a string live in the store (``code_item``, seeded from ``resources/codelists``):
a code retired by an administrator (``active`` false) stays valid for the records that hold it,
while the forms offer active codes only. The fixed vocabularies of families and cases (housing,
citizenship, visit types...) are code lists too, so they are checked the same way; the few
structural codes (categories, zones, levels, operators) are the Python tuples of ``models/``.
The bulk paths write through Core and check their codes themselves, once per
distinct code (``exporters/registry_import.py``, ``models/demo/objects*.py``); here each flush reads
the store's lists once, for the distinct codes it holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, event, inspect, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from models.cases.tables import (
    AssessmentScore,
    Case,
    CaseEvent,
    CaseRiskFactor,
    PlanMeasure,
    ServiceDelivered,
    Visit,
)
from models.families.iin import SEXES
from models.families.tables import (
    BenefitReceived,
    ChildOpinion,
    Family,
    FamilyCategory,
    FamilyMember,
    MemberIncome,
    Person,
)
from models.issues import ValidationError, ValidationReport
from models.objects.accessibility import LEVEL_ORDER, NA, SERVICE_FORMS
from models.objects.annex_tables import Photo, ZoneElement
from models.objects.control_tables import TRIGGER_KINDS, ReinspectionTrigger
from models.objects.tables import (
    CATEGORIES,
    FUNDING_SOURCES,
    NORM_METRICS,
    NORM_OPERATORS,
    NORM_SCOPES,
    NORM_SEVERITIES,
    WORK_ZONES,
    YES_NO,
    ZONES,
    InfraObject,
    Measurement,
    NormRule,
    Passport,
    PassportZone,
    ZoneWork,
)
from models.objects.validation import check_statuses_agree
from models.reference.tables import LEVELS, CodeItem, Office


@dataclass(frozen=True)
class CodedField:
    """A column whose values come from a code list.

    Attributes:
        column: the mapped attribute, e.g. ``ZoneWork.work``.
        codes: the name of a code list in the store, or a fixed tuple of codes.
        blank: whether the empty string is allowed (not recorded).
        several: the value is several codes separated by spaces (a norm rule's zones).
    """

    column: InstrumentedAttribute[Any]
    codes: str | tuple[str, ...]
    blank: bool = True
    several: bool = False

    @property
    def name(self) -> str:
        """Return ``<table>.<column>``, the field a refusal names."""
        return f"{self.column.class_.__tablename__}.{self.column.key}"


def _per_category(prefix: str, codes: str | tuple[str, ...], blank: bool) -> list[CodedField]:
    return [
        CodedField(getattr(Passport, f"{prefix}_{c.lower()}"), codes, blank) for c in CATEGORIES
    ]


#: Every coded column of the store. Measurement check codes are checked against the norm
#: rules, with the zones each rule applies to (see :func:`coded_issues`).
CODED_FIELDS: tuple[CodedField, ...] = (
    # -- objects and passports (brief §2) ------------------------------------------------------
    CodedField(InfraObject.object_type, "object_types", blank=False),
    *_per_category("status", "access_statuses", True),
    *_per_category("service_form", SERVICE_FORMS, True),
    *_per_category("suggested", LEVEL_ORDER, True),
    CodedField(PassportZone.zone, ZONES, blank=False),
    *(
        CodedField(getattr(PassportZone, f"level_{c.lower()}"), (*LEVEL_ORDER, NA), blank=False)
        for c in CATEGORIES
    ),
    CodedField(Measurement.zone, ZONES, blank=False),
    CodedField(ZoneWork.zone, WORK_ZONES, blank=False),
    CodedField(ZoneWork.work, "adaptation_works", blank=False),
    CodedField(ZoneWork.funding_source, FUNDING_SOURCES),
    CodedField(NormRule.zones, ZONES, blank=False, several=True),
    CodedField(NormRule.categories, CATEGORIES, blank=False, several=True),
    CodedField(NormRule.operator, NORM_OPERATORS, blank=False),
    CodedField(NormRule.metric, NORM_METRICS),
    CodedField(NormRule.scope, NORM_SCOPES),
    CodedField(NormRule.severity, NORM_SEVERITIES, blank=False),
    CodedField(NormRule.element, "zone_elements"),
    # -- the whole passport (issue 12, brief §2.3-2.4) -----------------------------------------
    CodedField(InfraObject.building_kind, "building_kinds"),
    CodedField(InfraObject.has_plot, YES_NO),
    CodedField(InfraObject.use_basis, "use_bases"),
    CodedField(InfraObject.ownership, "ownership_forms"),
    CodedField(InfraObject.territorial_level, "territorial_levels"),
    CodedField(Passport.reinspection_reason, "reinspection_reasons"),
    CodedField(Passport.activity_sphere, "activity_spheres"),
    CodedField(Passport.delivery_forms, "service_delivery_forms", several=True),
    CodedField(Passport.age_groups, "served_age_groups", several=True),
    CodedField(Passport.served_categories, CATEGORIES, several=True),
    CodedField(Passport.capacity_kind, "capacity_kinds"),
    CodedField(Passport.route_crossings, "route_crossings"),
    CodedField(Passport.route_information, "route_info_means", several=True),
    *(
        CodedField(getattr(Passport, name), YES_NO)
        for name in (
            "ipr_participation",
            "route_adapted_transport",
            "route_separate_path",
            "route_level_changes",
            "route_level_fitted",
            "approval_needed",
        )
    ),
    CodedField(ZoneWork.expected_status, "access_statuses"),
    CodedField(ZoneWork.expected_categories, CATEGORIES, several=True),
    CodedField(Measurement.element, "zone_elements"),
    CodedField(ZoneElement.zone, ZONES, blank=False),
    CodedField(ZoneElement.element, "zone_elements", blank=False),
    CodedField(ZoneElement.present, YES_NO),
    CodedField(ZoneElement.categories, CATEGORIES, several=True),
    CodedField(ZoneElement.work, "adaptation_works"),
    CodedField(Photo.zone, ZONES, blank=False),
    CodedField(Photo.element, "zone_elements"),
    CodedField(ReinspectionTrigger.kind, TRIGGER_KINDS, blank=False),
    # -- families and people (brief §3.2) ------------------------------------------------------
    CodedField(Person.no_iin_reason, "no_iin_reasons"),
    CodedField(Person.sex, SEXES),
    CodedField(Person.citizenship, "citizenships"),
    CodedField(Person.disability_group, "disability_groups"),
    CodedField(Person.care_status, "care_statuses"),
    CodedField(Person.placement_form, "placement_forms"),
    CodedField(ChildOpinion.decision, "opinion_decisions", blank=False),
    CodedField(Family.housing_type, "housing_types"),
    CodedField(Family.heating_type, "heating_types"),
    CodedField(Family.co_detector, "co_detector_answers", blank=False),
    CodedField(Family.map_level, "family_map_levels"),
    CodedField(Family.legal_basis, "legal_bases"),
    CodedField(Family.consent_form, "consent_forms"),
    CodedField(MemberIncome.source, "income_sources", blank=False),
    CodedField(BenefitReceived.benefit_type, "benefit_types", blank=False),
    CodedField(FamilyCategory.code, "family_categories", blank=False),
    CodedField(FamilyMember.relation, "relations", blank=False),
    # -- cases (brief §3.3-3.5) ----------------------------------------------------------------
    CodedField(Case.stage, "case_stages", blank=False),
    CodedField(Case.signal_source, "signal_sources", blank=False),
    CodedField(Case.closure_reason, "closure_reasons"),
    CodedField(Case.closure_map_level, "family_map_levels"),
    CodedField(CaseEvent.from_stage, "case_stages"),
    CodedField(CaseEvent.to_stage, "case_stages"),
    CodedField(CaseRiskFactor.code, "risk_factors", blank=False),
    CodedField(AssessmentScore.domain, "assessment_domains", blank=False),
    CodedField(PlanMeasure.service_type, "service_types", blank=False),
    CodedField(PlanMeasure.status, "measure_statuses", blank=False),
    CodedField(Visit.kind, "visit_types", blank=False),
    CodedField(Visit.risk_level, "risk_levels"),
    CodedField(ServiceDelivered.service_type, "service_types", blank=False),
    # -- reference ------------------------------------------------------------------------------
    CodedField(Office.level, LEVELS, blank=False),
)

_BY_CLASS: dict[Any, list[CodedField]] = {}
for _f in CODED_FIELDS:
    _BY_CLASS.setdefault(_f.column.class_, []).append(_f)
_STATUS_KEYS = frozenset(f"status_{c.lower()}" for c in CATEGORIES)


def _changed(obj: object, key: str, new: bool) -> bool:
    """Whether the flush writes ``key`` of ``obj``: set on a new object, or changed."""
    if new:
        return True
    return bool(inspect(obj).attrs[key].history.added)


def coded_issues(
    session: Session, new: Iterable[object], dirty: Iterable[object]
) -> ValidationReport:
    """Return the unknown codes (and incoherent statuses) a flush of these objects would write.

    Values left unchanged on a changed object are not looked at again, so a record holding a
    code an administrator has since removed can still be edited.
    """
    report = ValidationReport()
    #: (field, list name, code) to look up in the store, checked together below.
    in_store: list[tuple[str, str, str]] = []
    #: (zone, check code) of the measurements written.
    measured: list[tuple[str, str]] = []
    for is_new, objects in ((True, new), (False, dirty)):
        for obj in objects:
            for f in _BY_CLASS.get(type(obj), ()):
                value = getattr(obj, f.column.key)
                if value is None or not _changed(obj, f.column.key, is_new):
                    continue  # None: the column default applies
                values = str(value).split() if f.several else [str(value)]
                if not values or values == [""]:
                    if not f.blank:
                        report.add(f.name, "required")
                    continue
                for code in values:
                    if isinstance(f.codes, str):
                        in_store.append((f.name, f.codes, code))
                    elif code not in f.codes:
                        report.add(f.name, "unknown_code", code=code)
            if isinstance(obj, Measurement) and (
                _changed(obj, "check_code", is_new) or _changed(obj, "zone", is_new)
            ):
                measured.append((obj.zone, obj.check_code))
            if isinstance(obj, Passport) and any(_changed(obj, k, is_new) for k in _STATUS_KEYS):
                check_statuses_agree(
                    report, {c: getattr(obj, f"status_{c.lower()}") or "" for c in CATEGORIES}
                )
    if in_store:
        _check_in_store(session, report, in_store)
    if measured:
        _check_measurements(session, report, measured)
    return report


def _check_in_store(
    session: Session, report: ValidationReport, wanted: list[tuple[str, str, str]]
) -> None:
    by_list: dict[str, set[str]] = {}
    for _field, list_name, code in wanted:
        by_list.setdefault(list_name, set()).add(code)
    known = {
        (o.list_name, o.code) for o in session.new if isinstance(o, CodeItem)
    }  # a list entry added in the same flush
    with session.no_autoflush:
        known.update(
            session.execute(
                select(CodeItem.list_name, CodeItem.code).where(
                    or_(
                        *(
                            and_(CodeItem.list_name == name, CodeItem.code.in_(sorted(codes)))
                            for name, codes in by_list.items()
                        )
                    )
                )
            )
        )
    reported: set[tuple[str, str]] = set()
    for fld, list_name, code in wanted:
        if (list_name, code) not in known and (fld, code) not in reported:
            reported.add((fld, code))
            report.add(fld, "unknown_code", code=code)


def _check_measurements(
    session: Session, report: ValidationReport, measured: list[tuple[str, str]]
) -> None:
    checks = sorted({check for _zone, check in measured})
    with session.no_autoflush:
        zones = {
            code: frozenset(z.split())
            for code, z in session.execute(
                select(NormRule.check_code, NormRule.zones).where(NormRule.check_code.in_(checks))
            )
        }
    for zone, check in dict.fromkeys(measured):
        if check not in zones:
            report.add("measurement.check_code", "unknown_code", code=check)
        elif zone in ZONES and zone not in zones[check]:
            report.add("measurement.zone", "norm_zone_mismatch", check=check, zone=zone)


@event.listens_for(Session, "before_flush")
def refuse_unknown_codes(session: Session, _context: object, _instances: object) -> None:
    # NOTE: every ORM write passes here, like the author stamps of models/store/base.py, so no
    # repository, importer or script can store a code outside its list.
    report = coded_issues(session, list(session.new), list(session.dirty))
    if not report.ok:
        raise ValidationError(report)
