"""The empty object registry template (reporting.md §3).

The first sheet holds the column codes in row 1, each with a Kazakh and Russian hint as a cell
comment (what the column holds, allowed values, date formats). A second sheet ``codes`` lists the
allowed object type and access status codes with their labels; the importer reads only the
first sheet.
"""

from __future__ import annotations

import contextlib
import csv
import os
import uuid
from pathlib import Path

from exporters.registry_import import ALL_COLUMNS
from models.paths import resource_path

#: The sheet names are codes, language-independent like the report sheets.
SHEET = "registry"
CODES_SHEET = "codes"
_DATE_FORMATS_KK = "КК.АА.ЖЖЖЖ, ЖЖЖЖ-АА-КК немесе Excel күні"
_DATE_FORMATS_RU = "ДД.ММ.ГГГГ, ГГГГ-ММ-ДД или дата Excel"
_STATUSES = "DP_V, DP_I, DCH_V, DCH_I, DU, VND"
_DATE_COLUMNS = ("passport_date", "adapted_date", "registered_date", "exclusion_date")
_TEXT_COLUMNS = ("object_ref", "kato")


def _categories() -> dict[str, tuple[str, str]]:
    with resource_path("codelists/user_categories.csv").open(encoding="utf-8", newline="") as fh:
        return {row["code"]: (row["kk"], row["ru"]) for row in csv.DictReader(fh)}


def column_hints() -> dict[str, tuple[str, str]]:
    """Return column code -> (Kazakh hint, Russian hint)."""
    hints: dict[str, tuple[str, str]] = {
        "object_ref": (
            "Нысанның бөлімдегі өз есептік нөмірі (мәтін). Файлда қайталанбайды. Міндетті.",
            "Собственный учётный номер объекта в отделе (текст). Не повторяется в файле. "
            "Обязательно.",
        ),
        "kato": (
            "Елді мекеннің ҚАТО коды, 9 цифр (мысалы 113220100), ауданның аумағынан. Міндетті.",
            "Код КАТО населённого пункта, 9 цифр (например 113220100), на территории района. "
            "Обязательно.",
        ),
        "name": ("Нысанның атауы. Міндетті.", "Наименование объекта. Обязательно."),
        "object_type": (
            f"Нысан түрінің коды, «{CODES_SHEET}» парағын қараңыз (мысалы EDU_SCHOOL). Міндетті.",
            f"Код вида объекта, см. лист «{CODES_SHEET}» (например EDU_SCHOOL). Обязательно.",
        ),
        "address": ("Мекенжайы.", "Адрес."),
        "subject_to_passportization": (
            "Паспорттауға жатады: 1 — иә, 0 — жоқ. 0 болса, паспорт бағандары бос қалады. "
            "Міндетті.",
            "Подлежит паспортизации: 1 — да, 0 — нет. При 0 столбцы паспорта пустые. Обязательно.",
        ),
        "passport_date": (
            f"Паспорт күні (комиссия бекіткен күн): {_DATE_FORMATS_KK}. Бос — паспорт жоқ. "
            "Болашақ күн болмайды.",
            f"Дата паспорта (утверждения комиссией): {_DATE_FORMATS_RU}. Пусто — паспорта нет. "
            "Не позже сегодняшнего дня.",
        ),
        "requires_adaptation": (
            "Бейімдеуді талап етеді: 1 — иә, 0 — жоқ. Паспорт күні болса — міндетті; "
            "паспорт күні жоқ болса — 0 немесе бос.",
            "Требует адаптации: 1 — да, 0 — нет. При дате паспорта обязательно; "
            "без даты паспорта — 0 или пусто.",
        ),
        "adapted_date": (
            f"Бейімдеу аяқталған күн: {_DATE_FORMATS_KK}. Бос — бейімделмеген. "
            "requires_adaptation = 1 болуы керек; паспорт күнінен ерте емес.",
            f"Дата завершения адаптации: {_DATE_FORMATS_RU}. Пусто — не адаптирован. "
            "Нужно requires_adaptation = 1; не раньше даты паспорта.",
        ),
        "registered_date": (
            f"Тізілімге енгізілген күн (міндетті емес): {_DATE_FORMATS_KK}. "
            "Бос болса — нысан барлық кезеңдерде тізілімде. Баған жоқ болса — сақталған күн "
            "өзгермейді.",
            f"Дата включения в реестр (необязательно): {_DATE_FORMATS_RU}. "
            "Если пусто — объект в реестре за все периоды. Без этого столбца сохранённая дата "
            "не меняется.",
        ),
        "exclusion_reason": (
            "Паспорттаудан шығару себебі (міндетті емес, мәтін), тек "
            "subject_to_passportization = 0 болса: мысалы «көпшілікке ашық емес», «жабылған», "
            "«бұзылады», «қайталанатын жазба». Бос болса — нысан импортталады, бірақ ескерту "
            "беріледі.",
            "Причина исключения из паспортизации (необязательно, текст), только при "
            "subject_to_passportization = 0: например «не открыт для посещения», «закрыт», "
            "«подлежит сносу», «дубликат записи». Если пусто — объект импортируется "
            "с предупреждением.",
        ),
        "exclusion_date": (
            f"Паспорттаудан шығарылған күн (міндетті емес): {_DATE_FORMATS_KK}, тек "
            "subject_to_passportization = 0 болса. Болашақ күн болмайды. Бос болса — ескерту.",
            f"Дата исключения из паспортизации (необязательно): {_DATE_FORMATS_RU}, только "
            "при subject_to_passportization = 0. Не позже сегодняшнего дня. Если пусто — "
            "предупреждение.",
        ),
    }
    for code, (kk, ru) in _categories().items():
        if code == "ALL":
            continue
        hints[f"status_{code}"] = (
            f"Қолжетімділік мәртебесінің коды, {code} санаты ({kk}): {_STATUSES}. "
            "Бос болуы мүмкін; паспорт күні жоқ болса — бос.",
            f"Код статуса доступности, категория {code} ({ru}): {_STATUSES}. "
            "Можно оставить пустым; без даты паспорта — пусто.",
        )
    return hints


