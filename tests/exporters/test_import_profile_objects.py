"""An office's own object register imported through a profile (reporting.md §3.1).

The registers are written by openpyxl the way offices keep them: a title and a date above the
table, merged title cells, headers in Russian or Kazakh on row 3 or 4, a running number, types
in words, one display-code column, да/нет flags, dates typed with 'г.' beside real date cells,
KATO codes stored as numbers, notes, and an Итого row with a signature line under it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from exporters.import_profile import ImportProfile, profile_from_json
from exporters.profile_objects import derived_ref, read_registry_with_profile
from exporters.registry_import import (
    Problem,
    RegistryRejected,
    import_registry,
    preview_registry,
    registry_context,
)
from models.audit.tables import AuditEvent
from models.objects.repository import ObjectRepository
from models.objects.tables import InfraObject, Passport
from models.store.db import Store
from tests.conftest import TODAY

USER = "registrar"
RU_HEADER = [
    "№ п/п",
    "Наименование объекта",
    "Вид объекта",
    "Адрес",
    "КАТО",
    "Подлежит паспортизации",
    "Дата паспорта",
    "Статус доступности",
    "Требует адаптации",
    "Дата адаптации",
    "Примечание",
]
KK_HEADER = [
    "Р/с №",
    "Нысанның атауы",
    "Нысан түрі",
    "Мекенжайы",
    "ӘАОЖ",
    "Паспорттауға жатады",
    "Паспорт күні",
    "Қолжетімділік мәртебесі",
    "Бейімдеу қажет",
    "Бейімделген күні",
]


def ru_rows() -> list[list[Any]]:
    return [
        [
            1,
            "КГУ «Средняя школа №1»",
            "Школа",
            "г. Акколь, ул. Абая, 1",
            113220100,  # a KATO stored as a number
            "да",
            "12.03.2016 г.",
            "ДП-И (О, Г, У); ДЧ-И (С)",
            "да",
            datetime(2025, 6, 5),
            "",
        ],
        [
            2,
            "Аптека «Рауан»",
            "аптека ",
            "г. Акколь, ул. Сейфуллина, 7",
            "113220100",
            "нет",
            None,
            None,
            None,
            None,
            "не подлежит",
        ],
        [
            3,
            "ЦОН Аккольского района",
            "ЦОН",
            "г. Акколь, ул. Нурмагамбетова, 88",
            113220100.0,
            "+",
            date(2024, 9, 1),
            "DCH-V",
            "-",
            None,
            "",
        ],
        [
            4,
            "Детский сад «Балапан»",
            "EDU_PRESCHOOL",  # a code of the code list is accepted as well
            "г. Акколь, ул. Абая, 20",
            "113220100",
            "Да",
            "01.02.2023ж.",
            "ВНД",
            "Нет",
            None,
            "",
        ],
    ]


def ru_profile(**changes: Any) -> ImportProfile:
    data: dict[str, Any] = {
        "format": "qoldau-import-profile",
        "format_version": 1,
        "target": "objects",
        "sheet": "Реестр",
        "header_row": 3,
        "columns": {
            "name": "Наименование объекта",
            "object_type": "Вид объекта",
            "address": "Адрес",
            "kato": "КАТО",
            "subject_to_passportization": "Подлежит паспортизации",
            "passport_date": "Дата паспорта",
            "status_display": "Статус доступности",
            "requires_adaptation": "Требует адаптации",
            "adapted_date": "Дата адаптации",
        },
        "values": {
            "object_type": {
                "Школа": "EDU_SCHOOL",
                "Аптека": "HEALTH_PHARMACY",
                "ЦОН": "GOV_PSC",
            }
        },
    }
    data.update(changes)
    return profile_from_json(data)


def write_register(
    path: Path,
    rows: list[list[Any]],
    *,
    header: list[str] = RU_HEADER,
    header_row: int = 3,
    sheet: str = "Реестр",
    total: str | None = "Итого",
) -> Path:
    """Write a register as an office keeps it (openpyxl), the table's header on header_row."""
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "Пояснения"
    first["A1"] = "Заполняется по состоянию на конец года"
    ws = wb.create_sheet(sheet)
    ws["A1"] = "Реестр объектов социальной инфраструктуры Аккольского района"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws["A2"] = "по состоянию на 01.11.2026 г."
    for n, text in enumerate(header, start=1):
        ws.cell(header_row, n, text)
    for r, values in enumerate(rows, start=header_row + 1):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)
    end = header_row + len(rows) + 1
    if total is not None:
        ws.cell(end, 2, total)
        ws.cell(end, 1, None)
        ws.cell(end + 2, 2, "Исполнитель: Ахметова А.")
    wb.save(path)
    return path


