"""Data-quality checks before export, on a hand-built store (issue 4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from models.cases.overdue import OPENED_IN_ERROR
from models.cases.repository import CaseRepository
from models.cases.rules import ACCOMPANIMENT, ASSESSMENT, CLOSED, IDENTIFIED, PLAN
from models.cases.tables import Case
from models.demo.load import add_demo_data
from models.objects.tables import ZoneWork
from models.reporting.dto import CodeCount, QualityIssue
from models.reporting.figures import compute_figures
from models.reporting.periods import parse_period
from models.reporting.quality import BLOCKING_CODES, CODES, quality_checks, rule_breaches
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import (
    add_case,
    add_family,
    add_member,
    add_object,
    add_passport,
    add_risk,
    add_service,
    add_visit,
    written_before_the_code_guard,
)

D = date


@pytest.fixture
def messy_store(store: Store) -> Store:
    """A store with one or two of every warning."""
    # A plan limit is an office's choice (none by default, brief §3.4); with it a case is late.
    CaseRepository(store).set_plan_due_days(14, "admin")
    with written_before_the_code_guard(), store.session() as s:
        o1 = add_object(s, "Статусы жоқ")
        add_passport(s, o1, 1, D(2026, 1, 10), statuses=("DP_V", "", "DP_V", "DP_V", "DP_V"))
        o2 = add_object(s, "Жұмыссыз бейімделген")
        add_passport(s, o2, 1, D(2026, 1, 10), requires=True, adapted=D(2026, 5, 1))
        o3 = add_object(s, "Жұмысы бар")
        p3 = add_passport(s, o3, 1, D(2026, 1, 10), requires=True, adapted=D(2026, 5, 1))
        s.add(
            ZoneWork(
                passport_id=p3.id,
                zone="ENTRANCE",
                work="CURRENT_REPAIR",
                completed_date=D(2026, 5, 1),
            )
        )
        add_object(s, "Паспортсыз")
        add_object(s, "Шығарылған", subject=False, excluded_on=D(2025, 1, 1))
        o6 = add_object(s, "Қажет емес")
        add_passport(s, o6, 1, D(2026, 2, 1), adapted=D(2026, 3, 1))
        add_object(s, "Белгісіз түр", object_type="MYSTERY")

        no_basis = add_family(s, legal_basis="")
        no_consent_date = add_family(s, legal_basis="CONSENT")
        withdrawn = add_family(s, legal_basis="CONSENT")
        withdrawn.consent_date = D(2026, 1, 5)
        withdrawn.consent_withdrawn_date = D(2026, 10, 1)
        add_member(s, no_basis, D(2015, 1, 1), iin="", no_iin_reason="")  # no IIN, no reason
        add_member(s, withdrawn, None)  # no birth date, open case
        add_member(s, withdrawn, D(2014, 4, 4), iin="140404500123")
        # Without a plan 14 days after identification (01.10 <= 06.11).
        add_case(s, D(2026, 9, 28), family=no_basis, steps=((IDENTIFIED, D(2026, 10, 1), ""),))
        # Identified recently: not yet late.
        add_case(s, D(2026, 11, 10), steps=((IDENTIFIED, D(2026, 11, 15), ""),))
        late = add_case(
            s,
            D(2026, 3, 1),
            family=withdrawn,
            steps=(
                (IDENTIFIED, D(2026, 3, 2), ""),
                (ASSESSMENT, D(2026, 3, 5), ""),
                (PLAN, D(2026, 3, 10), ""),
                (ACCOMPANIMENT, D(2026, 3, 15), ""),
            ),
        )
        add_visit(s, late, D(2026, 10, 1), D(2026, 11, 1))  # overdue at 20.11
        add_service(s, late, D(2026, 10, 1), "MAGIC")
        add_risk(s, late, "ALIEN")
        dup = add_case(s, D(2026, 5, 1), steps=((CLOSED, D(2026, 5, 2), OPENED_IN_ERROR),))
        dup.next_follow_up = D(2026, 6, 1)
        add_case(
            s, D(2026, 4, 1), family=no_consent_date, steps=((CLOSED, D(2026, 4, 2), "OTHER"),)
        )
        s.add(
            Case(
                number="113200000-2026-99999",
                office_kato="113200000",
                year=2026,
                seq=99999,
                stage="SIGNAL",
                signal_date=D(2026, 6, 1),
                signal_source="SCHOOL",
            )
        )  # no opening event: never counted as open
    return store


def test_warnings_on_a_hand_built_store(messy_store: Store) -> None:
    issues = quality_checks(messy_store, parse_period("2026"), TODAY)
    assert {i.code: i.count for i in issues} == {
        "period_not_ended": 1,
        "passport_missing_status": 1,
        "adapted_without_works": 1,
        "adapted_date_not_required": 1,
        "subject_without_passport": 2,
        # Adapted (o2 and o3 on 1 May, o6's stray date on 1 March) with no later version to
        # confirm it: due "after adaptation works" (issue 12, brief §2.2 step 5).
        "reinspection_due": 3,
        "unknown_code": 3,
        "case_without_opening": 1,
        "case_without_plan": 1,
        "overdue_follow_up": 1,
        "member_without_iin": 1,
        "member_without_birth_date": 1,
        "family_without_legal_basis": 2,
        "consent_withdrawn_open_case": 1,
    }
    assert not any(i.blocking for i in issues)
    unknown = next(i for i in issues if i.code == "unknown_code")
    assert unknown.detail == "object_types:MYSTERY, service_types:MAGIC, risk_factors:ALIEN"
    assert [i.code for i in issues] == [c for c in CODES if c in {i.code for i in issues}]


def test_checks_follow_the_period_end(messy_store: Store) -> None:
    issues = {i.code: i.count for i in quality_checks(messy_store, parse_period("2025"), TODAY)}
    assert "period_not_ended" not in issues
    # Every passport is dated 2026: at the end of 2025 each subject object lacks one.
    assert "passport_missing_status" not in issues and "adapted_without_works" not in issues
    assert issues["subject_without_passport"] == 6
    # Work-list checks are taken today, whatever the period.
    assert issues["overdue_follow_up"] == 1 and issues["case_without_plan"] == 1


def test_figures_with_unknown_codes_still_add_up(messy_store: Store) -> None:
    data = compute_figures(messy_store, parse_period("2026"))
    assert data.a2[-1].object_type == "MYSTERY" and data.a2[-1].name == "MYSTERY"
    assert data.b3[-1].code == "MAGIC" and data.b3[-1].counts == (1,)
    assert rule_breaches(data) == []


def test_rule_breaches_block(messy_store: Store) -> None:
    period = parse_period("2026")
    good = compute_figures(messy_store, period)
    a1 = good.a1[0]
    b1 = good.b1[0]
    broken = replace(
        good,
        a1=(replace(a1, passported=a1.subject_to_passportization + 1),),
        b1=(replace(b1, cases_opened=b1.cases_opened + 1, services=b1.services + 2),),
        b2=(*good.b2, CodeCount("SUICIDE_RISK", "x", (0, 0)), CodeCount("NEGLECT", "x", (99, 0))),
        b4=(CodeCount("D", "x", (b1.cases_open_at_end + 1,)),),
    )
    issues = quality_checks(messy_store, period, TODAY, report=broken)
    blocking = {i.code: i for i in issues if i.blocking}
    assert set(blocking) == {
        "a1_passportization_order",
        "a2_sum",
        "a3_count",
        "b1_open_at_end",
        "b2_rule",
        "b2_restricted",
        "b3_sum",
        "b4_sum",
    }
    assert blocking["b1_open_at_end"].detail.startswith(
        f"B1:1 open at end {b1.cases_open_at_end} ≠ {b1.cases_open_at_start} + "
    )
    assert set(blocking) <= BLOCKING_CODES
    assert [i.code for i in issues][: len(blocking)] == sorted(blocking, key=CODES.index)


def test_b1_and_a2_row_rules(messy_store: Store) -> None:
    good = compute_figures(messy_store, parse_period("2026"))
    b1 = good.b1[0]
    bad = replace(
        good,
        b1=(replace(b1, children_with_disability=b1.children_in_open_cases + 1),),
        a2=(replace(good.a2[0], adapted=good.a2[0].requiring_adaptation + 1), *good.a2[1:]),
    )
    codes = {code for code, _n, _d in rule_breaches(bad)}
    assert {"b1_children", "a2_adaptation_order"} <= codes


@pytest.mark.parametrize("seed", [5, 6])
def test_demo_stores_break_no_rule(store: Store, seed: int) -> None:
    add_demo_data(store, objects=80, families=0, seed=seed, today=TODAY, user="admin")
    for text in ("2025", "2026-H1", "2026-Q3"):
        issues = quality_checks(store, parse_period(text), TODAY)
        assert not [i for i in issues if i.blocking]
        assert all(isinstance(i, QualityIssue) and i.count > 0 for i in issues)
