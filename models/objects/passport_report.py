"""Everything a printed passport shows, read in one go (issue 2: the printed passport; issue 12:
every section, the zone annexes, the photo annex, the blank passport and checklist).

The printout needs more than :meth:`ObjectRepository.get_passport` gives: the object of the
passport, the office, the settlement's name, the stored verdict, norm and rule edition of each
measurement, the norm rules' titles, the photos' pictures and the labels of the code lists.
:func:`load_passport_report` collects them into one frozen value so the printing code never
touches a session; :func:`load_blank_report` does the same for the blank passport and the
inspection checklist of an object (its register data, each zone's typical elements and active
norm rules).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from models.errors import QoldauError
from models.objects.annex_tables import NormRuleEdition
from models.objects.context import norm_rules
from models.objects.dto import NormRuleDTO, ObjectDraft, PassportDraft
from models.objects.passport_fill import photo_data
from models.objects.repository import ObjectRepository
from models.objects.tables import ZONES, Measurement, NormRule, Passport
from models.reference.dto import CodeLabel, OfficeDTO
from models.reference.offices import office_of
from models.reference.repository import ReferenceRepository
from models.reference.tables import Settlement
from models.reference.typical_elements import typical_elements
from models.store.db import Store

#: Code lists a passport printout labels its codes with.
REPORT_LISTS = (
    "object_types",
    "functional_zones",
    "user_categories",
    "access_statuses",
    "adaptation_works",
    "regions",
    # issue 12: passport §1-§5 and the zone annexes.
    "building_kinds",
    "use_bases",
    "ownership_forms",
    "territorial_levels",
    "activity_spheres",
    "service_delivery_forms",
    "served_age_groups",
    "capacity_kinds",
    "route_crossings",
    "route_info_means",
    "reinspection_reasons",
    "zone_elements",
)


@dataclass(frozen=True)
class MeasurementLine:
    """A stored measurement with the verdict and the norm it was checked against."""

    zone: str
    check_code: str
    value: float
    unit: str
    operator: str
    threshold: float
    #: "ok" or "breach", as stored when the passport was saved.
    verdict: str
    #: Document and clause of the norm edition in force at the inspection.
    norm_ref: str
    photo_no: str
    #: The element measured (``zone_elements``), "" for the zone.
    element: str = ""
    #: The norm rule's edition the value was checked against; None: before editions were kept.
    rule_edition: int | None = None


@dataclass(frozen=True)
class PassportReport:
    """One passport version with its object, office and the labels it prints."""

    office: OfficeDTO
    obj: ObjectDraft
    passport: PassportDraft
    #: How many versions the object's passport has (the printed one is ``passport.version``).
    version_count: int
    settlement_kk: str
    settlement_ru: str
    measurements: tuple[MeasurementLine, ...]
    #: list name -> code -> label, for the lists of :data:`REPORT_LISTS`.
    labels: dict[str, dict[str, CodeLabel]] = field(default_factory=dict)
    #: The store's norm rules by check code (their titles; retired ones too).
    rules: dict[str, NormRuleDTO] = field(default_factory=dict)
    #: Photo id -> the stored picture (JPEG or PNG bytes) of the passport's photos.
    pictures: dict[int, bytes] = field(default_factory=dict)

    def label(self, list_name: str, code: str, lang: str) -> str:
        """Return the label of ``code`` in ``lang``, or the code itself when it is unknown."""
        item = self.labels.get(list_name, {}).get(code)
        return item.label(lang) if item else code

    def rule_title(self, check_code: str, lang: str) -> str:
        """Return a norm rule's name in ``lang`` from the store, or its code when unknown."""
        rule = self.rules.get(check_code)
        return rule.title(lang) if rule else check_code

    def settlement(self, lang: str) -> str:
        """Return the settlement's name in ``lang`` (Kazakh for English), "" when unknown."""
        if lang == "ru":
            return self.settlement_ru or self.settlement_kk
        return self.settlement_kk or self.settlement_ru


class PassportNotFound(QoldauError, LookupError):
    """No passport has the requested id."""


