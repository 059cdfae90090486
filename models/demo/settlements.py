"""Demo settlements: the district town and the villages of the office's territory."""

from __future__ import annotations

import logging
import random

from models.demo import names
from models.reference.dto import OfficeDTO

logger = logging.getLogger(__name__)


def _ru_translit(text: str) -> str:
    table = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
    out = text.translate(table)
    return out + "ь" if out.endswith("кол") else out


# -- planning and writing ------------------------------------------------------------------------


def _territory_prefix(office: OfficeDTO) -> str:
    if office.level == "district":
        return office.kato[:4]
    if office.level == "region":
        return office.kato[:2] + "20"
    return "1120"


def plan_settlements(office: OfficeDTO) -> tuple[tuple[str, str, str], ...]:
    """Return (kato, name_kk, name_ru) of the district town and 8-15 villages of the territory.

    The list depends only on the office, not on the seed, so a second run adds none.
    """
    prefix = _territory_prefix(office)
    rng = random.Random(f"qoldau-demo-places:{prefix}")
    town_kk, town_ru = _town_names(office)
    rows = [(f"{prefix}20100", f"{town_kk} қаласы", f"город {town_ru}")]
    villages = rng.sample(names.VILLAGES, k=rng.randint(8, 15))
    for i, (kk, ru) in enumerate(villages):
        kato = f"{prefix}{23 + 2 * (i // 2):02d}{'100' if i % 2 == 0 else '300'}"
        rows.append((kato, f"{kk} ауылы", f"село {ru}"))
    return tuple(rows)


def _town_names(office: OfficeDTO) -> tuple[str, str]:
    suffix = " ауданы"
    if office.name_kk.endswith(suffix) and len(office.name_kk) > len(suffix):
        stem = office.name_kk[: -len(suffix)]
        return stem, _ru_translit(stem)
    return names.FALLBACK_TOWN
