"""Families: people, households, memberships, family categories and duplicate decisions (brief §3).

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
    text,
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
#: Care status of a child (brief §3.2, ``care_statuses.csv``); empty = not recorded.
CARE_STATUSES = ("WITH_PARENTS", "ORPHAN", "WITHOUT_PARENTAL_CARE")
#: Placement forms of a child without parental care (brief §3.5 family categories,
#: ``placement_forms.csv``): only with WITHOUT_PARENTAL_CARE or ORPHAN.
PLACEMENT_FORMS = (
    "GUARDIANSHIP",
    "FOSTER",
    "PATRONAT",
    "PROFESSIONAL_FOSTER",
    "ADOPTION",
    "ORGANISATION",
)
#: Decisions about a child that need the child's opinion from age 10 (brief §3.2).
OPINION_DECISIONS = ("PLAN", "CLOSURE", "PLACEMENT", "OTHER")


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
    # -- care and registrations (brief §3.2; issue 14, revision 0010) ---------------------------
    care_status: Mapped[str] = mapped_column(String(24), default="", server_default=text("''"))
    placement_form: Mapped[str] = mapped_column(String(24), default="", server_default=text("''"))
    police_registered: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    police_registered_date: Mapped[date | None] = mapped_column(Date, default=None)
    school_registered: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    school_registered_date: Mapped[date | None] = mapped_column(Date, default=None)

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
    #: The declared per-capita income (tenge a month; the form, the member-list import). Issue
    #: 14: the per-capita income is computed from ``member_income`` when a family has current
    #: incomes, and falls back to this value when it has none (``models/families/money.py``).
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
    # Consent's scope and term, and the law that keeps processing after a withdrawal (brief §6;
    # issue 14, revision 0010).
    consent_scope: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    consent_until: Mapped[date | None] = mapped_column(Date, default=None)
    withdrawal_basis: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))

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


class ChildOpinion(Tracked, Base):
    """A child's opinion heard for a decision about the child (brief §3.2: from age 10).

    ``heard_on`` is the date it was heard; when the child could not be heard, ``heard_on`` is
    empty and ``not_heard_reason`` says why (a warning, never a block).
    """

    __tablename__ = "child_opinion"
    __table_args__ = (Index("ix_child_opinion_person", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("family_case.id", ondelete="SET NULL"), default=None
    )
    decision: Mapped[str] = mapped_column(String(16), default="OTHER")
    heard_on: Mapped[date | None] = mapped_column(Date, default=None)
    opinion: Mapped[str] = mapped_column(Text, default="")
    not_heard_reason: Mapped[str] = mapped_column(Text, default="")


class MemberIncome(Tracked, Base):
    """A monthly income of a household, by source and, when known, by member (brief §3.2)."""

    __tablename__ = "member_income"
    __table_args__ = (Index("ix_member_income_family", "family_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), default=None
    )
    #: ``income_sources.csv``.
    source: Mapped[str] = mapped_column(String(24))
    #: Tenge a month.
    monthly_amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    since: Mapped[date | None] = mapped_column(Date, default=None)
    until: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class BenefitReceived(Tracked, Base):
    """A benefit a household or member receives, in МРП of its year (brief §3.8).

    Shown in tenge through the year-indexed МРП table (``mrp_rate``); ``amount_mrp`` is per
    month for a monthly benefit and once for a one-off one (``benefit_types.csv`` says which).
    """

    __tablename__ = "benefit_received"
    __table_args__ = (Index("ix_benefit_received_family", "family_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), default=None
    )
    #: ``benefit_types.csv``.
    benefit_type: Mapped[str] = mapped_column(String(32))
    amount_mrp: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    year: Mapped[int] = mapped_column(Integer)
    since: Mapped[date | None] = mapped_column(Date, default=None)
    until: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
