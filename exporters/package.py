"""Write a report package: workbook and manifest (reporting.md §2).

The workbook is streamed with openpyxl's write-only mode (A3 may hold 100k objects) to a
temporary name beside its final name and renamed into place with :func:`os.replace`; then the
manifest is written the same way. A failure or a cancel at any point removes the temporary file
and leaves no file under the final names of this export.

Content is deterministic: two exports of the same :class:`~models.reporting.dto.ReportData` differ
only in ``package_id``, ``created_at`` and so the workbook's bytes and hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from copy import copy
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from exporters.package_layout import (
    A1,
    A2,
    A3,
    ALL_ZERO_LABEL,
    ALL_ZERO_NOTE,
    B1,
    B2,
    B3,
    B4,
    COVER,
    COVER_WIDTHS,
    DRAFT_LABEL,
    FIRST_DATA_ROW,
    FORMAT,
    FORMAT_VERSION,
    HEADER_ROW,
    INT,
    NUMBERS_ROW,
    TOTAL_LABEL,
    SheetLayout,
    SheetRows,
    approval_cover_rows,
    column_widths,
    extra_rows,
    left_out_line,
    manifest_name,
    sheet_layouts,
    workbook_name,
)
from exporters.package_read import PackageProblem
from exporters.spool import spool_folder, spool_sheets
from models.errors import QoldauError
from models.litter import remove_stale
from models.objects.accessibility import accessible_share
from models.reporting import rules
from models.reporting.dto import A3Row, ReportData, figures_all_zero
from models.reporting.quality_labels import finding_label_kk_ru
from models.text import strip_control

logger = logging.getLogger(__name__)

#: ``progress(done, total)``; it may raise to cancel (the GUI worker does).
Progress = Callable[[int, int], None]

LEVEL_LABELS = {
    "district": "аудан / район",
    "region": "облыс / область",
    "republic": "республика / республика",
}
#: Rows written between two progress reports.
_PROGRESS_STEP = 2000


class PackageRefused(QoldauError):
    """The figures break a rule of reporting.md §2.2; nothing was written.

    Attributes:
        problems: the :class:`~exporters.package_read.PackageProblem` list.
    """

    def __init__(self, problems: Sequence[Any]) -> None:
        super().__init__(f"{len(problems)} rule(s) broken")
        self.problems = list(problems)


class ExportCancelled(QoldauError):
    """The user cancelled the export; nothing was written."""


# --------------------------------------------------------------------------- rows of the sheets


def _share_cell(passported: int, requiring: int, adapted: int) -> Decimal | None:
    return accessible_share(passported, requiring, adapted)


def a3_values(r: A3Row) -> list[Any]:
    """Return the A3 cell values of one object, in column order (see :func:`sheet_rows`)."""
    return [
        r.object_id,
        r.kato,
        r.name,
        r.object_type,
        r.address,
        r.passport_date,
        *(s or None for s in r.statuses),
        1 if r.requires_adaptation else 0,
        r.adapted_date,
    ]


def iter_sheet_rows(data: ReportData) -> dict[str, Iterable[list[Any]]]:
    """Return :func:`sheet_rows` with A3's rows made one at a time as they are iterated.

    A3 may hold 100k objects: its rows are never all held as lists (each iteration of the
    returned A3 value starts again from ``data.a3``).
    """
    rows: dict[str, Iterable[list[Any]]] = {}
    for code, values in sheet_rows(data, with_a3=False).items():
        rows[code] = values
        if code == A2.code:
            rows[A3.code] = _A3Rows(data.a3)
    return rows


class _A3Rows:
    """A re-iterable view of A3's cell values (:func:`a3_values`) over ``ReportData.a3``."""

    def __init__(self, a3: Iterable[A3Row]) -> None:
        self._a3 = a3

    def __iter__(self) -> Iterator[list[Any]]:
        return map(a3_values, self._a3)


