"""The printed case summary shows each member's care status, placement form and registrations,
and the children's opinions with their date and decision, or the reason a child was not heard
(issue 14, brief §3.2), in Kazakh, Russian and English; IINs stay masked."""

from __future__ import annotations

import html
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from models.cases.dto import SignalDraft
from models.cases.opinions import CLOSURE, PLAN, OpinionDraft, OpinionRepository
from models.cases.repository import CaseRepository
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.store.db import Store
from tests.conftest import TODAY
from ui.cases.case_summary import case_summary_html

GUARDIAN_IIN = "920302403450"
FAMILY = FamilyDraft(
    kato="113220100",
    address="Ақкөл қ., Абай к-сі, 5",
    categories=("FOSTER_FAMILY",),
    legal_basis="CONSENT",
    consent_form="WRITTEN",
    consent_date=date(2026, 10, 5),
    consent_recorded_by="aigerim",
    members=(
        MemberDraft(
            surname="Қасымова",
            given_name="Әлия",
            relation="APPLICANT",
            birth_date=date(1992, 3, 2),
            sex="F",
            iin=GUARDIAN_IIN,
        ),
        MemberDraft(
            surname="Сейітов",
            given_name="Арман",
            relation="FOSTER_CHILD",
            birth_date=date(2014, 5, 1),
            sex="M",
            no_iin_reason="NOT_ISSUED",
            care_status="WITHOUT_PARENTAL_CARE",
            placement_form="FOSTER",
            police_registered=True,
            police_registered_date=date(2026, 3, 10),
        ),
    ),
)


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    return qapp


@pytest.fixture
def case_id(store: Store) -> int:
    families = FamilyRepository(store)
    ctx = families.context(TODAY)
    fid = families.save_family(FAMILY, ctx, "admin")
    cases = CaseRepository(store)
    cid = cases.open_case(SignalDraft(date(2026, 11, 1), "SCHOOL", "Хабар"), ctx, "admin")
    cases.identify(cid, date(2026, 11, 2), ctx, "admin", family_id=fid)
    child = families.get_family(fid).members[1].person_id
    assert child is not None
    opinions = OpinionRepository(store)
    opinions.record(
        cid, OpinionDraft(child, PLAN, date(2026, 11, 18), "Осында қалғым келеді"), ctx, "admin"
    )
    opinions.record(cid, OpinionDraft(child, CLOSURE, not_heard_reason="Ауруханада"), ctx, "admin")
    return cid


def text_of(store: Store, case_id: int, lang: str) -> str:
    return html.unescape(case_summary_html(store, case_id, lang, today=TODAY))


def test_care_registrations_and_opinions_are_printed_in_each_language(
    store: Store, case_id: int
) -> None:
    kk = text_of(store, case_id, "kk")
    assert "Қамқорлық және есепке алу" in kk
    assert "ата-анасының қамқорлығынсыз қалған бала" in kk
    assert "баланы қабылдайтын отбасы" in kk
    assert "10.03.2026 бастап" in kk
    assert "Баланың пікірі" in kk and "Осында қалғым келеді" in kk
    assert "тыңдалмады: Ауруханада" in kk
    assert "қолдау жоспары" in kk and "істі жабу" in kk

    ru = text_of(store, case_id, "ru")
    assert "Попечение и учёт" in ru
    assert "ребёнок, оставшийся без попечения родителей" in ru and "приёмная семья" in ru
    assert "с 10.03.2026" in ru
    assert "Мнение ребёнка" in ru and "18.11.2026" in ru
    assert "не выслушан: Ауруханада" in ru and "план поддержки" in ru

    en = text_of(store, case_id, "en")
    assert "Care and registrations" in en and "child without parental care" in en
    assert "not heard: Ауруханада" in en
    # Privacy as before: the guardian's IIN is masked.
    assert GUARDIAN_IIN not in kk + ru + en
    assert "920302*****0" in en


def test_a_family_without_care_data_or_opinions_prints_neither_section(store: Store) -> None:
    families = FamilyRepository(store)
    ctx = families.context(TODAY)
    plain = FamilyDraft(
        kato=FAMILY.kato,
        address=FAMILY.address,
        legal_basis="CONSENT",
        consent_form="WRITTEN",
        consent_date=date(2026, 10, 5),
        consent_recorded_by="admin",
        members=FAMILY.members[:1],
    )
    fid = families.save_family(plain, ctx, "admin")
    cases = CaseRepository(store)
    cid = cases.open_case(SignalDraft(date(2026, 11, 1), "SCHOOL", "Хабар"), ctx, "admin")
    cases.identify(cid, date(2026, 11, 2), ctx, "admin", family_id=fid)
    en = text_of(store, cid, "en")
    assert "Care and registrations" not in en and "The child's opinion" not in en
