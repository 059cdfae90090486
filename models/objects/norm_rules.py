"""Norm rules as data (brief §2.8, issue 12): the rule table an administrator edits.

Each change of a rule adds an edition: ``norm_rule`` holds the edition in force and
``norm_rule_edition`` every edition with who made it, when and why, so that a measurement keeps
the thresholds it was checked against (``models/objects/passport_fill.put_measurements``).
Rules are never deleted (stored measurements name them): an administrator retires one, and the
forms stop offering it. Writing needs ``Permission.SETTINGS``; every write of ``norm_rule`` is
in the audit trail (``models/audit_hook.py``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.issues import ValidationError, ValidationReport, refused
from models.objects.annex_tables import NormRuleEdition
from models.objects.dto import NormRuleDTO, StoredMeasurement
from models.objects.passport_fill import stored_measurements
from models.objects.tables import (
    CATEGORIES,
    NORM_METRICS,
    NORM_OPERATORS,
    NORM_SCOPES,
    NORM_SEVERITIES,
    ZONES,
    NormRule,
    Passport,
)
from models.reference.roles import Permission, requires
from models.reference.typical_elements import element_zones
from models.store.db import Store
from models.text import has_control

#: A rule's code: capitals, digits and underscores, starting with a capital (it is stored in
#: every measurement, so it never changes once added).
CODE_PATTERN = re.compile(r"[A-Z][A-Z0-9_]{1,39}")
#: What an edition may change (the code and the edition do not; ``titles`` and ``conditions``
#: are dicts by language).
CHANGEABLE = frozenset(
    {
        "zones",
        "element",
        "metric",
        "scope",
        "operator",
        "unit",
        "document",
        "clause",
        "categories",
        "severity",
        "min_physical",
        "max_physical",
        "titles",
        "conditions",
    }
)
_LANGS = ("kk", "ru", "en")


@dataclass(frozen=True)
class RuleEdition:
    """One edition of a rule: its thresholds, and who made it, when and why."""

    check_code: str
    edition: int
    zones: tuple[str, ...]
    element: str
    metric: str
    scope: str
    operator: str
    value: float
    unit: str
    document: str
    clause: str
    categories: str
    severity: str
    #: When the rule applied, by language (kk, ru, en).
    conditions: dict[str, str]
    made_at: datetime
    made_by: str
    note: str


def edition_row(rule: NormRule, *, made_by: str, note: str) -> NormRuleEdition:
    """Return the ``norm_rule_edition`` row of ``rule``'s edition in force."""
    return NormRuleEdition(
        check_code=rule.check_code,
        edition=rule.edition,
        zones=rule.zones,
        element=rule.element,
        metric=rule.metric,
        scope=rule.scope,
        operator=rule.operator,
        value=rule.value,
        unit=rule.unit,
        document=rule.document,
        clause=rule.clause,
        categories=rule.categories,
        severity=rule.severity,
        **{f"condition_{lang}": getattr(rule, f"condition_{lang}") for lang in _LANGS},
        made_by=made_by,
        note=note,
    )


def rule_dto(r: NormRule) -> NormRuleDTO:
    """Return the DTO of a stored rule."""
    return NormRuleDTO(
        check_code=r.check_code,
        zones=tuple(r.zones.split()),
        operator=r.operator,
        value=r.value,
        unit=r.unit,
        document=r.document,
        clause=r.clause,
        categories=r.categories,
        min_physical=r.min_physical,
        max_physical=r.max_physical,
        element=r.element,
        metric=r.metric,
        scope=r.scope,
        severity=r.severity,
        titles={lang: getattr(r, f"title_{lang}") for lang in _LANGS},
        conditions={lang: getattr(r, f"condition_{lang}") for lang in _LANGS},
        edition=r.edition,
        active=r.active,
    )


