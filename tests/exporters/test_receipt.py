"""Reading a receipt at the sender (reporting.md §6.3): untrusted input from a USB stick, refused
with a clear code before it is believed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from exporters.receipt import MAX_BYTES, ReceiptError, read_receipt, returned_receipt, write_receipt
from models.reference.dto import OfficeDTO

REGION = OfficeDTO("110000000", "region", "Ақмола облысы", "Акмолинская область")


def good(tmp_path: Path) -> dict[str, Any]:
    receipt = returned_receipt(
        package_id="8d3c2f0e-1b7a-4c5e-9f00-0123456789ab",
        sender_kato="113200000",
        period="2026-H1",
        receiver=REGION,
        workbook_sha256="ab" * 32,
        reason="A1 қате / ошибка A1",
        by="oblast",
    )
    path = write_receipt(tmp_path, receipt)
    assert path.name == "113200000_2026-H1.receipt.json"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left
    return receipt


def test_a_written_receipt_reads_back(tmp_path: Path) -> None:
    receipt = good(tmp_path)
    r = read_receipt(tmp_path / "113200000_2026-H1.receipt.json")
    assert (r.package_id, r.sender_kato, r.period, r.outcome, r.by) == (
        receipt["package_id"],
        "113200000",
        "2026-H1",
        "returned",
        "oblast",
    )
    assert r.receiver == REGION and r.at == receipt["at"] and len(r.file_sha256) == 64


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda r: b"\xff\xfe not json", "receipt_unreadable"),
        (lambda r: b" " * (MAX_BYTES + 1), "receipt_too_large"),
        (lambda r: json.dumps({**r, "x": [[[[[[[[1]]]]]]]]}).encode(), "receipt_too_deep"),
        (lambda r: json.dumps({**r, "format": "qoldau-report"}).encode(), "receipt_format"),
        (lambda r: json.dumps({**r, "format_version": 2}).encode(), "receipt_format"),
        (lambda r: json.dumps([r]).encode(), "receipt_format"),
        (lambda r: json.dumps({k: v for k, v in r.items() if k != "by"}).encode(), "receipt_shape"),
        (lambda r: json.dumps({**r, "outcome": "lost"}).encode(), "receipt_shape"),
        (lambda r: json.dumps({**r, "sender": {"kato": "1132", "period": "2026"}}).encode(),
         "receipt_shape"),
        (lambda r: json.dumps({**r, "workbook_sha256": "zz"}).encode(), "receipt_shape"),
        (lambda r: json.dumps({**r, "reasons": [{"rule": 1}]}).encode(), "receipt_shape"),
    ],
)  # fmt: skip
def test_a_bad_receipt_is_refused_with_its_code(tmp_path: Path, change: Any, code: str) -> None:
    receipt = good(tmp_path)
    path = tmp_path / "bad.receipt.json"
    path.write_bytes(change(receipt))
    with pytest.raises(ReceiptError) as refused:
        read_receipt(path)
    assert refused.value.code == code
    assert str(path) in str(refused.value)
