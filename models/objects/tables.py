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
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.objects.annex_tables import Photo, ZoneElement
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
#: Severities of a norm rule: a breach is evidence for the commission either way (brief §2.8).
NORM_SEVERITIES = ("warning", "error")
#: What a norm rule measures (issue 12): the column "metric" of the brief's rule table.
NORM_METRICS = (
    "SLOPE",
    "WIDTH",
    "DEPTH",
    "LENGTH",
    "HEIGHT",
    "DIAMETER",
    "SHARE",
    "COUNT",
    "PRESENT",
)
#: Objects a norm rule applies to: every object, or residential ones only (housing norms).
NORM_SCOPES = ("", "RESIDENTIAL")
#: Answers of a yes/no field of the passport form that may be left unrecorded: "" is "not
#: recorded" (a passport made before issue 12 prints so).
YES_NO = ("YES", "NO")


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
    # -- Passport §1 General information (brief §2.3, issue 12): "" / None = not recorded. ----
    #: ``building_kinds``: a detached building or a part of one.
    building_kind: Mapped[str] = mapped_column(String(16), default="", server_default=text("''"))
    #: Floor area of the building (or of the part the object occupies), m².
    area_m2: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    #: Adjacent plot: ``YES_NO`` and its area, m².
    has_plot: Mapped[str] = mapped_column(String(4), default="", server_default=text("''"))
    plot_area_m2: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), default=None)
    last_capital_repair_year: Mapped[int | None] = mapped_column(Integer, default=None)
    #: Planned current or capital repairs, as the questionnaire says (kind and year).
    planned_repairs: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    legal_address: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    #: ``use_bases``: on what basis the organisation uses the building.
    use_basis: Mapped[str] = mapped_column(String(24), default="", server_default=text("''"))
    #: ``ownership_forms``: state or non-state property.
    ownership: Mapped[str] = mapped_column(String(16), default="", server_default=text("''"))
    #: ``territorial_levels``: republican, regional, district or rural subordination.
    territorial_level: Mapped[str] = mapped_column(
        String(16), default="", server_default=text("''")
    )
    #: The higher body (name, address) the organisation reports to.
    higher_body: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
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
    # -- why this version was made (issue 12): ``reinspection_reasons``, "" for a first passport.
    reinspection_reason: Mapped[str] = mapped_column(
        String(24), default="", server_default=text("''")
    )
    # -- §2 Activity (brief §2.3): as found at this inspection. ------------------------------
    #: ``activity_spheres``.
    activity_sphere: Mapped[str] = mapped_column(String(24), default="", server_default=text("''"))
    #: The services provided, as the questionnaire lists them.
    services: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    #: ``service_delivery_forms``, several separated by spaces.
    delivery_forms: Mapped[str] = mapped_column(String(80), default="", server_default=text("''"))
    #: ``served_age_groups``, several separated by spaces.
    age_groups: Mapped[str] = mapped_column(String(80), default="", server_default=text("''"))
    #: User categories served (K O S G U), several separated by spaces.
    served_categories: Mapped[str] = mapped_column(
        String(20), default="", server_default=text("''")
    )
    #: Planned capacity and what it counts (``capacity_kinds``: visits a day, places...).
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    capacity_kind: Mapped[str] = mapped_column(String(16), default="", server_default=text("''"))
    #: Takes part in individual rehabilitation programmes (``YES_NO``).
    ipr_participation: Mapped[str] = mapped_column(String(4), default="", server_default=text("''"))
    # -- §3.1-3.2 the route from the public-transport stop (brief §2.3). ----------------------
    #: §3.1 how to get there by public transport, and whether adapted transport serves it.
    route_transport: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    route_adapted_transport: Mapped[str] = mapped_column(
        String(4), default="", server_default=text("''")
    )
    route_distance_m: Mapped[int | None] = mapped_column(Integer, default=None)
    route_walk_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    #: A footpath separated from the carriageway (``YES_NO``).
    route_separate_path: Mapped[str] = mapped_column(
        String(4), default="", server_default=text("''")
    )
    #: ``route_crossings``.
    route_crossings: Mapped[str] = mapped_column(String(24), default="", server_default=text("''"))
    #: ``route_info_means``, several separated by spaces.
    route_information: Mapped[str] = mapped_column(
        String(60), default="", server_default=text("''")
    )
    #: Level differences on the way (``YES_NO``), whether they are fitted for wheelchairs
    #: (``YES_NO``), and what they are.
    route_level_changes: Mapped[str] = mapped_column(
        String(4), default="", server_default=text("''")
    )
    route_level_fitted: Mapped[str] = mapped_column(
        String(4), default="", server_default=text("''")
    )
    route_notes: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    # -- §4 Management decision (brief §2.3): period, plan, approvals, the map. ----------------
    works_from: Mapped[date | None] = mapped_column(Date, default=None)
    works_until: Mapped[date | None] = mapped_column(Date, default=None)
    #: The plan or programme the works are done under.
    works_programme: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    #: Approval needed (``YES_NO``), with whom, and when it was given.
    approval_needed: Mapped[str] = mapped_column(String(4), default="", server_default=text("''"))
    approval_body: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    approval_date: Mapped[date | None] = mapped_column(Date, default=None)
    #: When the object's entry on the accessibility map was placed or updated.
    map_updated: Mapped[date | None] = mapped_column(Date, default=None)
    # -- §5 Special notes (brief §2.3): the commission decision's date is ``passport_date``. --
    questionnaire_date: Mapped[date | None] = mapped_column(Date, default=None)
    act_date: Mapped[date | None] = mapped_column(Date, default=None)
    special_notes: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))

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
    elements: Mapped[list[ZoneElement]] = relationship(
        cascade="all, delete-orphan",
        order_by="(ZoneElement.zone, ZoneElement.position)",
    )
    photos: Mapped[list[Photo]] = relationship(
        cascade="all, delete-orphan", order_by="Photo.number"
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
    #: The conclusion Qoldau suggested from the zone's elements and measurements (issue 12),
    #: kept beside the one the commission confirmed (``conclusion``), like the statuses.
    suggested_conclusion: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))

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
    #: The element measured (``zone_elements``), "" when the measurement is for the zone.
    element: Mapped[str] = mapped_column(String(40), default="", server_default=text("''"))
    #: The edition of the norm rule the verdict was given against (``norm_rule_edition``);
    #: None for measurements made before issue 12 (their threshold and norm are stored here).
    rule_edition: Mapped[int | None] = mapped_column(Integer, default=None)

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
    #: The deadline of the work (issue 12; ``planned_year`` stays for older passports).
    deadline: Mapped[date | None] = mapped_column(Date, default=None)
    #: Expected status of the zone after the work (``access_statuses``) and, with the "-И"
    #: codes, the categories it names (K O S G U separated by spaces).
    expected_status: Mapped[str] = mapped_column(String(8), default="", server_default=text("''"))
    expected_categories: Mapped[str] = mapped_column(
        String(20), default="", server_default=text("''")
    )

    passport: Mapped[Passport] = relationship(back_populates="works")


class NormRule(Tracked, Base):
    """A configurable building-norm check (domain brief §2.8): its edition in force.

    An administrator's change adds an edition (``norm_rule_edition`` keeps every one, this
    row holds the latest); a measurement keeps the edition it was checked against.
    """

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
    # -- issue 12: the brief's rule table in full, and editions. ----------------------------
    #: The element checked (``zone_elements``), "" for any element of its zones.
    element: Mapped[str] = mapped_column(String(40), default="", server_default=text("''"))
    #: What is measured (``NORM_METRICS``).
    metric: Mapped[str] = mapped_column(String(12), default="", server_default=text("''"))
    #: ``NORM_SCOPES``: "" every object, "RESIDENTIAL" housing only.
    scope: Mapped[str] = mapped_column(String(16), default="", server_default=text("''"))
    #: The check's name in each interface language (an administrator names the rules they add).
    title_kk: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    title_ru: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    title_en: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    #: When the rule applies, in words, in each interface language (e.g. "cramped places
    #: only, flight rise ≤ 0.8 m"); "" where none is written.
    condition_kk: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    condition_ru: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    condition_en: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    #: The edition in force (1 for the seeded one); each change adds one.
    edition: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: Retired rules stay for the measurements that name them; forms no longer offer them.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
