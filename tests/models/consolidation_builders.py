"""Hand-built district stores for the consolidation round trips (small numbers added by hand).

District A (Akkol, 113200000), period 2026-H1:
  A1  12 objects, 12 subject, 10 passported, 2 requiring, 1 adapted -> (10-2+1)/10 = 90.0
  B1  start 0, opened 3, closed 1, end 2, children 2 (1 disabled), visits 1, services 2 MEDICAL,
      overdue 0; B2 NEGLECT (1 open, 1 opened); B4 NONE 1
District B (Arshaly, 113400000):
  A1  95 objects, 93 subject, 90 passported, 60 requiring, 15 adapted -> (90-60+15)/90 = 50.0
  B1  start 2, opened 4, closed 2, end 4, children 0, visits 2, services 3 (1 MEDICAL,
      2 SOCIAL), overdue 1; B2 NEGLECT (1, 1), ORPHANHOOD (1, 1)
Region: 107/105/100/62/16 -> (100-62+16)/100 = 54.0 (the average of shares would be 70.0);
  B1 2/7/3/6, children 2 (1), visits 3, services 5, overdue 1.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from exporters.package import write_package
from models.reference.dto import OfficeDTO
from models.reporting.periods import parse_period
from models.reporting.report import compute_report
from models.store.db import Store
from tests.models.report_builders import (
    CLOSED,
    add_case,
    add_family,
    add_member,
    add_object,
    add_passport,
    add_risk,
    add_service,
    add_visit,
)
from tests.store_templates import new_store

ALMATY = timezone(timedelta(hours=5))
PERIOD = parse_period("2026-H1")
TODAY = date(2026, 11, 20)
T1 = datetime(2026, 7, 3, 10, 0, tzinfo=ALMATY)
DISTRICT_A = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")
DISTRICT_B = OfficeDTO("113400000", "district", "Аршалы ауданы", "Аршалынский район")
REGION = OfficeDTO("110000000", "region", "Ақмола облысы", "Акмолинская область")
REPUBLIC = OfficeDTO("000000000", "republic", "Қазақстан Республикасы", "Республика Казахстан")
#: A district of Aktobe region: not a sub-office of Akmola.
FOREIGN_DISTRICT = OfficeDTO("151200000", "district", "Әйтеке би ауданы", "Айтекебийский район")

PASSPORTED_ON = date(2026, 2, 10)
ADAPTED_ON = date(2026, 5, 20)


def add_objects(
    s: object, kato: str, *, passported: int, requiring: int, adapted: int, extra: int = 0
) -> None:
    """Add ``passported`` objects (the first ``requiring`` need adaptation, of which the first
    ``adapted`` were adapted) and ``extra`` subject objects without a passport."""
    for i in range(passported):
        o = add_object(s, f"Мектеп {kato} №{i + 1:03d}", kato=kato)  # type: ignore[arg-type]
        add_passport(
            s,  # type: ignore[arg-type]
            o,
            1,
            PASSPORTED_ON,
            requires=i < requiring,
            adapted=ADAPTED_ON if i < adapted else None,
        )
    for i in range(extra):
        add_object(s, f"Аурухана {kato} №{i + 1:03d}", kato=kato, object_type="HEALTH_HOSPITAL")  # type: ignore[arg-type]


def build_district_a(path: Path) -> Store:
    """District A with the figures of the module docstring."""
    store = new_store(path, DISTRICT_A, "admin")
    with store.session("admin") as s:
        add_objects(s, "113220100", passported=10, requiring=2, adapted=1, extra=2)
        family = add_family(s)
        add_member(s, family, date(2015, 3, 1), disability="GROUP_3")
        add_member(s, family, date(2018, 3, 1))
        c1 = add_case(s, date(2026, 2, 1), family=family)
        add_risk(s, c1, "NEGLECT")
        add_visit(s, c1, date(2026, 2, 5))
        add_service(s, c1, date(2026, 2, 6))
        add_service(s, c1, date(2026, 3, 6))
        add_case(s, date(2026, 3, 1), steps=((CLOSED, date(2026, 4, 1), "GOALS_ACHIEVED"),))
        add_case(s, date(2026, 5, 1))
    return store


def build_district_b(path: Path) -> Store:
    """District B with the figures of the module docstring."""
    store = new_store(path, DISTRICT_B, "admin")
    with store.session("admin") as s:
        add_objects(s, "113420100", passported=90, requiring=60, adapted=15, extra=3)
        for i in range(2):
            add_object(s, f"Жабық ғимарат {i}", kato="113420100", subject=False)
        b1 = add_case(s, date(2025, 10, 1))
        add_case(s, date(2025, 10, 1))
        add_visit(s, b1, date(2026, 3, 1), next_due=date(2026, 4, 1))
        add_service(s, b1, date(2026, 3, 2))
        closing = ((CLOSED, date(2026, 6, 1), "GOALS_ACHIEVED"),)
        b3 = add_case(s, date(2026, 2, 15), steps=closing)
        add_case(s, date(2026, 2, 15), steps=closing)
        b5 = add_case(s, date(2026, 2, 15))
        b6 = add_case(s, date(2026, 2, 15))
        add_visit(s, b3, date(2026, 2, 20))
        add_service(s, b5, date(2026, 3, 1), "SOCIAL")
        add_service(s, b6, date(2026, 3, 1), "SOCIAL")
        add_risk(s, b5, "NEGLECT")
        add_risk(s, b6, "ORPHANHOOD")
    return store


def export(store: Store, out: Path, created_at: datetime = T1) -> Path:
    """Export the 2026-H1 package of ``store`` into ``out`` (created) and return its manifest."""
    out.mkdir(parents=True, exist_ok=True)
    data = compute_report(store, PERIOD, today=TODAY)
    assert not [w for w in data.warnings if w.blocking], data.warnings
    return write_package(
        replace(data, created_at=created_at),
        out,
        app_version="test",
        approval=approved(PERIOD.code),
    )


def approved(period: str, by: str = "admin") -> dict[str, object]:
    """The manifest's ``approval`` of a package whose office approved ``period`` (reporting.md
    §6.2): a region consolidates approved packages only, drafts are refused (``not_approved``)."""
    return {
        "state": "approved",
        "period": period,
        "by": by,
        "role": "supervisor",
        "at": "2026-07-01T09:00:00+05:00",
        "missing": [],
    }
