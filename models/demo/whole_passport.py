"""A school with a whole passport in the demo data (issue 12): the passport as the official form
has it, for a trainee to open, correct and print section by section.

One school of each demo run (a school whose current passport requires adaptation and is a few
weeks old, else the first school) gets, on top of what :mod:`models.demo.objects` generated:

- §1 General information on the object (detached building, areas, plot, capital repair, basis
  of use, ownership, territorial level, the higher body);
- §2 Activity, §3.1-3.2 the route from the stop, §4 the period, programme, approvals and the
  map's update, §5 the dates of the questionnaire and the act, on its current passport;
- a zone annex for each zone it has, with typical elements found present or absent, and one
  entrance door 0.8 m wide breaking DOOR_WIDTH for categories К and О with its recommended
  work; two small photos (PNG made here without Qt), the door's and the toilet's;
- a deadline, the expected status and categories on its adaptation works;
- a state-control inspection with an order to remedy and a fine in МРП, and a complaint after
  its current passport, so the re-inspection due list is not empty.

Nothing here changes a zone level, a status or a date the figures count: A1-A3 of a demo are
those of :mod:`models.demo.objects`. It writes through an ORM session on the demo's own
connection (one school: the code guard, the author stamps and the audit hook run as for any
form), inside the demo's transaction.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from models.demo.objects import DemoObject, _genitive
from models.objects.accessibility import NA
from models.objects.control_tables import ReinspectionTrigger, StateControl
from models.objects.dto import (
    ActivityInfo,
    DecisionInfo,
    ElementDraft,
    GeneralInfo,
    NotesInfo,
    PassportDraft,
    PhotoDraft,
    RouteInfo,
)
from models.objects.passport_fill import (
    put_elements,
    put_general,
    put_passport_sections,
    sync_photos,
)
from models.objects.tables import InfraObject, Passport
from models.objects.validation import Context, validate_object, validate_passport

SCHOOL = "EDU_SCHOOL"
#: The element rows of each zone's annex: (element, present, violations, rule broken,
#: categories affected, recommended work, its description).
ANNEX: dict[str, tuple[tuple[str, str, str, str, str, str, str], ...]] = {
    "TERRITORY": (
        ("PLOT_ENTRANCE", "YES", "", "", "", "", ""),
        ("PATHS", "YES", "", "", "", "", ""),
        (
            "PARKING",
            "YES",
            "Мүгедектерге арналған орын белгіленбеген (20 орынның бірі де)",
            "PARKING_ACCESSIBLE_SHARE",
            "K",
            "CURRENT_REPAIR",
            "Кемінде 2 орынды 3,6 м енімен белгілеп, белгі орнату",
        ),
    ),
    "APPROACH": (("ROUTE_FROM_STOP", "YES", "", "", "", "", ""),),
    "ENTRANCE": (
        ("ENTRANCE_STAIRS", "YES", "", "", "", "", ""),
        (
            "ENTRANCE_RAMP",
            "NO",
            "",
            "",
            "",
            "CAPITAL_REPAIR",
            "Еңісі 5 %-дан аспайтын, екі жағы тұтқалы пандус салу",
        ),
        (
            "ENTRANCE_DOOR",
            "YES",
            "Есік ойығының ені 0,8 м (кемінде 0,9 м болуы тиіс)",
            "DOOR_WIDTH",
            "K O",
            "CURRENT_REPAIR",
            "Есік ойығын 0,9 м-ге дейін кеңейтіп, табалдырықты алу",
        ),
    ),
    "INTERIOR": (
        ("CORRIDOR", "YES", "", "", "", "", ""),
        (
            "INTERNAL_STAIRS",
            "YES",
            "Шеткі басқыштар контрасты түспен белгіленбеген",
            "",
            "S",
            "CURRENT_REPAIR",
            "Шеткі басқыштарды сары жолақпен белгілеу",
        ),
        ("LIFT", "NO", "", "", "", "", ""),
    ),
    "SERVICE": (("OFFICE_SERVICE", "YES", "", "", "", "", ""),),
    "SANITARY": (
        (
            "TOILET",
            "YES",
            "Қолжетімді кабинада тірек тұтқалары жоқ",
            "",
            "K O",
            "CURRENT_REPAIR",
            "Унитаздың екі жағына тірек тұтқаларын орнату",
        ),
    ),
    "INFO": (
        ("VISUAL_MEANS", "YES", "", "", "", "", ""),
        ("TACTILE_MEANS", "NO", "", "", "", "INDIVIDUAL_TSR", "Тактильді мнемосхема орнату"),
    ),
}
#: The photos: (number, zone, element, caption, colour of the door or the fitting).
PHOTOS = (
    (1, "ENTRANCE", "ENTRANCE_DOOR", "Кіреберіс есігі: ойықтың ені 0,8 м", (120, 72, 40)),
    (2, "SANITARY", "TOILET", "Дәретхана: тірек тұтқалары жоқ", (200, 200, 210)),
)


def tiny_png(width: int, height: int, fill: tuple[int, int, int]) -> bytes:
    """Return a small PNG (RGB, a grey wall with a ``fill`` rectangle in the middle), made
    with zlib and struct only: a stand-in for a commission's photo, a few hundred bytes."""
    wall = bytes((228, 226, 220))
    rows = []
    for y in range(height):
        inside = height // 5 <= y < height - 2
        line = b"".join(
            bytes(fill) if inside and width // 3 <= x < width - width // 3 else wall
            for x in range(width)
        )
        rows.append(b"\x00" + line)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def choose_school(objects: Sequence[DemoObject], today: date) -> DemoObject | None:
    """Return the school to complete: one needing adaptation whose current passport is at
    least 60 days old (a complaint fits after it), else the first school with a passport."""
    schools = [o for o in objects if o.draft.object_type == SCHOOL and o.passports]
    for o in schools:
        current = o.passports[-1]
        day = current.passport_date
        if current.requires_adaptation and day is not None and (today - day).days >= 60:
            return o
    return schools[0] if schools else None


