"""The kinds of demo objects (type, sector, names, zones, how accessible they tend to be) and the
weights the demo objects are drawn with.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass

from models.objects.tables import (
    ZONES,
)

logger = logging.getLogger(__name__)


# -- object types --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    code: str
    weight: float
    sector: str
    town: tuple[str, ...]
    village: tuple[str, ...] = ()  # empty: only in the district town
    shape: str = "building"  # building, stop (shelter and platform) or open (no building)
    residential: bool = False


KINDS: tuple[Kind, ...] = (
    Kind(
        "EDU_SCHOOL",
        14,
        "edu",
        ("№{n} жалпы білім беретін мектеп", "{notable} атындағы жалпы білім беретін мектеп"),
        ("{place} жалпы білім беретін мектебі", "{place} негізгі мектебі"),
    ),
    Kind(
        "EDU_PRESCHOOL",
        12,
        "edu",
        ("«{kg}» балабақшасы", "№{n} «{kg}» бөбекжай-балабақшасы"),
        ("«{kg}» шағын орталығы", "«{kg}» балабақшасы"),
    ),
    Kind("EDU_BOARDING", 1, "edu", ("№{n} мектеп-интернат",), residential=True),
    Kind("EDU_SPECIAL", 0.5, "edu", ("Психологиялық-педагогикалық түзеу кабинеті",)),
    Kind("EDU_COLLEGE", 1, "edu", ("{town} аграрлық-техникалық колледжі",)),
    Kind(
        "EDU_ADDITIONAL",
        2,
        "edu",
        ("Балалар музыка мектебі", "Балалар мен жасөспірімдер спорт мектебі", "Оқушылар үйі"),
    ),
    Kind("HEALTH_HOSPITAL", 2, "health", ("{town} аудандық ауруханасы",), residential=True),
    Kind(
        "HEALTH_POLYCLINIC",
        3,
        "health",
        ("{town} аудандық емханасы",),
        ("{place} дәрігерлік амбулаториясы",),
    ),
    Kind(
        "HEALTH_RURAL_POST",
        7,
        "health",
        ("{town} медициналық пункті",),
        ("{place} фельдшерлік-акушерлік пункті", "{place} медициналық пункті"),
    ),
    Kind("HEALTH_REHAB", 0.5, "health", ("Балаларды оңалту орталығы",)),
    Kind("HEALTH_PHARMACY", 6, "trade", ("«{pharmacy}» дәріханасы",), ("«{pharmacy}» дәріханасы",)),
    Kind(
        "SOC_SPECIAL_SERVICES",
        1,
        "social",
        ("Қарттар мен мүгедектігі бар адамдарға арналған күндізгі болу бөлімшесі",),
        residential=True,
    ),
    Kind("SOC_FAMILY_SUPPORT", 1, "social", ("{district} отбасын қолдау орталығы",)),
    Kind("SOC_CAREER_CENTRE", 1, "social", ("{district} мансап орталығы",)),
    Kind(
        "SOC_EMPLOYMENT_OFFICE",
        1,
        "social",
        ("{district} жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",),
    ),
    Kind(
        "GOV_AKIMAT",
        6,
        "gov",
        ("Әкімдік ғимараты",),
        ("{place} ауылдық округі әкімінің аппараты",),
    ),
    Kind("GOV_MASLIKHAT", 0.5, "gov", ("{district} мәслихаты",)),
    Kind("GOV_PSC", 1, "gov", ("{town} халыққа қызмет көрсету орталығы",)),
    Kind("GOV_OTHER", 1, "gov", ("Аудандық мемлекеттік кірістер басқармасы",)),
    Kind("JUST_COURT", 1, "justice", ("{town} аудандық соты",)),
    Kind(
        "JUST_POLICE", 1, "justice", ("{district} полиция бөлімі",), ("Учаскелік полиция пункті",)
    ),
    Kind("JUST_NOTARY", 1, "trade", ("Жеке нотариус {surname} кеңсесі",)),
    Kind(
        "CULT_HOUSE",
        6,
        "culture",
        ("{town} аудандық мәдениет үйі",),
        ("{place} ауылдық клубы", "{place} мәдениет үйі"),
    ),
    Kind(
        "CULT_LIBRARY",
        5,
        "culture",
        ("Аудандық орталық кітапхана", "Балалар кітапханасы"),
        ("{place} ауылдық кітапханасы",),
    ),
    Kind("CULT_VENUE", 1, "culture", ("Аудандық тарихи-өлкетану музейі", "«{brand}» кинотеатры")),
    Kind(
        "SPORT_FACILITY",
        3,
        "sport",
        ("Дене шынықтыру-сауықтыру кешені", "«{brand}» стадионы", "Жүзу бассейні"),
        ("{place} спорт залы",),
    ),
    Kind(
        "TRADE_SHOP",
        14,
        "trade",
        ("«{brand}» супермаркеті", "«{brand}» сауда үйі", "Орталық базар"),
        ("«{brand}» дүкені", "«{brand}» азық-түлік дүкені"),
    ),
    Kind(
        "TRADE_CATERING",
        5,
        "trade",
        ("«{brand}» мейрамханасы", "«{brand}» дәмханасы"),
        ("«{brand}» асханасы",),
    ),
    Kind("SERVICE_CONSUMER", 3, "trade", ("«{brand}» шаштаразы", "«{brand}» моншасы")),
    Kind("FIN_BANK", 2, "bank", ("«{bank}» бөлімшесі",)),
    Kind(
        "POST_OFFICE",
        4,
        "post",
        ("«Қазпошта» {town} байланыс бөлімшесі",),
        ("«Қазпошта» {place} байланыс бөлімшесі",),
    ),
    Kind("HOUSING_RESIDENTIAL", 3, "housing", ("№{n} көппәтерлі тұрғын үй",), residential=True),
    Kind("TOURISM_HOTEL", 1, "trade", ("«{brand}» қонақ үйі",)),
    Kind("PUBLIC_SPACE", 2, "transport", ("Орталық саябақ", "Жастар гүлзары"), shape="open"),
    Kind("POLLING_STATION", 1, "gov", ("№{n} сайлау учаскесі",), ("№{n} сайлау учаскесі",)),
    Kind("TRN_RAIL_STATION", 1, "rail", ("{town} темір жол вокзалы",)),
    Kind("TRN_BUS_STATION", 1, "transport", ("{town} автостанциясы",), ("{place} автостанциясы",)),
    Kind(
        "TRN_STOP",
        10,
        "transport",
        ("«{stop}» аялдамасы",),
        ("«{place}» аялдамасы",),
        shape="stop",
    ),
    Kind("TRN_PARKING", 1, "transport", ("Аудандық аурухана жанындағы автотұрақ",), shape="open"),
)


BODIES = {
    "edu": "{gen} білім бөлімі",
    "health": "Облыстық денсаулық сақтау басқармасы",
    "social": "{gen} жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
    "gov": "{gen} әкімдігі",
    "justice": "Облыстық департамент",
    "culture": "{gen} мәдениет және тілдерді дамыту бөлімі",
    "sport": "{gen} дене шынықтыру және спорт бөлімі",
    "trade": "{gen} кәсіпкерлік бөлімі",
    "bank": "",
    "post": "«Қазпошта» АҚ облыстық филиалы",
    "housing": "{gen} тұрғын үй-коммуналдық шаруашылығы бөлімі",
    "transport": "{gen} тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі бөлімі",
    "rail": "«ҚТЖ» ҰК» АҚ",
}


STATE_SECTORS = frozenset({"edu", "social", "gov", "justice", "culture", "sport", "housing"})


#: Zones present by shape (the others are NA).
SHAPE_ZONES = {
    "building": ZONES,
    "stop": ("TERRITORY", "SERVICE", "INFO", "APPROACH"),
    "open": ("TERRITORY", "INFO", "APPROACH"),
}


#: Level weights (FULL, PARTIAL, NONE) by object quality and whether the zone is hard for the
#: category (stairs for K/O, signs and sound for S/G).
LEVEL_WEIGHTS = {
    ("good", False): (90, 10, 0),
    ("good", True): (65, 33, 2),
    ("medium", False): (55, 40, 5),
    ("medium", True): (15, 50, 35),
    ("poor", False): (30, 45, 25),
    ("poor", True): (5, 30, 65),
}


LEVEL_CUM = {key: tuple(itertools.accumulate(w)) for key, w in LEVEL_WEIGHTS.items()}


QUALITIES = ("poor", "medium", "good")


HARD = {
    "K": frozenset({"TERRITORY", "ENTRANCE", "INTERIOR", "SANITARY", "APPROACH"}),
    "O": frozenset({"ENTRANCE", "INTERIOR", "SANITARY"}),
    "S": frozenset({"INFO", "APPROACH"}),
    "G": frozenset({"INFO", "SERVICE"}),
    "U": frozenset({"INFO"}),
}


WORK_COST = {
    "CURRENT_REPAIR": (150, 2_500),
    "CAPITAL_REPAIR": (3_000, 30_000),
    "INDIVIDUAL_TSR": (80, 900),
    "ALTERNATIVE_SERVICE": (0, 200),
}


WORK_RANK = ("CAPITAL_REPAIR", "CURRENT_REPAIR", "INDIVIDUAL_TSR", "ALTERNATIVE_SERVICE")


#: Checks that only make sense for some object types.
RULE_TYPES = {"BALCONY_WIDTH": {"HOUSING_RESIDENTIAL"}, "ATM_LARGE_PRINT": {"FIN_BANK", "GOV_PSC"}}
