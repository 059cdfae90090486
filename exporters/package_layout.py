"""The sheets and columns of a report package workbook (reporting.md §2.2, format version 1).

One table used by both the writer (:mod:`exporters.package`) and the reader
(:mod:`exporters.package_read`): sheet codes, column codes with their Kazakh and Russian labels,
kinds (how a cell is stored and checked), number formats and widths. The header cell of a column
is ``"<kk> / <ru>"``; receivers compare it, so a label here is part of the contract: correct one
only with a new format version.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from models.reporting.dto import Breakdowns, CodeCount, Ratios, ReportData

FORMAT = "qoldau-report"
FORMAT_VERSION = 1
KNOWN_FORMAT_VERSIONS = frozenset({1})

COVER = "Cover"
#: Extra sheets a receiver ignores start with this prefix (§2.2).
EXTRA_PREFIX = "X_"
TOTAL_LABEL = "Барлығы / Итого"
#: The Cover's line on a package whose figures are all zero (reporting.md §4;
#: :func:`models.reporting.dto.figures_all_zero`): label in column A, text in column B.
ALL_ZERO_LABEL = "Назар аударыңыз / Внимание"
ALL_ZERO_NOTE = (
    "Есептің барлық көрсеткіштері нөлге тең: кезеңде есепке алынған объектілер де, істер де жоқ"
    " / Все показатели отчёта равны нулю: в периоде нет ни учтённых объектов, ни случаев"
)
#: The Cover's first line on a draft (reporting.md §6.2), in large letters.
DRAFT_LABEL = "ЖОБА / ПРОЕКТ"
DRAFT_NOTE = (
    "Кезең бекітілмеген: жоғары тұрған мекеме бұл пакетті жиынтыққа қабылдамайды"
    " / Период не утверждён: вышестоящее учреждение не примет этот пакет в свод"
)


def approval_cover_rows(approval: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """Return the Cover's lines about the manifest's ``approval`` (label, value)."""
    if approval.get("state") != "approved":
        return [(DRAFT_LABEL, DRAFT_NOTE)]
    rows: list[tuple[str, str | None]] = [
        (
            "Бекітілді / Утверждено",
            f"{approval.get('period')}: {approval.get('by')} ({approval.get('role')}), "
            f"{approval.get('at')}",
        )
    ]
    missing = approval.get("missing") or []
    if missing:
        rows.append(
            ("Пакеті жоқ мекемелер / Учреждения без пакета", ", ".join(str(k) for k in missing))
        )
    return rows


#: Kinds of column: how a cell is written and what a receiver accepts in it.
TEXT, CODE, INT, PCT, DATE, FLAG = "text", "code", "int", "pct", "date", "flag"
NUMBER_FORMATS = {CODE: "@", INT: "#,##0", PCT: "0.0", DATE: "dd.mm.yyyy", FLAG: "0"}

#: Title rows of a data sheet (form name kk, form name ru, office, period), then the table.
TITLE_ROWS = 4
HEADER_ROW = TITLE_ROWS + 1
NUMBERS_ROW = HEADER_ROW + 1
FIRST_DATA_ROW = NUMBERS_ROW + 1

#: Manifest keys every package has (§2.1).
MANIFEST_KEYS = (
    "format",
    "format_version",
    "package_id",
    "office",
    "period",
    "created_at",
    "app_version",
    "workbook",
    "sheets",
    "includes",
)
OFFICE_KEYS = ("kato", "level", "name_kk", "name_ru")
WORKBOOK_KEYS = ("file", "sha256", "bytes")
INCLUDE_KEYS = ("kato", "package_id", "created_at")

#: Category codes in sheet order, with their Cyrillic display letters.
CATEGORIES = (("K", "К"), ("O", "О"), ("S", "С"), ("G", "Г"), ("U", "У"))


@dataclass(frozen=True)
class Column:
    """One column of a data sheet."""

    code: str
    kk: str
    ru: str
    kind: str
    width: float = 14

    @property
    def header(self) -> str:
        """The bilingual header cell text."""
        return f"{self.kk} / {self.ru}"

    @property
    def number_format(self) -> str | None:
        """The Excel number format of the column's data cells (None for text)."""
        return NUMBER_FORMATS.get(self.kind)