def _present_zones(p: PassportDraft) -> list[str]:
    return [z.zone for z in p.zones if any(v != NA for v in z.levels.values())]


def complete(o: DemoObject, today: date, district: str) -> tuple[GeneralInfo, PassportDraft]:
    """Return the school's §1 and its current passport with every section, annex and photo."""
    p = o.passports[-1]
    inspected = p.inspection_date or today
    approved = p.passport_date or inspected
    built = o.draft.year_built or today.year - 30
    general = GeneralInfo(
        building_kind="DETACHED",
        area_m2=Decimal("2450.00"),
        has_plot="YES",
        plot_area_m2=Decimal("12000.00"),
        last_capital_repair_year=min(max(built + 25, today.year - 12), today.year),
        planned_repairs=f"Кіреберіс пен дәретханаларды қайта жабдықтау, {approved.year + 1}",
        legal_address=o.draft.address,
        use_basis="OPERATIONAL_MANAGEMENT",
        ownership="STATE",
        territorial_level="DISTRICT",
        higher_body=f"{_genitive(district)} білім бөлімі",
    )
    elements: list[ElementDraft] = []
    for zone in _present_zones(p):
        for element, present, violations, rule, cats, work, note in ANNEX.get(zone, ()):
            photo = next((str(n) for n, _z, e, _c, _f in PHOTOS if e == element), "")
            elements.append(
                ElementDraft(
                    zone=zone,
                    element=element,
                    present=present,
                    plan_no=str(len(elements) + 1),
                    photo_no=photo,
                    violations=violations,
                    rule_code=rule,
                    categories=tuple(cats.split()),
                    work=work,
                    work_note=note,
                )
            )
    zones = set(_present_zones(p))
    photos = []
    for number, zone, element, caption, colour in PHOTOS:
        if zone not in zones:
            continue
        data = tiny_png(48, 36, colour)
        photos.append(
            PhotoDraft(
                number=number,
                zone=zone,
                element=element,
                caption=caption,
                taken_on=inspected,
                data=data,
                mime="image/png",
                width=48,
                height=36,
                thumbnail=data,  # already below the thumbnail size
                source_name=f"IMG_{number:04d}.png",
            )
        )
    complete_draft = replace(
        p,
        activity=ActivityInfo(
            activity_sphere="EDUCATION",
            services="Бастауыш, негізгі орта және жалпы орта білім беру; үйірмелер",
            delivery_forms=("AT_OBJECT",),
            age_groups=("CHILDREN",),
            served_categories=("K", "O", "S", "G", "U"),
            capacity=640,
            capacity_kind="PLACES",
            ipr_participation="YES",
        ),
        route=RouteInfo(
            route_transport="«Мектеп» аялдамасы, № 2 және № 5 автобустар",
            route_adapted_transport="NO",
            route_distance_m=250,
            route_walk_minutes=4,
            route_separate_path="YES",
            route_crossings="REGULATED",
            route_information=("VISUAL",),
            route_level_changes="YES",
            route_level_fitted="NO",
            route_notes="Аялдама мен жаяу жүргіншілер өткелінде бордюр түсірілмеген",
        ),
        decision=DecisionInfo(
            works_from=approved,
            works_until=date(approved.year + 2, 12, 31),
            works_programme=(
                f"{_genitive(district)} әлеуметтік инфрақұрылым нысандарының қолжетімділігін "
                f"қамтамасыз ету жоспары, {approved.year}-{approved.year + 2}"
            ),
            approval_needed="YES",
            approval_body=f"{_genitive(district)} білім бөлімі",
            approval_date=approved,
            map_updated=min(approved + timedelta(days=10), today),
        ),
        notes=NotesInfo(
            questionnaire_date=inspected,
            act_date=min(inspected + timedelta(days=1), approved),
            special_notes="Сауалнама мен тексеру актісі мектеп директорының қатысуымен жасалды",
        ),
        elements=tuple(elements),
        photos=tuple(photos),
    )
    return general, complete_draft


