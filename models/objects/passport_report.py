"""Everything a printed passport shows, read in one go (issue 2: the printed passport).

The printout needs more than :meth:`ObjectRepository.get_passport` gives: the object of the
passport, the office, the settlement's name, the stored verdict and norm of each measurement
and the labels of the code lists. :func:`load_passport_report` collects them into one frozen
value so the printing code never touches a session.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from models.errors import QoldauError
from models.objects.dto import ObjectDraft, PassportDraft
from models.objects.repository import ObjectRepository
from models.objects.tables import Measurement, NormRule, Passport
from models.reference.dto import CodeLabel, OfficeDTO
from models.reference.offices import office_of
from models.reference.repository import ReferenceRepository
from models.reference.tables import Settlement
from models.store.db import Store

#: Code lists a passport printout labels its codes with.
REPORT_LISTS = (
    "object_types",
    "functional_zones",
    "user_categories",
    "access_statuses",
    "adaptation_works",
    "regions",
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

    def label(self, list_name: str, code: str, lang: str) -> str:
        """Return the label of ``code`` in ``lang``, or the code itself when it is unknown."""
        item = self.labels.get(list_name, {}).get(code)
        return item.label(lang) if item else code

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
        measurements = tuple(
            MeasurementLine(
                zone=m.zone,
                check_code=m.check_code,
                value=m.value,
                unit=units.get(m.check_code, ""),
                operator=m.operator,
                threshold=m.threshold,
                verdict=m.verdict,
                norm_ref=m.norm_ref,
                photo_no=m.photo_no,
            )
            for m in s.scalars(
                select(Measurement)
                .where(Measurement.passport_id == passport_id)
                .order_by(Measurement.id)
            )
        )
    repo = ObjectRepository(store)
    obj = repo.get(object_id)
    with store.session() as s:
        names = s.execute(
            select(Settlement.name_kk, Settlement.name_ru).where(Settlement.kato == obj.kato)
        ).first()
    refs = ReferenceRepository(store)
    labels = {name: {c.code: c for c in refs.code_labels(name)} for name in REPORT_LISTS}
    return PassportReport(
        office=office_of(store),
        obj=obj,
        passport=repo.get_passport(passport_id),
        version_count=version_count,
        settlement_kk=names[0] if names else "",
        settlement_ru=names[1] if names else "",
        measurements=measurements,
        labels=labels,
    )
