"""Families and members from a list, one row per person (reporting.md §3.1, target ``members``).

The exporter (:mod:`exporters.profile_members`) reads and checks the rows and groups them into
households by their ``family_ref``; this module matches them with the store and writes them in
one transaction, all-or-nothing, through the families repository's own rules: the same
validation (:func:`~models.families.validation.validate_family`), roles, the audit trail of
every ORM write and the period lock (a household whose children an approved period counts
refuses the whole import with the lock's error).

Matching:

* a household is found by its ``family_ref`` within a profile: the family created from it gets
  the UUID :func:`family_key` derives from the office, the profile and the reference, so the
  next import of the same list finds it again (no column needed). A household not found so
  finds the one family whose current applicant is the list's applicant (same IIN);
* a person of a found household is its current member with the same IIN, or, without an IIN,
  with the same name key and birth date: the membership is updated;
* any other person with the same IIN in the store is a ``same_iin`` candidate (linked by
  default), one with the same birth date and name key a ``similar_name`` candidate (a new
  person by default, warned). ``links`` (Excel row -> person id, or None for a new person)
  overrides the default; a new person chosen against candidates records "not a duplicate".

Nothing personal is logged: counts only.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from models.errors import QoldauError
from models.families.dto import FamilyDraft, MemberDraft
from models.families.iin import mask_iin, normalize_iin
from models.families.name_keys import person_name_key
from models.families.repository import (
    check_family_access,
    family_draft,
    person_draft,
    write_family,
)
from models.families.tables import Family, FamilyMember, Person
from models.families.validation import CaseContext, validate_family
from models.objects.registry.store import ImportCancelled
from models.reference.roles import Permission, require
from models.reference.tables import Office
from models.store.db import Store

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

SAME_IIN = "same_iin"
SIMILAR_NAME = "similar_name"

#: Member fields a list may give besides the required ones, named as on the member form.
MEMBER_FIELDS = (
    "iin",
    "no_iin_reason",
    "surname",
    "given_name",
    "patronymic",
    "birth_date",
    "sex",
    "relation",
    "citizenship",
    "disability_group",
    "disability_since_childhood",
    "disability_indefinite",
    "disability_review_date",
    "special_needs",
    "pmpk_date",
    "school",
    "employment",
    "care_status",
    "placement_form",
    "police_registered",
    "police_registered_date",
    "school_registered",
    "school_registered_date",
    "since",
)
#: Family fields a list may give, named as on the family form (``kato`` and ``address`` too).
FAMILY_FIELDS = (
    "kato",
    "address",
    "phone",
    "rural",
    "housing_type",
    "heating_type",
    "co_detector",
    "categories",
    "map_level",
    "map_level_date",
    "map_level_source",
    "income_per_person",
    "legal_basis",
    "consent_form",
    "consent_date",
    "consent_recorded_by",
    "statutory_basis",
)
_NAMESPACE = uuid.UUID("6f1c2a52-3c1e-5d0e-9a43-2b8e0d6a7c15")


@dataclass(frozen=True)
class ImportedMember:
    """One person of a list: the row and the member fields it gives (absent ones keep stored
    values of a found person, the form's defaults for a new one)."""

    row: int
    values: Mapping[str, Any]


@dataclass(frozen=True)
class ImportedFamily:
    """One household of a list: its reference, its first row, its fields and its people."""

    ref: str
    row: int
    values: Mapping[str, Any]
    members: tuple[ImportedMember, ...]


@dataclass(frozen=True)
class Candidate:
    """A stored person the row may be: ``kind`` ``same_iin`` or ``similar_name``.

    ``label`` names the person for the one choosing (name, birth date, masked IIN): shown on
    screen, never logged.
    """

    row: int
    kind: str
    person_id: int
    label: str


@dataclass(frozen=True)
class RowIssue:
    """Why a row cannot be written: the Excel row, the field, a stable code and details."""

    row: int | None
    column: str | None
    code: str
    params: Mapping[str, object] = field(default_factory=dict)


class MembersRejected(QoldauError):
    """The list breaks the families' rules; ``issues`` says where. Nothing was written."""

    def __init__(self, issues: Sequence[RowIssue]) -> None:
        super().__init__(f"member list rejected: {len(issues)} problems")
        self.issues = list(issues)


@dataclass(frozen=True)
class MemberPlan:
    """What importing the households would do (nothing written).

    ``families``: ref -> id of the stored family it updates (refs absent are new);
    ``memberships``: row -> the membership it updates; ``candidates``: the duplicates of the
    other rows, by row.
    """

    families: Mapping[str, int]
    memberships: Mapping[int, int]
    candidates: tuple[Candidate, ...]
    warnings: tuple[RowIssue, ...] = ()

    def default_links(self) -> dict[int, int | None]:
        """Row -> person to link: the first ``same_iin`` candidate; other rows are new."""
        links: dict[int, int | None] = {}
        for c in self.candidates:
            if c.kind == SAME_IIN and links.get(c.row) is None:
                links[c.row] = c.person_id
        return links


@dataclass(frozen=True)
class MembersDone:
    """What an import did, in counts (safe to log)."""

    families_new: int
    families_updated: int
    members_new: int
    members_linked: int
    members_updated: int
    warnings: tuple[RowIssue, ...] = ()


def family_key(office_uuid: str, scope: str, ref: str) -> str:
    """Return the UUID of the family made from reference ``ref`` of profile ``scope``.

    Derived (UUID 5) from the office's own random UUID, so the same list in another district
    makes other families and the reference cannot be read back from the UUID.
    """
    space = uuid.uuid5(_NAMESPACE, office_uuid)
    return str(uuid.uuid5(space, f"{scope}\x1f{ref}"))


def _office_uuid(s: Session) -> str:
    return s.scalars(select(Office.uuid).order_by(Office.id)).first() or ""


def _label(p: Person) -> str:
    name = " ".join(x for x in (p.surname, p.given_name, p.patronymic) if x)
    born = p.birth_date.strftime("%d.%m.%Y") if p.birth_date else ""
    iin = mask_iin(p.iin) if p.iin else ""
    return ", ".join(x for x in (name, born, iin) if x)


def _member_key(values: Mapping[str, Any]) -> tuple[str, str, date | None]:
    """(IIN, name key, birth date) of a row or a stored person."""
    return (
        normalize_iin(str(values.get("iin") or "")),
        person_name_key(str(values.get("surname") or ""), str(values.get("given_name") or "")),
        values.get("birth_date"),
    )


def _stored_family(s: Session, family_id: int) -> Family:
    return s.scalars(
        select(Family)
        .where(Family.id == family_id)
        .options(
            selectinload(Family.members).selectinload(FamilyMember.person),
            selectinload(Family.categories),
        )
    ).one()


def _plan(s: Session, families: Sequence[ImportedFamily], scope: str, today: date) -> MemberPlan:
    office = _office_uuid(s)
    keys = {f.ref: family_key(office, scope, f.ref) for f in families}
    found: dict[str, int] = {}
    if keys:
        by_uuid: dict[str, int] = {
            u: i
            for u, i in s.execute(
                select(Family.uuid, Family.id).where(Family.uuid.in_(list(keys.values())))
            )
        }
        found = {ref: by_uuid[k] for ref, k in keys.items() if k in by_uuid}
    iins = {
        iin
        for f in families
        for m in f.members
        if len(iin := normalize_iin(str(m.values.get("iin") or ""))) == 12
    }
    by_iin: dict[str, list[Person]] = {}
    if iins:
        stmt = select(Person).where(Person.iin_key.in_(sorted(iins))).order_by(Person.id)
        for p in s.scalars(stmt):
            by_iin.setdefault(p.iin_key, []).append(p)
    claimed = set(found.values())
    for f in families:
        if f.ref in found:
            continue
        # Entered by hand before: the household whose current applicant is the list's one.
        applicants = [
            p.id
            for m in f.members
            if m.values.get("relation") == "APPLICANT"
            for p in by_iin.get(normalize_iin(str(m.values.get("iin") or "")), [])
        ]
        if not applicants:
            continue
        homes = set(
            s.scalars(
                select(FamilyMember.family_id).where(
                    FamilyMember.person_id.in_(applicants),
                    FamilyMember.relation == "APPLICANT",
                    or_(FamilyMember.until.is_(None), FamilyMember.until > today),
                )
            )
        )
        if len(homes) == 1 and not (homes & claimed):
            found[f.ref] = homes.pop()
            claimed.add(found[f.ref])

    memberships: dict[int, int] = {}
    candidates: list[Candidate] = []
    for f in families:
        current: list[FamilyMember] = []
        if f.ref in found:
            fam = _stored_family(s, found[f.ref])
            current = [mm for mm in fam.members if mm.until is None or mm.until > today]
        used: set[int] = set()
        for m in f.members:
            iin, name_key, born = _member_key(m.values)
            match = None
            for mm in current:
                if mm.id in used:
                    continue
                p = mm.person
                if (iin and p.iin_key == iin) or (
                    not iin
                    and not p.iin_key
                    and born is not None
                    and p.birth_date == born
                    and p.name_key == name_key
                ):
                    match = mm
                    break
            if match is not None:
                used.add(match.id)
                memberships[m.row] = match.id
                continue
            seen: set[int] = set()
            for p in by_iin.get(iin, []) if len(iin) == 12 else []:
                seen.add(p.id)
                candidates.append(Candidate(m.row, SAME_IIN, p.id, _label(p)))
            if born is not None and name_key:
                similar = s.scalars(
                    select(Person)
                    .where(and_(Person.birth_date == born, Person.name_key == name_key))
                    .order_by(Person.id)
                )
                for p in similar:
                    if p.id not in seen:
                        candidates.append(Candidate(m.row, SIMILAR_NAME, p.id, _label(p)))
    return MemberPlan(found, memberships, tuple(candidates))


def plan_members(
    store: Store, families: Sequence[ImportedFamily], *, scope: str, today: date
) -> MemberPlan:
    """Say what importing ``families`` would do: which households and people are found.

    Raises:
        RoleError: the user may not see personal data.
    """
    with store.session() as s:
        require(s, Permission.PERSONAL_DATA)
        return _plan(s, families, scope, today)


# -- writing ---------------------------------------------------------------------------------------


def _overlay(draft: Any, values: Mapping[str, Any], allowed: Iterable[str]) -> Any:
    given = {k: v for k, v in values.items() if k in allowed}
    if "iin" in given and given["iin"]:
        given.setdefault("no_iin_reason", "")
    if "no_iin_reason" in given and given["no_iin_reason"] and "iin" not in given:
        given["iin"] = ""
    return dataclasses.replace(draft, **given)


def _new_member(values: Mapping[str, Any]) -> MemberDraft:
    base = MemberDraft(surname="", given_name="", relation="")
    draft: MemberDraft = _overlay(base, values, MEMBER_FIELDS)
    return draft


@dataclass
class _Counts:
    families_new: int = 0
    families_updated: int = 0
    members_new: int = 0
    members_linked: int = 0
    members_updated: int = 0


def _drafts(
    s: Session,
    f: ImportedFamily,
    plan: MemberPlan,
    links: Mapping[int, int | None],
    counts: _Counts,
    defaults: Mapping[int, int | None],
    default_kato: str,
) -> tuple[FamilyDraft, list[int | None]]:
    """The household as the repository writes it, and the row of each member (None: kept)."""
    fam_id = plan.families.get(f.ref)
    if fam_id is None:
        # A list without KATO codes: the office's own (a new family needs one).
        base = FamilyDraft(kato=str(f.values.get("kato") or default_kato))
        stored: list[MemberDraft] = []
        counts.families_new += 1
    else:
        fam = _stored_family(s, fam_id)
        base = family_draft(fam)
        stored = []
        for mm in fam.members:
            d = person_draft(mm.person, mm.relation)
            stored.append(
                dataclasses.replace(
                    d, since=mm.since, until=mm.until, membership_id=mm.id, person_id=None
                )
            )
        counts.families_updated += 1
    given = {k: v for k, v in f.values.items() if not (k == "kato" and not v)}
    draft: FamilyDraft = _overlay(base, given, FAMILY_FIELDS)
    rows: list[int | None] = [None] * len(stored)
    by_membership = {d.membership_id: i for i, d in enumerate(stored)}
    members = list(stored)
    candidates: dict[int, list[int]] = {}
    for c in plan.candidates:
        candidates.setdefault(c.row, []).append(c.person_id)
    for m in f.members:
        mid = plan.memberships.get(m.row)
        if mid is not None:
            i = by_membership[mid]
            members[i] = _overlay(members[i], m.values, MEMBER_FIELDS)
            rows[i] = m.row
            counts.members_updated += 1
            continue
        link = links.get(m.row) if m.row in links else defaults.get(m.row)
        if link is not None:
            person = s.get_one(Person, link)
            d = person_draft(person, str(m.values.get("relation") or ""))
            members.append(_overlay(d, m.values, MEMBER_FIELDS))
            counts.members_linked += 1
        else:
            d = _new_member(m.values)
            if m.row in links and candidates.get(m.row):
                # Chosen "new" against the candidates shown: remember the decision.
                d = dataclasses.replace(d, not_duplicate_of=tuple(candidates[m.row]))
            members.append(d)
            counts.members_new += 1
        rows.append(m.row)
    return dataclasses.replace(draft, members=tuple(members)), rows


def _row_issues(
    report_issues: Iterable[Any], f: ImportedFamily, rows: list[int | None]
) -> list[RowIssue]:
    """Map the repository's issues (``member.<i>.<field>``) onto Excel rows."""
    out = []
    for issue in report_issues:
        row: int | None = f.row
        column = issue.field
        if column.startswith("member."):
            _, index, column = column.split(".", 2)
            row = rows[int(index)] or f.row
        out.append(RowIssue(row, column, issue.code, dict(issue.params)))
    return out


def _prepare(
    s: Session,
    store: Store,
    families: Sequence[ImportedFamily],
    ctx: CaseContext,
    scope: str,
    links: Mapping[int, int | None],
) -> tuple[MemberPlan, list[tuple[ImportedFamily, FamilyDraft]], list[RowIssue], _Counts]:
    """Match, build and validate every household in ``s``: the drafts, errors and warnings."""
    counts = _Counts()
    plan = _plan(s, families, scope, ctx.today)
    defaults = plan.default_links()
    office_kato = ctx.place.office_kato if ctx.place is not None else ""
    drafts: list[tuple[ImportedFamily, FamilyDraft]] = []
    errors: list[RowIssue] = []
    warnings: list[RowIssue] = []
    for f in families:
        fam_id = plan.families.get(f.ref)
        if fam_id is not None:
            check_family_access(s, store.principal, fam_id)
        draft, rows = _drafts(s, f, plan, links, counts, defaults, office_kato)
        report = validate_family(draft, ctx)
        errors.extend(_row_issues(report.errors, f, rows))
        warnings.extend(_row_issues(report.warnings, f, rows))
        drafts.append((f, draft))
    plan = dataclasses.replace(plan, warnings=tuple(warnings))
    return plan, drafts, errors, counts


def _done(counts: _Counts, warnings: Sequence[RowIssue] = ()) -> MembersDone:
    return MembersDone(
        counts.families_new,
        counts.families_updated,
        counts.members_new,
        counts.members_linked,
        counts.members_updated,
        tuple(warnings),
    )


def check_members(
    store: Store,
    families: Sequence[ImportedFamily],
    ctx: CaseContext,
    *,
    scope: str,
    links: Mapping[int, int | None] | None = None,
) -> tuple[MemberPlan, tuple[RowIssue, ...], MembersDone]:
    """Say what :func:`write_members` would do, without writing: the plan (households and
    people found, duplicate candidates, the rules' warnings by row), the rules' errors by row
    and the counts.

    Raises:
        RoleError: the user may not see personal data.
    """
    with store.session() as s:
        require(s, Permission.PERSONAL_DATA)
        plan, _drafts_, errors, counts = _prepare(s, store, families, ctx, scope, dict(links or {}))
        s.rollback()
    return plan, tuple(errors), _done(counts, plan.warnings)


def write_members(
    store: Store,
    families: Sequence[ImportedFamily],
    ctx: CaseContext,
    *,
    scope: str,
    user: str,
    links: Mapping[int, int | None] | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> MembersDone:
    """Create or update the households of a list in one transaction (all-or-nothing).

    Args:
        families: the checked households (:mod:`exporters.profile_members`).
        ctx: the families' rules context (``FamilyRepository.context``).
        scope: what families' references are unique within (the profile).
        user: the login recorded as author.
        links: Excel row -> person id to link, or None for a new person; rows absent take the
            default (same IIN linked, similar names new).
        progress: called with (households written, households).
        is_cancelled: polled between households; True rolls everything back.

    Raises:
        RoleError: the user may not edit families or import.
        MembersRejected: a household breaks the rules; nothing written.
        PeriodLockedError: a write would change an approved period; nothing written.
        ImportCancelled: cancelled; nothing written.
    """
    total = len(families)
    with store.session(user) as s:
        require(s, Permission.IMPORT)
        require(s, Permission.EDIT_CASES)
        require(s, Permission.PERSONAL_DATA)
        plan, drafts, errors, counts = _prepare(s, store, families, ctx, scope, dict(links or {}))
        if errors:
            raise MembersRejected(errors)
        office = _office_uuid(s)
        for n, (f, draft) in enumerate(drafts):
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(n, total)
            if draft.id is None:
                fam = Family(uuid=family_key(office, scope, f.ref), kato=draft.kato)
                s.add(fam)
                s.flush()
                draft = dataclasses.replace(draft, id=fam.id)
            write_family(s, draft, ctx)
        if progress is not None:
            progress(total, total)
    done = _done(counts, plan.warnings)
    logger.info(
        "member list imported: %d families new, %d updated, %d members new, %d linked, %d updated",
        done.families_new,
        done.families_updated,
        done.members_new,
        done.members_linked,
        done.members_updated,
    )
    return done
