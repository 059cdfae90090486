"""Printed tables read well (issue 11): no word broken, no row split, headers on every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout, QPdfWriter, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from ui.printing.document import a4_layout, build_document, paginate
from ui.printing.formatting import TABLE, header_row
from ui.printing.layout import (
    FONT_POINT_SIZE,
    SPACER,
    broken_words,
    column_widths,
    header_rows,
    split_rows,
    text_mm,
)

#: Kazakh headers of the period report that QTextDocument used to break inside a word.
HEADERS = (
    "ӘАОЖ коды",
    "Бөлімше",
    "Нысандар барлығы",
    "Паспорттауға жататыны",
    "Паспортталғаны",
    "Бейімдеуді талап етеді",
    "Бейімделгені",
    "Қолжетімділік үлесі, %",
    "Барулар мен байланыстар",
    "Мерзімі өткен істер",
)


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    """Fonts and PDF writers need a QGuiApplication."""
    return qapp


def _writer(tmp_path: Path, layout: QPageLayout | None = None) -> QPdfWriter:
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setPageLayout(layout or a4_layout())
    writer.setResolution(300)
    return writer


def _long_table(rows: int = 40) -> str:
    body = "".join(
        f"<tr><td>{i}</td><td>{'сөз ' * (30 + (i * 37) % 70)}</td></tr>" for i in range(rows)
    )
    return f"<html><body><p>Басы</p>{TABLE}{header_row('№', 'Мәтін')}{body}</table></body></html>"


def _spacers(doc: QTextDocument) -> int:
    count, block = 0, doc.begin()
    while block.isValid():
        count += block.blockFormat().hasProperty(SPACER)
        block = block.next()
    return count


def test_column_widths_give_every_column_its_longest_word() -> None:
    widths = column_widths(HEADERS, [["113200000", "Ақкөл ауданы", *["1"] * 8]], width_mm=267)
    assert sum(widths) == pytest.approx(100)
    for header, share in zip(HEADERS, widths, strict=True):
        longest = max(text_mm(w, bold=True) for w in header.split())
        assert share / 100 * 267 >= longest, header
    # Numbers stay narrow: the code column is not wider than the longest header word needs.
    assert widths[0] < widths[3]


def test_headers_wrap_between_words_only(tmp_path: Path) -> None:
    row = "<tr>" + "<td>1</td>" * len(HEADERS) + "</tr>"
    html = f"<html><body>{TABLE}{header_row(*HEADERS)}{row}</table></body></html>"
    landscape = a4_layout(orientation=QPageLayout.Orientation.Landscape)
    doc = build_document(html)
    # Laid out as QTextDocument does by itself, words break (what issue 11 showed)...
    doc.documentLayout().setPaintDevice(_writer(tmp_path, landscape))
    writer = _writer(tmp_path, landscape)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(writer.pageLayout().paintRectPixels(300).size().toSizeF())
    assert broken_words(doc)
    # ...and paginate gives the columns room for their longest words.
    paginate(doc, writer)
    assert broken_words(doc) == []
    assert header_rows(doc) == [1]


def test_a_table_too_wide_prints_smaller_rather_than_breaking_words(tmp_path: Path) -> None:
    # Six such words do not fit side by side on A4 portrait at 9.5 pt (about 215 mm).
    headers = [f"Қаржыландыру{i}" for i in range(6)]
    html = f"<html><body>{TABLE}{header_row(*headers)}</table></body></html>"
    doc = build_document(html)
    assert sum(text_mm(h, bold=True) for h in headers) > 180
    paginate(doc, _writer(tmp_path))
    assert broken_words(doc) == []
    cursor = QTextCursor(doc.findBlock(doc.toPlainText().index("Қаржыландыру0") + 1))
    assert 7.0 <= cursor.charFormat().fontPointSize() < FONT_POINT_SIZE


def test_rows_never_split_across_pages_and_headers_repeat(tmp_path: Path) -> None:
    doc = build_document(_long_table())
    writer = _writer(tmp_path)
    # Without help QTextDocument splits rows at the page foot.
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(writer.pageLayout().paintRectPixels(300).size().toSizeF())
    assert split_rows(doc)
    pages = paginate(doc, writer)
    assert pages > 1
    assert split_rows(doc) == []
    assert header_rows(doc) == [1]  # <thead>: repeated on every page
    assert _spacers(doc) >= 1


def test_laying_out_again_replaces_the_spacers(tmp_path: Path) -> None:
    doc = build_document(_long_table())
    paginate(doc, _writer(tmp_path))
    text = doc.toPlainText()
    landscape = a4_layout(orientation=QPageLayout.Orientation.Landscape)
    paginate(doc, _writer(tmp_path, landscape))
    assert split_rows(doc) == []
    paginate(doc, _writer(tmp_path))
    assert split_rows(doc) == []
    # Spacers are empty blocks: the text is unchanged whatever the layouts before.
    assert doc.toPlainText().replace("\n", "") == text.replace("\n", "")
