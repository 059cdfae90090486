"""Family-support cases: families, people, memberships, cases and their follow-up (brief §3).

Personal data (brief §6) sit in few columns so that encryption at rest touches few places:
``Person.iin``, ``Person.surname``, ``Person.given_name``, ``Person.patronymic``,
``Family.address`` and ``Family.phone``. Searches never read them: they go through derived
key columns filled in Python (``Person.iin_key``, ``Person.name_fold``, ``Person.given_fold``,
``Person.name_key``), which a keyed blind index can later replace without touching callers.

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
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.store.base import Base, Tracked

#: Reasons a member has no IIN (brief §3.2).
NO_IIN_REASONS = ("FOREIGNER", "STATELESS", "NOT_ISSUED")
#: Citizenship or status of a member (brief §3.2).
CITIZENSHIPS = ("CITIZEN", "KANDAS", "REFUGEE", "FOREIGNER_RP", "STATELESS")
#: Housing types (proposed list; no official one).
HOUSING_TYPES = (
    "OWN_HOUSE",
    "OWN_FLAT",
    "RENTED",
    "SOCIAL_HOUSING",
    "RELATIVES",
    "DORMITORY",
    "TEMPORARY",
    "NONE",
)
#: Heating types (proposed list; stove heating matters for the CO risk, brief §3.5).
HEATING_TYPES = ("CENTRAL", "GAS_BOILER", "ELECTRIC", "STOVE_COAL", "STOVE_WOOD", "NONE")
#: Answers for the CO/gas detector question.
DETECTOR_ANSWERS = ("yes", "no", "unknown")
#: Legal bases of processing personal data (brief §6).
LEGAL_BASES = ("CONSENT", "STATUTORY")
#: Forms of consent (brief §6).
CONSENT_FORMS = ("WRITTEN", "EGOV", "OTHER")
#: Needs-assessment domains.
ASSESSMENT_DOMAINS = ("SAFETY", "HEALTH", "EDUCATION", "HOUSING", "INCOME", "PARENTING")
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


class Person(Tracked, Base):
    """A person: one record per district store, linked to households by membership."""

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_iin_key", "iin_key", "id"),
        Index("ix_person_name_fold", "name_fold", "id"),
        Index("ix_person_given_fold", "given_fold", "id"),
        Index("ix_person_birth_name_key", "birth_date", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # -- personal data (to be encrypted) -------------------------------------------------------
    iin: Mapped[str] = mapped_column(Text, default="")
    surname: Mapped[str] = mapped_column(Text)
    given_name: Mapped[str] = mapped_column(Text)
    patronymic: Mapped[str] = mapped_column(Text, default="")
    # -- derived search keys (filled in Python, PITFALLS.md #3) ------------------------------
    #: The IIN digits for exact and prefix search; later a keyed blind index.
    iin_key: Mapped[str] = mapped_column(String(64), default="")
    #: Case-folded "surname given patronymic" for prefix search.
    name_fold: Mapped[str] = mapped_column(String(200), default="")
    #: Case-folded "given surname" so a search by given name also finds the person.
    given_fold: Mapped[str] = mapped_column(String(200), default="")
    #: Phonetic skeleton "surname|given" across Cyrillic and Latin spellings (duplicates).
    name_key: Mapped[str] = mapped_column(String(200), default="")
    # -- other facts -----------------------------------------------------------------------------
    no_iin_reason: Mapped[str] = mapped_column(String(20), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    sex: Mapped[str] = mapped_column(String(1), default="")
    citizenship: Mapped[str] = mapped_column(String(20), default="CITIZEN")
    disability_group: Mapped[str] = mapped_column(String(20), default="")
    disability_since_childhood: Mapped[bool] = mapped_column(Boolean, default=False)
    disability_indefinite: Mapped[bool] = mapped_column(Boolean, default=False)
    disability_review_date: Mapped[date | None] = mapped_column(Date, default=None)
    special_needs: Mapped[bool] = mapped_column(Boolean, default=False)
    pmpk_date: Mapped[date | None] = mapped_column(Date, default=None)
    school: Mapped[str] = mapped_column(Text, default="")
    employment: Mapped[str] = mapped_column(Text, default="")

    memberships: Mapped[list[FamilyMember]] = relationship(back_populates="person")


class Family(Tracked, Base):
    """A household: address and living conditions, categories, map level and legal basis."""

    __tablename__ = "family"
    __table_args__ = (Index("ix_family_kato", "kato"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kato: Mapped[str] = mapped_column(String(9))
    # -- personal data (to be encrypted) -------------------------------------------------------
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    # -- living conditions -----------------------------------------------------------------------
    rural: Mapped[bool | None] = mapped_column(Boolean, default=None)
    housing_type: Mapped[str] = mapped_column(String(20), default="")
    heating_type: Mapped[str] = mapped_column(String(20), default="")
    co_detector: Mapped[str] = mapped_column(String(8), default="unknown")
    income_per_person: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    # -- Digital Family Map (brief §3.6): empty level = not assessed -------------------------
    map_level: Mapped[str] = mapped_column(String(4), default="")
    map_level_date: Mapped[date | None] = mapped_column(Date, default=None)
    map_level_source: Mapped[str] = mapped_column(Text, default="")
    # -- legal basis of processing (brief §6) ---------------------------------------------
    legal_basis: Mapped[str] = mapped_column(String(12), default="")
    consent_form: Mapped[str] = mapped_column(String(12), default="")
    consent_date: Mapped[date | None] = mapped_column(Date, default=None)
    consent_recorded_by: Mapped[str] = mapped_column(String(64), default="")
    consent_withdrawn_date: Mapped[date | None] = mapped_column(Date, default=None)
    statutory_basis: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[FamilyMember]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="FamilyMember.id"
    )
    categories: Mapped[list[FamilyCategory]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="FamilyCategory.id"
    )


class FamilyCategory(Tracked, Base):
    """A category of a family (``family_categories.csv``; several per family)."""

    __tablename__ = "family_category"
    __table_args__ = (UniqueConstraint("family_id", "code", name="uq_family_category_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))

    family: Mapped[Family] = relationship(back_populates="categories")


class FamilyMember(Tracked, Base):
    """A person's membership of a household, with the relation and the period.

    A child may belong to two households over time: ``until`` ends a membership without
    deleting its history.
    """

    __tablename__ = "family_member"
    __table_args__ = (
        Index("ix_family_member_family", "family_id"),
        Index("ix_family_member_person", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    relation: Mapped[str] = mapped_column(String(24))
    since: Mapped[date | None] = mapped_column(Date, default=None)
    until: Mapped[date | None] = mapped_column(Date, default=None)

    family: Mapped[Family] = relationship(back_populates="members")
    person: Mapped[Person] = relationship(back_populates="memberships")


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
    __table_args__ = (Index("ix_case_event_case", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("family_case.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12), default=EVENT_STAGE)
    event_date: Mapped[date] = mapped_column(Date)
    from_stage: Mapped[str] = mapped_column(String(16), default="")
    to_stage: Mapped[str] = mapped_column(String(16), default="")
    #: Closure reason code, or the new worker's login for an assignment.
    reason_code: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")

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
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="services")


class DuplicateDecision(Tracked, Base):
    """A user's decision that two person records are not the same person.

    The pair is stored with the lower id first, so each pair has one row.
    """

    __tablename__ = "duplicate_decision"
    __table_args__ = (
        UniqueConstraint("person_a_id", "person_b_id", name="uq_duplicate_decision_pair"),
        Index("ix_duplicate_decision_b", "person_b_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_a_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    person_b_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(16), default="not_duplicate")
    decided_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
