"""``main.py export`` and ``main.py verify`` (reporting.md §4): exit codes, stdout, stderr.

The figures come from a stand-in ``compute_report`` returning hand-built figures, so these tests
exercise the commands and the package, not the figures module.
"""

from __future__ import annotations

import json
import logging
import sys
import types
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import main
from models.reference.offices import office_of
from models.reporting.dto import QualityIssue, ReportData
from models.reporting.periods import Period
from models.store.db import Store
from tests.conftest import DISTRICT
from tests.exporters.package_samples import district_data, edit_package
from tests.store_templates import new_store_file


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() adds log handlers to the root logger; close them so files are not left open."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[len(before) :]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    new_store_file(path, DISTRICT, "admin")
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


class FakeFigures:
    """Stands in for ``models.reporting.figures``; records its calls."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.calls: list[tuple[Period, date]] = []

    def compute_report(self, store: Store, period: Period, *, today: date) -> ReportData:
        assert office_of(store).kato == DISTRICT.kato
        self.calls.append((period, today))
        return replace(self.data, period=period)


@pytest.fixture
def figures(monkeypatch: pytest.MonkeyPatch) -> FakeFigures:
    fake = FakeFigures(district_data(created_at=None))
    module: Any = types.ModuleType("models.reporting.report")
    module.compute_report = fake.compute_report
    # The export command asks for the figures through the role check of export_report.
    module.export_report = fake.compute_report
    monkeypatch.setitem(sys.modules, "models.reporting.report", module)
    return fake


def _export(db: Path, out: Path, period: str = "2026-H1") -> int:
    return main.main(["export", "--db", str(db), "--period", period, "--out", str(out)])


def test_export_then_verify(
    db: Path, out: Path, figures: FakeFigures, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(db, out) == 0
    printed = capsys.readouterr().out.strip()
    manifest = out / "113200000_2026-H1.manifest.json"
    assert printed == str(manifest)
    assert sorted(p.name for p in out.iterdir()) == [manifest.name, "113200000_2026-H1.xlsx"]
    period, today = figures.calls[0]
    assert period.code == "2026-H1" and today == date.today()
    m = json.loads(manifest.read_text("utf-8"))
    assert m["app_version"] and m["period"] == "2026-H1"

    assert main.main(["verify", str(manifest)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("accepted: 113200000 district Аккольский район")
    assert m["package_id"] in captured.out
    assert captured.err == ""


def test_verify_rejects_with_sheet_row_and_rule(
    db: Path, out: Path, figures: FakeFigures, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(db, out) == 0
    manifest = Path(capsys.readouterr().out.strip())

    def edit(wb: openpyxl.Workbook) -> None:
        wb["A1"]["H7"] = 62.7  # 251 / 400 = 62.75 rounds half-up to 62.8
        wb["B1"]["F7"] = 7

    edit_package(manifest, edit)
    assert main.main(["verify", str(manifest)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("sheet A1, row 7: rule a1_share: share 62.7 should be 62.8")
    assert err[1].startswith("sheet B1, row 7: rule b1_open_at_end: open at end 7 ≠ 5 + 3 − 2")
    assert err[-1].startswith("error: ") and "rejected" in err[-1]


def test_verify_changed_workbook(
    db: Path, out: Path, figures: FakeFigures, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(db, out) == 0
    manifest = Path(capsys.readouterr().out.strip())
    xlsx = out / "113200000_2026-H1.xlsx"
    content = bytearray(xlsx.read_bytes())
    content[100] ^= 0xFF
    xlsx.write_bytes(bytes(content))
    assert main.main(["verify", str(manifest)]) == 1
    assert "workbook: rule workbook_sha256" in capsys.readouterr().err


def test_verify_missing_or_broken_manifest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.manifest.json"
    assert main.main(["verify", str(missing)]) == 1
    assert "manifest: rule manifest_missing" in capsys.readouterr().err
    broken = tmp_path / "broken.manifest.json"
    broken.write_text("{", encoding="utf-8")
    assert main.main(["verify", str(broken)]) == 1
    assert "manifest: rule manifest_unreadable" in capsys.readouterr().err
    assert main.main(["verify", str(tmp_path)]) == 1  # a folder, not a file


def test_verify_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main.main(["verify"])
    assert info.value.code == 2


@pytest.mark.parametrize("period", ["2026-H3", "26", "2026-13", "2026 Q1"])
def test_export_bad_period(
    db: Path, out: Path, figures: FakeFigures, period: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(db, out, period) == 1
    assert "is not a period" in capsys.readouterr().err
    assert list(out.iterdir()) == [] and figures.calls == []


def test_export_without_store(
    tmp_path: Path, out: Path, figures: FakeFigures, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "missing.sqlite"
    assert _export(path, out) == 1
    assert "no Qoldau store" in capsys.readouterr().err
    assert not path.exists() and list(out.iterdir()) == []


def test_export_to_missing_folder(
    db: Path, tmp_path: Path, figures: FakeFigures, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(db, tmp_path / "nowhere") == 1
    assert "is not a folder" in capsys.readouterr().err


def test_export_refused_on_blocking_issues(
    db: Path, out: Path, figures: FakeFigures, capsys: pytest.CaptureFixture[str]
) -> None:
    figures.data = replace(
        figures.data,
        warnings=(
            QualityIssue("case_without_plan", 2),
            QualityIssue("passport_missing_status", 3, blocking=True, detail="objects 4, 9, 12"),
        ),
    )
    assert _export(db, out) == 1
    err = capsys.readouterr().err
    assert "blocking: passport_missing_status (3): objects 4, 9, 12" in err
    assert "export refused" in err
    assert list(out.iterdir()) == []


def test_export_warnings_go_on_the_cover(
    db: Path, out: Path, figures: FakeFigures, capsys: pytest.CaptureFixture[str]
) -> None:
    figures.data = replace(figures.data, warnings=(QualityIssue("case_without_plan", 2),))
    assert _export(db, out) == 0
    assert "warning: case_without_plan (2)" in capsys.readouterr().err
    ws = openpyxl.load_workbook(out / "113200000_2026-H1.xlsx")["Cover"]
    rows = [list(r[:3]) for r in ws.iter_rows(values_only=True)]
    assert ["case_without_plan", "Жоспары жоқ іс / Дело без плана", 2] in rows


def test_export_refused_when_figures_break_a_rule(
    db: Path, out: Path, figures: FakeFigures, capsys: pytest.CaptureFixture[str]
) -> None:
    b1 = figures.data.b1[0]
    figures.data = replace(figures.data, b1=(replace(b1, cases_open_at_end=9),))
    assert _export(db, out) == 1
    err = capsys.readouterr().err
    assert "sheet B1, row 7: rule b1_open_at_end" in err
    assert list(out.iterdir()) == []