def sheet_rows(data: ReportData, *, with_a3: bool = True) -> dict[str, list[list[Any]]]:
    """Return the data rows of every data sheet (without the total row), values in column order.

    Percentages are :class:`~decimal.Decimal` rounded half-up to one decimal, dates are
    :class:`~datetime.date`, flags 1/0, empty cells None. ``with_a3`` False leaves A3 out (see
    :func:`iter_sheet_rows`).
    """
    rows: dict[str, list[list[Any]]] = {
        A1.code: [
            [
                r.kato,
                r.name,
                *r.counts,
                _share_cell(r.passported, r.requiring_adaptation, r.adapted),
            ]
            for r in data.a1
        ],
        A2.code: [
            [
                r.object_type,
                r.name,
                r.passported,
                *r.accessible,
                r.requiring_adaptation,
                r.adapted,
            ]
            for r in data.a2
        ],
        A3.code: [a3_values(r) for r in data.a3] if with_a3 else [],
        B1.code: [[r.kato, r.name, *r.counts] for r in data.b1],
        B2.code: [[r.code, r.name, *r.counts] for r in data.b2],
        B3.code: [[r.code, r.name, *r.counts] for r in data.b3],
        B4.code: [[r.code, r.name, *r.counts] for r in data.b4],
    }
    if not with_a3:
        del rows[A3.code]
    rows.update(extra_rows(data))  # the X_ sheets (issue 14), when the figures have them
    return rows


def total_row(layout: SheetLayout, rows: Sequence[Sequence[Any]], office_kato: str) -> list[Any]:
    """Return the total row of a sheet: sums of the count columns, ratios recomputed from sums.

    Column 1 holds the office's KATO in A1 and B1 and is empty elsewhere; column 2 holds
    ``Барлығы / Итого``. The sums and the A1 share are :func:`models.reporting.rules.unit_totals`.
    """
    codes = layout.codes
    counted = [c.code for c in layout.columns if c.kind == INT]
    named = (dict(zip(codes, r, strict=True)) for r in rows)
    totals = rules.unit_totals(named, counted, ratios=True)
    sums: list[Any] = [totals.get(code) for code in codes]
    sums[0] = office_kato if layout.total_kato else None
    sums[1] = TOTAL_LABEL
    return sums


def rule_problems(data: ReportData) -> list[PackageProblem]:
    """Return the §2.2 rule breaches of figures about to be exported (empty when fine).

    The rules are those of :data:`models.reporting.rules.PACKAGE_CODES`, run once per export:
    the verdict that ``compute_report`` kept on the figures is reused. Rows are numbered as in
    the workbook.
    """
    return [
        PackageProblem(b.sheet, None if b.row is None else FIRST_DATA_ROW + b.row, b.code, b.detail)
        for b in rules.breaches_of(data)
        if b.code in rules.PACKAGE_CODES
    ]


def sheet_counts(data: ReportData) -> dict[str, int]:
    """Return the manifest's ``sheets``: sheet code -> data rows, the total row excluded."""
    counts = {code: len(rows) for code, rows in sheet_rows(data, with_a3=False).items()}
    # A3 in its place after A2 (A1 and A2 keep theirs when ``counts`` is merged after them).
    return {**dict(list(counts.items())[:2]), A3.code: len(data.a3), **counts}


# --------------------------------------------------------------------------- workbook writing


