"""Repository of infrastructure objects and their passports: the register, passport versions,
adaptations and re-inspections.

Each call opens its own short session, so a worker thread can call it safely. Results are
frozen DTOs; expected failures are :class:`~models.issues.ValidationError` carrying the report.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Integer, Select, cast, func, or_, select, tuple_
from sqlalchemy.orm import aliased, selectinload

from models.issues import ValidationError
from models.objects.dto import (
    MeasurementDraft,
    ObjectDraft,
    ObjectFilter,
    ObjectRow,
    PassportDraft,
    WorkDraft,
    ZoneDraft,
)
from models.objects.passport_fill import (
    element_drafts,
    get_general,
    passport_sections,
    photo_drafts,
    put_elements,
    put_general,
    put_measurements,
    put_passport_sections,
    sync_photos,
)
from models.objects.registration import contradicts
from models.objects.reinspection import due_ids_select, due_rows
from models.objects.tables import (
    CATEGORIES,
    InfraObject,
    Passport,
    PassportZone,
    ZoneWork,
)
from models.objects.validation import (
    Context,
    validate_object,
    validate_passport,
)
from models.reference.identifiers import kato_territory_prefix
from models.reference.roles import Permission, requires
from models.store.db import Store
from models.text import like_escape, search_fold

#: Sortable register columns -> expression; ties broken by id for keyset paging.
_P = aliased(Passport, name="cur")
SORT_KEYS: dict[str, Any] = {
    "name": InfraObject.search_key,
    "object_type": InfraObject.object_type,
    "kato": InfraObject.kato,
    "address": InfraObject.address,
    "owner_name": InfraObject.owner_name,
    "passport_date": func.coalesce(_P.passport_date, date(1, 1, 1)),
    "adapted_date": func.coalesce(_P.adapted_date, date(1, 1, 1)),
    # NULL (no passport) would break the keyset comparison: coalesce to a value below any code.
    **{
        f"status_{c.lower()}": func.coalesce(getattr(_P, f"status_{c.lower()}"), "")
        for c in CATEGORIES
    },
    # An integer, not a Boolean: the keyset must round-trip exactly (-1 = no passport).
    "requires_adaptation": func.coalesce(cast(_P.requires_adaptation, Integer), -1),
    "id": InfraObject.id,
}
_ACCESSIBLE = ("DP_V", "DP_I", "DCH_V", "DCH_I")


def object_search_key(name: str, address: str) -> str:
    """Return the folded text the register searches in."""
    return search_fold(f"{name} {address}")


class ObjectRepository:
    """Objects, their passports, measurements and works."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- register ---------------------------------------------------------------------------

    def _filtered(self, stmt: Select[Any], flt: ObjectFilter) -> Select[Any]:
        stmt = stmt.outerjoin(_P, _P.id == InfraObject.current_passport_id)
        if flt.text.strip():
            stmt = stmt.where(
                InfraObject.search_key.like(f"%{like_escape(search_fold(flt.text))}%", escape="\\")
            )
        if flt.object_type:
            stmt = stmt.where(InfraObject.object_type == flt.object_type)
        if flt.kato:
            # A region's 2 digits, not "1" for region 10 (which would take in 11, 15 and 19).
            stmt = stmt.where(InfraObject.kato.startswith(kato_territory_prefix(flt.kato)))
        if flt.passport_state == "passported":
            stmt = stmt.where(_P.passport_date.is_not(None))
        elif flt.passport_state == "not_passported":
            stmt = stmt.where(
                InfraObject.subject_to_passportization.is_(True), _P.passport_date.is_(None)
            )
        elif flt.passport_state == "excluded":
            stmt = stmt.where(InfraObject.subject_to_passportization.is_(False))
        elif flt.passport_state == "reinspection_due":
            # The one rule of models/objects/reinspection.py (the due list, the data-quality
            # finding's "Open the list", main.py reinspection-due).
            with self.store.session() as s:
                due = due_ids_select(s, flt.due_on or date.today())
            stmt = stmt.where(InfraObject.id.in_(due))
        if flt.status:
            wanted = _ACCESSIBLE if flt.status == "accessible" else (flt.status,)
            cats = [flt.category] if flt.category else list(CATEGORIES)
            stmt = stmt.where(or_(*(getattr(_P, f"status_{c.lower()}").in_(wanted) for c in cats)))
        if flt.needs_adaptation is True:
            stmt = stmt.where(_P.requires_adaptation.is_(True), _P.adapted_date.is_(None))
        elif flt.needs_adaptation is False:
            stmt = stmt.where(_P.requires_adaptation.is_(False))
        return stmt

    def count(self, flt: ObjectFilter) -> int:
        """Return how many objects match the filter."""
        with self.store.session() as s:
            stmt = self._filtered(select(func.count(InfraObject.id)), flt)
            return int(s.scalar(stmt) or 0)

    def page(
        self,
        flt: ObjectFilter,
        *,
        sort: str = "name",
        descending: bool = False,
        after: tuple[Any, int] | None = None,
        limit: int = 200,
    ) -> list[tuple[tuple[Any, int], ObjectRow]]:
        """Return the next page of the register after the keyset ``after``.

        Returns:
            (keyset, row) pairs; pass the last keyset back as ``after`` for the next page.
        """
        key = SORT_KEYS[sort]
        stmt = self._filtered(select(InfraObject, _P, key), flt)
        if after is not None:
            pair = tuple_(key, InfraObject.id)
            stmt = stmt.where(pair < tuple_(*after) if descending else pair > tuple_(*after))
        order = (key.desc(), InfraObject.id.desc()) if descending else (key, InfraObject.id)
        stmt = stmt.order_by(*order).limit(limit)
        with self.store.session() as s:
            return [((k, o.id), _row(o, p)) for o, p, k in s.execute(stmt)]

    # -- objects ----------------------------------------------------------------------------

    def get(self, object_id: int) -> ObjectDraft:
        """Return an object's general information."""
        with self.store.session() as s:
            o = s.get_one(InfraObject, object_id)
            return ObjectDraft(
                name=o.name,
                object_type=o.object_type,
                kato=o.kato,
                address=o.address,
                owner_name=o.owner_name,
                owner_bin=o.owner_bin,
                responsible_body=o.responsible_body,
                floors=o.floors,
                year_built=o.year_built,
                residential=o.residential,
                subject_to_passportization=o.subject_to_passportization,
                exclusion_reason=o.exclusion_reason,
                exclusion_date=o.exclusion_date,
                registered_date=o.registered_date,
                object_ref=o.object_ref,
                id=o.id,
                uuid=o.uuid,
                general=get_general(o),
            )

    @requires(Permission.EDIT_OBJECTS)
    def save(self, draft: ObjectDraft, ctx: Context, user: str) -> int:
        """Validate and save an object (new when ``draft.id`` is None); return its id.

        Raises:
            ValidationError: when a rule is broken; nothing is written.
        """
        report = validate_object(draft, ctx)
        if not report.ok:
            raise ValidationError(report)
        with self.store.session(user) as s:
            obj = InfraObject() if draft.id is None else s.get_one(InfraObject, draft.id)
            obj.name = draft.name.strip()
            obj.object_type = draft.object_type
            obj.kato = draft.kato
            obj.address = draft.address.strip()
            obj.owner_name = draft.owner_name.strip()
            obj.owner_bin = "".join(draft.owner_bin.split())
            obj.responsible_body = draft.responsible_body.strip()
            obj.floors = draft.floors
            obj.year_built = draft.year_built
            obj.residential = draft.residential
            obj.subject_to_passportization = draft.subject_to_passportization
            obj.exclusion_reason = draft.exclusion_reason.strip()
            obj.exclusion_date = draft.exclusion_date
            obj.registered_date = draft.registered_date or (
                ctx.today if draft.id is None else obj.registered_date
            )
            if draft.object_ref is not None:
                obj.object_ref = draft.object_ref
            obj.search_key = object_search_key(obj.name, obj.address)
            put_general(obj, draft.general)
            if draft.id is None:
                s.add(obj)
            s.flush()
            return obj.id

    @requires(Permission.EDIT_OBJECTS)
    def deregister(self, object_id: int, when: date, user: str) -> None:
        """Take an object out of the register from ``when`` on (its history stays)."""
        with self.store.session(user) as s:
            s.get_one(InfraObject, object_id).deregistered_date = when

    # -- passports --------------------------------------------------------------------------

    def passport_versions(self, object_id: int) -> list[tuple[int, int, date | None]]:
        """Return (passport id, version, passport date) of an object, oldest first."""
        with self.store.session() as s:
            rows = s.execute(
                select(Passport.id, Passport.version, Passport.passport_date)
                .where(Passport.object_id == object_id)
                .order_by(Passport.version)
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]

    def current_passport_id(self, object_id: int) -> int | None:
        """Return the id of the object's current passport version, if any."""
        with self.store.session() as s:
            return s.get_one(InfraObject, object_id).current_passport_id

    def reinspection_due(self, at: date) -> list[int]:
        """Return the ids of the objects due for re-inspection on ``at``, earliest first.

        The rule (periodic interval, works completed, complaints and other triggers) is
        :func:`models.objects.reinspection.due_rows`; their reasons are there too.
        """
        with self.store.session() as s:
            return [row.object_id for row in due_rows(s, at)]

    def get_passport(self, passport_id: int) -> PassportDraft:
        """Return one passport version with its zones, measurements and works."""
        with self.store.session() as s:
            p = s.scalars(
                select(Passport)
                .where(Passport.id == passport_id)
                .options(
                    selectinload(Passport.zones),
                    selectinload(Passport.measurements),
                    selectinload(Passport.works),
                    selectinload(Passport.elements),
                    selectinload(Passport.photos),
                )
            ).one()
            return _passport_draft(p)

    @requires(Permission.EDIT_OBJECTS)
    def save_passport(
        self,
        object_id: int,
        draft: PassportDraft,
        ctx: Context,
        user: str,
        *,
        move_registration_to: date | None = None,
    ) -> int:
        """Validate and save a passport version; return its id.

        ``draft.id`` None adds a new version (first passport or re-inspection) and makes it the
        current one; otherwise the version is corrected in place. ``move_registration_to``
        also moves the object's registration date back to that date, in the same transaction
        (reporting.md §1: a passport dated before the registration date contradicts it); never
        forward, and an empty registration date stays empty.

        Raises:
            ValidationError: when a rule is broken; nothing is written (neither the passport
            nor the registration date).
        """
        if draft.id is None:
            # The rules judge the re-inspection reason by the version this draft will be.
            with self.store.session() as s:
                last = s.scalar(
                    select(func.max(Passport.version)).where(Passport.object_id == object_id)
                )
            draft = dataclasses.replace(draft, version=(last or 0) + 1)
        report = validate_passport(draft, ctx)
        if not report.ok:
            raise ValidationError(report)
        with self.store.session(user) as s:
            obj = s.get_one(InfraObject, object_id)
            if draft.id is None:
                last = s.scalar(
                    select(func.max(Passport.version)).where(Passport.object_id == object_id)
                )
                p = Passport(object_id=object_id, version=(last or 0) + 1)
                s.add(p)
            else:
                p = s.get_one(Passport, draft.id)
                p.zones.clear()
                p.works.clear()
                s.flush()
            _fill_passport(p, draft, ctx)
            s.flush()
            sync_photos(s, p, draft.photos)
            s.flush()
            if draft.id is None:
                obj.current_passport_id = p.id
            if move_registration_to is not None and contradicts(
                obj.registered_date, move_registration_to
            ):
                obj.registered_date = move_registration_to
            return p.id

    def passport_object_id(self, passport_id: int) -> int:
        """Return the id of the object a passport version belongs to."""
        with self.store.session() as s:
            return s.get_one(Passport, passport_id).object_id

    @requires(Permission.EDIT_OBJECTS)
    def record_adaptation(
        self,
        passport_id: int,
        done: date,
        ctx: Context,
        user: str,
        cost: Any = None,
        *,
        alternative_service: str | None = None,
    ) -> None:
        """Record the adaptation of a passport version as completed on ``done``.

        ``alternative_service`` None keeps the stored note of the alternative form of service.

        Raises:
            ValidationError: when the date is in the future, before the passport, or the
                passport found no adaptation needed.
        """
        current = self.get_passport(passport_id)
        draft = PassportDraft(**{**current.__dict__, "adapted_date": done, "adaptation_cost": cost})
        report = validate_passport(draft, ctx)
        if not report.ok:
            raise ValidationError(report)
        with self.store.session(user) as s:
            p = s.get_one(Passport, passport_id)
            p.adapted_date = done
            p.adaptation_cost = cost
            if alternative_service is not None:
                p.alternative_service = alternative_service.strip()
            for w in p.works:
                if w.completed_date is None and w.work != "NOT_NEEDED":
                    w.completed_date = done


