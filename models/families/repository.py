"""Repositories of families, people and family-support cases.

Each call opens its own short session (safe from a worker thread) and returns frozen DTOs.
Every write validates first and raises :class:`~models.objects.repository.ValidationError` with the
full report before anything is written; a refused write leaves the store unchanged.

Searches never read the personal columns (they will be encrypted, brief §6): they use the
derived key columns of :class:`~models.families.tables.Person`, filled here in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session, selectinload

from models.cases.rules import (
    ACCOMPANIMENT,
    ASSESSMENT,
    CLOSED,
    IDENTIFIED,
    PLAN,
    REOPENED,
    SIGNAL,
    TransitionError,
    is_restricted,
    validate_transition,
)
from models.families.dto import (
    AssessmentDraft,
    CaseDetail,
    CaseEventRow,
    CaseRow,
    ClosureDraft,
    DuplicateCandidate,
    FamilyDraft,
    MeasureDraft,
    MemberDraft,
    MemberRow,
    PlanDraft,
    RiskFactorDraft,
    ServiceDraft,
    SignalDraft,
    VisitDraft,
    WorkListCounts,
)
from models.families.iin import mask_iin, normalize_iin
from models.families.name_keys import person_name_key
from models.families.tables import (
    EVENT_ASSIGN,
    EVENT_STAGE,
    AssessmentScore,
    Case,
    CaseEvent,
    CaseRiskFactor,
    DuplicateDecision,
    Family,
    FamilyCategory,
    FamilyMember,
    NeedsAssessment,
    Person,
    PlanMeasure,
    ServiceDelivered,
    SupportPlan,
    Visit,
)
from models.families.validation import (
    CaseContext,
    validate_assessment,
    validate_closure,
    validate_family,
    validate_member,
    validate_plan,
    validate_plan_measure,
    validate_risk_factor_codes,
    validate_service,
    validate_signal,
    validate_stage_date,
    validate_visit,
)
from models.objects.repository import ReferenceRepository, ValidationError
from models.objects.validation import ValidationReport
from models.reference import settings as domain_settings
from models.reference.tables import CodeItem
from models.reporting.figures import overdue_condition
from models.store.db import Store
from models.text import like_escape, search_fold

#: Code lists the case rules check.
CASE_CODE_LISTS = (
    "relations",
    "family_categories",
    "family_map_levels",
    "disability_groups",
    "closure_reasons",
    "service_types",
    "signal_sources",
    "risk_factors",
)
#: Stage -> the Case column holding the date the current cycle reached it.
_STAGE_DATE = {
    IDENTIFIED: "identified_date",
    ASSESSMENT: "assessment_date",
    PLAN: "plan_date",
    ACCOMPANIMENT: "accompaniment_date",
    CLOSED: "closed_date",
    REOPENED: "reopened_date",
}
#: Stages at which a case still waits for its plan.
_WAITING_FOR_PLAN = (IDENTIFIED, ASSESSMENT, REOPENED)


def _raise_if_errors(report: ValidationReport) -> None:
    if not report.ok:
        raise ValidationError(report)


def _refused(fld: str, code: str, **params: object) -> ValidationError:
    report = ValidationReport()
    report.add(fld, code, **params)
    return ValidationError(report)


def prefix_condition(column: Any, prefix: str) -> ColumnElement[bool]:
    """Return "``column`` starts with ``prefix``" in a form every backend can answer by index.

    ``LIKE 'x%'`` states the meaning; the range ``>= x AND < x'`` lets SQLite use a plain
    index (its LIKE optimisation needs NOCASE columns) and costs PostgreSQL nothing.
    """
    cond = column.like(like_escape(prefix) + "%", escape="\\")
    last = ord(prefix[-1])
    if last >= 0x10FFFF:
        return and_(cond, column >= prefix)
    return and_(cond, column >= prefix, column < prefix[:-1] + chr(last + 1))


def _fill_person(p: Person, m: MemberDraft) -> None:
    p.iin = normalize_iin(m.iin)
    p.no_iin_reason = "" if p.iin else m.no_iin_reason
    p.surname = " ".join(m.surname.split())
    p.given_name = " ".join(m.given_name.split())
    p.patronymic = " ".join(m.patronymic.split())
    p.birth_date = m.birth_date
    p.sex = m.sex
    p.citizenship = m.citizenship
    p.disability_group = m.disability_group
    p.disability_since_childhood = m.disability_since_childhood
    p.disability_indefinite = m.disability_indefinite
    p.disability_review_date = m.disability_review_date
    p.special_needs = m.special_needs
    p.pmpk_date = m.pmpk_date
    p.school = m.school.strip()
    p.employment = m.employment.strip()
    fill_person_keys(p)


def _linked_person(s: Session, m: MemberDraft) -> Person:
    """The person a new membership links, filled from ``m``: ``m.person_id``'s or a new one."""
    person = Person() if m.person_id is None else s.get_one(Person, m.person_id)
    _fill_person(person, m)
    s.add(person)
    return person


def fill_person_keys(p: Person) -> None:
    """Fill the derived search columns of a person from its personal columns."""
    p.iin_key = p.iin
    p.name_fold = search_fold(f"{p.surname} {p.given_name} {p.patronymic}")
    p.given_fold = search_fold(f"{p.given_name} {p.surname} {p.patronymic}")
    p.name_key = person_name_key(p.surname, p.given_name)


def _member_draft(mm: FamilyMember) -> MemberDraft:
    p = mm.person
    return MemberDraft(
        surname=p.surname,
        given_name=p.given_name,
        relation=mm.relation,
        birth_date=p.birth_date,
        sex=p.sex,
        patronymic=p.patronymic,
        iin=p.iin,
        no_iin_reason=p.no_iin_reason,
        citizenship=p.citizenship,
        disability_group=p.disability_group,
        disability_since_childhood=p.disability_since_childhood,
        disability_indefinite=p.disability_indefinite,
        disability_review_date=p.disability_review_date,
        special_needs=p.special_needs,
        pmpk_date=p.pmpk_date,
        school=p.school,
        employment=p.employment,
        since=mm.since,
        until=mm.until,
        person_id=p.id,
        membership_id=mm.id,
        person_uuid=p.uuid,
    )