@dataclass(frozen=True)
class SheetLayout:
    """One data sheet: its code, bilingual form name, columns and whether it ends with a total."""

    code: str
    title_kk: str
    title_ru: str
    columns: tuple[Column, ...]
    has_total: bool
    #: Column 1 of the total row holds the office's KATO (A1, B1); empty elsewhere.
    total_kato: bool = False

    @property
    def codes(self) -> tuple[str, ...]:
        """Column codes in sheet order."""
        return tuple(c.code for c in self.columns)


def _kato(width: float = 12) -> Column:
    return Column("kato", "ҚАТО коды", "Код КАТО", CODE, width)


_UNIT_NAME = Column("name", "Бірліктің атауы", "Наименование единицы", TEXT, 34)

A1 = SheetLayout(
    "A1",
    "Әлеуметтік және көлік инфрақұрылымы объектілерін паспорттау және бейімдеу",
    "Паспортизация и адаптация объектов социальной и транспортной инфраструктуры",
    (
        _kato(),
        _UNIT_NAME,
        Column("objects_total", "Объектілердің жалпы саны", "Всего объектов", INT),
        Column(
            "subject_to_passportization",
            "оның ішінде паспорттауға жататыны",
            "из них подлежат паспортизации",
            INT,
        ),
        Column("passported", "оның ішінде паспортталғаны", "из них паспортизировано", INT),
        Column(
            "requiring_adaptation",
            "паспортталғандардың бейімдеуді талап ететіні",
            "из паспортизированных требуют адаптации",
            INT,
        ),
        Column("adapted", "оның ішінде бейімделгені", "из них адаптировано", INT),
        Column(
            "accessible_share_pct",
            "Қолжетімді объектілердің үлесі, %",
            "Доля доступных объектов, %",
            PCT,
        ),
    ),
    has_total=True,
    total_kato=True,
)

A2 = SheetLayout(
    "A2",
    "Паспортталған объектілер объект түрлері бойынша",
    "Паспортизированные объекты по видам объектов",
    (
        Column("object_type", "Объект түрінің коды", "Код вида объекта", CODE, 16),
        Column("name", "Объект түрі", "Вид объекта", TEXT, 34),
        Column("passported", "Паспортталған объектілер", "Паспортизировано объектов", INT),
        *(
            Column(f"accessible_{code}", f"{letter} үшін қолжетімді", f"Доступно для {letter}", INT)
            for code, letter in CATEGORIES
        ),
        Column("requiring_adaptation", "Бейімдеуді талап етеді", "Требуют адаптации", INT),
        Column("adapted", "оның ішінде бейімделгені", "из них адаптировано", INT),
    ),
    has_total=True,
)

A3 = SheetLayout(
    "A3",
    "Паспортталған объектілердің тізілімі",
    "Реестр паспортизированных объектов",
    (
        Column("object_id", "Объектінің идентификаторы", "Идентификатор объекта", CODE, 38),
        _kato(),
        Column("name", "Объектінің атауы", "Наименование объекта", TEXT, 40),
        # A3's rows are streamed: widths for the usual longest values (object type code:
        # SOC_EMPLOYMENT_OFFICE, 21 letters), not measured.
        Column("object_type", "Объект түрінің коды", "Код вида объекта", CODE, 26),
        Column("address", "Мекенжайы", "Адрес", TEXT, 40),
        Column("passport_date", "Паспорт күні", "Дата паспорта", DATE, 12),
        *(
            Column(f"status_{code}", f"{letter} мәртебесі", f"Статус {letter}", CODE, 10)
            for code, letter in CATEGORIES
        ),
        Column(
            "requires_adaptation",
            "Бейімдеуді талап етеді (1/0)",
            "Требует адаптации (1/0)",
            FLAG,
            12,
        ),
        Column("adapted_date", "Бейімделген күні", "Дата адаптации", DATE, 12),
    ),
    has_total=False,
)

