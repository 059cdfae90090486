"""Every repository write and every read of personal data checks the role (issue 8,
reporting.md §5): for each role, the allowed and the refused calls at the repository level,
and a refused call leaves every table of the store as it was.

Roles are cumulative: a viewer reads figures only; a specialist edits objects, families and
their own cases, imports, exports, adds demo data and receives packages; a supervisor also
works on every case, assigns them and approves; an administrator may do everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from models.cases.approvals import approve_plan
from models.cases.dto import MeasureDraft, PlanDraft, SignalDraft, VisitDraft
from models.cases.repository import CaseRepository
from models.demo.load import add_demo_data
from models.families.repository import FamilyRepository
from models.objects.context import validation_context
from models.objects.dto import ObjectDraft
from models.objects.registration import move_registration_back
from models.objects.registry.store import upsert_registry
from models.objects.repository import ObjectRepository
from models.reference.repository import ReferenceRepository
from models.reference.roles import RoleError
from models.reporting.consolidation import set_expected_districts
from models.reporting.figures import compute_figures
from models.reporting.periods import parse_period
from models.reporting.report import check_export, export_report
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY
from tests.models.cases.test_case_steps import dump
from tests.models.families.test_family_repository import FAMILY
from tests.models.objects.test_registry_store import registry_row

SPECIALIST = "aigerim"
OTHER = "dana"


@dataclass(frozen=True)
class Office:
    """The store as the administrator set it up: a family, a case of each specialist."""

    store: Store
    family: int
    own_case: int  # aigerim's
    other_case: int  # dana's


@pytest.fixture
def office(store: Store) -> Office:
    families, cases = FamilyRepository(store), CaseRepository(store)
    ctx = families.context(TODAY)
    fid = families.save_family(FAMILY, ctx, "admin")
    own, other = (
        cases.open_case(
            SignalDraft(date(2026, 9, 1), "SCHOOL", "Сигнал", worker_login=w, family_id=fid),
            ctx,
            "admin",
        )
        for w in (SPECIALIST, OTHER)
    )
    return Office(store, fid, own, other)


Call = Callable[[Store, Office], object]


def _save_object(st: Store, _o: Office) -> object:
    draft = ObjectDraft(name="№3 мектеп-гимназия", object_type="EDU_SCHOOL", kato="113220100")
    return ObjectRepository(st).save(draft, validation_context(st, TODAY), st.principal.login)


def _add_settlement(st: Store, _o: Office) -> object:
    ReferenceRepository(st).add_settlement("113220200", "Жаңа ауыл", "Новое село", "x")
    return None


def _registration_back(st: Store, o: Office) -> object:
    admin = ObjectRepository(o.store)
    draft = ObjectDraft(
        name="Мәдениет үйі",
        object_type="EDU_SCHOOL",
        kato="113220100",
        registered_date=date(2026, 5, 1),
    )
    oid = admin.save(draft, validation_context(o.store, TODAY), "admin")
    return move_registration_back(st, oid, date(2026, 4, 1), st.principal.login)


def _save_family(st: Store, _o: Office) -> object:
    repo = FamilyRepository(st)
    return repo.save_family(FAMILY, repo.context(TODAY), st.principal.login)


def _open_own_case(st: Store, _o: Office) -> object:
    repo = CaseRepository(st)
    draft = SignalDraft(date(2026, 10, 1), "SCHOOL", "Жаңа сигнал")
    return repo.open_case(draft, repo.context(TODAY), st.principal.login)


def _visit(case: Callable[[Office], int]) -> Call:
    def call(st: Store, o: Office) -> object:
        repo = CaseRepository(st)
        visit = VisitDraft(date(2026, 10, 2), "HOME", "Әлия", True, "Жағдай жақсы", "LOW")
        return repo.add_visit(case(o), visit, repo.context(TODAY), st.principal.login)

    return call


def _plan(case: Callable[[Office], int]) -> Call:
    def call(st: Store, o: Office) -> object:
        repo = CaseRepository(st)
        plan = PlanDraft(date(2026, 9, 5), (MeasureDraft("SOCIAL", date(2026, 12, 1)),))
        return repo.save_plan(case(o), plan, repo.context(TODAY), st.principal.login)

    return call


def _assign_other(st: Store, o: Office) -> object:
    CaseRepository(st).assign(o.own_case, OTHER, date(2026, 10, 3), st.principal.login)
    return None


def _open_case_for_other(st: Store, _o: Office) -> object:
    repo = CaseRepository(st)
    draft = SignalDraft(date(2026, 10, 1), "SCHOOL", "Сигнал", worker_login=OTHER)
    return repo.open_case(draft, repo.context(TODAY), st.principal.login)


def _import(st: Store, _o: Office) -> object:
    return upsert_registry(st, [registry_row(1, None)], user=st.principal.login, today=TODAY)


def _demo(st: Store, _o: Office) -> object:
    return add_demo_data(st, objects=2, families=1, seed=7, today=TODAY, user=st.principal.login)


def _export(st: Store, _o: Office) -> object:
    check_export(st)
    return export_report(st, parse_period("2026-Q3"), today=TODAY)


def _plan_days(st: Store, _o: Office) -> object:
    CaseRepository(st).set_plan_due_days(10, st.principal.login)
    return None


def _approve_plan_of(case: Callable[[Office], int]) -> Call:
    def call(st: Store, o: Office) -> object:
        # The plan is drawn up by the administrator first (outside the role under test).
        admin = CaseRepository(o.store)
        plan = PlanDraft(date(2026, 9, 5), (MeasureDraft("SOCIAL", date(2026, 12, 1)),))
        admin.save_plan(case(o), plan, admin.context(TODAY), "admin")
        return approve_plan(st, case(o), st.principal.login, date(2026, 9, 6))

    return call


def _configure_region(st: Store, _o: Office) -> object:
    set_expected_districts(st, ["113400000"], user=st.principal.login)
    return None


WRITES: dict[str, Call] = {
    "save object": _save_object,
    "save family": _save_family,
    "add settlement": _add_settlement,
    "registration date back": _registration_back,
    "open own case": _open_own_case,
    "visit own case": _visit(lambda o: o.own_case),
    "plan own case": _plan(lambda o: o.own_case),
    "visit other's case": _visit(lambda o: o.other_case),
    "plan other's case": _plan(lambda o: o.other_case),
    "assign to another worker": _assign_other,
    "open a case for another worker": _open_case_for_other,
    "import registry": _import,
    "demo data": _demo,
    "export": _export,
    "plan-due setting": _plan_days,
    "approve own case's plan": _approve_plan_of(lambda o: o.own_case),
}

READS: dict[str, Call] = {
    "family": lambda st, o: FamilyRepository(st).get_family(o.family),
    "member search": lambda st, _o: FamilyRepository(st).search_members("қас"),
    "member count": lambda st, _o: FamilyRepository(st).count_members(),
    "duplicates": lambda st, _o: FamilyRepository(st).duplicate_candidates(FAMILY.members[0]),
    "own case": lambda st, o: CaseRepository(st).get_case(o.own_case),
    "other's case": lambda st, o: CaseRepository(st).get_case(o.other_case),
    "open cases": lambda st, _o: CaseRepository(st).open_cases(),
}

#: What each role may do of WRITES and READS; everything else is refused.
ALLOWED_WRITES = {
    "viewer": set(),
    "specialist": {
        "save object",
        "save family",
        "add settlement",
        "registration date back",
        "open own case",
        "visit own case",
        "plan own case",
        "import registry",
        "demo data",
        "export",
    },
    "supervisor": set(WRITES),
}
ALLOWED_READS = {
    "viewer": set(),
    "specialist": set(READS) - {"other's case"},
    "supervisor": set(READS),
}


@pytest.mark.parametrize("role", ["viewer", "specialist", "supervisor"])
@pytest.mark.parametrize("what", list(WRITES))
def test_writes_by_role(office: Office, role: str, what: str) -> None:
    acting = as_role(office.store, SPECIALIST, role)
    if what in ALLOWED_WRITES[role]:
        WRITES[what](acting, office)
        return
    # An approval's plan, the object whose registration moves, are the administrator's writes
    # first: the refusal is checked by the exception alone (test_a_refused_approval_...).
    before = None if what.startswith(("approve", "registration")) else dump(office.store)
    with pytest.raises(RoleError) as err:
        WRITES[what](acting, office)
    assert err.value.code == "not_allowed"
    assert err.value.role == role
    if before is not None:
        assert dump(office.store) == before


def test_a_refused_approval_changes_nothing(office: Office) -> None:
    admin = CaseRepository(office.store)
    plan = PlanDraft(date(2026, 9, 5), (MeasureDraft("SOCIAL", date(2026, 12, 1)),))
    admin.save_plan(office.own_case, plan, admin.context(TODAY), "admin")
    before = dump(office.store)
    with pytest.raises(RoleError):
        approve_plan(as_role(office.store, SPECIALIST, "specialist"), office.own_case, "x")
    assert dump(office.store) == before


@pytest.mark.parametrize("role", ["viewer", "specialist", "supervisor"])
@pytest.mark.parametrize("what", list(READS))
def test_reads_by_role(office: Office, role: str, what: str) -> None:
    acting = as_role(office.store, SPECIALIST, role)
    if what in ALLOWED_READS[role]:
        READS[what](acting, office)
        return
    before = dump(office.store)
    with pytest.raises(RoleError):
        READS[what](acting, office)
    assert dump(office.store) == before


def test_consolidation_settings_need_consolidate(office: Office) -> None:
    before = dump(office.store)
    with pytest.raises(RoleError):
        _configure_region(as_role(office.store, "v", "viewer"), office)
    # A specialist passes the role check; the district store is then refused as not a region.
    with pytest.raises(ValueError, match="only a region"):
        _configure_region(as_role(office.store, SPECIALIST, "specialist"), office)
    assert dump(office.store) == before


def test_work_lists_of_a_specialist_hold_their_own_cases(office: Office) -> None:
    specialist = CaseRepository(as_role(office.store, SPECIALIST, "specialist"))
    supervisor = CaseRepository(as_role(office.store, "bolat", "supervisor"))
    assert [r.id for r in specialist.open_cases()] == [office.own_case]
    # Asking for another worker's list still gives the specialist's own.
    assert [r.id for r in specialist.open_cases(OTHER)] == [office.own_case]
    assert [r.id for r in supervisor.open_cases()] == [office.own_case, office.other_case]
    assert [r.id for r in supervisor.open_cases(OTHER)] == [office.other_case]


def test_figures_stay_readable_by_a_viewer(office: Office) -> None:
    viewer = as_role(office.store, "v", "viewer")
    period = parse_period("2026-Q3")
    assert compute_figures(viewer, period) == compute_figures(office.store, period)
    assert CaseRepository(viewer).work_list_counts("v", TODAY).my_open == 0


def test_a_specialist_opens_the_households_of_their_own_cases_only(office: Office) -> None:
    admin_families, admin_cases = FamilyRepository(office.store), CaseRepository(office.store)
    ctx = admin_families.context(TODAY)
    # A second household whose only case is dana's; a third with no case yet.
    danas = admin_families.save_family(FAMILY, ctx, "admin")
    signal = SignalDraft(date(2026, 9, 2), "SCHOOL", "Сигнал", worker_login=OTHER, family_id=danas)
    admin_cases.open_case(signal, ctx, "admin")
    caseless = admin_families.save_family(FAMILY, ctx, "admin")

    specialist = FamilyRepository(as_role(office.store, SPECIALIST, "specialist"))
    supervisor = FamilyRepository(as_role(office.store, "bolat", "supervisor"))
    assert specialist.get_family(office.family).id == office.family  # aigerim's case is there
    assert specialist.get_family(caseless).id == caseless
    assert supervisor.get_family(danas).id == danas

    stored = admin_families.get_family(danas)
    before = dump(office.store)
    for call in (
        lambda: specialist.get_family(danas),
        lambda: specialist.save_family(stored, ctx, SPECIALIST),
        lambda: specialist.add_member(danas, FAMILY.members[1], ctx, SPECIALIST),
        lambda: specialist.end_membership(stored.members[0].membership_id or 0, TODAY, SPECIALIST),
    ):
        with pytest.raises(RoleError):
            call()
    assert dump(office.store) == before
