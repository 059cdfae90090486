"""The audit of every ORM write: an ``after_flush`` listener (issue 8).

Above the domain packages because it knows their tables: which are audited, which record each
row belongs to (a visit's case, a passport's object) and which family (its key seals the
personal values). What it finds goes to :func:`models.audit.record.record_changes`, the same
function the bulk paths call, on the flush's own connection: the audit commits or rolls back
with the write. ``after_flush`` rather than ``before_flush``: new rows then have their ids,
UUIDs and foreign keys, while the attributes' history (old and new values) is still there.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from models.audit.record import DELETE, INSERT, NOT_AUDITED, UPDATE, Change, record_changes
from models.cases.tables import (
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
from models.families.tables import (
    BenefitReceived,
    ChildOpinion,
    Family,
    FamilyCategory,
    FamilyMember,
    MemberIncome,
    Person,
)
from models.objects.annex_tables import Photo, ZoneElement
from models.objects.control_tables import ReinspectionTrigger, StateControl
from models.objects.tables import (
    InfraObject,
    Measurement,
    NormRule,
    Passport,
    PassportZone,
    ZoneWork,
)
from models.reference.tables import CodeItem, Setting
from models.reporting.received import ReceivedPackage
from models.store.base import current_role, current_user

#: Audited classes and (foreign key, parent class) of the record each belongs to.
PARENT: dict[type[Any], tuple[str, type[Any]] | None] = {
    InfraObject: None,
    Passport: ("object_id", InfraObject),
    PassportZone: ("passport_id", Passport),
    Measurement: ("passport_id", Passport),
    ZoneWork: ("passport_id", Passport),
    # The whole passport (issue 12): zone annexes and photos belong to their passport, state
    # control and re-inspection triggers to their object; a norm rule (its editions are kept
    # in ``norm_rule_edition`` too) and an office setting are records of their own.
    ZoneElement: ("passport_id", Passport),
    Photo: ("passport_id", Passport),
    StateControl: ("object_id", InfraObject),
    ReinspectionTrigger: ("object_id", InfraObject),
    NormRule: None,
    Setting: None,
    CodeItem: None,
    Family: None,
    FamilyCategory: ("family_id", Family),
    FamilyMember: ("family_id", Family),
    # A family's money (issue 14): amounts are no personal identifiers, but belong to the
    # family, so their history is the family's (like its categories and memberships).
    MemberIncome: ("family_id", Family),
    BenefitReceived: ("family_id", Family),
    Person: None,
    # A child's opinion belongs to the child (its family seals the opinion, issue 14).
    ChildOpinion: ("person_id", Person),
    Case: None,
    CaseEvent: ("case_id", Case),
    CaseRiskFactor: ("case_id", Case),
    NeedsAssessment: ("case_id", Case),
    SupportPlan: ("case_id", Case),
    Visit: ("case_id", Case),
    ServiceDelivered: ("case_id", Case),
    AssessmentScore: ("assessment_id", NeedsAssessment),
    PlanMeasure: ("plan_id", SupportPlan),
    ReceivedPackage: None,
}
#: Foreign keys worth auditing, recorded as the UUID of the row they point to.
REFERENCES: dict[tuple[type[Any], str], type[Any]] = {
    (Case, "family_id"): Family,
    (FamilyMember, "person_id"): Person,
    (ChildOpinion, "person_id"): Person,
    (ChildOpinion, "case_id"): Case,
    (MemberIncome, "person_id"): Person,
    (BenefitReceived, "person_id"): Person,
    (CaseRiskFactor, "person_id"): Person,
    (PlanMeasure, "person_id"): Person,
    (ServiceDelivered, "person_id"): Person,
}
#: Columns of audited tables left out besides :data:`NOT_AUDITED` (bulky or derived).
SKIPPED: frozenset[tuple[type[Any], str]] = frozenset(
    {(ReceivedPackage, "manifest_json"), (Photo, "thumbnail")}
)
#: Reference tables Qoldau seeds itself when a store is opened (``models/seed.py``, in a
#: session of no principal): only what a person changes in them is audited (an administrator's
#: setting, rule or typical element), not the hundreds of rows every new store is given.
SEEDED: frozenset[type[Any]] = frozenset({CodeItem, Setting, NormRule})


class _Resolver:
    """Finds the UUID, parent and family of rows during one flush, each once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.memory: dict[tuple[type, int], Any] = {}
        for obj in (*session.new, *session.dirty, *session.deleted, *session.identity_map.values()):
            oid = getattr(obj, "id", None)
            if oid is not None:
                self.memory[(type(obj), oid)] = obj
        self.families: dict[tuple[type, int], str | None] = {}

    def get(self, cls: type, oid: int | None) -> Any:
        if oid is None:
            return None
        obj = self.memory.get((cls, oid))
        if obj is None:
            with self.session.no_autoflush:
                obj = self.session.get(cls, oid)
            if obj is not None:
                self.memory[(cls, oid)] = obj
        return obj

    def uuid_of(self, cls: type, oid: int | None) -> str | None:
        obj = self.get(cls, oid)
        return None if obj is None else str(obj.uuid)

    def parent(self, obj: Any) -> str:
        link = PARENT.get(type(obj))
        if link is None:
            return ""
        fk, cls = link
        uuid = self.uuid_of(cls, getattr(obj, fk, None))
        return "" if uuid is None else f"{cls.__tablename__}:{uuid}"

    def family(self, obj: Any) -> str | None:
        key = (type(obj), obj.id)
        if key not in self.families:
            self.families[key] = self._family(obj)
        return self.families[key]

    def _family(self, obj: Any) -> str | None:
        if isinstance(obj, Family):
            return str(obj.uuid)
        if isinstance(obj, Person):
            return self._person_family(obj)
        if isinstance(obj, Case):
            fam = self.get(Family, obj.family_id)
            return None if fam is None else str(fam.uuid)
        link = PARENT.get(type(obj))
        if link is None or link[1] in (InfraObject, Passport):
            return None
        parent = self.get(link[1], getattr(obj, link[0], None))
        return None if parent is None else self.family(parent)

    def _person_family(self, person: Person) -> str | None:
        for obj in self.memory.values():
            if isinstance(obj, FamilyMember) and obj.person_id == person.id:
                fam = self.get(Family, obj.family_id)
                if fam is not None:
                    return str(fam.uuid)
        with self.session.no_autoflush:
            found = self.session.execute(
                select(Family.uuid)
                .join(FamilyMember, FamilyMember.family_id == Family.id)
                .where(FamilyMember.person_id == person.id)
                .order_by(FamilyMember.id)
                .limit(1)
            ).scalar()
        return None if found is None else str(found)


