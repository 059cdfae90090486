"""A family's money (brief §3.2, §3.8; issue 14): incomes by source, benefits received in МРП,
the year-indexed МРП table, the poverty lines and the targeted-social-assistance estimate.

Definitions (one place, so the family screen, the tests and any later report agree):

- **Current on a day** ``d``: a membership counts when it started on or before ``d`` (or has no
  start) and has not ended: its ``until`` is empty or after ``d`` (a membership ended on ``d``
  no longer counts on ``d``: the family screen ends a membership "today" when a member
  leaves). An income or benefit counts when ``since`` is empty or on or before ``d`` and
  ``until`` is empty or on or after ``d`` (``until`` is the last day it was received).
- **Per-capita income** on ``d``: the sum of the current monthly incomes divided by the current
  members, rounded to the tiyn. Benefits recorded as benefits are not added: a benefit that is
  income to the family is recorded as an income of source ``BENEFITS`` too (the specialist
  decides what the TSA office counts).
- ``Family.income_per_person`` (older stores, the member-list import) is the **declared**
  per-capita income: kept as it was and still editable; when a family has no current income
  rows the per-capita income falls back to it (``PerCapitaIncome.source == "declared"``), so
  old records keep their meaning. Once incomes are recorded, the computed value wins.
- **МРП of a year**: the ``mrp_rate`` row of that year (no row: None, never a guess).
- **Poverty line** for (year, quarter) of the office: the row of the office's region (its KATO
  region prefix + ``0000000``), else the row for every region (``region_kato`` empty). Its basis
  follows the 2025 rule change (brief §3.8): ``SUBSISTENCE_70`` for years up to 2024,
  ``MEDIAN_35`` (35 % of the regional median, not below 70 % of the subsistence minimum) from
  2025; a line of the wrong basis for its year is refused.
- **TSA estimate** (brief §3.8): ``(poverty line − per-capita income) × members`` a month while
  the per-capita income is below the line, assigned for a quarter (3 months), plus 1.5 МРП of
  the year a month for each current member aged 1 to 6 (from the first birthday to the day
  before the seventh) while the family qualifies. Every input is returned; when one is missing
  the estimate is None with a reason code. It is an estimate, not a decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from sqlalchemy import ColumnElement, and_, delete, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from models.audit.record import DELETE, INSERT, UPDATE, Change, record_session_changes
from models.families.repository import check_family_access
from models.families.tables import BenefitReceived, Family, FamilyMember, MemberIncome, Person
from models.issues import ValidationReport, raise_if_errors, refused
from models.reference.roles import Permission, require_principal, requires
from models.reference.tables import CodeItem, MrpRate, Office, PovertyLine
from models.store.db import Store

#: Bases of a poverty line (brief §3.8) and the first year of the 2025 rule.
SUBSISTENCE_70 = "SUBSISTENCE_70"
MEDIAN_35 = "MEDIAN_35"
BASES = (SUBSISTENCE_70, MEDIAN_35)
MEDIAN_RULE_FROM = 2025
#: Months a TSA assignment covers (assigned quarterly).
MONTHS_OF_QUARTER = 3
#: МРП a month per child aged 1-6 (brief §3.8) and the ages, in whole years.
CHILD_SUPPLEMENT_MRP = Decimal("1.5")
CHILD_AGES = (1, 6)
#: Benefit types paid once (``benefit_types.csv`` notes say "one-off"); the others are monthly.
ONE_OFF_BENEFITS = ("BIRTH", "LOCAL_ONE_OFF")
#: Years an МРП, a benefit or a line may be recorded for.
YEARS = (1995, 2100)

#: Why there is no estimate (message codes, ``ui/messages.py``).
NO_MEMBERS = "tsa_no_members"
NO_INCOME = "tsa_no_income"
NO_LINE = "tsa_no_poverty_line"
NO_MRP = "tsa_no_mrp"

_TIYN = Decimal("0.01")
_Money = TypeVar("_Money", MemberIncome, BenefitReceived)


def basis_for_year(year: int) -> str:
    """Return the basis a poverty line of ``year`` has (the 2025 rule change)."""
    return MEDIAN_35 if year >= MEDIAN_RULE_FROM else SUBSISTENCE_70


def quarter_of(day: date) -> int:
    """Return the quarter (1-4) of ``day``."""
    return (day.month - 1) // 3 + 1


def region_kato_of(office_kato: str) -> str:
    """Return the region code of a poverty line for an office: its 2-digit region + 0000000."""
    return office_kato[:2] + "0000000" if len(office_kato) >= 2 else ""


def age_on(birth: date, day: date) -> int:
    """Return the age in whole years on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _money(value: Decimal) -> Decimal:
    return value.quantize(_TIYN, rounding=ROUND_HALF_UP)


