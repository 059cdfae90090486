"""The relaunch list (issue 14, brief §3.4, §3.6): open cases whose family is still in Digital
Family Map category D or E N days after the case opened, with its count."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from models.cases.dto import ClosureDraft, SignalDraft
from models.cases.repository import CaseRepository
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.issues import ValidationError
from models.reference.roles import RoleError
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY

FAMILY = FamilyDraft(
    kato="113220100",
    address="Ақкөл қ., Абай к-сі, 7",
    legal_basis="STATUTORY",
    statutory_basis="Social Code art. 133",
    members=(
        MemberDraft(
            surname="Нұрланова",
            given_name="Сәуле",
            relation="APPLICANT",
            birth_date=date(1988, 1, 1),
            sex="F",
            no_iin_reason="NOT_ISSUED",
        ),
    ),
)


def case_of(store: Store, level: str, signal: date, *, closed: date | None = None) -> int:
    families, cases = FamilyRepository(store), CaseRepository(store)
    ctx = cases.context(TODAY)
    fid = families.save_family(
        replace(FAMILY, map_level=level, map_level_date=signal if level else None),
        families.context(TODAY),
        "admin",
    )
    cid = cases.open_case(
        SignalDraft(signal, "MOBILE_GROUP", "хабар", worker_login="aigul"), ctx, "aigul"
    )
    cases.set_family(cid, fid, "aigul")
    if closed is not None:
        cases.close(cid, ClosureDraft(closed, "SIGNAL_NOT_CONFIRMED"), ctx, "aigul")
    return cid


@pytest.fixture
def world(store: Store) -> dict[str, int]:
    """On 20.11.2026 with N = 90 the cut-off is 22.08.2026."""
    return {
        "d_long": case_of(store, "D", date(2026, 8, 1)),  # 111 days: listed
        "e_cutoff": case_of(store, "E", date(2026, 8, 22)),  # exactly 90 days: listed
        "e_recent": case_of(store, "E", date(2026, 10, 1)),  # 50 days: not yet
        "c_long": case_of(store, "C", date(2026, 6, 1)),  # category C: never
        "none_long": case_of(store, "", date(2026, 6, 1)),  # not assessed: never
        "d_closed": case_of(store, "D", date(2026, 6, 1), closed=date(2026, 9, 1)),  # closed
    }


def test_the_relaunch_list_and_its_count_by_hand(store: Store, world: dict[str, int]) -> None:
    cases = CaseRepository(store)
    assert cases.relaunch_after_days() == 90  # the documented default
    listed = [r.id for r in cases.relaunch_list(TODAY)]
    assert listed == [world["d_long"], world["e_cutoff"]]  # longest first
    assert cases.work_list_counts("aigul", TODAY).relaunch == 2
    assert cases.work_list_counts("admin", TODAY).relaunch == 0  # counts are the worker's own

    # 30 days: the cut-off is 21.10.2026; the E family opened 01.10 joins.
    cases.set_relaunch_after_days(30, "admin")
    listed = [r.id for r in cases.relaunch_list(TODAY)]
    assert listed == [world["d_long"], world["e_cutoff"], world["e_recent"]]
    assert cases.work_list_counts("aigul", TODAY).relaunch == 3

    # A family leaving D/E (the mobile group's aim) leaves the list.
    families = FamilyRepository(store)
    fid = cases.get_case(world["d_long"]).family_id
    assert fid is not None
    draft = families.get_family(fid)
    families.save_family(replace(draft, map_level="C"), families.context(TODAY), "admin")
    assert [r.id for r in cases.relaunch_list(TODAY)] == [world["e_cutoff"], world["e_recent"]]


def test_only_the_office_sets_n(store: Store, world: dict[str, int]) -> None:
    specialist = CaseRepository(as_role(store, "aigul", "specialist"))
    with pytest.raises(RoleError):
        specialist.set_relaunch_after_days(10, "aigul")
    with pytest.raises(ValidationError):
        CaseRepository(store).set_relaunch_after_days(0, "admin")
    assert CaseRepository(store).relaunch_after_days() == 90
    # The specialist's list holds their own cases (all here are aigul's).
    assert len(specialist.relaunch_list(TODAY)) == 2
