"""The printed period report: A1 and B1 in brief with charts, matching the package workbook."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import lxml.html
import openpyxl
import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from exporters.package import write_package
from exporters.package_layout import A1, B1, FIRST_DATA_ROW, TOTAL_LABEL
from models.cases.rules import restricted_risk_factors
from models.demo.load import add_demo_data
from models.reporting.approval import approve
from models.reporting.dto import CodeCount, QualityIssue, ReportData
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY
from tests.exporters.package_samples import district_data, region_data
from ui.printing.document import paginate
from ui.printing.layout import broken_words, header_rows, split_rows
from ui.reporting.period_report import (
    B1_BRIEF,
    CASES_CHART,
    LABELS,
    RISKS_CHART,
    SHARE_CHART,
    build_period_document,
    build_period_preview_dialog,
    cases_chart_data,
    chart_images,
    period_report_html,
    report_layout,
    risk_chart_data,
    save_period_report_pdf,
    share_chart_data,
    unit_name,
    unit_names,
)
from ui.settings import UiSettings

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    """Fonts, documents and PDF writers need a QGuiApplication, even without widgets."""
    return qapp


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


# -- helpers --------------------------------------------------------------------------------------


def table(html: str, table_id: str) -> list[list[str]]:
    """Return the cell texts of the table ``table_id``, header row included."""
    root = lxml.html.fromstring(html)
    found = root.xpath(f"//table[@id='{table_id}']")
    assert len(found) == 1, table_id
    return [
        [" ".join(c.text_content().split()) for c in tr.xpath("./td|./th")]
        for tr in found[0].xpath(".//tr")
    ]


def number(text: str) -> int | Decimal | None:
    """Read a printed number: no-break-space thousands, decimal comma, an en dash for none."""
    text = text.replace(NBSP, "").replace(" ", "")
    if text == "–":
        return None
    if "," in text:
        return Decimal(text.replace(",", "."))
    return int(text)


def sheet_table(path: Path, code: str, n_rows: int) -> list[list[Any]]:
    """Return the data rows and the total row of a package sheet."""
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb[code]
    rows = [
        list(r)
        for r in ws.iter_rows(
            min_row=FIRST_DATA_ROW, max_row=FIRST_DATA_ROW + n_rows, values_only=True
        )
    ]
    wb.close()
    return rows


def workbook_of(data: ReportData, folder: Path) -> Path:
    manifest = write_package(data, folder, app_version="test")
    return manifest.parent / manifest.name.replace(".manifest.json", ".xlsx")


def assert_same_unit(data: ReportData, printed: list[str], cells: list[Any], lang: str) -> None:
    """The printed code and name are the workbook's, the name and total label in ``lang``.

    The workbook is bilingual by its headers and names units in Kazakh; the printout speaks
    its own language only (issue 11).
    """
    assert printed[0] == cells[0]
    if cells[1] == TOTAL_LABEL:
        assert printed[1] == LABELS[lang]["total"]
    else:
        assert printed[1] == unit_name(data, cells[0], cells[1], None, lang)


def assert_matches_workbook(data: ReportData, html: str, folder: Path, lang: str) -> None:
    """Every A1/B1 number printed equals the workbook's cell (units and total row)."""
    path = workbook_of(data, folder)
    a1 = table(html, "a1")[1:]
    a1_book = sheet_table(path, A1.code, len(data.a1))
    assert len(a1) == len(a1_book) == len(data.a1) + 1
    for printed, cells in zip(a1, a1_book, strict=True):
        assert_same_unit(data, printed, cells, lang)
        for i in range(2, 7):
            assert number(printed[i]) == cells[i]
        share = number(printed[7])
        expected = None if cells[7] is None else Decimal(str(cells[7])).quantize(Decimal("0.1"))
        assert share == expected
    b1 = table(html, "b1")[1:]
    b1_book = sheet_table(path, B1.code, len(data.b1))
    assert len(b1) == len(b1_book) == len(data.b1) + 1
    for printed, cells in zip(b1, b1_book, strict=True):
        assert_same_unit(data, printed, cells, lang)
        for k, (code, _key) in enumerate(B1_BRIEF):
            assert number(printed[2 + k]) == cells[B1.codes.index(code)], code


