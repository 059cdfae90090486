"""What the rules of objects and passports need to know about a store: the office, the region
and object-type codes, the settlements and the norm rules (``models/objects/validation.py``'s
:class:`~models.objects.validation.Context`), read from the reference data.

Each call opens its own short session, so a worker thread can call it safely.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from models.objects.dto import NormRuleDTO
from models.objects.norm_rules import rule_dto
from models.objects.photos import load_element_zones
from models.objects.tables import NormRule
from models.objects.validation import Context
from models.reference.offices import office_of
from models.reference.tables import CodeItem, Settlement
from models.store.db import Store


def norm_rules(store: Store) -> dict[str, NormRuleDTO]:
    """Return the configured norm checks by code."""
    with store.session() as s:
        return {r.check_code: rule_dto(r) for r in s.scalars(select(NormRule))}


def validation_context(store: Store, today: date) -> Context:
    """Return what the validation rules need to know about this store."""
    office = office_of(store)
    with store.session() as s:
        codes = s.execute(
            select(CodeItem.list_name, CodeItem.code).where(
                CodeItem.list_name.in_(("regions", "object_types", "adaptation_works"))
            )
        ).all()
        settlements = frozenset(s.scalars(select(Settlement.kato)))
    return Context(
        today=today,
        office_kato=office.kato,
        office_level=office.level,
        region_codes=frozenset(c for lst, c in codes if lst == "regions"),
        object_types=frozenset(c for lst, c in codes if lst == "object_types"),
        settlements=settlements,
        norm_rules=norm_rules(store),
        element_zones=load_element_zones(store),
        work_codes=frozenset(c for lst, c in codes if lst == "adaptation_works"),
    )