def _fields(obj: Any, resolver: _Resolver, *, new: bool) -> dict[str, tuple[Any, Any]]:
    cls = type(obj)
    state = inspect(obj)
    fields: dict[str, tuple[Any, Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in NOT_AUDITED or (cls, key) in SKIPPED:
            continue
        ref = REFERENCES.get((cls, key))
        if key.endswith("_id") and ref is None:
            continue
        if new:
            old, value = None, getattr(obj, key)
        else:
            hist = state.attrs[key].history
            if not hist.added and not hist.deleted:
                continue
            old = hist.deleted[0] if hist.deleted else None
            value = hist.added[0] if hist.added else None
        if ref is not None:
            old, value = resolver.uuid_of(ref, old), resolver.uuid_of(ref, value)
        if old != value:
            fields[key] = (old, value)
    return fields


def changes_of_flush(session: Session) -> list[Change]:
    """Return what the flush in progress inserts, updates and deletes in audited tables."""
    resolver = _Resolver(session)
    seeding = "user" not in session.info  # ``Store.session`` always names its user
    changes: list[Change] = []
    for action, objects in (
        (INSERT, session.new),
        (UPDATE, session.dirty),
        (DELETE, session.deleted),
    ):
        for obj in objects:
            if type(obj) not in PARENT or (seeding and type(obj) in SEEDED):
                continue
            if action == UPDATE and not session.is_modified(obj):
                continue
            fields = {} if action == DELETE else _fields(obj, resolver, new=action == INSERT)
            if action == UPDATE and not fields:
                continue
            changes.append(
                Change(
                    action,
                    type(obj).__tablename__,
                    str(obj.uuid),
                    resolver.family(obj),
                    fields,
                    resolver.parent(obj),
                )
            )
    return changes


@event.listens_for(Session, "after_flush")
def audit_flush(session: Session, _context: object) -> None:
    # NOTE: every ORM write passes here, like the author stamps and the code guard; the audit
    # rows go on the flush's connection, so a rolled-back write leaves none.
    changes = changes_of_flush(session)
    if changes:
        record_changes(
            session.connection(),
            changes,
            login=current_user(session),
            role=current_role(session),
        )
