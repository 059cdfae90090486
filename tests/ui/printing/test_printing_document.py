"""The shared print preview (ui/printing/document.py): toolbar, PDF saving, folder memory."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTranslator
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from ui.printing.document import PreviewDialog, a4_layout, build_document, exec_preview
from ui.settings import UiSettings

TITLE = "Қолжетімділік паспорты – №2 мектеп"
HTML = "<h1>Қолжетімділік паспорты</h1>" + "<p>Ақкөл қаласы, әңгіме.</p>" * 400


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "conf" / "ui.ini"), QSettings.Format.IniFormat))


class DemoPreviewDialog(PreviewDialog):
    """A printout's dialog: its own caption, like the passport's or the report's."""

    def save_caption(self) -> str:
        return self.tr("Save the demo as PDF")


def _dialog(settings: UiSettings, parent: QWidget | None = None, **kwargs: object) -> PreviewDialog:
    return DemoPreviewDialog(
        build_document(HTML, TITLE),
        title=TITLE,
        file_name="demo_v2.pdf",
        settings=settings,
        parent=parent,
        **kwargs,  # type: ignore[arg-type]
    )


def test_preview_lays_out_the_document_and_offers_save_as_pdf(
    qtbot: QtBot, settings: UiSettings
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = _dialog(settings, parent)
    assert dialog.parent() is parent
    assert dialog.page_layout.orientation() == QPageLayout.Orientation.Portrait
    assert dialog.printer().pageLayout().isEquivalentTo(a4_layout())
    # Issue 11: within a 1024x768 screen, and never larger than the screen it opens on.
    assert (dialog.default_size.width(), dialog.default_size.height()) == (1000, 700)
    free = dialog.screen().availableGeometry()
    assert dialog.size() == dialog.default_size.boundedTo(free.size())
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None and toolbar.actions()[-1] is dialog.save_pdf_action
    assert dialog.save_pdf_action.text() == "Save as PDF..."
    assert dialog.page_count == 0
    preview = dialog.findChild(QPrintPreviewWidget)
    with qtbot.waitSignal(dialog.paintRequested, timeout=5000):
        preview.updatePreview()
    assert dialog.page_count > 1
    assert preview.pageCount() == dialog.page_count


def test_landscape_layout_reaches_printer_and_pdf(
    qtbot: QtBot, settings: UiSettings, tmp_path: Path
) -> None:
    landscape = a4_layout(orientation=QPageLayout.Orientation.Landscape)
    dialog = _dialog(settings, layout=landscape)
    qtbot.addWidget(dialog)
    assert dialog.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert dialog.save_pdf_to(tmp_path / "wide.pdf")
    data = (tmp_path / "wide.pdf").read_bytes()
    # A4 landscape in whole points: 842 wide, 595 high.
    assert b"/MediaBox [0 0 842.000000 595.000000]" in data


def test_save_action_starts_in_last_folder_and_remembers_the_new_one(
    qtbot: QtBot, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start, target = tmp_path / "start", tmp_path / "out"
    start.mkdir()
    target.mkdir()
    settings.set("ui/last_folder", str(start))
    dialog = _dialog(settings)
    qtbot.addWidget(dialog)
    asked: list[tuple[object, ...]] = []

    def fake_save(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(args)
        return str(target / "Ақкөл"), "PDF files (*.pdf)"  # no suffix typed

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    dialog.save_pdf_action.trigger()
    assert asked == [
        (dialog, "Save the demo as PDF", str(start / "demo_v2.pdf"), "PDF files (*.pdf)")
    ]
    saved = target / "Ақкөл.pdf"
    assert saved.read_bytes().startswith(b"%PDF-")
    assert TITLE.encode("utf-16-be") in saved.read_bytes()  # the title is the PDF's metadata
    assert settings.get("ui/last_folder") == str(target)
    assert sorted(p.name for p in target.iterdir()) == ["Ақкөл.pdf"]  # no temp file left


def test_cancelled_file_dialog_saves_nothing(
    qtbot: QtBot, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.set("ui/last_folder", str(tmp_path))
    dialog = _dialog(settings)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog.save_pdf_action.trigger()
    assert list(tmp_path.glob("*.pdf")) == []


def test_save_keeps_an_upper_case_suffix(
    qtbot: QtBot, settings: UiSettings, tmp_path: Path
) -> None:
    dialog = _dialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.save_pdf_to(tmp_path / "REPORT.PDF") is True
    assert [p.name for p in tmp_path.iterdir() if p.suffix.lower() == ".pdf"] == ["REPORT.PDF"]


def test_failed_save_shows_a_message_and_keeps_the_folder(
    qtbot: QtBot, settings: UiSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.set("ui/last_folder", str(tmp_path))
    dialog = _dialog(settings)
    qtbot.addWidget(dialog)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a, **k: shown.append((title, text))
    )
    folder = tmp_path / "taken.pdf"
    folder.mkdir()  # a folder where the file should go: the PDF cannot replace it
    assert dialog.save_pdf_to(folder) is False
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Save as PDF"
    assert text.startswith(f"The file {folder} could not be written: ")
    assert text.endswith("close it; otherwise choose another folder.")
    assert settings.get("ui/last_folder") == str(tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.name != "conf"] == ["taken.pdf"]


class _Translator(QTranslator):
    """Translates only under the context ``DemoPreviewDialog`` (a printout's own name)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "DemoPreviewDialog":
            return {"Save as PDF...": "PDF ретінде сақтау..."}.get(source)
        return None


def test_base_texts_keep_the_translations_filed_under_the_subclass(
    qtbot: QtBot, qapp: QApplication, settings: UiSettings
) -> None:
    """The .ts catalogues filed these texts under each printout's dialog before they moved
    to PreviewDialog; PySide looks a text up under the object's own class first."""
    translator = _Translator()
    qapp.installTranslator(translator)
    try:
        dialog = _dialog(settings)
        qtbot.addWidget(dialog)
        assert dialog.save_pdf_action.text() == "PDF ретінде сақтау..."
        plain = PreviewDialog(build_document(HTML), title="", file_name="x.pdf", settings=settings)
        qtbot.addWidget(plain)
        assert plain.save_pdf_action.text() == "Save as PDF..."
    finally:
        qapp.removeTranslator(translator)


class _ExecDialog(DemoPreviewDialog):
    """exec() returns at once; ``close_parent`` deletes the dialog as a closing window would."""

    close_parent = False
    shown = 0

    def exec(self) -> int:
        self.shown += 1
        if self.close_parent:
            shiboken6.delete(self)
        return 0


def test_exec_preview_deletes_the_dialog_afterwards(settings: UiSettings) -> None:
    dialog = _ExecDialog(build_document(HTML), title="", file_name="x.pdf", settings=settings)
    exec_preview(dialog)
    assert dialog.shown == 1 and shiboken6.isValid(dialog)
    QCoreApplication.sendPostedEvents(dialog, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)


def test_exec_preview_survives_a_dialog_deleted_under_it(settings: UiSettings) -> None:
    dialog = _ExecDialog(build_document(HTML), title="", file_name="x.pdf", settings=settings)
    dialog.close_parent = True
    exec_preview(dialog)  # no RuntimeError from deleteLater() on a deleted object
    assert not shiboken6.isValid(dialog)