# -- DTOs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncomeDraft:
    """An income to add (``id`` None) or correct: tenge a month by source and member."""

    source: str
    monthly_amount: Decimal
    person_id: int | None = None
    since: date | None = None
    until: date | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class BenefitDraft:
    """A benefit to add or correct: МРП of its year (a month, or once for a one-off type)."""

    benefit_type: str
    amount_mrp: Decimal
    year: int
    person_id: int | None = None
    since: date | None = None
    until: date | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class BenefitRow:
    """A stored benefit and its tenge through the МРП of its year (None: no МРП that year)."""

    draft: BenefitDraft
    mrp: Decimal | None
    tenge: Decimal | None
    one_off: bool


@dataclass(frozen=True)
class PerCapitaIncome:
    """The per-capita income on a day and what it was computed from.

    ``source``: ``incomes`` (computed), ``declared`` (``Family.income_per_person``) or ``""``
    (none: no income recorded and none declared, or no current member).
    """

    at: date
    members: int
    total: Decimal
    per_capita: Decimal | None
    source: str


@dataclass(frozen=True)
class PovertyLineRow:
    """A poverty line: tenge per person a month of a quarter, for a region ('' = every one)."""

    year: int
    quarter: int
    region_kato: str
    tenge: Decimal
    basis: str


@dataclass(frozen=True)
class TsaEstimate:
    """The targeted-social-assistance estimate of a family on a day, with every input.

    ``reason`` is empty when computed, else a message code (``NO_MEMBERS`` ...) and the amounts
    are None. ``eligible`` is False when the per-capita income is not below the line (the
    estimate is then 0).
    """

    at: date
    year: int
    quarter: int
    members: int
    per_capita: Decimal | None
    income_source: str
    line: PovertyLineRow | None
    children_1_6: int
    months: int
    mrp: Decimal | None
    eligible: bool
    base_monthly: Decimal | None
    children_monthly: Decimal | None
    monthly: Decimal | None
    quarter_total: Decimal | None
    reason: str


# -- reading ------------------------------------------------------------------------------------


def _valid_on(
    since: InstrumentedAttribute[date | None], until: InstrumentedAttribute[date | None], day: date
) -> ColumnElement[bool]:
    return and_(or_(since.is_(None), since <= day), or_(until.is_(None), until >= day))


def current_members(s: Session, family_id: int, day: date) -> list[Person]:
    """Return the people who are members of the family on ``day`` (module docstring)."""
    return list(
        s.scalars(
            select(Person)
            .join(FamilyMember, FamilyMember.person_id == Person.id)
            .where(
                FamilyMember.family_id == family_id,
                or_(FamilyMember.since.is_(None), FamilyMember.since <= day),
                or_(FamilyMember.until.is_(None), FamilyMember.until > day),
            )
            .order_by(FamilyMember.id)
        )
    )


def per_capita_income(s: Session, family_id: int, day: date) -> PerCapitaIncome:
    """Return the per-capita income of a family on ``day`` (module docstring)."""
    members = len(current_members(s, family_id, day))
    amounts = list(
        s.scalars(
            select(MemberIncome.monthly_amount).where(
                MemberIncome.family_id == family_id,
                _valid_on(MemberIncome.since, MemberIncome.until, day),
            )
        )
    )
    total = sum((Decimal(a) for a in amounts), Decimal(0))
    if not members:
        return PerCapitaIncome(day, 0, total, None, "")
    if amounts:
        return PerCapitaIncome(day, members, total, _money(total / members), "incomes")
    declared = s.scalar(select(Family.income_per_person).where(Family.id == family_id))
    if declared is not None:
        return PerCapitaIncome(day, members, Decimal(declared) * members, declared, "declared")
    return PerCapitaIncome(day, members, total, None, "")


