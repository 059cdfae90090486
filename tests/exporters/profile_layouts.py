"""Registers and lists in offices' own layouts, with the mapping a clerk would give each (issue 15).

Each :class:`Layout` is written by openpyxl as offices write them: title rows, a date line,
merged cells, a row of column numbers, bilingual headers, numbers stored as text and text as
numbers, object types in words and abbreviations, display codes, да/нет flags, 'г.' dates. The
expected mapping is written by hand from what the columns mean; ``tests/exporters/
test_profile_suggest_share.py`` measures the suggestion against it and keeps the shares in the
README. Names, addresses and IINs are invented (the IINs are synthetic, brief §3.3).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

from exporters.import_profile import MEMBERS, OBJECTS


@dataclass(frozen=True)
class Layout:
    """A sheet and the mapping it should get.

    Attributes:
        name: short name (the README's table row).
        title: what the layout is, in words (the README's table row).
        target: ``objects`` or ``members``.
        header_row: the 1-based header row.
        rows: the sheet's rows from A1 (``None`` = empty cell).
        columns: field -> its header text (columns not listed belong to no field).
        values: coded field -> source text -> expected code (every distinct value).
        merges: ranges to merge (``A1:K1``).
        sheets_before: other sheets written first (name -> rows).
    """

    name: str
    title: str
    target: str
    header_row: int
    rows: list[list[Any]]
    columns: Mapping[str, str]
    values: Mapping[str, Mapping[str, Any]]
    merges: tuple[str, ...] = ()
    sheets_before: Mapping[str, list[list[Any]]] = field(default_factory=dict)
    sheet: str = "Лист1"

    def write(self, folder: Path) -> Path:
        """Write the workbook into ``folder`` and return its path."""
        wb = openpyxl.Workbook()
        first = wb.active
        assert first is not None
        wb.remove(first)
        for name, rows in self.sheets_before.items():
            ws = wb.create_sheet(name)
            for row in rows:
                ws.append(row)
        ws = wb.create_sheet(self.sheet)
        for row in self.rows:
            ws.append(row)
        for cells in self.merges:
            ws.merge_cells(cells)
        path = folder / f"{self.name}.xlsx"
        wb.save(path)
        return path


def five(k: str, o: str, s: str, g: str, u: str) -> dict[str, str]:
    """The five statuses a display code sets, K O S G U."""
    return {"K": k, "O": o, "S": s, "G": g, "U": u}


ALL_DP = five(*["DP_V"] * 5)
ALL_DCH = five(*["DCH_V"] * 5)
ALL_VND = five(*["VND"] * 5)
ALL_DU = five(*["DU"] * 5)

# -- 1. Russian headers on row 3 under a title and a date line ---------------------------------

_RU_HEADER = [
    "№ п/п",
    "Наименование объекта",
    "Тип объекта",
    "Адрес",
    "Код КАТО",
    "Подлежит паспортизации (да/нет)",
    "Дата паспортизации",
    "Статус доступности",
    "Требует адаптации",
    "Дата адаптации",
    "Примечание",
]
RU_TITLE_DATE = Layout(
    name="ru_title_date",
    title="Russian headers on row 3, a title and a date above, a notes column",
    target=OBJECTS,
    header_row=3,
    rows=[
        ["Реестр объектов социальной инфраструктуры Аккольского района"],
        ["по состоянию на 01.01.2026 г."],
        _RU_HEADER,
        [1, "КГУ «Средняя школа №1»", "Школа", "г. Акколь, ул. Нурмагамбетова, 12", 113220100,
         "да", "12.03.2016 г.", "ДЧ-И (К, О)", "да", None, "пандус в 2026"],
        [2, "Детский сад «Балапан»", "Детский сад", "г. Акколь, ул. Сейфуллина, 3", 113220100,
         "да", datetime(2018, 5, 4), "ДП-В", "нет", None, None],
        [3, "Аптека №7", "Аптека", "г. Акколь, ул. Гагарина, 40", 113220100, "да",
         "20.11.2019 г.", "ВНД", "да", "01.09.2021 г.", None],
        [4, "Центр обслуживания населения", "ЦОН", "г. Акколь, ул. Абая, 77", 113220100, "да",
         "15.02.2017 г.", "ДП-И (К, О, С, Г, У)", "нет", None, None],
        [5, "Районная больница", "Больница", "г. Акколь, ул. Больничная, 1", 113220100, "да",
         "03.10.2016 г.", "ДЧ-В", "да", None, None],
        [6, "Врачебная амбулатория с. Кенес", "Врачебная амбулатория", "с. Кенес, ул. Школьная, 5",
         113237100, "нет", None, None, "нет", None, "закрыта на ремонт"],
        [7, "Дом культуры", "Дом культуры", "г. Акколь, ул. Абая, 50", 113220100, "да",
         "18.06.2020 г.", "ДУ", "да", None, None],
        [8, "Библиотека им. Абая", "Библиотека", "г. Акколь, ул. Абая, 52", 113220100, "да",
         "18.06.2020 г.", "ДП-И (О, Г, У); ДЧ-И (С)", "да", None, None],
        [9, "КГУ «Средняя школа №2»", "Школа", "г. Акколь, ул. Мира, 8", 113220100, "да",
         "12.03.2016 г.", "ДЧ-И (К, О)", "да", None, None],
        ["Итого", None, None, None, None, None, None, None, None, None, None],
    ],
    columns={
        "name": "Наименование объекта",
        "object_type": "Тип объекта",
        "address": "Адрес",
        "kato": "Код КАТО",
        "subject_to_passportization": "Подлежит паспортизации (да/нет)",
        "passport_date": "Дата паспортизации",
        "status_display": "Статус доступности",
        "requires_adaptation": "Требует адаптации",
        "adapted_date": "Дата адаптации",
    },
    values={
        "object_type": {
            "Школа": "EDU_SCHOOL",
            "Детский сад": "EDU_PRESCHOOL",
            "Аптека": "HEALTH_PHARMACY",
            "ЦОН": "GOV_PSC",
            "Больница": "HEALTH_HOSPITAL",
            "Врачебная амбулатория": "HEALTH_POLYCLINIC",
            "Дом культуры": "CULT_HOUSE",
            "Библиотека": "CULT_LIBRARY",
        },
        "subject_to_passportization": {"да": "1", "нет": "0"},
        "requires_adaptation": {"да": "1", "нет": "0"},
        "status_display": {
            "ДЧ-И (К, О)": five("DCH_I", "DCH_I", "VND", "VND", "VND"),
            "ДП-В": ALL_DP,
            "ВНД": ALL_VND,
            "ДП-И (К, О, С, Г, У)": ALL_DP,
            "ДЧ-В": ALL_DCH,
            "ДУ": ALL_DU,
            "ДП-И (О, Г, У); ДЧ-И (С)": five("VND", "DP_I", "DCH_I", "DP_I", "DP_I"),
        },
    },
    merges=("A1:K1", "A2:K2"),
)

# -- 2. Kazakh headers on row 4 ----------------------------------------------------------------

KK_ROW4 = Layout(
    name="kk_row4",
    title="Kazakh headers on row 4, иә/жоқ flags, 'ж.' dates, types in Kazakh",
    target=OBJECTS,
    header_row=4,
    rows=[
        ["Ақкөл ауданы бойынша әлеуметтік инфрақұрылым нысандарының тізілімі"],
        ["2026 жылғы 1 қаңтардағы жағдай бойынша"],
        [None],
        ["Р/с №", "Нысанның атауы", "Нысан түрі", "Мекенжайы", "ӘАОЖ коды",
         "Паспорттауға жатады", "Паспорт күні", "Қолжетімділік мәртебесі",
         "Бейімдеуді талап етеді", "Бейімделген күні"],
        [1, "№3 жалпы орта білім беретін мектеп", "Мектеп", "Ақкөл қ., Абай к-сі, 10",
         "113220100", "иә", "05.06.2019 ж.", "ДЧ-И (К, О, С)", "иә", None],
        [2, "«Айгөлек» балабақшасы", "Балабақша", "Ақкөл қ., Жамбыл к-сі, 2", "113220100", "иә",
         "14.09.2020 ж.", "ДП-В", "жоқ", None],
        [3, "Орталық дәріхана", "Дәріхана", "Ақкөл қ., Абай к-сі, 31", "113220100", "иә",
         "02.02.2021 ж.", "ВНД", "иә", "10.10.2023 ж."],
        [4, "Аудандық емхана", "Емхана", "Ақкөл қ., Ауруханалық к-сі, 4", "113220100", "иә",
         "30.03.2018 ж.", "ДЧ-В", "иә", None],
        [5, "Орталық кітапхана", "Кітапхана", "Ақкөл қ., Абай к-сі, 52", "113220100", "иә",
         "11.11.2019 ж.", "ДУ", "иә", None],
        [6, "Халыққа қызмет көрсету орталығы", "ХҚКО", "Ақкөл қ., Абай к-сі, 77", "113220100",
         "иә", "15.02.2017 ж.", "ДП-В", "жоқ", None],
        [7, "Кенес ауылдық округі әкімінің аппараты", "Әкімдік", "Кенес а., Орталық к-сі, 1",
         "113237100", "жоқ", None, None, "жоқ", None],
        [8, "Аудандық мәдениет үйі", "Мәдениет үйі", "Ақкөл қ., Абай к-сі, 50", "113220100",
         "иә", "18.06.2020 ж.", "ДЧ-И (О, Г)", "иә", None],
    ],
    columns={
        "name": "Нысанның атауы",
        "object_type": "Нысан түрі",
        "address": "Мекенжайы",
        "kato": "ӘАОЖ коды",
        "subject_to_passportization": "Паспорттауға жатады",
        "passport_date": "Паспорт күні",
        "status_display": "Қолжетімділік мәртебесі",
        "requires_adaptation": "Бейімдеуді талап етеді",
        "adapted_date": "Бейімделген күні",
    },
    values={
        "object_type": {
            "Мектеп": "EDU_SCHOOL",
            "Балабақша": "EDU_PRESCHOOL",
            "Дәріхана": "HEALTH_PHARMACY",
            "Емхана": "HEALTH_POLYCLINIC",
            "Кітапхана": "CULT_LIBRARY",
            "ХҚКО": "GOV_PSC",
            "Әкімдік": "GOV_AKIMAT",
            "Мәдениет үйі": "CULT_HOUSE",
        },
        "subject_to_passportization": {"иә": "1", "жоқ": "0"},
        "requires_adaptation": {"иә": "1", "жоқ": "0"},
        "status_display": {
            "ДЧ-И (К, О, С)": five("DCH_I", "DCH_I", "DCH_I", "VND", "VND"),
            "ДП-В": ALL_DP,
            "ВНД": ALL_VND,
            "ДЧ-В": ALL_DCH,
            "ДУ": ALL_DU,
            "ДЧ-И (О, Г)": five("VND", "DCH_I", "VND", "DCH_I", "VND"),
        },
    },
)

# -- 3. Merged header cells, bilingual headers, a row of column numbers, five status columns ----

_STATUS_ROWS = [
    ("ДП-В", "ДП-В", "ДП-В", "ДП-В", "ДП-В"),
    ("ДЧ-И", "ДЧ-И", "ВНД", "ВНД", "ВНД"),
    ("ВНД", "ДП-И", "ДП-И", "ДП-И", "ДП-И"),
    ("ДУ", "ДУ", "ДУ", "ДУ", "ДУ"),
    ("ДЧ-В", "ДЧ-В", "ДЧ-В", "ДЧ-В", "ДЧ-В"),
    ("ВНД", "ВНД", "ВНД", "ВНД", "ВНД"),
]
_STATUS_CODES = {"ДП-В": "DP_V", "ДЧ-И": "DCH_I", "ВНД": "VND", "ДП-И": "DP_I", "ДУ": "DU",
                 "ДЧ-В": "DCH_V"}
_TYPES_3 = ["Поликлиника", "Сельский дом культуры", "ФАП", "Почтовое отделение",
            "Спортивный комплекс", "Акимат"]
MERGED_NUMBERS = Layout(
    name="merged_numbers",
    title="Merged title and header cells, bilingual headers, a column-numbers row, "
          "five status columns",
    target=OBJECTS,
    header_row=4,
    rows=[
        ["Әлеуметтік инфрақұрылым нысандарының паспорттау тізілімі / Реестр паспортизации "
         "объектов социальной инфраструктуры"],
        [None],
        ["Ақкөл ауданы / Аккольский район", None, None, None, None, None, None, None, None,
         None, None, None, None, None, None],
        ["Р/с № / № п/п", "Атауы / Наименование", None, "Түрі / Вид объекта",
         "Мекенжайы / Адрес", "ӘАОЖ / КАТО", "Паспорттауға жатады / Подлежит паспортизации",
         "Паспорт күні / Дата паспорта", "К", "О", "С", "Г", "У",
         "Бейімдеуді талап етеді / Требует адаптации",
         "Бейімделген күні / Дата адаптации"],
        [1, 2, None, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
        *[
            [n, name, None, kind, f"с. Кенес, ул. Центральная, {n}", 113237100, 1,
             f"2019-06-{10 + n}", *statuses, 1 if n % 2 else 0, None]
            for n, (name, kind, statuses) in enumerate(
                zip(
                    ["Поликлиника №1", "СДК с. Кенес", "ФАП с. Жалгызкарагай", "Почта с. Кенес",
                     "Спорткомплекс «Жастар»", "Аппарат акима Кенесского с.о."],
                    _TYPES_3,
                    _STATUS_ROWS,
                    strict=True,
                ),
                start=1,
            )
        ],
    ],
    columns={
        "name": "Атауы / Наименование",
        "object_type": "Түрі / Вид объекта",
        "address": "Мекенжайы / Адрес",
        "kato": "ӘАОЖ / КАТО",
        "subject_to_passportization": "Паспорттауға жатады / Подлежит паспортизации",
        "passport_date": "Паспорт күні / Дата паспорта",
        "status_K": "К",
        "status_O": "О",
        "status_S": "С",
        "status_G": "Г",
        "status_U": "У",
        "requires_adaptation": "Бейімдеуді талап етеді / Требует адаптации",
        "adapted_date": "Бейімделген күні / Дата адаптации",
    },
    values={
        "object_type": {
            "Поликлиника": "HEALTH_POLYCLINIC",
            "Сельский дом культуры": "CULT_HOUSE",
            "ФАП": "HEALTH_RURAL_POST",
            "Почтовое отделение": "POST_OFFICE",
            "Спортивный комплекс": "SPORT_FACILITY",
            "Акимат": "GOV_AKIMAT",
        },
        **{
            f"status_{c}": {row[n]: _STATUS_CODES[row[n]] for row in _STATUS_ROWS}
            for n, c in enumerate("KOSGU")
        },
        "subject_to_passportization": {"1": "1"},
        "requires_adaptation": {"1": "1", "0": "0"},
    },
    merges=("A1:O1", "A3:O3", "B4:C4"),
)

# -- 4. Numbers as text and text as numbers, abbreviations, look-alike letters -----------------

NUMBERS_TEXT = Layout(
    name="numbers_text",
    title="Numbers as text and text as numbers, types as abbreviations, Latin look-alikes, "
          "own references",
    target=OBJECTS,
    header_row=2,
    sheets_before={"Пояснения": [["Заполнять по форме отдела"], ["Коды КАТО — 9 цифр"]]},
    sheet="Реестр",
    rows=[
        ["Реестр объектов (форма отдела)"],
        ["Инв. номер", "Название", "Вид объекта", "Местонахождение", "КАТО",
         "Подлежит паспортизации", "Дата паспорта", "Статус доступности", "Требует адаптации",
         "Дата адаптации", "Дата включения в реестр"],
        [101, "ЦОН Аккольского района", "ЦОН", "ул. Абая, 77", "113220100", "1", 42781,
         "ДП-В", 0, None, "01.01.2015"],
        [102, "СОШ №3", "СОШ", "ул. Абая, 10", 113220100.0, 1, "2019-06-05", "ДЧ-И (K, O)", 1,
         None, None],
        [103, "ФАП с. Кенес", "ФАП", "с. Кенес", "113237100", "0", None, None, "0", None, None],
        [104, "Шкoла-гимназия №4", "Шкoла", "ул. Мира, 1", "113220100", 1, "12.03.2016",
         "DCH-V", "1", "2024-08-30", None],
        [105, "Aптека «Дәрі»", "Aптека", "ул. Гагарина, 2", "113220100", 1, "20.11.2019",
         "VND", 1, None, None],
        [106, "Д/с «Еркетай»", "Д/С", "ул. Сейфуллина, 9", "113220100", 1, "14.09.2020", "ДУ",
         1, None, None],
        [107, "ЦРБ", "ЦРБ", "ул. Больничная, 1", "113220100", 1, "03.10.2016",
         "ДП-И (К,О,С,Г,У)", 0, None, None],
        [108, "Отделение АО «Казпочта»", "Казпочта", "ул. Абая, 3", "113220100", 1,
         "18.06.2020", "ДЧ-И (С)", 1, None, None],
    ],
    columns={
        "object_ref": "Инв. номер",
        "name": "Название",
        "object_type": "Вид объекта",
        "address": "Местонахождение",
        "kato": "КАТО",
        "subject_to_passportization": "Подлежит паспортизации",
        "passport_date": "Дата паспорта",
        "status_display": "Статус доступности",
        "requires_adaptation": "Требует адаптации",
        "adapted_date": "Дата адаптации",
        "registered_date": "Дата включения в реестр",
    },
    values={
        "object_type": {
            "ЦОН": "GOV_PSC",
            "СОШ": "EDU_SCHOOL",
            "ФАП": "HEALTH_RURAL_POST",
            "Шкoла": "EDU_SCHOOL",
            "Aптека": "HEALTH_PHARMACY",
            "Д/С": "EDU_PRESCHOOL",
            "ЦРБ": "HEALTH_HOSPITAL",
            "Казпочта": "POST_OFFICE",
        },
        "subject_to_passportization": {"1": "1", "0": "0"},
        "requires_adaptation": {"0": "0", "1": "1"},
        "status_display": {
            "ДП-В": ALL_DP,
            "ДЧ-И (K, O)": five("DCH_I", "DCH_I", "VND", "VND", "VND"),
            "DCH-V": ALL_DCH,
            "VND": ALL_VND,
            "ДУ": ALL_DU,
            "ДП-И (К,О,С,Г,У)": ALL_DP,
            "ДЧ-И (С)": five("VND", "VND", "DCH_I", "VND", "VND"),
        },
    },
)

# -- 5. A school's list of pupils' families ----------------------------------------------------

SCHOOL_LIST = Layout(
    name="school_members",
    title="A school's list of families and members (Russian, IIN as a number, м/ж)",
    target=MEMBERS,
    header_row=3,
    rows=[
        ["Список семей учащихся КГУ «Средняя школа №5», состоящих на внутришкольном учёте"],
        ["на 15.01.2026 г."],
        ["№", "№ семьи", "Фамилия", "Имя", "Отчество", "Дата рождения", "ИИН", "Пол",
         "Родство", "Адрес проживания", "Класс", "Примечание"],
        [1, 1, "Ахметов", "Серик", "Болатович", "15.07.1985 г.", 850715300122, "м", "отец",
         "г. Акколь, ул. Мира, 4-12", None, None],
        [2, 1, "Ахметова", "Айгуль", "Сериковна", date(1992, 3, 2), 920302403450, "ж", "мать",
         "г. Акколь, ул. Мира, 4-12", None, None],
        [3, 1, "Ахметов", "Нурлан", "Серикович", date(2015, 5, 10), None, "м", "сын",
         "г. Акколь, ул. Мира, 4-12", "4 «А»", "ИИН уточнить"],
        [4, 2, "Иванова", "Ольга", "Петровна", "02.03.1988", None, "ж", "мать",
         "г. Акколь, ул. Абая, 7", None, None],
        [5, 2, "Иванов", "Дмитрий", None, "11.09.2013", None, "м", "сын",
         "г. Акколь, ул. Абая, 7", "6 «Б»", None],
        [6, 2, "Иванова", "Мария", None, "01.12.2016", None, "ж", "дочь",
         "г. Акколь, ул. Абая, 7", "3 «А»", None],
        [7, 2, "Петрова", "Нина", "Ивановна", "20.04.1955", None, "ж", "бабушка",
         "г. Акколь, ул. Абая, 7", None, "опекун"],
    ],
    columns={
        "family_ref": "№ семьи",
        "surname": "Фамилия",
        "given_name": "Имя",
        "patronymic": "Отчество",
        "birth_date": "Дата рождения",
        "iin": "ИИН",
        "sex": "Пол",
        "relation": "Родство",
        "address": "Адрес проживания",
    },
    values={
        "sex": {"м": "M", "ж": "F"},
        "relation": {"отец": "FATHER", "мать": "MOTHER", "сын": "SON", "дочь": "DAUGHTER",
                     "бабушка": "GRANDMOTHER"},
    },
)

# -- 6. A Digital Family Map style list --------------------------------------------------------

DFM_LIST = Layout(
    name="dfm_members",
    title="A Digital Family Map style list (kk/ru headers, map levels, family categories)",
    target=MEMBERS,
    header_row=2,
    rows=[
        ["ОЦК / ЦКС: D, E санаттағы отбасылар / семьи категорий D, E"],
        ["Отбасы ID / ID семьи", "ЖСН / ИИН", "Тегі / Фамилия", "Аты / Имя",
         "Әкесінің аты / Отчество", "Туған күні / Дата рождения", "Жынысы / Пол",
         "Туыстық қатынасы / Родство", "ӘАОЖ / КАТО", "Мекенжайы / Адрес",
         "ОЦК санаты / Категория ЦКС", "Отбасы санаты / Категория семьи"],
        ["F-0001", "850715300411", "Қасымов", "Ерлан", "Бекұлы", "15.07.1985 ж.", "Ер",
         "Отбасы басшысы", 113220100, "Ақкөл қ., Абай к-сі, 3", "D",
         "Көпбалалы; Аз қамтылған"],
        ["F-0001", "920302403450", "Қасымова", "Әлия", None, "02.03.1992 ж.", "Әйел", "Жұбайы",
         113220100, "Ақкөл қ., Абай к-сі, 3", "D", "Көпбалалы; Аз қамтылған"],
        ["F-0001", "011210500782", "Қасымов", "Нұрлан", "Ерланұлы", "10.12.2001 ж.", "Ер",
         "Ұлы", 113220100, "Ақкөл қ., Абай к-сі, 3", "D", "Көпбалалы; Аз қамтылған"],
        ["F-0002", None, "Сәрсенова", "Гүлнар", None, "05.05.1990 ж.", "Әйел",
         "Отбасы басшысы", 113237100, "Кенес а., Орталық к-сі, 8", "Е", "Толық емес отбасы"],
        ["F-0002", None, "Сәрсенова", "Айша", None, "12.12.2012 ж.", "Әйел", "Қызы",
         113237100, "Кенес а., Орталық к-сі, 8", "Е", "Толық емес отбасы"],
    ],
    columns={
        "family_ref": "Отбасы ID / ID семьи",
        "iin": "ЖСН / ИИН",
        "surname": "Тегі / Фамилия",
        "given_name": "Аты / Имя",
        "patronymic": "Әкесінің аты / Отчество",
        "birth_date": "Туған күні / Дата рождения",
        "sex": "Жынысы / Пол",
        "relation": "Туыстық қатынасы / Родство",
        "kato": "ӘАОЖ / КАТО",
        "address": "Мекенжайы / Адрес",
        "map_level": "ОЦК санаты / Категория ЦКС",
        "categories": "Отбасы санаты / Категория семьи",
    },
    values={
        "sex": {"Ер": "M", "Әйел": "F"},
        "relation": {"Отбасы басшысы": "APPLICANT", "Жұбайы": "SPOUSE", "Ұлы": "SON",
                     "Қызы": "DAUGHTER"},
        "map_level": {"D": "D", "Е": "E"},
        "categories": {"Көпбалалы": "LARGE", "Аз қамтылған": "LOW_INCOME",
                       "Толық емес отбасы": "SINGLE_PARENT"},
    },
)

# -- 7. A town's register typed over years by several people ---------------------------------

MIXED_SPELLINGS = Layout(
    name="mixed_spellings",
    title="Types typed freely over years (qualifiers, legal forms, a word no list has), "
          "headers with units and hints",
    target=OBJECTS,
    header_row=5,
    rows=[
        ["УТВЕРЖДАЮ"],
        ["Руководитель отдела занятости и социальных программ"],
        ["Перечень объектов, подлежащих паспортизации, на 2026 год"],
        [None],
        ["№", "Наименование объекта (полное)", "Вид (тип) объекта",
         "Адрес (нас. пункт, улица, дом)", "КАТО (9 цифр)",
         "Подлежит паспортизации (1 - да, 0 - нет)", "Дата паспорта (дд.мм.гггг)",
         "Статус доступности объекта", "Требует адаптации", "Дата адаптации", "Ответственный"],
        [1, "ГКП на ПХВ «Городская поликлиника»", "Городская поликлиника", "ул. Абая, 12",
         "113220100", 1, "10.02.2022", "ДЧ-И (К, О, Г)", 1, None, "Касымова А."],
        [2, "Детская поликлиника", "Детская поликлиника", "ул. Мира, 3", "113220100", 1,
         "10.02.2022", "ДЧ-В", 1, None, None],
        [3, "Продуктовый магазин «Арай»", "Магазин продуктовый", "ул. Гагарина, 8",
         "113220100", 1, "11.03.2022", "ВНД", 1, None, None],
        [4, "Мини-маркет «Береке»", "Мини-маркет", "ул. Гагарина, 12", "113220100", 1,
         "11.03.2022", "ВНД", 1, None, None],
        [5, "Стоматология «Дент»", "Стоматология", "ул. Абая, 40", "113220100", 1, "12.04.2022",
         "ДУ", 1, None, None],
        [6, "Гостиница «Акколь»", "Гостиница", "ул. Абая, 1", "113220100", 1, "12.04.2022",
         "ДП-И (К, О, С, Г, У)", 0, None, None],
        [7, "Автостанция", "Автостанция", "ул. Вокзальная, 2", "113220100", 1, "20.05.2022",
         "ДЧ-И (О)", 1, None, None],
        [8, "АО «Халык банк», отделение", "Банк (отделение)", "ул. Абая, 20", "113220100", 1,
         "20.05.2022", "ДП-В", 0, None, None],
        [9, "ИП «Шаштараз»", "Парикмахерская", "ул. Мира, 9", "113220100", 0, None, None, 0,
         None, None],
        [10, "ТОО «Аптека плюс»", "Аптечный пункт", "ул. Мира, 11", "113220100", 1,
         "01.06.2022", "ДЧ-И (К, О)", 1, "15.09.2023", None],
    ],
    columns={
        "name": "Наименование объекта (полное)",
        "object_type": "Вид (тип) объекта",
        "address": "Адрес (нас. пункт, улица, дом)",
        "kato": "КАТО (9 цифр)",
        "subject_to_passportization": "Подлежит паспортизации (1 - да, 0 - нет)",
        "passport_date": "Дата паспорта (дд.мм.гггг)",
        "status_display": "Статус доступности объекта",
        "requires_adaptation": "Требует адаптации",
        "adapted_date": "Дата адаптации",
    },
    values={
        "object_type": {
            "Городская поликлиника": "HEALTH_POLYCLINIC",
            "Детская поликлиника": "HEALTH_POLYCLINIC",
            "Магазин продуктовый": "TRADE_SHOP",
            "Мини-маркет": "TRADE_SHOP",
            # No code list names a dentist's: a clerk would take the polyclinic's code.
            "Стоматология": "HEALTH_POLYCLINIC",
            "Гостиница": "TOURISM_HOTEL",
            "Автостанция": "TRN_BUS_STATION",
            "Банк (отделение)": "FIN_BANK",
            "Парикмахерская": "SERVICE_CONSUMER",
            "Аптечный пункт": "HEALTH_PHARMACY",
        },
        "subject_to_passportization": {"1": "1", "0": "0"},
        "requires_adaptation": {"1": "1", "0": "0"},
        "status_display": {
            "ДЧ-И (К, О, Г)": five("DCH_I", "DCH_I", "VND", "DCH_I", "VND"),
            "ДЧ-В": ALL_DCH,
            "ВНД": ALL_VND,
            "ДУ": ALL_DU,
            "ДП-И (К, О, С, Г, У)": ALL_DP,
            "ДЧ-И (О)": five("VND", "DCH_I", "VND", "VND", "VND"),
            "ДП-В": ALL_DP,
        },
    },
)

LAYOUTS: tuple[Layout, ...] = (
    RU_TITLE_DATE,
    KK_ROW4,
    MERGED_NUMBERS,
    NUMBERS_TEXT,
    SCHOOL_LIST,
    DFM_LIST,
    MIXED_SPELLINGS,
)