# -- HTML -----------------------------------------------------------------------------------------


def test_region_units_and_the_total_share_recomputed_from_sums() -> None:
    html, images = period_report_html(region_data(), "kk")
    rows = table(html, "a1")
    header, units, total = rows[0], rows[1:-1], rows[-1]
    assert header[-1] == LABELS["kk"]["share"]
    assert units == [
        ["113200000", "Ақкөл ауданы", "14", "12", "10", "2", "1", "90,0"],
        ["113400000", "Аршалы ауданы", "120", "100", "90", "60", "15", "50,0"],
    ]
    # (100 - 62 + 16) / 100 = 54.0, not the average of 90.0 and 50.0 (70.0).
    assert total == ["110000000", "Барлығы", "134", "112", "100", "62", "16", "54,0"]
    assert "70,0" not in html
    assert set(images) == {SHARE_CHART, CASES_CHART, RISKS_CHART}


def test_a_share_of_62_75_prints_62_8() -> None:
    html, _ = period_report_html(district_data(), "ru")
    rows = table(html, "a1")
    assert rows[1][-1] == "62,8" and rows[-1][-1] == "62,8"
    assert "62,7" not in html


def test_b1_rows_and_totals() -> None:
    html, _ = period_report_html(region_data(), "kk")
    rows = table(html, "b1")
    assert rows[0][2:] == [LABELS["kk"][key] for _code, key in B1_BRIEF]
    assert rows[1] == ["113200000", "Ақкөл ауданы", "5", "3", "2", "6", "10", "30", "12", "1"]
    assert rows[2] == ["113400000", "Аршалы ауданы", "7", "4", "1", "10", "15", "41", "20", "2"]
    assert rows[3] == ["110000000", "Барлығы", "12", "7", "3", "16", "25", "71", "32", "3"]


def test_title_office_period_warnings_and_signature_block() -> None:
    html, _ = period_report_html(region_data(), "ru")
    text = " ".join(lxml.html.fromstring(html).text_content().split())
    # The printout speaks Russian only: no Kazakh title beside the Russian one (issue 11).
    assert "Отчёт за период 2026-H1" in text and "кезеңдегі есеп" not in text
    assert "Акмолинская область (110000000)" in text
    assert "01.01.2026–30.06.2026" in text
    assert "Предупреждения о качестве данных: 5" in text  # 3 + 2
    assert table(html, "warnings")[1:] == [["Дело без плана", "3"], ["Член семьи без ИИН", "2"]]
    for key in ("responsible", "signature", "date"):
        assert LABELS["ru"][key] in text
    assert text.count("_" * 20) >= 3


def test_blocking_findings_are_marked_and_no_warnings_said_so() -> None:
    data = region_data(warnings=(QualityIssue("a1_passportization_order", 1, blocking=True),))
    html, _ = period_report_html(data, "en")
    assert "rule broken" in html and "Data-quality warnings: 1" in html
    html, _ = period_report_html(region_data(warnings=()), "kk")
    assert "Ескертулер жоқ." in html and 'id="warnings"' not in html


def test_english_and_unknown_language() -> None:
    html, images = period_report_html(district_data(), "en")
    assert "Accessible share, %" in html
    # English prints a decimal point, kk/ru a comma.
    assert table(html, "a1")[1][-1] == "62.8"
    html_xx, _ = period_report_html(district_data(), "xx")
    assert LABELS["kk"]["share"] in html_xx


def test_large_numbers_print_with_thousands_separators() -> None:
    data = district_data()
    a1 = replace(data.a1[0], objects_total=12345)
    html, _ = period_report_html(replace(data, a1=(a1,)), "kk")
    assert f"12{NBSP}345" in html
    assert table(html, "a1")[1][2] == "12 345"  # the no-break space, collapsed by table()


