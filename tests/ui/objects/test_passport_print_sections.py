"""The printed passport section by section (issue 12): the official numbering in order, every
value of a fully filled passport of a school (its zone annexes and two photos), "not recorded"
for a passport made before the sections existed, and the photo annex."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from models.objects.context import validation_context
from models.objects.dto import (
    ActivityInfo,
    DecisionInfo,
    ElementDraft,
    GeneralInfo,
    MeasurementDraft,
    NotesInfo,
    ObjectDraft,
    PassportDraft,
    PhotoDraft,
    RouteInfo,
    WorkDraft,
    ZoneDraft,
)
from models.objects.passport_report import load_passport_report
from models.objects.repository import ObjectRepository
from models.objects.tables import Measurement, NormRule
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from tests.conftest import TODAY
from ui.objects.prints.labels import LABELS
from ui.objects.prints.passport import passport_html, report_html
from ui.objects.prints.photo_annex import BOX_HEIGHT, BOX_WIDTH, fitted_size, print_image
from ui.printing.document import a4_layout, build_document, paginate
from ui.printing.formatting import NBSP, code_text

SCHOOL = "Ақкөл қаласының №2 мектеп-гимназиясы"
GENERAL = GeneralInfo(
    building_kind="DETACHED",
    area_m2=Decimal("1840.5"),
    has_plot="YES",
    plot_area_m2=Decimal("12000"),
    last_capital_repair_year=2014,
    planned_repairs="2027 жылы шатырды жөндеу",
    legal_address="Ақкөл қ., Абай к-сі, 12",
    use_basis="OPERATIONAL_MANAGEMENT",
    ownership="STATE",
    territorial_level="DISTRICT",
    higher_body="Ақкөл ауданының білім бөлімі",
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
    route_information=("VISUAL", "TACTILE"),
    route_level_changes="YES",
    route_level_fitted="NO",
    route_notes="Өткелде жиек тас биік",
)
DECISION = DecisionInfo(
    works_from=date(2027, 4, 1),
    works_until=date(2027, 9, 30),
    works_programme="Облыстың кедергісіз орта жоспары 2026-2028",
    approval_needed="YES",
    approval_body="Аудандық әлеуметтік бағдарламалар бөлімі",
    approval_date=date(2026, 9, 20),
    map_updated=date(2026, 9, 25),
)
NOTES = NotesInfo(
    questionnaire_date=date(2026, 9, 1), act_date=date(2026, 9, 7), special_notes="Ескертпе жоқ"
)
ELEMENTS = (
    ElementDraft("ENTRANCE", "ENTRANCE_DOOR", "YES", "П-1", "1", "Ені 0,8 м", "DOOR_WIDTH", ("K", "O"), "CURRENT_REPAIR", "Есікті кеңейту"),  # noqa: E501
    ElementDraft("ENTRANCE", "ENTRANCE_RAMP", "NO", "П-2", "2", "Пандус жоқ", "", ("K",), "CAPITAL_REPAIR"),  # noqa: E501
    ElementDraft("SANITARY", "TOILET", "YES", "П-9"),
)  # fmt: skip
FULL = {c: "FULL" for c in "KOSGU"}


def _jpeg(width: int, height: int, colour: str) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)  # type: ignore[call-overload]
    return bytes(raw.data())


def _photo(number: int, zone: str, element: str, caption: str, size: tuple[int, int]) -> PhotoDraft:
    data = _jpeg(*size, "#3060a0")
    return PhotoDraft(
        number=number,
        zone=zone,
        element=element,
        caption=caption,
        taken_on=date(2026, 9, 7),
        data=data,
        width=size[0],
        height=size[1],
        thumbnail=_jpeg(160, 120, "#3060a0"),
        source_name=f"IMG_{number}.jpg",
    )


@dataclass(frozen=True)
class School:
    object_id: int
    passport_id: int


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    return qapp


def build_school(store: Store) -> School:
    """A school with every section of its passport, element annexes, measurements, two photos
    (the data of the printed passport; ``tools`` render it too)."""
    ReferenceRepository(store).add_settlement("113220100", "Ақкөл қаласы", "город Акколь", "admin")
    ctx = validation_context(store, TODAY)
    repo = ObjectRepository(store)
    oid = repo.save(
        ObjectDraft(
            name=SCHOOL,
            object_type="EDU_SCHOOL",
            kato="113220100",
            address="Ақкөл қ., Абай к-сі, 12",
            owner_name="«Ақкөл ауданы білім бөлімінің №2 мектеп-гимназиясы» КММ",
            owner_bin="050440000002",
            responsible_body="Ақмола облысының білім басқармасы",
            floors=3,
            year_built=1987,
            general=GENERAL,
        ),
        ctx,
        "admin",
    )
    levels = {"K": "NONE", "O": "PARTIAL", "S": "FULL", "G": "FULL", "U": "FULL"}
    draft = PassportDraft(
        inspection_date=date(2026, 9, 7),
        passport_date=date(2026, 9, 15),
        number="47/2026",
        commission="Әлиева Гүлнұр Қайратқызы\nСмагулов Ержан Болатович",
        conclusion="Кіреберісте пандус орнату қажет.",
        zones=(
            ZoneDraft("TERRITORY", dict(FULL)),
            ZoneDraft("ENTRANCE", levels, "Пандус жоқ, есік тар", "Есік тар"),
            ZoneDraft("INTERIOR", dict(FULL)),
            ZoneDraft("SERVICE", dict(FULL)),
            ZoneDraft("SANITARY", dict(FULL)),
            ZoneDraft("INFO", dict(FULL)),
        ),
        service_forms={"K": "DU", "O": "B", "S": "A", "G": "A", "U": "A"},
        suggested={"K": "CONDITIONAL", "O": "PARTIAL", "S": "FULL", "G": "FULL", "U": "FULL"},
        statuses={"K": "DU", "O": "DCH_I", "S": "DP_I", "G": "DP_I", "U": "DP_I"},
        requires_adaptation=True,
        measurements=(
            MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.8, "1", "ENTRANCE_DOOR"),
            MeasurementDraft("INTERIOR", "CORRIDOR_WIDTH", 1.8, "", "CORRIDOR"),
        ),
        works=(
            WorkDraft(
                "ENTRANCE",
                "CAPITAL_REPAIR",
                2027,
                Decimal("1250000"),
                "LOCAL_BUDGET",
                deadline=date(2027, 9, 30),
                expected_status="DP_I",
                expected_categories=("K", "O"),
            ),
            WorkDraft("ALL", "CURRENT_REPAIR", 2028, None, "OWNER"),
        ),
        activity=ACTIVITY,
        route=ROUTE,
        decision=DECISION,
        notes=NOTES,
        elements=ELEMENTS,
        photos=(
            _photo(1, "ENTRANCE", "ENTRANCE_DOOR", "Кіреберіс есігі, ені 0,8 м", (1600, 1200)),
            _photo(2, "ENTRANCE", "", "Кіреберіс, пандус жоқ", (900, 1200)),
        ),
    )
    return School(oid, repo.save_passport(oid, draft, ctx, "admin"))


@pytest.fixture
def school(store: Store) -> School:
    return build_school(store)


def _text(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toRawText()  # keeps no-break spaces


def _in_order(body: str, parts: list[str]) -> None:
    at = 0
    for part in parts:
        found = body.find(part, at)
        assert found >= 0, f"{part!r} missing or out of order"
        at = found + len(part)


SECTIONS_RU = [
    "УТВЕРЖДАЮ",
    "Паспорт доступности объекта социальной и транспортной инфраструктуры",
    "1. Общие сведения об объекте",
    "1.1. Объект",
    "1.2. Сведения об организации, расположенной на объекте",
    "2. Характеристика деятельности на объекте",
    "3. Состояние доступности объекта",
    "3.1. Путь следования к объекту пассажирским транспортом",
    "3.2. Путь к объекту от ближайшей остановки пассажирского транспорта",
    "3.3. Форма обслуживания по категориям инвалидов",
    "3.4. Состояние доступности основных структурно-функциональных зон",
    "3.5. Итоговое заключение о состоянии доступности объекта",
    "4. Управленческое решение",
    "5. Особые отметки",
    "Председатель комиссии",
    "Приложение 1. Результаты обследования структурно-функциональной зоны: Территория",
    "Приложение 2. Результаты обследования структурно-функциональной зоны: Вход",
    "Приложение 7. Результаты обследования структурно-функциональной зоны: Пути движения к",
    "Приложение 8. Результаты замеров и редакции нормативов",
    "Приложение 9. Фотографии",
]


def test_sections_follow_the_official_numbering(store: Store, school: School) -> None:
    _in_order(_text(passport_html(store, school.passport_id, "ru")), SECTIONS_RU)


def test_every_value_of_a_full_passport_prints_in_kazakh(store: Store, school: School) -> None:
    body = _text(passport_html(store, school.passport_id, "kk"))
    _in_order(
        body,
        [
            # §1: the object, then the organisation, with the store's code-list labels.
            "Жеке тұрған ғимарат",
            f"1{NBSP}840,5",
            f"иә, 12{NBSP}000{NBSP}м²",
            "1987",
            "2014",
            "2027 жылы шатырды жөндеу",
            "050440000002",
            "Ақкөл қ., Абай к-сі, 12",
            "Жедел басқару",
            "Мемлекеттік",
            "Аудандық (қалалық)",
            "Ақкөл ауданының білім бөлімі",
            # §2.
            "Білім беру",
            "Бастауыш, негізгі және жалпы орта білім",
            "Нысанда, Қашықтан",
            "Балалар",
            "К, О, Г",
            "640 (Орын саны)",
            # §3.1-3.2.
            "№4 автобус, «Мектеп» аялдамасы",
            "350",
            "Реттелмейтін",
            "Тактильді, Көрнекі",
            "Өткелде жиек тас биік",
            # §4: the work with its deadline and expected status, the "all zones" row.
            "30.09.2027",
            f"1{NBSP}250{NBSP}000",
            "жергілікті бюджет",
            code_text("ДП-И (К, О)"),
            "Барлық аймақтар мен учаскелер",
            "2028",
            "01.04.2027 – 30.09.2027",
            "Облыстың кедергісіз орта жоспары 2026-2028",
            "Аудандық әлеуметтік бағдарламалар бөлімі",
            "20.09.2026",
            "25.09.2026",
            # §5: questionnaire, act, inspection, commission decision, notes.
            "01.09.2026",
            "07.09.2026",
            "15.09.2026",
            "Ескертпе жоқ",
        ],
    )
    assert LABELS["kk"]["not_recorded"] not in body.split("1-қосымша")[0].split("3.3.")[0]


def test_zone_annexes_list_elements_with_norms_and_conclusions(
    store: Store, school: School
) -> None:
    body = _text(passport_html(store, school.passport_id, "ru"))
    entrance = body.split("Приложение 2.")[1].split("Приложение 3.")[0]
    _in_order(
        entrance,
        [
            "Дверь (входная)",
            "да",
            "П-1",
            "Ені 0,8 м",
            "(СП РК 3.06-101-2012* (27.11.2019) 4.3.2.14)",
            "К, О",
            "ремонт текущий",
            "Есікті кеңейту",
            "Пандус у входа",
            "нет",
            "П-2",
            "Пандус жоқ",
            "Заключение по зоне",
            "Пандус жоқ, есік тар",
            "Предложенное заключение",
            "Есік тар",
        ],
    )
    territory = body.split("Приложение 1.")[1].split("Приложение 2.")[0]
    assert "Элементы не указаны." in territory and "не указано" in territory


def test_measurements_keep_the_norm_edition_they_were_checked_against(
    store: Store, school: School
) -> None:
    # An administrator raises the door width to 1 m (edition 2); the stored verdict of the
    # printed passport stays, and an older measurement without an edition says so.
    with store.session() as s:
        s.execute(
            update(NormRule).where(NormRule.check_code == "DOOR_WIDTH").values(value=1.0, edition=2)
        )
        s.execute(
            update(Measurement)
            .where(Measurement.check_code == "CORRIDOR_WIDTH")
            .values(rule_edition=None)
        )
        s.commit()
    body = _text(passport_html(store, school.passport_id, "ru"))
    annex = body.split("Приложение 8.")[1].split("Приложение 9.")[0]
    _in_order(annex, ["Вход", "Дверь (входная)", f"0,8{NBSP}м", f"≥{NBSP}0,9{NBSP}м", "нарушение"])
    _in_order(annex, ["4.3.2.14", "1", "1"])
    _in_order(annex, ["Ширина", f"1,8{NBSP}м", f"≥{NBSP}1,5{NBSP}м", "соответствует"])
    assert "до учёта редакций" in annex
    assert f"≥{NBSP}1{NBSP}м" not in annex


def test_photo_annex_has_each_photo_with_its_number_and_place(store: Store, school: School) -> None:
    report = load_passport_report(store, school.passport_id)
    assert sorted(len(v) > 1000 for v in report.pictures.values()) == [True, True]
    html = report_html(report, "kk")
    assert html.count('<img src="data:image/jpeg;base64,') == 2
    body = _text(html)
    annex = body.split("9-қосымша. Фотосуреттер")[1]
    _in_order(annex, ["№ 1 фото", "Кіреберіс есігі", "Кіреберіс есігі, ені 0,8 м", "07.09.2026"])
    _in_order(annex, ["№ 2 фото", "Кіреберіс, пандус жоқ"])
    # Landscape and portrait pictures fit the box with their proportions.
    assert fitted_size(1600, 1200) == (BOX_WIDTH, round(1200 * BOX_WIDTH / 1600))
    assert fitted_size(900, 1200) == (round(900 * BOX_HEIGHT / 1200), BOX_HEIGHT)
    image = print_image(report.pictures[report.passport.photos[0].id or 0])
    assert image is not None and max(image.width(), image.height()) == 1000


def test_the_full_passport_lays_out_with_the_photos(
    store: Store, school: School, tmp_path: Path
) -> None:
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setPageLayout(a4_layout())
    writer.setResolution(300)
    doc = build_document(passport_html(store, school.passport_id, "kk"))
    pages = paginate(doc, writer)
    assert 4 < pages < 14
    del writer


def test_an_old_passport_prints_not_recorded_for_every_new_field(store: Store) -> None:
    ctx = validation_context(store, TODAY)
    repo = ObjectRepository(store)
    oid = repo.save(ObjectDraft("Дәріхана", "EDU_SCHOOL", "113220100"), ctx, "admin")
    pid = repo.save_passport(
        oid,
        PassportDraft(None, date(2025, 1, 5), statuses={c: "DP_V" for c in "KOSGU"}),
        ctx,
        "admin",
    )
    report = load_passport_report(store, pid)
    assert report.obj.general == GeneralInfo() and report.passport.activity == ActivityInfo()
    for lang in ("kk", "ru", "en"):
        t = LABELS[lang]
        body = _text(report_html(report, lang))
        for key in ("building", "area", "plot", "last_repair", "legal_address", "use_basis"):
            assert f"{t[key]}\ufdd0{t['not_recorded']}" in body.replace("\ufdd1", ""), key
        for key in ("sphere", "capacity", "distance", "crossings", "works_period", "programme"):
            assert f"{t[key]}\ufdd0{t['not_recorded']}" in body.replace("\ufdd1", ""), key
        for key in ("map_updated", "questionnaire_date", "act_date", "special_notes"):
            assert f"{t[key]}\ufdd0{t['not_recorded']}" in body.replace("\ufdd1", ""), key
        assert t["no_elements"] in body and t["no_photos"] in body
        assert t["no_measurements"] in body


def test_a_re_inspection_prints_its_reason(store: Store, school: School) -> None:
    repo = ObjectRepository(store)
    stored = repo.get_passport(school.passport_id)
    again = dataclasses.replace(
        stored, id=None, version=None, reinspection_reason="COMPLAINT", photos=()
    )
    pid = repo.save_passport(school.object_id, again, validation_context(store, TODAY), "admin")
    body = _text(passport_html(store, pid, "ru"))
    assert "Причина повторного обследования: По жалобе" in body
    assert "версия 2 из 2" in body