def rule_problems(
    rule: NormRuleDTO, elements: Mapping[str, str], taken: Collection[str] = ()
) -> ValidationReport:
    """Return what is wrong with a rule an administrator adds or changes.

    Args:
        rule: the rule as it would be stored.
        elements: the zone of each typical element (:func:`element_zones`).
        taken: the codes already used (for a new rule).
    """
    report = ValidationReport()
    if not CODE_PATTERN.fullmatch(rule.check_code):
        report.add("check_code", "norm_code_format")
    elif rule.check_code in taken:
        report.add("check_code", "norm_code_taken", code=rule.check_code)
    if not rule.zones:
        report.add("zones", "required")
    for zone in rule.zones:
        if zone not in ZONES:
            report.add("zones", "unknown_code", code=zone)
    if rule.element:
        if rule.element not in elements:
            report.add("element", "unknown_code", code=rule.element)
        elif elements[rule.element] not in rule.zones:
            report.add("element", "norm_element_zone", element=rule.element)
    cats = rule.categories.split()
    if not cats:
        report.add("categories", "required")
    for cat in cats:
        if cat not in CATEGORIES:
            report.add("categories", "unknown_code", code=cat)
    for fld, value, codes in (
        ("operator", rule.operator, NORM_OPERATORS),
        ("metric", rule.metric, NORM_METRICS),
        ("scope", rule.scope, NORM_SCOPES),
        ("severity", rule.severity, NORM_SEVERITIES),
    ):
        if value not in codes:
            report.add(fld, "unknown_code", code=value)
    if not rule.unit.strip():
        report.add("unit", "required")
    elif len(rule.unit) > 8:
        report.add("unit", "text_too_long", limit=8)
    if not rule.document.strip():
        report.add("document", "required")
    if len(rule.clause) > 40:
        report.add("clause", "text_too_long", limit=40)
    for fld, text in (
        ("unit", rule.unit),
        ("document", rule.document),
        ("clause", rule.clause),
        *((f"title_{lang}", rule.titles.get(lang, "")) for lang in _LANGS),
        *((f"condition_{lang}", rule.conditions.get(lang, "")) for lang in _LANGS),
    ):
        if has_control(text):
            report.add(fld, "control_chars")
    if not any(rule.titles.get(lang, "").strip() for lang in _LANGS):
        report.add("title", "norm_title_required")
    if not rule.min_physical < rule.max_physical:
        report.add("max_physical", "norm_range_order")
    elif not rule.min_physical <= rule.value <= rule.max_physical:
        # The seeded present/absent rules have their threshold at the range's end (1 of 0-1).
        report.add("value", "out_of_range", low=rule.min_physical, high=rule.max_physical)
    return report


