"""How printed tables are laid out: column widths that never break a word, and checks.

QTextDocument breaks a word inside a narrow column ("Паспорттал-ған-ы") and knows no CSS
``page-break-inside``. So a printout measures its tables before it writes them:
:func:`column_widths` gives every column at least the width of its longest word (header words
in bold) and shares the rest by the width each column would like on one line, and headers go
in a ``<thead>``, which QTextDocument repeats at the top of every page (its table format's
header row count). :func:`broken_words`, :func:`split_rows` and :func:`header_rows` read a laid
out document back, for the tests and for :func:`keep_rows_together`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence

from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTable,
)

#: Font family of every printout; Debian's fonts-dejavu-core provides it.
FONT_FAMILY = "DejaVu Sans"
FONT_POINT_SIZE = 9.5
#: Per column: the cell padding on both sides plus the border (cellpadding 3 px at 96 dpi is
#: 0.8 mm; a little more keeps a word from touching the rule).
COLUMN_PAD_MM = 2.6
#: Measuring device resolution (dots per inch), as the PDF writer's.
_DPI = 300
#: Characters a line may end with without breaking a word.
_BREAKABLE = " \u00a0-\u2013\u2014/\u00ad,;)\u2028"


def _metrics(bold: bool) -> QFontMetricsF:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(FONT_POINT_SIZE)
    font.setBold(bold)
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return QFontMetricsF(font, image)


def text_mm(text: str, *, bold: bool = False) -> float:
    """Return the width of ``text`` on one line in the printout font, in millimetres."""
    return _metrics(bold).horizontalAdvance(text) / _DPI * 25.4


def _words(text: str) -> list[str]:
    # A line may break after a hyphen, but not before a digit (Unicode line breaking: "3.06-101").
    return [w for w in re.split(r"[ \n\u2028/\u00ad]+|-(?!\d)", text) if w] or [""]


def column_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[str]] = (),
    *,
    width_mm: float,
    pad_mm: float = COLUMN_PAD_MM,
    scale: float = 1.0,
) -> list[float]:
    """Return column widths in percent of the table so that no word is broken.

    Each column gets at least its longest word (in bold: headers and total rows are) plus
    the padding; what is left goes to the columns whose texts would like more room, in
    proportion to it, so short numbers stay narrow and long names get the space.

    Args:
        header: the header texts, one a column (line breaks allowed).
        rows: the cell texts of the body (only their widths count).
        width_mm: the table's width on the page.
        pad_mm: padding and border of a column.
        scale: the table's font size relative to the printout font.
    """
    bold = body = _metrics(True)
    scale = scale * 25.4 / _DPI

    def widest(texts: list[str], fm: QFontMetricsF, whole: bool) -> float:
        lines = [p for t in texts for p in re.split("[\n\u2028]", t)]
        parts = lines if whole else [w for line in lines for w in _words(line)]
        return max((fm.horizontalAdvance(p) for p in parts), default=0.0) * scale

    least: list[float] = []
    liked: list[float] = []
    for i, title in enumerate(header):
        cells = [str(r[i]) for r in rows if i < len(r)]
        least.append(max(widest([title], bold, False), widest(cells, body, False)) + pad_mm)
        liked.append(max(widest([title], bold, True), widest(cells, body, True)) + pad_mm)
    spare = width_mm - sum(least)
    if spare <= 0:
        widths = least
    else:
        wants = [max(b - a, 0.0) for a, b in zip(least, liked, strict=True)]
        if sum(wants) > spare:
            widths = [a + spare * w / sum(wants) for a, w in zip(least, wants, strict=True)]
        else:
            # Every column fits on one line: share what is left by the liked widths.
            extra = spare - sum(wants)
            widths = [b + extra * b / sum(liked) for b in liked]
    total = sum(widths)
    return [100.0 * w / total for w in widths]


def percent(value: float) -> str:
    """Return a width attribute value: a percentage with one decimal (QTextDocument reads it)."""
    return f"{math.floor(value * 10) / 10:.1f}%"


# -- reading a laid-out document back ----------------------------------------------------------


def _tables(doc: QTextDocument) -> Iterator[QTextTable]:
    seen: set[int] = set()
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None and table.firstPosition() not in seen:
            seen.add(table.firstPosition())
            yield table
        block = block.next()


def _cell_blocks(doc: QTextDocument, table: QTextTable, row: int, col: int) -> list[QTextBlock]:
    cell = table.cellAt(row, col)
    blocks = []
    block = doc.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= cell.lastPosition():
        blocks.append(block)
        block = block.next()
    return blocks


def _line_pages(doc: QTextDocument, block: QTextBlock) -> list[int]:
    page_height = doc.pageSize().height()
    top = doc.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    pages = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        pages.append(math.floor((top + line.y() + line.height() / 2) / page_height))
    return pages


def _block_bottom(doc: QTextDocument, block: QTextBlock) -> float:
    """Return where the last line of a laid-out block ends (Qt moves lines within a block)."""
    layout = block.layout()
    top = doc.documentLayout().blockBoundingRect(block).top()
    if not layout.lineCount():
        return top
    line = layout.lineAt(layout.lineCount() - 1)
    return top + line.y() + line.height()


def broken_words(doc: QTextDocument) -> list[str]:
    """Return the words a laid-out document breaks across lines inside its tables."""
    found = []
    for table in _tables(doc):
        for row in range(table.rows()):
            for col in range(table.columns()):
                for block in _cell_blocks(doc, table, row, col):
                    text = block.text()
                    layout = block.layout()
                    for i in range(layout.lineCount() - 1):
                        line = layout.lineAt(i)
                        end = line.textStart() + line.textLength()
                        if end <= 0 or end >= len(text) or text[end - 1] in _BREAKABLE:
                            continue
                        start = max(text.rfind(" ", 0, end) + 1, 0)
                        stop = text.find(" ", end)
                        found.append(text[start : stop if stop >= 0 else len(text)])
    return found


def split_rows(doc: QTextDocument) -> list[str]:
    """Return the first cell text of every table row a laid-out document splits across pages."""
    found = []
    for table in _tables(doc):
        for row in range(table.rows()):
            pages: set[int] = set()
            for col in range(table.columns()):
                for block in _cell_blocks(doc, table, row, col):
                    pages.update(_line_pages(doc, block))
            if len(pages) > 1:
                first = _cell_blocks(doc, table, row, 0)
                found.append(first[0].text() if first else "")
    return found


def header_rows(doc: QTextDocument) -> list[int]:
    """Return the header row count of every table of a document, in document order."""
    return [t.format().headerRowCount() for t in _tables(doc)]


# -- keeping rows together ---------------------------------------------------------------------

#: Marks the spacer blocks :func:`keep_rows_together` inserts (so a new layout removes them).
SPACER = QTextFormat.Property.UserProperty + 11
#: At most this many rows are moved per layout (a guard; a printout has far fewer pages).
MAX_MOVES = 500


def _row_top(doc: QTextDocument, table: QTextTable, row: int) -> float:
    layout = doc.documentLayout()
    return min(
        layout.blockBoundingRect(_cell_blocks(doc, table, row, c)[0]).top()
        for c in range(table.columns())
    )


def _row_pages(doc: QTextDocument, table: QTextTable, row: int) -> set[int]:
    pages: set[int] = set()
    for col in range(table.columns()):
        for block in _cell_blocks(doc, table, row, col):
            pages.update(_line_pages(doc, block))
    return pages


def remove_spacers(doc: QTextDocument) -> None:
    """Remove the spacer blocks a previous :func:`keep_rows_together` inserted."""
    block = doc.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().hasProperty(SPACER):
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.movePosition(
                QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
            relayout(doc)
        block = following


def _first_split(doc: QTextDocument) -> tuple[QTextTable, int] | None:
    page_height = doc.pageSize().height()
    for table in _tables(doc):
        first_body = table.format().headerRowCount()
        for row in range(table.rows()):
            pages = _row_pages(doc, table, row)
            if len(pages) < 2:
                continue
            # A row higher than half a page is left to Qt (it would leave half a page empty).
            tall = (max(pages) - min(pages)) > 1 or _row_height(doc, table, row) > page_height / 2
            if row < first_body or tall:
                continue
            return table, row
    return None


def _row_height(doc: QTextDocument, table: QTextTable, row: int) -> float:
    layout = doc.documentLayout()
    bottom = max(
        layout.blockBoundingRect(b).bottom()
        for c in range(table.columns())
        for b in _cell_blocks(doc, table, row, c)
    )
    return bottom - _row_top(doc, table, row)


def keep_rows_together(doc: QTextDocument) -> int:
    """Move every table row that a page break would split to the next page; return how many.

    ``doc`` is laid out on its pages already (:func:`ui.printing.document.paginate`).
    QTextDocument moves a row to the next page only when none of its cells' first lines fits
    on the page, so the row before it gets an empty spacer block, as high as the room left on
    the page: the row then starts at the page's foot and goes whole to the next one (under the
    repeated header). Spacers of an earlier layout are removed first, so the document may be
    laid out again on another page size.
    """
    remove_spacers(doc)
    page_height = doc.pageSize().height()
    moved = 0
    while moved < MAX_MOVES:
        found = _first_split(doc)
        if found is None:
            break
        table, row = found
        boundary = (math.floor(_row_top(doc, table, row) / page_height) + 1) * page_height
        # The spacer goes under the tallest cell of the row before, which sets its height; for
        # the first row under the header (or of a table without one), before the table: Qt
        # then moves the header with the row.
        layout = doc.documentLayout()
        if row > table.format().headerRowCount():
            last = max(
                (_cell_blocks(doc, table, row - 1, c)[-1] for c in range(table.columns())),
                key=lambda b: layout.blockBoundingRect(b).bottom(),
            )
        else:
            last = doc.findBlock(table.firstPosition() - 1)
        above = _block_bottom(doc, last)
        page = math.floor(above / page_height)
        cursor = QTextCursor(last)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        spacer = QTextBlockFormat()
        spacer.setProperty(SPACER, True)
        cursor.insertBlock(spacer, QTextCharFormat())
        block = cursor.block()
        # The highest spacer that still ends on this page (Qt keeps the cell's padding and
        # border off the page foot, so the room is found by trying): the next row then cannot
        # start its first line here and goes to the next page whole.
        low, high = 0.0, max(boundary - above, 0.0)
        for _ in range(12):
            middle = (low + high) / 2
            spacer.setTopMargin(middle)
            cursor.setBlockFormat(spacer)
            if _block_bottom(doc, block) < (page + 1) * page_height:
                low = middle
            else:
                high = middle
        spacer.setTopMargin(low)
        cursor.setBlockFormat(spacer)
        relayout(doc)
        moved += 1
    return moved


def least_mm(header: Sequence[str], rows: Sequence[Sequence[str]] = ()) -> float:
    """Return the narrowest width of a table that breaks no word, in millimetres."""
    return sum(
        max(text_mm(w, bold=True) for t in [h, *(str(r[i]) for r in rows)] for w in _words(t))
        + COLUMN_PAD_MM
        for i, h in enumerate(header)
    )


#: The smallest font a table too wide for its words is printed in (points).
MIN_POINT_SIZE = 7.0


def _cell_text(doc: QTextDocument, table: QTextTable, row: int, col: int) -> str:
    return "\n".join(b.text() for b in _cell_blocks(doc, table, row, col))


def fit_columns(doc: QTextDocument, width_mm: float) -> None:
    """Give the columns of every table with a header row widths that break no word.

    ``width_mm`` is the width of the page's text area. A table whose longest words do not fit
    side by side at the printout's font size prints in a smaller one (:data:`MIN_POINT_SIZE`
    at least). Tables without a header row (label and
    value tables, signature lines) keep the widths their HTML gives.
    """
    for table in _tables(doc):
        fmt = table.format()
        header_count = fmt.headerRowCount()
        if header_count < 1:
            continue
        columns = table.columns()
        header = ["" for _ in range(columns)]
        body: list[list[str]] = []
        for row in range(table.rows()):
            texts = []
            for col in range(columns):
                cell = table.cellAt(row, col)
                spans = cell.columnSpan() > 1 or cell.column() != col or cell.row() != row
                texts.append("" if spans else _cell_text(doc, table, row, col))
            if row < header_count:
                header = [f"{h}\n{t}".strip("\n") for h, t in zip(header, texts, strict=True)]
            else:
                body.append(texts)
        share = fmt.width()
        percentage = share.type() == QTextLength.Type.PercentageLength
        table_mm = width_mm * share.rawValue() / 100 if percentage else width_mm
        # A table whose words cannot all fit prints in a smaller font (not below 7 pt) rather
        # than breaking words.
        scale = 1.0
        least = least_mm(header, body)
        if least > table_mm:
            scale = max(table_mm / least * 0.98, MIN_POINT_SIZE / FONT_POINT_SIZE)
            cursor = QTextCursor(doc)
            cursor.setPosition(table.firstPosition())
            cursor.setPosition(table.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            smaller = QTextCharFormat()
            smaller.setFontPointSize(FONT_POINT_SIZE * scale)
            cursor.mergeCharFormat(smaller)
        widths = column_widths(header, body, width_mm=table_mm, scale=scale)
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
        )
        table.setFormat(fmt)
    relayout(doc)


def relayout(doc: QTextDocument) -> None:
    """Lay the whole document out again.

    QTextDocument lays out again from the first change only, and after a table's format
    changes it leaves headings between later tables unpainted (they vanished from the case
    summary): every change here is followed by a full layout.
    """
    doc.markContentsDirty(0, doc.characterCount())