B1 = SheetLayout(
    "B1",
    "Отбасыларды қолдау: істер",
    "Сопровождение семей: случаи",
    (
        _kato(),
        _UNIT_NAME,
        Column(
            "cases_open_at_start",
            "Кезең басында ашық істер",
            "Открытые случаи на начало периода",
            INT,
        ),
        Column(
            "cases_opened",
            "Кезеңде ашылған (қайта ашылған) істер",
            "Открыто (возобновлено) случаев в периоде",
            INT,
        ),
        Column("cases_closed", "Кезеңде жабылған істер", "Закрыто случаев в периоде", INT),
        Column(
            "cases_open_at_end",
            "Кезең соңында ашық істер",
            "Открытые случаи на конец периода",
            INT,
        ),
        Column(
            "children_in_open_cases",
            "Ашық істері бар отбасылардағы балалар",
            "Дети в семьях с открытыми случаями",
            INT,
        ),
        Column(
            "children_with_disability",
            "оның ішінде мүгедектігі бар балалар",
            "из них дети с инвалидностью",
            INT,
        ),
        Column("visits", "Барулар мен байланыстар", "Посещения и контакты", INT),
        Column("services", "Көрсетілген қызметтер", "Оказано услуг", INT),
        Column(
            "cases_overdue",
            "Келесі байланыс мерзімі өткен істер",
            "Случаи с просроченным контактом",
            INT,
        ),
    ),
    has_total=True,
    total_kato=True,
)

B2 = SheetLayout(
    "B2",
    "Кезең соңында ашық істер тәуекел факторлары бойынша",
    "Открытые на конец периода случаи по факторам риска",
    (
        Column("risk_factor", "Тәуекел факторының коды", "Код фактора риска", CODE, 18),
        Column("name", "Тәуекел факторы", "Фактор риска", TEXT, 40),
        Column(
            "cases_open_at_end",
            "Кезең соңында ашық істер",
            "Открытые случаи на конец периода",
            INT,
        ),
        Column(
            "cases_opened",
            "Кезеңде ашылған (қайта ашылған) істер",
            "Открыто (возобновлено) случаев в периоде",
            INT,
        ),
    ),
    has_total=False,
)

B3 = SheetLayout(
    "B3",
    "Көрсетілген қызметтер түрлері бойынша",
    "Оказанные услуги по видам",
    (
        Column("service_type", "Қызмет түрінің коды", "Код вида услуги", CODE, 18),
        Column("name", "Қызмет түрі", "Вид услуги", TEXT, 40),
        Column("services", "Қызметтер саны", "Количество услуг", INT),
    ),
    has_total=True,
)

B4 = SheetLayout(
    "B4",
    "Кезең соңында ашық істері бар отбасылар Отбасының цифрлық картасы деңгейлері бойынша",
    "Семьи с открытыми на конец периода случаями по уровням Цифровой карты семьи",
    (
        Column("level", "Деңгей коды", "Код уровня", CODE, 12),
        Column(
            "name", "Отбасының цифрлық картасы деңгейі", "Уровень Цифровой карты семьи", TEXT, 40
        ),
        Column("families", "Отбасылар саны", "Количество семей", INT),
    ),
    has_total=True,
)

#: Data sheets in workbook order (after Cover).
DATA_SHEETS: tuple[SheetLayout, ...] = (A1, A2, A3, B1, B2, B3, B4)
LAYOUTS: dict[str, SheetLayout] = {s.code: s for s in DATA_SHEETS}
SHEET_CODES: tuple[str, ...] = (COVER, *LAYOUTS)

