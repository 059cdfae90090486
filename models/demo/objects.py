"""Demo objects and their passports (issue 2): objects with plausible Kazakh names, owners with
valid BINs, passports with zones, measurements, works, re-inspections and adaptations, every
date within the three years before ``today``.

Reproducible: the same seed, day and starting store give the same data (names, dates, statuses);
only the UUIDs are new, so two offices loading the same demo never collide on consolidation.
Fast: rows go in with SQLAlchemy Core bulk inserts (PITFALLS.md #6), so the ORM's
``before_flush`` hook does not run and the tracking columns are filled here.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select, update

from models.audit.record import inserted_rows, record_changes
from models.demo import names
from models.demo.object_kinds import (
    BODIES,
    HARD,
    KINDS,
    LEVEL_CUM,
    QUALITIES,
    RULE_TYPES,
    SHAPE_ZONES,
    STATE_SECTORS,
    WORK_COST,
    WORK_RANK,
    Kind,
)
from models.demo.settlements import plan_settlements
from models.objects.accessibility import (
    CONDITIONAL,
    FULL,
    LEVEL_ORDER,
    NA,
    NONE,
    PARTIAL,
    display_code,
    status_codes,
    suggest_levels,
)
from models.objects.context import validation_context
from models.objects.dto import (
    MeasurementDraft,
    NormRuleDTO,
    ObjectDraft,
    PassportDraft,
    WorkDraft,
    ZoneDraft,
)
from models.objects.repository import object_search_key
from models.objects.tables import (
    CATEGORIES,
    ZONES,
    InfraObject,
    Measurement,
    Passport,
    PassportZone,
    ZoneWork,
)
from models.objects.validation import (
    Context,
    measurement_verdict,
    validate_object,
    validate_passport,
)
from models.reference.dto import OfficeDTO
from models.reference.identifiers import check_digit
from models.reference.offices import office_of
from models.reference.tables import Setting, Settlement
from models.store.base import SYSTEM_ROLE, new_uuid
from models.store.db import Store

logger = logging.getLogger(__name__)

#: Objects generated and written per step; progress is reported after each.
CHUNK = 500
#: Share of subject objects with a passport, of passported objects re-inspected, and so on.
EXCLUDED_SHARE = 0.05
PASSPORTED_SHARE = 0.80
REINSPECTED_SHARE = 0.15
ADAPTED_SHARE = 0.35
OVERRIDE_SHARE = 0.06


_OBJ: Table = InfraObject.__table__  # type: ignore[assignment]
_PAS: Table = Passport.__table__  # type: ignore[assignment]
_ZON: Table = PassportZone.__table__  # type: ignore[assignment]
_MEA: Table = Measurement.__table__  # type: ignore[assignment]
_WRK: Table = ZoneWork.__table__  # type: ignore[assignment]
_SET: Table = Settlement.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class DemoObject:
    """One generated object with its passport versions, oldest first."""

    draft: ObjectDraft
    passports: tuple[PassportDraft, ...] = ()


@dataclass(frozen=True)
class DemoPlan:
    """Everything one run would add, before it is written."""

    settlements: tuple[tuple[str, str, str], ...]
    objects: tuple[DemoObject, ...] = field(default=())


# -- small helpers -------------------------------------------------------------------------------


def years_before(day: date, years: int) -> date:
    """Return ``day`` moved back ``years`` years (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _genitive(phrase: str) -> str:
    """Return a Kazakh phrase with the genitive ending on its last word (Ақкөл ауданының)."""
    if not phrase:
        return phrase
    vowels = [ch for ch in phrase.lower() if ch in "аәеёиоөұүыіэюя"]
    front = bool(vowels) and vowels[-1] in "әеөүіэ"
    last = phrase[-1].lower()
    if last in "аәеоөұүыіэяю":
        stem = "н"
    elif last in "илрйумнңжз":
        stem = "д"
    else:
        stem = "т"
    return phrase + stem + ("ің" if front else "ың")


def _bin(rng: random.Random) -> str:
    """Return a valid BIN: registration year and month, legal-entity digits, check digit."""
    while True:
        year = rng.randint(1995, 2020) % 100
        head = f"{year:02d}{rng.randint(1, 12):02d}{rng.choice('4444444456')}{rng.choice('0001')}"
        first11 = head + f"{rng.randint(0, 99_999):05d}"
        digit = check_digit(first11)
        if digit is not None:
            return first11 + str(digit)


def _person(rng: random.Random) -> str:
    female = rng.random() < 0.5
    surname = rng.choice(names.SURNAMES) + ("а" if female else "")
    given = rng.choice(names.FEMALE_NAMES if female else names.MALE_NAMES)
    father = rng.choice(names.MALE_NAMES)
    return f"{surname} {given} {father}{'қызы' if female else 'ұлы'}"


def _pick_weighted(rng: random.Random, items: Sequence[Any], weights: Sequence[float]) -> Any:
    return rng.choices(items, weights=weights, k=1)[0]


def _cumulative(weights: Sequence[float]) -> tuple[float, ...]:
    return tuple(itertools.accumulate(weights))


def _pick_cumulative(rng: random.Random, items: Sequence[Any], cum: Sequence[float]) -> Any:
    # NOTE: bisect on precomputed sums; random.choices recomputes them per call (10k objects
    # draw about 300k levels).
    return items[bisect.bisect(cum, rng.random() * cum[-1])]


def _money(rng: random.Random, low_k: int, high_k: int) -> Decimal:
    return Decimal(rng.randint(low_k, high_k) * 1000)


# -- the generator -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    kato: str
    stem: str
    town: bool


class _Generator:
    """Draws objects and passports from one ``random.Random``; knows nothing of the database."""

    def __init__(
        self,
        rng: random.Random,
        *,
        seed: int,
        today: date,
        office: OfficeDTO,
        places: Sequence[_Place],
        town: str,
        object_types: frozenset[str],
        norm_rules: dict[str, NormRuleDTO],
        sanitary_core: bool,
    ) -> None:
        self.rng = rng
        self.seed = seed
        self.today = today
        self.start = years_before(today, 3)
        self.town = town
        self.district = office.name_kk
        self.gen = _genitive(office.name_kk)
        self.places = list(places)
        self.town_places = [p for p in places if p.town] or self.places
        self.village_places = [p for p in places if not p.town] or self.places
        self.kinds = [k for k in KINDS if k.code in object_types]
        self.kind_weights = _cumulative([k.weight for k in self.kinds])
        self.rules = [norm_rules[c] for c in sorted(norm_rules)]
        self.sanitary_core = sanitary_core
        self.commission = [(_person(rng), role) for role in names.COMMISSION_ROLES]
        self.passport_no = 0

    # objects

    def object(self, n: int) -> DemoObject:
        rng = self.rng
        kind: Kind = _pick_cumulative(rng, self.kinds, self.kind_weights)
        in_town = not kind.village or rng.random() < 0.4
        place = rng.choice(self.town_places if in_town else self.village_places)
        template = rng.choice(kind.town if place.town or not kind.village else kind.village)
        name = template.format(
            n=rng.randint(1, 40),
            notable=rng.choice(names.NOTABLES),
            kg=rng.choice(names.KINDERGARTENS),
            brand=rng.choice(names.BRANDS),
            pharmacy=rng.choice(names.PHARMACIES),
            bank=rng.choice(names.BANKS),
            stop=rng.choice(names.STOPS),
            surname=rng.choice(names.SURNAMES),
            place=place.stem,
            town=self.town,
            district=self.district,
        )
        street = f"{rng.choice(names.STREETS)}, {rng.randint(1, 120)}"
        address = street if place.town else f"{place.stem} ауылы, {street}"
        owner_name, owner_bin = self._owner(kind, name)
        span = (self.today - self.start).days
        excluded = rng.random() < EXCLUDED_SHARE
        versions = 0
        if not excluded and rng.random() < PASSPORTED_SHARE:
            versions = 1
            if rng.random() < REINSPECTED_SHARE:
                versions = 2 if rng.random() < 0.7 else 3
        # Re-inspected objects were registered early enough for their inspections to fit.
        registered = self.start + timedelta(
            days=rng.randint(0, span - 150 * versions if versions > 1 else span)
        )
        building = kind.shape == "building"
        floors = None
        if building:
            floors = (
                rng.randint(3, 9)
                if kind.code == "HOUSING_RESIDENTIAL"
                else rng.choice((1, 1, 1, 2, 2, 2, 3, 4))
            )
        draft = ObjectDraft(
            name=name,
            object_type=kind.code,
            kato=place.kato,
            address=address,
            owner_name=owner_name,
            owner_bin=owner_bin,
            responsible_body=BODIES[kind.sector].format(gen=self.gen),
            floors=floors,
            year_built=rng.randint(1955, self.today.year - 1) if building else None,
            residential=kind.residential,
            subject_to_passportization=not excluded,
            exclusion_reason=rng.choice(names.EXCLUSION_REASONS) if excluded else "",
            exclusion_date=(
                registered + timedelta(days=rng.randint(0, (self.today - registered).days))
                if excluded
                else None
            ),
            registered_date=registered,
            object_ref=f"DEMO-{self.seed}-{n}",
        )
        passports: tuple[PassportDraft, ...] = ()
        if versions:
            passports = self._passports(kind, draft, registered, versions)
        return DemoObject(draft, passports)

    def _owner(self, kind: Kind, name: str) -> tuple[str, str]:
        rng = self.rng
        if kind.sector in STATE_SECTORS:
            owner = f"«{name}» КММ"
        elif kind.sector == "health":
            owner = f"«{name}» ШЖҚ КМК"
        elif kind.sector == "bank":
            owner = name.split(" бөлімшесі")[0] + " АҚ"
        elif kind.sector == "post":
            owner = "«Қазпошта» АҚ"
        elif kind.sector == "rail":
            owner = "«Жолаушылар тасымалы» АҚ"
        elif kind.sector == "transport":
            owner = BODIES["transport"].format(gen=self.gen) + " ММ"
        else:
            owner = f"«{rng.choice(names.BRANDS)}» ЖШС"
        return owner, _bin(rng)

    # passports

    def _passports(
        self, kind: Kind, obj: ObjectDraft, registered: date, versions: int
    ) -> tuple[PassportDraft, ...]:
        rng = self.rng
        available = (self.today - registered).days
        while versions > 1 and available < 150 * versions:
            versions -= 1
        slot = available // versions
        inspections = [
            registered + timedelta(days=i * slot + rng.randint(0, max(0, slot - 60)))
            for i in range(versions)
        ]
        quality = _pick_weighted(rng, QUALITIES, (20, 40, 40))
        result: list[PassportDraft] = []
        for i, inspected in enumerate(inspections):
            limit = inspections[i + 1] if i + 1 < versions else self.today
            approved = min(inspected + timedelta(days=rng.randint(0, 21)), limit)
            p = self._passport(
                kind, obj, quality, inspected, approved, limit, latest=i + 1 == versions
            )
            if i:
                # A later version says why it was made (issue 12): after the works of the one
                # before, else in turn periodic, after a reconstruction, after a complaint (no
                # draw from ``rng``: the rest of the data stays as it was).
                reason = (
                    "AFTER_WORKS"
                    if result[-1].adapted_date is not None
                    else ("PERIODIC", "RECONSTRUCTION", "COMPLAINT")[self.passport_no % 3]
                )
                p = replace(p, reinspection_reason=reason)
            result.append(p)
            if p.adapted_date is not None:
                quality = QUALITIES[min(QUALITIES.index(quality) + 1, 2)]
        return tuple(result)

    def _zone_levels(self, kind: Kind, quality: str) -> dict[str, dict[str, str]]:
        rng = self.rng
        present = SHAPE_ZONES[kind.shape]
        small_shop = kind.code in ("HEALTH_PHARMACY", "TRADE_SHOP")
        if small_shop and rng.random() < 0.5:
            present = tuple(z for z in present if z != "SANITARY")
        levels: dict[str, dict[str, str]] = {}
        for zone in ZONES:
            if zone not in present:
                levels[zone] = dict.fromkeys(CATEGORIES, NA)
                continue
            levels[zone] = {
                cat: _pick_cumulative(
                    rng, (FULL, PARTIAL, NONE), LEVEL_CUM[(quality, zone in HARD[cat])]
                )
                for cat in CATEGORIES
            }
        return levels

    def _passport(
        self,
        kind: Kind,
        obj: ObjectDraft,
        quality: str,
        inspected: date,
        approved: date,
        limit: date,
        *,
        latest: bool,
    ) -> PassportDraft:
        rng = self.rng
        residential = obj.residential and self.sanitary_core
        zone_levels = self._zone_levels(kind, quality)
        first = suggest_levels(zone_levels, {}, residential=residential)
        forms = {}
        for cat in CATEGORIES:
            if first[cat] == FULL:
                forms[cat] = "A"
            elif first[cat] == PARTIAL:
                forms[cat] = "B"
            else:
                forms[cat] = "DU" if rng.random() < 0.4 else "VND"
        suggested = suggest_levels(zone_levels, forms, residential=residential)
        confirmed = dict(suggested)
        note = ""
        if rng.random() < OVERRIDE_SHARE:
            cat = rng.choice(CATEGORIES)
            idx = LEVEL_ORDER.index(suggested[cat])
            new = LEVEL_ORDER[max(0, min(len(LEVEL_ORDER) - 1, idx + rng.choice((-1, 1))))]
            if new != suggested[cat]:
                confirmed[cat] = new
                note = rng.choice(names.OVERRIDE_NOTES)
        works = self._works(kind, quality, zone_levels, forms, approved)
        requires = any(w.work != "NOT_NEEDED" for w in works)
        adapted = None
        share = ADAPTED_SHARE if latest else 0.5
        if requires and rng.random() < share:
            adapted = approved + timedelta(days=rng.randint(0, (limit - approved).days))
            works = tuple(
                w if w.work == "NOT_NEEDED" or w.zone == "ALL" else _completed(w, adapted)
                for w in works
            )
        cost = None
        if adapted is not None:
            total = sum((w.estimated_cost or Decimal(0)) for w in works if w.zone != "ALL")
            cost = (total * Decimal(rng.randint(85, 110)) / 100).quantize(Decimal("1000"))
        self.passport_no += 1
        return PassportDraft(
            inspection_date=inspected,
            passport_date=approved,
            number=f"{self.passport_no}/{approved.year}",
            commission=self._commission(),
            conclusion="Нысанның қолжетімділік жағдайы: " + display_code(confirmed),
            zones=tuple(ZoneDraft(z, zone_levels[z], display_code(zone_levels[z])) for z in ZONES),
            service_forms=forms,
            suggested=suggested,
            statuses=status_codes(confirmed),
            override_note=note,
            requires_adaptation=requires,
            adapted_date=adapted,
            adaptation_cost=cost,
            alternative_service=names.ALTERNATIVE_SERVICE if "DU" in forms.values() else "",
            measurements=self._measurements(kind, zone_levels),
            works=works,
        )

    def _commission(self) -> str:
        chair = self.commission[0][0]
        members = self.rng.sample(self.commission[1:], k=self.rng.randint(2, 4))
        return f"Төраға: {chair}; мүшелері: " + ", ".join(f"{p} ({r})" for p, r in members)

    def _works(
        self,
        kind: Kind,
        quality: str,
        zone_levels: dict[str, dict[str, str]],
        forms: dict[str, str],
        approved: date,
    ) -> tuple[WorkDraft, ...]:
        rng = self.rng
        funding = (
            "OWNER"
            if kind.sector in ("trade", "bank", "rail")
            else rng.choice(("LOCAL_BUDGET", "LOCAL_BUDGET", "STATE_PROGRAMME"))
        )
        works = []
        for zone in ZONES:
            levels = zone_levels[zone]
            if all(v == NA for v in levels.values()):
                continue
            if NONE in levels.values():
                if any(levels[c] == NONE and forms[c] == "DU" for c in CATEGORIES) and (
                    rng.random() < 0.3
                ):
                    work = "ALTERNATIVE_SERVICE"
                elif zone in ("INFO", "SERVICE", "APPROACH"):
                    work = rng.choice(("CURRENT_REPAIR", "CURRENT_REPAIR", "INDIVIDUAL_TSR"))
                else:
                    work = _pick_weighted(
                        rng, ("CAPITAL_REPAIR", "CURRENT_REPAIR", "INDIVIDUAL_TSR"), (3, 4, 3)
                    )
            elif PARTIAL in levels.values() and quality != "good" and rng.random() < 0.3:
                work = "CURRENT_REPAIR"
            else:
                work = "NOT_NEEDED"
            if work == "NOT_NEEDED":
                works.append(WorkDraft(zone, work))
                continue
            low, high = WORK_COST[work]
            works.append(
                WorkDraft(
                    zone,
                    work,
                    planned_year=approved.year + rng.randint(0, 3),
                    estimated_cost=_money(rng, low, high),
                    funding_source=funding,
                )
            )
        needed = [w for w in works if w.work != "NOT_NEEDED"]
        if needed:
            main = min(needed, key=lambda w: WORK_RANK.index(w.work))
            years = [w.planned_year for w in needed if w.planned_year is not None]
            works.append(WorkDraft("ALL", main.work, max(years), None, funding))
        return tuple(works)

    def _measurements(
        self, kind: Kind, zone_levels: dict[str, dict[str, str]]
    ) -> tuple[MeasurementDraft, ...]:
        rng = self.rng
        present = {z for z in ZONES if any(v != NA for v in zone_levels[z].values())}
        usable = [
            r
            for r in self.rules
            if set(r.zones) & present and kind.code in RULE_TYPES.get(r.check_code, {kind.code})
        ]
        if not usable:
            return ()
        chosen = rng.sample(usable, k=rng.randint(1, min(5, len(usable))))
        result = []
        for rule in sorted(chosen, key=lambda r: r.check_code):
            zone = rng.choice([z for z in ZONES if z in present and z in rule.zones])
            level = zone_levels[zone]["K"]
            breach_p = {FULL: 0.05, PARTIAL: 0.4, CONDITIONAL: 0.5, NONE: 0.7}.get(level, 0.2)
            value = _measure(rng, rule, breach=rng.random() < breach_p)
            result.append(
                MeasurementDraft(zone, rule.check_code, value, f"IMG_{rng.randint(1, 9999):04d}")
            )
        return tuple(result)


def _completed(w: WorkDraft, when: date) -> WorkDraft:
    return WorkDraft(w.zone, w.work, w.planned_year, w.estimated_cost, w.funding_source, when)


def _measure(rng: random.Random, rule: NormRuleDTO, *, breach: bool) -> float:
    """Return a plausible measured value meeting (or breaching) the rule, physically possible."""
    t = rule.value
    if rule.unit == "1/0":
        value = 0.0 if breach else 1.0
    elif rule.operator == ">=":
        value = t * (rng.uniform(0.6, 0.97) if breach else rng.uniform(1.0, 1.4))
    else:
        value = t * (rng.uniform(1.1, 1.8) if breach else rng.uniform(0.3, 1.0))
    digits = 3 if 0 < abs(t) < 0.1 else (1 if rule.unit == "%" else 2)
    value = round(value, digits)
    value = min(max(value, rule.min_physical), rule.max_physical)
    if not breach and not measurement_verdict(rule, value):
        value = t  # rounding pushed a compliant value over the line
    return value


def _next_number(conn: Connection, seed: int) -> int:
    prefix = f"DEMO-{seed}-"
    refs = conn.scalars(
        select(_OBJ.c.object_ref).where(_OBJ.c.object_ref.startswith(prefix, autoescape=True))
    )
    numbers = [int(r[len(prefix) :]) for r in refs if r[len(prefix) :].isdigit()]
    return max(numbers, default=0) + 1


def plan_demo(
    store: Store, *, objects: int, seed: int, today: date, start: int | None = None
) -> DemoPlan:
    """Return what :func:`add_demo_data` would add, without writing (used by tests too).

    Args:
        store: the open store (its office, code lists, norm rules and settlements are read).
        objects: number of objects to generate.
        seed: the random seed.
        today: the day the data is generated for; no date is later.
        start: the first DEMO number; default: after the highest DEMO-<seed>- ref in the store.
    """
    office = office_of(store)
    ctx = validation_context(store, today)
    with store.engine.connect() as conn:
        if start is None:
            start = _next_number(conn, seed)
        existing = {
            row.kato: row
            for row in conn.execute(select(_SET.c.kato, _SET.c.name_kk, _SET.c.name_ru))
        }
        setting = conn.scalar(
            select(Setting.value).where(Setting.key == "sanitary_core_for_residential")
        )
    wanted = plan_settlements(office)
    new_rows = tuple(s for s in wanted if s[0] not in existing)
    places = []
    for kato, kk, _ru in wanted:
        name_kk = existing[kato].name_kk if kato in existing else kk
        stem = name_kk.removesuffix(" қаласы").removesuffix(" ауылы")
        places.append(_Place(kato, stem, town=kato.endswith("20100")))
    gen = _Generator(
        random.Random(f"qoldau-demo:{seed}:{start}"),
        seed=seed,
        today=today,
        office=office,
        places=places,
        town=places[0].stem,
        object_types=ctx.object_types,
        norm_rules=dict(ctx.norm_rules),
        sanitary_core=setting != "0",
    )
    return DemoPlan(new_rows, tuple(gen.object(start + i) for i in range(objects)))


def check_plan(plan: DemoPlan, ctx: Context) -> None:
    """Refuse to write a plan breaking a rule: a bug in the generator, never user input."""
    for obj in plan.objects:
        problems = validate_object(obj.draft, ctx).errors
        for p in obj.passports:
            problems += validate_passport(p, ctx).errors
        if problems:
            raise RuntimeError(f"demo object {obj.draft.object_ref} is invalid: {problems}")


def write_chunk(
    conn: Connection,
    chunk: Sequence[DemoObject],
    ctx: Context,
    stamp: dict[str, Any],
    role: str = SYSTEM_ROLE,
) -> None:
    """Insert ``chunk`` with Core bulk inserts on ``conn``, and its audit (one compact row per
    record) through ``models/audit/record.py`` like every other write."""

    def tracked() -> dict[str, Any]:
        return {"uuid": new_uuid(), **stamp}

    rows = []
    for o in chunk:
        d = o.draft
        rows.append(
            {
                **tracked(),
                "object_ref": d.object_ref,
                "kato": d.kato,
                "name": d.name,
                "object_type": d.object_type,
                "address": d.address,
                "owner_name": d.owner_name,
                "owner_bin": d.owner_bin,
                "responsible_body": d.responsible_body,
                "floors": d.floors,
                "year_built": d.year_built,
                "residential": d.residential,
                "subject_to_passportization": d.subject_to_passportization,
                "exclusion_reason": d.exclusion_reason,
                "exclusion_date": d.exclusion_date,
                "registered_date": d.registered_date,
                "deregistered_date": None,
                "search_key": object_search_key(d.name, d.address),
                "current_passport_id": None,
            }
        )
    # RETURNING gives rows in no guaranteed order: map them back by (kato, ref).
    ids = {
        (kato, ref): oid
        for oid, kato, ref in conn.execute(
            insert(_OBJ).returning(_OBJ.c.id, _OBJ.c.kato, _OBJ.c.object_ref), rows
        )
    }
    audit = inserted_rows("infra_object", rows)
    object_uuids = {ids[(r["kato"], r["object_ref"])]: r["uuid"] for r in rows}
    passport_rows = []
    for o in chunk:
        object_id = ids[(o.draft.kato, o.draft.object_ref)]
        for version, p in enumerate(o.passports, start=1):
            passport_rows.append(_passport_row(p, object_id, version, tracked()))
    login = str(stamp["created_by"])
    if not passport_rows:
        record_changes(conn, audit, login=login, role=role, compact=True)
        return
    pids = {
        (oid, version): pid
        for pid, oid, version in conn.execute(
            insert(_PAS).returning(_PAS.c.id, _PAS.c.object_id, _PAS.c.version), passport_rows
        )
    }
    zones, measures, works, currents = [], [], [], []
    for o in chunk:
        object_id = ids[(o.draft.kato, o.draft.object_ref)]
        for version, p in enumerate(o.passports, start=1):
            pid = pids[(object_id, version)]
            for z in p.zones:
                zones.append(
                    {
                        **tracked(),
                        "passport_id": pid,
                        "zone": z.zone,
                        "conclusion": z.conclusion,
                        **{f"level_{c.lower()}": z.levels.get(c, NA) for c in CATEGORIES},
                    }
                )
            for m in p.measurements:
                rule = ctx.norm_rules[m.check_code]
                measures.append(
                    {
                        **tracked(),
                        "passport_id": pid,
                        "zone": m.zone,
                        "check_code": m.check_code,
                        "value": m.value,
                        "verdict": "ok" if measurement_verdict(rule, m.value) else "breach",
                        "threshold": rule.value,
                        "operator": rule.operator,
                        "norm_ref": f"{rule.document} {rule.clause}",
                        "photo_no": m.photo_no,
                    }
                )
            for w in p.works:
                works.append(
                    {
                        **tracked(),
                        "passport_id": pid,
                        "zone": w.zone,
                        "work": w.work,
                        "planned_year": w.planned_year,
                        "estimated_cost": w.estimated_cost,
                        "funding_source": w.funding_source,
                        "completed_date": w.completed_date,
                    }
                )
        if o.passports:
            currents.append({"b_id": object_id, "b_pid": pids[(object_id, len(o.passports))]})
    for table, batch in ((_ZON, zones), (_MEA, measures), (_WRK, works)):
        if batch:
            conn.execute(insert(table), batch)
    audit += inserted_rows(
        "passport", passport_rows, parent=lambda r: f"infra_object:{object_uuids[r['object_id']]}"
    )
    passport_uuids = {pids[(r["object_id"], r["version"])]: r["uuid"] for r in passport_rows}
    for entity, batch in (
        ("passport_zone", zones),
        ("measurement", measures),
        ("zone_work", works),
    ):
        audit += inserted_rows(
            entity, batch, parent=lambda r: f"passport:{passport_uuids[r['passport_id']]}"
        )
    record_changes(conn, audit, login=login, role=role, compact=True)
    conn.execute(
        update(_OBJ)
        .where(_OBJ.c.id == bindparam("b_id"))
        .values(current_passport_id=bindparam("b_pid")),
        currents,
    )


def _passport_row(
    p: PassportDraft, object_id: int, version: int, base: dict[str, Any]
) -> dict[str, Any]:
    row: dict[str, Any] = {
        **base,
        "object_id": object_id,
        "version": version,
        "number": p.number,
        "inspection_date": p.inspection_date,
        "passport_date": p.passport_date,
        "commission": p.commission,
        "conclusion": p.conclusion,
        "override_note": p.override_note,
        "requires_adaptation": p.requires_adaptation,
        "adapted_date": p.adapted_date,
        "adaptation_cost": p.adaptation_cost,
        "alternative_service": p.alternative_service,
        "reinspection_reason": p.reinspection_reason,
    }
    for c in CATEGORIES:
        low = c.lower()
        row[f"service_form_{low}"] = p.service_forms.get(c, "")
        row[f"suggested_{low}"] = p.suggested.get(c, "")
        row[f"status_{low}"] = p.statuses.get(c, "")
    return row
