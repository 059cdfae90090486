"""Case transfer between districts (issue 8; domain brief §3.9, §6).

A family that moves takes its case along: the sending office writes the family, its members
and the case with its whole history into a transfer payload (JSON-ready, every record with its
UUID), closes its case with the reason MOVED_TRANSFERRED, and the receiving office opens a new
case of its own from the payload. The file format and its encryption are
``exporters/transfer_file.py``; this module knows only the payload and the store.

**Sending** (:func:`transfer_out`) is all-or-nothing with the file: in one transaction the
payload is built, handed to a :class:`Delivery` that writes it under a temporary name, the
closure is flushed, the delivery places the file under its final name, and the transaction
commits. A failure before the commit removes the file and rolls the closure back; a failed
commit removes the placed file. (A machine dying between the rename and the commit leaves a file
beside a case still open: the case can be sent again; the stray file is never valid for a case
that is closed, and the receiver refuses a second file for the same case number only by its
transfer id, so the sender should delete it.)

**Receiving** (:func:`transfer_in`) decides this, and the tests hold it:

- the family is a new household of the receiving store; its settlement becomes the receiving
  office's KATO (the old address is outside the receiver's territory and is kept as written
  until the worker enters the new one); a member whose IIN (or UUID) is already in the store is
  that person (same IIN = same person, ``models/families/``): the membership links the stored
  person, whose record is left as the receiver has it; other people are new;
- the case is a NEW case of the receiving office, numbered there in the year it is received,
  linked to the old one (``transferred_from_office``/``transferred_from_number``,
  ``transfer_id``). Its signal is the receipt: dated the day it is received, source
  ``TRANSFER_IN``, the old signal's description kept; it starts at IDENTIFIED (the household
  is known) and the receiving office does its own assessment and plan. The old case's event
  log is copied as read-only past events (kind ``past``, dates, stages, reasons and notes kept):
  neither the figures nor the overdue rule count them, since the sending office already
  reported them. Risk factors, assessments with their scores, plans with their measures,
  visits and services are copied as records with their dates (the receiving worker needs
  them); plans keep their versions, so the new cycle's plan is a new version.
- every record keeps the sender's UUID unless the receiving store already has that UUID (a case
  that comes back to an office that once sent it): then it gets a new one.
- refused, with nothing written: a payload addressed to another office
  (``transfer_wrong_office``), one from this very office (``transfer_same_office``), one
  already received (same transfer id, ``transfer_already_received``), one whose content is not
  a transfer payload of this version (``transfer_invalid``).
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from sqlalchemy import Date, Integer, Numeric, String, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.schema import Column

from models.audit.record import record_access
from models.cases.rules import CLOSED, IDENTIFIED, OPEN_STAGES, SIGNAL, STAGES
from models.cases.tables import (
    EVENT_STAGE,
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
from models.families.iin import normalize_iin
from models.families.repository import fill_person_keys
from models.families.tables import Family, FamilyCategory, FamilyMember, Person
from models.issues import refused
from models.reference.offices import office_of
from models.reference.roles import Permission, RoleError, allows, require
from models.store.base import Base
from models.store.db import Store

#: The payload's format name and version (a reader refuses any other).
FORMAT = "qoldau-case-transfer"
VERSION = 1
#: The closure reason of a transferred case (``closure_reasons.csv``).
MOVED_TRANSFERRED = "MOVED_TRANSFERRED"
#: The signal source of a received case (``signal_sources.csv``).
TRANSFER_IN = "TRANSFER_IN"
#: The kind of a copied event of the old case (not a stage event: nothing counts it).
EVENT_PAST = "past"
#: The audit action of a case sent or received (``audit_event.action``).
TRANSFER = "transfer"
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
_CASE_OWN = frozenset(
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


class Delivery(Protocol):
    """Where a payload goes: written under a temporary name, then placed or discarded."""

    def stage(self, payload: TransferPayload) -> None:
        """Write the payload under a temporary name (nothing final yet)."""

    def place(self) -> None:
        """Give the written payload its final name."""

    def discard(self) -> None:
        """Remove whatever was written (temporary or placed); never raises for a missing file."""


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


def _record(obj: Base, skip: Iterable[str] = ()) -> dict[str, object]:
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


# -- sending ---------------------------------------------------------------------------------


def _check_may_send(store: Store, s: Session, case: Case) -> None:
    require(s, Permission.TRANSFER)
    principal = store.principal
    if case.worker_login != principal.login and not allows(principal.role, Permission.ALL_CASES):
        raise RoleError(Permission.ALL_CASES, principal.role)


def build_payload(
    s: Session, case: Case, from_office: Mapping[str, str], to_kato: str, to_name: str, at: datetime
) -> TransferPayload:
    """Return the payload of ``case`` (read in ``s``): family, people, memberships, history."""
    family = case.family
    if family is None:
        raise refused("family", "family_required")
    people: dict[int, Person] = {}
    for mm in family.members:
        people[mm.person_id] = mm.person
    referenced = [rf.person_id for rf in case.risk_factors]
    referenced += [m.person_id for p in case.plans for m in p.measures]
    referenced += [sv.person_id for sv in case.services]
    for pid in referenced:
        if pid is not None and pid not in people:
            people[pid] = s.get_one(Person, pid)

    def person_uuid(pid: int | None) -> str | None:
        return None if pid is None else people[pid].uuid

    return {
        "format": FORMAT,
        "version": VERSION,
        "transfer_id": str(uuid_module.uuid4()),
        "created_at": at.isoformat(),
        "from": {**from_office, "case_number": case.number},
        "to": {"kato": to_kato, "name": to_name},
        "family": {
            **_record(family),
            "categories": [_record(c) for c in family.categories],
        },
        "people": [_record(p) for p in people.values()],
        "memberships": [{**_record(mm), "person_uuid": mm.person.uuid} for mm in family.members],
        "case": _record(case, _CASE_OWN),
        "events": [_record(e) for e in case.events],
        "risk_factors": [
            {**_record(rf), "person_uuid": person_uuid(rf.person_id)} for rf in case.risk_factors
        ],
        "assessments": [
            {**_record(a), "scores": [_record(sc) for sc in a.scores]} for a in case.assessments
        ],
        "plans": [
            {
                **_record(p),
                "measures": [
                    {**_record(m), "person_uuid": person_uuid(m.person_id)} for m in p.measures
                ],
            }
            for p in case.plans
        ],
        "visits": [_record(v) for v in case.visits],
        "services": [
            {**_record(sv), "person_uuid": person_uuid(sv.person_id)} for sv in case.services
        ],
    }


def closure_note(to_kato: str, to_name: str, transfer_id: str) -> str:
    """Return the note of a transfer closure: the receiving office and the transfer id."""
    return f"{to_name} ({to_kato}); {transfer_id}"


def close_transferred(s: Session, case: Case, payload: TransferPayload, today: date) -> None:
    """Close the sender's ``case`` (in ``s``, not committed) as transferred by ``payload``.

    The closure is dated ``today``, reason MOVED_TRANSFERRED; its note names the receiving
    office and the transfer id, which the case keeps in ``transfer_id``.
    """
    if case.stage == CLOSED:
        raise refused("stage", "case_closed")
    to = payload["to"]
    note = closure_note(to["kato"], to["name"], payload["transfer_id"])
    case.events.append(
        CaseEvent(
            kind=EVENT_STAGE,
            event_date=today,
            from_stage=case.stage,
            to_stage=CLOSED,
            reason_code=MOVED_TRANSFERRED,
            note=note,
        )
    )
    case.stage = CLOSED
    case.closed_date = today
    case.closure_reason = MOVED_TRANSFERRED
    case.closure_note = note
    case.closure_outcome = ""
    case.closure_map_level = ""
    case.next_follow_up = None
    case.transfer_id = payload["transfer_id"]


def transfer_out(
    store: Store,
    case_id: int,
    to_office_kato: str,
    to_office_name: str,
    user: str,
    today: date,
    delivery: Delivery | None = None,
    *,
    now: Callable[[], datetime] = datetime.now,
) -> TransferPayload:
    """Send case ``case_id`` to the office ``to_office_kato``: build its payload, hand it to
    ``delivery`` and close the case as transferred, all or nothing (see the module's doc).

    Raises:
        RoleError: the principal may not transfer (or the case is someone else's).
        ValidationError: ``to_kato``: ``kato_format`` or ``transfer_same_office``; ``name``:
            ``required``; ``stage``: ``case_closed``; ``family``: ``family_required``, or the
            closure date is before the case's last event; nothing is written.
        OSError: the delivery failed; nothing is written.
    """
    to_office_kato = to_office_kato.strip()
    to_office_name = " ".join(to_office_name.split())
    if len(to_office_kato) != 9 or not to_office_kato.isdigit():
        raise refused("to_kato", "kato_format")
    if not to_office_name:
        raise refused("name", "required")
    office = office_of(store)
    if to_office_kato == office.kato:
        raise refused("to_kato", "transfer_same_office")
    sender = {"kato": office.kato, "name_kk": office.name_kk, "name_ru": office.name_ru}
    try:
        with store.session(user) as s:
            case = s.scalars(
                select(Case)
                .where(Case.id == case_id)
                .options(
                    selectinload(Case.events),
                    selectinload(Case.risk_factors),
                    selectinload(Case.assessments).selectinload(NeedsAssessment.scores),
                    selectinload(Case.plans).selectinload(SupportPlan.measures),
                    selectinload(Case.visits),
                    selectinload(Case.services),
                )
            ).one()
            _check_may_send(store, s, case)
            if case.stage == CLOSED:
                raise refused("stage", "case_closed")
            last = max((e.event_date for e in case.events), default=case.signal_date)
            if today < last:
                raise refused("date", "date_before_previous_stage", previous=last)
            payload = build_payload(
                s, case, sender, to_office_kato, to_office_name, now().astimezone()
            )
            if delivery is not None:
                delivery.stage(payload)
            close_transferred(s, case, payload, today)
            s.flush()
            # Person-level data leave the district: logged with the receiver (brief §6).
            record_access(
                s,
                TRANSFER,
                "case",
                case.uuid,
                family_uuid=case.family.uuid if case.family is not None else None,
                note=f"{case.number} -> {to_office_kato}; {payload['transfer_id']}",
            )
            if delivery is not None:
                delivery.place()
    except BaseException:
        if delivery is not None:
            delivery.discard()
        raise
    return payload


# -- receiving -------------------------------------------------------------------------------


def _fresh_uuids(s: Session, model: type[Base], records: list[dict[str, Any]]) -> None:
    """Give a new UUID to each record whose UUID ``model``'s table already holds."""
    wanted = [r["uuid"] for r in records]
    taken: set[str] = set()
    col = model.__table__.c.uuid
    for i in range(0, len(wanted), 500):
        taken |= set(s.scalars(select(col).where(col.in_(wanted[i : i + 500]))))
    seen: set[str] = set()
    for r in records:
        if r["uuid"] in taken or r["uuid"] in seen:
            r["uuid"] = str(uuid_module.uuid4())
        seen.add(r["uuid"])


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
    case = _values(Case, payload.get("case"), _CASE_OWN)
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


def transfer_in(store: Store, payload: object, user: str, today: date) -> int:
    """Receive a transferred case into ``store``; return the new case's id (module doc).

    Raises:
        RoleError: the principal may not transfer.
        ValidationError: ``transfer``: ``transfer_invalid``, ``transfer_wrong_office``,
            ``transfer_same_office`` or ``transfer_already_received``; nothing is written.
    """
    data = parse_payload(payload)
    office = office_of(store)
    if data["from_kato"] == office.kato:
        raise refused("transfer", "transfer_same_office")
    if data["to_kato"] != office.kato:
        raise refused("transfer", "transfer_wrong_office", office=data["to_kato"])
    with store.session(user) as s:
        require(s, Permission.TRANSFER)
        received = s.scalar(select(Case.number).where(Case.transfer_id == data["transfer_id"]))
        if received is not None:
            raise refused("transfer", "transfer_already_received", number=received)
        case = _write(s, data, office.kato, user, today)
        record_access(
            s,
            TRANSFER,
            "case",
            case.uuid,
            family_uuid=case.family.uuid if case.family is not None else None,
            note=f"{data['from_kato']} {data['from_number']} -> {case.number}; "
            f"{data['transfer_id']}",
        )
        return case.id


def _office_text(data: Mapping[str, Any]) -> str:
    """Return "<name kk> / <name ru> (<KATO>)" of the sending office (the names it sent)."""
    names = " / ".join(dict.fromkeys(n for n in (data["from_name_kk"], data["from_name_ru"]) if n))
    return f"{names} ({data['from_kato']})" if names else data["from_kato"]


def _write(s: Session, data: dict[str, Any], office_kato: str, user: str, today: date) -> Case:
    # People: same IIN (or the same record come back) = the stored person; others are new.
    persons: dict[str, Person] = {}
    new_people: list[dict[str, Any]] = []
    for ref, values in data["people"].items():
        iin = normalize_iin(values.get("iin", ""))
        found = None
        if len(iin) == 12:
            found = s.scalars(
                select(Person).where(Person.iin_key == iin).order_by(Person.id)
            ).first()
        if found is None:
            found = s.scalars(select(Person).where(Person.uuid == ref)).first()
        if found is not None:
            persons[ref] = found
        else:
            new_people.append(values)
    _fresh_uuids(s, Person, new_people)
    for ref, values in zip(
        [r for r in data["people"] if r not in persons], new_people, strict=True
    ):
        person = Person(**values)
        fill_person_keys(person)
        s.add(person)
        persons[ref] = person
    s.flush()  # the people's ids, for the records that name a person

    def person_id(ref: str | None) -> int | None:
        return None if ref is None else persons[ref].id

    family_values = dict(data["family"])
    _fresh_uuids(s, Family, [family_values])
    family = Family(kato=office_kato, **family_values)
    _fresh_uuids(s, FamilyCategory, data["categories"])
    family.categories = [FamilyCategory(**c) for c in data["categories"]]
    members = [m for m, _ref in data["memberships"]]
    _fresh_uuids(s, FamilyMember, members)
    family.members = [FamilyMember(person=persons[ref], **m) for m, ref in data["memberships"]]
    s.add(family)

    case_values = dict(data["case"])
    _fresh_uuids(s, Case, [case_values])
    old_stage = case_values.pop("stage")
    for col in ("identified_date", "assessment_date", "plan_date", "accompaniment_date"):
        case_values.pop(col, None)
    for col in ("closed_date", "reopened_date", "next_follow_up"):
        case_values.pop(col, None)
    for col in ("closure_reason", "closure_note", "closure_outcome", "closure_map_level"):
        case_values.pop(col, None)
    description = case_values.pop("signal_description", "")
    case_values.pop("signal_date", None)
    case_values.pop("signal_source", None)
    case_values.pop("signal_source_note", None)
    year = today.year
    last = s.scalar(
        select(Case.seq)
        .where(Case.office_kato == office_kato, Case.year == year)
        .order_by(Case.seq.desc())
        .limit(1)
    )
    seq = (last or 0) + 1
    case = Case(
        **case_values,
        number=f"{office_kato}-{year}-{seq:05d}",
        office_kato=office_kato,
        year=year,
        seq=seq,
        family=family,
        worker_login=user,
        stage=IDENTIFIED,
        signal_date=today,
        signal_source=TRANSFER_IN,
        signal_source_note=_office_text(data),
        signal_description=description,
        identified_date=today,
        transfer_id=data["transfer_id"],
        transferred_from_office=data["from_kato"],
        transferred_from_number=data["from_number"],
    )
    _fresh_uuids(s, CaseEvent, data["events"])
    events = [CaseEvent(**{**e, "kind": EVENT_PAST}) for e in data["events"]]
    events.append(CaseEvent(kind=EVENT_STAGE, event_date=today, to_stage=SIGNAL))
    events.append(
        CaseEvent(
            kind=EVENT_STAGE,
            event_date=today,
            from_stage=SIGNAL,
            to_stage=IDENTIFIED,
            note=f"{data['from_number']}: {old_stage}",
        )
    )
    case.events = events

    risks = [r for r, _ref in data["risk_factors"]]
    _fresh_uuids(s, CaseRiskFactor, risks)
    case.risk_factors = [
        CaseRiskFactor(**r, person_id=person_id(ref)) for r, ref in data["risk_factors"]
    ]
    assessments = [a for a, _scores in data["assessments"]]
    _fresh_uuids(s, NeedsAssessment, assessments)
    _fresh_uuids(s, AssessmentScore, [sc for _a, scores in data["assessments"] for sc in scores])
    case.assessments = [
        NeedsAssessment(**a, scores=[AssessmentScore(**sc) for sc in scores])
        for a, scores in data["assessments"]
    ]
    _fresh_uuids(s, SupportPlan, [p for p, _m in data["plans"]])
    _fresh_uuids(s, PlanMeasure, [m for _p, measures in data["plans"] for m, _ref in measures])
    case.plans = [
        SupportPlan(
            **p, measures=[PlanMeasure(**m, person_id=person_id(ref)) for m, ref in measures]
        )
        for p, measures in data["plans"]
    ]
    _fresh_uuids(s, Visit, data["visits"])
    case.visits = [Visit(**v) for v in data["visits"]]
    services = [sv for sv, _ref in data["services"]]
    _fresh_uuids(s, ServiceDelivered, services)
    case.services = [
        ServiceDelivered(**sv, person_id=person_id(ref)) for sv, ref in data["services"]
    ]
    s.add(case)
    s.flush()
    return case


# -- what a case card shows -------------------------------------------------------------------


def case_id_by_number(store: Store, number: str) -> int | None:
    """Return the id of the case numbered ``number``, or None."""
    with store.session() as s:
        return s.scalar(select(Case.id).where(Case.number == number.strip()))


def case_number(store: Store, case_id: int) -> str:
    """Return the number of case ``case_id``."""
    with store.session() as s:
        return s.get_one(Case, case_id).number


def transfer_link(store: Store, case_id: int) -> dict[str, object] | None:
    """Return how ``case_id`` was transferred, or None: ``{"direction": "in", "office",
    "number"}`` for a received case (the sending office's names and KATO, and its case number),
    ``{"direction": "out", "office", "date"}`` for a sent one (the receiving office as the
    closure note names it: "<name> (<KATO>)")."""
    with store.session() as s:
        case = s.get_one(Case, case_id)
        if case.transferred_from_number:
            return {
                "direction": "in",
                "office": case.signal_source_note or case.transferred_from_office,
                "number": case.transferred_from_number,
            }
        if case.transfer_id and case.closure_reason == MOVED_TRANSFERRED:
            office = case.closure_note.rsplit(";", 1)[0].strip()
            return {"direction": "out", "office": office, "date": case.closed_date}
    return None
