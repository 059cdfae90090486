"""Printed documents: HTML -> QTextDocument -> PDF file or printer, and their preview dialog.

Shared by every printout (passports, case summaries, period reports). Pages are A4 (portrait
unless a printout asks for landscape) with 15 mm margins in DejaVu Sans, which has every Kazakh
letter (ә ғ қ ң ө ұ ү һ і). Only the HTML subset QTextDocument supports may be used: tables with
``border``/``cellpadding`` attributes, no CSS grid or flex.

:class:`PreviewDialog` is the one print preview with a "Save as PDF..." button; each printout
subclasses it only for its own window title and file-dialog caption.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMarginsF, QSize, QSizeF
from PySide6.QtGui import (
    QAction,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from ui.printing.layout import FONT_FAMILY, FONT_POINT_SIZE, fit_columns, keep_rows_together
from ui.settings import UiSettings
from ui.widgets.dialog_parts import fit_to_screen

logger = logging.getLogger(__name__)

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
    Tables with a header get column widths that break no word
    (:func:`ui.printing.layout.fit_columns`), and a table row that would break across two
    pages goes whole to the next one (:func:`ui.printing.layout.keep_rows_together`), under
    its repeated header.
    """
    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(device.width(), device.height()))
    fit_columns(doc, device.widthMM())
    keep_rows_together(doc)
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
            # Qt takes a null device here ("measure on the screen"); the stubs ask for one.
            doc.documentLayout().setPaintDevice(None)  # type: ignore[arg-type]
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


class PreviewDialog(QPrintPreviewDialog):
    """Print preview of one document, with a "Save as PDF..." button on the toolbar.

    The document is laid out on the printer's own page each time the preview repaints (the
    user may switch orientation in the preview). "Save as PDF..." opens in the folder used
    last (``ui/last_folder``) with :attr:`file_name` suggested, and remembers the folder of a
    successful save.

    Subclasses set the window title and may override :meth:`save_caption`. Texts of this class
    go through ``self.tr()``: PySide looks them up under the subclass's context first, then
    under ``PreviewDialog``.

    Attributes:
        document: the document previewed and saved (kept for the dialog's lifetime).
        title: the PDF's title (document metadata).
        file_name: the file name suggested by "Save as PDF...".
        page_layout: the page layout of the printer and of saved PDFs.
        settings: where the last folder is kept.
        page_count: pages laid out at the last repaint (0 before the first).
        save_pdf_action: the "Save as PDF..." action.
    """

    #: Initial size: room for the whole toolbar, "Save as PDF..." included, within the 1000x700
    #: a 1024x768 screen leaves (issue 11); never more than the screen's free area.
    default_size = QSize(1000, 700)

    def __init__(
        self,
        document: QTextDocument,
        *,
        title: str,
        file_name: str,
        layout: QPageLayout | None = None,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the preview of ``document``; ``layout`` is A4 portrait when None."""
        page_layout = layout if layout is not None else a4_layout()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout)
        super().__init__(printer, parent)
        self._printer = printer  # The dialog does not own it: keep it alive with the dialog.
        self.page_layout = page_layout
        self.document = document
        self.title = title
        self.file_name = file_name
        self.settings = settings or UiSettings()
        fit_to_screen(self, self.default_size.width(), self.default_size.height())
        self.page_count = 0
        self.paintRequested.connect(self._on_paint_requested)
        self.save_pdf_action = QAction(self.tr("Save as PDF..."), self)
        self.save_pdf_action.triggered.connect(self._on_save_pdf_action_triggered)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_pdf_action)
        else:  # pragma: no cover - Qt always builds the preview toolbar
            self.addAction(self.save_pdf_action)

    def save_caption(self) -> str:
        """Return the caption of the "Save as PDF..." file dialog."""
        return self.tr("Save as PDF")

    def _on_paint_requested(self, printer: QPrinter) -> None:
        # Lay out on the printer's own page: the user may switch orientation in the preview.
        self.page_count = print_document(self.document, printer)

    def _on_save_pdf_action_triggered(self) -> None:
        folder = Path(str(self.settings.get("ui/last_folder")))
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.save_caption(),
            str(folder / self.file_name),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.save_pdf_to(Path(name))

    def save_pdf_to(self, path: Path) -> bool:
        """Save the document to ``path``; on failure show a message and return False.

        A name without the ``.pdf`` suffix gets it; the folder is remembered only on success.
        """
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_pdf(self.document, path, self.title, self.page_layout)
        except OSError as exc:
            logger.warning("could not save %s: %s", path, exc)
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr(
                    "The file {path} could not be written: {reason}. If it is open in another "
                    "program, close it; otherwise choose another folder."
                ).format(path=path, reason=exc.strerror or exc),
            )
            return False
        self.settings.set("ui/last_folder", str(path.parent))
        return True


def exec_preview(dialog: QPrintPreviewDialog) -> None:
    """Show ``dialog`` modally, then delete it.

    The window under the preview may close while it is open and delete it with itself, so the
    dialog is deleted only while it still exists.
    """
    try:
        dialog.exec()
    finally:
        if shiboken6.isValid(dialog):
            dialog.deleteLater()
