"""Services' amounts in МРП of the delivery year, shown in tenge (issue 14, brief §3.7, §3.8)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from exporters import transfer_file
from models.audit.history import record_history
from models.cases.dto import ServiceDraft
from models.cases.repository import CaseRepository
from models.cases.service_money import amount_in_tenge, service_money
from models.cases.tables import ServiceDelivered
from models.cases.validation import validate_service
from models.families.money import MoneyRepository
from models.families.repository import FamilyRepository
from models.families.validation import CaseContext
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.cases.test_case_steps import SIGNALLED, dump, new_case, refused
from tests.models.cases.transfer_builders import OTHER, cheap_scrypt, full_case, new_receiver

SERVICE = ServiceDraft("SOCIAL", date(2026, 10, 2), "Әкімдік", "Айгерім", note="Көмір")


@pytest.fixture
def ctx(store: Store) -> CaseContext:
    return FamilyRepository(store).context(TODAY)


@pytest.mark.parametrize(
    ("amount", "codes"),
    [
        (Decimal("10"), []),
        (Decimal("0"), []),
        (Decimal("5.76"), []),
        (Decimal("10.50"), []),
        (Decimal("-1"), ["negative_amount"]),
        (Decimal("1.005"), ["mrp_amount_format"]),
        (Decimal("100000000"), ["mrp_amount_format"]),
        (Decimal("NaN"), ["mrp_amount_format"]),
    ],
)
def test_an_amount_in_mrp_is_not_negative_with_at_most_two_decimals(
    ctx: CaseContext, amount: Decimal, codes: list[str]
) -> None:
    report = validate_service(replace(SERVICE, amount_mrp=amount), SIGNALLED, ctx)
    assert [(i.field, i.code) for i in report.errors] == [("amount_mrp", c) for c in codes]


def test_a_service_keeps_its_amount_in_mrp_and_shows_it_in_tenge_of_its_year(
    store: Store, ctx: CaseContext
) -> None:
    cases = CaseRepository(store)
    cid = new_case(cases, ctx)
    sid = cases.add_service(cid, replace(SERVICE, amount_mrp=Decimal("10")), ctx, "aigerim")

    got = cases.get_case(cid).services
    assert [(s.id, s.amount_mrp, s.amount) for s in got] == [(sid, Decimal("10.00"), None)]
    money = service_money(got[0], MoneyRepository(store).mrp_rates())
    # 10 МРП × 4 325 tenge (the МРП of 2026) = 43 250 tenge.
    assert (money.year, money.mrp, money.tenge, money.entered) == (
        2026,
        Decimal("4325"),
        Decimal("43250.00"),
        None,
    )


def test_a_refused_amount_writes_nothing(store: Store, ctx: CaseContext) -> None:
    cases = CaseRepository(store)
    cid = new_case(cases, ctx)
    before = dump(store)
    refused(
        ["mrp_amount_format"],
        cases.add_service,
        cid,
        replace(SERVICE, amount_mrp=Decimal("2.345")),
        ctx,
        "aigerim",
    )
    refused(
        ["negative_amount"],
        cases.add_service,
        cid,
        replace(SERVICE, amount_mrp=Decimal("-3")),
        ctx,
        "aigerim",
    )
    assert dump(store) == before


def test_a_year_without_mrp_gives_no_tenge_and_old_tenge_stays_as_entered() -> None:
    rates = {2026: Decimal("4325")}
    missing = amount_in_tenge(Decimal("10"), 2019, rates)
    assert (missing.mrp, missing.tenge) == (None, None)
    old = ServiceDraft("SOCIAL", date(2026, 10, 2), amount=Decimal("25000"))
    shown = service_money(old, rates)
    assert (shown.amount_mrp, shown.tenge, shown.entered) == (None, None, Decimal("25000"))
    both = service_money(replace(old, amount_mrp=Decimal("2.5")), rates)
    assert (both.tenge, both.entered) == (Decimal("10812.50"), None)


def test_the_amount_in_mrp_is_in_the_case_history(store: Store, ctx: CaseContext) -> None:
    cases = CaseRepository(store)
    cid = new_case(cases, ctx)
    cases.add_service(cid, replace(SERVICE, amount_mrp=Decimal("7.4")), ctx, "aigerim")
    history = record_history(store, "family_case", cases.get_case(cid).uuid)
    fields = {h.field: h for h in history if h.entity == "service_delivered"}
    assert fields["amount_mrp"].new == "7.4"


def test_a_transferred_case_keeps_its_services_amounts_in_mrp(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cheap_scrypt(monkeypatch)
    cid = full_case(store)
    cases = CaseRepository(store)
    ctx = FamilyRepository(store).context(TODAY)
    cases.add_service(
        cid, replace(SERVICE, delivered_on=date(2026, 10, 5), amount_mrp=Decimal("16.03")),
        ctx, "aigerim",
    )  # fmt: skip
    out = tmp_path / "usb"
    out.mkdir()
    sent = transfer_file.send_case(store, cid, OTHER.kato, OTHER.name_kk, out, "aigerim", TODAY)
    receiver = new_receiver(tmp_path)
    try:
        got = transfer_file.receive_file(receiver, sent.path, sent.passphrase, "admin", TODAY)
        with receiver.session() as s:
            rows = s.execute(
                select(ServiceDelivered.delivered_on, ServiceDelivered.amount,
                       ServiceDelivered.amount_mrp)
                .where(ServiceDelivered.case_id == got.case_id)
                .order_by(ServiceDelivered.delivered_on)
            ).all()  # fmt: skip
    finally:
        receiver.close()
    assert [tuple(r) for r in rows] == [
        (date(2026, 10, 2), Decimal("25000.00"), None),
        (date(2026, 10, 5), None, Decimal("16.03")),
    ]
