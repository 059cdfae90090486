"""Accessibility levels, status codes and the indicator (domain brief §2.5, §2.6, §2.9).

Pure functions over plain values so the UI, the importer and the reports share one rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from models.objects.tables import CATEGORIES

FULL, PARTIAL, CONDITIONAL, NONE, NA = "FULL", "PARTIAL", "CONDITIONAL", "NONE", "NA"
#: Best first; NA (zone absent) is not a level and is skipped when taking the worst.
LEVEL_ORDER = (FULL, PARTIAL, CONDITIONAL, NONE)
STATUS_CODES = ("DP_V", "DP_I", "DCH_V", "DCH_I", "DU", "VND")
#: Service forms of passport section 3.3 (a code set separate from the status codes).
SERVICE_FORMS = ("A", "B", "DU", "VND")
CORE_ZONES = ("TERRITORY", "ENTRANCE", "INTERIOR", "SERVICE")
SUPPORTING_ZONES = ("SANITARY", "INFO")
#: Cyrillic display letters of the categories.
CATEGORY_LETTERS = {"K": "К", "O": "О", "S": "С", "G": "Г", "U": "У"}
_STATUS_LEVEL = {
    "DP_V": FULL,
    "DP_I": FULL,
    "DCH_V": PARTIAL,
    "DCH_I": PARTIAL,
    "DU": CONDITIONAL,
    "VND": NONE,
}
_STATUS_DISPLAY = {
    "DP_V": "ДП-В",
    "DP_I": "ДП-И",
    "DCH_V": "ДЧ-В",
    "DCH_I": "ДЧ-И",
    "DU": "ДУ",
    "VND": "ВНД",
}


def level_of_status(code: str) -> str | None:
    """Return the level (FULL...NONE) an access status code stands for, None if unknown."""
    return _STATUS_LEVEL.get(code)


def worst(levels: list[str]) -> str | None:
    """Return the worst applicable level, or None when every level is NA."""
    ranked = [LEVEL_ORDER.index(lv) for lv in levels if lv != NA]
    return LEVEL_ORDER[max(ranked)] if ranked else None


def status_codes(levels: Mapping[str, str]) -> dict[str, str]:
    """Return the access status code per category for five levels.

    FULL gives DP_V when all five are FULL, DP_I otherwise; PARTIAL likewise DCH_V/DCH_I;
    CONDITIONAL gives DU and NONE gives VND.
    """
    all_same = len({levels[c] for c in CATEGORIES}) == 1
    codes: dict[str, str] = {}
    for cat in CATEGORIES:
        level = levels[cat]
        if level == FULL:
            codes[cat] = "DP_V" if all_same else "DP_I"
        elif level == PARTIAL:
            codes[cat] = "DCH_V" if all_same else "DCH_I"
        elif level == CONDITIONAL:
            codes[cat] = "DU"
        else:
            codes[cat] = "VND"
    return codes


#: Codes that mean "the same for all five categories" (domain brief §2.5).
ALL_CATEGORY_CODES = ("DP_V", "DCH_V")


def status_disagreement(statuses: Mapping[str, str]) -> tuple[str, tuple[str, ...]] | None:
    """Return where a DP_V or DCH_V is not shared by all five categories (brief §2.5).

    DP_V and DCH_V say "the same for everyone": with K = DP_V and O = VND, or K = DP_V and the
    others DP_I, the statuses contradict each other. The one rule of the form, the repository
    and the registry import.

    Args:
        statuses: category -> access status code ("" or missing when not recorded).

    Returns:
        None when coherent; else (the first "-В" code in category order, the categories whose
        status differs from it).
    """
    for cat in CATEGORIES:
        code = statuses.get(cat, "")
        if code in ALL_CATEGORY_CODES:
            others = tuple(c for c in CATEGORIES if statuses.get(c, "") != code)
            return (code, others) if others else None
    return None


def display_code(levels: Mapping[str, str]) -> str:
    """Return the display code of five levels, e.g. ``ДП-И (О, Г, У); ДЧ-И (С)``.

    All five equal gives ДП-В, ДЧ-В, ДУ or ВНД; otherwise the groups that apply, NONE left out.
    NA everywhere (an absent zone) gives an empty string.
    """
    values = [levels[c] for c in CATEGORIES]
    if all(v == NA for v in values):
        return ""
    if len(set(values)) == 1:
        return {FULL: "ДП-В", PARTIAL: "ДЧ-В", CONDITIONAL: "ДУ", NONE: "ВНД"}[values[0]]
    groups = []
    for level, prefix in ((FULL, "ДП-И"), (PARTIAL, "ДЧ-И"), (CONDITIONAL, "ДУ")):
        letters = [CATEGORY_LETTERS[c] for c in CATEGORIES if levels[c] == level]
        if letters:
            groups.append(f"{prefix} ({', '.join(letters)})")
    return "; ".join(groups) if groups else "ВНД"


def status_display(code: str, categories: list[str] | None = None) -> str:
    """Return the Cyrillic display of one status code (``DP_I`` -> ``ДП-И``)."""
    text = _STATUS_DISPLAY.get(code, "")
    if categories and code in ("DP_I", "DCH_I"):
        text += " (" + ", ".join(CATEGORY_LETTERS[c] for c in categories) + ")"
    return text


def suggest_levels(
    zone_levels: Mapping[str, Mapping[str, str]],
    service_forms: Mapping[str, str],
    *,
    residential: bool = False,
) -> dict[str, str]:
    """Suggest the overall level per category by the brief's worst-zone rule (§2.6).

    Args:
        zone_levels: zone code -> category -> level (NA when the zone is absent).
        service_forms: category -> service form of section 3.3 (``DU`` makes NONE conditional).
        residential: long-stay or residential object, where SANITARY counts as core.

    Returns:
        Category -> suggested level; NONE when no core zone applies at all.
    """
    core = CORE_ZONES + (("SANITARY",) if residential else ())
    supporting = tuple(z for z in SUPPORTING_ZONES if z not in core)
    result: dict[str, str] = {}
    for cat in CATEGORIES:
        core_level = worst([zone_levels[z][cat] for z in core if z in zone_levels]) or NONE
        if core_level == FULL:
            support = worst([zone_levels[z][cat] for z in supporting if z in zone_levels])
            if support not in (None, FULL):
                core_level = PARTIAL
        if core_level == NONE and service_forms.get(cat) == "DU":
            core_level = CONDITIONAL
        result[cat] = core_level
    return result


def accessible_share(passported: int, requiring: int, adapted: int) -> Decimal | None:
    """Return the indicator in percent, rounded half-up to one decimal (brief §2.9).

    ``(passported - requiring + adapted) / passported * 100``; None when nothing is passported.
    Computed with exact decimals: 61 of 80 gives 76.3, where float ``round`` gives 76.2.
    """
    if passported == 0:
        return None
    accessible = Decimal(passported - requiring + adapted)
    share = accessible * 100 / Decimal(passported)
    return share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def format_share(share: Decimal | None, decimal_comma: bool = True) -> str:
    """Format a share for print: one decimal always, comma in kk/ru, an en dash when undefined."""
    if share is None:
        return "–"
    text = f"{share:.1f}"
    return text.replace(".", ",") if decimal_comma else text
