"""A family's money (issue 14, brief §3.8): incomes, benefits in МРП, the МРП and poverty-line
tables, per-capita income and the TSA estimate, checked against hand-computed values."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.audit.tables import AuditEvent
from models.families.dto import FamilyDraft, MemberDraft
from models.families.money import (
    MEDIAN_35,
    NO_LINE,
    NO_MRP,
    SUBSISTENCE_70,
    BenefitDraft,
    IncomeDraft,
    MoneyRepository,
    PovertyLineRow,
    basis_for_year,
)
from models.families.repository import FamilyRepository
from models.families.tables import BenefitReceived, MemberIncome
from models.issues import ValidationError
from models.reference.roles import RoleError
from models.reference.tables import MrpRate, PovertyLine
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY

#: TODAY is 20.11.2026: the 4th quarter of 2026. The office (Akkol district, 113200000) is in
#: region 11 (Akmola): its regional line is 110000000.
REGION = "110000000"


def member(given: str, relation: str, birth: date, sex: str = "F") -> MemberDraft:
    return MemberDraft(
        surname="Сейтова",
        given_name=given,
        relation=relation,
        birth_date=birth,
        sex=sex,
        no_iin_reason="NOT_ISSUED",
    )


MEMBERS = (
    member("Айгүл", "APPLICANT", date(1990, 4, 12)),
    member("Дана", "DAUGHTER", date(2012, 2, 1)),  # 14: not 1-6
    member("Әли", "SON", date(2022, 5, 1), "M"),  # 4
    member("Ерлан", "SON", date(2024, 11, 20), "M"),  # 2 on TODAY (birthday)
    member("Күләш", "GRANDMOTHER", date(1958, 1, 5)),
)
FAMILY = FamilyDraft(
    kato="113220100",
    address="Ақкөл қ., Абай к-сі, 5",
    rural=False,
    categories=("LOW_INCOME",),
    legal_basis="STATUTORY",
    statutory_basis="Social Code art. 133",
    members=MEMBERS,
)


@pytest.fixture
def money(store: Store) -> MoneyRepository:
    return MoneyRepository(store)


@pytest.fixture
def family_id(store: Store) -> int:
    repo = FamilyRepository(store)
    return repo.save_family(FAMILY, repo.context(TODAY), "admin")


def person_ids(store: Store, family_id: int) -> list[int]:
    draft = FamilyRepository(store).get_family(family_id)
    return [m.person_id for m in draft.members if m.person_id is not None]


def counts(store: Store) -> tuple[int, int, int, int]:
    with store.session() as s:
        return tuple(  # type: ignore[return-value]
            int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in (MemberIncome, BenefitReceived, PovertyLine, MrpRate)
        )


def test_the_mrp_table_holds_the_brief_years(money: MoneyRepository) -> None:
    rates = money.mrp_rates()
    assert rates[2023] == Decimal("3450")
    assert rates[2024] == Decimal("3692")
    assert rates[2025] == Decimal("3932")
    assert rates[2026] == Decimal("4325")
    assert (rates[2005], rates[2006]) == (Decimal("995"), Decimal("1030"))


def test_per_capita_income_and_tsa_by_hand(
    store: Store, money: MoneyRepository, family_id: int
) -> None:
    """5 members, wages 90,000 + pension 35,000 = 125,000 a month: 25,000 a person.

    Line 40,000: (40,000 - 25,000) x 5 = 75,000 a month; two children aged 1-6 (4 and 2) get
    1.5 МРП x 4,325 = 6,487.50 each: 12,975 a month; 87,975 a month, 263,925 for the quarter.
    """
    ids = person_ids(store, family_id)
    money.save_income(family_id, IncomeDraft("WAGES", Decimal("90000"), person_id=ids[0]))
    money.save_income(family_id, IncomeDraft("PENSION", Decimal("35000"), person_id=ids[4]))
    # An income that ended before TODAY does not count.
    money.save_income(family_id, IncomeDraft("ALIMONY", Decimal("20000"), until=date(2026, 6, 30)))
    money.set_poverty_line(PovertyLineRow(2026, 4, "", Decimal("40000"), MEDIAN_35))

    income = money.per_capita_income(family_id, TODAY)
    assert (income.members, income.total, income.per_capita) == (
        5,
        Decimal("125000"),
        Decimal("25000.00"),
    )
    assert income.source == "incomes"

    tsa = money.tsa_estimate(family_id, TODAY)
    assert tsa.reason == ""
    assert (tsa.year, tsa.quarter, tsa.months) == (2026, 4, 3)
    assert tsa.line is not None and tsa.line.tenge == Decimal("40000")
    assert (tsa.line.region_kato, tsa.line.basis) == ("", MEDIAN_35)
    assert (tsa.members, tsa.children_1_6, tsa.mrp) == (5, 2, Decimal("4325"))
    assert tsa.eligible
    assert tsa.base_monthly == Decimal("75000.00")
    assert tsa.children_monthly == Decimal("12975.00")
    assert tsa.monthly == Decimal("87975.00")
    assert tsa.quarter_total == Decimal("263925.00")

    # The office's own regional line wins over the all-regions one.
    money.set_poverty_line(PovertyLineRow(2026, 4, REGION, Decimal("42000"), MEDIAN_35))
    tsa = money.tsa_estimate(family_id, TODAY)
    assert tsa.line is not None and tsa.line.region_kato == REGION
    # (42,000 - 25,000) x 5 = 85,000 + 12,975 = 97,975.
    assert tsa.monthly == Decimal("97975.00")


def test_a_child_the_day_before_a_first_birthday_does_not_count(store: Store) -> None:
    repo = FamilyRepository(store)
    baby = member("Ерлан", "SON", date(2025, 11, 21), "M")  # a year old the day after TODAY
    fid = repo.save_family(
        replace(FAMILY, members=(*MEMBERS[:3], baby, MEMBERS[4])), repo.context(TODAY), "admin"
    )
    money = MoneyRepository(store)
    money.save_income(fid, IncomeDraft("WAGES", Decimal("100000")))
    money.set_poverty_line(PovertyLineRow(2026, 4, "", Decimal("40000"), MEDIAN_35))
    tsa = money.tsa_estimate(fid, TODAY)
    assert tsa.children_1_6 == 1
    # (40,000 - 20,000) x 5 = 100,000; 1.5 x 4,325 = 6,487.50: 106,487.50 a month.
    assert tsa.monthly == Decimal("106487.50")


def test_income_at_or_above_the_line_estimates_nothing(
    money: MoneyRepository, family_id: int
) -> None:
    money.save_income(family_id, IncomeDraft("WAGES", Decimal("200000")))
    money.set_poverty_line(PovertyLineRow(2026, 4, "", Decimal("40000"), MEDIAN_35))
    tsa = money.tsa_estimate(family_id, TODAY)
    assert tsa.reason == "" and not tsa.eligible
    assert (tsa.monthly, tsa.quarter_total) == (Decimal(0), Decimal(0))


def test_a_missing_line_gives_no_estimate_with_its_reason(
    money: MoneyRepository, family_id: int
) -> None:
    money.save_income(family_id, IncomeDraft("WAGES", Decimal("90000")))
    # A line of another quarter is not this quarter's.
    money.set_poverty_line(PovertyLineRow(2026, 3, "", Decimal("40000"), MEDIAN_35))
    tsa = money.tsa_estimate(family_id, TODAY)
    assert tsa.reason == NO_LINE
    assert tsa.monthly is None and tsa.quarter_total is None
    # The inputs known are still shown.
    assert (tsa.members, tsa.per_capita, tsa.children_1_6) == (5, Decimal("18000.00"), 2)


def test_a_missing_mrp_gives_no_estimate_when_children_need_it(
    money: MoneyRepository, family_id: int
) -> None:
    money.save_income(family_id, IncomeDraft("WAGES", Decimal("90000")))
    money.set_poverty_line(PovertyLineRow(2026, 4, "", Decimal("40000"), MEDIAN_35))
    money.set_mrp(2026, None)
    tsa = money.tsa_estimate(family_id, TODAY)
    assert tsa.reason == NO_MRP and tsa.monthly is None


def test_the_declared_income_is_used_without_income_rows(
    store: Store, money: MoneyRepository
) -> None:
    repo = FamilyRepository(store)
    fid = repo.save_family(
        replace(FAMILY, income_per_person=Decimal("30000")), repo.context(TODAY), "admin"
    )
    income = money.per_capita_income(fid, TODAY)
    assert (income.per_capita, income.source) == (Decimal("30000.00"), "declared")
    money.save_income(fid, IncomeDraft("WAGES", Decimal("50000")))
    income = money.per_capita_income(fid, TODAY)
    assert (income.per_capita, income.source) == (Decimal("10000.00"), "incomes")


def test_the_2025_rule_sets_the_basis_of_a_line(store: Store, money: MoneyRepository) -> None:
    assert basis_for_year(2024) == SUBSISTENCE_70
    assert basis_for_year(2025) == MEDIAN_35
    money.set_poverty_line(PovertyLineRow(2024, 4, "", Decimal("29000"), SUBSISTENCE_70))
    before = counts(store)
    for wrong in (
        PovertyLineRow(2024, 1, "", Decimal("29000"), MEDIAN_35),
        PovertyLineRow(2025, 1, "", Decimal("30000"), SUBSISTENCE_70),
    ):
        with pytest.raises(ValidationError) as refused:
            money.set_poverty_line(wrong)
        assert [i.code for i in refused.value.report.issues] == ["basis_not_of_year"]
    with pytest.raises(ValidationError):
        money.set_poverty_line(PovertyLineRow(2026, 5, "11", Decimal("0"), MEDIAN_35))
    assert counts(store) == before
    assert money.poverty_line(2024, 4) == PovertyLineRow(
        2024, 4, "", Decimal("29000.00"), SUBSISTENCE_70
    )


def test_benefits_show_in_tenge_by_the_mrp_of_their_year(
    store: Store, money: MoneyRepository, family_id: int
) -> None:
    ids = person_ids(store, family_id)
    money.save_benefit(family_id, BenefitDraft("LARGE_FAMILY", Decimal("16.03"), 2025))
    money.save_benefit(
        family_id, BenefitDraft("GUARDIANSHIP", Decimal("10"), 2026, person_id=ids[1])
    )
    money.save_benefit(family_id, BenefitDraft("BIRTH", Decimal("38"), 2024))
    money.save_benefit(family_id, BenefitDraft("OTHER", Decimal("2"), 2019))
    rows = money.benefits(family_id)
    # 16.03 x 3,932 = 63,029.96; 10 x 4,325 = 43,250; 38 x 3,692 = 140,296; 2019 has no МРП.
    assert [(r.draft.year, r.mrp, r.tenge, r.one_off) for r in rows] == [
        (2025, Decimal("3932"), Decimal("63029.96"), False),
        (2026, Decimal("4325"), Decimal("43250.00"), False),
        (2024, Decimal("3692"), Decimal("140296.00"), True),
        (2019, None, None, False),
    ]
    # An administrator adds 2019 (2,525 tenge): the benefit now reads 5,050.
    money.set_mrp(2019, Decimal("2525"))
    assert money.benefits(family_id)[3].tenge == Decimal("5050.00")


def test_refused_money_writes_leave_the_store_unchanged(
    store: Store, money: MoneyRepository, family_id: int
) -> None:
    before = counts(store)
    for draft in (
        IncomeDraft("", Decimal("1")),
        IncomeDraft("LOTTERY", Decimal("1")),
        IncomeDraft("WAGES", Decimal("-5")),
        IncomeDraft("WAGES", Decimal("5"), since=date(2026, 5, 1), until=date(2026, 4, 1)),
        IncomeDraft("WAGES", Decimal("5"), person_id=999_999),
    ):
        with pytest.raises(ValidationError):
            money.save_income(family_id, draft)
    with pytest.raises(ValidationError):
        money.save_benefit(family_id, BenefitDraft("TSA", Decimal("1"), 1900))
    assert counts(store) == before


def test_roles_and_audit_of_money(store: Store, money: MoneyRepository, family_id: int) -> None:
    viewer = MoneyRepository(as_role(store, "vera", "viewer"))
    specialist = MoneyRepository(as_role(store, "sara", "specialist"))
    before = counts(store)
    with pytest.raises(RoleError):
        viewer.save_income(family_id, IncomeDraft("WAGES", Decimal("1")))
    with pytest.raises(RoleError):
        specialist.set_mrp(2027, Decimal("4500"))
    with pytest.raises(RoleError):
        specialist.set_poverty_line(PovertyLineRow(2026, 4, "", Decimal("1"), MEDIAN_35))
    assert counts(store) == before

    # A specialist records the family's money (no case: every specialist may); the audit
    # keeps it in the family's history.
    iid = specialist.save_income(family_id, IncomeDraft("WAGES", Decimal("90000")))
    specialist.save_income(family_id, IncomeDraft("WAGES", Decimal("95000"), id=iid))
    specialist.remove_income(family_id, iid)
    money.set_mrp(2027, Decimal("4500"))
    money.set_poverty_line(PovertyLineRow(2026, 4, REGION, Decimal("41000"), MEDIAN_35))
    with store.session() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    income = [
        (e.action, e.field, e.new_value, e.login) for e in events if e.entity == "member_income"
    ]
    assert ("insert", "monthly_amount", "90000", "sara") in income
    assert ("update", "monthly_amount", "95000", "sara") in income
    assert ("delete", "", None, "sara") in income
    assert all(e.family_uuid for e in events if e.entity == "member_income"), (
        "an income belongs to its family's history"
    )
    rates = [(e.action, e.entity, e.entity_uuid, e.field, e.new_value) for e in events]
    assert ("insert", "mrp_rate", "2027", "tenge", "4500") in rates
    assert ("insert", "poverty_line", f"2026-Q4-{REGION}", "tenge", "41000") in rates


def test_the_six_sectors_and_the_retired_domains(store: Store) -> None:
    """Brief §3.4: the forms offer the six sectors; INCOME and PARENTING stay readable."""
    from models.cases.tables import ASSESSMENT_DOMAINS, RETIRED_ASSESSMENT_DOMAINS
    from models.reference.repository import ReferenceRepository

    assert ASSESSMENT_DOMAINS == (
        "SOCIAL",
        "HEALTH",
        "EDUCATION",
        "EMPLOYMENT",
        "HOUSING",
        "SAFETY",
    )
    ref = ReferenceRepository(store)
    active = {c.code for c in ref.code_labels("assessment_domains")}
    assert active == set(ASSESSMENT_DOMAINS)
    every = {c.code: c for c in ref.code_labels("assessment_domains", include_retired=True)}
    assert set(every) == active | set(RETIRED_ASSESSMENT_DOMAINS)
    assert (every["INCOME"].ru, every["PARENTING"].kk) == ("Доход", "Тәрбие")
    assert (every["SOCIAL"].ru, every["EMPLOYMENT"].kk) == (
        "Социальная защита",
        "Жұмыспен қамту",
    )


def test_income_sources_and_benefit_types_are_seeded(store: Store) -> None:
    from models.families.money import ONE_OFF_BENEFITS
    from models.reference.repository import ReferenceRepository

    ref = ReferenceRepository(store)
    sources = [c.code for c in ref.code_labels("income_sources")]
    assert sources[:3] == ["WAGES", "PENSION", "BENEFITS"] and len(sources) == 8
    benefits = {c.code: c.note for c in ref.code_labels("benefit_types")}
    assert len(benefits) == 12
    assert all(benefits[c].startswith("one-off") for c in ONE_OFF_BENEFITS)
    assert all(n.startswith("monthly") for c, n in benefits.items() if c not in ONE_OFF_BENEFITS)


def test_a_withdrawn_consent_stops_recording_money(store: Store) -> None:
    """Brief §6: after a withdrawal no income of the family is written (the consent guard)."""
    repo = FamilyRepository(store)
    fid = repo.save_family(
        replace(
            FAMILY,
            legal_basis="CONSENT",
            statutory_basis="",
            consent_form="WRITTEN",
            consent_date=date(2026, 10, 1),
            consent_recorded_by="admin",
        ),
        repo.context(TODAY),
        "admin",
    )
    money = MoneyRepository(store)
    money.save_income(fid, IncomeDraft("WAGES", Decimal("50000")))
    draft = repo.get_family(fid)
    repo.save_family(
        replace(draft, consent_withdrawn_date=date(2026, 11, 1)), repo.context(TODAY), "admin"
    )
    before = counts(store)
    with pytest.raises(ValidationError) as refused:
        money.save_income(fid, IncomeDraft("PENSION", Decimal("30000")))
    assert [i.code for i in refused.value.report.issues] == ["processing_stopped"]
    assert counts(store) == before
