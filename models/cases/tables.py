"""Family-support cases: the case, its log of events, risk factors, needs assessments, support
plans and their measures, visits and services (brief §3).

Every table carries the :class:`~models.store.base.Tracked` UUID and authorship, so a case can be
transferred between districts without depending on local ids.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    Select,
    String,
    Text,
    UniqueConstraint,
    select,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, selectinload

from models.families.tables import Family
from models.store.base import Base, Tracked

#: Needs-assessment sectors, as the brief lists them (§3.4; issue 14): new assessments score these.
#: ``SOCIAL`` is social protection (the column holds 16 characters: ``SOCIAL_PROTECTION`` has 17).
ASSESSMENT_DOMAINS = (
    "SOCIAL",
    "HEALTH",
    "EDUCATION",
    "EMPLOYMENT",
    "HOUSING",
    "SAFETY",
)
#: Domains of assessments made before issue 14: retired (inactive in ``assessment_domains``,
#: ``models/seed.py`` RETIRED_CODES), never renamed; older assessments keep and show them.
RETIRED_ASSESSMENT_DOMAINS = ("INCOME", "PARENTING")
#: Every domain a stored assessment may hold (reading, transfers of older cases).
ALL_ASSESSMENT_DOMAINS = ASSESSMENT_DOMAINS + RETIRED_ASSESSMENT_DOMAINS
#: Needs score per domain: 1 no need ... 5 critical need.
SCORE_MIN, SCORE_MAX = 1, 5
#: Plan-measure statuses.
MEASURE_STATUSES = ("PLANNED", "IN_PROGRESS", "DONE", "CANCELLED")
#: Visit and contact types (brief §3.4).
VISIT_TYPES = ("HOME", "SCHOOL", "PHONE", "MOBILE_GROUP", "PATRONAGE_NURSE", "OFFICE")
#: Risk level recorded after a visit.
RISK_LEVELS = ("LOW", "MEDIUM", "HIGH")
#: Case event kinds.
EVENT_STAGE = "stage"
EVENT_ASSIGN = "assign"


class Case(Tracked, Base):
    """A family-support case from the signal to closure (and reopening).

    The stage dates hold the current cycle; the full history is in :class:`CaseEvent`.
    ``next_follow_up`` repeats the next-visit date of the latest visit so that the work lists
    are one indexed query.
    """

    __tablename__ = "family_case"
    __table_args__ = (
        UniqueConstraint("office_kato", "year", "seq", name="uq_family_case_sequence"),
        Index("ix_family_case_worker_stage", "worker_login", "stage"),
        Index("ix_family_case_stage", "stage"),
        Index("ix_family_case_next_follow_up", "next_follow_up"),
        Index("ix_family_case_family", "family_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "<office KATO>-<year>-<sequence of 5 digits>", e.g. 113200000-2026-00017.
    number: Mapped[str] = mapped_column(String(32), unique=True)
    office_kato: Mapped[str] = mapped_column(String(9))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    family_id: Mapped[int | None] = mapped_column(
        ForeignKey("family.id", ondelete="RESTRICT"), default=None
    )
    worker_login: Mapped[str] = mapped_column(String(64), default="")
    stage: Mapped[str] = mapped_column(String(16), default="SIGNAL")
    # -- signal ------------------------------------------------------------------------------
    signal_date: Mapped[date] = mapped_column(Date)
    signal_source: Mapped[str] = mapped_column(String(24))
    signal_source_note: Mapped[str] = mapped_column(Text, default="")
    signal_description: Mapped[str] = mapped_column(Text, default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    # -- stage dates of the current cycle ----------------------------------------------------
    identified_date: Mapped[date | None] = mapped_column(Date, default=None)
    assessment_date: Mapped[date | None] = mapped_column(Date, default=None)
    plan_date: Mapped[date | None] = mapped_column(Date, default=None)
    accompaniment_date: Mapped[date | None] = mapped_column(Date, default=None)
    closed_date: Mapped[date | None] = mapped_column(Date, default=None)
    reopened_date: Mapped[date | None] = mapped_column(Date, default=None)
    # -- closure ------------------------------------------------------------------------------
    closure_reason: Mapped[str] = mapped_column(String(32), default="")
    closure_note: Mapped[str] = mapped_column(Text, default="")
    closure_outcome: Mapped[str] = mapped_column(Text, default="")
    closure_map_level: Mapped[str] = mapped_column(String(4), default="")
    # -- follow-up ----------------------------------------------------------------------------
    next_follow_up: Mapped[date | None] = mapped_column(Date, default=None)
    # -- transfer between districts (closure reason MOVED_TRANSFERRED, brief §3.9) -------------
    #: The transfer file's id: on the sender's case that left, on the receiver's case it made.
    transfer_id: Mapped[str] = mapped_column(String(36), default="", server_default=text("''"))
    #: On a received case: the sending office's KATO and its case number.
    transferred_from_office: Mapped[str] = mapped_column(
        String(9), default="", server_default=text("''")
    )
    transferred_from_number: Mapped[str] = mapped_column(
        String(32), default="", server_default=text("''")
    )

    family: Mapped[Family | None] = relationship()
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseEvent.id"
    )
    risk_factors: Mapped[list[CaseRiskFactor]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseRiskFactor.id"
    )
    assessments: Mapped[list[NeedsAssessment]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="NeedsAssessment.id"
    )
    plans: Mapped[list[SupportPlan]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="SupportPlan.version"
    )
    visits: Mapped[list[Visit]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Visit.id"
    )
    services: Mapped[list[ServiceDelivered]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ServiceDelivered.id"
    )


class CaseEvent(Tracked, Base):
    """One entry of a case's log: a stage change (with reason for closure and reopening)."""

    __tablename__ = "case_event"
    # The overdue rule's correlated subqueries seek it and read no table row (revision 0006).
    __table_args__ = (Index("ix_case_event_seek", "case_id", "kind", "event_date", "to_stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("family_case.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12), default=EVENT_STAGE)
    event_date: Mapped[date] = mapped_column(Date)
    from_stage: Mapped[str] = mapped_column(String(16), default="")
    to_stage: Mapped[str] = mapped_column(String(16), default="")
    #: Closure reason code, or the new worker's login for an assignment.
    reason_code: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    #: A closure or reopening is approved by a supervisor (domain brief §1, §3); empty: awaiting.
    approved_by: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))
    approved_date: Mapped[date | None] = mapped_column(Date, default=None)

    case: Mapped[Case] = relationship(back_populates="events")


