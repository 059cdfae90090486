"""The chain of approvals, receipts and returns through the commands (reporting.md §6.4).

District A (Akkol) and a region (Akmola) with the administrator ``admin`` each; every step is a
command run as the user would: a draft refused (``not_approved``) with its receipt beside it, the
district approving and exporting again, the region accepting (receipt ``accepted``), returning
the package (receipt ``returned`` in ``--out``), approving with the district named missing and
then refusing writes into its approved period; the district reading every receipt, by
``package_id`` and by ``workbook_sha256``, and refusing a foreign one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import main
from models.reporting.consolidation import completeness, history
from models.reporting.exports import export_history
from models.reporting.received import RETURNED
from models.setup import open_store
from tests.accounts import TEST_KEY
from tests.models.consolidation_builders import REGION, build_district_a
from tests.store_templates import new_store_file

PERIOD = "2026-H1"
A = "113200000"


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[len(before) :]:
        root.removeHandler(handler)
        handler.close()


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def receipt_of(folder: Path) -> dict[str, Any]:
    (path,) = folder.glob("*.receipt.json")
    assert path.name == f"{A}_{PERIOD}.receipt.json"
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def dbs(tmp_path: Path) -> dict[str, Path]:
    district = tmp_path / "district.sqlite"
    build_district_a(district).close()
    region = new_store_file(tmp_path / "region.sqlite", REGION, "admin")
    return {"district": district, "region": region}


def test_the_chain_of_approvals_receipts_and_returns(
    dbs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    district, region = dbs["district"], dbs["region"]
    draft_usb, usb, back = tmp_path / "draft", tmp_path / "usb", tmp_path / "back"
    for folder in (draft_usb, usb, back):
        folder.mkdir()

    # 1. A draft: exported with a warning, verified, refused by the region with a receipt.
    code, out, err = run(capsys, "export", "--db", district, "--period", PERIOD, "--out", draft_usb)
    assert code == 0 and "is not approved: the package is a draft" in err
    draft = Path(out.strip())
    manifest = json.loads(draft.read_text(encoding="utf-8"))
    assert manifest["approval"] == {"state": "draft"}
    assert run(capsys, "verify", draft)[0] == 0
    code, out, err = run(capsys, "consolidate", "--db", region, draft)
    assert code == 1 and "not_approved" in err and "received: " not in out
    refused = receipt_of(draft_usb)
    assert refused["format"] == "qoldau-receipt" and refused["format_version"] == 1
    assert refused["outcome"] == "refused" and refused["package_id"] == manifest["package_id"]
    assert refused["sender"] == {"kato": A, "period": PERIOD}
    assert refused["receiver"]["kato"] == REGION.kato and refused["by"] == "admin"
    assert refused["workbook_sha256"] == manifest["workbook"]["sha256"]
    (reason,) = refused["reasons"]
    assert (reason["sheet"], reason["row"], reason["rule"]) == (None, None, "not_approved")
    assert "жоба" in reason["message_kk"] and "проект" in reason["message_ru"]

    # The district reads it: one line per receipt, matched by package_id.
    code, out, err = run(capsys, "receipt", "--db", district, *draft_usb.glob("*.receipt.json"))
    assert code == 0
    assert out.split() == [manifest["package_id"], "refused", REGION.kato, refused["at"]]

    # 2. Approved, exported, accepted: the receipt replaces nothing else on this stick.
    code, out, _ = run(capsys, "approve", "--db", district, "--period", PERIOD)
    assert code == 0 and out.startswith(f"approved {PERIOD} by admin (administrator)")
    code, out, err = run(capsys, "export", "--db", district, "--period", PERIOD, "--out", usb)
    assert code == 0 and "draft" not in err
    approved = Path(out.strip())
    manifest = json.loads(approved.read_text(encoding="utf-8"))
    assert manifest["approval"]["state"] == "approved"
    assert (manifest["approval"]["period"], manifest["approval"]["by"]) == (PERIOD, "admin")
    code, out, err = run(capsys, "consolidate", "--db", region, approved)
    assert code == 0, err
    accepted = receipt_of(usb)
    assert (accepted["outcome"], accepted["reasons"]) == ("accepted", [])

    # The district's approved period refuses writes that would change the package.
    code, _, err = run(capsys, "demo", "--db", district, "--passports", "3")
    assert code == 1 and f"period {PERIOD} is approved (by admin" in err

    # 3. The region returns it: out of its consolidation, a returned receipt in --out.
    reason_text = "A1 жолында қате / ошибка в строке A1"
    code, out, err = run(
        capsys,
        "return", "--db", region, "--sender", A, "--period", PERIOD,
        "--reason", reason_text, "--out", back,
    )  # fmt: skip
    assert code == 0, err
    assert Path(out.strip()) == back / f"{A}_{PERIOD}.receipt.json"
    returned = receipt_of(back)
    assert returned["outcome"] == "returned" and returned["package_id"] == manifest["package_id"]
    assert returned["reasons"] == [
        {
            "sheet": None,
            "row": None,
            "rule": "returned",
            "message_kk": reason_text,
            "message_ru": reason_text,
        }
    ]
    store = open_store(region, TEST_KEY)
    try:
        assert [h.status for h in history(store, period=PERIOD)] == [RETURNED]
        (row,) = completeness(store, PERIOD)
        assert row.current is None and [h.package_id for h in row.returned] == [
            manifest["package_id"]
        ]
    finally:
        store.close()

    # 4. The sender records both receipts; the returned one only by the workbook's hash.
    by_hash = back / "by_hash" / f"{A}_{PERIOD}.receipt.json"
    by_hash.parent.mkdir()
    by_hash.write_text(json.dumps({**returned, "package_id": None}), encoding="utf-8")
    code, out, err = run(capsys, "receipt", "--db", district, usb / by_hash.name, by_hash)
    assert code == 0, err
    assert [line.split()[:3] for line in out.splitlines()] == [
        [manifest["package_id"], "accepted", REGION.kato],
        [manifest["package_id"], "returned", REGION.kato],
    ]
    store = open_store(district, TEST_KEY)
    try:
        exports = export_history(store)
    finally:
        store.close()
    assert [(e.approval_state, [r.outcome for r in e.receipts]) for e in exports] == [
        ("approved", ["accepted", "returned"]),
        ("draft", ["refused"]),
    ]

    # 5. A foreign receipt (another office) and one about no export are refused: exit 1.
    foreign = tmp_path / "foreign" / "151200000_2026-H1.receipt.json"
    foreign.parent.mkdir()
    foreign.write_text(
        json.dumps({**accepted, "sender": {"kato": "151200000", "period": PERIOD}}),
        encoding="utf-8",
    )
    unknown = tmp_path / "unknown.receipt.json"
    unknown.write_text(
        json.dumps({**accepted, "package_id": "00000000-0000-0000-0000-000000000000"}),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "receipt", "--db", district, foreign, unknown)
    assert code == 1 and out == ""
    assert f"{foreign}: refused as foreign" in err and f"{unknown}: refused as foreign" in err

    # 6. The region approves only naming the district missing; then its period is locked.
    code, _, err = run(capsys, "approve", "--db", region, "--period", PERIOD)
    assert code == 1 and A in err and "--missing" in err
    code, out, err = run(capsys, "approve", "--db", region, "--period", PERIOD, "--missing", A)
    assert code == 0 and f"missing {A}" in out
    code, _, err = run(capsys, "consolidate", "--db", region, approved)
    assert code == 1 and "already received" in err
    code, _, err = run(
        capsys,
        "return", "--db", region, "--sender", A, "--period", PERIOD,
        "--reason", "x", "--out", back,
    )  # fmt: skip
    assert code == 1 and f"period {PERIOD} is approved (by admin" in err

    # 7. The district reopens with a reason, corrects, approves and resends: the region's own
    # period is approved, so the new package is refused as locked, with a receipt saying so.
    code, out, _ = run(capsys, "reopen", "--db", district, "--period", PERIOD, "--reason", "A1")
    assert code == 0 and out.startswith(f"reopened {PERIOD} by admin")
    assert run(capsys, "approve", "--db", district, "--period", PERIOD)[0] == 0
    resend = tmp_path / "resend"
    resend.mkdir()
    code, out, _ = run(capsys, "export", "--db", district, "--period", PERIOD, "--out", resend)
    code, _, err = run(capsys, "consolidate", "--db", region, Path(out.strip()))
    assert code == 1 and "period_locked" in err
    assert receipt_of(resend)["reasons"][0]["rule"] == "period_locked"


def test_approve_and_reopen_refusals_exit_1(
    dbs: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    district = dbs["district"]
    code, _, err = run(capsys, "approve", "--db", district, "--period", "2099-Q1")
    assert code == 1 and "can be approved from the next day" in err
    code, _, err = run(capsys, "reopen", "--db", district, "--period", PERIOD, "--reason", "x")
    assert code == 1 and "is not approved" in err
    assert run(capsys, "approve", "--db", district, "--period", PERIOD)[0] == 0
    code, _, err = run(capsys, "approve", "--db", district, "--period", PERIOD)
    assert code == 1 and "already approved" in err
    code, _, err = run(capsys, "reopen", "--db", district, "--period", PERIOD, "--reason", " ")
    assert code == 1 and "needs a reason" in err
    code, _, err = run(capsys, "approve", "--db", district, "--period", "2026-13")
    assert code == 1 and "is not a period" in err