def mrp_of(s: Session, year: int) -> Decimal | None:
    """Return the МРП of ``year`` in tenge, None when the table has no such year."""
    value = s.scalar(select(MrpRate.tenge).where(MrpRate.year == year))
    return None if value is None else Decimal(value)


def mrp_to_tenge(amount_mrp: Decimal, mrp: Decimal) -> Decimal:
    """Return ``amount_mrp`` МРП in tenge at ``mrp`` tenge an МРП, to the tiyn."""
    return _money(Decimal(amount_mrp) * mrp)


def poverty_line_for(
    s: Session, year: int, quarter: int, office_kato: str
) -> PovertyLineRow | None:
    """Return the line of (year, quarter) for the office's region, else the all-regions one."""
    rows = {
        r.region_kato: r
        for r in s.scalars(
            select(PovertyLine).where(
                PovertyLine.year == year,
                PovertyLine.quarter == quarter,
                PovertyLine.region_kato.in_((region_kato_of(office_kato), "")),
            )
        )
    }
    row = rows.get(region_kato_of(office_kato)) or rows.get("")
    if row is None:
        return None
    return PovertyLineRow(row.year, row.quarter, row.region_kato, Decimal(row.tenge), row.basis)


def tsa_estimate(s: Session, family_id: int, day: date, office_kato: str) -> TsaEstimate:
    """Return the TSA estimate of a family on ``day`` (module docstring; brief §3.8)."""
    year, quarter = day.year, quarter_of(day)
    people = current_members(s, family_id, day)
    income = per_capita_income(s, family_id, day)
    low, high = CHILD_AGES
    children = sum(
        1 for p in people if p.birth_date is not None and low <= age_on(p.birth_date, day) <= high
    )
    line = poverty_line_for(s, year, quarter, office_kato)
    mrp = mrp_of(s, year)
    reason = ""
    if not people:
        reason = NO_MEMBERS
    elif income.per_capita is None:
        reason = NO_INCOME
    elif line is None:
        reason = NO_LINE
    elif mrp is None and children:
        reason = NO_MRP

    def estimate(**amounts: object) -> TsaEstimate:
        return TsaEstimate(
            at=day,
            year=year,
            quarter=quarter,
            members=len(people),
            per_capita=income.per_capita,
            income_source=income.source,
            line=line,
            children_1_6=children,
            months=MONTHS_OF_QUARTER,
            mrp=mrp,
            reason=reason,
            **amounts,  # type: ignore[arg-type]
        )

    if reason or line is None or income.per_capita is None:
        return estimate(
            eligible=False,
            base_monthly=None,
            children_monthly=None,
            monthly=None,
            quarter_total=None,
        )
    eligible = income.per_capita < line.tenge
    base = _money((line.tenge - income.per_capita) * len(people)) if eligible else Decimal(0)
    extra = (
        _money(CHILD_SUPPLEMENT_MRP * children * mrp)
        if eligible and children and mrp is not None
        else Decimal(0)
    )
    return estimate(
        eligible=eligible,
        base_monthly=base,
        children_monthly=extra,
        monthly=base + extra,
        quarter_total=(base + extra) * MONTHS_OF_QUARTER,
    )


def office_kato(s: Session) -> str:
    """Return the KATO code of the store's office ('' when none is set up)."""
    return s.scalar(select(Office.kato).order_by(Office.id)) or ""


# -- validation -------------------------------------------------------------------------------


def _active_codes(s: Session, list_name: str) -> frozenset[str]:
    return frozenset(
        s.scalars(select(CodeItem.code).where(CodeItem.list_name == list_name, CodeItem.active))
    )


def _check_common(
    s: Session,
    report: ValidationReport,
    family_id: int,
    person_id: int | None,
    since: date | None,
    until: date | None,
) -> None:
    if since is not None and until is not None and until < since:
        report.add("until", "until_before_since")
    if person_id is not None:
        member = s.scalar(
            select(FamilyMember.id).where(
                FamilyMember.family_id == family_id, FamilyMember.person_id == person_id
            )
        )
        if member is None:
            report.add("person_id", "not_a_member")


def validate_income(s: Session, family_id: int, draft: IncomeDraft) -> ValidationReport:
    """Check an income: a known source, a positive amount, its dates and member."""
    report = ValidationReport()
    if not draft.source:
        report.add("source", "required")
    elif draft.source not in _active_codes(s, "income_sources"):
        report.add("source", "unknown_code", code=draft.source)
    if draft.monthly_amount < 0:
        report.add("monthly_amount", "negative_amount")
    _check_common(s, report, family_id, draft.person_id, draft.since, draft.until)
    return report