def by_name(store: Store) -> dict[str, InfraObject]:
    with store.session() as s:
        return {o.name: o for o in s.scalars(select(InfraObject))}


def statuses(store: Store, obj: InfraObject) -> tuple[str, ...]:
    assert obj.current_passport_id is not None
    return tuple(
        ObjectRepository(store).get_passport(obj.current_passport_id).statuses[c] for c in "KOSGU"
    )


def counts(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(InfraObject)) or 0,
            s.scalar(select(func.count()).select_from(Passport)) or 0,
            s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def reject(store: Store, path: Path, profile: ImportProfile) -> list[Problem]:
    before = counts(store)
    with pytest.raises(RegistryRejected) as info:
        import_registry(store, path, user=USER, today=TODAY, profile=profile)
    assert counts(store) == before  # nothing written
    return info.value.problems


# -- a register in its own layout ---------------------------------------------------------------


def test_a_russian_register_imports_with_every_value_read(store: Store, tmp_path: Path) -> None:
    path = write_register(tmp_path / "реестр.xlsx", ru_rows())

    result = import_registry(store, path, user=USER, today=TODAY, profile=ru_profile())

    assert (result.added, result.updated, result.passports_added) == (4, 0, 3)
    found = by_name(store)
    assert set(found) == {
        "КГУ «Средняя школа №1»",
        "Аптека «Рауан»",
        "ЦОН Аккольского района",
        "Детский сад «Балапан»",
    }  # the Итого row and the signature under it are not objects
    school = found["КГУ «Средняя школа №1»"]
    assert (school.kato, school.object_type) == ("113220100", "EDU_SCHOOL")
    assert school.subject_to_passportization is True
    assert statuses(store, school) == ("VND", "DP_I", "DCH_I", "DP_I", "DP_I")
    repo = ObjectRepository(store)
    assert school.current_passport_id is not None
    passport = repo.get_passport(school.current_passport_id)
    assert passport.passport_date == date(2016, 3, 12)
    assert passport.requires_adaptation is True and passport.adapted_date == date(2025, 6, 5)
    pharmacy = found["Аптека «Рауан»"]
    assert pharmacy.object_type == "HEALTH_PHARMACY"
    assert pharmacy.subject_to_passportization is False
    assert pharmacy.current_passport_id is None
    psc = found["ЦОН Аккольского района"]
    assert (psc.object_type, psc.kato) == ("GOV_PSC", "113220100")
    assert statuses(store, psc) == ("DCH_V",) * 5
    kindergarten = found["Детский сад «Балапан»"]
    assert kindergarten.object_type == "EDU_PRESCHOOL"
    assert statuses(store, kindergarten) == ("VND",) * 5
    assert kindergarten.current_passport_id is not None
    assert repo.get_passport(kindergarten.current_passport_id).passport_date == date(2023, 2, 1)
    # without an object_ref column, name + address + kato make the reference
    assert school.object_ref == derived_ref(
        "КГУ «Средняя школа №1»", "г. Акколь, ул. Абая, 1", "113220100"
    )