def _code_list(name: str) -> list[tuple[str, str, str]]:
    with resource_path(f"codelists/{name}.csv").open(encoding="utf-8", newline="") as fh:
        return [(row["code"], row["kk"], row["ru"]) for row in csv.DictReader(fh)]


def write_template(path: Path) -> None:
    """Write the empty registry template to ``path`` (atomically: temp file, then rename).

    Raises:
        OSError: the folder is not writable or the file is open in another program
            (``PermissionError`` on Windows when Excel holds it).
    """
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    hints = column_hints()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for idx, code in enumerate(ALL_COLUMNS, start=1):
        cell = ws.cell(row=1, column=idx, value=code)
        cell.font = bold
        cell.fill = fill
        kk, ru = hints[code]
        comment = Comment(f"{kk}\n\n{ru}", "Qoldau")
        comment.width, comment.height = 320, 200
        cell.comment = comment
        letter = get_column_letter(idx)
        ws.column_dimensions[letter].width = max(14, len(code) + 4)
        if code in _DATE_COLUMNS:
            ws.column_dimensions[letter].number_format = "DD.MM.YYYY"
        elif code in _TEXT_COLUMNS:
            # Text, so Excel keeps KATO codes and references as typed.
            ws.column_dimensions[letter].number_format = "@"
    ws.freeze_panes = "A2"

    codes = wb.create_sheet(CODES_SHEET)
    codes.append(["column", "code", "kk", "ru"])
    for cell in codes[1]:
        cell.font = bold
    for code, kk, ru in _code_list("object_types"):
        codes.append(["object_type", code, kk, ru])
    for code, kk, ru in _code_list("access_statuses"):
        codes.append(["status_*", code, kk, ru])
    for letter, width in (("A", 14), ("B", 22), ("C", 60), ("D", 60)):
        codes.column_dimensions[letter].width = width
    wb.properties.title = "Qoldau registry template"
    wb.properties.creator = "Qoldau"

    path.parent.mkdir(parents=True, exist_ok=True)
    # A unique name beside the target (same file system, so the rename is atomic); not
    # mkstemp, whose 0600 mode would stay on the final file.
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