def test_report_matches_the_workbook_of_a_region(tmp_path: Path) -> None:
    data = region_data()
    html, _ = period_report_html(data, "kk")
    assert_matches_workbook(data, html, tmp_path, "kk")


def test_report_matches_the_workbook_of_a_district(tmp_path: Path) -> None:
    data = district_data()
    html, _ = period_report_html(data, "ru")
    assert_matches_workbook(data, html, tmp_path, "ru")


def test_report_of_a_demo_store_matches_its_workbook(store: Store, tmp_path: Path) -> None:
    add_demo_data(store, objects=60, families=0, seed=5, today=TODAY, user="admin")
    data = compute_report(store, parse_period("2026"), today=TODAY)
    assert data.a1[0].passported > 0
    html, _ = period_report_html(data, "kk")
    assert_matches_workbook(data, html, tmp_path, "kk")


# -- charts ---------------------------------------------------------------------------------------


def test_share_chart_data_shows_units_and_the_recomputed_total() -> None:
    chart = share_chart_data(region_data(), "kk")
    assert chart.labels == ("Ақкөл ауданы", "Аршалы ауданы", "Барлығы")
    assert chart.series[0].values == (90.0, 50.0, 54.0)
    assert chart.series[0].texts == ("90,0", "50,0", "54,0")
    single = share_chart_data(district_data(), "kk")  # one unit: no total bar
    assert single.labels == ("Ақкөл ауданы",) and single.series[0].texts == ("62,8",)


def test_risk_chart_top_ten_without_restricted_or_empty_factors() -> None:
    restricted = sorted(restricted_risk_factors())[0]
    b2 = tuple(CodeCount(f"F{i:02d}", f"Фактор {i}", (i, 0)) for i in range(14))
    b2 += (CodeCount(restricted, "жабық", (99, 9)),)
    chart = risk_chart_data(region_data(b2=b2), {"F13": "Кедейлік"})
    assert len(chart.labels) == 10
    assert chart.labels[0] == "Кедейлік" and chart.labels[1] == "Фактор 12"
    assert chart.series[0].values == tuple(float(i) for i in range(13, 3, -1))
    assert "жабық" not in chart.labels and "Фактор 0" not in chart.labels


def test_chart_images_are_drawn_at_print_scale() -> None:
    images = chart_images(region_data(), "kk", width=500, scale=2)
    for image in images.values():
        assert isinstance(image, QImage) and not image.isNull()
        assert image.width() == 1000 and image.devicePixelRatio() == 2
    html, _ = period_report_html(region_data(), "kk")
    for name in (SHARE_CHART, CASES_CHART, RISKS_CHART):
        assert re.search(rf'<img src="{name}" width="900" height="\d+"/>', html)


def test_document_carries_the_charts_as_resources() -> None:
    doc = build_period_document(region_data(), "kk")
    for name in (SHARE_CHART, CASES_CHART, RISKS_CHART):
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(image, QImage) and not image.isNull(), name
    assert "Барлығы" in doc.toPlainText() and "Итого" not in doc.toPlainText()


# -- PDF ------------------------------------------------------------------------------------------


def _assert_pdf(path: Path) -> bytes:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert b"DejaVu" in data
    return data


def _pdf_pages(path: Path) -> int:
    """Count the page objects of the PDF (Qt writes them uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def _pdf_text(path: Path) -> str:
    """Return the PDF's text with spaces collapsed (poppler's pdftotext; Debian poppler-utils)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF back")
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return " ".join(raw.split())


def test_save_pdf_writes_a_landscape_report_atomically(store: Store, tmp_path: Path) -> None:
    add_demo_data(store, objects=30, families=0, seed=2, today=TODAY, user="admin")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.pdf"
    target.write_bytes(b"old content")
    result = save_period_report_pdf(store, "2026-H1", target, lang="kk", today=TODAY)
    assert result == target
    _assert_pdf(target)
    assert os.listdir(folder) == ["report.pdf"]  # no temporary file left behind
    assert _pdf_pages(target) >= 1
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", target.read_bytes())
    assert box is not None
    width, height = float(box.group(1)), float(box.group(2))
    assert width > height  # landscape A4
    assert (width, height) == pytest.approx((842, 595), abs=2)
    text = _pdf_text(target)
    assert "2026-H1 кезеңдегі есеп" in text and "Отчёт" not in text
    data = compute_report(store, parse_period("2026-H1"), today=TODAY)
    passported = data.a1[0].passported
    assert f"{passported}" in text and "Барлығы" in text and "Итого" not in text