def test_a_re_import_duplicates_nothing_even_with_a_row_inserted(
    store: Store, tmp_path: Path
) -> None:
    path = write_register(tmp_path / "r.xlsx", ru_rows())
    import_registry(store, path, user=USER, today=TODAY, profile=ru_profile())
    rows = ru_rows()
    # next year: a row inserted at the top, the numbering shifted, spacing and case changed
    rows.insert(0, [1, "Библиотека", "EDU_ADDITIONAL", "ул. Абая, 3", 113220100, "нет"])
    rows[1][1] = "  КГУ «СРЕДНЯЯ   школа №1»"
    again = write_register(tmp_path / "r2.xlsx", rows)

    result = import_registry(store, again, user=USER, today=TODAY, profile=ru_profile())

    assert result.added == 1 and result.updated + result.unchanged == 4
    assert counts(store)[0] == 5
    assert "КГУ «СРЕДНЯЯ   школа №1»" in by_name(store)  # the same object, renamed


def test_a_kazakh_register_on_row_4_with_constants(store: Store, tmp_path: Path) -> None:
    rows = [
        [1, "№3 орта мектеп", "мектеп", "Ақкөл қ., Абай к-сі, 5", "113220100", "иә",
         "01.09.2025 ж.", "ДЧ-И (К, О)", "жоқ", None],
        [2, "Дәріхана", "дәріхана", "Ақкөл қ., Сейфуллин к-сі, 2", 113220100, "жоқ",
         None, None, None, None],
    ]  # fmt: skip
    path = write_register(
        tmp_path / "тізілім.xlsx", rows, header=KK_HEADER, header_row=4, sheet="Тізілім",
        total="Барлығы",
    )  # fmt: skip
    profile = profile_from_json(
        {
            "format": "qoldau-import-profile",
            "format_version": 1,
            "target": "objects",
            "sheet": 2,
            "header_row": 4,
            "columns": {
                "name": "Нысанның атауы",
                "object_type": "Нысан түрі",
                "address": "мекенжайы",  # compared normalised
                "kato": "ӘАОЖ",
                "subject_to_passportization": "Паспорттауға жатады",
                "passport_date": "Паспорт күні",
                "status_display": "Қолжетімділік мәртебесі",
                "adapted_date": "Бейімделген күні",
            },
            "values": {"object_type": {"мектеп": "EDU_SCHOOL", "Дәріхана": "HEALTH_PHARMACY"}},
            "constants": {"requires_adaptation": 0, "registered_date": "01.01.2020"},
        }
    )

    result = import_registry(store, path, user=USER, today=TODAY, profile=profile)

    assert (result.added, result.passports_added) == (2, 1)
    school = by_name(store)["№3 орта мектеп"]
    assert school.registered_date == date(2020, 1, 1)
    assert statuses(store, school) == ("DCH_I", "DCH_I", "VND", "VND", "VND")


def test_numbers_as_text_and_a_merged_header(store: Store, tmp_path: Path) -> None:
    path = write_register(tmp_path / "r.xlsx", ru_rows())
    wb = openpyxl.load_workbook(path)
    ws = wb["Реестр"]
    # a merged header cell over two columns keeps its text in the first
    ws.cell(3, 11, None)
    ws.cell(3, 12, None)
    ws.merge_cells(start_row=3, start_column=11, end_row=3, end_column=12)
    ws.cell(3, 11, "Примечание")
    ws.cell(4, 5, " 113 220 100 ")  # KATO typed as text with spaces
    ws.cell(4, 1, "1.")
    wb.save(path)

    result = import_registry(store, path, user=USER, today=TODAY, profile=ru_profile())

    assert result.added == 4
    assert by_name(store)["КГУ «Средняя школа №1»"].kato == "113220100"


# -- refusals: all-or-nothing, naming the Excel row and the file's header ----------------------


