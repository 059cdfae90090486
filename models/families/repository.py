"""Repository of families, people and their memberships; member search and duplicates.

Each call opens its own short session (safe from a worker thread) and returns frozen DTOs.
Every write validates first and raises :class:`~models.issues.ValidationError` with the full
report before anything is written; a refused write leaves the store unchanged.

Searches never read the personal columns (they will be encrypted, brief §6): they use the
derived key columns of :class:`~models.families.tables.Person`, filled here in Python.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, column, func, or_, select, table, tuple_
from sqlalchemy.orm import Session, selectinload

from models.audit.record import OPEN, record_access
from models.families.dto import DuplicateCandidate, FamilyDraft, MemberDraft, MemberRow
from models.families.iin import mask_iin, normalize_iin
from models.families.name_keys import person_name_key
from models.families.tables import DuplicateDecision, Family, FamilyCategory, FamilyMember, Person
from models.families.validation import CaseContext, validate_family, validate_member
from models.issues import raise_if_errors, refused
from models.objects.context import validation_context
from models.reference import settings as domain_settings
from models.reference.roles import Permission, RoleError, allows, requires
from models.reference.tables import CodeItem
from models.store.base import Principal
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
    p.care_status = m.care_status
    p.placement_form = m.placement_form
    p.police_registered = m.police_registered
    p.police_registered_date = m.police_registered_date if m.police_registered else None
    p.school_registered = m.school_registered
    p.school_registered_date = m.school_registered_date if m.school_registered else None
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


def person_draft(p: Person, relation: str, **membership: Any) -> MemberDraft:
    """Return the stored person ``p`` as a member draft with ``relation`` (and the membership's
    ``since``, ``until`` and ``membership_id`` when given): the one mapping of a person's
    columns to the form's draft, so no writer can forget a field."""
    return MemberDraft(
        surname=p.surname,
        given_name=p.given_name,
        relation=relation,
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
        care_status=p.care_status,
        placement_form=p.placement_form,
        police_registered=p.police_registered,
        police_registered_date=p.police_registered_date,
        school_registered=p.school_registered,
        school_registered_date=p.school_registered_date,
        person_id=p.id,
        person_uuid=p.uuid,
        **membership,
    )


def _member_draft(mm: FamilyMember) -> MemberDraft:
    return person_draft(mm.person, mm.relation, since=mm.since, until=mm.until, membership_id=mm.id)


def family_draft(fam: Family, members: tuple[MemberDraft, ...] = ()) -> FamilyDraft:
    """Return the stored household ``fam`` as the form's draft with ``members``: the one
    mapping of a family's columns, so no writer can forget a field."""
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
        consent_scope=fam.consent_scope,
        consent_until=fam.consent_until,
        withdrawal_basis=fam.withdrawal_basis,
        members=members,
        id=fam.id,
        uuid=fam.uuid,
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


def write_family(s: Session, draft: FamilyDraft, ctx: CaseContext) -> Family:
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
    fam.consent_scope = draft.consent_scope.strip()
    fam.consent_until = draft.consent_until
    fam.withdrawal_basis = draft.withdrawal_basis.strip()
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


#: The two columns of the cases table that say whose a family's cases are. The cases package
#: sits above this one, so the table is named here rather than imported (reporting.md §5: a
#: specialist works on the households of their own cases).
_CASE_WORKERS = table("family_case", column("family_id"), column("worker_login"))


def check_family_access(s: Session, principal: Principal, family_id: int) -> None:
    """Refuse with ``RoleError`` a specialist opening or changing a household whose cases are
    all assigned to other workers (a household with no case yet is open to every specialist;
    supervisors and administrators see every household: ``ALL_CASES``)."""
    if allows(principal.role, Permission.ALL_CASES):
        return
    workers = set(
        s.scalars(
            select(_CASE_WORKERS.c.worker_login).where(_CASE_WORKERS.c.family_id == family_id)
        )
    )
    if workers and principal.login not in workers:
        raise RoleError(Permission.ALL_CASES, principal.role)


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
            place=validation_context(self.store, today),
            large_family_minors=large_family,
        )

    # -- families ---------------------------------------------------------------------------

    @requires(Permission.EDIT_CASES)
    def save_family(self, draft: FamilyDraft, ctx: CaseContext, user: str) -> int:
        """Validate and save a household with its members; return the family id.

        Members with ``membership_id`` are corrected; members with only ``person_id`` link an
        existing person (picked among duplicate candidates); others are new people. Current
        memberships missing from the draft end on ``ctx.today`` (the history stays).
        Each member's ``not_duplicate_of`` decisions are kept.

        Raises:
            ValidationError: when a rule is broken; nothing is written.
        """
        raise_if_errors(validate_family(draft, ctx))
        with self.store.session(user) as s:
            if draft.id is not None:
                check_family_access(s, self.store.principal, draft.id)
            return write_family(s, draft, ctx).id

    @requires(Permission.PERSONAL_DATA)
    def get_family(self, family_id: int) -> FamilyDraft:
        """Return a household with all its memberships (ended ones included), oldest first."""
        with self.store.session() as s:
            check_family_access(s, self.store.principal, family_id)
            fam = s.scalars(
                select(Family)
                .where(Family.id == family_id)
                .options(
                    selectinload(Family.members).selectinload(FamilyMember.person),
                    selectinload(Family.categories),
                )
            ).one()
            # Opening a family's personal data is audited (brief §6: views are logged).
            record_access(s, OPEN, "family", fam.uuid, family_uuid=fam.uuid)
            return family_draft(fam, tuple(_member_draft(mm) for mm in fam.members))

    @requires(Permission.EDIT_CASES)
    def add_member(self, family_id: int, member: MemberDraft, ctx: CaseContext, user: str) -> int:
        """Add one member to a household (a new or an existing person); return the membership.

        Raises:
            ValidationError: when a rule is broken; nothing is written.
        """
        raise_if_errors(validate_member(member, ctx))
        with self.store.session(user) as s:
            fam = s.get_one(Family, family_id)
            check_family_access(s, self.store.principal, family_id)
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

    @requires(Permission.EDIT_CASES)
    def end_membership(self, membership_id: int, until: date, user: str) -> None:
        """End a membership (the person left the household); its history stays."""
        with self.store.session(user) as s:
            mm = s.get_one(FamilyMember, membership_id)
            check_family_access(s, self.store.principal, mm.family_id)
            if mm.since is not None and until < mm.since:
                raise refused("until", "until_before_since")
            mm.until = until

    @requires(Permission.PERSONAL_DATA)
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

    @requires(Permission.PERSONAL_DATA)
    def count_members(self, text: str = "", *, by: str = "surname") -> int:
        """Return how many people match a search (see :meth:`search_members`)."""
        column, needle = self._search_column(text, by)
        stmt = select(func.count(Person.id))
        if needle:
            stmt = stmt.where(prefix_condition(column, needle))
        with self.store.session() as s:
            return int(s.scalar(stmt) or 0)

    @requires(Permission.PERSONAL_DATA)
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

    @requires(Permission.PERSONAL_DATA)
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

    @requires(Permission.EDIT_CASES)
    def record_not_duplicate(
        self, person_id: int, other_id: int, on: date, user: str, note: str = ""
    ) -> None:
        """Keep the user's decision that two person records are different people."""
        with self.store.session(user) as s:
            _record_not_duplicate(s, person_id, other_id, on, note.strip())
