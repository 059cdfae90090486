"""A service's amount in tenge (brief §3.7, §3.8, issue 14).

A service's amount is stored in МРП of the year it was delivered in and shown in tenge by the
year-indexed МРП table (``mrp_rate``, :mod:`models.families.money`). A service recorded before
issue 14 may hold tenge only (``amount``): it is shown as entered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from models.cases.dto import ServiceDraft
from models.families.money import mrp_to_tenge


@dataclass(frozen=True)
class ServiceMoney:
    """What a service's amount shows.

    Attributes:
        amount_mrp: the amount in МРП, None when the service has none.
        year: the delivery year, whose МРП converts the amount.
        mrp: that year's МРП in tenge, None when the table has no such year.
        tenge: ``amount_mrp`` in tenge, None without an amount or without that year's МРП.
        entered: the tenge entered before issue 14, only when there is no МРП amount.
    """

    amount_mrp: Decimal | None
    year: int
    mrp: Decimal | None
    tenge: Decimal | None
    entered: Decimal | None


def amount_in_tenge(
    amount_mrp: Decimal | None, year: int, rates: Mapping[int, Decimal]
) -> ServiceMoney:
    """Return ``amount_mrp`` МРП of ``year`` in tenge by the МРП table ``rates``."""
    mrp = rates.get(year)
    tenge = None if amount_mrp is None or mrp is None else mrp_to_tenge(amount_mrp, mrp)
    return ServiceMoney(amount_mrp, year, mrp, tenge, None)


def service_money(service: ServiceDraft, rates: Mapping[int, Decimal]) -> ServiceMoney:
    """Return what ``service``'s amount shows, by the МРП table ``rates`` (year -> tenge)."""
    money = amount_in_tenge(service.amount_mrp, service.delivered_on.year, rates)
    if service.amount_mrp is None and service.amount is not None:
        return ServiceMoney(None, money.year, money.mrp, None, service.amount)
    return money