def test_bad_rows_are_refused_naming_the_row_and_the_header(store: Store, tmp_path: Path) -> None:
    rows = ru_rows()
    rows[0][2] = "Стадион"  # not listed and not a code
    rows[1][5] = "возможно"  # not a flag
    rows[2][7] = "ДП-И"  # a selective code without categories
    rows[3][6] = "31.02.2023 г."  # no such day
    path = write_register(tmp_path / "r.xlsx", rows)

    problems = reject(store, path, ru_profile())

    found = {(p.row, p.column, p.code, p.params.get("header")) for p in problems}
    assert found == {
        (4, "object_type", "unknown_code", "Вид объекта"),
        (5, "subject_to_passportization", "bad_flag", "Подлежит паспортизации"),
        (6, "status_display", "bad_display_code", "Статус доступности"),
        (7, "passport_date", "bad_date", "Дата паспорта"),
    }
    texts = [p.as_text() for p in problems]
    assert any(t.startswith("row 4, Вид объекта (object_type): unknown code") for t in texts)


def test_rules_between_columns_hold_as_in_the_template(store: Store, tmp_path: Path) -> None:
    rows = ru_rows()
    rows[1][7] = "ДУ"  # statuses on an object not subject to passportization
    rows[0][9] = "01.01.2015"  # adapted before the passport
    rows[2][6] = "01.01.2030 г."  # in the future
    path = write_register(tmp_path / "r.xlsx", rows)

    problems = reject(store, path, ru_profile())

    assert {(p.row, p.column, p.code) for p in problems} == {
        (4, "adapted_date", "adapted_before_passport"),
        *((5, f"status_{c}", "rule_not_subject") for c in "KOSGU"),
        (6, "passport_date", "date_in_future"),
    }
    assert {p.params.get("header") for p in problems if p.row == 5} == {"Статус доступности"}


def test_rows_alike_in_name_address_and_kato_are_duplicates(store: Store, tmp_path: Path) -> None:
    rows = ru_rows()
    rows.append(list(rows[0]))
    rows[-1][1] = "кгу «средняя школа №1» "
    path = write_register(tmp_path / "r.xlsx", rows)

    problems = reject(store, path, ru_profile())

    assert [(p.row, p.column, p.code, p.params.get("first_row")) for p in problems] == [
        (8, "name", "duplicate_object", 4)
    ]


def test_a_mapped_object_ref_is_used_and_its_duplicates_refused(
    store: Store, tmp_path: Path
) -> None:
    rows = [[f"A-{n}", *r] for n, r in enumerate(ru_rows())]
    rows[3][0] = "A-0"
    path = write_register(tmp_path / "r.xlsx", rows, header=["Код", *RU_HEADER])
    profile = ru_profile(columns={**ru_profile().columns, "object_ref": "Код"})

    problems = reject(store, path, profile)

    assert [(p.row, p.column, p.code) for p in problems] == [(7, "object_ref", "duplicate_ref")]


def test_a_profile_that_does_not_fit_the_file_is_refused(store: Store, tmp_path: Path) -> None:
    path = write_register(tmp_path / "r.xlsx", ru_rows())

    missing_sheet = reject(store, path, ru_profile(sheet="Лист9"))
    assert [(p.code, p.params["sheet"]) for p in missing_sheet] == [("sheet_not_found", "Лист9")]
    assert reject(store, path, ru_profile(sheet=3))[0].code == "sheet_not_found"

    wrong_row = reject(store, path, ru_profile(header_row=2))
    assert {p.code for p in wrong_row} == {"header_not_found"}
    assert {p.params["header"] for p in wrong_row} >= {"КАТО", "Адрес"}

    columns = {k: v for k, v in ru_profile().columns.items() if k != "kato"}
    unmapped = reject(store, path, ru_profile(columns=columns))
    assert [(p.column, p.code) for p in unmapped] == [("kato", "field_not_mapped")]