def load_passport_report(store: Store, passport_id: int) -> PassportReport:
    """Return everything printed about passport version ``passport_id``.

    Raises:
        PassportNotFound: when no passport has this id.
    """
    with store.session() as s:
        object_id = s.scalar(select(Passport.object_id).where(Passport.id == passport_id))
        if object_id is None:
            raise PassportNotFound(passport_id)
        version_count = int(
            s.scalar(select(func.count(Passport.id)).where(Passport.object_id == object_id)) or 0
        )
        units: dict[str, str] = {
            code: unit for code, unit in s.execute(select(NormRule.check_code, NormRule.unit))
        }
        # The unit of the edition a value was checked against (a threshold's unit may change).
        edition_units: dict[tuple[str, int], str] = {
            (code, edition): unit
            for code, edition, unit in s.execute(
                select(NormRuleEdition.check_code, NormRuleEdition.edition, NormRuleEdition.unit)
            )
        }
        measurements = tuple(
            MeasurementLine(
                zone=m.zone,
                check_code=m.check_code,
                value=m.value,
                unit=edition_units.get(
                    (m.check_code, m.rule_edition or 0), units.get(m.check_code, "")
                ),
                operator=m.operator,
                threshold=m.threshold,
                verdict=m.verdict,
                norm_ref=m.norm_ref,
                photo_no=m.photo_no,
                element=m.element,
                rule_edition=m.rule_edition,
            )
            for m in s.scalars(
                select(Measurement)
                .where(Measurement.passport_id == passport_id)
                .order_by(Measurement.id)
            )
        )
    repo = ObjectRepository(store)
    obj = repo.get(object_id)
    settlement_kk, settlement_ru = _settlement_names(store, obj.kato)
    passport = repo.get_passport(passport_id)
    with store.session() as s:
        pictures = {ph.id: photo_data(s, ph.id) for ph in passport.photos if ph.id is not None}
    return PassportReport(
        office=office_of(store),
        obj=obj,
        passport=passport,
        version_count=version_count,
        settlement_kk=settlement_kk,
        settlement_ru=settlement_ru,
        measurements=measurements,
        labels=_labels(store),
        rules=norm_rules(store),
        pictures=pictures,
    )


def _labels(store: Store) -> dict[str, dict[str, CodeLabel]]:
    refs = ReferenceRepository(store)
    return {
        name: {c.code: c for c in refs.code_labels(name, include_retired=True)}
        for name in REPORT_LISTS
    }


def _settlement_names(store: Store, kato: str) -> tuple[str, str]:
    with store.session() as s:
        names = s.execute(
            select(Settlement.name_kk, Settlement.name_ru).where(Settlement.kato == kato)
        ).first()
    return (names[0], names[1]) if names else ("", "")


# -- the blank passport and the inspection checklist ------------------------------------------


@dataclass(frozen=True)
class BlankZone:
    """A zone of the blank passport: its typical elements and the norm rules checked in it."""

    zone: str
    #: ``zone_elements`` codes whose note names this zone, in the list's order.
    elements: tuple[str, ...]
    #: The active norm rules of the zone (their edition in force), by check code.
    rules: tuple[NormRuleDTO, ...]


@dataclass(frozen=True)
class BlankReport:
    """What a blank passport and an inspection checklist print of one object."""

    office: OfficeDTO
    obj: ObjectDraft
    settlement_kk: str
    settlement_ru: str
    zones: tuple[BlankZone, ...]
    labels: dict[str, dict[str, CodeLabel]] = field(default_factory=dict)

    def label(self, list_name: str, code: str, lang: str) -> str:
        """Return the label of ``code`` in ``lang``, or the code itself when it is unknown."""
        item = self.labels.get(list_name, {}).get(code)
        return item.label(lang) if item else code

    def codes(self, list_name: str) -> list[str]:
        """Return the codes of a code list in its order (the options a blank form offers)."""
        return list(self.labels.get(list_name, {}))


def load_blank_report(store: Store, object_id: int) -> BlankReport:
    """Return what the blank passport and the inspection checklist of an object print.

    Raises:
        sqlalchemy.exc.NoResultFound: when no object has this id.
    """
    obj = ObjectRepository(store).get(object_id)
    labels = _labels(store)
    elements = [e for e in typical_elements(store) if e.active]
    rules = [r for r in norm_rules(store).values() if r.active]
    zones = tuple(
        BlankZone(
            zone=zone,
            elements=tuple(e.code for e in elements if e.zone == zone),
            rules=tuple(sorted((r for r in rules if zone in r.zones), key=_rule_order)),
        )
        for zone in ZONES
    )
    kk, ru = _settlement_names(store, obj.kato)
    return BlankReport(
        office=office_of(store),
        obj=obj,
        settlement_kk=kk,
        settlement_ru=ru,
        zones=zones,
        labels=labels,
    )


def _rule_order(rule: NormRuleDTO) -> tuple[str, str]:
    return (rule.element, rule.check_code)