def _member_row(p: Person) -> MemberRow:
    return MemberRow(
        person_id=p.id,
        uuid=p.uuid,
        surname=p.surname,
        given_name=p.given_name,
        patronymic=p.patronymic,
        birth_date=p.birth_date,
        sex=p.sex,
        iin_masked=mask_iin(p.iin) if p.iin else "",
    )


def _record_not_duplicate(
    s: Session, person_id: int, other_id: int, on: date, note: str = ""
) -> None:
    if person_id == other_id:
        return
    a, b = sorted((person_id, other_id))
    exists = s.scalar(
        select(DuplicateDecision.id).where(
            DuplicateDecision.person_a_id == a, DuplicateDecision.person_b_id == b
        )
    )
    if exists is None:
        s.add(DuplicateDecision(person_a_id=a, person_b_id=b, decided_on=on, note=note))


def _write_family(s: Session, draft: FamilyDraft, ctx: CaseContext) -> Family:
    """Write a validated household with its members in ``s`` (see ``save_family``)."""
    fam = Family() if draft.id is None else s.get_one(Family, draft.id)
    fam.kato = draft.kato
    fam.address = draft.address.strip()
    fam.phone = draft.phone.strip()
    fam.rural = draft.rural
    fam.housing_type = draft.housing_type
    fam.heating_type = draft.heating_type
    fam.co_detector = draft.co_detector
    fam.income_per_person = draft.income_per_person
    fam.map_level = draft.map_level
    fam.map_level_date = draft.map_level_date if draft.map_level else None
    fam.map_level_source = draft.map_level_source.strip()
    fam.legal_basis = draft.legal_basis
    fam.consent_form = draft.consent_form
    fam.consent_date = draft.consent_date
    fam.consent_recorded_by = draft.consent_recorded_by.strip()
    fam.consent_withdrawn_date = draft.consent_withdrawn_date
    fam.statutory_basis = draft.statutory_basis.strip()
    wanted = list(dict.fromkeys(draft.categories))
    for cat in list(fam.categories):
        if cat.code not in wanted:
            fam.categories.remove(cat)
    have = {c.code for c in fam.categories}
    fam.categories.extend(FamilyCategory(code=c) for c in wanted if c not in have)
    if draft.id is None:
        s.add(fam)
    s.flush()
    kept: set[int] = set()
    for m in draft.members:
        if m.membership_id is not None:
            mm = s.get_one(FamilyMember, m.membership_id)
            if mm.family_id != fam.id:
                raise ValueError(f"membership {m.membership_id} is not of this family")
            _fill_person(mm.person, m)
        else:
            person = _linked_person(s, m)
            mm = FamilyMember(family=fam, person=person, since=m.since or ctx.today)
            s.add(mm)
        mm.relation = m.relation
        if m.since is not None:
            mm.since = m.since
        mm.until = m.until
        s.flush()
        kept.add(mm.id)
        for other in m.not_duplicate_of:
            _record_not_duplicate(s, mm.person_id, other, ctx.today)
    for mm in fam.members:
        if mm.id not in kept and mm.until is None:
            mm.until = ctx.today
    s.flush()
    return fam


def waiting_for_plan_condition(at: date, days: int | None) -> ColumnElement[bool]:
    """Return "waiting for a plan since ``days`` days or more on ``at``" as a condition.

    Waiting means at IDENTIFIED, ASSESSMENT or REOPENED, counted from the reopening when there
    was one, else from the identification. ``days`` None (no limit set) means waiting at all on
    ``at``: the same as 0 days, and nothing is "late" then (the data-quality list says so).
    """
    cutoff = at - timedelta(days=days or 0)
    return and_(
        Case.stage.in_(_WAITING_FOR_PLAN),
        or_(
            and_(Case.reopened_date.is_(None), Case.identified_date <= cutoff),
            Case.reopened_date <= cutoff,
        ),
    )


