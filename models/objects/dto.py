"""Frozen data passed between the store and its callers for objects and passports: drafts,
norm rules, register rows and filters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class NormRuleDTO:
    """A building-norm check as configured in the store."""

    check_code: str
    zones: tuple[str, ...]
    operator: str
    value: float
    unit: str
    document: str
    clause: str
    categories: str
    min_physical: float
    max_physical: float


@dataclass(frozen=True)
class ObjectDraft:
    """General information of an object, as read from the form or an import."""

    name: str
    object_type: str
    kato: str
    address: str = ""
    owner_name: str = ""
    owner_bin: str = ""
    responsible_body: str = ""
    floors: int | None = None
    year_built: int | None = None
    residential: bool = False
    subject_to_passportization: bool = True
    exclusion_reason: str = ""
    exclusion_date: date | None = None
    registered_date: date | None = None
    object_ref: str | None = None
    id: int | None = None
    uuid: str | None = None


@dataclass(frozen=True)
class ZoneDraft:
    """One functional zone: category -> level, and the zone conclusion."""

    zone: str
    levels: dict[str, str]
    conclusion: str = ""


@dataclass(frozen=True)
class MeasurementDraft:
    """A measured value for a norm check in a zone."""

    zone: str
    check_code: str
    value: float
    photo_no: str = ""


@dataclass(frozen=True)
class WorkDraft:
    """Adaptation work decided for a zone (or ``ALL``)."""

    zone: str
    work: str
    planned_year: int | None = None
    estimated_cost: Decimal | None = None
    funding_source: str = ""
    completed_date: date | None = None


@dataclass(frozen=True)
class PassportDraft:
    """A passport version as read from the form or an import."""

    inspection_date: date | None
    passport_date: date | None
    number: str = ""
    commission: str = ""
    conclusion: str = ""
    zones: tuple[ZoneDraft, ...] = ()
    service_forms: dict[str, str] = field(default_factory=dict)
    suggested: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=dict)
    override_note: str = ""
    requires_adaptation: bool = False
    adapted_date: date | None = None
    adaptation_cost: Decimal | None = None
    alternative_service: str = ""
    measurements: tuple[MeasurementDraft, ...] = ()
    works: tuple[WorkDraft, ...] = ()
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class ObjectRow:
    """One row of the objects register (the object and its current passport)."""

    id: int
    uuid: str
    name: str
    object_type: str
    kato: str
    address: str
    owner_name: str
    passport_date: date | None
    statuses: tuple[str, str, str, str, str]
    requires_adaptation: bool | None
    adapted_date: date | None
    subject_to_passportization: bool


@dataclass(frozen=True)
class ObjectFilter:
    """Filters of the objects register, all optional and combined with AND."""

    text: str = ""
    object_type: str = ""
    kato: str = ""
    #: "passported", "not_passported", "excluded", "reinspection_due" or "".
    passport_state: str = ""
    #: With ``passport_state`` "reinspection_due": the day it is due on (None: today).
    due_on: date | None = None
    #: With ``status``: the user category to test, or "" for any category.
    category: str = ""
    #: Access status code, or "accessible" (DP_* or DCH_*), or "".
    status: str = ""
    #: True: requiring adaptation and not adapted; False: not requiring; None: any.
    needs_adaptation: bool | None = None