class _Styles:
    """The few styles of the workbook, made once (openpyxl shares them by value)."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, Side

        thin = Side(style="thin")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.title = Font(bold=True, size=12)
        self.draft = Font(bold=True, size=28, color="C00000")
        self.bold = Font(bold=True)
        self.small = Font(italic=True, size=9)
        self.wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
        self.center = Alignment(horizontal="center")
        self.wrap_left = Alignment(wrap_text=True, vertical="top")


def _cell(ws: Any, value: Any, *, fmt: str | None = None, font: Any = None, **kw: Any) -> Any:
    """Return a write-only cell with a number format, a font and other style attributes."""
    from openpyxl.cell import WriteOnlyCell

    value = _excel_value(value)
    cell = WriteOnlyCell(ws, value=value)
    if type(value) is str:
        cell.data_type = "s"  # text stays text, whatever its first character (§2.3)
    if fmt is not None:
        cell.number_format = fmt
    if font is not None:
        cell.font = font
    for name, style in kw.items():
        setattr(cell, name, style)
    return cell


def _cell_maker(ws: Any, **style: Any) -> Callable[[Any], Any]:
    """Return a fast maker of cells styled like one template cell.

    Setting a border or number format on each cell re-hashes the style objects (about 40 µs a
    cell: 37 s for 100k A3 rows); copying the template's style array instead is what openpyxl
    does itself when it copies a cell.
    """
    from openpyxl.cell import WriteOnlyCell

    template = _cell(ws, None, **style)
    style_array = template._style

    def make(value: Any) -> Any:
        cell = WriteOnlyCell(ws, value=value)
        if type(value) is str:
            # Names typed as "=HYPERLINK(...)" or "#N/A" stay text: openpyxl would write a
            # formula or an error cell (reporting.md §2.3).
            cell.data_type = "s"
        cell._style = copy(style_array)
        return cell

    return make


def _col_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(n))


def _page_setup(ws: Any, orientation: str) -> None:
    """Print on A4 in ``orientation``, the whole width on one page (as many pages down)."""
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _period_text(data: ReportData) -> str:
    p = data.period
    return f"{p.code} ({p.start:%d.%m.%Y}–{p.end:%d.%m.%Y})"


def _write_data_sheet(
    wb: Any,
    layout: SheetLayout,
    rows: Iterable[Sequence[Any]],
    data: ReportData,
    styles: _Styles,
    tick: Callable[[], None],
) -> None:
    ws = wb.create_sheet(layout.code)
    n = len(layout.columns)
    last = _col_letter(n)
    # Widths for the header labels and the longest names and codes (A3's rows are streamed).
    widths = column_widths(layout, rows if isinstance(rows, Sequence) else None)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[_col_letter(i)].width = width
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    ws.print_title_rows = f"{HEADER_ROW}:{NUMBERS_ROW}"  # repeated on every printed page
    _page_setup(ws, "landscape")
    ws.print_options.horizontalCentered = True

    if not layout.has_total:  # its data rows are raw XML (see _RawRows)
        ws._writer = _raw_sheet_writer(ws)
    office = data.office
    top = SheetRows(ws, widths)  # the header row's height fits its wrapped labels
    top.append([_cell(ws, layout.title_kk, font=styles.title)])
    top.append([_cell(ws, layout.title_ru, font=styles.title)])
    top.append([_cell(ws, f"{office.kato} — {office.name_kk} / {office.name_ru}")])
    top.append([_cell(ws, f"Кезең / Период: {_period_text(data)}")])
    top.append(
        [
            _cell(ws, c.header, font=styles.bold, alignment=styles.wrap, border=styles.border)
            for c in layout.columns
        ]
    )
    ws.append(
        [
            _cell(ws, i, fmt="0", alignment=styles.center, border=styles.border)
            for i in range(1, n + 1)
        ]
    )
    formats = [c.number_format for c in layout.columns]
    border = styles.border
    makers = [_cell_maker(ws, fmt=f, border=border) for f in formats]
    listed: list[Sequence[Any]] = []
    if layout.has_total:
        listed = list(rows)
        for values in listed:
            ws.append([make(_excel_value(v)) for make, v in zip(makers, values, strict=True)])
            tick()
        written = len(listed)
    else:
        # NOTE: a sheet without a total row (A3, up to 100k objects) is written as raw XML:
        # openpyxl's cell objects cost ~20 µs a cell. The XML is the same, byte for byte.
        written = _RawRows(ws, makers).write(rows, FIRST_DATA_ROW, tick)
    end = FIRST_DATA_ROW + written - 1
    if layout.has_total:
        total = total_row(layout, listed, office.kato)
        ws.append(
            [
                _cell(ws, _excel_value(v), fmt=formats[i], font=styles.bold, border=border)
                for i, v in enumerate(total)
            ]
        )
        end += 1
    ws.print_area = f"A1:{last}{max(end, NUMBERS_ROW)}"


#: Text escaping of lxml's ASCII output (non-ASCII becomes ``&#N;`` when encoded).
_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
#: Control characters: openpyxl refuses most and lxml escapes the others; such rows take the
#: cell path.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: 1899-12-30 as a date ordinal: Excel's serial day 0 (openpyxl's ``WINDOWS_EPOCH``).
_EXCEL_DAY0 = date(1899, 12, 30).toordinal()


class _RawRows:
    """Writes data rows of a write-only sheet as the XML openpyxl writes for them.

    Produces what ``ws.append([maker(v) for ...])`` with :func:`_cell_maker` cells produces
    (``lxml_write_cell`` in ``openpyxl.cell._writer``, ASCII output) for the plain values of the
    data rows: text, int, float, date and None. A row holding anything else (a formula-like or
    padded text, a control character, a datetime, a bool, ...) is written through openpyxl's
    cells, so the result never differs. Relies on openpyxl 3.1's write-only internals (pinned
    in pyproject.toml); ``tests/exporters/test_package_raw_rows.py`` compares both paths.
    """

    def __init__(self, ws: Any, makers: Sequence[Callable[[Any], Any]]) -> None:
        from openpyxl.cell.cell import ERROR_CODES
        from openpyxl.styles import is_date_format

        self.ws = ws
        self.makers = makers
        templates = [make(None) for make in makers]
        self.styles = [str(c.style_id) for c in templates]
        self.dated = [is_date_format(c.number_format) for c in templates]
        self.letters = [_col_letter(i) for i in range(1, len(makers) + 1)]
        self.error_codes = frozenset(ERROR_CODES)

    def write(self, rows: Iterable[Sequence[Any]], first: int, tick: Callable[[], None]) -> int:
        """Write ``rows`` from sheet row ``first`` on; return how many were written."""
        ws = self.ws
        writer = ws._writer
        if ws._rows is None:  # nothing appended yet: <sheetData> is not open
            raise RuntimeError("append the sheet's first rows before the raw rows")
        xf = writer.xf_raw
        row_idx = first
        chunk: list[str] = []
        for values in rows:
            xml = self._row(row_idx, values)
            if xml is None:
                writer.write_raw("".join(chunk))
                chunk.clear()
                cells = [make(_excel_value(v)) for make, v in zip(self.makers, values, strict=True)]
                writer.write_row(xf, ws._values_to_row(cells, row_idx), row_idx)
            else:
                chunk.append(xml)
                if len(chunk) >= 500:
                    writer.write_raw("".join(chunk))
                    chunk.clear()
            row_idx += 1
            tick()
        writer.write_raw("".join(chunk))
        return row_idx - first

    def _row(self, row_idx: int, values: Sequence[Any]) -> str | None:
        r = str(row_idx)
        parts = [f'<row r="{r}">']
        add = parts.append
        for letter, style, dated, v in zip(
            self.letters, self.styles, self.dated, values, strict=True
        ):
            kind = type(v)
            if v is None:
                add(f'<c r="{letter}{r}" s="{style}" t="n"></c>')
            elif kind is str:
                if not v:
                    add(f'<c r="{letter}{r}" s="{style}" t="inlineStr"></c>')
                    continue
                if (
                    v != v.strip()
                    or (v[0] == "=" and len(v) > 1)
                    or v in self.error_codes
                    or len(v) > 32767
                    or _CONTROL.search(v)
                ):
                    return None
                text = v.translate(_XML_TEXT)
                add(f'<c r="{letter}{r}" s="{style}" t="inlineStr"><is><t>{text}</t></is></c>')
            elif kind is int or (kind is float and math.isfinite(v)):
                add(f'<c r="{letter}{r}" s="{style}" t="n"><v>{"%.16g" % v}</v></c>')  # noqa: UP031
            elif kind is date and dated:
                day = v.toordinal() - _EXCEL_DAY0
                if 0 < day <= 60:  # Excel's 29.02.1900
                    day -= 1
                add(f'<c r="{letter}{r}" s="{style}" t="n"><v>{day}</v></c>')
            else:
                return None
        add("</row>")
        return "".join(parts)


def _raw_sheet_writer(ws: Any) -> Any:
    """Return openpyxl's write-only sheet writer over a Python file, ready for rows.

    openpyxl's own writer hands lxml a file name; this one hands it an open file, so that raw
    XML (:class:`_RawRows`) can be appended between lxml's writes after an ``xf.flush()``.
    Must be set as ``ws._writer`` before the first row is appended (as ``_get_writer`` does).
    """
    from openpyxl.worksheet._writer import WorksheetWriter
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import xmlfile

    class _SheetWriter(WorksheetWriter):
        fh: Any = None
        xf_raw: Any = None

        def get_stream(self) -> Iterator[Any]:
            # The same generator as WorksheetWriter.get_stream, over self.fh.
            self.fh = open(self.out, "wb")  # noqa: SIM115 - closed by close() or cleanup()
            with xmlfile(self.fh) as xf:
                self.xf_raw = xf
                with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                    try:
                        while True:
                            el = yield
                            if el is True:
                                yield xf
                            elif el is None:
                                continue
                            else:
                                xf.write(el)
                    except GeneratorExit:
                        pass

        def write_raw(self, xml: str) -> None:
            if xml:
                self.xf_raw.flush()
                self.fh.write(xml.encode("ascii", "xmlcharrefreplace"))

        def close(self) -> None:
            super().close()
            self.fh.close()

        def cleanup(self) -> None:
            with contextlib.suppress(OSError):
                self.fh.close()
            super().cleanup()

    writer = _SheetWriter(ws)
    writer.write_top()
    return writer


def _excel_value(value: Any) -> Any:
    # openpyxl writes Decimal as its text; a float keeps the cell plainly numeric for every reader.
    if isinstance(value, Decimal):
        return float(value)
    if type(value) is str:
        # A NUL or other control character stored by an older version cannot go into a
        # workbook: dropped, so one such name never blocks an export (issue 9).
        return strip_control(value)
    return value


def _write_cover(
    wb: Any, data: ReportData, manifest: dict[str, Any], created: datetime, styles: _Styles
) -> None:
    ws = wb.create_sheet(COVER, 0)
    for letter, width in zip("ABC", COVER_WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width
    rows = SheetRows(ws, COVER_WIDTHS)  # labels and values wrap; each row is as high as they
    wrap = styles.wrap_left
    _page_setup(ws, "portrait")
    office = data.office

    def pair(label: str, value: Any) -> None:
        rows.append(
            [
                _cell(ws, label, font=styles.bold, alignment=wrap),
                _cell(ws, value, fmt="@", alignment=wrap),
            ]
        )

    rows.append([_cell(ws, "Есеп пакеті / Отчётный пакет", font=styles.title)])
    for label, value in approval_cover_rows(manifest["approval"]):  # reporting.md §6.2
        big = label == DRAFT_LABEL
        font = styles.draft if big else styles.bold
        rows.append([_cell(ws, label, font=font), _cell(ws, value, alignment=wrap)])
    rows.append([])
    pair("Мекеменің ҚАТО коды / Код КАТО учреждения", office.kato)
    pair("Деңгейі / Уровень", f"{office.level} — {LEVEL_LABELS.get(office.level, '')}")
    pair("Атауы (қазақ тілінде) / Наименование (на казахском)", office.name_kk)
    pair("Атауы (орыс тілінде) / Наименование (на русском)", office.name_ru)
    pair("Кезең / Период", _period_text(data))
    pair(
        "Құрылған уақыты / Дата и время создания",
        f"{created:%d.%m.%Y %H:%M:%S} (UTC{created.isoformat(timespec='seconds')[19:]})",
    )
    pair("Бағдарлама нұсқасы / Версия программы", manifest["app_version"])
    pair("Пакеттің идентификаторы / Идентификатор пакета", manifest["package_id"])
    pair("Пішім / Формат", f"{FORMAT} {FORMAT_VERSION}")
    if figures_all_zero(data):
        rows.append(
            [
                _cell(ws, ALL_ZERO_LABEL, font=styles.bold),
                _cell(ws, ALL_ZERO_NOTE, font=styles.bold, alignment=styles.wrap_left),
            ]
        )
    rows.append([])
    rows.append(
        [
            _cell(ws, "Парақ / Лист", font=styles.bold, border=styles.border, alignment=wrap),
            _cell(ws, "Нысан / Форма", font=styles.bold, border=styles.border, alignment=wrap),
            _cell(ws, "Жолдар / Строк", font=styles.bold, border=styles.border, alignment=wrap),
        ]
    )
    border = styles.border
    for layout in sheet_layouts(manifest["sheets"]):
        rows.append(
            [
                _cell(ws, layout.code, border=border, alignment=wrap),
                _cell(ws, f"{layout.title_kk} / {layout.title_ru}", border=border, alignment=wrap),
                _cell(
                    ws, manifest["sheets"][layout.code], fmt="#,##0", border=border, alignment=wrap
                ),
            ]
        )
    if data.breakdowns_left_out:  # reporting.md §2.2: a package without the X_ sheets
        pair(*left_out_line(data.breakdowns_left_out))
    rows.append([])
    rows.append([_cell(ws, "Деректер сапасы / Качество данных", font=styles.bold)])
    if data.warnings:
        rows.append(
            [
                _cell(ws, "Ескерту коды / Код предупреждения", font=styles.bold, alignment=wrap),
                _cell(ws, "Түсіндірме / Пояснение", font=styles.bold, alignment=wrap),
                _cell(ws, "Саны / Количество", font=styles.bold, alignment=wrap),
            ]
        )
        for w in data.warnings:
            # The code for machines and the level above; its kk/ru name (and the finding's own
            # detail, when it has one) for the officer who signs the Cover.
            explained = finding_label_kk_ru(w.code)
            if w.detail:
                explained = f"{explained}: {w.detail}" if explained != w.code else w.detail
            rows.append(
                [
                    _cell(ws, w.code, alignment=wrap),
                    _cell(
                        ws, explained if explained != w.code else None, alignment=styles.wrap_left
                    ),
                    _cell(ws, w.count, fmt="#,##0", alignment=wrap),
                ]
            )
    else:
        rows.append(["Ескертулер жоқ / Предупреждений нет"])
    if data.includes:
        rows.append([])
        rows.append([_cell(ws, "Енгізілген пакеттер / Включённые пакеты", font=styles.bold)])
        for inc in data.includes:
            rows.append([_cell(ws, inc.kato, fmt="@"), _cell(ws, inc.package_id), inc.created_at])
    rows.append([])
    rows.append([])
    for label in (
        "Жауапты тұлға (Т.А.Ә.) / Ответственное лицо (Ф.И.О.)",
        "Қолы / Подпись",
        "Күні / Дата",
    ):
        rows.append([_cell(ws, label, font=styles.bold, alignment=wrap), "_" * 40])
        rows.append([])


# --------------------------------------------------------------------------- the package


def _created_at(data: ReportData) -> datetime:
    created = data.created_at or datetime.now()
    return created.astimezone() if created.tzinfo is None else created


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@contextlib.contextmanager
def _temp_beside(final: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``final``; remove it unless it was renamed into place."""
    tmp = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
    try:
        yield tmp
    finally:
        _unlink_quietly(tmp)


