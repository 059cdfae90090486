"""The printed receipt of a report package (issue 10, reporting.md §6.3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPdfWriter, QTextTable
from pytestqt.qtbot import QtBot

from exporters.receipt import build_receipt, read_receipt, returned_receipt, write_receipt
from models.reference.dto import OfficeDTO
from ui.printing.document import a4_layout, build_document, paginate
from ui.reporting import receipt_print
from ui.reporting.receipt_print import (
    ReceiptPreviewDialog,
    print_receipt,
    receipt_html,
    receipt_pdf_name,
    write_receipt_pdf,
)

REGION = OfficeDTO("110000000", "region", "Ақмола облысы", "Акмолинская область")
SHA = "ab" * 32
PACKAGE_ID = "0b6f4c1e-4f5e-4b7a-9a57-2d5e0f5c8a11"


def _reason(n: int) -> dict[str, Any]:
    return {
        "sheet": "B1",
        "row": 10 + n,
        "rule": "sum_mismatch",
        # As long as the receiver's real texts (exporters/receipt.py): two lines each.
        "message_kk": f"B1 парағы, {10 + n}-жол: «sum_mismatch» ережесі бұзылған. Деректерді "
        "түзетіп, пакетті қайта экспорттаңыз.",
        "message_ru": f"Лист B1, строка {10 + n}: нарушено правило «sum_mismatch». Исправьте "
        "данные и экспортируйте пакет заново.",
    }


def _refused(reasons: int = 2) -> dict[str, Any]:
    whole = {
        "sheet": None,
        "row": None,
        "rule": "not_approved",
        "message_kk": "Пакет бекітілмеген (жоба): оны жинақтауға болмайды.",
        "message_ru": "Пакет не утверждён (проект): его нельзя консолидировать.",
    }
    return build_receipt(
        package_id=PACKAGE_ID,
        sender_kato="111010000",
        period="2026-Q3",
        receiver=REGION,
        workbook_sha256=SHA,
        outcome="refused",
        reasons=[_reason(n) for n in range(reasons - 1)] + [whole],
        by="oblast.admin",
    )


def _pages(html: str, scratch: Path) -> tuple[int, list[int]]:
    """Return the A4 pages of ``html`` and the header rows of each of its tables."""
    doc = build_document(html)
    writer = QPdfWriter(str(scratch / "pages.pdf"))
    writer.setPageLayout(a4_layout())
    writer.setResolution(300)
    pages = paginate(doc, writer)
    headers = [
        frame.format().toTableFormat().headerRowCount()
        for frame in doc.rootFrame().childFrames()
        if isinstance(frame, QTextTable)
    ]
    doc.documentLayout().setPaintDevice(None)  # type: ignore[arg-type]
    return pages, headers


def test_a_refused_receipt_is_written_as_a_pdf_beside_the_json(
    qtbot: QtBot, tmp_path: Path
) -> None:
    receipt = _refused()
    json_path = write_receipt(tmp_path, receipt)
    assert receipt_pdf_name(receipt) == "111010000_2026-Q3.receipt.pdf"
    target = tmp_path / receipt_pdf_name(receipt)
    assert write_receipt_pdf(receipt, target, "kk") == target
    assert target.read_bytes().startswith(b"%PDF")
    # Atomic: no temporary file is left beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([json_path.name, target.name])
    # Writing again replaces it.
    write_receipt_pdf(receipt, target, "ru")
    assert target.read_bytes().startswith(b"%PDF")
    assert len(list(tmp_path.iterdir())) == 2


def test_a_pdf_that_cannot_be_written_raises_and_leaves_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with pytest.raises(OSError):
        write_receipt_pdf(_refused(), tmp_path / "missing" / "x.receipt.pdf", "kk")
    assert list(tmp_path.iterdir()) == []


def test_the_kazakh_receipt_holds_the_outcome_and_the_kazakh_reasons(qtbot: QtBot) -> None:
    html = receipt_html(_refused(), "kk", sender_name="Ақкөл ауданы")
    assert "Есеп пакетін алу туралы түбіртек" in html
    assert "Қабылданбады" in html
    assert "111010000 Ақкөл ауданы" in html
    assert "2026-Q3" in html and PACKAGE_ID in html and SHA in html
    assert "Ақмола облысы (110000000, облыс)" in html
    assert "B1 парағы, 10-жол: «sum_mismatch» ережесі бұзылған." in html
    assert "Пакет бекітілмеген (жоба): оны жинақтауға болмайды." in html
    assert "Лист B1" not in html  # the Russian messages stay out
    assert "oblast.admin" in html
    assert "Себептері (2)" in html
    assert "Қабылдаған" in html and "Қолы" in html


def test_the_russian_receipt_holds_the_outcome_and_the_russian_reasons(qtbot: QtBot) -> None:
    html = receipt_html(_refused(), "ru")
    assert "Квитанция о получении пакета отчётности" in html
    assert "Отклонён" in html
    assert "Акмолинская область (110000000, область)" in html
    assert "Лист B1, строка 10: нарушено правило «sum_mismatch»." in html
    assert "Пакет не утверждён (проект): его нельзя консолидировать." in html
    assert "B1 парағы" not in html
    assert "Причины (2)" in html
    assert "Принял" in html and "Подпись" in html


def test_accepted_and_returned_outcomes_in_words(qtbot: QtBot) -> None:
    accepted = {**_refused(), "outcome": "accepted", "reasons": []}
    assert "Қабылданды" in receipt_html(accepted, "kk")
    assert "Себептер жоқ." in receipt_html(accepted, "kk")
    assert "Принят" in receipt_html(accepted, "ru")
    returned = returned_receipt(
        package_id=PACKAGE_ID,
        sender_kato="111010000",
        period="2026-Q3",
        receiver=REGION,
        workbook_sha256=SHA,
        reason="B2 кестесін тексеріңіз",
        by="oblast.admin",
    )
    kk, ru = receipt_html(returned, "kk"), receipt_html(returned, "ru")
    assert "Қайтарылды" in kk and "B2 кестесін тексеріңіз" in kk
    assert "Возвращён" in ru and "B2 кестесін тексеріңіз" in ru


def test_a_receipt_read_back_prints_as_its_json(qtbot: QtBot, tmp_path: Path) -> None:
    receipt = _refused()
    read = read_receipt(write_receipt(tmp_path, receipt))
    for lang in ("kk", "ru"):
        assert receipt_html(read, lang) == receipt_html(receipt, lang)
    assert receipt_pdf_name(read) == "111010000_2026-Q3.receipt.pdf"


def test_untrusted_values_are_escaped(qtbot: QtBot) -> None:
    receipt = _refused()
    receipt["reasons"][0]["message_kk"] = "<b>ескерту</b> & <script>"
    receipt["by"] = "<i>x</i>"
    html = receipt_html(receipt, "kk")
    assert "&lt;b&gt;ескерту&lt;/b&gt; &amp; &lt;script&gt;" in html
    assert "<script>" not in html and "<i>x</i>" not in html


def test_a_damaged_mapping_still_prints(qtbot: QtBot) -> None:
    html = receipt_html({"outcome": "refused", "reasons": "none", "sender": 3}, "ru")
    assert "Отклонён" in html and "Причины (0)" in html and "неизвестно" in html


def test_twenty_five_reasons_fit_on_one_page_more_continue_with_the_header(
    qtbot: QtBot, tmp_path: Path
) -> None:
    for lang in ("kk", "ru"):
        pages, headers = _pages(
            receipt_html(_refused(25), lang, sender_name="Ақкөл ауданы"), tmp_path
        )
        assert pages == 1
        pages, headers = _pages(receipt_html(_refused(70), lang), tmp_path)
        assert pages >= 2
        # The reasons table (after the details, before the signatures) repeats its header row.
        assert headers == [0, 1, 0]


def test_print_receipt_opens_the_preview_with_the_pdf_name(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ReceiptPreviewDialog] = []

    def fake_exec(dialog: ReceiptPreviewDialog) -> None:
        shown.append(dialog)
        qtbot.addWidget(dialog)

    monkeypatch.setattr(receipt_print, "exec_preview", fake_exec)
    print_receipt(None, read_receipt(write_receipt(tmp_path, _refused())), lang="ru")
    (dialog,) = shown
    assert dialog.file_name == "111010000_2026-Q3.receipt" + ".pdf"
    assert dialog.title == "Квитанция о получении пакета отчётности"
    assert "Отклонён" in dialog.document.toPlainText()
    saved = tmp_path / "copy.pdf"
    assert dialog.save_pdf_to(saved)
    assert saved.read_bytes().startswith(b"%PDF")