class CaseRiskFactor(Tracked, Base):
    """A risk factor of a case (``risk_factors.csv``), optionally about one member."""

    __tablename__ = "case_risk_factor"
    __table_args__ = (Index("ix_case_risk_factor_case", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("family_case.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    noted_date: Mapped[date | None] = mapped_column(Date, default=None)

    case: Mapped[Case] = relationship(back_populates="risk_factors")


class NeedsAssessment(Tracked, Base):
    """A needs assessment of a case, scored by domain."""

    __tablename__ = "needs_assessment"
    __table_args__ = (Index("ix_needs_assessment_case", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("family_case.id", ondelete="CASCADE"))
    assessed_on: Mapped[date] = mapped_column(Date)
    instruments: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="assessments")
    scores: Mapped[list[AssessmentScore]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="AssessmentScore.id"
    )


class AssessmentScore(Tracked, Base):
    """The score of one domain in an assessment (``SCORE_MIN`` .. ``SCORE_MAX``)."""

    __tablename__ = "assessment_score"
    __table_args__ = (
        UniqueConstraint("assessment_id", "domain", name="uq_assessment_score_domain"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("needs_assessment.id", ondelete="CASCADE")
    )
    domain: Mapped[str] = mapped_column(String(16))
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    assessment: Mapped[NeedsAssessment] = relationship(back_populates="scores")


class SupportPlan(Tracked, Base):
    """A version of the individual support plan (a review adds a version)."""

    __tablename__ = "support_plan"
    __table_args__ = (UniqueConstraint("case_id", "version", name="uq_support_plan_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("family_case.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    drawn_up: Mapped[date] = mapped_column(Date)
    review_date: Mapped[date | None] = mapped_column(Date, default=None)
    #: Supervisor approval, once accounts and roles exist.
    approved_date: Mapped[date | None] = mapped_column(Date, default=None)
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="plans")
    measures: Mapped[list[PlanMeasure]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanMeasure.id"
    )


class PlanMeasure(Tracked, Base):
    """A measure of a plan: service type, responsible agency, due date and status."""

    __tablename__ = "plan_measure"
    __table_args__ = (
        Index("ix_plan_measure_plan", "plan_id"),
        Index("ix_plan_measure_due", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("support_plan.id", ondelete="CASCADE"))
    service_type: Mapped[str] = mapped_column(String(24))
    description: Mapped[str] = mapped_column(Text, default="")
    agency: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(12), default="PLANNED")
    done_date: Mapped[date | None] = mapped_column(Date, default=None)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )

    plan: Mapped[SupportPlan] = relationship(back_populates="measures")


class Visit(Tracked, Base):
    """A visit or contact: date, type, participants, child seen, findings and next one due."""

    __tablename__ = "visit"
    __table_args__ = (Index("ix_visit_case_date", "case_id", "visit_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("family_case.id", ondelete="CASCADE"))
    visit_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    participants: Mapped[str] = mapped_column(Text, default="")
    #: None when no child is concerned by the contact.
    child_seen: Mapped[bool | None] = mapped_column(Boolean, default=None)
    findings: Mapped[str] = mapped_column(Text, default="")
    risk_level: Mapped[str] = mapped_column(String(8), default="")
    next_due: Mapped[date | None] = mapped_column(Date, default=None)

    case: Mapped[Case] = relationship(back_populates="visits")


class ServiceDelivered(Tracked, Base):
    """A service delivered to the family or a member (``service_types.csv``)."""

    __tablename__ = "service_delivered"
    __table_args__ = (Index("ix_service_delivered_case", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("family_case.id", ondelete="CASCADE"))
    service_type: Mapped[str] = mapped_column(String(24))
    delivered_on: Mapped[date] = mapped_column(Date)
    provider: Mapped[str] = mapped_column(Text, default="")
    staff: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    #: Tenge as entered before issue 14 (kept readable, shown "as entered").
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    note: Mapped[str] = mapped_column(Text, default="")
    #: The amount in МРП of the delivery year (brief §3.8), shown in tenge by ``mrp_rate``.
    amount_mrp: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)

    case: Mapped[Case] = relationship(back_populates="services")


def whole_case(case_id: int) -> Select[Case]:
    """Select the case ``case_id`` with its whole history loaded: events, risk factors,
    assessments with their scores, plans with their measures, visits and services."""
    return (
        select(Case)
        .where(Case.id == case_id)
        .options(
            selectinload(Case.events),
            selectinload(Case.risk_factors),
            selectinload(Case.assessments).selectinload(NeedsAssessment.scores),
            selectinload(Case.plans).selectinload(SupportPlan.measures),
            selectinload(Case.visits),
            selectinload(Case.services),
        )
    )
