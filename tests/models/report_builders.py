"""Small builders of hand-made stores for the report figure and quality tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import event
from sqlalchemy.orm import Session

from models import code_guard
from models.cases.rules import ACCOMPANIMENT, CLOSED, IDENTIFIED, REOPENED, SIGNAL
from models.cases.tables import (
    EVENT_ASSIGN,
    EVENT_STAGE,
    Case,
    CaseEvent,
    CaseRiskFactor,
    ServiceDelivered,
    Visit,
)
from models.families import consent
from models.families.tables import Family, FamilyMember, Person
from models.objects.tables import InfraObject, Passport

KATO = "113220100"


@contextmanager
def written_before_the_code_guard() -> Iterator[None]:
    """Write as a store of an earlier version may hold: unknown codes, incoherent statuses.

    ``models/code_guard.py`` refuses such writes on every flush; the report and quality
    checks
    must still count and flag what older stores hold. The consent guard
    (``models/families/consent.py``) is off too: an older store may hold members and cases
    written for a family after its consent was withdrawn (the quality checks flag them).
    """
    event.remove(Session, "before_flush", code_guard.refuse_unknown_codes)
    event.remove(Session, "before_flush", consent.refuse_stopped_processing)
    try:
        yield
    finally:
        event.listen(Session, "before_flush", code_guard.refuse_unknown_codes)
        event.listen(Session, "before_flush", consent.refuse_stopped_processing)


def add_object(
    s: Session,
    name: str,
    *,
    object_type: str = "EDU_SCHOOL",
    kato: str = KATO,
    registered: date | None = None,
    deregistered: date | None = None,
    subject: bool = True,
    excluded_on: date | None = None,
) -> InfraObject:
    """Add an object of the register."""
    o = InfraObject(
        kato=kato,
        name=name,
        object_type=object_type,
        address=f"{name} көшесі, 1",
        subject_to_passportization=subject,
        exclusion_reason="" if subject else "жабылды",
        exclusion_date=excluded_on,
        registered_date=registered,
        deregistered_date=deregistered,
    )
    s.add(o)
    s.flush()
    return o


def add_passport(
    s: Session,
    o: InfraObject,
    version: int,
    on: date | None,
    *,
    requires: bool = False,
    adapted: date | None = None,
    statuses: tuple[str, str, str, str, str] = ("DP_V",) * 5,
) -> Passport:
    """Add a passport version (the newest one becomes the current one)."""
    k, o_, s_, g, u = statuses
    p = Passport(
        object_id=o.id,
        version=version,
        passport_date=on,
        requires_adaptation=requires,
        adapted_date=adapted,
        status_k=k,
        status_o=o_,
        status_s=s_,
        status_g=g,
        status_u=u,
    )
    s.add(p)
    s.flush()
    o.current_passport_id = p.id
    return p


def add_family(
    s: Session, *, level: str = "", level_date: date | None = None, legal_basis: str = "STATUTORY"
) -> Family:
    """Add a household with a statutory legal basis unless told otherwise."""
    f = Family(
        kato=KATO,
        map_level=level,
        map_level_date=level_date,
        legal_basis=legal_basis,
        statutory_basis="Әлеуметтік кодекс" if legal_basis == "STATUTORY" else "",
    )
    s.add(f)
    s.flush()
    return f


_SEQ = {"n": 0}


def add_member(
    s: Session,
    family: Family,
    born: date | None,
    *,
    disability: str = "",
    since: date | None = None,
    until: date | None = None,
    person: Person | None = None,
    iin: str = "",
    no_iin_reason: str = "NOT_ISSUED",
) -> Person:
    """Add a person (or reuse ``person``) as a member of ``family``."""
    if person is None:
        _SEQ["n"] += 1
        person = Person(
            surname=f"Тест{_SEQ['n']}",
            given_name="Бала",
            birth_date=born,
            disability_group=disability,
            iin=iin,
            no_iin_reason="" if iin else no_iin_reason,
        )
        s.add(person)
        s.flush()
    s.add(
        FamilyMember(
            family_id=family.id, person_id=person.id, relation="SON", since=since, until=until
        )
    )
    s.flush()
    return person


def add_case(
    s: Session,
    signal: date,
    *,
    family: Family | None = None,
    steps: tuple[tuple[str, date, str], ...] = (),
) -> Case:
    """Add a case opened on ``signal`` with its stage ``steps`` (stage, date, closure reason).

    The case's stage columns follow the last step, as the repository leaves them.
    """
    _SEQ["n"] += 1
    c = Case(
        number=f"113200000-{signal.year}-{_SEQ['n']:05d}",
        office_kato="113200000",
        year=signal.year,
        seq=_SEQ["n"],
        family_id=family.id if family else None,
        stage=SIGNAL,
        signal_date=signal,
        signal_source="SCHOOL",
    )
    c.events.append(CaseEvent(kind=EVENT_STAGE, event_date=signal, to_stage=SIGNAL))
    stage = SIGNAL
    for target, on, reason in steps:
        c.events.append(
            CaseEvent(
                kind=EVENT_STAGE,
                event_date=on,
                from_stage=stage,
                to_stage=target,
                reason_code=reason,
            )
        )
        stage = target
        c.closure_reason = reason if target == CLOSED else ""
        if target == IDENTIFIED:
            c.identified_date = on
        if target == REOPENED:
            c.reopened_date = on
    c.stage = stage
    s.add(c)
    s.flush()
    return c


def assign(s: Session, c: Case, on: date) -> None:
    """Log an assignment (never a stage change, even when the case is closed)."""
    s.add(
        CaseEvent(
            case_id=c.id,
            kind=EVENT_ASSIGN,
            event_date=on,
            from_stage=c.stage,
            to_stage=c.stage,
            reason_code="worker2",
        )
    )
    s.flush()


def add_visit(s: Session, c: Case, on: date, next_due: date | None = None) -> None:
    """Add a visit; the case's next follow-up follows its latest visit."""
    s.add(Visit(case_id=c.id, visit_date=on, kind="HOME", next_due=next_due))
    s.flush()
    c.next_follow_up = next_due


def add_service(s: Session, c: Case, on: date, service_type: str = "MEDICAL") -> None:
    """Add a service delivered."""
    s.add(ServiceDelivered(case_id=c.id, service_type=service_type, delivered_on=on))
    s.flush()


def add_risk(s: Session, c: Case, code: str, noted: date | None = None) -> None:
    """Add a risk factor of a case."""
    s.add(CaseRiskFactor(case_id=c.id, code=code, noted_date=noted))
    s.flush()


__all__ = [
    "ACCOMPANIMENT",
    "CLOSED",
    "IDENTIFIED",
    "REOPENED",
    "add_case",
    "add_family",
    "add_member",
    "add_object",
    "add_passport",
    "add_risk",
    "add_service",
    "add_visit",
    "assign",
]