# --------------------------------------------------------------------------- X_ sheets
# The report breakdowns (issue 14; docs/PACKAGE_EXTRA_SHEETS.md, the proposed §2.4): extra sheets
# that format 1 readers ignore, laid out like the data sheets.


def _coded(code: str, kk: str, ru: str) -> Column:
    return Column(code, kk, ru, CODE, 18)


_NAME = Column("name", "Атауы", "Наименование", TEXT, 40)
_OPEN_AT_END = Column(
    "cases_open_at_end", "Кезең соңында ашық істер", "Открытые случаи на конец периода", INT
)

X_CLOSURES = SheetLayout(
    "X_CLOSURES",
    "Кезеңде жабылған істер жабу себептері бойынша",
    "Закрытые в периоде случаи по причинам закрытия",
    (
        _coded("closure_reason", "Жабу себебінің коды", "Код причины закрытия"),
        _NAME,
        Column("cases_closed", "Кезеңде жабылған істер", "Закрыто случаев в периоде", INT),
    ),
    has_total=True,
)
X_CHILDREN = SheetLayout(
    "X_CHILDREN",
    "Кезең соңында ашық істері бар отбасылардағы балалар: жынысы, жас тобы, қала/ауыл",
    "Дети в семьях с открытыми на конец периода случаями: пол, возраст, город/село",
    (
        _coded("group_code", "Топ коды", "Код группы"),
        _NAME,
        Column("children", "Балалар саны", "Количество детей", INT),
    ),
    has_total=False,
)
X_CASES_CATEGORY = SheetLayout(
    "X_CASES_CATEGORY",
    "Кезең соңында ашық істер отбасы санаттары бойынша",
    "Открытые на конец периода случаи по категориям семей",
    (
        _coded("family_category", "Отбасы санатының коды", "Код категории семьи"),
        _NAME,
        _OPEN_AT_END,
    ),
    has_total=False,
)
X_CASES_SOURCE = SheetLayout(
    "X_CASES_SOURCE",
    "Кезең соңында ашық істер сигнал көздері бойынша",
    "Открытые на конец периода случаи по источникам сигнала",
    (_coded("signal_source", "Сигнал көзінің коды", "Код источника сигнала"), _NAME, _OPEN_AT_END),
    has_total=True,
)
X_LEVELS = SheetLayout(
    "X_LEVELS",
    "Паспортталған объектілер расталған қолжетімділік деңгейі бойынша",
    "Паспортизированные объекты по подтверждённому уровню доступности",
    (
        _coded("status", "Мәртебе коды", "Код статуса"),
        _NAME,
        *(
            Column(f"objects_{code}", f"{letter} үшін", f"Для {letter}", INT)
            for code, letter in CATEGORIES
        ),
    ),
    has_total=True,
)
X_RATIOS = SheetLayout(
    "X_RATIOS",
    "Қолжетімділік көрсеткішіне қатысты арақатынастар (көрсеткіштің өзі емес)",
    "Соотношения, связанные с показателем доступности (не сам показатель)",
    (
        _kato(),
        _UNIT_NAME,
        Column("passported", "Паспортталған объектілер", "Паспортизировано объектов", INT),
        Column("requiring_adaptation", "Бейімдеуді талап етеді", "Требуют адаптации", INT),
        Column("adapted", "оның ішінде бейімделгені", "из них адаптировано", INT),
        Column(
            "adaptation_completion_pct",
            "Бейімдеудің аяқталуы (бейімделгені / талап ететіні), %",
            "Завершённость адаптации (адаптировано / требуют), %",
            PCT,
        ),
        Column(
            "found_inaccessible_pct",
            "Қолжетімсіз деп табылғаны (талап ететіні / паспортталғаны), %",
            "Выявлено недоступных (требуют / паспортизировано), %",
            PCT,
        ),
    ),
    has_total=True,
    total_kato=True,
)
#: The X_ sheets this version knows, in workbook order (after the data sheets).
EXTRA_SHEETS: tuple[SheetLayout, ...] = (
    X_CLOSURES,
    X_CHILDREN,
    X_CASES_CATEGORY,
    X_CASES_SOURCE,
    X_LEVELS,
    X_RATIOS,
)
EXTRA_LAYOUTS: dict[str, SheetLayout] = {s.code: s for s in EXTRA_SHEETS}
#: X_CHILDREN's row codes: the breakdown's code with its group's prefix; ``AGE_0_6`` is the sum
#: of ``AGE_0_2`` and ``AGE_3_6`` (shown, never summed with them).
CHILD_GROUPS = (("SEX_", "children_by_sex"), ("", "children_by_age"), ("AREA_", "children_by_area"))
AGE_0_6 = "AGE_0_6"
AGE_0_6_NAME = "0-6 жас"
#: The Cover's line on a consolidation that left the X_ sheets out (a package had none).
X_LEFT_OUT_LABEL = "Қосымша X_ парақтары жоқ / Дополнительные листы X_ не включены"
X_LEFT_OUT_NOTE = "бұл мекемелердің пакеттерінде жоқ / их нет в пакетах учреждений: "


