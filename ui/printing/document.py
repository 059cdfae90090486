"""Printed documents: HTML -> QTextDocument -> PDF file or printer.

Shared by every printout (passports now; case summaries and period reports later). Pages are
A4 portrait with 15 mm margins in DejaVu Sans, which has every Kazakh letter
(ә ғ қ ң ө ұ ү һ і). Only the HTML subset QTextDocument supports may be used: tables with
``border``/``cellpadding`` attributes, no CSS grid or flex.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

#: Font family of every printout; Debian's fonts-dejavu-core provides it.
FONT_FAMILY = "DejaVu Sans"
FONT_POINT_SIZE = 9.5
MARGIN_MM = 15.0
PDF_RESOLUTION = 300


def a4_layout(
    margin_mm: float = MARGIN_MM,
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
) -> QPageLayout:
    """Return an A4 page layout (portrait unless told) with equal margins in millimetres."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
        QPageLayout.Unit.Millimeter,
    )


def build_document(html: str, title: str = "") -> QTextDocument:
    """Return a document of ``html`` in the printout font."""
    doc = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(FONT_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    if title:
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setHtml(html)
    return doc


def paginate(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Lay ``doc`` out on the pages of ``device`` (its own page layout); return the page count.

    The layout measures fonts on the device itself, so what is previewed is what is printed;
    QTextDocument scales pixel lengths (borders, padding) from screen pixels to the device.
    """
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(device.width(), device.height()))
    return doc.pageCount()


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Print ``doc`` on ``device`` (a QPrinter or QPdfWriter); return the page count."""
    pages = paginate(doc, device)
    doc.print_(device)
    return pages


def save_pdf(
    doc: QTextDocument, path: Path, title: str = "", layout: QPageLayout | None = None
) -> Path:
    """Write ``doc`` to the PDF file ``path`` atomically and return ``path``.

    The PDF goes to a temporary file beside the target, then replaces it in one step, so a
    failure never leaves a half-written file under the target's name. ``layout`` is the page
    layout (:func:`a4_layout`, portrait, when None).

    Raises:
        OSError: the folder is missing or read-only, the target is a folder or locked
            (PermissionError when, say, the file is open in a viewer on Windows).
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(layout if layout is not None else a4_layout())
        writer.setResolution(PDF_RESOLUTION)
        writer.setCreator("Qoldau")
        if title:
            writer.setTitle(title)
        try:
            print_document(doc, writer)
        finally:
            # The document may outlive the writer (the preview keeps it): never leave it
            # measuring on a deleted device.
            doc.documentLayout().setPaintDevice(None)
        # The PDF is complete once the painter inside print_() has ended; drop the writer
        # so nothing holds the file when it is moved into place.
        del writer
        if tmp.stat().st_size == 0:
            raise OSError(f"could not write {tmp}")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path