def _discard(wb: Any) -> None:
    """Close the streams of an unfinished write-only workbook and remove their temp files.

    openpyxl streams each write-only sheet to a temporary file; a sheet abandoned half-written
    would leave that file and complain when garbage-collected.
    """
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def _sha256(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def write_package(
    data: ReportData,
    out_dir: Path,
    *,
    app_version: str,
    approval: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the package of ``data`` into ``out_dir`` and return the manifest's path.

    Args:
        data: the figures (from ``compute_report`` or a consolidation).
        out_dir: an existing folder (a USB stick, a shared folder).
        app_version: stamped into the manifest, the Cover sheet and the workbook properties.
        approval: the manifest's ``approval`` key (reporting.md §6.2; None: a draft, whose
            Cover says ЖОБА / ПРОЕКТ). ``exporters.package_export`` reads it from the store.
        progress: called with (rows written, rows) now and then; it may raise to cancel.
        is_cancelled: polled as rows are written; True stops with :class:`ExportCancelled`.

    Raises:
        PackageRefused: the figures break a rule of §2.2 (nothing written).
        ExportCancelled: cancelled (nothing written under the final names).
        OSError: the folder cannot be written (a file open in Excel, a full or removed stick).
    """
    from openpyxl import Workbook

    problems = rule_problems(data)
    if problems:
        raise PackageRefused(problems)
    kato, period = data.office.kato, data.period.code
    wb_final = out_dir / workbook_name(kato, period)
    mf_final = out_dir / manifest_name(kato, period)
    created = _created_at(data)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": str(uuid.uuid4()),
        "office": {
            "kato": kato,
            "level": data.office.level,
            "name_kk": data.office.name_kk,
            "name_ru": data.office.name_ru,
        },
        "period": period,
        "created_at": created.isoformat(timespec="seconds"),
        "app_version": app_version,
        "workbook": {"file": wb_final.name, "sha256": "", "bytes": 0},
        "sheets": sheet_counts(data),
        "includes": [
            {"kato": i.kato, "package_id": i.package_id, "created_at": i.created_at}
            for i in data.includes
        ],
        # Additions to the contract's minimum (allowed by §2): the Cover's warnings, by code.
        "warnings": [{"code": w.code, "count": w.count} for w in data.warnings],
        "approval": dict(approval) if approval is not None else {"state": "draft"},
    }
    rows = iter_sheet_rows(data)
    total = sum(manifest["sheets"].values())
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % _PROGRESS_STEP == 0:
            _report(done)

    def _report(n: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(n, total)

    _report(0)
    styles = _Styles()
    wb = Workbook(write_only=True)
    wb.properties.creator = f"Qoldau {app_version}"
    wb.properties.title = f"{kato} {period}"
    wb.properties.keywords = f"{FORMAT} {FORMAT_VERSION}"
    remove_stale([out_dir])  # the .tmp files of an export killed here before (issue 9)
    with spool_folder() as spool, _temp_beside(wb_final) as wb_tmp:
        spool_sheets(wb, spool)
        try:
            _write_cover(wb, data, manifest, created, styles)
            for layout in sheet_layouts(rows):
                _write_data_sheet(wb, layout, rows[layout.code], data, styles, tick)
            wb.save(wb_tmp)
        except BaseException:
            _discard(wb)
            raise
        _report(total)
        _fsync(wb_tmp)
        sha, size = _sha256(wb_tmp)
        manifest["workbook"].update(sha256=sha, bytes=size)
        text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
        with _temp_beside(mf_final) as mf_tmp:
            mf_tmp.write_bytes(text.encode("utf-8"))
            _fsync(mf_tmp)
            # The workbook first: a manifest under its final name always describes a workbook
            # that is complete (an older manifest left beside a new workbook fails its hash).
            os.replace(wb_tmp, wb_final)
            os.replace(mf_tmp, mf_final)
    logger.info("package %s written to %s", manifest["package_id"], mf_final)
    return mf_final
