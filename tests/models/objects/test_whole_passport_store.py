"""The whole passport (issue 12) round-trips through the store: §1 on the object, §2-§5 on
the passport, zone annexes, photos (pictures apart from thumbnails), and measurements that keep
the verdict and rule edition they were given when the passport is corrected."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from models.issues import ValidationError
from models.objects.annex_tables import PhotoData
from models.objects.context import validation_context
from models.objects.dto import (
    ActivityInfo,
    DecisionInfo,
    ElementDraft,
    GeneralInfo,
    MeasurementDraft,
    NotesInfo,
    PhotoDraft,
    RouteInfo,
    WorkDraft,
)
from models.objects.repository import ObjectRepository
from models.objects.tables import Measurement, NormRule
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.objects.test_repositories import obj, passport

GENERAL = GeneralInfo(
    building_kind="DETACHED",
    area_m2=Decimal("1840.50"),
    has_plot="YES",
    plot_area_m2=Decimal("12000"),
    last_capital_repair_year=2014,
    planned_repairs="2027: күрделі жөндеу",
    legal_address="Жаркент қ., Головацкий к-сі, 12",
    use_basis="OPERATIONAL_MANAGEMENT",
    ownership="STATE",
    territorial_level="DISTRICT",
    higher_body="Панфилов ауданының білім бөлімі",
)
ACTIVITY = ActivityInfo(
    activity_sphere="EDUCATION",
    services="Бастауыш, негізгі және жалпы орта білім",
    delivery_forms=("AT_OBJECT", "REMOTE"),
    age_groups=("CHILDREN",),
    served_categories=("K", "O", "G"),
    capacity=640,
    capacity_kind="PLACES",
    ipr_participation="NO",
)
ROUTE = RouteInfo(
    route_transport="№4 автобус, «Мектеп» аялдамасы",
    route_adapted_transport="NO",
    route_distance_m=350,
    route_walk_minutes=6,
    route_separate_path="YES",
    route_crossings="UNREGULATED",
    route_information=("VISUAL",),
    route_level_changes="YES",
    route_level_fitted="NO",
    route_notes="Жаяу жүргіншілер өткелінде жиек тас биік",
)
DECISION = DecisionInfo(
    works_from=date(2027, 4, 1),
    works_until=date(2027, 9, 30),
    works_programme="Облыстың кедергісіз орта жоспары 2026-2028",
    approval_needed="YES",
    approval_body="Аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
    approval_date=date(2026, 5, 5),
    map_updated=date(2026, 5, 12),
)
NOTES = NotesInfo(
    questionnaire_date=date(2026, 4, 8), act_date=date(2026, 4, 10), special_notes="Жоқ"
)
ELEMENTS = (
    ElementDraft("ENTRANCE", "ENTRANCE_DOOR", "YES", "1", "2", "Ені 0,8 м", "DOOR_WIDTH", ("K", "O"), "CURRENT_REPAIR", "Есікті кеңейту"),  # noqa: E501
    ElementDraft("ENTRANCE", "ENTRANCE_RAMP", "NO", categories=("K",), work="CAPITAL_REPAIR"),
    ElementDraft("SERVICE", "OFFICE_SERVICE", "YES"),
)  # fmt: skip


def test_every_section_round_trips(store: Store) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    oid = repo.save(obj(general=GENERAL), ctx, "aigerim")
    assert repo.get(oid).general == GENERAL
    photo = PhotoDraft(1, "ENTRANCE", "ENTRANCE_DOOR", "Кіреберіс есігі", data=b"\xff\xd8jpeg")
    draft = passport(
        reinspection_reason="",
        activity=ACTIVITY,
        route=ROUTE,
        decision=DECISION,
        notes=NOTES,
        elements=ELEMENTS,
        photos=(photo,),
        works=(
            WorkDraft(
                "ENTRANCE",
                "CURRENT_REPAIR",
                deadline=date(2027, 9, 30),
                expected_status="DP_I",
                expected_categories=("K", "O"),
            ),
        ),
    )
    pid = repo.save_passport(oid, draft, ctx, "aigerim")
    back = repo.get_passport(pid)
    assert (back.activity, back.route, back.decision, back.notes) == (
        ACTIVITY,
        ROUTE,
        DECISION,
        NOTES,
    )
    assert back.elements == ELEMENTS
    assert back.works[0].expected_categories == ("K", "O")
    assert back.works[0].deadline == date(2027, 9, 30)
    (stored,) = back.photos
    assert (stored.number, stored.element, stored.data) == (1, "ENTRANCE_DOOR", None)
    with store.session() as s:
        assert s.scalar(select(PhotoData.data)) == b"\xff\xd8jpeg"
    # correcting the passport without the photo deletes its picture too
    repo.save_passport(oid, dataclasses.replace(back, photos=()), ctx, "aigerim")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(PhotoData)) == 0


def test_an_old_verdict_stays_when_the_threshold_changes(store: Store) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    oid = repo.save(obj(), ctx, "aigerim")
    door = MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.85)
    pid = repo.save_passport(oid, passport(measurements=(door,)), ctx, "aigerim")
    with store.session() as s:  # an administrator lowers the threshold to 0.8 m (edition 2)
        s.execute(
            update(NormRule).where(NormRule.check_code == "DOOR_WIDTH").values(value=0.8, edition=2)
        )
        s.commit()
    ctx = validation_context(store, TODAY)
    ramp = MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.82)
    back = repo.get_passport(pid)
    repo.save_passport(oid, dataclasses.replace(back, measurements=(door, ramp)), ctx, "aigerim")
    with store.session() as s:
        rows = s.execute(
            select(Measurement.value, Measurement.verdict, Measurement.threshold,
                   Measurement.rule_edition).order_by(Measurement.value)
        ).all()  # fmt: skip
    assert [tuple(r) for r in rows] == [(0.82, "ok", 0.8, 2), (0.85, "breach", 0.9, 1)]


def test_an_unknown_element_code_is_refused(store: Store) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    oid = repo.save(obj(), ctx, "aigerim")
    bad = passport(elements=(ElementDraft("ENTRANCE", "SPACESHIP"),))
    with pytest.raises(ValidationError):
        repo.save_passport(oid, bad, ctx, "aigerim")
