"""Hand-built report figures for the package tests (no figures module involved)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import openpyxl

from models.reference.dto import OfficeDTO
from models.reporting.dto import (
    A1Row,
    A2Row,
    A3Row,
    B1Row,
    CodeCount,
    IncludedPackage,
    QualityIssue,
    ReportData,
)
from models.reporting.periods import parse_period

ALMATY = timezone(timedelta(hours=5))
CREATED = datetime(2026, 7, 3, 10, 15, 0, tzinfo=ALMATY)
PERIOD = parse_period("2026-H1")
REGION = OfficeDTO("110000000", "region", "Ақмола облысы", "Акмолинская область")
DISTRICT_A = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")
DISTRICT_B = OfficeDTO("113400000", "district", "Аршалы ауданы", "Аршалынский район")
OTHER_REGION = OfficeDTO("150000000", "region", "Ақтөбе облысы", "Актюбинская область")
REPUBLIC = OfficeDTO("000000000", "republic", "Қазақстан Республикасы", "Республика Казахстан")
#: A valid IIN (digit 5 is 3: a person) and a valid BIN (digit 5 is 4: a legal entity).
IIN = "850715300122"
BIN = "990540001238"
OBJECT_ID = "3f2b9c1e-5d7a-4e0b-9c41-0a2b3c4d5e6f"


def _a3(i: int, kato: str, adapted: date | None) -> A3Row:
    return A3Row(
        object_id=f"00000000-0000-4000-8000-{i:012x}" if i else OBJECT_ID,
        kato=kato,
        name=f"Мектеп №{i + 1}",
        object_type="EDU_SCHOOL",
        address=f"Абай көшесі, {i + 1}",
        passport_date=date(2026, 2, 1),
        statuses=("DP_V", "DP_I", "DCH_I", "DU", "") if i % 2 else ("VND",) * 5,
        requires_adaptation=adapted is not None or i % 3 == 0,
        adapted_date=adapted,
    )


def region_data(**changes: Any) -> ReportData:
    """A region's package: district A 10/2/1 (90.0) and B 90/60/15 (50.0) -> total 54.0."""
    data = ReportData(
        office=REGION,
        period=PERIOD,
        a1=(
            A1Row("113200000", "Ақкөл ауданы", 14, 12, 10, 2, 1),
            A1Row("113400000", "Аршалы ауданы", 120, 100, 90, 60, 15),
        ),
        a2=(
            A2Row("EDU_SCHOOL", "Мектеп", 60, (40, 35, 30, 20, 10), 40, 10),
            A2Row("HEALTH_CLINIC", "Емхана", 40, (25, 25, 20, 20, 5), 22, 6),
        ),
        a3=(
            _a3(0, "113220100", date(2026, 3, 1)),
            _a3(1, "113420100", None),
            _a3(2, "113220100", None),
        ),
        b1=(
            B1Row("113200000", "Ақкөл ауданы", 5, 3, 2, 6, 10, 2, 30, 12, 1),
            B1Row("113400000", "Аршалы ауданы", 7, 4, 1, 10, 15, 3, 41, 20, 2),
        ),
        b2=(
            CodeCount("VIOLENCE", "Тұрмыстық зорлық-зомбылық", (6, 3)),
            CodeCount("POVERTY", "Кедейлік", (12, 5)),
        ),
        b3=(CodeCount("PSYCH", "Психологиялық көмек", (20,)), CodeCount("LEGAL", "Заң", (12,))),
        b4=(CodeCount("C", "Қанағаттанарлықсыз", (9,)), CodeCount("NONE", "Деңгейсіз", (7,))),
        warnings=(QualityIssue("case_without_plan", 3), QualityIssue("member_without_iin", 2)),
        includes=(
            IncludedPackage(
                "113200000", "11111111-1111-4111-8111-111111111111", CREATED.isoformat()
            ),
            IncludedPackage(
                "113400000", "22222222-2222-4222-8222-222222222222", CREATED.isoformat()
            ),
        ),
        created_at=CREATED,
    )
    return _replace(data, **changes)


def district_data(**changes: Any) -> ReportData:
    """A district's package: 400 passported, 149 requiring, 0 adapted -> 62.75 -> 62.8."""
    data = ReportData(
        office=DISTRICT_A,
        period=PERIOD,
        a1=(A1Row("113200000", "Ақкөл ауданы", 520, 450, 400, 149, 0),),
        a2=(A2Row("EDU_SCHOOL", "Мектеп", 400, (251, 251, 200, 100, 50), 149, 0),),
        a3=(_a3(0, "113220100", None), _a3(1, "113220200", None)),
        b1=(B1Row("113200000", "Ақкөл ауданы", 5, 3, 2, 6, 10, 2, 30, 12, 1),),
        b2=(CodeCount("VIOLENCE", "Тұрмыстық зорлық-зомбылық", (6, 3)),),
        b3=(CodeCount("PSYCH", "Психологиялық көмек", (12,)),),
        b4=(CodeCount("NONE", "Деңгейсіз", (6,)),),
        created_at=CREATED,
    )
    return _replace(data, **changes)


def zero_data(**changes: Any) -> ReportData:
    """A district's figures with a row on every sheet but A3 and every count zero (issue 7.8)."""
    name = DISTRICT_A.name_kk
    data = ReportData(
        office=DISTRICT_A,
        period=PERIOD,
        a1=(A1Row(DISTRICT_A.kato, name, 0, 0, 0, 0, 0),),
        a2=(A2Row("EDU_SCHOOL", "Мектеп", 0, (0, 0, 0, 0, 0), 0, 0),),
        a3=(),
        b1=(B1Row(DISTRICT_A.kato, name, 0, 0, 0, 0, 0, 0, 0, 0, 0),),
        b2=(CodeCount("VIOLENCE", "Тұрмыстық зорлық-зомбылық", (0, 0)),),
        b3=(CodeCount("PSYCH", "Психологиялық көмек", (0,)),),
        b4=(CodeCount("NONE", "Деңгейсіз", (0,)),),
        created_at=CREATED,
    )
    return _replace(data, **changes)


def _replace(data: ReportData, **changes: Any) -> ReportData:
    from dataclasses import replace

    return replace(data, **changes) if changes else data


def edit_package(manifest: Path, edit: Callable[[openpyxl.Workbook], None]) -> None:
    """Change the workbook with openpyxl and re-hash it in the manifest (a careful forger)."""
    m = json.loads(manifest.read_text(encoding="utf-8"))
    path = manifest.parent / m["workbook"]["file"]
    wb = openpyxl.load_workbook(path)
    edit(wb)
    wb.save(path)
    rehash(manifest)


def rehash(manifest: Path) -> None:
    """Write the workbook's current hash and size into the manifest."""
    m = json.loads(manifest.read_text(encoding="utf-8"))
    content = (manifest.parent / m["workbook"]["file"]).read_bytes()
    m["workbook"]["sha256"] = hashlib.sha256(content).hexdigest()
    m["workbook"]["bytes"] = len(content)
    manifest.write_text(json.dumps(m, ensure_ascii=False), encoding="utf-8")


def edit_manifest(manifest: Path, **changes: Any) -> None:
    """Change top-level keys of a manifest."""
    m = json.loads(manifest.read_text(encoding="utf-8"))
    m.update(changes)
    manifest.write_text(json.dumps(m, ensure_ascii=False), encoding="utf-8")
