"""The demo's school with a whole passport (issue 12): §1 on the object, §2-§5, a zone annex per
zone with the 0.8 m door breaking DOOR_WIDTH, two small PNG photos, works with deadlines, a
state-control inspection with a fine and a complaint after the passport; later versions say why
they were made; the figures' inputs (levels and statuses) are those of the plan."""

from __future__ import annotations

import struct
import zlib
from decimal import Decimal

from sqlalchemy import select

from models.demo.load import add_demo_data
from models.demo.objects import plan_demo
from models.demo.whole_passport import choose_school, tiny_png
from models.objects.annex_tables import Photo, PhotoData, ZoneElement
from models.objects.context import validation_context
from models.objects.control_tables import ReinspectionTrigger, StateControl
from models.objects.passport_fill import photo_data
from models.objects.repository import ObjectRepository
from models.objects.tables import InfraObject, Passport, ZoneWork
from models.objects.validation import validate_object, validate_passport
from models.store.db import Store
from tests.conftest import TODAY


def test_tiny_png_is_a_real_png() -> None:
    data = tiny_png(48, 36, (120, 72, 40))
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) < 600
    length, kind = struct.unpack(">I4s", data[8:16])
    assert (length, kind) == (13, b"IHDR")
    assert struct.unpack(">II", data[16:24]) == (48, 36)
    idat = data.index(b"IDAT")
    size = struct.unpack(">I", data[idat - 4 : idat])[0]
    raw = zlib.decompress(data[idat + 4 : idat + 4 + size])
    assert len(raw) == 36 * (1 + 48 * 3)
    assert raw[1 + 24 * 3 : 1 + 25 * 3] == bytes((228, 226, 220))  # the first row is wall


def test_a_school_gets_the_whole_passport(store: Store) -> None:
    plan = plan_demo(store, objects=60, seed=5, today=TODAY)
    school = choose_school(plan.objects, TODAY)
    assert school is not None
    add_demo_data(store, objects=60, families=0, seed=5, today=TODAY, user="trainer")
    with store.session() as s:
        obj = s.scalars(
            select(InfraObject).where(InfraObject.object_ref == school.draft.object_ref)
        ).one()
        assert obj.object_type == "EDU_SCHOOL"
        obj_id = obj.id
        assert (obj.building_kind, obj.has_plot, obj.ownership) == ("DETACHED", "YES", "STATE")
        assert obj.area_m2 == Decimal("2450.00") and obj.use_basis == "OPERATIONAL_MANAGEMENT"
        assert obj.higher_body.endswith("білім бөлімі")
        p = s.get(Passport, obj.current_passport_id)
        assert p is not None
        # The levels and statuses are the plan's: the figures count what they counted.
        planned = school.passports[-1]
        assert (p.status_k, p.status_o, p.status_s, p.status_g, p.status_u) == tuple(
            planned.statuses[c] for c in "KOSGU"
        )
        assert (p.activity_sphere, p.capacity, p.served_categories) == (
            "EDUCATION",
            640,
            "K O S G U",
        )
        assert p.route_distance_m == 250 and p.route_crossings == "REGULATED"
        assert p.works_from == p.passport_date and p.approval_needed == "YES"
        assert p.questionnaire_date == p.inspection_date and p.act_date is not None
        elements = s.scalars(select(ZoneElement).where(ZoneElement.passport_id == p.id)).all()
        present_zones = {z.zone for z in planned.zones if any(v != "NA" for v in z.levels.values())}
        assert {e.zone for e in elements} == present_zones
        door = next(e for e in elements if e.element == "ENTRANCE_DOOR")
        assert (door.rule_code, door.categories, door.work, door.photo_no) == (
            "DOOR_WIDTH",
            "K O",
            "CURRENT_REPAIR",
            "1",
        )
        assert "0,8 м" in door.violations and door.work_note
        photos = s.scalars(select(Photo).where(Photo.passport_id == p.id)).all()
        assert [ph.number for ph in sorted(photos, key=lambda ph: ph.number)] == [1, 2]
        for ph in photos:
            picture = photo_data(s, ph.id)
            assert picture.startswith(b"\x89PNG") and ph.thumbnail == picture
            assert ph.size == len(picture) and ph.mime == "image/png"
        assert s.scalar(select(PhotoData.photo_id).limit(1)) is not None
        works = s.scalars(select(ZoneWork).where(ZoneWork.passport_id == p.id)).all()
        needed = [w for w in works if w.work != "NOT_NEEDED"]
        assert needed and all(w.deadline for w in needed)
        assert {(w.zone == "ALL", w.expected_status, w.expected_categories) for w in needed} <= {
            (True, "DP_V", ""),
            (False, "DP_I", "K O"),
        }
        control = s.scalars(select(StateControl).where(StateControl.object_id == obj.id)).one()
        assert control.fine_mrp == Decimal("10") and control.order_ref.startswith("№")
        assert p.passport_date is not None and control.inspected_on >= p.passport_date
        trigger = s.scalars(
            select(ReinspectionTrigger).where(ReinspectionTrigger.object_id == obj.id)
        ).one()
        # A complaint after the current passport: the object is due for re-inspection.
        assert trigger.kind == "COMPLAINT" and p.passport_date < trigger.occurred_on <= TODAY
        # Later versions say why they were made; first ones do not.
        reasons = s.execute(select(Passport.version, Passport.reinspection_reason)).all()
    assert {r for v, r in reasons if v == 1} == {""}
    later = {r for v, r in reasons if v > 1}
    assert later and later <= {"AFTER_WORKS", "PERIODIC", "RECONSTRUCTION", "COMPLAINT"}
    # The school's passport opens like any other with every section.
    stored = ObjectRepository(store).get_passport(p.id)
    assert stored.route.route_walk_minutes == 4
    assert len(stored.elements) == len(elements) and len(stored.photos) == 2
    # ... and passes the passport's rules (norm breaches are the evidence of a demo).
    ctx = validation_context(store, TODAY)
    assert validate_passport(stored, ctx).errors == []
    assert validate_object(ObjectRepository(store).get(obj_id), ctx).issues == []