def _fill_passport(p: Passport, d: PassportDraft, ctx: Context) -> None:
    p.number = d.number.strip()
    p.inspection_date = d.inspection_date
    p.passport_date = d.passport_date
    p.commission = d.commission.strip()
    p.conclusion = d.conclusion.strip()
    p.override_note = d.override_note.strip()
    p.requires_adaptation = d.requires_adaptation
    p.adapted_date = d.adapted_date
    p.adaptation_cost = d.adaptation_cost
    p.alternative_service = d.alternative_service.strip()
    for c in CATEGORIES:
        low = c.lower()
        setattr(p, f"service_form_{low}", d.service_forms.get(c, ""))
        setattr(p, f"suggested_{low}", d.suggested.get(c, ""))
        setattr(p, f"status_{low}", d.statuses.get(c, ""))
    for z in d.zones:
        zone = PassportZone(
            zone=z.zone,
            conclusion=z.conclusion.strip(),
            suggested_conclusion=z.suggested_conclusion.strip(),
        )
        for c in CATEGORIES:
            setattr(zone, f"level_{c.lower()}", z.levels.get(c, "NA"))
        p.zones.append(zone)
    put_measurements(p, d.measurements, dict(ctx.norm_rules))
    put_elements(p, d.elements)
    put_passport_sections(p, d)
    for w in d.works:
        p.works.append(
            ZoneWork(
                zone=w.zone,
                work=w.work,
                planned_year=w.planned_year,
                estimated_cost=w.estimated_cost,
                funding_source=w.funding_source,
                completed_date=w.completed_date,
                deadline=w.deadline,
                expected_status=w.expected_status,
                expected_categories=" ".join(w.expected_categories),
            )
        )


