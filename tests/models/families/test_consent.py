"""Consent and its withdrawal (brief §6, issue 14): a withdrawal stops every write of the
family's personal data in the repositories (refused, store unchanged), a basis of law keeps the
processing going, a consent given again lifts the stop."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from models.cases.dto import SignalDraft, VisitDraft
from models.cases.repository import CaseRepository
from models.families.consent import processing_stopped, stopped_since
from models.families.repository import FamilyRepository
from models.families.validation import CaseContext
from models.issues import ValidationError
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.families.test_family_repository import FAMILY, SON
from tests.store_templates import table_counts

WITHDRAWN = date(2026, 11, 12)


@pytest.fixture
def families(store: Store) -> FamilyRepository:
    return FamilyRepository(store)


@pytest.fixture
def cases(store: Store) -> CaseRepository:
    return CaseRepository(store)


@pytest.fixture
def ctx(families: FamilyRepository) -> CaseContext:
    return families.context(TODAY)


def test_the_rule_by_hand() -> None:
    d = replace(FAMILY, consent_date=date(2026, 10, 5))
    assert not processing_stopped(d, TODAY)
    w = replace(d, consent_withdrawn_date=WITHDRAWN)
    assert stopped_since(w, TODAY) == WITHDRAWN
    assert not processing_stopped(w, WITHDRAWN - timedelta(days=1))  # not yet withdrawn
    assert not processing_stopped(replace(w, withdrawal_basis="Social Code art. 133"), TODAY)
    assert not processing_stopped(replace(w, legal_basis="STATUTORY"), TODAY)
    assert not processing_stopped(replace(w, consent_date=date(2026, 11, 15)), TODAY)  # re-given
    term = replace(d, consent_until=date(2026, 11, 1))
    assert stopped_since(term, TODAY) == date(2026, 11, 2)
    assert not processing_stopped(term, date(2026, 11, 1))


def _withdrawn_family(families: FamilyRepository, cases: CaseRepository, ctx: CaseContext) -> int:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(
        SignalDraft(date(2026, 10, 6), "SCHOOL", "сабаққа келмейді", family_id=fid), ctx, "aigerim"
    )
    cases.transition(cid, "IDENTIFIED", date(2026, 10, 7), ctx, "aigerim")
    stored = families.get_family(fid)
    families.save_family(replace(stored, consent_withdrawn_date=WITHDRAWN), ctx, "aigerim")
    return fid


def test_withdrawal_refuses_every_write_and_leaves_the_store_unchanged(
    store: Store, families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = _withdrawn_family(families, cases, ctx)
    stored = families.get_family(fid)
    assert processing_stopped(stored)
    cid = cases.open_case(SignalDraft(date(2026, 11, 1), "SCHOOL", "x"), ctx, "aigerim")
    before = table_counts(store.path)
    mother = stored.members[0]
    attempts = [
        lambda: families.save_family(replace(stored, address="Жаңа мекенжай"), ctx, "aigerim"),
        lambda: families.save_family(replace(stored, phone="+7 702 111 11 11"), ctx, "aigerim"),
        lambda: families.save_family(
            replace(stored, members=(replace(mother, surname="Басқа"), *stored.members[1:])),
            ctx,
            "aigerim",
        ),
        lambda: families.save_family(
            replace(stored, members=(replace(mother, iin="850715300122"), *stored.members[1:])),
            ctx,
            "aigerim",
        ),
        lambda: families.add_member(fid, replace(SON, given_name="Ерлан"), ctx, "aigerim"),
        lambda: families.end_membership(mother.membership_id or 0, TODAY, "aigerim"),
        lambda: cases.open_case(
            SignalDraft(date(2026, 11, 14), "SCHOOL", "жаңа", family_id=fid), ctx, "aigerim"
        ),
        lambda: cases.set_family(cid, fid, "aigerim"),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as err:
            attempt()
        assert err.value.report.errors[0].code == "processing_stopped"
        assert err.value.report.errors[0].params == {"since": "2026-11-12"}
    assert table_counts(store.path) == before
    again = families.get_family(fid)
    assert (again.address, again.phone) == (FAMILY.address, FAMILY.phone)
    assert [m.surname for m in again.members] == [m.surname for m in FAMILY.members]


def test_a_visit_in_the_family_case_is_refused(
    store: Store, families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(
        SignalDraft(date(2026, 10, 6), "SCHOOL", "сабақ", family_id=fid), ctx, "aigerim"
    )
    for stage, day in (("IDENTIFIED", 7), ("ASSESSMENT", 8)):
        cases.transition(cid, stage, date(2026, 10, day), ctx, "aigerim")
    families.save_family(
        replace(families.get_family(fid), consent_withdrawn_date=WITHDRAWN), ctx, "aigerim"
    )
    before = table_counts(store.path)
    with pytest.raises(ValidationError, match="processing_stopped"):
        cases.add_visit(
            cid, VisitDraft(date(2026, 11, 15), "HOME", "Әлия", True, "—", "LOW"), ctx, "aigerim"
        )
    assert table_counts(store.path) == before


def test_regiving_consent_lifts_the_stop_and_a_basis_of_law_keeps_processing(
    families: FamilyRepository, cases: CaseRepository, ctx: CaseContext
) -> None:
    fid = _withdrawn_family(families, cases, ctx)
    stored = families.get_family(fid)
    # Recording a basis of law is a change of the consent record only: allowed.
    families.save_family(replace(stored, withdrawal_basis="Social Code art. 133"), ctx, "aigerim")
    kept = families.get_family(fid)
    assert not processing_stopped(kept)
    families.save_family(replace(kept, phone="+7 702 222 22 22"), ctx, "aigerim")
    # Back to a stop, then a consent given again after the withdrawal (a new consent date; the
    # withdrawal's date leaves the form, the audit keeps it), with an edit in the same save.
    families.save_family(replace(families.get_family(fid), withdrawal_basis=""), ctx, "aigerim")
    assert processing_stopped(families.get_family(fid))
    regiven = replace(
        families.get_family(fid),
        consent_date=date(2026, 11, 18),
        consent_withdrawn_date=None,
        address="Жаңа мекенжай",
    )
    families.save_family(regiven, ctx, "aigerim")
    after = families.get_family(fid)
    assert not processing_stopped(after)
    assert after.address == "Жаңа мекенжай"
    families.add_member(fid, replace(SON, given_name="Ерлан", surname="Қасымов"), ctx, "aigerim")
