"""Demo families and their cases for training (issue 3; ``main.py demo --families N``).

Families live in the demo settlements (:func:`models.demo.settlements.plan_settlements`):
Kazakh and Russian households with proper name forms (Нұрланұлы / Нұрланқызы, Сергеевич /
Сергеевна, Ахметов / Ахметова), members with valid IINs that encode their birth date and sex,
children under 18, disability consistent with age (a status without a group under 7, groups
I-III from 7), categories that follow from the members (LARGE with 4 or more minors), Digital
Family Map levels and the legal basis of processing. Each family has one case, and the cases
cover every stage of the life cycle: assessments, plans with measures, visits with their next
follow-up (some overdue), services, closures with reasons and reopenings, every date within the
three years before ``today`` and in life-cycle order.

The plan is checked with the same pure rules the repositories apply (no error; members without
even a warning) and written with Core bulk inserts in the caller's transaction
(PITFALLS.md #6): 1,000 families with their cases take about a second.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Connection, Table, func, select

from models.cases.dto import (
    AssessmentDraft,
    MeasureDraft,
    PlanDraft,
    ServiceDraft,
    SignalDraft,
    VisitDraft,
)
from models.cases.rules import (
    IDENTIFIED,
    TransitionError,
    restricted_risk_factors,
    validate_transition,
)
from models.cases.tables import (
    ASSESSMENT_DOMAINS,
    Case,
)
from models.cases.validation import (
    validate_assessment,
    validate_closure,
    validate_plan,
    validate_risk_factor_codes,
    validate_service,
    validate_signal,
    validate_visit,
)
from models.demo import names
from models.demo.cases import MAX_SPAN_DAYS, DemoCase, DemoStep, Timeline, pick, stage_targets
from models.families.dto import FamilyDraft, MemberDraft
from models.families.iin import FEMALE, MALE
from models.families.tables import Family, Person
from models.families.validation import CaseContext, age_at, validate_family
from models.issues import ERROR
from models.reference.identifiers import check_digit

#: Families written per step; progress is reported after each.
CHUNK = 250
#: Share of Russian households; the others are Kazakh.
RUSSIAN_SHARE = 0.3


#: Risk factors drawn for demo cases: (code, about a child).
_RISKS = (
    ("NEGLECT", True),
    ("POVERTY", False),
    ("HOUSING_PROBLEM", False),
    ("PARENT_DUTY_FAILURE", False),
    ("PARENT_SUBSTANCE_ABUSE", False),
    ("DOMESTIC_VIOLENCE", False),
    ("OUT_OF_EDUCATION", True),
    ("HOUSEHOLD_INJURY_RISK", False),
    ("BULLYING", True),
    ("DEVIANT_BEHAVIOUR", True),
    ("RUNAWAY", True),
)
#: Restricted-access factors some cases carry (about a teenager); never shown outside the case.
_RESTRICTED_RISKS = ("SUICIDE_RISK", "SUBSTANCE_USE")
_LATE_CLOSURES = (
    ("GOALS_ACHIEVED", 12),
    ("MOVED_TRANSFERRED", 2),
    ("REFUSAL", 1),
    ("LOST_CONTACT", 1),
    ("REINTEGRATED", 1),
)
_EMPLOYMENT = ("жұмыссыз", "мұғалім", "жүргізуші", "сатушы", "үй шаруасында", "құрылысшы")
_HOUSING = (
    ("OWN_HOUSE", 40),
    ("OWN_FLAT", 15),
    ("RENTED", 20),
    ("RELATIVES", 15),
    ("DORMITORY", 5),
)
_HEATING = (("STOVE_COAL", 40), ("CENTRAL", 25), ("GAS_BOILER", 20), ("ELECTRIC", 10))
_MAP_LEVELS = (("A", 2), ("B", 10), ("C", 35), ("D", 35), ("E", 18))


@dataclass(frozen=True)
class DemoFamily:
    """One generated household with its case."""

    draft: FamilyDraft
    case: DemoCase


# -- small helpers -------------------------------------------------------------------------------


def _shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def make_iin(rng: random.Random, birth: date, sex: str, used: set[str]) -> str:
    """Return a valid IIN encoding ``birth`` and ``sex``, not in ``used`` (which it joins).

    Digits 1-6 are YYMMDD, digit 7 the century and sex (3/4 for the 1900s, 5/6 for the 2000s),
    8-11 a serial, 12 the check digit; serials giving the double-10 case are skipped.
    """
    century = {1800: "12", 1900: "34", 2000: "56"}[birth.year // 100 * 100]
    head = f"{birth:%y%m%d}{century[0] if sex == MALE else century[1]}"
    serial = rng.randint(0, 9999)
    for step in range(10_000):
        first11 = f"{head}{(serial + step) % 10_000:04d}"
        digit = check_digit(first11)
        if digit is not None and first11 + str(digit) not in used:
            iin = first11 + str(digit)
            used.add(iin)
            return iin
    raise RuntimeError(f"no free IIN serial for {birth} {sex}")  # pragma: no cover


# -- the generator -------------------------------------------------------------------------------


@dataclass
class _Person:
    surname: str
    given: str
    patronymic: str
    sex: str
    birth: date
    relation: str
    disability: str = ""
    since_childhood: bool = False
    indefinite: bool = False
    review: date | None = None
    special_needs: bool = False
    pmpk: date | None = None
    school: str = ""
    employment: str = ""


class FamilyGenerator:
    """Draws families and cases from one ``random.Random``; knows nothing of the database.

    Args:
        rng: the random source (seeded by the caller).
        today: no date is later; no case date is more than three years earlier.
        user: the login the demo runs as (most cases are assigned to it).
        katos: the settlements (KATO, rural) families live in.
        ctx: the case rules' context (code lists), used to pick only known codes.
        used_iins: IINs already in the store; generated ones are added.
    """

    def __init__(
        self,
        rng: random.Random,
        *,
        today: date,
        user: str,
        katos: Sequence[tuple[str, bool]],
        ctx: CaseContext,
        used_iins: set[str],
    ) -> None:
        self.rng = rng
        self.today = today
        self.start = _shift_years(today, 3)
        self.user = user
        self.katos = list(katos)
        self.used = used_iins
        codes = ctx.codes

        def known(list_name: str, wanted: Sequence[str]) -> list[str]:
            have = codes.get(list_name)
            return [c for c in wanted if have is None or c in have]

        self.sources = known("signal_sources", list(names.SIGNAL_TEXTS))
        self.services = known("service_types", list(names.AGENCIES))
        self.risks = [(c, child) for c, child in _RISKS if c in known("risk_factors", [c])]
        restricted = restricted_risk_factors()
        self.restricted = [c for c in known("risk_factors", _RESTRICTED_RISKS) if c in restricted]
        self.late_closures = [
            (c, w) for c, w in _LATE_CLOSURES if c in known("closure_reasons", [c])
        ]
        self.codes_family = codes.get("family_categories")

    # -- people -----------------------------------------------------------------------------

    def _birth(self, age_low: int, age_high: int) -> date:
        """Return a birth date giving an age from ``age_low`` to ``age_high`` today."""
        latest = _shift_years(self.today, age_low)
        earliest = _shift_years(self.today, age_high + 1) + timedelta(days=1)
        return earliest + timedelta(days=self.rng.randint(0, (latest - earliest).days))

    def _surname(self, stem: str, sex: str) -> str:
        return stem + "а" if sex == FEMALE else stem

    def _kazakh_patronymic(self, father: str, sex: str) -> str:
        return father + ("қызы" if sex == FEMALE else "ұлы")

    def _russian_patronymic(self, father: str, sex: str) -> str:
        return names.RUSSIAN_MALE_NAMES[father][1 if sex == FEMALE else 0]

    def _children(
        self, mother_birth: date, count: int, russian: bool, stem: str, father: str, relation: str
    ) -> list[_Person]:
        rng = self.rng
        adult_limit = _shift_years(self.today, 18) + timedelta(days=1)
        first = max(_shift_years(mother_birth, -19), adult_limit)
        last = self.today - timedelta(days=20)
        if first > last:
            return []
        births = [first + timedelta(days=rng.randint(0, min(2200, (last - first).days)))]
        while len(births) < count:
            nxt = births[-1] + timedelta(days=rng.randint(330, 1400))
            if nxt > last:
                break
            births.append(nxt)
        kids = []
        for birth in births:
            sex = MALE if rng.random() < 0.5 else FEMALE
            if russian:
                given = rng.choice(names.RUSSIAN_BOYS if sex == MALE else names.RUSSIAN_GIRLS)
                patronymic = self._russian_patronymic(father, sex)
            else:
                given = rng.choice(names.KAZAKH_BOYS if sex == MALE else names.KAZAKH_GIRLS)
                patronymic = self._kazakh_patronymic(father, sex)
            rel = relation
            if relation == "CHILD":
                rel = "SON" if sex == MALE else "DAUGHTER"
            kid = _Person(self._surname(stem, sex), given, patronymic, sex, birth, rel)
            age = age_at(birth, self.today)
            if age >= 7:
                kid.school = f"№{rng.randint(1, 12)} жалпы білім беретін мектеп"
            elif age >= 1:
                kid.school = f"«{rng.choice(names.KINDERGARTENS)}» балабақшасы"
            if rng.random() < 0.07:
                self._disabled_child(kid, age)
            kids.append(kid)
        return kids

    def _disabled_child(self, kid: _Person, age: int) -> None:
        rng = self.rng
        # Brief §3.2: under 7 a status without a group; groups I-III from age 7.
        kid.disability = (
            "CHILD_UNDER_7" if age < 7 else rng.choice(("GROUP_1", "GROUP_2", "GROUP_3"))
        )
        kid.since_childhood = True
        kid.indefinite = kid.disability == "GROUP_1" and rng.random() < 0.3
        if not kid.indefinite:
            kid.review = self.today + timedelta(days=rng.randint(60, 700))
        if age >= 3 and rng.random() < 0.7:
            kid.special_needs = True
            low = _shift_years(kid.birth, -3)
            kid.pmpk = low + timedelta(days=rng.randint(0, (self.today - low).days))

    def _adult(
        self, russian: bool, sex: str, stem: str, relation: str, age: tuple[int, int]
    ) -> _Person:
        rng = self.rng
        if russian:
            given = rng.choice(
                list(names.RUSSIAN_MALE_NAMES) if sex == MALE else names.RUSSIAN_FEMALE_NAMES
            )
            patronymic = self._russian_patronymic(rng.choice(list(names.RUSSIAN_MALE_NAMES)), sex)
        else:
            given = rng.choice(names.MALE_NAMES if sex == MALE else names.FEMALE_NAMES)
            patronymic = self._kazakh_patronymic(rng.choice(names.MALE_NAMES), sex)
        person = _Person(
            self._surname(stem, sex), given, patronymic, sex, self._birth(*age), relation
        )
        person.employment = rng.choice(_EMPLOYMENT)
        if rng.random() < 0.04:
            person.disability = rng.choice(("GROUP_2", "GROUP_3"))
            person.review = self.today + timedelta(days=rng.randint(60, 700))
        return person

    def _stem(self, russian: bool) -> str:
        if russian:
            return self.rng.choice(names.RUSSIAN_SURNAMES)
        return self.rng.choice(names.SURNAMES + names.KAZAKH_SURNAMES_EXTRA)

    def _household(self) -> tuple[list[_Person], bool, str]:
        """Return the members (reference person first), whether Russian, and the shape."""
        rng = self.rng
        russian = rng.random() < RUSSIAN_SHARE
        shape = pick(rng, (("couple", 65), ("single_mother", 25), ("grandmother", 10)))
        count = pick(rng, ((1, 20), (2, 30), (3, 22), (4, 14), (5, 9), (6, 5)))
        stem = self._stem(russian)
        if shape == "grandmother":
            gran = self._adult(russian, FEMALE, stem, "APPLICANT", (52, 72))
            son_name = (
                rng.choice(list(names.RUSSIAN_MALE_NAMES))
                if russian
                else rng.choice(names.MALE_NAMES)
            )
            mother_birth = _shift_years(gran.birth, -rng.randint(20, 30))
            kids = self._children(
                mother_birth, min(count, 3), russian, stem, son_name, "GRANDCHILD"
            )
            return [gran, *kids], russian, shape
        father = self._adult(russian, MALE, stem, "SPOUSE", (24, 50))
        mother_stem = stem if russian or rng.random() < 0.5 else self._stem(False)
        mother = self._adult(russian, FEMALE, mother_stem, "SPOUSE", (22, 46))
        kids = self._children(mother.birth, count, russian, stem, father.given, "CHILD")
        if shape == "single_mother":
            mother.relation = "APPLICANT"
            members = [mother, *kids]
        else:
            (father if rng.random() < 0.55 else mother).relation = "APPLICANT"
            members = sorted([father, mother], key=lambda p: p.relation != "APPLICANT") + kids
            if rng.random() < 0.1:
                members.insert(2, self._adult(russian, FEMALE, stem, "GRANDMOTHER", (60, 82)))
        return members, russian, shape

    def _member_draft(self, p: _Person, since: date) -> MemberDraft:
        return MemberDraft(
            surname=p.surname,
            given_name=p.given,
            relation=p.relation,
            birth_date=p.birth,
            sex=p.sex,
            patronymic=p.patronymic,
            iin=make_iin(self.rng, p.birth, p.sex, self.used),
            disability_group=p.disability,
            disability_since_childhood=p.since_childhood,
            disability_indefinite=p.indefinite,
            disability_review_date=p.review if p.disability else None,
            special_needs=p.special_needs,
            pmpk_date=p.pmpk,
            school=p.school,
            employment=p.employment,
            since=since,
        )

    def _family(self, members: list[_Person], shape: str, case: DemoCase) -> FamilyDraft:
        rng = self.rng
        kato, rural = self.katos[rng.randrange(len(self.katos))]
        signal = case.signal.signal_date
        identified = next((s.on for s in case.steps if s.to_stage == IDENTIFIED), signal)
        housing = pick(rng, _HOUSING)
        heating = pick(rng, _HEATING)
        address = f"{rng.choice(names.STREETS)}, {rng.randint(1, 140)}-үй"
        if housing in ("OWN_FLAT", "RENTED") and not rural:
            address += f", {rng.randint(1, 60)}-пәтер"
        income = Decimal(rng.randint(8, 95) * 1000)
        minors = sum(1 for p in members if age_at(p.birth, self.today) < 18)
        adults = [p for p in members if age_at(p.birth, self.today) >= 18]
        cats = []
        if minors >= 4:
            cats.append("LARGE")
        if income < 30_000:
            cats.append("LOW_INCOME")
        if any(p.disability for p in members if age_at(p.birth, self.today) < 18):
            cats.append("WITH_DISABLED_CHILD")
        if any(p.disability for p in adults):
            cats.append("PARENT_WITH_DISABILITY")
        if shape == "single_mother":
            cats.append("SINGLE_PARENT")
        if shape == "grandmother":
            cats.append("GUARDIAN_FAMILY")
        if all(p.employment in ("жұмыссыз", "үй шаруасында") for p in adults):
            cats.append("UNEMPLOYED_PARENTS")
        if housing in ("RENTED", "RELATIVES", "DORMITORY"):
            cats.append("HOUSING_NEED")
        if rng.random() < 0.5:
            cats.append("DIFFICULT_SITUATION")
        known = self.codes_family
        cats = [c for c in cats if known is None or c in known]
        level = pick(rng, _MAP_LEVELS) if rng.random() < 0.85 else ""
        level_date = max(self.start, signal - timedelta(days=rng.randint(0, 90)))
        consent = rng.random() < 0.75
        return FamilyDraft(
            kato=kato,
            address=address,
            phone=f"+7 7{rng.choice('0157')}{rng.randint(0, 9)} {rng.randint(100, 999)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            rural=rural,
            housing_type=housing,
            heating_type=heating,
            co_detector=pick(rng, (("yes", 3), ("no", 5), ("unknown", 2))),
            categories=tuple(cats),
            map_level=level,
            map_level_date=level_date if level else None,
            map_level_source=rng.choice(("ОЦК", "мобильді топ")) if level else "",
            income_per_person=income,
            legal_basis="CONSENT" if consent else "STATUTORY",
            consent_form=rng.choice(("WRITTEN", "WRITTEN", "EGOV")) if consent else "",
            consent_date=identified if consent else None,
            consent_recorded_by=case.signal.worker_login if consent else "",
            statutory_basis="" if consent else "Әлеуметтік кодекс, 133-бап",
            members=tuple(self._member_draft(p, signal) for p in members),
        )

    # -- cases ------------------------------------------------------------------------------

    def family(self, target: str) -> DemoFamily:
        """Return a household with a case that has reached ``target``."""
        members, _russian, shape = self._household()
        case = self._case(target, members)
        return DemoFamily(self._family(members, shape, case), case)

    def _case(self, target: str, members: list[_Person]) -> DemoCase:
        for _attempt in range(50):
            timeline = Timeline(self.rng, target, self.late_closures)
            if timeline.span <= MAX_SPAN_DAYS:
                break
        else:  # pragma: no cover - spans are far below three years
            raise RuntimeError("demo case does not fit in three years")
        rng = self.rng
        if timeline.open:
            signal_date = self.today - timedelta(days=timeline.span)
        else:
            slack = MAX_SPAN_DAYS - timeline.span
            signal_date = self.today - timedelta(days=timeline.span + rng.randint(0, slack))

        def on(offset: int) -> date:
            return signal_date + timedelta(days=offset)

        source = rng.choice(self.sources)
        worker = self.user if rng.random() < 0.7 else rng.choice(names.DEMO_WORKERS)
        signal = SignalDraft(
            signal_date=signal_date,
            source=source,
            description=rng.choice(names.SIGNAL_TEXTS[source]),
            anonymous=source in ("CONTACT_111", "CITIZEN") and rng.random() < 0.6,
            worker_login=worker,
        )
        steps = tuple(
            DemoStep(on(o), frm, to, reason, note) for o, frm, to, reason, note in timeline.steps
        )
        identified = next((s.on for s in steps if s.to_stage == IDENTIFIED), None)
        return DemoCase(
            number="",
            year=signal_date.year,
            seq=0,
            signal=signal,
            steps=steps,
            risk_factors=self._risk_factors(members, identified or signal_date),
            assessments=tuple(
                AssessmentDraft(
                    on(o),
                    {
                        d: rng.choices((1, 2, 3, 4, 5), (2, 3, 3, 2, 1))[0]
                        for d in ASSESSMENT_DOMAINS
                    },
                    "ОЦК әдістемесі (№ 267 бұйрық), үйге бару актісі",
                    rng.choice(names.ASSESSMENT_SUMMARIES),
                )
                for o in timeline.assessments
            ),
            plans=tuple(
                self._plan(on(o), on(end) if end is not None else self.today, version)
                for version, (o, end) in enumerate(timeline.plans, start=1)
            ),
            visits=tuple(
                VisitDraft(
                    on(o),
                    kind,
                    participants="әлеуметтік қызметкер, " + rng.choice(("анасы", "әкесі", "әжесі")),
                    child_seen=None if kind == "PHONE" else rng.random() < 0.9,
                    findings=rng.choice(names.VISIT_FINDINGS),
                    risk_level=pick(rng, (("LOW", 5), ("MEDIUM", 3), ("HIGH", 1))),
                    next_due=on(due) if due is not None else None,
                )
                for o, due, kind in timeline.visits
            ),
            services=tuple(self._service(on(o)) for o in timeline.services),
        )

    def _risk_factors(
        self, members: list[_Person], noted: date
    ) -> tuple[tuple[str, int | None, date], ...]:
        rng = self.rng
        children = [i for i, p in enumerate(members) if age_at(p.birth, self.today) < 18]
        chosen = rng.sample(self.risks, k=min(len(self.risks), rng.randint(1, 3)))
        result: list[tuple[str, int | None, date]] = []
        for code, about_child in chosen:
            who = rng.choice(children) if about_child and children else None
            result.append((code, who, noted))
        teens = [i for i in children if age_at(members[i].birth, self.today) >= 12]
        if teens and self.restricted and rng.random() < 0.25:
            result.append((rng.choice(self.restricted), rng.choice(teens), noted))
        return tuple(result)

    def _plan(self, drawn_up: date, until: date, version: int) -> PlanDraft:
        """Return a plan drawn up on ``drawn_up``; measure statuses as seen on ``until``."""
        rng = self.rng
        measures = []
        for service in rng.sample(self.services, k=min(len(self.services), rng.randint(2, 4))):
            due = drawn_up + timedelta(days=rng.randint(14, 120))
            done = None
            if due <= until:
                status = pick(rng, (("DONE", 80), ("IN_PROGRESS", 15), ("CANCELLED", 5)))
                if status == "DONE":
                    done = max(drawn_up, min(due - timedelta(days=rng.randint(0, 10)), until))
            else:
                status = rng.choice(("PLANNED", "IN_PROGRESS"))
            measures.append(
                MeasureDraft(
                    service_type=service,
                    due_date=due,
                    agency=names.AGENCIES[service],
                    description=names.MEASURES[service],
                    status=status,
                    done_date=done,
                )
            )
        return PlanDraft(
            drawn_up=drawn_up,
            measures=tuple(measures),
            review_date=drawn_up + timedelta(days=90),
            version=version,
        )

    def _service(self, on: date) -> ServiceDraft:
        rng = self.rng
        service = rng.choice(self.services)
        amount = Decimal(rng.randint(10, 60) * 1000) if service == "MATERIAL" else None
        return ServiceDraft(
            service_type=service,
            delivered_on=on,
            provider=names.AGENCIES[service],
            staff=f"{rng.choice(names.SURNAMES)} {rng.choice(names.MALE_NAMES)}",
            quantity=Decimal(1),
            amount=amount,
        )


# -- planning ------------------------------------------------------------------------------------

_PER: Table = Person.__table__  # type: ignore[assignment]
_FAM: Table = Family.__table__  # type: ignore[assignment]
_CAS: Table = Case.__table__  # type: ignore[assignment]


def plan_families(
    conn: Connection,
    *,
    families: int,
    seed: int,
    today: date,
    user: str,
    office_kato: str,
    katos: Sequence[tuple[str, bool]],
    ctx: CaseContext,
) -> tuple[DemoFamily, ...]:
    """Return ``families`` generated households with their numbered cases.

    Reads what the store already holds (families, IINs, case numbers) so that a second run
    adds different people with fresh IINs and continues each year's case sequence.
    """
    existing = int(conn.scalar(select(func.count(_FAM.c.id))) or 0)
    used = set(conn.scalars(select(_PER.c.iin_key).where(_PER.c.iin_key != "")))
    last_seq = dict(
        conn.execute(
            select(_CAS.c.year, func.max(_CAS.c.seq))
            .where(_CAS.c.office_kato == office_kato)
            .group_by(_CAS.c.year)
        ).all()
    )
    rng = random.Random(f"qoldau-demo-families:{seed}:{existing}")
    gen = FamilyGenerator(rng, today=today, user=user, katos=katos, ctx=ctx, used_iins=used)
    drawn = [gen.family(t) for t in stage_targets(rng, families)]
    # Case numbers follow the signal dates within each year (brief §3.4: office, year, sequence).
    order = sorted(range(len(drawn)), key=lambda i: (drawn[i].case.signal.signal_date, i))
    numbered: dict[int, DemoFamily] = {}
    for i in order:
        f = drawn[i]
        year = f.case.year
        seq = int(last_seq.get(year) or 0) + 1
        last_seq[year] = seq
        case = dataclasses.replace(f.case, number=f"{office_kato}-{year}-{seq:05d}", seq=seq)
        numbered[i] = DemoFamily(f.draft, case)
    return tuple(numbered[i] for i in range(len(drawn)))


def check_families(plan: Sequence[DemoFamily], ctx: CaseContext) -> None:
    """Refuse to write a plan breaking a rule: a bug in the generator, never user input."""
    for f in plan:
        c = f.case
        # Members must pass without even a warning (IIN consistent with birth date and sex).
        problems: list[object] = [
            i
            for i in validate_family(f.draft, ctx).issues
            if i.severity == ERROR or i.field.startswith("member.")
        ]
        problems += validate_signal(c.signal, ctx).errors
        problems += validate_risk_factor_codes([r[0] for r in c.risk_factors], ctx).errors
        for a in c.assessments:
            problems += validate_assessment(a, c.signal.signal_date, ctx).errors
        for p in c.plans:
            problems += validate_plan(p, c.signal.signal_date, ctx).errors
        for v in c.visits:
            problems += validate_visit(v, c.signal.signal_date, ctx).errors
        for sv in c.services:
            problems += validate_service(sv, c.signal.signal_date, ctx).errors
        if c.closure is not None:
            problems += validate_closure(c.closure, c.signal.signal_date, ctx).errors
        previous = c.steps[0]
        for step in c.steps[1:]:
            try:
                validate_transition(previous.to_stage, step.to_stage)
            except TransitionError as exc:
                problems.append(exc)
            if step.on < previous.on or step.on > ctx.today:
                problems.append(f"{step} out of order")
            previous = step
        if problems:
            raise RuntimeError(f"demo case {c.number} is invalid: {problems}")
