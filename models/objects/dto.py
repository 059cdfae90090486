"""Frozen data passed between the store and its callers for objects and passports: drafts,
norm rules, register rows and filters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class NormRuleDTO:
    """A building-norm check as configured in the store (its edition in force)."""

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
    # -- issue 12: the brief's rule table in full (§2.8) and the edition. ----------------------
    element: str = ""
    metric: str = ""
    scope: str = ""
    severity: str = "warning"
    titles: dict[str, str] = field(default_factory=dict)
    #: When the rule applies, in words, by language (kk, ru, en); "" or absent: none written.
    conditions: dict[str, str] = field(default_factory=dict)
    edition: int = 1
    active: bool = True

    def title(self, lang: str) -> str:
        """Return the check's name in ``lang`` (kk, ru, en), falling back to the others and
        to the code."""
        return in_language(self.titles, lang) or self.check_code

    def condition_text(self, lang: str) -> str:
        """Return when the rule applies in ``lang`` (kk, ru, en), falling back to the others
        like :meth:`title`; "" when the rule has no condition."""
        return in_language(self.conditions, lang)


def in_language(texts: dict[str, str], lang: str) -> str:
    """Return ``texts[lang]``, else the Russian, Kazakh or English text, else ""."""
    for code in (lang, "ru", "kk", "en"):
        if texts.get(code):
            return texts[code]
    return ""


@dataclass(frozen=True)
class GeneralInfo:
    """Passport §1 beyond the register's own columns (brief §2.3, issue 12).

    Field names are the ``infra_object`` columns; "" and None are "not recorded".
    """

    building_kind: str = ""
    area_m2: Decimal | None = None
    has_plot: str = ""
    plot_area_m2: Decimal | None = None
    last_capital_repair_year: int | None = None
    planned_repairs: str = ""
    legal_address: str = ""
    use_basis: str = ""
    ownership: str = ""
    territorial_level: str = ""
    higher_body: str = ""


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
    general: GeneralInfo = field(default_factory=GeneralInfo)


@dataclass(frozen=True)
class ZoneDraft:
    """One functional zone: category -> level, and the zone conclusion (confirmed by the
    commission) beside the one Qoldau suggested from its elements and measurements."""

    zone: str
    levels: dict[str, str]
    conclusion: str = ""
    suggested_conclusion: str = ""


@dataclass(frozen=True)
class MeasurementDraft:
    """A measured value for a norm check in a zone."""

    zone: str
    check_code: str
    value: float
    photo_no: str = ""
    #: The element measured (``zone_elements``), "" for the zone.
    element: str = ""


@dataclass(frozen=True)
class StoredMeasurement:
    """A measurement as stored: its verdict and the rule edition it was checked against
    (None: made before editions were kept; its threshold and norm are the stored ones)."""

    zone: str
    check_code: str
    value: float
    verdict: str
    threshold: float
    operator: str
    norm_ref: str
    rule_edition: int | None
    element: str = ""
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
    deadline: date | None = None
    #: Expected status of the zone after the work (``access_statuses``) and its categories.
    expected_status: str = ""
    expected_categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActivityInfo:
    """Passport §2 Activity (brief §2.3); field names are the ``passport`` columns."""

    activity_sphere: str = ""
    services: str = ""
    delivery_forms: tuple[str, ...] = ()
    age_groups: tuple[str, ...] = ()
    served_categories: tuple[str, ...] = ()
    capacity: int | None = None
    capacity_kind: str = ""
    ipr_participation: str = ""


@dataclass(frozen=True)
class RouteInfo:
    """Passport §3.1-3.2, the route from the public-transport stop (brief §2.3)."""

    route_transport: str = ""
    route_adapted_transport: str = ""
    route_distance_m: int | None = None
    route_walk_minutes: int | None = None
    route_separate_path: str = ""
    route_crossings: str = ""
    route_information: tuple[str, ...] = ()
    route_level_changes: str = ""
    route_level_fitted: str = ""
    route_notes: str = ""


@dataclass(frozen=True)
class DecisionInfo:
    """Passport §4 Management decision beyond the works (brief §2.3)."""

    works_from: date | None = None
    works_until: date | None = None
    works_programme: str = ""
    approval_needed: str = ""
    approval_body: str = ""
    approval_date: date | None = None
    map_updated: date | None = None


@dataclass(frozen=True)
class NotesInfo:
    """Passport §5 Special notes (brief §2.3); the decision's date is the passport date."""

    questionnaire_date: date | None = None
    act_date: date | None = None
    special_notes: str = ""


@dataclass(frozen=True)
class ElementDraft:
    """One row of a zone annex (brief §2.4): an element as the commission found it."""

    zone: str
    element: str
    present: str = ""
    plan_no: str = ""
    photo_no: str = ""
    violations: str = ""
    #: The norm rule the violation breaks ("" none).
    rule_code: str = ""
    categories: tuple[str, ...] = ()
    work: str = ""
    work_note: str = ""


@dataclass(frozen=True)
class PhotoDraft:
    """A photo of the photo annex.

    A new photo carries its (already scaled) picture in ``data`` and its ``thumbnail``; a
    stored one has its ``id`` and ``data`` None (the picture stays as stored). A stored photo
    left out of a passport draft is deleted with it.
    """

    number: int
    zone: str
    element: str = ""
    caption: str = ""
    taken_on: date | None = None
    id: int | None = None
    data: bytes | None = None
    mime: str = "image/jpeg"
    width: int = 0
    height: int = 0
    thumbnail: bytes = b""
    source_name: str = ""
    #: SHA-256 of the stored picture ("" for a new photo: computed when it is saved).
    sha256: str = ""


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
    # -- issue 12: the passport's every section (brief §2.3-2.4). -----------------------------
    #: Why this version was made (``reinspection_reasons``); "" for a first passport.
    reinspection_reason: str = ""
    activity: ActivityInfo = field(default_factory=ActivityInfo)
    route: RouteInfo = field(default_factory=RouteInfo)
    decision: DecisionInfo = field(default_factory=DecisionInfo)
    notes: NotesInfo = field(default_factory=NotesInfo)
    elements: tuple[ElementDraft, ...] = ()
    photos: tuple[PhotoDraft, ...] = ()


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