def _coded_rows(rows: Sequence[CodeCount], prefix: str = "") -> list[list[Any]]:
    return [[prefix + r.code, r.name, *r.counts] for r in rows]


def extra_rows(data: ReportData) -> dict[str, list[list[Any]]]:
    """Return the data rows of the X_ sheets of ``data`` (none when it has no breakdowns).

    X_RATIOS has A1's units as rows (its total recomputes the ratios from the sums).
    """
    b = data.breakdowns
    if b is None:
        return {}
    children: list[list[Any]] = []
    for prefix, attr in CHILD_GROUPS:
        if attr == "children_by_age":
            children.append([AGE_0_6, AGE_0_6_NAME, b.children_0_6])
        children += _coded_rows(getattr(b, attr), prefix)
    ratios = []
    for a in data.a1:
        r = Ratios(a.passported, a.requiring_adaptation, a.adapted)
        counts = [r.passported, r.requiring_adaptation, r.adapted]
        pcts = [r.adaptation_completion_pct, r.found_inaccessible_pct]
        ratios.append([a.kato, a.name, *counts, *pcts])
    return {
        X_CLOSURES.code: _coded_rows(b.closures),
        X_CHILDREN.code: children,
        X_CASES_CATEGORY.code: _coded_rows(b.cases_by_category),
        X_CASES_SOURCE.code: _coded_rows(b.cases_by_source),
        X_LEVELS.code: _coded_rows(b.levels),
        X_RATIOS.code: ratios,
    }


def left_out_line(katos: Iterable[str]) -> tuple[str, str]:
    """Return the Cover's line (label, text) naming the packages without the X_ sheets."""
    return X_LEFT_OUT_LABEL, X_LEFT_OUT_NOTE + ", ".join(katos)


def sheet_layouts(codes: Iterable[str]) -> tuple[SheetLayout, ...]:
    """Return the data sheets, then the known X_ sheets among ``codes``, in workbook order."""
    present = set(codes)
    return (*DATA_SHEETS, *(x for x in EXTRA_SHEETS if x.code in present))


