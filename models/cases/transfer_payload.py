"""The case-transfer payload (issue 8): records as JSON and back, checked as untrusted input.

:func:`record` turns a stored record into its carried columns (no local ids, author stamps or
derived search keys); :func:`parse_payload` checks a payload read from a file, column by column
against the tables (types, lengths, nullability, UUIDs, caps on counts and texts), and returns
the values to write; :func:`unknown_codes` checks its coded values against the receiving
store's code lists. The sending and receiving themselves are ``models/cases/transfer.py``.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Date, Integer, Numeric, String
from sqlalchemy.sql.schema import Column

from models.cases.rules import OPEN_STAGES, STAGES
from models.cases.tables import (
    ALL_ASSESSMENT_DOMAINS,
    MEASURE_STATUSES,
    SCORE_MAX,
    SCORE_MIN,
    VISIT_TYPES,
    AssessmentScore,
    Case,
    CaseEvent,
    CaseRiskFactor,
    NeedsAssessment,
    PlanMeasure,
    ServiceDelivered,
    SupportPlan,
    Visit,
)
from models.families.tables import Family, FamilyCategory, FamilyMember, Person
from models.issues import refused
from models.store.base import Base

#: The payload's format name and version (a reader refuses any other).
FORMAT = "qoldau-case-transfer"
VERSION = 1
#: Caps on an untrusted payload (a case has far fewer records).
MAX_RECORDS = 5000
MAX_TEXT = 20000

#: Columns never carried: local ids, author stamps (the receiver stamps its own) and derived
#: search keys (each store computes its own).
_NOT_CARRIED = frozenset(
    {
        "id",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "iin_key",
        "name_fold",
        "given_fold",
        "name_key",
    }
)
#: Case columns the receiver sets itself (numbering, worker, link, the current cycle).
CASE_OWN = frozenset(
    {
        "number",
        "office_kato",
        "year",
        "seq",
        "worker_login",
        "transfer_id",
        "transferred_from_office",
        "transferred_from_number",
    }
)

#: A JSON-ready transfer payload (see :func:`build_payload` for its keys).
TransferPayload = dict[str, Any]


# -- records <-> JSON ------------------------------------------------------------------------


def _columns(model: type[Base], skip: Iterable[str] = ()) -> list[Any]:
    skipped = _NOT_CARRIED | set(skip)
    return [c for c in model.__table__.columns if c.name not in skipped and not c.foreign_keys]


def _json_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record(obj: Base, skip: Iterable[str] = ()) -> dict[str, object]:
    return {c.name: _json_value(getattr(obj, c.name)) for c in _columns(type(obj), skip)}


class _Invalid(Exception):
    """The payload does not have the shape of a transfer payload."""


def _parse_value(col: Column[Any], value: object) -> object:
    if value is None:
        if not col.nullable:
            raise _Invalid(col.name)
        return None
    kind = col.type
    if isinstance(kind, Date):
        if not isinstance(value, str):
            raise _Invalid(col.name)
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise _Invalid(col.name) from exc
    if isinstance(kind, Numeric):
        if not isinstance(value, str) or len(value) > 32:
            raise _Invalid(col.name)
        try:
            number = Decimal(value)
        except InvalidOperation as exc:
            raise _Invalid(col.name) from exc
        precision, scale = kind.precision or 18, kind.scale or 0
        if not number.is_finite() or abs(number) >= Decimal(10) ** (precision - scale):
            raise _Invalid(col.name)
        return number
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 10**9:
            raise _Invalid(col.name)
        return value
    if kind.python_type is bool:
        if not isinstance(value, bool):
            raise _Invalid(col.name)
        return value
    if isinstance(kind, String):
        limit = kind.length or MAX_TEXT
        if not isinstance(value, str) or len(value) > min(limit, MAX_TEXT):
            raise _Invalid(col.name)
        return value
    raise _Invalid(col.name)  # a column type the format does not carry


def _values(model: type[Base], data: object, skip: Iterable[str] = ()) -> dict[str, Any]:
    """Return the column values of ``data`` (a payload record), checked against ``model``."""
    if not isinstance(data, dict):
        raise _Invalid(model.__tablename__)
    cols = {c.name: c for c in _columns(model, skip)}
    out: dict[str, Any] = {}
    for key, value in data.items():
        col = cols.get(key)
        if col is None:
            raise _Invalid(f"{model.__tablename__}.{key}")
        out[key] = _parse_value(col, value)
    uid = out.get("uuid")
    if not isinstance(uid, str):
        raise _Invalid(f"{model.__tablename__}.uuid")
    try:
        uuid_module.UUID(uid)
    except ValueError as exc:
        raise _Invalid(f"{model.__tablename__}.uuid") from exc
    return out


def _list(data: Mapping[str, object], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list) or len(value) > MAX_RECORDS:
        raise _Invalid(key)
    return value


def _str(data: object, key: str, limit: int = 200) -> str:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, str) or len(value) > limit:
        raise _Invalid(key)
    return value


def _person_ref(data: object, people: Mapping[str, object]) -> str | None:
    ref = data.get("person_uuid") if isinstance(data, dict) else None
    if ref is None:
        return None
    if not isinstance(ref, str) or ref not in people:
        raise _Invalid("person_uuid")
    return ref


def _strip(data: object, *keys: str) -> dict[str, object]:
    if not isinstance(data, dict):
        raise _Invalid("record")
    return {k: v for k, v in data.items() if k not in keys}


def parse_payload(payload: object) -> dict[str, Any]:
    """Check an untrusted payload and return its records as column values.

    Raises:
        ValidationError: ``transfer``: ``transfer_invalid`` for anything not a payload of
            this format and version.
    """
    try:
        return _parse(payload)
    except _Invalid as exc:
        raise refused("transfer", "transfer_invalid", detail=str(exc)) from exc


def _parse(payload: object) -> dict[str, Any]:
    if not isinstance(payload, dict):
        raise _Invalid("payload")
    if payload.get("format") != FORMAT or payload.get("version") != VERSION:
        raise _Invalid("format")
    transfer_id = _str(payload, "transfer_id", 36)
    try:
        uuid_module.UUID(transfer_id)
    except ValueError as exc:
        raise _Invalid("transfer_id") from exc
    sender, receiver = payload.get("from"), payload.get("to")
    out: dict[str, Any] = {
        "transfer_id": transfer_id,
        "from_kato": _str(sender, "kato", 9),
        "from_number": _str(sender, "case_number", 32),
        "from_name_kk": _str(sender, "name_kk"),
        "from_name_ru": _str(sender, "name_ru"),
        "to_kato": _str(receiver, "kato", 9),
    }
    fam = payload.get("family")
    out["family"] = _values(Family, _strip(fam, "categories"))
    out["family"].pop("kato", None)  # the sender's settlement: outside the receiver's territory
    out["categories"] = [
        _values(FamilyCategory, c)
        for c in _list(fam if isinstance(fam, dict) else {}, "categories")
    ]
    people = {}
    for p in _list(payload, "people"):
        values = _values(Person, p)
        people[values["uuid"]] = values
    out["people"] = people
    out["memberships"] = [
        (_values(FamilyMember, _strip(m, "person_uuid")), _person_ref(m, people) or "")
        for m in _list(payload, "memberships")
    ]
    if any(not ref for _m, ref in out["memberships"]):
        raise _Invalid("memberships.person_uuid")
    case = _values(Case, payload.get("case"), CASE_OWN)
    if case.get("stage") not in OPEN_STAGES:
        raise _Invalid("case.stage")
    out["case"] = case
    events = [_values(CaseEvent, e) for e in _list(payload, "events")]
    for e in events:
        if "event_date" not in e or e.get("to_stage", "") not in ("", *STAGES):
            raise _Invalid("events")
    out["events"] = events
    out["risk_factors"] = [
        (_values(CaseRiskFactor, _strip(r, "person_uuid")), _person_ref(r, people))
        for r in _list(payload, "risk_factors")
    ]
    out["assessments"] = [
        (
            _values(NeedsAssessment, _strip(a, "scores")),
            [
                _values(AssessmentScore, sc)
                for sc in _list(a if isinstance(a, dict) else {}, "scores")
            ],
        )
        for a in _list(payload, "assessments")
    ]
    out["plans"] = [
        (
            _values(SupportPlan, _strip(p, "measures")),
            [
                (_values(PlanMeasure, _strip(m, "person_uuid")), _person_ref(m, people))
                for m in _list(p if isinstance(p, dict) else {}, "measures")
            ],
        )
        for p in _list(payload, "plans")
    ]
    out["visits"] = [_values(Visit, v) for v in _list(payload, "visits")]
    out["services"] = [
        (_values(ServiceDelivered, _strip(sv, "person_uuid")), _person_ref(sv, people))
        for sv in _list(payload, "services")
    ]
    return out


def unknown_codes(data: Mapping[str, Any], codes: Mapping[str, frozenset[str]]) -> str:
    """Return the first coded value of a parsed payload the receiving store does not know (its
    code lists, the case vocabularies) or a duplicate the schema forbids; "" when all is well."""
    checks: list[tuple[str, object, Iterable[str]]] = [
        ("family.map_level", data["family"].get("map_level", ""), {"", *codes["family_map_levels"]})
    ]
    checks += [("category", c.get("code"), codes["family_categories"]) for c in data["categories"]]
    checks += [("relation", m.get("relation"), codes["relations"]) for m, _r in data["memberships"]]
    checks += [
        ("risk_factor", r.get("code"), codes["risk_factors"]) for r, _p in data["risk_factors"]
    ]
    checks += [("visit.kind", v.get("kind"), VISIT_TYPES) for v in data["visits"]]
    checks += [
        ("service", sv.get("service_type"), codes["service_types"]) for sv, _p in data["services"]
    ]
    for _plan, measures in data["plans"]:
        for m, _p in measures:
            checks.append(("measure", m.get("service_type"), codes["service_types"]))
            checks.append(("measure.status", m.get("status", "PLANNED"), MEASURE_STATUSES))
    for _a, scores in data["assessments"]:
        # An older case may carry retired domains (issue 14): they still read.
        checks += [("score.domain", sc.get("domain"), ALL_ASSESSMENT_DOMAINS) for sc in scores]
        if len({sc.get("domain") for sc in scores}) != len(scores):
            return "score.domain"
        if any(not SCORE_MIN <= sc.get("score", 0) <= SCORE_MAX for sc in scores):
            return "score.score"
    versions = [p.get("version", 1) for p, _m in data["plans"]]
    if len(set(versions)) != len(versions):
        return "plan.version"
    for name, value, allowed in checks:
        if value not in set(allowed):
            return name
    return ""
