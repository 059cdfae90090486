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

from models.objects.annex_tables import NormRuleEdition
from models.objects.norm_rules import edition_row
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
class DefaultRule:
    """A row of the brief's §2.8 rule table as shipped (``resources/norm_rules.csv``)."""

    code: str
    zones: str
    element: str
    metric: str
    op: str
    value: float
    unit: str
    document: str
    clause: str
    categories: str
    severity: str
    low: float
    high: float
    scope: str
    titles: dict[str, str]
    conditions: dict[str, str]


def _default_norms() -> tuple[DefaultRule, ...]:
    with resource_path("norm_rules.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(
            DefaultRule(
                code=row["code"],
                zones=row["zones"],
                element=row["element"],
                metric=row["metric"],
                op=row["operator"],
                value=float(row["value"]),
                unit=row["unit"],
                document=row["document"],
                clause=row["clause"],
                categories=row["categories"],
                severity=row["severity"],
                low=float(row["min"]),
                high=float(row["max"]),
                scope=row["scope"],
                titles={lang: row[f"title_{lang}"] for lang in ("kk", "ru", "en")},
                conditions={lang: row[f"condition_{lang}"] for lang in ("kk", "ru", "en")},
            )
            for row in csv.DictReader(fh)
        )


#: Defaults of the domain brief §2.8, every row of its table (issue 12): data, not code, in
#: ``resources/norm_rules.csv``; physical ranges reject typing slips (a 90 m door). Thresholds
#: given as a pair (the cramped-place ramp: slope ≤ 8 % with a flight rise ≤ 0.8 m; a
#: sanitary room's two sides) are one rule per measured value, the pair named in the
#: condition. The ramp handrails are one present 1/0 rule: the norm names two heights
#: (0.9 and 0.7 m) with no tolerance, and a ≥/≤ pair would invent one.
DEFAULT_NORMS = _default_norms()
#: Columns of a seeded rule that an older store (before issue 12) holds blank: seeding fills
#: them once, on a rule none of whose titles is set yet (an administrator's rule always has a
#: title), and never touches a threshold.
_FILLED_ONCE = ("metric", "element", "scope", "condition_kk", "condition_ru", "condition_en")


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
    seed_norm_rules(session)
    have_years = set(session.scalars(select(MrpRate.year)))
    for year, tenge in DEFAULT_MRP.items():
        if year not in have_years:
            session.add(MrpRate(year=year, tenge=tenge))
    have_settings = set(session.scalars(select(Setting.key)))
    for key, value in DEFAULT_SETTINGS.items():
        if key not in have_settings:
            session.add(Setting(key=key, value=value))


def seed_norm_rules(session: Session) -> None:
    """Add the missing rules of :data:`DEFAULT_NORMS` (edition 1, with its edition row) and
    fill the blanks an older store's seeded rules have (titles, metric, element, scope,
    condition, and the severity no one could set before issue 12)."""
    have = {r.check_code: r for r in session.scalars(select(NormRule))}
    for d in DEFAULT_NORMS:
        rule = have.get(d.code)
        if rule is None:
            rule = NormRule(
                check_code=d.code,
                zones=d.zones,
                operator=d.op,
                value=d.value,
                unit=d.unit,
                document=d.document,
                clause=d.clause,
                categories=d.categories,
                severity=d.severity,
                min_physical=d.low,
                max_physical=d.high,
                element=d.element,
                metric=d.metric,
                scope=d.scope,
                title_kk=d.titles["kk"],
                title_ru=d.titles["ru"],
                title_en=d.titles["en"],
                condition_kk=d.conditions["kk"],
                condition_ru=d.conditions["ru"],
                condition_en=d.conditions["en"],
                edition=1,
                active=True,
            )
            session.add(rule)
            session.add(edition_row(rule, made_by="seed", note=""))
        elif not (rule.title_kk or rule.title_ru or rule.title_en):
            _fill_blanks(session, rule, d)


def _default(d: DefaultRule, name: str) -> str:
    if name.startswith("condition_"):
        return d.conditions[name.removeprefix("condition_")]
    return str(getattr(d, name))


def _fill_blanks(session: Session, rule: NormRule, d: DefaultRule) -> None:
    for lang in ("kk", "ru", "en"):
        setattr(rule, f"title_{lang}", d.titles[lang])
    # Before issue 12 no one could set a severity: the column default stands for "not set".
    rule.severity = d.severity
    for name in _FILLED_ONCE:
        if not getattr(rule, name):
            setattr(rule, name, _default(d, name))
    current = session.scalars(
        select(NormRuleEdition).where(
            NormRuleEdition.check_code == rule.check_code,
            NormRuleEdition.edition == rule.edition,
        )
    ).first()
    if current is None:
        session.add(edition_row(rule, made_by="seed", note=""))
        return
    current.severity = rule.severity
    for name in _FILLED_ONCE:
        if not getattr(current, name):
            setattr(current, name, getattr(rule, name))
