"""The zone annexes of a passport (issue 12, domain brief §2.3-2.4, §2.8): the rules of their
element rows, and the zone conclusion Qoldau suggests from the elements and the measurements.

Plain data only (no Qt, no Session): :func:`annex_issues` is called by
``models/objects/validation.validate_passport``, so the form, the importer and the repository
judge an annex the same way; :func:`suggest_conclusion` returns the findings of a zone as
structured data that the form words in the interface language
(``ui/objects/passport/annex_text.py``). As with the statuses, the suggestion is evidence: the
commission confirms or rewrites the conclusion, and both are kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from models.issues import WARNING, Issue, ValidationReport
from models.objects.dto import ElementDraft, MeasurementDraft, NormRuleDTO, PassportDraft
from models.objects.tables import CATEGORIES, YES_NO, ZONES
from models.text import has_control

#: The work that is "no work needed" (``adaptation_works``): not recommended beside a real one.
NOT_NEEDED = "NOT_NEEDED"


def rule_applies(rule: NormRuleDTO, zone: str, element: str) -> bool:
    """True when ``rule`` may be cited for ``element`` of ``zone``: the rule lists the zone,
    and names no element or this one (brief §2.8: check, zone, element)."""
    return zone in rule.zones and (not rule.element or rule.element == element)


def annex_issues(
    draft: PassportDraft,
    element_zones: Mapping[str, str],
    rules: Mapping[str, NormRuleDTO],
    work_codes: frozenset[str] = frozenset(),
) -> list[Issue]:
    """Return the issues of the passport's zone-annex rows (``draft.elements``).

    Fields are named ``element.<i>.<field>``, ``i`` the row's index in ``draft.elements``.

    Args:
        draft: the passport version.
        element_zones: ``zone_elements`` code -> its zone ("" any zone). Empty: the code list
            is not known to the caller, and element codes are not checked here (the store's
            code guard still refuses an unknown one).
        rules: the norm rules by check code.
        work_codes: the ``adaptation_works`` codes; empty: not checked here.
    """
    report = ValidationReport()
    for i, e in enumerate(draft.elements):
        _element_issues(report, f"element.{i}", e, element_zones, rules, work_codes)
    return report.issues


def _element_issues(
    report: ValidationReport,
    prefix: str,
    e: ElementDraft,
    element_zones: Mapping[str, str],
    rules: Mapping[str, NormRuleDTO],
    work_codes: frozenset[str],
) -> None:
    if e.zone not in ZONES:
        report.add(f"{prefix}.zone", "unknown_code", code=e.zone)
    if not e.element:
        report.add(f"{prefix}.element", "required")
    elif element_zones:
        if e.element not in element_zones:
            report.add(f"{prefix}.element", "unknown_code", code=e.element)
        elif element_zones[e.element] and element_zones[e.element] != e.zone:
            report.add(
                f"{prefix}.element",
                "element_zone_mismatch",
                element=e.element,
                zone=e.zone,
                element_zone=element_zones[e.element],
            )
    if e.present and e.present not in YES_NO:
        report.add(f"{prefix}.present", "unknown_code", code=e.present)
    unknown = [c for c in e.categories if c not in CATEGORIES]
    if unknown:
        report.add(f"{prefix}.categories", "unknown_code", code=unknown[0])
    if e.rule_code:
        rule = rules.get(e.rule_code)
        if rule is None:
            report.add(f"{prefix}.rule_code", "unknown_code", code=e.rule_code)
        elif e.zone not in rule.zones:
            report.add(f"{prefix}.rule_code", "norm_zone_mismatch", check=e.rule_code, zone=e.zone)
        elif rule.element and rule.element != e.element:
            report.add(
                f"{prefix}.rule_code",
                "norm_element_mismatch",
                check=e.rule_code,
                element=rule.element,
            )
    if work_codes and e.work and e.work not in work_codes:
        report.add(f"{prefix}.work", "unknown_code", code=e.work)
    for name in ("violations", "work_note"):
        if has_control(getattr(e, name), multiline=True):
            report.add(f"{prefix}.{name}", "control_chars")
    for name in ("plan_no", "photo_no"):
        if has_control(getattr(e, name)):
            report.add(f"{prefix}.{name}", "control_chars")
    violated = bool(e.violations.strip() or e.rule_code)
    if violated and not e.categories:
        # A violation is evidence for some users: the conclusion names whom it stops.
        report.add(f"{prefix}.categories", "element_categories_missing", WARNING)
    if e.present == "NO" and e.violations.strip():
        report.add(f"{prefix}.present", "element_absent_with_violation", WARNING)


# -- the suggested zone conclusion ----------------------------------------------------------


@dataclass(frozen=True)
class AbsentElement:
    """An element the commission found absent (present = NO) and whom that affects."""

    element: str
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class ElementViolation:
    """An element with violations (in the commission's words), the rule broken and whom it
    affects (the row's categories, or the rule's when the row names none)."""

    element: str
    violations: str
    rule_code: str = ""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class Breach:
    """A measurement of the zone that does not meet its norm rule."""

    #: The element measured ("" the zone as a whole).
    element: str
    check_code: str
    metric: str
    value: float
    operator: str
    threshold: float
    unit: str
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class ZoneFindings:
    """What a zone's annex and measurements show, for its conclusion."""

    zone: str
    absent: tuple[AbsentElement, ...] = ()
    violations: tuple[ElementViolation, ...] = ()
    breaches: tuple[Breach, ...] = ()
    #: Recommended works (``adaptation_works``) in the order of the rows, each once.
    works: tuple[str, ...] = ()
    #: True when the zone has any element row or measurement: nothing recorded suggests nothing.
    recorded: bool = False

    @property
    def clean(self) -> bool:
        """True when something was recorded and nothing was found wrong."""
        return self.recorded and not (self.absent or self.violations or self.breaches)


def _categories(codes: Sequence[str]) -> tuple[str, ...]:
    return tuple(c for c in CATEGORIES if c in codes)


def _breached(rule: NormRuleDTO, value: float) -> bool:
    return not (value <= rule.value if rule.operator == "<=" else value >= rule.value)


def suggest_conclusion(
    zone: str,
    elements: Sequence[ElementDraft],
    measurements: Sequence[MeasurementDraft],
    rules: Mapping[str, NormRuleDTO],
) -> ZoneFindings:
    """Return the findings of ``zone`` from its annex rows and measurements.

    Rows and measurements of other zones are ignored, so the whole passport's may be passed.
    A measurement is judged against the rule in ``rules`` (the edition the form checks new
    values against); one whose rule is unknown is left out.
    """
    rows = [e for e in elements if e.zone == zone]
    values = [m for m in measurements if m.zone == zone]
    absent: list[AbsentElement] = []
    violations: list[ElementViolation] = []
    works: list[str] = []
    for e in rows:
        if e.present == "NO":
            absent.append(AbsentElement(e.element, _categories(e.categories)))
        text = " ".join(e.violations.split())
        if text or e.rule_code:
            cats = e.categories
            rule = rules.get(e.rule_code)
            if not cats and rule is not None:
                cats = tuple(rule.categories.split())
            violations.append(ElementViolation(e.element, text, e.rule_code, _categories(cats)))
        if e.work and e.work not in works:
            works.append(e.work)
    if len(works) > 1 and NOT_NEEDED in works:
        works.remove(NOT_NEEDED)
    breaches: list[Breach] = []
    for m in values:
        rule = rules.get(m.check_code)
        if rule is None or not _breached(rule, m.value):
            continue
        breaches.append(
            Breach(
                element=m.element,
                check_code=rule.check_code,
                metric=rule.metric,
                value=m.value,
                operator=rule.operator,
                threshold=rule.value,
                unit=rule.unit,
                categories=_categories(rule.categories.split()),
            )
        )
    return ZoneFindings(
        zone=zone,
        absent=tuple(absent),
        violations=tuple(violations),
        breaches=tuple(breaches),
        works=tuple(works),
        recorded=bool(rows or values),
    )
