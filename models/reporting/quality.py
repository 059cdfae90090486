"""Data-quality checks before a report package is exported (issue 4).

:func:`quality_checks` returns findings, each a :class:`~models.reporting.dto.QualityIssue` with a
stable ``code`` (the UI maps it to a translated text), the number of records concerned and
whether it **blocks** the export. Only breaches of the rules of reporting.md §2.2 block; they
cannot happen when the figures are computed correctly, so a blocking finding means a bug or a
damaged store, and the export must stop. Every other finding is a warning, shown to the user and
recorded on the Cover sheet.

Checks on objects look at the period end ``E`` (the state the figures describe). Checks on case
work (plans, follow-ups, consent) look at ``today``, like the work lists of the Cases page.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    distinct,
    exists,
    func,
    not_,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from models.cases.overdue import counted_case, overdue_count
from models.cases.repository import CaseRepository
from models.cases.rules import ASSESSMENT, CLOSED, IDENTIFIED, REOPENED, SIGNAL
from models.cases.tables import EVENT_STAGE, Case, CaseEvent, CaseRiskFactor, ServiceDelivered
from models.cases.work_lists import waiting_for_plan_condition
from models.families.tables import LEGAL_BASES, Family, FamilyMember, Person
from models.objects.repository import ObjectRepository
from models.objects.tables import CATEGORIES, InfraObject, Passport, ZoneWork
from models.reference import settings as domain_settings
from models.reference.tables import CodeItem
from models.reporting import rules
from models.reporting.dto import QualityIssue, ReportData
from models.reporting.figures import (
    compute_figures,
    families_with_open_case,
    in_register,
    object_states,
)
from models.reporting.periods import Period
from models.store.db import Store

# -- blocking: the rules of reporting.md §2.2 with their codes of models/reporting/rules.py --------
# -- warnings ------------------------------------------------------------------------------------
PERIOD_NOT_ENDED = "period_not_ended"
PASSPORT_MISSING_STATUS = "passport_missing_status"
ADAPTED_WITHOUT_WORKS = "adapted_without_works"
SUBJECT_WITHOUT_PASSPORT = "subject_without_passport"
ADAPTED_DATE_NOT_REQUIRED = "adapted_date_not_required"
#: A passport or adaptation dated before the object's registration date (reporting.md §1).
REGISTERED_AFTER_PASSPORT = "registered_after_passport"
#: Excluded from passportization without a reason or a date (brief §2.2; registry imports).
EXCLUSION_INCOMPLETE = "exclusion_incomplete"
#: Objects due for re-inspection on the day of the check (``models/objects/reinspection.py``: the
#: interval, completed works, complaints and other triggers).
REINSPECTION_DUE = "reinspection_due"
UNKNOWN_CODE = "unknown_code"
CASE_WITHOUT_OPENING = "case_without_opening"
CASE_WITHOUT_PLAN = "case_without_plan"
OVERDUE_FOLLOW_UP = "overdue_follow_up"
MEMBER_WITHOUT_IIN = "member_without_iin"
CHILD_WITHOUT_BIRTH_DATE = "member_without_birth_date"
FAMILY_WITHOUT_LEGAL_BASIS = "family_without_legal_basis"
CONSENT_WITHDRAWN_OPEN_CASE = "consent_withdrawn_open_case"

#: Every code, blocking ones first, in the order findings are returned.
CODES = (
    *rules.CODES,
    PERIOD_NOT_ENDED,
    PASSPORT_MISSING_STATUS,
    ADAPTED_WITHOUT_WORKS,
    ADAPTED_DATE_NOT_REQUIRED,
    SUBJECT_WITHOUT_PASSPORT,
    REGISTERED_AFTER_PASSPORT,
    EXCLUSION_INCOMPLETE,
    REINSPECTION_DUE,
    UNKNOWN_CODE,
    CASE_WITHOUT_OPENING,
    CASE_WITHOUT_PLAN,
    OVERDUE_FOLLOW_UP,
    MEMBER_WITHOUT_IIN,
    CHILD_WITHOUT_BIRTH_DATE,
    FAMILY_WITHOUT_LEGAL_BASIS,
    CONSENT_WITHDRAWN_OPEN_CASE,
)
#: Codes of the rules of reporting.md §2.2: a finding with one of them blocks the export.
BLOCKING_CODES = frozenset(rules.CODES)
#: Stages of a case waiting for its plan (as the Cases page's "without a plan" work list).
WAITING_FOR_PLAN = (IDENTIFIED, ASSESSMENT, REOPENED)


def quality_checks(
    store: Store, period: Period, today: date, *, report: ReportData | None = None
) -> list[QualityIssue]:
    """Return the findings on ``store`` before exporting ``period``, blocking ones first.

    Args:
        store: the open store.
        period: the period to export.
        today: the day of the export (work-list checks and "period not ended").
        report: the figures already computed for ``period`` (computed when None); the rules
            of reporting.md §2.2 are checked on them.

    Returns:
        One issue per code with a count above zero, in the order of :data:`CODES`.
    """
    data = report if report is not None else compute_figures(store, period)
    found: dict[str, tuple[int, str]] = {}
    for code, count, detail in rule_breaches(data):
        found[code] = (count, detail)
    with store.session() as s:
        for code, count, detail in _data_findings(s, store, period, today):
            found[code] = (count, detail)
    return [
        QualityIssue(code, found[code][0], code in BLOCKING_CODES, found[code][1])
        for code in CODES
        if code in found and found[code][0] > 0
    ]


# -- rules on the figures -------------------------------------------------------------------------


def rule_breaches(data: ReportData) -> list[tuple[str, int, str]]:
    """Return (code, rows breaking it, detail) for each rule of §2.2 the figures break.

    The rules are those of :func:`models.reporting.rules.report_breaches`; a rule on a whole
    sheet counts as one row.
    """
    grouped: dict[str, list[str]] = {}
    for b in rules.breaches_of(data):
        where = b.sheet if b.row is None else f"{b.sheet}:{b.row + 1}"
        grouped.setdefault(b.code, []).append(f"{where} {b.detail}")
    return [(code, len(found), "; ".join(found)) for code, found in grouped.items()]


# -- findings in the data -------------------------------------------------------------------------


def _count(s: Session, stmt: Select[Any]) -> int:
    return int(s.scalar(stmt) or 0)


def _open_now() -> ColumnElement[bool]:
    return and_(Case.stage != CLOSED, counted_case())


def _unknown_codes(s: Session, end: date) -> list[str]:
    def listed(name: str) -> Select[Any]:
        return select(CodeItem.code).where(CodeItem.list_name == name)

    sources: list[tuple[str, Select[Any]]] = [
        (
            "object_types",
            select(InfraObject.object_type)
            .distinct()
            .where(in_register(end), InfraObject.object_type.not_in(listed("object_types"))),
        ),
        (
            "service_types",
            select(ServiceDelivered.service_type)
            .distinct()
            .where(ServiceDelivered.service_type.not_in(listed("service_types"))),
        ),
        (
            "risk_factors",
            select(CaseRiskFactor.code)
            .distinct()
            .where(CaseRiskFactor.code.not_in(listed("risk_factors"))),
        ),
        (
            "family_map_levels",
            select(Family.map_level)
            .distinct()
            .where(Family.map_level != "", Family.map_level.not_in(listed("family_map_levels"))),
        ),
    ]
    found = []
    for name, stmt in sources:
        found += [f"{name}:{code}" for code in sorted(s.scalars(stmt))]
    return found


def earliest_record_date() -> Select[Any]:
    """Return (object id, earliest passport or adaptation date) over every passport version."""
    dated = union_all(
        select(Passport.object_id.label("object_id"), Passport.passport_date.label("day")).where(
            Passport.passport_date.is_not(None)
        ),
        select(Passport.object_id, Passport.adapted_date).where(Passport.adapted_date.is_not(None)),
    ).subquery()
    return select(dated.c.object_id, func.min(dated.c.day).label("earliest")).group_by(
        dated.c.object_id
    )


def registered_after_passport_count() -> Select[Any]:
    """Count objects registered after their earliest passport or adaptation (reporting.md §1).

    Every passport version counts (a re-inspection too): the object existed and was inspected
    on that day, so a later registration date contradicts it.
    """
    earliest = earliest_record_date().subquery()
    return (
        select(func.count(InfraObject.id))
        .join(earliest, earliest.c.object_id == InfraObject.id)
        .where(
            InfraObject.registered_date.is_not(None),
            InfraObject.registered_date > earliest.c.earliest,
        )
    )


def exclusion_incomplete() -> ColumnElement[bool]:
    """Objects excluded from passportization without a reason or without a date (brief §2.2)."""
    return and_(
        InfraObject.subject_to_passportization.is_(False),
        or_(func.trim(InfraObject.exclusion_reason) == "", InfraObject.exclusion_date.is_(None)),
    )


def _data_findings(
    s: Session, store: Store, period: Period, today: date
) -> list[tuple[str, int, str]]:
    end = period.end
    st = object_states(end)
    out: list[tuple[str, int, str]] = []

    def add(code: str, count: int, detail: str = "") -> None:
        out.append((code, count, detail))

    if end > today:
        add(PERIOD_NOT_ENDED, 1, end.isoformat())
    missing_status = or_(
        *(func.coalesce(st.c[f"status_{c.lower()}"], "") == "" for c in CATEGORIES)
    )
    add(
        PASSPORT_MISSING_STATUS,
        _count(s, select(func.count(st.c.id)).where(st.c.passported == 1, missing_status)),
    )
    # NOTE: NOT IN a subquery, not a correlated NOT EXISTS: zone_work has no index on
    # passport_id, and the correlated form scanned it once per adapted object (4 s at 10k).
    works_done = select(ZoneWork.passport_id).where(
        ZoneWork.work != "NOT_NEEDED", ZoneWork.completed_date.is_not(None)
    )
    add(
        ADAPTED_WITHOUT_WORKS,
        _count(
            s,
            select(func.count(st.c.id)).where(
                st.c.adapted == 1, st.c.adapted_pid.not_in(works_done)
            ),
        ),
    )
    add(
        ADAPTED_DATE_NOT_REQUIRED,
        _count(
            s,
            select(func.count(Passport.id)).where(
                Passport.passport_date <= end,
                Passport.adapted_date.is_not(None),
                Passport.requires_adaptation.is_(False),
            ),
        ),
    )
    add(
        SUBJECT_WITHOUT_PASSPORT,
        _count(s, select(func.count(st.c.id)).where(st.c.subject == 1, st.c.passported == 0)),
    )
    add(REGISTERED_AFTER_PASSPORT, _count(s, registered_after_passport_count()))
    add(
        EXCLUSION_INCOMPLETE,
        _count(
            s,
            select(func.count(InfraObject.id)).where(in_register(end), exclusion_incomplete()),
        ),
    )
    # Taken today, as the objects register's "Re-inspection due" filter that opens the list
    # (one rule: models/objects/reinspection.py); the detail is the interval in years.
    years = domain_settings.reinspection_interval_years(s)
    add(REINSPECTION_DUE, len(ObjectRepository(store).reinspection_due(today)), str(years or ""))
    unknown = _unknown_codes(s, end)
    add(UNKNOWN_CODE, len(unknown), ", ".join(unknown))
    opening = exists().where(
        CaseEvent.case_id == Case.id, CaseEvent.kind == EVENT_STAGE, CaseEvent.to_stage == SIGNAL
    )
    add(
        CASE_WITHOUT_OPENING,
        _count(s, select(func.count(Case.id)).where(counted_case(), not_(opening))),
    )
    # Same rule as CaseRepository.cases_without_plan (the Cases page's work list). With no
    # limit set (the default, brief §3.4) no case is late, so there is nothing to warn about.
    plan_days = CaseRepository(store).plan_due_days()
    if plan_days is not None:
        add(
            CASE_WITHOUT_PLAN,
            _count(
                s,
                select(func.count(Case.id)).where(waiting_for_plan_condition(today, plan_days)),
            ),
        )
    # The B1 rule itself, at today like the Cases work list it opens; the detail is that date.
    add(OVERDUE_FOLLOW_UP, overdue_count(s, today), today.isoformat())
    add(
        MEMBER_WITHOUT_IIN,
        _count(
            s,
            select(func.count(Person.id)).where(Person.iin == "", Person.no_iin_reason == ""),
        ),
    )
    add(
        CHILD_WITHOUT_BIRTH_DATE,
        _count(
            s,
            select(func.count(distinct(Person.id)))
            .join(FamilyMember, FamilyMember.person_id == Person.id)
            .where(
                Person.birth_date.is_(None),
                FamilyMember.family_id.in_(families_with_open_case(end)),
                or_(FamilyMember.since.is_(None), FamilyMember.since <= end),
                or_(FamilyMember.until.is_(None), FamilyMember.until > end),
            ),
        ),
    )
    no_basis = or_(
        Family.legal_basis.not_in(LEGAL_BASES),
        and_(Family.legal_basis == "CONSENT", Family.consent_date.is_(None)),
        and_(Family.legal_basis == "STATUTORY", func.trim(Family.statutory_basis) == ""),
    )
    add(FAMILY_WITHOUT_LEGAL_BASIS, _count(s, select(func.count(Family.id)).where(no_basis)))
    open_case = exists().where(Case.family_id == Family.id, _open_now())
    add(
        CONSENT_WITHDRAWN_OPEN_CASE,
        _count(
            s,
            select(func.count(Family.id)).where(
                Family.legal_basis == "CONSENT",
                Family.consent_withdrawn_date.is_not(None),
                Family.consent_withdrawn_date <= today,
                open_case,
            ),
        ),
    )
    return out