def test_the_table_ends_at_the_first_empty_row(store: Store, tmp_path: Path) -> None:
    rows = ru_rows()
    rows.insert(2, [None] * 11)  # an empty row: what follows is not the table
    rows[3][2] = "Стадион"  # would be an error if read
    path = write_register(tmp_path / "r.xlsx", rows, total=None)

    result = import_registry(store, path, user=USER, today=TODAY, profile=ru_profile())

    assert result.added == 2


@pytest.mark.parametrize("word", ["ИТОГО:", "Всего", "барлығы"])
def test_a_total_row_ends_the_table(store: Store, tmp_path: Path, word: str) -> None:
    path = write_register(tmp_path / "r.xlsx", ru_rows(), total=word)
    parsed = read_registry_with_profile(path, ru_profile(), registry_context(store, TODAY))
    assert parsed.ok and [r.row for r in parsed.rows] == [4, 5, 6, 7]


def test_a_hostile_file_is_refused_cleanly(store: Store, tmp_path: Path) -> None:
    not_xlsx = tmp_path / "r.xlsx"
    not_xlsx.write_bytes(b"<html>not a workbook</html>")
    assert [p.code for p in reject(store, not_xlsx, ru_profile())] == ["not_xlsx"]
    ole = tmp_path / "old.xlsx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    assert [p.code for p in reject(store, ole, ru_profile())] == ["protected_or_xls"]


def test_a_members_profile_is_not_read_as_objects(store: Store, tmp_path: Path) -> None:
    path = write_register(tmp_path / "r.xlsx", ru_rows())
    members = profile_from_json(
        {
            "format": "qoldau-import-profile",
            "format_version": 1,
            "target": "members",
            "sheet": 1,
            "header_row": 1,
            "columns": {"surname": "Фамилия"},
        }
    )
    assert [p.code for p in reject(store, path, members)] == ["wrong_target"]


def test_the_preview_says_what_the_import_would_do(store: Store, tmp_path: Path) -> None:
    path = write_register(tmp_path / "r.xlsx", ru_rows())
    preview = preview_registry(store, path, today=TODAY, profile=ru_profile())
    assert preview.ok and preview.plan is not None
    assert len(preview.parsed.rows) == 4
    assert counts(store)[0] == 0
    # the pharmacy is not subject to passportization without an exclusion reason: a warning
    assert [(w.row, w.code) for w in preview.warnings] == [(5, "exclusion_missing")]


def test_the_period_lock_and_the_audit_hold_on_the_profile_path(
    store: Store, tmp_path: Path
) -> None:
    from models.reference.approvals import PeriodLockedError
    from models.reporting.approval import approve
    from tests.models.test_period_lock import dump

    path = write_register(tmp_path / "r.xlsx", ru_rows())
    import_registry(store, path, user=USER, today=TODAY, profile=ru_profile())
    with store.session() as s:
        logged = s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.login == USER)
        )
    assert logged  # the import is in the audit log under its author
    approve(store, "2026-Q1", today=TODAY)
    rows = ru_rows()
    rows[0][7] = "ДУ"  # the school's passport of 2016 is read by the approved period
    before = dump(store)

    with pytest.raises(PeriodLockedError) as refused:
        import_registry(
            store, write_register(tmp_path / "r2.xlsx", rows), user=USER, today=TODAY,
            profile=ru_profile(),
        )  # fmt: skip

    assert refused.value.period == "2026-Q1"
    assert dump(store) == before


def test_a_sheet_declaring_a_huge_dimension_is_refused_by_the_bounded_reader(
    store: Store, tmp_path: Path
) -> None:
    from tests.faults.hostile import rewrite, set_dimension, sheet_part

    path = write_register(tmp_path / "r.xlsx", ru_rows())
    rewrite(path, {sheet_part(path, "Реестр"): set_dimension("A1:XFD1048576")})

    problems = reject(store, path, ru_profile())

    assert [p.code for p in problems] == ["sheet_dimension"]