class FamilyRepository:
    """Households, people and their memberships; member search and duplicate candidates."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- context ----------------------------------------------------------------------------

    def context(self, today: date) -> CaseContext:
        """Return what the case rules need: today, the code lists, the office's territory and
        the large-family threshold (setting ``large_family_minors``)."""
        with self.store.session() as s:
            rows = s.execute(
                select(CodeItem.list_name, CodeItem.code).where(
                    CodeItem.list_name.in_(CASE_CODE_LISTS), CodeItem.active.is_(True)
                )
            ).all()
            large_family = domain_settings.large_family_minors(s)
        codes: dict[str, set[str]] = {name: set() for name in CASE_CODE_LISTS}
        for list_name, code in rows:
            codes[list_name].add(code)
        return CaseContext(
            today=today,
            codes={k: frozenset(v) for k, v in codes.items()},
            place=ReferenceRepository(self.store).context(today),
            large_family_minors=large_family,
        )

    # -- families ---------------------------------------------------------------------------

    def save_family(self, draft: FamilyDraft, ctx: CaseContext, user: str) -> int:
        """Validate and save a household with its members; return the family id.

        Members with ``membership_id`` are corrected; members with only ``person_id`` link an
        existing person (picked among duplicate candidates); others are new people. Current
        memberships missing from the draft end on ``ctx.today`` (the history stays).
        Each member's ``not_duplicate_of`` decisions are kept.

        Raises:
            ValidationError: when a rule is broken; nothing is written.
        """
        _raise_if_errors(validate_family(draft, ctx))
        with self.store.session(user) as s:
            return _write_family(s, draft, ctx).id

    def get_family(self, family_id: int) -> FamilyDraft:
        """Return a household with all its memberships (ended ones included), oldest first."""
        with self.store.session() as s:
            fam = s.scalars(
                select(Family)
                .where(Family.id == family_id)
                .options(
                    selectinload(Family.members).selectinload(FamilyMember.person),
                    selectinload(Family.categories),
                )
            ).one()
            return FamilyDraft(
                kato=fam.kato,
                address=fam.address,
                phone=fam.phone,
                rural=fam.rural,
                housing_type=fam.housing_type,
                heating_type=fam.heating_type,
                co_detector=fam.co_detector,
                categories=tuple(c.code for c in fam.categories),
                map_level=fam.map_level,
                map_level_date=fam.map_level_date,
                map_level_source=fam.map_level_source,
                income_per_person=fam.income_per_person,
                legal_basis=fam.legal_basis,
                consent_form=fam.consent_form,
                consent_date=fam.consent_date,
                consent_recorded_by=fam.consent_recorded_by,
                consent_withdrawn_date=fam.consent_withdrawn_date,
                statutory_basis=fam.statutory_basis,
                members=tuple(_member_draft(mm) for mm in fam.members),
                id=fam.id,
                uuid=fam.uuid,
            )

    def add_member(self, family_id: int, member: MemberDraft, ctx: CaseContext, user: str) -> int:
        """Add one member to a household (a new or an existing person); return the membership.

        Raises:
            ValidationError: when a rule is broken; nothing is written.
        """
        _raise_if_errors(validate_member(member, ctx))
        with self.store.session(user) as s:
            fam = s.get_one(Family, family_id)
            person = _linked_person(s, member)
            mm = FamilyMember(
                family=fam,
                person=person,
                relation=member.relation,
                since=member.since or ctx.today,
                until=member.until,
            )
            s.add(mm)
            s.flush()
            for other in member.not_duplicate_of:
                _record_not_duplicate(s, person.id, other, ctx.today)
            return mm.id

    def end_membership(self, membership_id: int, until: date, user: str) -> None:
        """End a membership (the person left the household); its history stays."""
        with self.store.session(user) as s:
            mm = s.get_one(FamilyMember, membership_id)
            if mm.since is not None and until < mm.since:
                raise _refused("until", "until_before_since")
            mm.until = until

    def person_households(self, person_id: int) -> list[tuple[int, str, date | None, date | None]]:
        """Return (family id, relation, since, until) of every membership of a person."""
        with self.store.session() as s:
            rows = s.execute(
                select(
                    FamilyMember.family_id,
                    FamilyMember.relation,
                    FamilyMember.since,
                    FamilyMember.until,
                )
                .where(FamilyMember.person_id == person_id)
                .order_by(FamilyMember.since, FamilyMember.id)
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]

    # -- member search ----------------------------------------------------------------------

    @staticmethod
    def _search_column(text: str, by: str) -> tuple[Any, str]:
        digits = normalize_iin(text)
        if digits and digits.isascii() and digits.isdigit():
            return Person.iin_key, digits
        return (Person.given_fold if by == "given" else Person.name_fold), search_fold(text)

    def count_members(self, text: str = "", *, by: str = "surname") -> int:
        """Return how many people match a search (see :meth:`search_members`)."""
        column, needle = self._search_column(text, by)
        stmt = select(func.count(Person.id))
        if needle:
            stmt = stmt.where(prefix_condition(column, needle))
        with self.store.session() as s:
            return int(s.scalar(stmt) or 0)

    def search_members(
        self,
        text: str = "",
        *,
        by: str = "surname",
        after: tuple[str, int] | None = None,
        limit: int = 200,
    ) -> list[tuple[tuple[str, int], MemberRow]]:
        """Return the next keyset page of people whose IIN or name starts with ``text``.

        Digits search the IIN; anything else searches the case-folded "surname given
        patronymic" (``by="surname"``) or "given surname" (``by="given"``), so "қас" finds
        "Қасымов". Pages are ordered by the searched key, then id.

        Args:
            text: the prefix typed; empty lists everyone.
            by: ``"surname"`` or ``"given"`` for name searches.
            after: the keyset of the last row of the previous page.
            limit: page size.

        Returns:
            (keyset, row) pairs; pass the last keyset back as ``after``.
        """
        column, needle = self._search_column(text, by)
        stmt = select(Person, column)
        if needle:
            stmt = stmt.where(prefix_condition(column, needle))
        if after is not None:
            stmt = stmt.where(tuple_(column, Person.id) > tuple_(*after))
        stmt = stmt.order_by(column, Person.id).limit(limit)
        with self.store.session() as s:
            return [((key, p.id), _member_row(p)) for p, key in s.execute(stmt)]

    # -- duplicates -------------------------------------------------------------------------

    def duplicate_candidates(
        self, member: MemberDraft, *, exclude_person_id: int | None = None
    ) -> list[DuplicateCandidate]:
        """Return stored people who may be the one being entered.

        A candidate has the same IIN (anywhere in the store), or the same birth date and a
        name with the same phonetic skeleton (Cyrillic/Latin spelling variants). People the
        user declared "not a duplicate" (stored decisions and ``member.not_duplicate_of``)
        and the person itself are left out.
        """
        iin = normalize_iin(member.iin)
        conds = []
        if len(iin) == 12:
            conds.append(Person.iin_key == iin)
        if member.birth_date is not None and (member.surname.strip() or member.given_name.strip()):
            key = person_name_key(member.surname, member.given_name)
            conds.append(and_(Person.birth_date == member.birth_date, Person.name_key == key))
        if not conds:
            return []
        own = exclude_person_id if exclude_person_id is not None else member.person_id
        excluded = set(member.not_duplicate_of)
        with self.store.session() as s:
            stmt = select(Person).where(or_(*conds)).order_by(Person.id)
            if own is not None:
                stmt = stmt.where(Person.id != own)
                for a, b in s.execute(
                    select(DuplicateDecision.person_a_id, DuplicateDecision.person_b_id).where(
                        or_(
                            DuplicateDecision.person_a_id == own,
                            DuplicateDecision.person_b_id == own,
                        )
                    )
                ):
                    excluded.add(b if a == own else a)
            people = [p for p in s.scalars(stmt) if p.id not in excluded]
            families: dict[int, list[int]] = {p.id: [] for p in people}
            if people:
                for pid, fid in s.execute(
                    select(FamilyMember.person_id, FamilyMember.family_id)
                    .where(FamilyMember.person_id.in_(list(families)))
                    .order_by(FamilyMember.id)
                ):
                    families[pid].append(fid)
            return [
                DuplicateCandidate(
                    person_id=p.id,
                    uuid=p.uuid,
                    reason="same_iin" if iin and p.iin_key == iin else "similar_name",
                    surname=p.surname,
                    given_name=p.given_name,
                    patronymic=p.patronymic,
                    birth_date=p.birth_date,
                    iin_masked=mask_iin(p.iin) if p.iin else "",
                    family_ids=tuple(dict.fromkeys(families[p.id])),
                )
                for p in people
            ]

    def record_not_duplicate(
        self, person_id: int, other_id: int, on: date, user: str, note: str = ""
    ) -> None:
        """Keep the user's decision that two person records are different people."""
        with self.store.session(user) as s:
            _record_not_duplicate(s, person_id, other_id, on, note.strip())

    def open_cases_with_iin(self, iin: str, *, exclude_case_id: int | None = None) -> list[str]:
        """Return the numbers of open cases whose household currently has a person with ``iin``.

        The brief (§3.2) asks for a warning when the same IIN is in two open cases.
        """
        iin = normalize_iin(iin)
        if not iin:
            return []
        stmt = (
            select(Case.number)
            .join(FamilyMember, FamilyMember.family_id == Case.family_id)
            .join(Person, Person.id == FamilyMember.person_id)
            .where(Person.iin_key == iin, Case.stage != CLOSED, FamilyMember.until.is_(None))
            .distinct()
            .order_by(Case.number)
        )
        if exclude_case_id is not None:
            stmt = stmt.where(Case.id != exclude_case_id)
        with self.store.session() as s:
            return list(s.scalars(stmt))