def breakdowns_of(tables: Mapping[str, Sequence[Sequence[Any]]]) -> Breakdowns | None:
    """Return the breakdowns read back from the X_ sheets' data rows (None unless every known
    X_ sheet is there: an incomplete set is left out like a missing one)."""
    if any(layout.code not in tables for layout in EXTRA_SHEETS):
        return None

    def coded(code: str, prefix: str = "") -> tuple[CodeCount, ...]:
        return tuple(
            CodeCount(
                str(r[0] or "")[len(prefix) :], str(r[1] or ""), tuple(int(v or 0) for v in r[2:])
            )
            for r in tables[code]
            if str(r[0] or "").startswith(prefix)
        )

    # The age rows keep their AGE_ prefix (the breakdown's codes are AGE_0_2 ...); AGE_0_6 is
    # their sum, checked by the verifier, not a band.
    ages = tuple(r for r in coded(X_CHILDREN.code, "AGE_") if r.code != AGE_0_6[4:])
    ages = tuple(CodeCount("AGE_" + r.code, r.name, r.counts) for r in ages)
    sums = [sum(int(r[i] or 0) for r in tables[X_RATIOS.code]) for i in (2, 3, 4)]
    return Breakdowns(
        closures=coded(X_CLOSURES.code),
        children_by_sex=coded(X_CHILDREN.code, "SEX_"),
        children_by_age=ages,
        children_by_area=coded(X_CHILDREN.code, "AREA_"),
        cases_by_category=coded(X_CASES_CATEGORY.code),
        cases_by_source=coded(X_CASES_SOURCE.code),
        levels=coded(X_LEVELS.code),
        ratios=Ratios(*sums),
    )


#: Code of the level-less families' row of B4.
NO_LEVEL = "NONE"


def package_stem(kato: str, period: str) -> str:
    """Return the file name stem of a package: ``<KATO>_<PERIOD>``."""
    return f"{kato}_{period}"


def workbook_name(kato: str, period: str) -> str:
    """Return the workbook file name of a package."""
    return f"{package_stem(kato, period)}.xlsx"


def manifest_name(kato: str, period: str) -> str:
    """Return the manifest file name of a package."""
    return f"{package_stem(kato, period)}.manifest.json"


# --------------------------------------------------------------------------- presentation
# How the workbook reads in a spreadsheet and on paper (issue 11): column widths and row heights
# only; no value, position or sheet name depends on them. A spreadsheet does not grow a row for
# its wrapped text when it opens a file (LibreOffice and Excel both keep the default height), so
# every row holding wrapped text or a large font gets its height here.

#: Points a line of text takes per point of font size (15 pt for 11-pt text), and the padding
#: above and below a cell's text.
LINE_FACTOR = 15 / 11
PAD_PT = 4.0
DEFAULT_SIZE = 11.0
#: Column-width units (the width of a digit of the default font) a letter takes: bold Kazakh and
#: Russian letters in a wide font (DejaVu Sans, what LibreOffice shows without Calibri) take about
#: 1.3, plain ones 1.15; a width also loses about one unit to the cell's margins.
BOLD_EM = 1.3
PLAIN_EM = 1.15
#: Header labels wrap onto at most this many lines: a column is widened (up to the bound) until
#: they do and its longest word fits whole.
MAX_HEADER_LINES = 5
MAX_HEADER_WIDTH = 26.0
#: Bounds of code and text columns widened for their longest value (longer text is cut).
MAX_CODE_WIDTH = 30.0
MAX_TEXT_WIDTH = 60.0
#: The Cover's columns A, B, C (labels, values, counts).
COVER_WIDTHS = (46.0, 62.0, 18.0)


def wrapped_lines(text: str, width_chars: float) -> int:
    """Return the lines ``text`` takes wrapped at spaces into ``width_chars`` characters a line.

    Words are kept whole unless longer than a line, then broken; every ``\\n`` starts a line.
    """
    width = max(int(width_chars), 1)
    total = 0
    for paragraph in str(text).split("\n"):
        lines, used = 1, 0
        for word in paragraph.split():
            need = len(word) if used == 0 else used + 1 + len(word)
            if need <= width:
                used = need
                continue
            if used:
                lines += 1
            full, rest = divmod(len(word), width)
            lines += full - 1 if rest == 0 else full
            used = width if rest == 0 else rest
        total += lines
    return total


