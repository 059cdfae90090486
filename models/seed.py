"""Reference data every store starts with: code lists, norm thresholds, default settings.

Above the domain packages (the norm rules are a table of ``models/objects``); run by
``models/setup.py`` each time a store is opened.

Seeding only adds what is missing: labels and thresholds corrected by an administrator stay,
and codes are never renamed (domain brief §9).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.objects.tables import NormRule
from models.paths import resource_path
from models.reference.tables import CodeItem, MrpRate, Setting

#: Code lists shipped in ``resources/codelists``.
CODE_LISTS = (
    "access_statuses",
    "adaptation_works",
    "case_stages",
    "closure_reasons",
    "disability_groups",
    "family_categories",
    "family_map_levels",
    "functional_zones",
    "object_types",
    "regions",
    "relations",
    "risk_factors",
    "service_types",
    "signal_sources",
    "user_categories",
    # The fixed vocabularies of families and cases (issue 13): labelled here, once, for the
    # forms and the printouts alike; their codes are the tuples of models/families/tables.py
    # and models/cases/tables.py.
    "no_iin_reasons",
    "citizenships",
    "housing_types",
    "heating_types",
    "co_detector_answers",
    "legal_bases",
    "consent_forms",
    "assessment_domains",
    "measure_statuses",
    "visit_types",
    "risk_levels",
    # Care, placement and the child's opinion (issue 14, brief §3.2).
    "care_statuses",
    "placement_forms",
    "opinion_decisions",
    # Money of a family (issue 14, brief §3.2, §3.8): incomes by source, benefits received.
    "income_sources",
    "benefit_types",
    # The whole accessibility passport (issue 12, brief §2.2-2.4): §1 organisation, §2
    # activity, §3.1-3.2 the route, re-inspection reasons, and the zone annexes' typical
    # elements (``note`` "zone=<ZONE>"; an office adds its own).
    "building_kinds",
    "use_bases",
    "ownership_forms",
    "territorial_levels",
    "activity_spheres",
    "service_delivery_forms",
    "served_age_groups",
    "capacity_kinds",
    "route_crossings",
    "route_info_means",
    "reinspection_reasons",
    "zone_elements",
)

#: Codes retired from a list (never renamed or deleted, brief §9): seeding marks them inactive
#: in every store, so forms stop offering them while the records holding them still read.
#: Issue 14: the needs assessment has the brief's six sectors (§3.4); INCOME and PARENTING go.
RETIRED_CODES: dict[str, tuple[str, ...]] = {
    "assessment_domains": ("INCOME", "PARENTING"),
}


@dataclass(frozen=True)
class _Rule:
    code: str
    zones: str
    op: str
    value: float
    unit: str
    document: str
    clause: str
    categories: str
    low: float
    high: float


_SP = "СП РК 3.06-101-2012* (27.11.2019)"
_SN = "СН РК 3.06-01-2011"
_RU = "СП 59.13330 (РФ)"
#: Defaults of the domain brief §2.8; physical ranges reject typing slips (a 90 m door).
DEFAULT_NORMS = (
    _Rule(
        "RAMP_SLOPE", "TERRITORY ENTRANCE INTERIOR", "<=", 5.0, "%", _SP, "4.3.2.30", "K O", 0, 100
    ),
    _Rule(
        "DOOR_WIDTH",
        "ENTRANCE INTERIOR SERVICE SANITARY",
        ">=",
        0.9,
        "m",
        _SP,
        "4.3.2.14",
        "K O",
        0.3,
        5,
    ),
    _Rule(
        "DOOR_MANOEUVRE_DEPTH",
        "ENTRANCE INTERIOR SANITARY",
        ">=",
        1.2,
        "m",
        _SP,
        "4.3.2.13",
        "K",
        0.1,
        20,
    ),
    _Rule("CORRIDOR_WIDTH", "INTERIOR", ">=", 1.5, "m", _SP, "4.3.2.38", "K", 0.3, 20),
    _Rule(
        "TURNING_DIAMETER",
        "ENTRANCE INTERIOR SERVICE SANITARY",
        ">=",
        1.5,
        "m",
        _SP,
        "4.3.2.43",
        "K",
        0.3,
        20,
    ),
    _Rule("EVAC_DOOR_WIDTH", "INTERIOR", ">=", 0.9, "m", _SP, "4.2.3", "K O S G U", 0.3, 5),
    _Rule("EVAC_CORRIDOR_WIDTH", "INTERIOR", ">=", 1.8, "m", _SP, "4.2.3", "K O S G U", 0.3, 20),
    _Rule("DEAD_END_LENGTH", "INTERIOR", "<=", 15.0, "m", _SP, "4.2.4", "K O S G U", 0, 500),
    _Rule("BALCONY_WIDTH", "INTERIOR", ">=", 1.4, "m", _SP, "4.3.2.40", "K", 0.3, 10),
    _Rule(
        "RAMP_LANDING_LENGTH",
        "TERRITORY ENTRANCE INTERIOR",
        ">=",
        1.5,
        "m",
        _RU,
        "4.1.15",
        "K",
        0.1,
        20,
    ),
    _Rule(
        "DOOR_THRESHOLD",
        "ENTRANCE INTERIOR SANITARY",
        "<=",
        0.014,
        "m",
        _RU,
        "6.1.4",
        "K O",
        0,
        0.5,
    ),
    _Rule("PARKING_ACCESSIBLE_SHARE", "TERRITORY", ">=", 10.0, "%", _RU, "5.2.1", "K", 0, 100),
    _Rule(
        "RAMP_WIDTH",
        "TERRITORY ENTRANCE INTERIOR",
        ">=",
        1.0,
        "m",
        "regional guidance",
        "-",
        "K",
        0.3,
        20,
    ),
    _Rule("ATM_LARGE_PRINT", "SERVICE", ">=", 1.0, "1/0", _SN, "5.3.7.6", "S", 0, 1),
)

#: Domain preferences (admin-editable); values are text, read by ``models/reference/settings.py``.
DEFAULT_SETTINGS = {
    # No periodic re-inspection interval is official (brief §2.2): 0 means none.
    "reinspection_interval_years": "0",
    # Long-stay and residential objects count SANITARY as core (brief §2.6).
    "sanitary_core_for_residential": "1",
    # A large family has 4 or more cohabiting minors (brief §3.2, configurable).
    "large_family_minors": "4",
    # No official time limit between case stages exists, so the default is none (brief §3.4):
    # empty. An office may choose one, e.g. 14 days without a plan.
    "case_plan_due_days": "",
    # Families still in map category D or E this many days after their case opened are
    # relaunched with the mobile group (brief §3.6; proposed, no official term).
    "relaunch_after_days": "90",
}


#: The МРП (АЕК) of each year in tenge (brief §3.8; 2026 "to confirm"): an administrator
#: corrects and adds years; seeding adds only the years missing.
DEFAULT_MRP = {
    2005: Decimal("995"),
    2006: Decimal("1030"),
    2023: Decimal("3450"),
    2024: Decimal("3692"),
    2025: Decimal("3932"),
    2026: Decimal("4325"),
}


def seed_reference_data(session: Session) -> None:
    """Add the missing code-list entries, norm rules, settings and МРП years."""
    existing = {(r[0], r[1]) for r in session.execute(select(CodeItem.list_name, CodeItem.code))}
    for list_name in CODE_LISTS:
        path = resource_path(f"codelists/{list_name}.csv")
        with path.open(encoding="utf-8", newline="") as fh:
            for order, row in enumerate(csv.DictReader(fh)):
                if (list_name, row["code"]) in existing:
                    continue
                session.add(
                    CodeItem(
                        list_name=list_name,
                        code=row["code"],
                        kk=row["kk"],
                        ru=row["ru"],
                        en=row["en"],
                        note=row.get("note") or "",
                        sort_order=order,
                    )
                )
    for list_name, codes in RETIRED_CODES.items():
        for item in session.scalars(
            select(CodeItem).where(
                CodeItem.list_name == list_name, CodeItem.code.in_(codes), CodeItem.active
            )
        ):
            item.active = False
    have_rules = set(session.scalars(select(NormRule.check_code)))
    for r in DEFAULT_NORMS:
        if r.code not in have_rules:
            session.add(
                NormRule(
                    check_code=r.code,
                    zones=r.zones,
                    operator=r.op,
                    value=r.value,
                    unit=r.unit,
                    document=r.document,
                    clause=r.clause,
                    categories=r.categories,
                    min_physical=r.low,
                    max_physical=r.high,
                )
            )
    have_years = set(session.scalars(select(MrpRate.year)))
    for year, tenge in DEFAULT_MRP.items():
        if year not in have_years:
            session.add(MrpRate(year=year, tenge=tenge))
    have_settings = set(session.scalars(select(Setting.key)))
    for key, value in DEFAULT_SETTINGS.items():
        if key not in have_settings:
            session.add(Setting(key=key, value=value))
