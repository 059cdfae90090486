"""Objects of social and transport infrastructure and their accessibility passports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    Float,
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

#: User categories in the order of every table and form (domain brief §2.5).
CATEGORIES = ("K", "O", "S", "G", "U")
#: Functional zones in passport order (domain brief §2.4).
ZONES = ("TERRITORY", "ENTRANCE", "INTERIOR", "SERVICE", "SANITARY", "INFO", "APPROACH")
#: Zones of a management-decision work: a zone or ``ALL`` zones (brief §2.4).
WORK_ZONES = (*ZONES, "ALL")
#: Funding sources of the management decision (domain brief §2.2, step 3).
FUNDING_SOURCES = ("LOCAL_BUDGET", "OWNER", "STATE_PROGRAMME")
#: Operators of a norm rule (brief §2.8).
NORM_OPERATORS = ("<=", ">=")


class InfraObject(Tracked, Base):
    """An object in the register (school, clinic, station...)."""

    __tablename__ = "infra_object"
    __table_args__ = (
        UniqueConstraint("kato", "object_ref", name="uq_infra_object_kato_ref"),
        Index("ix_infra_object_search_key", "search_key"),
        Index("ix_infra_object_type", "object_type"),
        Index("ix_infra_object_kato", "kato"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    object_ref: Mapped[str | None] = mapped_column(String(64), default=None)
    kato: Mapped[str] = mapped_column(String(9))
    name: Mapped[str] = mapped_column(Text)
    object_type: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(Text, default="")
    owner_name: Mapped[str] = mapped_column(Text, default="")
    owner_bin: Mapped[str] = mapped_column(String(12), default="")
    responsible_body: Mapped[str] = mapped_column(Text, default="")
    floors: Mapped[int | None] = mapped_column(Integer, default=None)
    year_built: Mapped[int | None] = mapped_column(Integer, default=None)
    residential: Mapped[bool] = mapped_column(Boolean, default=False)
    subject_to_passportization: Mapped[bool] = mapped_column(Boolean, default=True)
    exclusion_reason: Mapped[str] = mapped_column(Text, default="")
    exclusion_date: Mapped[date | None] = mapped_column(Date, default=None)
    registered_date: Mapped[date | None] = mapped_column(Date, default=None)
    deregistered_date: Mapped[date | None] = mapped_column(Date, default=None)
    #: Case-folded name and address for Kazakh/Russian search (PITFALLS.md #3).
    search_key: Mapped[str] = mapped_column(Text, default="")
    current_passport_id: Mapped[int | None] = mapped_column(
        ForeignKey("passport.id", use_alter=True, ondelete="SET NULL"), default=None
    )

    passports: Mapped[list[Passport]] = relationship(
        back_populates="object",
        foreign_keys="Passport.object_id",
        order_by="Passport.version",
        cascade="all, delete-orphan",
    )
    current_passport: Mapped[Passport | None] = relationship(
        foreign_keys=[current_passport_id], post_update=True
    )


class Passport(Tracked, Base):
    """One version of an object's accessibility passport (a re-inspection adds a version)."""

    __tablename__ = "passport"
    __table_args__ = (UniqueConstraint("object_id", "version", name="uq_passport_object_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    object_id: Mapped[int] = mapped_column(ForeignKey("infra_object.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    number: Mapped[str] = mapped_column(String(40), default="")
    inspection_date: Mapped[date | None] = mapped_column(Date, default=None)
    #: Date of the commission's approval: the passport date of every report.
    passport_date: Mapped[date | None] = mapped_column(Date, default=None)
    commission: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    # Section 3.3: form of service per category (A, B, DU, VND), empty when not recorded.
    service_form_k: Mapped[str] = mapped_column(String(4), default="")
    service_form_o: Mapped[str] = mapped_column(String(4), default="")
    service_form_s: Mapped[str] = mapped_column(String(4), default="")
    service_form_g: Mapped[str] = mapped_column(String(4), default="")
    service_form_u: Mapped[str] = mapped_column(String(4), default="")
    # Suggested level per category by the brief's rule (§2.6), kept beside the confirmed one.
    suggested_k: Mapped[str] = mapped_column(String(12), default="")
    suggested_o: Mapped[str] = mapped_column(String(12), default="")
    suggested_s: Mapped[str] = mapped_column(String(12), default="")
    suggested_g: Mapped[str] = mapped_column(String(12), default="")
    suggested_u: Mapped[str] = mapped_column(String(12), default="")
    # Confirmed access status code per category (DP_V, DP_I, DCH_V, DCH_I, DU, VND).
    status_k: Mapped[str] = mapped_column(String(8), default="")
    status_o: Mapped[str] = mapped_column(String(8), default="")
    status_s: Mapped[str] = mapped_column(String(8), default="")
    status_g: Mapped[str] = mapped_column(String(8), default="")
    status_u: Mapped[str] = mapped_column(String(8), default="")
    override_note: Mapped[str] = mapped_column(Text, default="")
    requires_adaptation: Mapped[bool] = mapped_column(Boolean, default=False)
    adapted_date: Mapped[date | None] = mapped_column(Date, default=None)
    adaptation_cost: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    alternative_service: Mapped[str] = mapped_column(Text, default="")

    object: Mapped[InfraObject] = relationship(back_populates="passports", foreign_keys=[object_id])
    zones: Mapped[list[PassportZone]] = relationship(
        back_populates="passport", cascade="all, delete-orphan"
    )
    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="passport", cascade="all, delete-orphan"
    )
    works: Mapped[list[ZoneWork]] = relationship(
        back_populates="passport", cascade="all, delete-orphan"
    )


class PassportZone(Tracked, Base):
    """A functional zone of a passport: one level per user category and a conclusion."""

    __tablename__ = "passport_zone"
    __table_args__ = (UniqueConstraint("passport_id", "zone", name="uq_passport_zone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    passport_id: Mapped[int] = mapped_column(ForeignKey("passport.id", ondelete="CASCADE"))
    zone: Mapped[str] = mapped_column(String(16))
    # FULL, PARTIAL, CONDITIONAL, NONE, or NA when the zone is absent.
    level_k: Mapped[str] = mapped_column(String(12), default="NA")
    level_o: Mapped[str] = mapped_column(String(12), default="NA")
    level_s: Mapped[str] = mapped_column(String(12), default="NA")
    level_g: Mapped[str] = mapped_column(String(12), default="NA")
    level_u: Mapped[str] = mapped_column(String(12), default="NA")
    conclusion: Mapped[str] = mapped_column(Text, default="")

    passport: Mapped[Passport] = relationship(back_populates="zones")


class Measurement(Tracked, Base):
    """A measured value in a zone, with its verdict against the norm edition in force."""

    __tablename__ = "measurement"

    id: Mapped[int] = mapped_column(primary_key=True)
    passport_id: Mapped[int] = mapped_column(
        ForeignKey("passport.id", ondelete="CASCADE"), index=True
    )
    zone: Mapped[str] = mapped_column(String(16))
    check_code: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)
    verdict: Mapped[str] = mapped_column(String(8))  # "ok" or "breach"
    threshold: Mapped[float] = mapped_column(Float)
    operator: Mapped[str] = mapped_column(String(2))
    norm_ref: Mapped[str] = mapped_column(Text, default="")
    photo_no: Mapped[str] = mapped_column(String(40), default="")

    passport: Mapped[Passport] = relationship(back_populates="measurements")


class ZoneWork(Tracked, Base):
    """Management decision: the adaptation work for a zone (or ``ALL`` zones)."""

    __tablename__ = "zone_work"

    id: Mapped[int] = mapped_column(primary_key=True)
    passport_id: Mapped[int] = mapped_column(
        ForeignKey("passport.id", ondelete="CASCADE"), index=True
    )
    zone: Mapped[str] = mapped_column(String(16))
    work: Mapped[str] = mapped_column(String(24))
    planned_year: Mapped[int | None] = mapped_column(Integer, default=None)
    estimated_cost: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), default=None)
    funding_source: Mapped[str] = mapped_column(String(24), default="")
    completed_date: Mapped[date | None] = mapped_column(Date, default=None)

    passport: Mapped[Passport] = relationship(back_populates="works")


class NormRule(Tracked, Base):
    """A configurable building-norm check (domain brief §2.8)."""

    __tablename__ = "norm_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    check_code: Mapped[str] = mapped_column(String(40), unique=True)
    zones: Mapped[str] = mapped_column(Text)  # space-separated zone codes
    operator: Mapped[str] = mapped_column(String(2))  # "<=" or ">="
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(8))
    document: Mapped[str] = mapped_column(Text)
    clause: Mapped[str] = mapped_column(String(40))
    categories: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(8), default="warning")
    min_physical: Mapped[float] = mapped_column(Float)
    max_physical: Mapped[float] = mapped_column(Float)