def chars_in(width: float, *, bold: bool = False, size: float = DEFAULT_SIZE) -> float:
    """Return how many letters of a font fit in a column ``width`` units wide."""
    em = (BOLD_EM if bold else PLAIN_EM) * size / DEFAULT_SIZE
    return max(width - 1, 1) / em


def width_for(chars: int, *, bold: bool = False) -> float:
    """Return the column width that holds ``chars`` letters on one line."""
    return chars * (BOLD_EM if bold else PLAIN_EM) + 1


def text_height(
    text: str, width: float, *, bold: bool = False, size: float = DEFAULT_SIZE
) -> float:
    """Return the height (pt) of a cell holding ``text`` wrapped in a column ``width`` wide."""
    lines = wrapped_lines(text, chars_in(width, bold=bold, size=size))
    return round(lines * size * LINE_FACTOR + PAD_PT, 1)


def header_width(column: Column) -> float:
    """Return the width of a column: its own, widened for its bold bilingual header label.

    Wide enough for the longest word of the label, and for the label to wrap onto at most
    :data:`MAX_HEADER_LINES` lines, up to :data:`MAX_HEADER_WIDTH`.
    """
    longest = max(len(word) for word in column.header.split())
    width = max(column.width, min(width_for(longest, bold=True), MAX_HEADER_WIDTH))
    while (
        width < MAX_HEADER_WIDTH
        and wrapped_lines(column.header, chars_in(width, bold=True)) > MAX_HEADER_LINES
    ):
        width += 1
    return float(math.ceil(width))


def column_widths(
    layout: SheetLayout, rows: Sequence[Sequence[Any]] | None = None
) -> tuple[float, ...]:
    """Return the widths of a data sheet's columns.

    Each is :func:`header_width`; a code or text column is widened for its longest value in
    ``rows`` (when the rows are at hand: every sheet but A3, whose rows are streamed), up to
    :data:`MAX_CODE_WIDTH` or :data:`MAX_TEXT_WIDTH`, so names and codes are not cut.
    """
    widths = []
    for i, column in enumerate(layout.columns):
        width = header_width(column)
        if rows and column.kind in (CODE, TEXT):
            longest = max(len(str(row[i])) if row[i] is not None else 0 for row in rows)
            bound = MAX_TEXT_WIDTH if column.kind == TEXT else MAX_CODE_WIDTH
            width = max(width, min(float(math.ceil(width_for(longest))), bound))
        widths.append(width)
    return tuple(widths)


def fitted_height(cells: Sequence[Any], widths: Sequence[float]) -> float | None:
    """Return the height (pt) of a row of openpyxl cells, None where the default is enough.

    A cell counts when it wraps its text (its height for its column's width) or has a font
    larger than the default (one line of that size); plain values count for nothing.
    """
    height = 0.0
    for cell, width in zip(cells, widths, strict=False):
        value = getattr(cell, "value", None)
        if value is None or not hasattr(cell, "font"):
            continue
        size = float(cell.font.sz or DEFAULT_SIZE)
        bold = bool(cell.font.b)
        if cell.alignment.wrap_text:
            height = max(height, text_height(str(value), width, bold=bold, size=size))
        elif size > DEFAULT_SIZE:
            height = max(height, round(size * LINE_FACTOR + PAD_PT, 1))
    return height or None


class SheetRows:
    """Appends rows to a write-only sheet, giving each its :func:`fitted_height` first.

    A write-only sheet writes a row as soon as it is appended, so its height must be known
    before: this counts the rows (``row``: the last one appended) and sets the height of the
    next before appending it.
    """

    def __init__(self, ws: Any, widths: Sequence[float]) -> None:
        self.ws = ws
        self.widths = tuple(widths)
        self.row = 0

    def append(self, cells: list[Any]) -> None:
        """Append one row (cells or plain values) with its height."""
        self.row += 1
        height = fitted_height(cells, self.widths)
        if height is not None:
            self.ws.row_dimensions[self.row].height = height
        self.ws.append(cells)
