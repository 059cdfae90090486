"""Case transfer between districts (issue 8; domain brief §3.9, §6).

A family that moves takes its case along: the sending office writes the family, its members
and the case with its whole history into a transfer payload (JSON-ready, every record with its
UUID), closes its case with the reason MOVED_TRANSFERRED, and the receiving office opens a new
case of its own from the payload. The file format and its encryption are
``exporters/transfer_file.py``; the payload's records and their checks as untrusted input are
``models/cases/transfer_payload.py``; this module sends and receives.

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
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit.record import record_access
from models.cases.rules import CLOSED, IDENTIFIED, SIGNAL
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
    whole_case,
)
from models.cases.transfer_payload import (
    CASE_OWN,
    FORMAT,
    VERSION,
    TransferPayload,
    parse_payload,
    record,
    unknown_codes,
)
from models.families.iin import normalize_iin
from models.families.repository import FamilyRepository, fill_person_keys
from models.families.tables import Family, FamilyCategory, FamilyMember, Person
from models.issues import refused
from models.reference.offices import office_of
from models.reference.roles import Permission, RoleError, allows, require
from models.store.base import Base
from models.store.db import Store

#: The closure reason of a transferred case (``closure_reasons.csv``).
MOVED_TRANSFERRED = "MOVED_TRANSFERRED"
#: The signal source of a received case (``signal_sources.csv``).
TRANSFER_IN = "TRANSFER_IN"
#: The kind of a copied event of the old case (not a stage event: nothing counts it).
EVENT_PAST = "past"
#: The audit action of a case sent or received (``audit_event.action``).
TRANSFER = "transfer"


class Delivery(Protocol):
    """Where a payload goes: written under a temporary name, then placed or discarded."""

    def stage(self, payload: TransferPayload) -> None:
        """Write the payload under a temporary name (nothing final yet)."""

    def place(self) -> None:
        """Give the written payload its final name."""

    def discard(self) -> None:
        """Remove whatever was written (temporary or placed); never raises for a missing file."""


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
            **record(family),
            "categories": [record(c) for c in family.categories],
        },
        "people": [record(p) for p in people.values()],
        "memberships": [{**record(mm), "person_uuid": mm.person.uuid} for mm in family.members],
        "case": record(case, CASE_OWN),
        "events": [record(e) for e in case.events],
        "risk_factors": [
            {**record(rf), "person_uuid": person_uuid(rf.person_id)} for rf in case.risk_factors
        ],
        "assessments": [
            {**record(a), "scores": [record(sc) for sc in a.scores]} for a in case.assessments
        ],
        "plans": [
            {
                **record(p),
                "measures": [
                    {**record(m), "person_uuid": person_uuid(m.person_id)} for m in p.measures
                ],
            }
            for p in case.plans
        ],
        "visits": [record(v) for v in case.visits],
        "services": [
            {**record(sv), "person_uuid": person_uuid(sv.person_id)} for sv in case.services
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
            case = s.scalars(whole_case(case_id)).one()
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


def transfer_in(store: Store, payload: object, user: str, today: date) -> int:
    """Receive a transferred case into ``store``; return the new case's id (module doc).

    Raises:
        RoleError: the principal may not transfer.
        ValidationError: ``transfer``: ``transfer_invalid``, ``transfer_wrong_office``,
            ``transfer_same_office`` or ``transfer_already_received``; nothing is written.
    """
    data = parse_payload(payload)
    bad = unknown_codes(data, FamilyRepository(store).context(today).codes)
    if bad:
        raise refused("transfer", "transfer_invalid", detail=bad)
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
