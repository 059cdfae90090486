"""The whole chain district -> region -> republic through the commands (issue 10's "done when").

Districts A (Akkol) and B (Arshaly), their region (Akmola) and the republic, each with the
administrator ``admin``; every step is a command run as the user would:

* A sends a draft: the region refuses it (``not_approved``) with a receipt beside it; A reads
  the receipt, approves 2026-H1, exports again and is accepted.
* B is accepted, then returned with a reason; B reads the returned receipt, reopens its period
  with a reason, corrects a figure (one more passported school), approves and resends: the
  region accepts the corrected package and its A1 row for B carries the correction.
* The region approves (complete: nothing named missing), exports and the republic accepts it.

Every receipt lands back at its sender (``receipt``) and shows on the sender's export history.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.reporting.exports import export_history
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.setup import open_store
from tests.accounts import TEST_KEY
from tests.cli.test_periods import _restore_logging, run
from tests.models.consolidation_builders import (
    DISTRICT_A,
    DISTRICT_B,
    PASSPORTED_ON,
    REGION,
    REPUBLIC,
    build_district_a,
    build_district_b,
)
from tests.models.report_builders import add_object, add_passport
from tests.store_templates import new_store_file

__all__ = ["_restore_logging"]  # the fixture, used by every test of this module

PERIOD = "2026-H1"
#: A day after the period, for the figures of the region's consolidation.
TODAY_AFTER = parse_period(PERIOD).end.replace(month=12)


def _export(capsys: pytest.CaptureFixture[str], db: Path, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    code, stdout, err = run(capsys, "export", "--db", db, "--period", PERIOD, "--out", out)
    assert code == 0, err
    return Path(stdout.strip())


def _receipt(folder: Path, sender: str) -> Path:
    path = folder / f"{sender}_{PERIOD}.receipt.json"
    assert path.is_file(), sorted(p.name for p in folder.iterdir())
    return path


def _outcome(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return str(data["outcome"])


def _received(capsys: pytest.CaptureFixture[str], db: Path, *receipts: Path) -> list[list[str]]:
    code, out, err = run(capsys, "receipt", "--db", db, *receipts)
    assert code == 0, err
    return [line.split()[1:3] for line in out.splitlines()]


def _history(db: Path) -> list[tuple[str, list[str]]]:
    store = open_store(db, TEST_KEY)
    try:
        return [(e.approval_state, [r.outcome for r in e.receipts]) for e in export_history(store)]
    finally:
        store.close()


def test_district_region_republic_with_a_draft_a_return_and_a_resend(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build_district_a(a).close()
    build_district_b(b).close()
    region = new_store_file(tmp_path / "region.sqlite", REGION, "admin")
    republic = new_store_file(tmp_path / "republic.sqlite", REPUBLIC, "admin")

    # A's draft is refused with a receipt; A reads it, approves and is accepted.
    draft = _export(capsys, a, tmp_path / "a-draft")
    code, _, err = run(capsys, "consolidate", "--db", region, draft)
    assert code == 1 and "not_approved" in err
    refused = _receipt(draft.parent, DISTRICT_A.kato)
    assert _received(capsys, a, refused) == [["refused", REGION.kato]]
    assert run(capsys, "approve", "--db", a, "--period", PERIOD)[0] == 0
    sent_a = _export(capsys, a, tmp_path / "a-usb")
    assert run(capsys, "consolidate", "--db", region, sent_a)[0] == 0
    assert _received(capsys, a, _receipt(sent_a.parent, DISTRICT_A.kato)) == [
        ["accepted", REGION.kato]
    ]

    # B is accepted, then returned with a reason; the region cannot approve without it.
    assert run(capsys, "approve", "--db", b, "--period", PERIOD)[0] == 0
    first_b = _export(capsys, b, tmp_path / "b-usb")
    assert run(capsys, "consolidate", "--db", region, first_b)[0] == 0
    accepted_b = _receipt(first_b.parent, DISTRICT_B.kato)
    back = tmp_path / "b-back"
    back.mkdir()
    code, _, err = run(
        capsys,
        "return", "--db", region, "--sender", DISTRICT_B.kato, "--period", PERIOD,
        "--reason", "A1: бір мектеп жоқ / не хватает одной школы", "--out", back,
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(capsys, "approve", "--db", region, "--period", PERIOD)
    assert code == 1 and DISTRICT_B.kato in err
    assert _received(capsys, b, accepted_b, _receipt(back, DISTRICT_B.kato)) == [
        ["accepted", REGION.kato],
        ["returned", REGION.kato],
    ]

    # B reopens with a reason, adds the missing school, approves and resends: accepted.
    code, _, err = run(capsys, "reopen", "--db", b, "--period", PERIOD, "--reason", "мектеп қосу")
    assert code == 0, err
    store = open_store(b, TEST_KEY)
    try:
        with store.session("admin") as s:
            school = add_object(s, "Мектеп 113420100 №091", kato="113420100")
            add_passport(s, school, 1, PASSPORTED_ON, requires=False)
    finally:
        store.close()
    assert run(capsys, "approve", "--db", b, "--period", PERIOD)[0] == 0
    resent_b = _export(capsys, b, tmp_path / "b-resend")
    code, _, err = run(capsys, "consolidate", "--db", region, resent_b)
    assert code == 0, err
    assert _received(capsys, b, _receipt(resent_b.parent, DISTRICT_B.kato)) == [
        ["accepted", REGION.kato]
    ]
    assert _history(b) == [("approved", ["accepted"]), ("approved", ["accepted", "returned"])]
    assert _history(a) == [("approved", ["accepted"]), ("draft", ["refused"])]

    store = open_store(region, TEST_KEY)
    try:
        data = compute_report(store, parse_period(PERIOD), today=TODAY_AFTER)
    finally:
        store.close()
    rows = {row.kato: row.passported for row in data.a1}
    assert rows[DISTRICT_A.kato] == 10 and rows[DISTRICT_B.kato] == 91  # 90 + the added school

    # The region approves with nothing missing, exports, and the republic accepts it.
    code, out, err = run(capsys, "approve", "--db", region, "--period", PERIOD)
    assert code == 0 and "missing" not in out, err
    sent_region = _export(capsys, region, tmp_path / "region-usb")
    manifest = json.loads(sent_region.read_text(encoding="utf-8"))
    assert manifest["approval"]["state"] == "approved" and manifest["approval"]["missing"] == []
    assert run(capsys, "consolidate", "--db", republic, sent_region)[0] == 0
    receipt = _receipt(sent_region.parent, REGION.kato)
    assert _outcome(receipt) == "accepted"
    assert _received(capsys, region, receipt) == [["accepted", REPUBLIC.kato]]
    assert _history(region) == [("approved", ["accepted"])]