def write_whole_passport(
    conn: Connection,
    objects: Sequence[DemoObject],
    ctx: Context,
    *,
    today: date,
    district: str,
    login: str,
    role: str,
) -> int | None:
    """Complete one school of ``objects`` (already written on ``conn``) and return its id, or
    None when the run has no school with a passport.

    Raises:
        RuntimeError: the completed school breaks a rule (a bug here, never user input).
    """
    school = choose_school(objects, today)
    if school is None:
        return None
    general, draft = complete(school, today, district)
    problems = validate_object(replace(school.draft, general=general), ctx).errors
    problems += validate_passport(draft, ctx).errors
    if problems:
        raise RuntimeError(f"demo school {school.draft.object_ref} is invalid: {problems}")
    with Session(bind=conn, info={"user": login, "role": role}) as s:
        obj = s.scalars(
            select(InfraObject).where(
                InfraObject.kato == school.draft.kato,
                InfraObject.object_ref == school.draft.object_ref,
            )
        ).one()
        passport = s.get(Passport, obj.current_passport_id)
        if passport is None:
            return None
        put_general(obj, general)
        put_passport_sections(passport, draft)
        put_elements(passport, draft.elements)
        sync_photos(s, passport, draft.photos)
        approved = passport.passport_date or today
        for work in passport.works:
            if work.work == "NOT_NEEDED":
                continue
            year = work.planned_year or approved.year + 1
            work.deadline = date(year, 12, 1) if work.zone != "ALL" else date(year, 12, 20)
            # A zone's works make it accessible for wheelchair users and the mobility-impaired
            # (the door, the ramp); all of them together, the object for everyone.
            whole = work.zone == "ALL"
            work.expected_status = "DP_V" if whole else "DP_I"
            work.expected_categories = "" if whole else "K O"
        span = max((today - approved).days, 2)
        inspected = approved + timedelta(days=span // 3)
        s.add(
            StateControl(
                object_id=obj.id,
                inspected_on=inspected,
                body="Ақмола облысы бойынша әлеуметтік қорғау саласындағы реттеу және "
                "бақылау департаменті",
                violations="Кіреберіс есігінің ені 0,8 м; кіреберісте пандус жоқ",
                order_ref=f"№ 12-04/117, {inspected:%d.%m.%Y}",
                fine_mrp=Decimal("10"),
                deadline=inspected + timedelta(days=90),
            )
        )
        s.add(
            ReinspectionTrigger(
                object_id=obj.id,
                kind="COMPLAINT",
                occurred_on=min(approved + timedelta(days=max(1, span // 2)), today),
                note="Ата-ана шағымы: мүгедектер арбасымен мектепке кіру мүмкін емес",
            )
        )
        s.commit()
        return obj.id