def validate_benefit(s: Session, family_id: int, draft: BenefitDraft) -> ValidationReport:
    """Check a benefit: a known type, a positive amount in МРП, its year, dates and member."""
    report = ValidationReport()
    if not draft.benefit_type:
        report.add("benefit_type", "required")
    elif draft.benefit_type not in _active_codes(s, "benefit_types"):
        report.add("benefit_type", "unknown_code", code=draft.benefit_type)
    if draft.amount_mrp < 0:
        report.add("amount_mrp", "negative_amount")
    if not YEARS[0] <= draft.year <= YEARS[1]:
        report.add("year", "out_of_range", low=YEARS[0], high=YEARS[1])
    _check_common(s, report, family_id, draft.person_id, draft.since, draft.until)
    return report


# -- the repository -----------------------------------------------------------------------------


def _income_draft(r: MemberIncome) -> IncomeDraft:
    return IncomeDraft(
        source=r.source,
        monthly_amount=Decimal(r.monthly_amount),
        person_id=r.person_id,
        since=r.since,
        until=r.until,
        note=r.note,
        id=r.id,
    )


def _benefit_draft(r: BenefitReceived) -> BenefitDraft:
    return BenefitDraft(
        benefit_type=r.benefit_type,
        amount_mrp=Decimal(r.amount_mrp),
        year=r.year,
        person_id=r.person_id,
        since=r.since,
        until=r.until,
        note=r.note,
        id=r.id,
    )


