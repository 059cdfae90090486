"""Copying a passport's sections between the store and their drafts (issue 12): §1 on the
object, §2-§5 on the passport, the zone annexes' elements, the photo annex, and the
measurements that keep the verdict and norm edition they were given.

The section dataclasses of ``models/objects/dto.py`` name their columns, so one pair of
functions copies every section; several codes (a tuple) are stored separated by spaces.
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy import delete
from sqlalchemy.orm import Session, object_session

from models.issues import refused
from models.objects.annex_tables import Photo, PhotoData, ZoneElement
from models.objects.dto import (
    ActivityInfo,
    DecisionInfo,
    ElementDraft,
    GeneralInfo,
    MeasurementDraft,
    NormRuleDTO,
    NotesInfo,
    PassportDraft,
    PhotoDraft,
    RouteInfo,
    StoredMeasurement,
)
from models.objects.tables import InfraObject, Measurement, Passport
from models.objects.validation import measurement_verdict

_Section = TypeVar("_Section")

#: The sections of a passport version stored on its ``passport`` row.
PASSPORT_SECTIONS = ("activity", "route", "decision", "notes")
_SECTION_TYPES: dict[str, type[Any]] = {
    "activity": ActivityInfo,
    "route": RouteInfo,
    "decision": DecisionInfo,
    "notes": NotesInfo,
}


def _stored(value: Any) -> Any:
    if isinstance(value, tuple):
        return " ".join(value)
    if isinstance(value, str):
        return value.strip()
    return value


def put_section(row: Any, section: object) -> None:
    """Copy the fields of a section dataclass onto the row's columns of the same names."""
    for f in fields(section):  # type: ignore[arg-type]
        setattr(row, f.name, _stored(getattr(section, f.name)))


def get_section(row: Any, kind: type[_Section]) -> _Section:
    """Return the section ``kind`` read from the row's columns of the same names."""
    template = kind()
    values: dict[str, Any] = {}
    for f in fields(template):  # type: ignore[arg-type]
        value = getattr(row, f.name)
        if isinstance(getattr(template, f.name), tuple):
            value = tuple((value or "").split())
        values[f.name] = value
    return kind(**values)


def put_general(obj: InfraObject, general: GeneralInfo) -> None:
    """Store passport §1 on the object."""
    put_section(obj, general)


def get_general(obj: InfraObject) -> GeneralInfo:
    """Return passport §1 as stored on the object."""
    return get_section(obj, GeneralInfo)


def put_passport_sections(p: Passport, d: PassportDraft) -> None:
    """Store §2-§5 and the re-inspection reason of a draft on its passport row."""
    p.reinspection_reason = d.reinspection_reason
    for name in PASSPORT_SECTIONS:
        put_section(p, getattr(d, name))


def passport_sections(p: Passport) -> dict[str, Any]:
    """Return §2-§5 and the re-inspection reason of a stored passport, as draft fields."""
    out: dict[str, Any] = {"reinspection_reason": p.reinspection_reason}
    for name, kind in _SECTION_TYPES.items():
        out[name] = get_section(p, kind)
    return out


# -- the zone annexes ---------------------------------------------------------------------------


def put_elements(p: Passport, elements: tuple[ElementDraft, ...]) -> None:
    """Replace the passport's element rows by the draft's (numbered in each zone's order)."""
    p.elements.clear()
    positions: dict[str, int] = {}
    for e in elements:
        positions[e.zone] = positions.get(e.zone, 0) + 1
        row = ZoneElement(zone=e.zone, position=positions[e.zone], element=e.element)
        for f in fields(e):
            if f.name not in ("zone", "element"):
                setattr(row, f.name, _stored(getattr(e, f.name)))
        p.elements.append(row)


def element_drafts(p: Passport) -> tuple[ElementDraft, ...]:
    """Return the passport's elements, zone by zone in their annex order."""
    return tuple(
        ElementDraft(
            zone=e.zone,
            element=e.element,
            present=e.present,
            plan_no=e.plan_no,
            photo_no=e.photo_no,
            violations=e.violations,
            rule_code=e.rule_code,
            categories=tuple(e.categories.split()),
            work=e.work,
            work_note=e.work_note,
        )
        for e in sorted(p.elements, key=lambda e: (e.zone, e.position))
    )


# -- the photo annex ----------------------------------------------------------------------------