def test_save_pdf_into_a_missing_folder_writes_nothing(store: Store, tmp_path: Path) -> None:
    before = set(tmp_path.iterdir())
    with pytest.raises(FileNotFoundError):
        save_period_report_pdf(store, "2026", tmp_path / "missing" / "r.pdf", today=TODAY)
    assert set(tmp_path.iterdir()) == before


def test_locked_target_keeps_the_old_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old content")

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        save_period_report_pdf(store, "2026-Q1", target, lang="ru", today=TODAY)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")] == ["r.pdf"]


def test_pdf_of_given_figures_uses_them(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "region.pdf"
    save_period_report_pdf(store, "2026-H1", target, lang="ru", today=TODAY, data=region_data())
    text = _pdf_text(target)
    assert "54,0" in text and "90,0" in text and "Аршалы ауданы" in text


# -- preview --------------------------------------------------------------------------------------


def test_preview_renders_pages_in_landscape(
    qtbot: QtBot, store: Store, settings: UiSettings
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = build_period_preview_dialog(
        parent, store, "2026-H1", lang="kk", today=TODAY, data=region_data(), settings=settings
    )
    assert dialog.parent() is parent
    assert "2026-H1" in dialog.windowTitle()
    assert dialog.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    with qtbot.waitSignal(dialog.paintRequested, timeout=5000) as blocker:
        preview.updatePreview()
    assert isinstance(blocker.args[0], QPrinter)
    assert dialog.page_count >= 1 and preview.pageCount() == dialog.page_count
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None and dialog.save_pdf_action in toolbar.actions()


def test_preview_computes_the_figures_of_the_store(
    qtbot: QtBot, store: Store, settings: UiSettings
) -> None:
    add_demo_data(store, objects=20, families=0, seed=9, today=TODAY, user="admin")
    dialog = build_period_preview_dialog(
        None, store, parse_period("2026"), lang="ru", today=TODAY, settings=settings
    )
    qtbot.addWidget(dialog)
    expected = compute_report(store, parse_period("2026"), today=TODAY)
    assert dialog.data == expected
    assert "Отчёт за период 2026" in dialog.document.toPlainText()


def test_preview_save_as_pdf_remembers_the_folder(
    qtbot: QtBot,
    store: Store,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = build_period_preview_dialog(
        None, store, "2026-H1", lang="ru", today=TODAY, data=region_data(), settings=settings
    )
    qtbot.addWidget(dialog)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    asked: list[str] = []

    def fake_save(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(folder / "report"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    dialog.save_pdf_action.trigger()
    assert asked and asked[0].endswith("110000000_2026-H1_report.pdf")
    _assert_pdf(folder / "report.pdf")
    assert "54,0" in _pdf_text(folder / "report.pdf")
    assert settings.get("ui/last_folder") == str(folder)
    preview = dialog.findChild(QPrintPreviewWidget)
    with qtbot.waitSignal(dialog.paintRequested, timeout=5000):
        preview.updatePreview()
    assert dialog.page_count >= 1


def test_preview_save_failure_shows_a_message(
    qtbot: QtBot,
    store: Store,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = build_period_preview_dialog(
        None, store, "2026", lang="en", today=TODAY, settings=settings
    )
    qtbot.addWidget(dialog)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    target = tmp_path / "no such folder" / "r.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)")
    )
    before = settings.get("ui/last_folder")
    dialog.save_pdf_action.trigger()
    assert len(shown) == 1 and str(target) in shown[0]
    assert not target.parent.exists()
    assert settings.get("ui/last_folder") == before


# -- names in the print language (issue 11) -----------------------------------------------------


def test_russian_report_names_units_and_total_in_russian() -> None:
    data = region_data()
    units = {"113200000": "Аккольский район", "113400000": "Аршалынский район"}
    html, _ = period_report_html(data, "ru", units=units)
    for sheet in ("a1", "b1"):
        names = [row[1] for row in table(html, sheet)[1:]]
        assert names == ["Аккольский район", "Аршалынский район", "Итого"], sheet
    assert "Ақкөл" not in html and "Барлығы" not in html
    chart = share_chart_data(data, "ru", names=units)
    assert chart.labels == ("Аккольский район", "Аршалынский район", "Итого")
    cases = cases_chart_data(data, "Открыто", "Закрыто", units, "ru")
    assert cases.labels == ("Аккольский район", "Аршалынский район")
    # Without names for the sub-offices, the region's own row is still Russian.
    assert unit_name(data, "110000000", "Ақмола облысы", None, "ru") == "Акмолинская область"
    assert unit_name(data, "113200000", "Ақкөл ауданы", None, "ru") == "Ақкөл ауданы"


def test_unit_names_of_a_store_follow_the_language(store: Store) -> None:
    assert unit_names(store, "ru") == {"113200000": "Аккольский район"}
    assert unit_names(store, "kk") == {"113200000": "Ақкөл ауданы"}
    html, _ = period_report_html(district_data(), "ru", units=unit_names(store, "ru"))
    assert table(html, "a1")[1][1] == "Аккольский район"


def test_printed_report_tables_read_well_in_both_languages(tmp_path: Path) -> None:
    """No header word broken inside, no row split, headers repeated (the PDF's own layout)."""
    for lang in ("kk", "ru"):
        doc = build_period_document(region_data(), lang)
        writer = QPdfWriter(str(tmp_path / f"{lang}.pdf"))
        writer.setPageLayout(report_layout())
        writer.setResolution(300)
        assert paginate(doc, writer) >= 1
        assert broken_words(doc) == [], lang
        assert split_rows(doc) == [], lang
        # The office table has no header; A1, B1 and the warnings table have one each.
        assert header_rows(doc)[1:3] == [1, 1]


# -- approval (reporting.md §6.2, issue 10) -------------------------------------------------------


def _text(html: str) -> str:
    return " ".join(lxml.html.fromstring(html).text_content().split())


@pytest.mark.parametrize(("lang", "mark"), [("kk", "ЖОБА"), ("ru", "ПРОЕКТ"), ("en", "DRAFT")])
def test_a_draft_report_says_so_in_large_letters(lang: str, mark: str) -> None:
    html, _ = period_report_html(district_data(), lang, approval={"state": "draft"})
    assert f">{mark}</p>" in html and "font-size: 28pt" in html
    assert LABELS[lang]["draft_note"] in _text(html)
    # Without an approval given (a caller that does not know), neither mark nor line.
    html, _ = period_report_html(district_data(), lang)
    assert mark not in _text(html) and "28pt" not in html


def test_an_approved_report_names_who_approved_it() -> None:
    approval = {
        "state": "approved",
        "period": "2026-H1",
        "by": "supervisor1",
        "role": "supervisor",
        "at": "2026-07-10T06:30:00+00:00",
        "missing": [],
    }
    html, _ = period_report_html(district_data(), "ru", approval=approval)
    text = _text(html)
    assert "ПРОЕКТ" not in text and "Период утверждён: supervisor1, 10.07.2026" in text


def test_the_saved_report_follows_the_store_approval(store: Store, tmp_path: Path) -> None:
    text_of = _pdf_text
    draft = save_period_report_pdf(store, "2026-H1", tmp_path / "d.pdf", lang="ru", today=TODAY)
    assert "ПРОЕКТ" in text_of(draft)
    approve(store, "2026-H1", today=TODAY)
    final = save_period_report_pdf(store, "2026-H1", tmp_path / "f.pdf", lang="ru", today=TODAY)
    assert "ПРОЕКТ" not in text_of(final) and "Период утверждён" in text_of(final)