class NormRuleRepository:
    """The norm rules of a store, their editions, and the administrator's changes."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reading ----------------------------------------------------------------------------

    def rules(self) -> list[NormRuleDTO]:
        """Return every rule, active and retired, in the order they were added."""
        with self.store.session() as s:
            return [rule_dto(r) for r in s.scalars(select(NormRule).order_by(NormRule.id))]

    def rule(self, check_code: str) -> NormRuleDTO:
        """Return one rule (its edition in force).

        Raises:
            ValidationError: ``unknown_code`` when no rule has the code.
        """
        with self.store.session() as s:
            return rule_dto(_get(s, check_code))

    def editions(self, check_code: str) -> list[RuleEdition]:
        """Return the editions of a rule, the oldest first."""
        with self.store.session() as s:
            rows = s.scalars(
                select(NormRuleEdition)
                .where(NormRuleEdition.check_code == check_code)
                .order_by(NormRuleEdition.edition)
            )
            return [_edition(e) for e in rows]

    def element_zones(self) -> dict[str, str]:
        """Return the zone of each typical element (for the rule dialog)."""
        with self.store.session() as s:
            return element_zones(s)

    def stored_measurements(self, passport_id: int) -> tuple[StoredMeasurement, ...]:
        """Return a passport version's measurements with the verdict, threshold and rule
        edition each was given when it was entered."""
        with self.store.session() as s:
            p = s.scalars(
                select(Passport)
                .where(Passport.id == passport_id)
                .options(selectinload(Passport.measurements))
            ).one()
            return stored_measurements(p)

    # -- writing (administrator) ------------------------------------------------------------

    @requires(Permission.SETTINGS)
    def change(self, check_code: str, value: float, note: str, user: str, **fields: Any) -> int:
        """Put a new edition of a rule in force: ``value`` and any of :data:`CHANGEABLE`.

        Measurements already stored keep the edition they were checked against.

        Returns:
            The new edition's number.

        Raises:
            ValidationError: an unknown rule, no reason given, a field that cannot change or
                a rule that breaks :func:`rule_problems`; nothing is written.
            RoleError: the role may not change settings.
        """
        unknown = set(fields) - CHANGEABLE
        if unknown:
            raise _unknown(sorted(unknown)[0], sorted(unknown)[0])
        if not note.strip():
            raise refused("note", "required")
        if has_control(note, multiline=True):
            raise refused("note", "control_chars")
        with self.store.session(user) as s:
            row = _get(s, check_code)
            if "zones" in fields:
                fields["zones"] = tuple(fields["zones"])
            new = dataclasses.replace(rule_dto(row), value=float(value), **fields)
            report = rule_problems(new, element_zones(s))
            if not report.ok:
                raise ValidationError(report)
            _put_rule(row, new)
            row.edition += 1
            s.add(edition_row(row, made_by=user, note=note.strip()))
            return row.edition

    @requires(Permission.SETTINGS)
    def add(self, rule: NormRuleDTO, user: str, note: str = "") -> None:
        """Add a rule of the office's own (edition 1, active).

        Raises:
            ValidationError: the rule breaks :func:`rule_problems`; nothing is written.
            RoleError: the role may not change settings.
        """
        with self.store.session(user) as s:
            taken = set(s.scalars(select(NormRule.check_code)))
            report = rule_problems(rule, element_zones(s), taken)
            if not report.ok:
                raise ValidationError(report)
            row = NormRule(check_code=rule.check_code, edition=1, active=True)
            _put_rule(row, rule)
            s.add(row)
            s.add(edition_row(row, made_by=user, note=note.strip()))

    @requires(Permission.SETTINGS)
    def retire(self, check_code: str, user: str) -> None:
        """Retire a rule: forms stop offering it; measurements naming it keep their verdicts."""
        self._set_active(check_code, False, user)

    @requires(Permission.SETTINGS)
    def reactivate(self, check_code: str, user: str) -> None:
        """Offer a retired rule again, in its edition in force."""
        self._set_active(check_code, True, user)

    def _set_active(self, check_code: str, active: bool, user: str) -> None:
        with self.store.session(user) as s:
            _get(s, check_code).active = active


def _put_rule(row: NormRule, rule: NormRuleDTO) -> None:
    """Copy what an edition holds (zones, element, thresholds, norm, names, conditions) from
    ``rule`` onto ``row``, texts trimmed: for a rule added and for a new edition alike. The
    code, the edition number and the active flag are the caller's."""
    row.zones = " ".join(rule.zones)
    row.element, row.metric, row.scope = rule.element, rule.metric, rule.scope
    row.operator, row.value = rule.operator, float(rule.value)
    row.unit = rule.unit.strip()
    row.document, row.clause = rule.document.strip(), rule.clause.strip()
    row.categories, row.severity = rule.categories, rule.severity
    row.min_physical, row.max_physical = float(rule.min_physical), float(rule.max_physical)
    for lang in _LANGS:
        setattr(row, f"title_{lang}", rule.titles.get(lang, "").strip())
        setattr(row, f"condition_{lang}", rule.conditions.get(lang, "").strip())


def _get(s: Session, check_code: str) -> NormRule:
    row = s.scalars(select(NormRule).where(NormRule.check_code == check_code)).first()
    if row is None:
        raise _unknown("check_code", check_code)
    return row


def _unknown(fld: str, value: str) -> ValidationError:
    report = ValidationReport()
    report.add(fld, "unknown_code", code=value)
    return ValidationError(report)


def _edition(e: NormRuleEdition) -> RuleEdition:
    return RuleEdition(
        check_code=e.check_code,
        edition=e.edition,
        zones=tuple(e.zones.split()),
        element=e.element,
        metric=e.metric,
        scope=e.scope,
        operator=e.operator,
        value=e.value,
        unit=e.unit,
        document=e.document,
        clause=e.clause,
        categories=e.categories,
        severity=e.severity,
        conditions={lang: getattr(e, f"condition_{lang}") for lang in _LANGS},
        made_at=e.made_at,
        made_by=e.made_by,
        note=e.note,
    )