def sync_photos(s: Session, p: Passport, photos: tuple[PhotoDraft, ...]) -> None:
    """Make the passport's photos those of the draft: new ones stored with their picture,
    stored ones updated (number, zone, element, caption, date), the others deleted.

    The numbers are written in two steps so that swapping two photos' numbers never meets the
    unique (passport, number) constraint half-way.
    """
    keep = {ph.id for ph in photos if ph.id is not None}
    gone = [row.id for row in p.photos if row.id not in keep]
    if gone:
        s.execute(delete(PhotoData).where(PhotoData.photo_id.in_(gone)))
    for row in list(p.photos):
        if row.id not in keep:
            p.photos.remove(row)
    by_id = {row.id: row for row in p.photos}
    for row in by_id.values():
        row.number = -row.id
    s.flush()
    for ph in photos:
        if ph.id is not None:
            found = by_id.get(ph.id)
            if found is None:
                continue  # deleted meanwhile: nothing to keep
            row = found
        else:
            data = ph.data or b""
            row = Photo(
                number=ph.number,
                zone=ph.zone,
                mime=ph.mime,
                width=ph.width,
                height=ph.height,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                source_name=ph.source_name,
                thumbnail=ph.thumbnail,
            )
            p.photos.append(row)
            s.flush()
            s.add(PhotoData(photo_id=row.id, data=data))
        row.number = ph.number
        row.zone = ph.zone
        row.element = ph.element
        row.caption = ph.caption.strip()
        row.taken_on = ph.taken_on


def photo_drafts(p: Passport) -> tuple[PhotoDraft, ...]:
    """Return the passport's photos without their pictures (thumbnails only)."""
    return tuple(
        PhotoDraft(
            number=ph.number,
            zone=ph.zone,
            element=ph.element,
            caption=ph.caption,
            taken_on=ph.taken_on,
            id=ph.id,
            mime=ph.mime,
            width=ph.width,
            height=ph.height,
            thumbnail=ph.thumbnail,
            source_name=ph.source_name,
            sha256=ph.sha256,
        )
        for ph in p.photos
    )


def photo_data(s: Session, photo_id: int) -> bytes:
    """Return a stored photo's picture (empty when the photo is gone)."""
    row = s.get(PhotoData, photo_id)
    return b"" if row is None else bytes(row.data)


# -- measurements -------------------------------------------------------------------------------


def _key(zone: str, check: str, element: str, value: float) -> tuple[str, str, str, float]:
    return (zone, check, element, float(value))


def put_measurements(
    p: Passport, drafts: tuple[MeasurementDraft, ...], rules: dict[str, NormRuleDTO]
) -> None:
    """Replace the passport's measurements by the draft's.

    A measurement the draft keeps unchanged (same zone, element, check and value) keeps the
    verdict, threshold and rule edition it was given, so that an administrator's new threshold
    never rewrites an old verdict (brief §2.8); new or changed values are checked against the
    edition in force.
    """
    old: dict[tuple[str, str, str, float], list[Measurement]] = {}
    for m in p.measurements:
        old.setdefault(_key(m.zone, m.check_code, m.element, m.value), []).append(m)
    p.measurements.clear()
    for i, d in enumerate(drafts):
        same = old.get(_key(d.zone, d.check_code, d.element, d.value))
        if same:
            was = same.pop(0)
            p.measurements.append(
                Measurement(
                    zone=d.zone,
                    element=d.element,
                    check_code=d.check_code,
                    value=d.value,
                    verdict=was.verdict,
                    threshold=was.threshold,
                    operator=was.operator,
                    norm_ref=was.norm_ref,
                    rule_edition=was.rule_edition,
                    photo_no=d.photo_no,
                )
            )
            continue
        rule = rules[d.check_code]
        _refuse_new(p, i, d, rule)
        p.measurements.append(
            Measurement(
                zone=d.zone,
                element=d.element,
                check_code=d.check_code,
                value=d.value,
                verdict="ok" if measurement_verdict(rule, d.value) else "breach",
                threshold=rule.value,
                operator=rule.operator,
                norm_ref=f"{rule.document} {rule.clause}",
                rule_edition=rule.edition,
                photo_no=d.photo_no,
            )
        )


def _refuse_new(p: Passport, i: int, d: MeasurementDraft, rule: NormRuleDTO) -> None:
    """Refuse a new value checked against a retired rule, or a housing rule on an object that
    is not residential (issue 12); the session rolls back, so nothing is written."""
    if not rule.active:
        raise refused(f"measurement.{i}", "norm_rule_retired", check=rule.check_code)
    if rule.scope == "RESIDENTIAL":
        s = object_session(p)
        obj = None if s is None else s.get(InfraObject, p.object_id)
        if obj is not None and not obj.residential:
            raise refused(f"measurement.{i}", "norm_rule_not_residential", check=rule.check_code)


def stored_measurements(p: Passport) -> tuple[StoredMeasurement, ...]:
    """Return the passport's measurements with their stored verdicts and editions."""
    return tuple(
        StoredMeasurement(
            zone=m.zone,
            check_code=m.check_code,
            value=m.value,
            verdict=m.verdict,
            threshold=m.threshold,
            operator=m.operator,
            norm_ref=m.norm_ref,
            rule_edition=m.rule_edition,
            element=m.element,
            photo_no=m.photo_no,
        )
        for m in p.measurements
    )