def _passport_draft(p: Passport) -> PassportDraft:
    return PassportDraft(
        inspection_date=p.inspection_date,
        passport_date=p.passport_date,
        number=p.number,
        commission=p.commission,
        conclusion=p.conclusion,
        zones=tuple(
            ZoneDraft(
                z.zone,
                {c: getattr(z, f"level_{c.lower()}") for c in CATEGORIES},
                z.conclusion,
                z.suggested_conclusion,
            )
            for z in p.zones
        ),
        service_forms=_per_cat(p, "service_form"),
        suggested=_per_cat(p, "suggested"),
        statuses=_per_cat(p, "status"),
        override_note=p.override_note,
        requires_adaptation=p.requires_adaptation,
        adapted_date=p.adapted_date,
        adaptation_cost=p.adaptation_cost,
        alternative_service=p.alternative_service,
        measurements=tuple(
            MeasurementDraft(m.zone, m.check_code, m.value, m.photo_no, m.element)
            for m in p.measurements
        ),
        works=tuple(
            WorkDraft(
                w.zone,
                w.work,
                w.planned_year,
                w.estimated_cost,
                w.funding_source,
                w.completed_date,
                w.deadline,
                w.expected_status,
                tuple(w.expected_categories.split()),
            )
            for w in p.works
        ),
        id=p.id,
        version=p.version,
        elements=element_drafts(p),
        photos=photo_drafts(p),
        **passport_sections(p),
    )


def _per_cat(p: Passport, prefix: str) -> dict[str, str]:
    return {c: getattr(p, f"{prefix}_{c.lower()}") for c in CATEGORIES}


def _row(o: InfraObject, p: Passport | None) -> ObjectRow:
    statuses: Sequence[str] = (
        tuple(getattr(p, f"status_{c.lower()}") for c in CATEGORIES) if p else ("",) * 5
    )
    return ObjectRow(
        id=o.id,
        uuid=o.uuid,
        name=o.name,
        object_type=o.object_type,
        kato=o.kato,
        address=o.address,
        owner_name=o.owner_name,
        passport_date=p.passport_date if p else None,
        statuses=tuple(statuses),  # type: ignore[arg-type]
        requires_adaptation=p.requires_adaptation if p else None,
        adapted_date=p.adapted_date if p else None,
        subject_to_passportization=o.subject_to_passportization,
    )
