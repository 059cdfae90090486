"""Consent and its withdrawal: when a family's personal data are no longer processed (brief §6).

"Processing based on consent stops on withdrawal unless a law requires it." A family whose legal
basis is CONSENT has its processing stopped (:func:`processing_stopped`) when the consent was
withdrawn (and not given again after: a consent date later than the withdrawal date lifts it)
or its term (``consent_until``) has passed, unless a law keeps the processing going: the basis
recorded in ``withdrawal_basis`` (then nothing stops; the banner says what the basis keeps).

While it is stopped, a ``before_flush`` guard (like the lock of approved periods) refuses every
ORM insert or change of the family's data (address, phone, members and their names or IINs,
categories, incomes, benefits, child opinions, new cases and everything recorded in its cases)
with :class:`~models.issues.ValidationError` code ``processing_stopped``, so no repository, form
or script can write them. What stays allowed: the family's consent record itself (giving the
consent again, recording a basis of law) and deletions (the destruction at the end of retention,
``models/cases/destruction.py``). Reading stays possible, so the banner and the destruction
list can show the family.

The cases package sits above this one, so its tables are named here (as the repository does)
rather than imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from sqlalchemy import column, event, inspect, or_, select, table
from sqlalchemy.orm import Session

from models.families.tables import Family, FamilyMember, Person
from models.issues import ValidationError, refused
from models.store.db import Store

#: The columns of a family's consent record: changing only these is never refused.
CONSENT_FIELDS = frozenset(
    {
        "legal_basis",
        "consent_form",
        "consent_date",
        "consent_recorded_by",
        "consent_withdrawn_date",
        "statutory_basis",
        "consent_scope",
        "consent_until",
        "withdrawal_basis",
    }
)
#: Stamps every write sets by itself (``models/store/base.Tracked``), not data of the family.
_STAMPS = frozenset({"updated_at", "updated_by", "created_at", "created_by", "version"})

_CASES = table("family_case", column("id"), column("family_id"))
_PLANS = table("support_plan", column("id"), column("case_id"))
_ASSESSMENTS = table("needs_assessment", column("id"), column("case_id"))


class ConsentRecord(Protocol):
    """What the rule reads: a :class:`Family` or a ``FamilyDraft``."""

    @property
    def legal_basis(self) -> str: ...
    @property
    def consent_date(self) -> date | None: ...
    @property
    def consent_withdrawn_date(self) -> date | None: ...
    @property
    def consent_until(self) -> date | None: ...
    @property
    def withdrawal_basis(self) -> str: ...


def stopped_since(family: ConsentRecord, today: date | None = None) -> date | None:
    """Return the day processing stopped (the withdrawal, or the day after the consent's term),
    or None when the family's data may be processed."""
    if family.legal_basis != "CONSENT" or (family.withdrawal_basis or "").strip():
        return None
    day = today or date.today()
    withdrawn = family.consent_withdrawn_date
    given = family.consent_date
    if withdrawn is not None and withdrawn <= day and (given is None or given <= withdrawn):
        return withdrawn
    if family.consent_until is not None and family.consent_until < day:
        return family.consent_until + timedelta(days=1)
    return None


def processing_stopped(family: ConsentRecord, today: date | None = None) -> bool:
    """True when the family's personal data are no longer processed (see the module)."""
    return stopped_since(family, today) is not None


# -- the guard on every ORM write -------------------------------------------------------------


def _real_changes(obj: Any) -> set[str]:
    state = inspect(obj)
    changed: set[str] = set()
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.added or hist.deleted:
            if hist.added and hist.deleted and list(hist.added) == list(hist.deleted):
                continue
            changed.add(attr.key)
    return changed - _STAMPS


def _families_of(s: Session, obj: Any) -> set[int]:
    """The ids of the stored families ``obj`` belongs to (none for a record of no family)."""
    if isinstance(obj, Family):
        return {obj.id} if obj.id is not None else set()
    if isinstance(obj, Person):
        if obj.id is None:
            return set()
        found = set(
            s.scalars(
                select(FamilyMember.family_id).where(
                    FamilyMember.person_id == obj.id, FamilyMember.until.is_(None)
                )
            )
        )
        return found
    fam = getattr(obj, "family", None)
    fid = getattr(obj, "family_id", None)
    if fid is None and isinstance(fam, Family):
        fid = fam.id
    if fid is not None:
        return {int(fid)}
    case_id = getattr(obj, "case_id", None)
    case = getattr(obj, "case", None)
    if case_id is None and case is not None:
        case_id = getattr(case, "id", None)
        if case_id is None:
            return _families_of(s, case)
    if case_id is None:
        for attr, parent in (("plan_id", _PLANS), ("assessment_id", _ASSESSMENTS)):
            pid = getattr(obj, attr, None)
            if pid is not None:
                case_id = s.scalar(select(parent.c.case_id).where(parent.c.id == pid))
                break
    if case_id is not None:
        family = s.scalar(select(_CASES.c.family_id).where(_CASES.c.id == case_id))
        return {int(family)} if family is not None else set()
    return set()


def _may_stop(s: Session, pending: Iterable[object]) -> bool:
    """False when no family of the store or of the flush has a withdrawal or a term: the guard
    then costs one small query (most stores record no withdrawal and no term)."""
    for obj in pending:
        if isinstance(obj, Family) and (
            obj.consent_withdrawn_date is not None or obj.consent_until is not None
        ):
            return True
    found = s.scalar(
        select(Family.id)
        .where(or_(Family.consent_withdrawn_date.is_not(None), Family.consent_until.is_not(None)))
        .limit(1)
    )
    return found is not None


def _stopped_families(s: Session, ids: Iterable[int], today: date) -> dict[int, date]:
    """The stopped ones of ``ids``, as their state stands in the flush (pending changes to a
    family's consent count: giving the consent again lifts the stop in the same save)."""
    stopped: dict[int, date] = {}
    for fid in set(ids):
        fam = s.get(Family, fid)
        if fam is None:
            continue
        since = stopped_since(fam, today)
        if since is not None:
            stopped[fid] = since
    return stopped


def consent_violation(session: Session, today: date | None = None) -> ValidationError | None:
    """Return the refusal of the flush in progress, or None when it writes nothing of a family
    whose processing is stopped."""
    day = today or date.today()
    touched: dict[int, bool] = {}
    pending = (*session.new, *session.dirty)
    if not pending:
        return None
    with session.no_autoflush:
        if not _may_stop(session, pending):
            return None
        for obj in pending:
            if obj in session.deleted:
                continue
            if obj not in session.new:
                changed = _real_changes(obj)
                if not changed:
                    continue
                if isinstance(obj, Family) and changed <= CONSENT_FIELDS:
                    continue
            for fid in _families_of(session, obj):
                touched[fid] = True
        if not touched:
            return None
        stopped = _stopped_families(session, touched, day)
    if not stopped:
        return None
    since = min(stopped.values())
    return refused("consent", "processing_stopped", since=since.isoformat())


@event.listens_for(Session, "before_flush")
def refuse_stopped_processing(session: Session, _context: object, _instances: object) -> None:
    # NOTE: every ORM write passes here, like the period lock: no repository, form or script
    # can write the personal data of a family whose consent was withdrawn.
    refusal = consent_violation(session)
    if refusal is not None:
        raise refusal


# -- what the banners show ----------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentStatus:
    """The consent state of a family for its banners: ``stopped_on`` when processing stopped
    (``expired``: by the end of the term, not a withdrawal), ``kept_by`` when a withdrawal did
    not stop it because a law keeps it."""

    stopped_on: date | None = None
    expired: bool = False
    withdrawn_on: date | None = None
    kept_by: str = ""


def consent_status(family: ConsentRecord, today: date | None = None) -> ConsentStatus:
    """Return what the banners say of ``family`` on ``today``."""
    since = stopped_since(family, today)
    withdrawn = family.consent_withdrawn_date
    if since is not None:
        return ConsentStatus(stopped_on=since, expired=since != withdrawn, withdrawn_on=withdrawn)
    basis = (family.withdrawal_basis or "").strip()
    if family.legal_basis == "CONSENT" and withdrawn is not None and basis:
        return ConsentStatus(withdrawn_on=withdrawn, kept_by=basis)
    return ConsentStatus()


def family_consent_status(store: Store, family_id: int, today: date | None = None) -> ConsentStatus:
    """The consent state of a stored family, read without opening its personal data."""
    with store.session() as s:
        fam = s.get(Family, family_id)
        return ConsentStatus() if fam is None else consent_status(fam, today)
