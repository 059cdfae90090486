"""The printed passport: HTML in three languages, an atomic PDF, and the preview dialog."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from models.objects.context import validation_context
from models.objects.dto import MeasurementDraft, ObjectDraft, PassportDraft, WorkDraft, ZoneDraft
from models.objects.passport_report import PassportNotFound, load_passport_report
from models.objects.repository import ObjectRepository
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from models.text import capitalize_first
from tests.conftest import TODAY
from ui.objects.prints.labels import LABELS
from ui.objects.prints.passport import build_preview_dialog, passport_html, save_passport_pdf
from ui.printing.document import build_document, paginate, print_document
from ui.printing.formatting import code_text, format_money, format_number
from ui.settings import UiSettings

F, P, C, N, NA = "FULL", "PARTIAL", "CONDITIONAL", "NONE", "NA"
OBJECT_NAME = "Ақкөл қаласының №2 мектеп-гимназиясы"
MEMBERS = ("Әлиева Гүлнұр Қайратқызы", "Смагулов Ержан Болатович", "Іңкәрова Өмірзая")


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> QApplication:
    """Fonts, documents and PDF writers need a QGuiApplication, even without widgets."""
    return qapp


@dataclass(frozen=True)
class Sample:
    object_id: int
    passport_id: int


def _levels(k: str, o: str, s: str, g: str, u: str) -> dict[str, str]:
    return {"K": k, "O": o, "S": s, "G": g, "U": u}


@pytest.fixture
def sample(store: Store) -> Sample:
    """A school in Akkol with a two-version passport; the second one is printed."""
    refs = ReferenceRepository(store)
    refs.add_settlement("113220100", "Ақкөл қаласы", "город Акколь", "admin")
    ctx = validation_context(store, TODAY)
    repo = ObjectRepository(store)
    object_id = repo.save(
        ObjectDraft(
            name=OBJECT_NAME,
            object_type="EDU_SCHOOL",
            kato="113220100",
            address="Ақкөл қ., Абай к-сі, 12",
            owner_name="«Ақкөл ауданы білім бөлімі» ММ",
            owner_bin="050440000002",
            responsible_body="Ақмола облысының білім басқармасы",
            floors=3,
            year_built=1987,
        ),
        ctx,
        "admin",
    )
    first = PassportDraft(
        inspection_date=date(2024, 3, 1),
        passport_date=date(2024, 3, 10),
        number="12/2024",
        statuses={c: "VND" for c in "KOSGU"},
    )
    repo.save_passport(object_id, first, ctx, "admin")
    zones = (
        ZoneDraft("TERRITORY", _levels(F, F, F, F, F), "Аумақ талаптарға сай"),
        ZoneDraft("ENTRANCE", _levels(N, F, P, F, F), "Пандус жоқ"),
        ZoneDraft("INTERIOR", _levels(P, P, P, F, F)),
        ZoneDraft("SERVICE", _levels(F, F, F, F, F)),
        ZoneDraft("SANITARY", _levels(N, P, P, F, F)),
        ZoneDraft("INFO", _levels(F, F, P, P, F)),
        ZoneDraft("APPROACH", _levels(NA, NA, NA, NA, NA)),
    )
    second = PassportDraft(
        inspection_date=date(2026, 9, 7),
        passport_date=date(2026, 9, 15),
        number="47/2026",
        commission="\n".join(MEMBERS) + "\n\n",
        conclusion="Кіреберісте пандус орнату қажет.",
        zones=zones,
        service_forms={"K": "DU", "O": "A", "S": "B", "G": "A", "U": "A"},
        suggested=_levels(C, P, P, P, F),
        statuses={"K": "DU", "O": "DCH_I", "S": "DCH_I", "G": "DP_I", "U": "DP_I"},
        override_note="Есту қабілеті бұзылғандарға ақпарат жеткілікті.",
        requires_adaptation=True,
        measurements=(
            MeasurementDraft("ENTRANCE", "RAMP_SLOPE", 8.5, "F-12"),
            MeasurementDraft("INTERIOR", "CORRIDOR_WIDTH", 1.8, "F-14"),
        ),
        works=(
            WorkDraft("ENTRANCE", "CAPITAL_REPAIR", 2027, Decimal("1250000"), "LOCAL_BUDGET", None),
            WorkDraft("ALL", "CURRENT_REPAIR", 2028, Decimal("87500.50"), "OWNER", None),
        ),
    )
    passport_id = repo.save_passport(object_id, second, ctx, "admin")
    return Sample(object_id, passport_id)


# -- HTML -------------------------------------------------------------------------------------


def test_kazakh_html_has_the_form_and_the_data(store: Store, sample: Sample) -> None:
    text = passport_html(store, sample.passport_id, "kk")
    plain = QTextDocument()
    plain.setHtml(text)
    body = plain.toRawText()  # toPlainText() turns no-break spaces into spaces
    assert "Әлеуметтік және көлік инфрақұрылымы нысанының қолжетімділік паспорты" in body
    assert OBJECT_NAME in body
    assert "№ 47/2026" in body and "2-нұсқа (2 нұсқаның)" in body
    assert "Ақмола облысы, Ақкөл ауданы" in body
    assert "Ақкөл қаласы (113220100)" in body
    assert "жалпы білім беретін мектеп" in body  # object type from the code list
    assert "050440000002" in body
    # Zone labels in Kazakh from the store's code list, with a capital first letter where
    # they stand alone (the list writes them in lower case, for sentences).
    zones = {c.code: c.kk for c in ReferenceRepository(store).code_labels("functional_zones")}
    assert zones["TERRITORY"] == "ғимаратқа іргелес аумақ (учаске)"
    assert "Ғимаратқа іргелес аумақ (учаске)" in body
    for code in ("TERRITORY", "ENTRANCE", "SANITARY", "APPROACH"):
        assert capitalize_first(zones[code]) in body
    # Display codes of the zones (brief §2.5).
    assert code_text("ДП-В") in body  # TERRITORY, SERVICE
    assert code_text("ДП-И (О, Г, У); ДЧ-И (С)") in body  # ENTRANCE: inaccessible for К
    assert code_text("ДП-И (Г, У); ДЧ-И (К, О, С)") in body  # INTERIOR
    # Final conclusion: confirmed and suggested object codes, override note.
    assert "Нысанның қолжетімділік коды: " + code_text("ДП-И (Г, У); ДЧ-И (О, С); ДУ (К)") in body
    assert "ұсынылғаны: " + code_text("ДП-И (У); ДЧ-И (О, С, Г); ДУ (К)") in body
    assert "Есту қабілеті бұзылғандарға ақпарат жеткілікті." in body
    # Dates as dd.mm.yyyy.
    assert "15.09.2026" in body and "07.09.2026" in body
    # Measurements: each with the norm and the edition it was checked against.
    assert "8,5\u00a0%" in body and "≤\u00a05\u00a0%" in body
    assert "бұзушылық" in body and "СП РК 3.06-101-2012* (27.11.2019) 4.3.2.30" in body
    assert "4.3.2.38" in body and "≥\u00a01,5\u00a0м" in body
    # Management decision: Kazakh work labels, costs with no-break-space thousands.
    assert "күрделі жөндеу" in body and "жергілікті бюджет" in body
    assert "1\u00a0250\u00a0000" in body and "87\u00a0500,50" in body
    assert "Барлық аймақтар мен учаскелер" in body  # the ALL row
    # Signatures: the approval in the header, the chair, each member with a signature and a
    # date line, the head.
    assert "Комиссия төрағасы" in body and "Бекіттім: бөлім басшысы" in body
    for member in MEMBERS:
        assert member in body
    assert body.count("______________ (қолы)") == len(MEMBERS) + 3
    assert body.count("____.____.________ (күні)") == len(MEMBERS) + 3


def test_russian_and_english_titles(store: Store, sample: Sample) -> None:
    ru = passport_html(store, sample.passport_id, "ru")
    en = passport_html(store, sample.passport_id, "en")
    assert "Паспорт доступности объекта социальной и транспортной инфраструктуры" in ru
    assert "Вход (входы) в здание" in ru and "ремонт капитальный" in ru
    assert "версия 2 из 2" in ru and "Аккольский район" in ru and "город Акколь" in ru
    assert "(подпись)" in ru and "1\u00a0250\u00a0000" in ru
    assert "Accessibility passport of a social and transport infrastructure object" in en
    assert "Entrance(s) to the building" in en and "version 2 of 2" in en
    assert "1,250,000" in en and "87,500.50" in en and "8.5\u00a0%" in en
    assert "(signature)" in en
    for text in (ru, en):
        assert code_text("ДП-И (О, Г, У); ДЧ-И (С)") in text  # the same in every language
        assert "15.09.2026" in text


def test_unknown_language_falls_back_to_kazakh(store: Store, sample: Sample) -> None:
    assert LABELS["kk"]["title"] in passport_html(store, sample.passport_id, "de")


def test_minimal_passport_prints_without_zones_works_or_members(store: Store) -> None:
    ctx = validation_context(store, TODAY)
    repo = ObjectRepository(store)
    object_id = repo.save(ObjectDraft("Дәріхана", "EDU_SCHOOL", "113220100"), ctx, "admin")
    pid = repo.save_passport(
        object_id,
        PassportDraft(None, date(2025, 1, 5), statuses={c: "DP_V" for c in "KOSGU"}),
        ctx,
        "admin",
    )
    body = passport_html(store, pid, "ru")
    assert "№ ____" in body and "версия 1 из 1" in body
    assert f"Код доступности объекта: <b>{code_text('ДП-В')}</b>" in body
    assert "Замеры не проводились." in body and "не запланированы" in body
    # Three blank member lines, the chair, the head and the header's approval.
    assert body.count("(подпись)") == 3 + 3


def test_unknown_passport_is_a_lookup_error(store: Store) -> None:
    with pytest.raises(PassportNotFound):
        load_passport_report(store, 999)


def test_report_collects_object_office_and_versions(store: Store, sample: Sample) -> None:
    report = load_passport_report(store, sample.passport_id)
    assert report.obj.id == sample.object_id and report.passport.version == 2
    assert report.version_count == 2
    assert report.office.kato == "113200000"
    assert report.settlement("ru") == "город Акколь" and report.settlement("en") == "Ақкөл қаласы"
    breach = [m for m in report.measurements if m.verdict == "breach"]
    assert [(m.check_code, m.threshold, m.operator, m.unit) for m in breach] == [
        ("RAMP_SLOPE", 5.0, "<=", "%")
    ]


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (1234567.5, "kk", None, "1\u00a0234\u00a0567,5"),
        (0.014, "ru", None, "0,014"),
        (1.8, "en", None, "1.8"),
        (5.0, "kk", None, "5"),
        (12345, "en", 2, "12,345.00"),
    ],
)
def test_format_number(value: float, lang: str, decimals: int | None, expected: str) -> None:
    assert format_number(value, lang, decimals) == expected


def test_format_money() -> None:
    assert format_money(Decimal("1250000.00"), "kk") == "1\u00a0250\u00a0000"
    assert format_money(Decimal("999.5"), "ru") == "999,50"
    assert format_money(None, "ru") == ""


# -- PDF --------------------------------------------------------------------------------------


def _assert_pdf(path: Path) -> bytes:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 10_000  # embedded DejaVu subset and several pages of text
    return data


def test_save_pdf_writes_a_complete_pdf_atomically(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "passport.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old content")
    result = save_passport_pdf(store, sample.passport_id, target, "kk")
    assert result == target
    data = _assert_pdf(target)
    assert b"DejaVu" in data  # the font that has the Kazakh letters is embedded
    assert os.listdir(target.parent) == ["passport.pdf"]  # no temporary file left behind
    if shutil.which("pdftotext"):
        raw = subprocess.run(
            ["pdftotext", "-raw", str(target), "-"], capture_output=True, check=True, text=True
        ).stdout
        text = " ".join(raw.split())  # table cells wrap: compare with spaces collapsed
        assert "нысанының қолжетімділік паспорты" in text
        # Codes keep their no-break hyphens, so they never end a line.
        assert OBJECT_NAME in text and code_text("ДП-И (О, Г, У); ДЧ-И (С)") in text


def test_pdf_document_has_pages_on_a4(store: Store, sample: Sample, tmp_path: Path) -> None:
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    from ui.printing.document import a4_layout

    writer.setPageLayout(a4_layout())
    writer.setResolution(300)
    doc = build_document(passport_html(store, sample.passport_id, "kk"))
    pages = paginate(doc, writer)
    assert 1 < pages < 10  # the form, then the zone, measurement and photo annexes
    assert "Ақкөл" in doc.toPlainText()
    # 180 mm of printable width at 300 dpi.
    assert doc.pageSize().width() == pytest.approx(180 / 25.4 * 300, abs=2)
    assert print_document(doc, writer) == pages
    del writer
    _assert_pdf(tmp_path / "probe.pdf")


def test_save_pdf_into_missing_folder_raises_and_writes_nothing(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    before = set(tmp_path.iterdir())
    with pytest.raises(FileNotFoundError):
        save_passport_pdf(store, sample.passport_id, tmp_path / "missing" / "p.pdf", "ru")
    assert set(tmp_path.iterdir()) == before


def test_locked_target_raises_and_keeps_the_old_file(
    store: Store, sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A PDF open in a viewer on Windows (or a read-only file) refuses the final replace.
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "p.pdf"
    target.write_bytes(b"old content")

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        save_passport_pdf(store, sample.passport_id, target, "kk")
    assert target.read_bytes() == b"old content"
    assert os.listdir(folder) == ["p.pdf"]  # the temporary PDF was removed


def test_save_pdf_onto_a_folder_raises_and_cleans_up(
    store: Store, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "taken.pdf"
    target.mkdir()  # a folder with the target's name: the final replace must fail
    (target / "keep.txt").write_text("x")
    before = set(tmp_path.iterdir())
    with pytest.raises(OSError):
        save_passport_pdf(store, sample.passport_id, target, "en")
    assert set(tmp_path.iterdir()) == before
    assert (target / "keep.txt").read_text() == "x"


# -- preview ----------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    from PySide6.QtCore import QSettings

    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def test_preview_renders_pages(
    qtbot: QtBot, store: Store, sample: Sample, settings: UiSettings
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = build_preview_dialog(parent, store, sample.passport_id, "kk", settings)
    assert dialog.parent() is parent
    assert OBJECT_NAME in dialog.windowTitle()
    # What the dialog does when shown: its preview widget asks for the pages.
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    with qtbot.waitSignal(dialog.paintRequested, timeout=5000) as blocker:
        preview.updatePreview()
    assert isinstance(blocker.args[0], QPrinter)
    assert dialog.page_count > 1
    assert preview.pageCount() == dialog.page_count
    assert "Save as PDF" in dialog.save_pdf_action.text()
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None and dialog.save_pdf_action in toolbar.actions()


def test_preview_save_as_pdf_remembers_folder(
    qtbot: QtBot,
    store: Store,
    sample: Sample,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = build_preview_dialog(None, store, sample.passport_id, "ru", settings)
    qtbot.addWidget(dialog)
    folder = tmp_path / "pdfs"
    folder.mkdir()
    asked: list[str] = []

    def fake_save(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(folder / "passport"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    dialog.save_pdf_action.trigger()
    assert asked and asked[0].endswith("_47_2026_v2.pdf")
    _assert_pdf(folder / "passport.pdf")
    assert settings.get("ui/last_folder") == str(folder)
    # The preview still renders with the same document after the PDF writer is gone.
    preview = dialog.findChild(QPrintPreviewWidget)
    with qtbot.waitSignal(dialog.paintRequested, timeout=5000):
        preview.updatePreview()
    assert dialog.page_count > 1 and preview.pageCount() == dialog.page_count


def test_preview_save_failure_shows_a_message(
    qtbot: QtBot,
    store: Store,
    sample: Sample,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = build_preview_dialog(None, store, sample.passport_id, "en", settings)
    qtbot.addWidget(dialog)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    target = tmp_path / "no such folder" / "p.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)")
    )
    before = settings.get("ui/last_folder")
    dialog.save_pdf_action.trigger()
    assert len(shown) == 1 and str(target) in shown[0]
    assert not target.parent.exists()
    assert settings.get("ui/last_folder") == before
