"""The child's opinion (brief §3.2): a decision about a child aged 10 or over takes the child's
opinion into account, so it is recorded with the date it was heard, or with the reason it could
not be heard.

Before a support plan is drawn up or a case closure is decided, :meth:`OpinionRepository.
children_to_hear` lists the minors of the case's household aged 10 or over on the decision's
date with the opinion recorded for that decision, if any: a missing one is a warning on screen
(never a block, never logged: the list carries names). Recording is a write to the case: its
worker, a supervisor or an administrator (:func:`models.cases.access.check_case`); the opinion
and the reason are personal and sealed in the audit under the family's key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.cases.access import check_case
from models.cases.rules import CLOSED
from models.cases.tables import Case
from models.families.tables import OPINION_DECISIONS, ChildOpinion, FamilyMember, Person
from models.families.validation import ADULT_AGE, CaseContext, age_at, check_control, not_future
from models.issues import ValidationReport, raise_if_errors, refused
from models.reference.roles import Permission
from models.store.db import Store

#: From this age a decision about a child takes the child's opinion into account (brief §3.2).
OPINION_AGE = 10
#: Decisions of the case life cycle that need the opinion.
PLAN = "PLAN"
CLOSURE = "CLOSURE"


@dataclass(frozen=True)
class OpinionDraft:
    """A child's opinion for one decision: heard on a date, or not heard for a reason."""

    person_id: int
    decision: str
    heard_on: date | None = None
    opinion: str = ""
    not_heard_reason: str = ""


@dataclass(frozen=True)
class OpinionRow:
    """A recorded opinion, with the child's name for the screen and the printed summary."""

    id: int
    person_id: int
    child_name: str
    decision: str
    heard_on: date | None
    opinion: str
    not_heard_reason: str

    @property
    def heard(self) -> bool:
        """Whether the child was heard (otherwise ``not_heard_reason`` says why)."""
        return not self.not_heard_reason


@dataclass(frozen=True)
class ChildToHear:
    """A minor of the case's household aged 10 or over on the decision's date.

    ``opinion`` is the latest one recorded for the decision in this case, None when missing.
    ``name`` is for the screen only: never log it.
    """

    person_id: int
    name: str
    age: int
    opinion: OpinionRow | None


def validate_opinion(
    draft: OpinionDraft, ctx: CaseContext, birth_date: date | None = None
) -> ValidationReport:
    """Check an opinion: the decision, then the date and text heard, or else the reason."""
    report = ValidationReport()
    check_control(report, draft, ("opinion", "not_heard_reason"), multiline=True)
    if not draft.decision:
        report.add("decision", "required")
    elif draft.decision not in OPINION_DECISIONS:
        report.add("decision", "unknown_code", code=draft.decision)
    reason = draft.not_heard_reason.strip()
    if reason:
        if draft.heard_on is not None or draft.opinion.strip():
            report.add("not_heard_reason", "opinion_heard_and_not_heard")
        return report
    if draft.heard_on is None:
        report.add("heard_on", "required")
    if not draft.opinion.strip():
        report.add("opinion", "required")
    not_future(report, "heard_on", draft.heard_on, ctx)
    if draft.heard_on is not None and birth_date is not None and draft.heard_on < birth_date:
        report.add("heard_on", "date_before_birth")
    return report


def _name(p: Person) -> str:
    return " ".join(part for part in (p.surname, p.given_name, p.patronymic) if part)


def _row(o: ChildOpinion, p: Person) -> OpinionRow:
    return OpinionRow(
        id=o.id,
        person_id=o.person_id,
        child_name=_name(p),
        decision=o.decision,
        heard_on=o.heard_on,
        opinion=o.opinion,
        not_heard_reason=o.not_heard_reason,
    )


class OpinionRepository:
    """Children's opinions of a case: who must be heard for a decision, and recording it."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _case(self, s: Session, case_id: int, permission: Permission) -> Case:
        case = s.get_one(Case, case_id)
        check_case(self.store.principal, case, permission)
        return case

    @staticmethod
    def _children(s: Session, case: Case, on: date) -> list[tuple[Person, int]]:
        """The minors of the case's household on ``on`` aged 10 or over, with their age."""
        if case.family_id is None:
            return []
        people = s.scalars(
            select(Person)
            .join(FamilyMember, FamilyMember.person_id == Person.id)
            .where(
                FamilyMember.family_id == case.family_id,
                or_(FamilyMember.until.is_(None), FamilyMember.until > on),
                Person.birth_date.is_not(None),
                Person.birth_date <= on,
            )
            .order_by(Person.birth_date, Person.id)
        ).unique()
        found: list[tuple[Person, int]] = []
        for p in people:
            assert p.birth_date is not None
            age = age_at(p.birth_date, on)
            if OPINION_AGE <= age < ADULT_AGE and all(p.id != q.id for q, _a in found):
                found.append((p, age))
        return found

    def children_to_hear(self, case_id: int, decision: str, on: date) -> list[ChildToHear]:
        """Return each child whose opinion the ``decision`` dated ``on`` needs, heard or not."""
        with self.store.session() as s:
            case = self._case(s, case_id, Permission.PERSONAL_DATA)
            children = self._children(s, case, on)
            latest: dict[int, ChildOpinion] = {}
            if children:
                for o in s.scalars(
                    select(ChildOpinion)
                    .where(
                        ChildOpinion.case_id == case_id,
                        ChildOpinion.decision == decision,
                        ChildOpinion.person_id.in_([p.id for p, _a in children]),
                    )
                    .order_by(ChildOpinion.id)
                ):
                    latest[o.person_id] = o
            return [
                ChildToHear(
                    person_id=p.id,
                    name=_name(p),
                    age=age,
                    opinion=_row(latest[p.id], p) if p.id in latest else None,
                )
                for p, age in children
            ]

    def for_case(self, case_id: int) -> list[OpinionRow]:
        """Return every opinion recorded in a case, in the order recorded."""
        with self.store.session() as s:
            self._case(s, case_id, Permission.PERSONAL_DATA)
            rows = s.execute(
                select(ChildOpinion, Person)
                .join(Person, Person.id == ChildOpinion.person_id)
                .where(ChildOpinion.case_id == case_id)
                .order_by(ChildOpinion.id)
            ).all()
            return [_row(o, p) for o, p in rows]

    def record(self, case_id: int, draft: OpinionDraft, ctx: CaseContext, user: str) -> int:
        """Record a child's opinion in a case; return its id.

        Raises:
            RoleError: not the case's worker, a supervisor or an administrator.
            ValidationError: a rule is broken, the case is closed or the person is no member
                of the case's household; nothing is written.
        """
        with self.store.session(user) as s:
            case = self._case(s, case_id, Permission.EDIT_CASES)
            if case.stage == CLOSED:
                raise refused("stage", "case_closed")
            member = s.scalar(
                select(FamilyMember.id).where(
                    FamilyMember.family_id == case.family_id,
                    FamilyMember.person_id == draft.person_id,
                )
            )
            if case.family_id is None or member is None:
                raise refused("person_id", "opinion_not_a_member")
            person = s.get_one(Person, draft.person_id)
            raise_if_errors(validate_opinion(draft, ctx, person.birth_date))
            reason = draft.not_heard_reason.strip()
            opinion = ChildOpinion(
                person_id=draft.person_id,
                case_id=case_id,
                decision=draft.decision,
                heard_on=None if reason else draft.heard_on,
                opinion="" if reason else draft.opinion.strip(),
                not_heard_reason=reason,
            )
            s.add(opinion)
            s.flush()
            return opinion.id