class MoneyRepository:
    """Incomes and benefits of families (audited like the family's other parts), the МРП and
    poverty-line tables (administrators edit them; every change is an audit event)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- incomes and benefits ---------------------------------------------------------------

    @requires(Permission.PERSONAL_DATA)
    def incomes(self, family_id: int) -> list[IncomeDraft]:
        """Return the incomes of a family, ended ones included, oldest first."""
        with self.store.session() as s:
            check_family_access(s, self.store.principal, family_id)
            rows = s.scalars(
                select(MemberIncome)
                .where(MemberIncome.family_id == family_id)
                .order_by(MemberIncome.id)
            )
            return [_income_draft(r) for r in rows]

    @requires(Permission.PERSONAL_DATA)
    def benefits(self, family_id: int) -> list[BenefitRow]:
        """Return the benefits of a family with their tenge at the МРП of their year."""
        with self.store.session() as s:
            check_family_access(s, self.store.principal, family_id)
            rows = list(
                s.scalars(
                    select(BenefitReceived)
                    .where(BenefitReceived.family_id == family_id)
                    .order_by(BenefitReceived.id)
                )
            )
            rates = {
                y: Decimal(t)
                for y, t in s.execute(
                    select(MrpRate.year, MrpRate.tenge).where(
                        MrpRate.year.in_({r.year for r in rows})
                    )
                )
            }
            return [
                BenefitRow(
                    draft=_benefit_draft(r),
                    mrp=rates.get(r.year),
                    tenge=None
                    if r.year not in rates
                    else mrp_to_tenge(Decimal(r.amount_mrp), rates[r.year]),
                    one_off=r.benefit_type in ONE_OFF_BENEFITS,
                )
                for r in rows
            ]

    @requires(Permission.EDIT_CASES)
    def save_income(self, family_id: int, draft: IncomeDraft) -> int:
        """Add or correct an income; return its id.

        Raises:
            ValidationError: a rule is broken; nothing is written.
            RoleError: the role may not edit families, or the family is another worker's.
        """
        with self.store.session() as s:
            check_family_access(s, self.store.principal, family_id)
            raise_if_errors(validate_income(s, family_id, draft))
            income = self._put(s, MemberIncome, family_id, draft)
            income.source = draft.source
            income.monthly_amount = draft.monthly_amount
            s.flush()
            return income.id

    @requires(Permission.EDIT_CASES)
    def save_benefit(self, family_id: int, draft: BenefitDraft) -> int:
        """Add or correct a benefit in МРП of its year; return its id (see :meth:`save_income`)."""
        with self.store.session() as s:
            check_family_access(s, self.store.principal, family_id)
            raise_if_errors(validate_benefit(s, family_id, draft))
            benefit = self._put(s, BenefitReceived, family_id, draft)
            benefit.benefit_type = draft.benefit_type
            benefit.amount_mrp = draft.amount_mrp
            benefit.year = draft.year
            s.flush()
            return benefit.id

    @requires(Permission.EDIT_CASES)
    def remove_income(self, family_id: int, income_id: int) -> None:
        """Remove an income of the family (the audit keeps that it was removed)."""
        self._remove(MemberIncome, family_id, income_id)

    @requires(Permission.EDIT_CASES)
    def remove_benefit(self, family_id: int, benefit_id: int) -> None:
        """Remove a benefit of the family (the audit keeps that it was removed)."""
        self._remove(BenefitReceived, family_id, benefit_id)

    @staticmethod
    def _row(s: Session, cls: type[_Money], family_id: int, oid: int | None) -> _Money | None:
        if oid is None:
            return None
        row = s.get(cls, oid)
        if row is None or row.family_id != family_id:
            raise refused("id", "entry_gone")
        return row

    @classmethod
    def _put(
        cls,
        s: Session,
        kind: type[_Money],
        family_id: int,
        draft: IncomeDraft | BenefitDraft,
    ) -> _Money:
        """Return the row ``draft`` corrects (new when it has no id) with what incomes and
        benefits share written: the member, the term and the note."""
        row = cls._row(s, kind, family_id, draft.id)
        if row is None:
            row = kind(family_id=family_id)
            s.add(row)
        row.person_id = draft.person_id
        row.since, row.until = draft.since, draft.until
        row.note = draft.note.strip()
        return row

    def _remove(self, cls: type[_Money], family_id: int, oid: int) -> None:
        with self.store.session() as s:
            check_family_access(s, self.store.principal, family_id)
            row = self._row(s, cls, family_id, oid)
            s.delete(row)

    # -- figures ----------------------------------------------------------------------------

    @requires(Permission.PERSONAL_DATA)
    def per_capita_income(self, family_id: int, day: date) -> PerCapitaIncome:
        """Return the per-capita income of a family on ``day`` (module docstring)."""
        with self.store.session() as s:
            check_family_access(s, self.store.principal, family_id)
            return per_capita_income(s, family_id, day)

    @requires(Permission.PERSONAL_DATA)
    def tsa_estimate(self, family_id: int, day: date) -> TsaEstimate:
        """Return the TSA estimate of a family on ``day`` for the office's region."""
        with self.store.session() as s:
            check_family_access(s, self.store.principal, family_id)
            return tsa_estimate(s, family_id, day, office_kato(s))

    # -- the МРП and poverty-line tables ----------------------------------------------------

    def mrp_rates(self) -> dict[int, Decimal]:
        """Return the МРП table: year -> tenge, oldest first."""
        require_principal(self.store.principal, Permission.READ)
        with self.store.session() as s:
            return {
                y: Decimal(t)
                for y, t in s.execute(select(MrpRate.year, MrpRate.tenge).order_by(MrpRate.year))
            }

    def mrp(self, year: int) -> Decimal | None:
        """Return the МРП of ``year``, None when the table has none."""
        require_principal(self.store.principal, Permission.READ)
        with self.store.session() as s:
            return mrp_of(s, year)

    @requires(Permission.SETTINGS)
    def set_mrp(self, year: int, tenge: Decimal | None) -> None:
        """Set (or with None remove) the МРП of a year; an audit event records the change.

        Raises:
            ValidationError: a year outside 1995-2100 or an amount not above 0; nothing written.
        """
        if not YEARS[0] <= year <= YEARS[1]:
            raise refused("year", "out_of_range", low=YEARS[0], high=YEARS[1])
        if tenge is not None and tenge <= 0:
            raise refused("tenge", "out_of_range", low=0.01, high=10**9)
        with self.store.session() as s:
            row = s.get(MrpRate, year)
            old = None if row is None else Decimal(row.tenge)
            if tenge is None:
                if row is None:
                    return
                s.delete(row)
                action = DELETE
            elif row is None:
                s.add(MrpRate(year=year, tenge=tenge))
                action = INSERT
            else:
                if old == tenge:
                    return
                row.tenge = tenge
                action = UPDATE
            s.flush()
            fields = {} if action == DELETE else {"tenge": (old, tenge)}
            record_session_changes(s, [Change(action, "mrp_rate", str(year), None, fields)])

    def poverty_lines(self) -> list[PovertyLineRow]:
        """Return the poverty lines, newest year and quarter first, all-regions row first."""
        require_principal(self.store.principal, Permission.READ)
        with self.store.session() as s:
            rows = s.scalars(
                select(PovertyLine).order_by(
                    PovertyLine.year.desc(), PovertyLine.quarter.desc(), PovertyLine.region_kato
                )
            )
            return [
                PovertyLineRow(r.year, r.quarter, r.region_kato, Decimal(r.tenge), r.basis)
                for r in rows
            ]

    def poverty_line(self, year: int, quarter: int) -> PovertyLineRow | None:
        """Return the line of (year, quarter) applied to the office's families."""
        require_principal(self.store.principal, Permission.READ)
        with self.store.session() as s:
            return poverty_line_for(s, year, quarter, office_kato(s))

    @requires(Permission.SETTINGS)
    def set_poverty_line(self, line: PovertyLineRow) -> None:
        """Add or correct the line of (year, quarter, region); an audit event records it.

        Raises:
            ValidationError: a year outside 1995-2100, a quarter outside 1-4, a region code not
                of 9 digits ending 0000000, an amount not above 0, or a basis other than the
                year's (``basis_for_year``: the 2025 rule); nothing is written.
        """
        report = validate_poverty_line(line)
        raise_if_errors(report)
        with self.store.session() as s:
            row = s.scalars(
                select(PovertyLine).where(
                    PovertyLine.year == line.year,
                    PovertyLine.quarter == line.quarter,
                    PovertyLine.region_kato == line.region_kato,
                )
            ).first()
            if row is None:
                row = PovertyLine(
                    year=line.year, quarter=line.quarter, region_kato=line.region_kato
                )
                s.add(row)
                old: tuple[Decimal | None, str | None] = (None, None)
                action = INSERT
            else:
                old = (Decimal(row.tenge), row.basis)
                if old == (line.tenge, line.basis):
                    return
                action = UPDATE
            row.tenge, row.basis = line.tenge, line.basis
            s.flush()
            fields = {"tenge": (old[0], line.tenge), "basis": (old[1], line.basis)}
            changed = {k: v for k, v in fields.items() if v[0] != v[1]}
            record_session_changes(
                s, [Change(action, "poverty_line", _line_key(line), None, changed)]
            )

    @requires(Permission.SETTINGS)
    def remove_poverty_line(self, year: int, quarter: int, region_kato: str) -> None:
        """Remove a line; an audit event records it."""
        with self.store.session() as s:
            done = s.execute(
                delete(PovertyLine).where(
                    PovertyLine.year == year,
                    PovertyLine.quarter == quarter,
                    PovertyLine.region_kato == region_kato,
                )
            )
            if getattr(done, "rowcount", 0):
                key = _line_key(PovertyLineRow(year, quarter, region_kato, Decimal(0), ""))
                record_session_changes(s, [Change(DELETE, "poverty_line", key, None, {})])


def _line_key(line: PovertyLineRow) -> str:
    """The audit's name of a line: ``2026-Q1`` and the region, if any (``2026-Q1-750000000``)."""
    key = f"{line.year}-Q{line.quarter}"
    return f"{key}-{line.region_kato}" if line.region_kato else key


def validate_poverty_line(line: PovertyLineRow) -> ValidationReport:
    """Check a poverty line (see :meth:`MoneyRepository.set_poverty_line`)."""
    report = ValidationReport()
    if not YEARS[0] <= line.year <= YEARS[1]:
        report.add("year", "out_of_range", low=YEARS[0], high=YEARS[1])
    if not 1 <= line.quarter <= 4:
        report.add("quarter", "out_of_range", low=1, high=4)
    kato = line.region_kato
    if kato and not (len(kato) == 9 and kato.isdigit() and kato.endswith("0000000")):
        report.add("region_kato", "kato_format")
    if line.tenge <= 0:
        report.add("tenge", "out_of_range", low=0.01, high=10**9)
    if line.basis not in BASES:
        report.add("basis", "unknown_code", code=line.basis)
    elif line.basis != basis_for_year(line.year):
        report.add("basis", "basis_not_of_year", year=line.year, basis=basis_for_year(line.year))
    return report
