"""The suggestion's parts on plain cells (issue 15): folding, headers, values, the header row."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from exporters.import_profile import FIELDS, MEMBERS, OBJECTS
from exporters.profile_sheet import SheetCells
from exporters.profile_suggest import (
    MAX_VALUES,
    field_labels,
    find_header_row,
    fold,
    is_numbering_row,
    is_running_number,
    match_header,
    match_value,
    required_missing,
    suggest_profile,
    value_choices,
)


def test_fold_meets_look_alikes_and_kazakh_letters() -> None:
    assert fold("Шкoла") == fold("Школа") == "shkola"  # a Latin o inside
    assert fold("Aптека") == fold("аптека")  # a Latin A
    assert fold("Қасым") == fold("Касым")
    assert fold("C") == fold("С")  # a lone Latin C is the category letter С
    assert fold("  Дата\nпаспорта (дд.мм.гггг) ") == "data pasporta dd mm gggg"
    assert fold("Object type") == "object type"  # English stays English


@pytest.mark.parametrize(
    ("header", "target", "field"),
    [
        ("Наименование объекта", OBJECTS, "name"),
        ("Нысанның атауы / Наименование объекта", OBJECTS, "name"),
        ("Наименование объекта (полное)", OBJECTS, "name"),
        ("Атауы", OBJECTS, "name"),
        ("Мекенжайы", OBJECTS, "address"),
        ("Адрес объекта", OBJECTS, "address"),
        ("Тип объекта", OBJECTS, "object_type"),
        ("Вид (тип) объекта", OBJECTS, "object_type"),
        ("Код КАТО", OBJECTS, "kato"),
        ("ҚАТО", OBJECTS, "kato"),
        ("Дата паспортизации", OBJECTS, "passport_date"),
        ("Статус доступности", OBJECTS, "status_display"),
        ("Статус доступности (К)", OBJECTS, "status_K"),
        ("Статус доступности (К, О, С, Г, У)", OBJECTS, "status_display"),
        ("Г", OBJECTS, "status_G"),
        ("Инв. номер", OBJECTS, "object_ref"),
        ("Дата включения в реестр", OBJECTS, "registered_date"),
        ("№ п/п", OBJECTS, None),  # a running number: recognised, never mapped
        ("Примечание", OBJECTS, None),
        ("Вид деятельности", OBJECTS, None),  # "Вид" alone is a header only by itself
        ("№ семьи", MEMBERS, "family_ref"),
        ("ИИН", MEMBERS, "iin"),
        ("ЖСН", MEMBERS, "iin"),
        ("Тегі", MEMBERS, "surname"),
        ("Аты", MEMBERS, "given_name"),
        ("Отчество (при наличии)", MEMBERS, "patronymic"),
        ("Туған күні", MEMBERS, "birth_date"),
        ("Дата рождения", MEMBERS, "birth_date"),
        ("Пол", MEMBERS, "sex"),
        ("Жынысы", MEMBERS, "sex"),
        ("Родство", MEMBERS, "relation"),
        ("Туыстығы", MEMBERS, "relation"),
        ("Категория ЦКС", MEMBERS, "map_level"),
        ("ФИО", MEMBERS, None),
        ("Наименование объекта", MEMBERS, None),
    ],
)
def test_match_header(header: str, target: str, field: str | None) -> None:
    assert match_header(header, target) == field


@pytest.mark.parametrize(
    "text", ["№", "№ п/п", "п/п", "Р/с №", "Р/с № / № п/п", "N", "#", "Порядковый номер"]
)
def test_running_numbers(text: str) -> None:
    assert is_running_number(text)
    assert match_header(text, OBJECTS) is None


def test_every_label_names_its_own_field_only() -> None:
    """Each field has kk, ru and en names; no label could be read as two fields of a target."""
    for target in (OBJECTS, MEMBERS):
        labels = field_labels(target)
        assert set(labels) == set(FIELDS[target])
        owner: dict[str, str] = {}
        for name, texts in labels.items():
            assert len(texts) >= 3, name
            for text in texts:
                assert owner.setdefault(fold(text), name) == name, text
                assert match_header(text, target) == name, text


@pytest.mark.parametrize(
    ("field", "text", "code"),
    [
        ("object_type", "Школа", "EDU_SCHOOL"),
        ("object_type", "Детский сад", "EDU_PRESCHOOL"),  # the label's bracketed words
        ("object_type", "ЦОН", "GOV_PSC"),
        ("object_type", "ФАП", "HEALTH_RURAL_POST"),  # initials of a hyphenated label
        ("object_type", "театр", "CULT_VENUE"),  # a listed part of a label
        ("object_type", "Aптека", "HEALTH_PHARMACY"),  # a Latin A
        ("object_type", "Дәріхана", "HEALTH_PHARMACY"),
        ("object_type", "Районная больница", "HEALTH_HOSPITAL"),
        ("object_type", "общеобразовательная школа", "EDU_SCHOOL"),
        ("object_type", "EDU_SCHOOL", "EDU_SCHOOL"),
        ("object_type", "Стоматология", None),  # no code list word, and not 'СТО'
        ("object_type", "Мини-маркет", None),
        ("status_K", "ДЧ-И", "DCH_I"),
        ("status_K", "DP-V", "DP_V"),
        ("relation", "Сын", "SON"),
        ("relation", "ұлы", "SON"),
        ("relation", "Внучка", "GRANDCHILD"),
        ("relation", "Глава семьи", "APPLICANT"),
        ("relation", "ребёнок", None),  # son or daughter: left to the clerk
        ("sex", "ж", "F"),
        ("sex", "Ер", "M"),
        ("disability_group", "II группа", "GROUP_2"),
        ("disability_group", "2", "GROUP_2"),
        ("disability_group", "III", "GROUP_3"),
        ("heating_type", "уголь", "STOVE_COAL"),
        ("heating_type", "Печь", None),  # coal or wood
        ("map_level", "В", "B"),  # a Cyrillic В
        ("subject_to_passportization", "не подлежит", "0"),
        ("subject_to_passportization", "подлежит", "1"),
        ("requires_adaptation", "требуется", "1"),
        ("rural", "село", "1"),
        ("name", "Школа", None),  # not a coded field
    ],
)
def test_match_value(field: str, text: str, code: str | None) -> None:
    assert match_value(field, text) == code


def test_value_choices() -> None:
    assert value_choices("object_type")[0] == (
        "EDU_PRESCHOOL",
        "мектепке дейінгі ұйым (балабақша)",
        "дошкольная организация (детский сад)",
    )
    assert value_choices("sex") == [("M", "Ер", "Мужской"), ("F", "Әйел", "Женский")]
    assert value_choices("requires_adaptation") == [("1", "Иә", "Да"), ("0", "Жоқ", "Нет")]
    assert [c for c, _, _ in value_choices("status_O")] == [
        "DP_V",
        "DP_I",
        "DCH_V",
        "DCH_I",
        "DU",
        "VND",
    ]
    assert value_choices("name") == []


def test_numbering_row() -> None:
    assert is_numbering_row([1, 2, 3, 4])
    assert is_numbering_row(["1", None, "2", "3"])  # a merged header's column left empty
    assert is_numbering_row([1.0, 2.0, 3.0])
    assert not is_numbering_row([1, 3, 2])
    assert not is_numbering_row([1, 2])
    assert not is_numbering_row([1, "Школа", 3])


TITLE_ROWS: list[list[Any]] = [
    ["Реестр объектов социальной инфраструктуры", "", "", "", ""],  # a merged title
    ["по состоянию на 01.01.2026 г.", "", "", "", ""],
    ["", "", "", "", ""],
    ["№ п/п", "Наименование", "Адрес", "Тип объекта", "Статус доступности"],
    [1, 2, 3, 4, 5],
    [1, "Школа №1", "ул. Абая, 1", "Школа", "ДП-В"],
    [2, "Аптека", "ул. Абая, 2", "Аптека", "ДЧ-И (К)"],
]


def test_find_header_row_skips_titles_and_dates() -> None:
    assert find_header_row(TITLE_ROWS) == 4
    # Without any known label: the first row of several texts.
    assert find_header_row([["Список"], ["Колонка А", "Колонка Б", "Колонка В"], [1, 2, 3]]) == 2
    assert find_header_row([]) == 1


def test_suggest_finds_the_sheet_and_skips_the_numbers_row() -> None:
    sheets = SheetCells(
        ("Пояснения", "Реестр"),
        {"Пояснения": [["Заполнять по форме"]], "Реестр": TITLE_ROWS},
    )
    s = suggest_profile(sheets, OBJECTS)
    assert (s.profile.sheet, s.profile.header_row) == ("Реестр", 4)
    assert dict(s.profile.columns) == {
        "name": "Наименование",
        "address": "Адрес",
        "object_type": "Тип объекта",
        "status_display": "Статус доступности",
    }
    # The numbers row is no data: its "4" and "5" are not values to match.
    assert dict(s.profile.values) == {
        "object_type": {"школа": "EDU_SCHOOL", "аптека": "HEALTH_PHARMACY"}
    }
    assert s.unmatched_values == {}
    assert (s.field_share, s.value_share) == (1.0, 1.0)
    assert s.required_missing == (
        "kato",
        "subject_to_passportization",
        "passport_date",
        "requires_adaptation",
        "adapted_date",
    )


def test_suggest_reports_what_it_cannot_match() -> None:
    rows: list[list[Any]] = [
        [
            "№ семьи",
            "Фамилия",
            "Имя",
            "Дата рождения",
            "Пол",
            "Родство",
            "Адрес",
            "Адрес",
            "Класс",
            "Категория семьи",
        ],
        [
            "1",
            "Ахметов",
            "Серик",
            date(1985, 7, 15),
            "м",
            "отец",
            "ул. Мира, 4",
            "",
            "",
            "многодетная; малообеспеченная",
        ],
        [
            "1",
            "Ахметов",
            "Нурлан",
            date(2015, 5, 10),
            "м",
            "ребёнок",
            "ул. Мира, 4",
            "",
            "4А",
            "многодетная",
        ],
        ["1", "Ахметова", "Айгуль", date(1992, 3, 2), "ж", "мама", "ул. Мира, 4", "", "", "ТЖС"],
    ]
    s = suggest_profile(SheetCells(("Лист1",), {"Лист1": rows}), MEMBERS)
    assert s.profile.sheet == 1 and s.profile.header_row == 1
    assert s.profile.columns["address"] == "Адрес"
    assert s.unmatched_fields == ("Адрес", "Класс")  # the second "Адрес" and a class
    assert s.unmatched_values == {"relation": ("ребёнок",)}
    assert dict(s.profile.values["categories"]) == {
        "многодетная": "LARGE",
        "малообеспеченная": "LOW_INCOME",
        "тжс": "DIFFICULT_SITUATION",
    }
    assert s.value_counts == {"sex": 2, "relation": 3, "categories": 3}
    # sex 2 + relation 2 of 3 + categories 3, of 8
    assert s.value_share == 7 / 8
    assert s.field_share == 8 / 10
    assert s.required_missing == ("iin",)


def test_header_row_given_and_required_statuses() -> None:
    sheets = SheetCells(("Лист1",), {"Лист1": TITLE_ROWS})
    assert suggest_profile(sheets, OBJECTS, header_row=1).profile.columns == {}
    assert required_missing(OBJECTS, ["status_K", "status_O"])[-3:] == (
        "status_S",
        "status_G",
        "status_U",
    )
    assert "status_display" in required_missing(OBJECTS, [])
    assert "status_display" not in required_missing(OBJECTS, ["status_display"])
    assert "iin" not in required_missing(MEMBERS, ["no_iin_reason"])


def test_a_column_of_thousands_of_texts_is_matched_only_in_part() -> None:
    """Names mapped as types: 600 distinct texts, the first MAX_VALUES looked at and listed."""
    rows: list[list[Any]] = [["Наименование", "Тип объекта"]]
    rows += [[f"Объект {n}", f"Магазин №{n}" if n % 2 else f"ТОО «Нур-{n}»"] for n in range(600)]
    s = suggest_profile(SheetCells(("Лист1",), {"Лист1": rows}), OBJECTS)
    assert s.value_counts["object_type"] == 600
    # "Магазин №N" holds the shop's word; "ТОО «Нур-N»" no type at all.
    assert len(s.profile.values["object_type"]) == MAX_VALUES // 2
    assert len(s.unmatched_values["object_type"]) == MAX_VALUES // 2
    assert s.value_share == (MAX_VALUES // 2) / 600