class CaseRepository:
    """Cases: opening, life cycle with its event log, plan, visits, services, work lists."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def context(self, today: date) -> CaseContext:
        """Return what the case rules need (see :meth:`FamilyRepository.context`)."""
        return FamilyRepository(self.store).context(today)

    # -- settings ---------------------------------------------------------------------------

    def plan_due_days(self) -> int | None:
        """Return N of "without a plan N days after identification", None when no limit is set.

        No official time limit between stages exists, so the default is none (brief §3.4).
        """
        with self.store.session() as s:
            return domain_settings.plan_due_days(s)

    def set_plan_due_days(self, days: int | None, user: str) -> None:
        """Store N of the "without a plan" work list (None: the office sets no limit)."""
        if days is not None and days < 0:
            raise _refused(domain_settings.PLAN_DUE_DAYS_KEY, "out_of_range", low=0)
        with self.store.session(user) as s:
            value = "" if days is None else str(days)
            domain_settings.write_setting(s, domain_settings.PLAN_DUE_DAYS_KEY, value)

    # -- opening and life cycle -------------------------------------------------------------

    def open_case(self, draft: SignalDraft, ctx: CaseContext, user: str) -> int:
        """Register a signal as a new case at stage SIGNAL; return the case id.

        The number is "<office KATO>-<year of the signal>-<5-digit sequence>", the sequence
        restarting each year. The worker is ``draft.worker_login`` or else ``user``.

        Raises:
            ValidationError: when a rule is broken; nothing is written.
        """
        _raise_if_errors(validate_signal(draft, ctx))
        office = self.store.office()
        year = draft.signal_date.year
        with self.store.session(user) as s:
            if draft.family_id is not None:
                s.get_one(Family, draft.family_id)
            last = s.scalar(
                select(func.max(Case.seq)).where(Case.office_kato == office.kato, Case.year == year)
            )
            seq = (last or 0) + 1
            case = Case(
                number=f"{office.kato}-{year}-{seq:05d}",
                office_kato=office.kato,
                year=year,
                seq=seq,
                family_id=draft.family_id,
                worker_login=draft.worker_login or user,
                stage=SIGNAL,
                signal_date=draft.signal_date,
                signal_source=draft.source,
                signal_source_note=draft.source_note.strip(),
                signal_description=draft.description.strip(),
                anonymous=draft.anonymous,
            )
            case.events.append(
                CaseEvent(kind=EVENT_STAGE, event_date=draft.signal_date, to_stage=SIGNAL)
            )
            s.add(case)
            s.flush()
            return case.id

    def case_number(self, case_id: int) -> str:
        """Return a case's number."""
        with self.store.session() as s:
            return s.get_one(Case, case_id).number

    def set_family(self, case_id: int, family_id: int, user: str) -> None:
        """Link the household a case is about (needed from IDENTIFIED on)."""
        with self.store.session(user) as s:
            s.get_one(Family, family_id)
            s.get_one(Case, case_id).family_id = family_id

    def assign(self, case_id: int, login: str, on: date, user: str, note: str = "") -> None:
        """Assign a case to a worker; the assignment is logged."""
        if not login.strip():
            raise _refused("worker_login", "required")
        with self.store.session(user) as s:
            case = s.get_one(Case, case_id)
            case.events.append(
                CaseEvent(
                    kind=EVENT_ASSIGN,
                    event_date=on,
                    from_stage=case.stage,
                    to_stage=case.stage,
                    reason_code=login.strip(),
                    note=f"{case.worker_login} -> {login.strip()}" + (f": {note}" if note else ""),
                )
            )
            case.worker_login = login.strip()

    @staticmethod
    def _last_stage_date(s: Session, case_id: int) -> date | None:
        return s.scalar(
            select(func.max(CaseEvent.event_date)).where(
                CaseEvent.case_id == case_id, CaseEvent.kind == EVENT_STAGE
            )
        )

    @staticmethod
    def _check_transition(case: Case, target: str) -> None:
        try:
            validate_transition(case.stage, target)
        except TransitionError as exc:
            raise _refused("stage", exc.code, current=exc.current, target=exc.target) from exc

    def _move_issues(
        self,
        s: Session,
        case: Case,
        target: str,
        on: date,
        ctx: CaseContext,
        fld: str = "date",
        *,
        has_family: bool | None = None,
        plan_drawn_up: date | None = None,
    ) -> ValidationReport:
        """Return why ``case`` may not move to ``target`` on ``on`` (an empty report: it may).

        Nothing is written. A refused life-cycle step is reported alone (the other checks mean
        nothing then). ``has_family`` overrides the case's own link (identification links the
        household in the same step); ``plan_drawn_up`` is the date of a plan written in the same
        step, which counts for PLAN.
        """
        report = ValidationReport()
        try:
            validate_transition(case.stage, target)
        except TransitionError as exc:
            report.add("stage", exc.code, current=exc.current, target=exc.target)
            return report
        if not (case.family_id is not None if has_family is None else has_family):
            report.add("family", "family_required")
        last = self._last_stage_date(s, case.id)
        report.issues.extend(validate_stage_date(on, case.signal_date, last, ctx, fld).issues)
        if target == PLAN:
            cycle_start = case.reopened_date or case.signal_date
            has_plan = plan_drawn_up is not None and plan_drawn_up >= cycle_start
            if not has_plan:
                has_plan = bool(
                    s.scalar(
                        select(func.count(SupportPlan.id)).where(
                            SupportPlan.case_id == case.id, SupportPlan.drawn_up >= cycle_start
                        )
                    )
                )
            if not has_plan:
                report.add("plan", "plan_required")
        return report

    @staticmethod
    def _move(case: Case, target: str, on: date, note: str = "") -> None:
        """Record a checked move of ``case`` to ``target`` (event, stage, stage date)."""
        case.events.append(
            CaseEvent(
                kind=EVENT_STAGE,
                event_date=on,
                from_stage=case.stage,
                to_stage=target,
                note=note.strip(),
            )
        )
        case.stage = target
        setattr(case, _STAGE_DATE[target], on)

    def transition(
        self, case_id: int, target: str, on: date, ctx: CaseContext, user: str, note: str = ""
    ) -> None:
        """Move a case to IDENTIFIED, ASSESSMENT, PLAN or ACCOMPANIMENT on ``on``.

        Closing and reopening need a reason: use :meth:`close` and :meth:`reopen`. The steps
        that record something with the move are one write each: :meth:`identify`,
        :meth:`add_assessment` and :meth:`save_plan` with ``advance=True``.

        Raises:
            ValidationError: ``stage`` issues (``transition_refused``, ``needs_reason``...),
                ``family_required`` from IDENTIFIED on, ``plan_required`` for PLAN, or a date
                before the signal or the previous stage; nothing is written.
        """
        if target in (CLOSED, REOPENED):
            raise _refused("stage", "needs_reason", target=target)
        with self.store.session(user) as s:
            case = s.get_one(Case, case_id)
            _raise_if_errors(self._move_issues(s, case, target, on, ctx))
            self._move(case, target, on, note)

    def identify(
        self,
        case_id: int,
        on: date,
        ctx: CaseContext,
        user: str,
        *,
        family_id: int | None = None,
        family: FamilyDraft | None = None,
        note: str = "",
    ) -> int:
        """Confirm a signal: link the household and move the case to IDENTIFIED, as one write.

        The household is ``family_id`` (a stored one) or ``family`` (a new household saved in
        the same transaction); a case already linked may pass neither. Return the family id.

        Raises:
            ValidationError: ``family_required``, the family's own rules, a refused stage or
                date; nothing is written (no household, no link, no stage change).
        """
        if family is not None and family_id is not None:
            raise ValueError("pass family_id or family, not both")
        report = ValidationReport()
        if family is not None:
            report.issues.extend(validate_family(family, ctx).issues)
        with self.store.session(user) as s:
            case = s.get_one(Case, case_id)
            if family_id is not None:
                s.get_one(Family, family_id)  # a stale id is a bug, not a user's slip
            has_family = family is not None or family_id is not None or case.family_id is not None
            report.issues.extend(
                self._move_issues(s, case, IDENTIFIED, on, ctx, has_family=has_family).issues
            )
            _raise_if_errors(report)
            if family is not None:
                case.family_id = _write_family(s, family, ctx).id
            elif family_id is not None:
                case.family_id = family_id
            self._move(case, IDENTIFIED, on, note)
            assert case.family_id is not None
            return case.family_id

    def close(self, case_id: int, draft: ClosureDraft, ctx: CaseContext, user: str) -> None:
        """Close a case with a reason from ``closure_reasons.csv`` (reachable from any stage).

        Raises:
            ValidationError: ``closure_before_signal``, an unknown reason, a missing note for
                OTHER, or a refused transition; nothing is written.
        """
        with self.store.session(user) as s:
            case = s.get_one(Case, case_id)
            self._check_transition(case, CLOSED)
            _raise_if_errors(
                validate_closure(draft, case.signal_date, ctx, self._last_stage_date(s, case_id))
            )
            case.events.append(
                CaseEvent(
                    kind=EVENT_STAGE,
                    event_date=draft.closed_date,
                    from_stage=case.stage,
                    to_stage=CLOSED,
                    reason_code=draft.reason,
                    note=draft.note.strip(),
                )
            )
            case.stage = CLOSED
            case.closed_date = draft.closed_date
            case.closure_reason = draft.reason
            case.closure_note = draft.note.strip()
            case.closure_outcome = draft.outcome.strip()
            case.closure_map_level = draft.map_level

    def reopen(self, case_id: int, on: date, reason: str, ctx: CaseContext, user: str) -> None:
        """Reopen a closed case with a reason; it continues with a new assessment.

        The closure stays in the event log; the current-cycle dates after identification and
        the closure fields are cleared.

        Raises:
            ValidationError: a missing reason, a date before the closure, or a refused
                transition; nothing is written.
        """
        if not reason.strip():
            raise _refused("reason", "required")
        with self.store.session(user) as s:
            case = s.get_one(Case, case_id)
            self._check_transition(case, REOPENED)
            _raise_if_errors(
                validate_stage_date(on, case.signal_date, self._last_stage_date(s, case_id), ctx)
            )
            case.events.append(
                CaseEvent(
                    kind=EVENT_STAGE,
                    event_date=on,
                    from_stage=CLOSED,
                    to_stage=REOPENED,
                    note=reason.strip(),
                )
            )
            case.stage = REOPENED
            case.reopened_date = on
            for column in ("assessment_date", "plan_date", "accompaniment_date", "closed_date"):
                setattr(case, column, None)
            case.closure_reason = case.closure_note = case.closure_outcome = ""
            case.closure_map_level = ""
            # The closed cycle's follow-up lapsed with the closure (reporting.md §2.2): the new
            # cycle has none until its first visit.
            case.next_follow_up = None

    # -- content of a case ------------------------------------------------------------------

    def set_risk_factors(
        self, case_id: int, factors: Sequence[RiskFactorDraft], ctx: CaseContext, user: str
    ) -> None:
        """Replace the risk factors of a case.

        Raises:
            ValidationError: for an unknown code; nothing is written.
        """
        _raise_if_errors(validate_risk_factor_codes([f.code for f in factors], ctx))
        with self.store.session(user) as s:
            case = s.get_one(Case, case_id)
            wanted = {(f.code, f.person_id): f for f in factors}
            for rf in list(case.risk_factors):
                if (rf.code, rf.person_id) not in wanted:
                    case.risk_factors.remove(rf)
            have = {(rf.code, rf.person_id) for rf in case.risk_factors}
            for key, f in wanted.items():
                if key not in have:
                    case.risk_factors.append(
                        CaseRiskFactor(
                            code=f.code, person_id=f.person_id, noted_date=f.noted_date or ctx.today
                        )
                    )

    def _case_for_write(self, s: Session, case_id: int) -> Case:
        case = s.get_one(Case, case_id)
        if case.stage == CLOSED:
            raise _refused("stage", "case_closed")
        return case

    def add_assessment(
        self,
        case_id: int,
        draft: AssessmentDraft,
        ctx: CaseContext,
        user: str,
        *,
        advance: bool = False,
    ) -> int:
        """Record a needs assessment scored by domain; return its id.

        With ``advance`` the case also moves to ASSESSMENT on the assessment date, in the same
        transaction: both are written or neither.

        Raises:
            ValidationError: for a bad date, domain or score, a closed case, or (``advance``)
                a refused stage change; nothing is written.
        """
        with self.store.session(user) as s:
            case = self._case_for_write(s, case_id)
            report = validate_assessment(draft, case.signal_date, ctx)
            if advance:
                report.issues.extend(
                    self._move_issues(
                        s, case, ASSESSMENT, draft.assessed_on, ctx, "assessed_on"
                    ).issues
                )
            _raise_if_errors(report)
            if advance:
                self._move(case, ASSESSMENT, draft.assessed_on)
            a = NeedsAssessment(
                assessed_on=draft.assessed_on,
                instruments=draft.instruments.strip(),
                summary=draft.summary.strip(),
                scores=[AssessmentScore(domain=d, score=v) for d, v in draft.scores.items()],
            )
            case.assessments.append(a)
            s.flush()
            return a.id

    def save_plan(
        self,
        case_id: int,
        draft: PlanDraft,
        ctx: CaseContext,
        user: str,
        *,
        advance: bool = False,
    ) -> int:
        """Save a support plan: a new version when ``draft.id`` is None, else a correction.

        With ``advance`` the case also moves to PLAN on the plan date, in the same transaction:
        a refused move writes no plan, so trying again never leaves a second version behind.

        Raises:
            ValidationError: ``measure_without_due_date`` and the other plan rules, or
                (``advance``) a refused stage change; nothing is written.
        """
        with self.store.session(user) as s:
            case = self._case_for_write(s, case_id)
            report = validate_plan(draft, case.signal_date, ctx)
            if advance:
                report.issues.extend(
                    self._move_issues(
                        s, case, PLAN, draft.drawn_up, ctx, "drawn_up", plan_drawn_up=draft.drawn_up
                    ).issues
                )
            _raise_if_errors(report)
            if advance:
                self._move(case, PLAN, draft.drawn_up)
            if draft.id is None:
                last = s.scalar(
                    select(func.max(SupportPlan.version)).where(SupportPlan.case_id == case_id)
                )
                plan = SupportPlan(version=(last or 0) + 1, drawn_up=draft.drawn_up)
                case.plans.append(plan)
            else:
                plan = s.get_one(SupportPlan, draft.id)
                if plan.case_id != case_id:
                    raise ValueError(f"plan {draft.id} is not of case {case_id}")
            plan.drawn_up = draft.drawn_up
            plan.review_date = draft.review_date
            plan.note = draft.note.strip()
            by_id = {m.id: m for m in plan.measures}
            kept: set[int] = set()
            for md in draft.measures:
                measure = by_id.get(md.id) if md.id is not None else None
                if measure is None:
                    measure = PlanMeasure()
                    plan.measures.append(measure)
                else:
                    kept.add(measure.id)
                measure.service_type = md.service_type
                measure.description = md.description.strip()
                measure.agency = md.agency.strip()
                measure.due_date = md.due_date
                measure.status = md.status
                measure.done_date = md.done_date
                measure.person_id = md.person_id
            for mid, measure in by_id.items():
                if mid not in kept:
                    plan.measures.remove(measure)
            s.flush()
            return plan.id

    def set_measure_status(
        self,
        measure_id: int,
        status: str,
        done_date: date | None,
        ctx: CaseContext,
        user: str,
    ) -> None:
        """Update the status of a plan measure (DONE needs the date it was done).

        Raises:
            ValidationError: for an unknown status or a missing or future done date.
        """
        with self.store.session(user) as s:
            m = s.get_one(PlanMeasure, measure_id)
            draft = MeasureDraft(
                service_type=m.service_type,
                due_date=m.due_date,
                status=status,
                done_date=done_date,
            )
            report = validate_plan_measure(draft, ctx)
            report.issues[:] = [i for i in report.issues if i.field != "due_date"]
            _raise_if_errors(report)
            m.status = status
            m.done_date = done_date

    def add_visit(self, case_id: int, draft: VisitDraft, ctx: CaseContext, user: str) -> int:
        """Record a visit or contact; the case's next follow-up becomes the latest visit's.

        Only visits of the current cycle (from the signal or the last reopening) count: a
        follow-up set before a closure lapsed with it.

        Raises:
            ValidationError: ``visit_before_signal`` and the other visit rules; nothing is
                written.
        """
        with self.store.session(user) as s:
            case = self._case_for_write(s, case_id)
            _raise_if_errors(validate_visit(draft, case.signal_date, ctx))
            visit = Visit(
                visit_date=draft.visit_date,
                kind=draft.kind,
                participants=draft.participants.strip(),
                child_seen=draft.child_seen,
                findings=draft.findings.strip(),
                risk_level=draft.risk_level,
                next_due=draft.next_due,
            )
            case.visits.append(visit)
            s.flush()
            cycle_start = case.reopened_date or case.signal_date
            case.next_follow_up = s.execute(
                select(Visit.next_due)
                .where(Visit.case_id == case_id, Visit.visit_date >= cycle_start)
                .order_by(Visit.visit_date.desc(), Visit.id.desc())
                .limit(1)
            ).scalar()
            return visit.id

    def add_service(self, case_id: int, draft: ServiceDraft, ctx: CaseContext, user: str) -> int:
        """Record a service delivered; return its id.

        Raises:
            ValidationError: for an unknown type, a bad date or a negative amount.
        """
        with self.store.session(user) as s:
            case = self._case_for_write(s, case_id)
            _raise_if_errors(validate_service(draft, case.signal_date, ctx))
            svc = ServiceDelivered(
                service_type=draft.service_type,
                delivered_on=draft.delivered_on,
                provider=draft.provider.strip(),
                staff=draft.staff.strip(),
                quantity=draft.quantity,
                amount=draft.amount,
                person_id=draft.person_id,
                note=draft.note.strip(),
            )
            case.services.append(svc)
            s.flush()
            return svc.id

    def get_case(self, case_id: int) -> CaseDetail:
        """Return everything recorded about a case (restricted risk factors included)."""
        with self.store.session() as s:
            c = s.scalars(
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
            return CaseDetail(
                id=c.id,
                uuid=c.uuid,
                number=c.number,
                stage=c.stage,
                worker_login=c.worker_login,
                family_id=c.family_id,
                signal=SignalDraft(
                    signal_date=c.signal_date,
                    source=c.signal_source,
                    description=c.signal_description,
                    anonymous=c.anonymous,
                    source_note=c.signal_source_note,
                    worker_login=c.worker_login,
                    family_id=c.family_id,
                ),
                identified_date=c.identified_date,
                assessment_date=c.assessment_date,
                plan_date=c.plan_date,
                accompaniment_date=c.accompaniment_date,
                closed_date=c.closed_date,
                reopened_date=c.reopened_date,
                closure=(
                    ClosureDraft(
                        c.closed_date,
                        c.closure_reason,
                        c.closure_note,
                        c.closure_outcome,
                        c.closure_map_level,
                    )
                    if c.stage == CLOSED and c.closed_date is not None
                    else None
                ),
                next_follow_up=c.next_follow_up,
                risk_factors=tuple(
                    RiskFactorDraft(r.code, r.person_id, r.noted_date) for r in c.risk_factors
                ),
                assessments=tuple(
                    AssessmentDraft(
                        a.assessed_on,
                        {sc.domain: sc.score for sc in a.scores},
                        a.instruments,
                        a.summary,
                    )
                    for a in c.assessments
                ),
                plans=tuple(
                    PlanDraft(
                        drawn_up=p.drawn_up,
                        measures=tuple(
                            MeasureDraft(
                                m.service_type,
                                m.due_date,
                                m.agency,
                                m.description,
                                m.status,
                                m.done_date,
                                m.person_id,
                                m.id,
                            )
                            for m in p.measures
                        ),
                        review_date=p.review_date,
                        note=p.note,
                        id=p.id,
                        version=p.version,
                    )
                    for p in c.plans
                ),
                visits=tuple(
                    VisitDraft(
                        v.visit_date,
                        v.kind,
                        v.participants,
                        v.child_seen,
                        v.findings,
                        v.risk_level,
                        v.next_due,
                        v.id,
                    )
                    for v in c.visits
                ),
                services=tuple(
                    ServiceDraft(
                        sv.service_type,
                        sv.delivered_on,
                        sv.provider,
                        sv.staff,
                        sv.quantity,
                        sv.amount,
                        sv.person_id,
                        sv.note,
                        sv.id,
                    )
                    for sv in c.services
                ),
                events=tuple(
                    CaseEventRow(
                        e.kind,
                        e.event_date,
                        e.from_stage,
                        e.to_stage,
                        e.reason_code,
                        e.note,
                        e.created_by,
                    )
                    for e in c.events
                ),
            )

    # -- work lists -------------------------------------------------------------------------

    def _rows(self, s: Session, cases: Iterable[Case]) -> list[CaseRow]:
        cases = list(cases)
        family_ids = {c.family_id for c in cases if c.family_id is not None}
        names: dict[int, str] = {}
        katos: dict[int, str] = {}
        if family_ids:
            for fid, kato in s.execute(
                select(Family.id, Family.kato).where(Family.id.in_(family_ids))
            ):
                katos[fid] = kato
            for fid, surname, given in s.execute(
                select(FamilyMember.family_id, Person.surname, Person.given_name)
                .join(Person, Person.id == FamilyMember.person_id)
                .where(
                    FamilyMember.family_id.in_(family_ids),
                    FamilyMember.relation == "APPLICANT",
                    FamilyMember.until.is_(None),
                )
                .order_by(FamilyMember.id)
            ):
                names.setdefault(fid, f"{surname} {given}")
        risks: dict[int, list[str]] = {c.id: [] for c in cases}
        if cases:
            for cid, code in s.execute(
                select(CaseRiskFactor.case_id, CaseRiskFactor.code)
                .where(CaseRiskFactor.case_id.in_(list(risks)))
                .order_by(CaseRiskFactor.id)
            ):
                # Restricted-access factors never leave the case screen (brief §3.5, §6).
                if not is_restricted(code) and code not in risks[cid]:
                    risks[cid].append(code)
        return [
            CaseRow(
                id=c.id,
                uuid=c.uuid,
                number=c.number,
                stage=c.stage,
                worker_login=c.worker_login,
                family_id=c.family_id,
                family_name=names.get(c.family_id, "") if c.family_id else "",
                kato=katos.get(c.family_id, "") if c.family_id else "",
                signal_date=c.signal_date,
                identified_date=c.identified_date,
                next_follow_up=c.next_follow_up,
                risk_factors=tuple(risks[c.id]),
            )
            for c in cases
        ]

    @staticmethod
    def _week_end(at: date) -> date:
        return at + timedelta(days=6 - at.weekday())

    # Each work list has one condition, shared by the list and by :meth:`work_list_counts`, so
    # the count on the main window is always the length of the list it opens.

    @staticmethod
    def _open_condition() -> ColumnElement[bool]:
        return Case.stage != CLOSED

    def _due_this_week_condition(self, at: date) -> ColumnElement[bool]:
        return and_(
            Case.stage != CLOSED,
            Case.next_follow_up >= at,
            Case.next_follow_up <= self._week_end(at),
        )

    @staticmethod
    def _overdue_condition(at: date) -> ColumnElement[bool]:
        # The B1 rule itself (reporting.md §2.2), so the list, the counts, the dashboard, the
        # printed report and the quality list give one number for one date.
        return overdue_condition(at)

    def _without_plan_condition(self, at: date) -> ColumnElement[bool]:
        return waiting_for_plan_condition(at, self.plan_due_days())

    def _work_list(
        self, condition: ColumnElement[bool], login: str | None, *order: Any
    ) -> list[CaseRow]:
        """The cases meeting ``condition`` (and of ``login`` unless None), in ``order``."""
        stmt = select(Case).where(condition)
        if login is not None:
            stmt = stmt.where(Case.worker_login == login)
        with self.store.session() as s:
            return self._rows(s, s.scalars(stmt.order_by(*order, Case.id)))

    def my_open_cases(self, login: str) -> list[CaseRow]:
        """Return the open cases assigned to ``login``, oldest signal first."""
        return self.open_cases(login)

    def open_cases(self, login: str | None = None) -> list[CaseRow]:
        """Return every open case (or ``login``'s), oldest signal first."""
        return self._work_list(self._open_condition(), login, Case.signal_date)

    def follow_ups_due_this_week(self, at: date, login: str | None = None) -> list[CaseRow]:
        """Return open cases whose next follow-up falls from ``at`` to the Sunday of its week.

        Overdue follow-ups (before ``at``) are in :meth:`overdue_follow_ups` instead.
        """
        return self._work_list(self._due_this_week_condition(at), login, Case.next_follow_up)

    def overdue_follow_ups(self, at: date, login: str | None = None) -> list[CaseRow]:
        """Return the cases overdue on ``at``: :func:`models.reporting.figures.overdue_condition`.

        Open on ``at``, the current cycle's latest visit set a follow-up before ``at`` and no
        visit is dated from then up to ``at``; a closed cycle's follow-up has lapsed.
        """
        return self._work_list(self._overdue_condition(at), login, Case.next_follow_up)

    def cases_without_plan(self, at: date, login: str | None = None) -> list[CaseRow]:
        """Return cases still waiting for a plan N days or more after identification.

        Waiting means at IDENTIFIED, ASSESSMENT or REOPENED; a reopened case counts from its
        reopening. N is the ``case_plan_due_days`` setting; with no limit set (the default)
        every case waiting for a plan on ``at`` is listed, longest wait first.
        """
        waiting_since = func.coalesce(Case.reopened_date, Case.identified_date)
        return self._work_list(self._without_plan_condition(at), login, waiting_since)

    def work_list_counts(self, login: str, at: date) -> WorkListCounts:
        """Return the counts shown on the main window for ``login`` at ``at``.

        The follow-up and plan counts are the worker's own cases.
        """
        mine = select(func.count(Case.id)).where(Case.worker_login == login)
        # Read before the session: the plan condition reads the plan-due setting.
        without_plan = self._without_plan_condition(at)
        with self.store.session() as s:

            def count(condition: ColumnElement[bool]) -> int:
                return int(s.scalar(mine.where(condition)) or 0)

            return WorkListCounts(
                my_open=count(self._open_condition()),
                due_this_week=count(self._due_this_week_condition(at)),
                overdue=count(self._overdue_condition(at)),
                without_plan=count(without_plan),
            )
