"""The audit of issue 12's tables: zone elements and photos belong to their passport, state
control and re-inspection triggers to their object, norm rules are records of their own; a
photo's thumbnail is never copied into the trail; the object's history lists them all."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from models.audit.history import record_history
from models.audit.tables import AuditEvent
from models.objects.annex_tables import Photo, PhotoData, ZoneElement
from models.objects.control_tables import ReinspectionTrigger, StateControl
from models.objects.tables import NormRule
from models.store.db import Store
from tests.accounts import as_role
from tests.models.report_builders import add_object, add_passport


def rows(store: Store, entity: str) -> list[tuple[str, str, str | None, str | None, str]]:
    with store.session() as s:
        found = s.execute(
            select(
                AuditEvent.action,
                AuditEvent.field,
                AuditEvent.old_value,
                AuditEvent.new_value,
                AuditEvent.note,
            )
            .where(AuditEvent.entity == entity)
            .order_by(AuditEvent.id)
        )
        return [tuple(r) for r in found]  # type: ignore[misc]


def test_each_new_table_lands_in_the_history_with_its_parent(store: Store) -> None:
    with store.session("aigerim") as s:
        obj = add_object(s, "№ 3 мектеп")
        passport = add_passport(s, obj, 1, date(2026, 3, 2))
        s.flush()
        element = ZoneElement(
            passport_id=passport.id,
            zone="ENTRANCE",
            position=1,
            element="ENTRANCE_DOOR",
            present="YES",
            violations="Есік ені 0,8 м",
            rule_code="DOOR_WIDTH",
            categories="K O",
            work="CURRENT_REPAIR",
        )
        photo = Photo(
            passport_id=passport.id,
            number=1,
            zone="ENTRANCE",
            element="ENTRANCE_DOOR",
            mime="image/png",
            thumbnail=b"\x89PNG-thumbnail",
        )
        control = StateControl(
            object_id=obj.id,
            inspected_on=date(2026, 4, 10),
            body="Ақмола облысының әлеуметтік қорғау департаменті",
            fine_mrp=Decimal("10"),
        )
        trigger = ReinspectionTrigger(
            object_id=obj.id, kind="COMPLAINT", occurred_on=date(2026, 5, 5)
        )
        s.add_all([element, photo, control, trigger])
        s.flush()
        s.add(PhotoData(photo_id=photo.id, data=b"\x89PNG-picture"))
        object_ref = f"infra_object:{obj.uuid}"
        passport_ref = f"passport:{passport.uuid}"
        object_uuid = obj.uuid
    element_rows = rows(store, "zone_element")
    assert {note for *_rest, note in element_rows} == {passport_ref}
    assert ("insert", "categories", None, "K O", passport_ref) in element_rows
    assert ("insert", "rule_code", None, "DOOR_WIDTH", passport_ref) in element_rows
    photo_rows = rows(store, "photo")
    assert {note for *_rest, note in photo_rows} == {passport_ref}
    assert "thumbnail" not in {f for _a, f, *_rest in photo_rows}
    assert ("insert", "mime", None, "image/png", passport_ref) in photo_rows
    assert rows(store, "photo_data") == []  # the picture is no audited record
    control_rows = rows(store, "state_control")
    assert ("insert", "fine_mrp", None, "10", object_ref) in control_rows
    assert ("insert", "kind", None, "COMPLAINT", object_ref) in rows(store, "reinspection_trigger")
    # The object's history lists its passport's annex rows and photos, and its own parts.
    history = record_history(store, "infra_object", object_uuid)
    entities = {e.entity for e in history}
    assert {"zone_element", "photo", "state_control", "reinspection_trigger"} <= entities
    # A change and a deletion are recorded too.
    with store.session("aigerim") as s:
        row = s.scalars(select(ZoneElement)).one()
        row.present = "NO"
        s.delete(s.scalars(select(ReinspectionTrigger)).one())
    assert ("update", "present", "YES", "NO", passport_ref) in rows(store, "zone_element")
    assert rows(store, "reinspection_trigger")[-1][:2] == ("delete", "")


def test_a_norm_rule_change_is_recorded_and_seeding_is_not(store: Store) -> None:
    assert rows(store, "norm_rule") == []  # the seeded rules are no office's change
    with store.session("admin") as s:
        rule = s.scalars(select(NormRule).where(NormRule.check_code == "DOOR_WIDTH")).one()
        old = rule.value
        rule.value = 0.95
    changed = rows(store, "norm_rule")
    assert [(a, f, n, note) for a, f, _o, n, note in changed] == [("update", "value", "0.95", "")]
    assert changed[0][2] == str(old)
    # Its history is readable by any role that reads objects.
    with store.session() as s:
        uuid = s.scalar(select(NormRule.uuid).where(NormRule.check_code == "DOOR_WIDTH"))
    viewer = as_role(store, "v", "viewer")
    assert [e.field for e in record_history(viewer, "norm_rule", str(uuid))] == ["value"]
