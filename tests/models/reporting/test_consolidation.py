"""Receiving and consolidating packages (reporting.md §2.2 Consolidation, §2.3), through the API.

Round trip on one machine: two hand-built district stores -> region -> republic, with the
hand-computed totals of ``tests/models/consolidation_builders.py`` checked at every level.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import astuple, replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from exporters.package import total_row
from exporters.package_layout import A1, B1
from exporters.package_read import read_package
from exporters.package_receive import load_incoming, plan_package, receive_package
from exporters.package_verify import verify_package
from models.reporting import consolidation as cons
from models.reporting.consolidation import (
    ALREADY_RECEIVED,
    NOT_CONFIRMED,
    NOT_NEWER,
    NOT_SUB_OFFICE,
    VERIFICATION,
    completeness,
    current_packages,
    expected_sub_offices,
    history,
    plan_receipt,
    receive,
    set_expected_districts,
)
from models.reporting.dto import A1Row, B1Row, ReportData
from models.reporting.received import (
    CURRENT,
    REPLACED,
    ReceivedCodeRow,
    ReceivedObject,
    ReceivedPackage,
    ReceivedUnitRow,
)
from models.reporting.report import compute_report
from models.store.db import Store
from tests.exporters.package_samples import edit_package
from tests.models.consolidation_builders import (
    DISTRICT_A,
    DISTRICT_B,
    FOREIGN_DISTRICT,
    PERIOD,
    REGION,
    REPUBLIC,
    T1,
    TODAY,
    add_objects,
    build_district_a,
    build_district_b,
    export,
)
from tests.store_templates import new_store

A_A1 = (12, 12, 10, 2, 1)
B_A1 = (95, 93, 90, 60, 15)
REGION_A1 = (107, 105, 100, 62, 16)
A_B1 = (0, 3, 1, 2, 2, 1, 1, 2, 0)
B_B1 = (2, 4, 2, 4, 0, 0, 2, 3, 1)
REGION_B1 = (2, 7, 3, 6, 2, 1, 3, 5, 1)


def counts(row: A1Row | B1Row) -> tuple[int, ...]:
    return tuple(astuple(row)[2:])


def a1_total(data: ReportData) -> list[object]:
    rows = [[r.kato, r.name, *counts(r), None] for r in data.a1]
    return total_row(A1, rows, data.office.kato)


def b1_total(data: ReportData) -> tuple[int, ...]:
    rows = [[r.kato, r.name, *counts(r)] for r in data.b1]
    return tuple(total_row(B1, rows, data.office.kato)[2:])


def assert_b1_identity(data: ReportData) -> None:
    for r in data.b1:
        assert r.cases_open_at_start + r.cases_opened - r.cases_closed == r.cases_open_at_end
    start, opened, closed, end = b1_total(data)[:4]
    assert start + opened - closed == end


def stored_rows(store: Store) -> tuple[int, ...]:
    with store.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (ReceivedPackage, ReceivedUnitRow, ReceivedCodeRow, ReceivedObject)
        )


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[dict[str, Store]]:
    stores = {
        "a": build_district_a(tmp_path / "a.sqlite"),
        "b": build_district_b(tmp_path / "b.sqlite"),
        "region": new_store(tmp_path / "region.sqlite", REGION, "oblast"),
        "republic": new_store(tmp_path / "republic.sqlite", REPUBLIC, "ministry"),
    }
    yield stores
    for s in stores.values():
        s.close()


@pytest.fixture
def packages(offices: dict[str, Store], tmp_path: Path) -> dict[str, Path]:
    return {
        "a": export(offices["a"], tmp_path / "out" / "a"),
        "b": export(offices["b"], tmp_path / "out" / "b"),
    }


def test_district_figures_are_the_hand_computed_ones(offices: dict[str, Store]) -> None:
    a = compute_report(offices["a"], PERIOD, today=TODAY)
    b = compute_report(offices["b"], PERIOD, today=TODAY)
    assert [counts(r) for r in a.a1] == [A_A1]
    assert [counts(r) for r in b.a1] == [B_A1]
    assert [counts(r) for r in a.b1] == [A_B1]
    assert [counts(r) for r in b.b1] == [B_B1]


def test_round_trip_district_region_republic(
    offices: dict[str, Store], packages: dict[str, Path], tmp_path: Path
) -> None:
    region, republic = offices["region"], offices["republic"]
    # Dry run first: sender, period, figures; nothing written.
    plan = plan_package(region, packages["a"])
    assert plan.acceptable and not plan.needs_confirmation and plan.refusal is None
    assert plan.sender == DISTRICT_A and plan.period == "2026-H1"
    assert plan.summary is not None
    assert (plan.summary.passported, plan.summary.requiring_adaptation) == (10, 2)
    assert plan.summary.accessible_share_pct == Decimal("90.0")
    assert plan.summary.a3_objects == 10 and plan.replaces is None
    assert stored_rows(region) == (0, 0, 0, 0)

    for key in ("a", "b"):
        result = receive_package(region, packages[key], user="oblast", confirm_replace=False)
        assert result.imported and result.refusal is None
        assert result.record is not None and result.record.received_by == "oblast"

    data = compute_report(region, PERIOD, today=TODAY)
    # One unit row per district (its total), no own row: the region has no own records.
    assert [(r.kato, r.name, counts(r)) for r in data.a1] == [
        (DISTRICT_A.kato, DISTRICT_A.name_kk, A_A1),
        (DISTRICT_B.kato, DISTRICT_B.name_kk, B_A1),
    ]
    total = a1_total(data)
    assert tuple(total[2:7]) == REGION_A1
    assert total[7] == Decimal("54.0")  # recomputed from sums; the average would be 70.0
    assert [counts(r) for r in data.b1] == [A_B1, B_B1]
    assert b1_total(data) == REGION_B1
    assert_b1_identity(data)
    school = next(r for r in data.a2 if r.object_type == "EDU_SCHOOL")
    assert (school.passported, school.requiring_adaptation, school.adapted) == (100, 62, 16)
    assert school.accessible == (100,) * 5
    assert len(data.a3) == 100
    assert sum(r.requires_adaptation for r in data.a3) == 62
    b2 = {r.code: r.counts for r in data.b2}
    assert b2["NEGLECT"] == (2, 2) and b2["ORPHANHOOD"] == (1, 1)
    b3 = {r.code: r.counts for r in data.b3}
    assert b3["MEDICAL"] == (3,) and b3["SOCIAL"] == (2,)
    assert data.b4[-1].code == "NONE" and data.b4[-1].counts == (1,)
    ids = {k: json.loads(p.read_text(encoding="utf-8"))["package_id"] for k, p in packages.items()}
    assert [(i.kato, i.package_id) for i in data.includes] == [
        (DISTRICT_A.kato, ids["a"]),
        (DISTRICT_B.kato, ids["b"]),
    ]
    assert not [w for w in data.warnings if w.blocking]

    region_pkg = export(region, tmp_path / "out" / "region", created_at=T1 + timedelta(days=1))
    verdict = verify_package(region_pkg, receiver=REPUBLIC)
    assert verdict.ok, [p.as_text() for p in verdict.problems]
    assert verdict.manifest is not None
    assert [i["package_id"] for i in verdict.manifest["includes"]] == [ids["a"], ids["b"]]

    result = receive_package(republic, region_pkg, user="ministry", confirm_replace=False)
    assert result.imported
    top = compute_report(republic, PERIOD, today=TODAY)
    assert [(r.kato, counts(r)) for r in top.a1] == [(REGION.kato, REGION_A1)]
    assert a1_total(top)[7] == Decimal("54.0")
    assert [counts(r) for r in top.b1] == [REGION_B1]
    assert_b1_identity(top)
    assert len(top.a3) == 100
    assert [i.kato for i in top.includes] == [REGION.kato]

    republic_pkg = export(republic, tmp_path / "out" / "republic", T1 + timedelta(days=2))
    back = read_package(republic_pkg)
    assert back.data is not None and not back.problems
    assert [counts(r) for r in back.data.a1] == [REGION_A1]
    assert [counts(r) for r in back.data.b1] == [REGION_B1]
    assert len(back.data.a3) == 100


def test_region_with_own_records_adds_its_own_row(
    offices: dict[str, Store], packages: dict[str, Path]
) -> None:
    region = offices["region"]
    with region.session() as s:
        add_objects(s, "110000000", passported=4, requiring=4, adapted=0)
    receive_package(region, packages["a"], user="oblast", confirm_replace=False)
    data = compute_report(region, PERIOD, today=TODAY)
    assert [(r.kato, counts(r)) for r in data.a1] == [
        (REGION.kato, (4, 4, 4, 4, 0)),
        (DISTRICT_A.kato, A_A1),
    ]
    # The region has no cases of its own: B1 holds only the district.
    assert [r.kato for r in data.b1] == [DISTRICT_A.kato]
    total = a1_total(data)
    assert total[7] == Decimal("64.3")  # (14 - 6 + 1) / 14 = 64.29
    assert len(data.a3) == 14


def test_without_packages_the_office_reports_its_own_row(offices: dict[str, Store]) -> None:
    data = compute_report(offices["region"], PERIOD, today=TODAY)
    assert [(r.kato, counts(r)) for r in data.a1] == [(REGION.kato, (0, 0, 0, 0, 0))]
    assert data.includes == ()


def test_replacement_needs_a_newer_package_and_confirmation(
    offices: dict[str, Store], packages: dict[str, Path], tmp_path: Path
) -> None:
    region = offices["region"]
    for key in ("a", "b"):
        receive_package(region, packages[key], user="oblast", confirm_replace=False)
    old_id = json.loads(packages["a"].read_text(encoding="utf-8"))["package_id"]
    # District A passports one more object and re-exports a day later.
    with offices["a"].session() as s:
        add_objects(s, "113220199", passported=1, requiring=0, adapted=0)
    newer = export(offices["a"], tmp_path / "out" / "a2", created_at=T1 + timedelta(days=1))
    incoming = load_incoming(newer, receiver=REGION)
    plan = plan_receipt(region, incoming)
    assert plan.acceptable and plan.needs_confirmation
    assert plan.replaces is not None and plan.replaces.package_id == old_id

    before = stored_rows(region)
    refused = receive(region, incoming, user="oblast", confirm_replace=False)
    assert not refused.imported and refused.refusal == NOT_CONFIRMED
    assert stored_rows(region) == before

    done = receive(region, incoming, user="oblast", confirm_replace=True)
    assert done.imported and done.plan.replaces is not None
    data = compute_report(region, PERIOD, today=TODAY)
    assert [counts(r) for r in data.a1] == [(13, 13, 11, 2, 1), B_A1]
    assert len(data.a3) == 101

    kept = history(region)
    assert len(kept) == 3
    old = next(h for h in kept if h.package_id == old_id)
    assert old.status == REPLACED and old.replaced_by == plan.package_id
    assert sum(h.status == CURRENT for h in kept) == 2
    assert [h.package_id for h in current_packages(region, "2026-H1")] == [
        plan.package_id,
        json.loads(packages["b"].read_text(encoding="utf-8"))["package_id"],
    ]

    # The same package twice, an older one, and one of the same moment are refused.
    assert plan_package(region, newer).refusal == ALREADY_RECEIVED
    assert plan_package(region, packages["a"]).refusal == ALREADY_RECEIVED
    older = export(offices["a"], tmp_path / "out" / "a0", created_at=T1 - timedelta(days=1))
    same_time = export(offices["a"], tmp_path / "out" / "a1", created_at=T1 + timedelta(days=1))
    rows = stored_rows(region)
    for path in (older, same_time):
        result = receive_package(region, path, user="oblast", confirm_replace=True)
        assert not result.imported and result.refusal == NOT_NEWER
    assert stored_rows(region) == rows

    row_a = next(r for r in completeness(region, PERIOD) if r.office.kato == DISTRICT_A.kato)
    assert row_a.sent and row_a.current is not None
    assert row_a.current.package_id == plan.package_id
    assert [h.package_id for h in row_a.replaced] == [old_id]


def test_package_of_another_regions_district_is_refused(
    offices: dict[str, Store], tmp_path: Path
) -> None:
    region = offices["region"]
    foreign = new_store(tmp_path / "foreign.sqlite", FOREIGN_DISTRICT, "admin")
    try:
        path = export(foreign, tmp_path / "out" / "foreign")
    finally:
        foreign.close()
    plan = plan_package(region, path)
    assert plan.refusal == NOT_SUB_OFFICE
    result = receive_package(region, path, user="oblast", confirm_replace=True)
    assert not result.imported and result.refusal == NOT_SUB_OFFICE
    assert stored_rows(region) == (0, 0, 0, 0)
    # A district's package is not for the republic either.
    republic = offices["republic"]
    assert plan_package(republic, path).refusal == NOT_SUB_OFFICE


def test_tampered_package_is_refused_and_nothing_imported(
    offices: dict[str, Store], packages: dict[str, Path]
) -> None:
    region = offices["region"]
    receive_package(region, packages["b"], user="oblast", confirm_replace=False)
    before = stored_rows(region)
    workbook = packages["a"].with_suffix("").with_suffix(".xlsx")
    workbook.write_bytes(workbook.read_bytes() + b"\0")
    result = receive_package(region, packages["a"], user="oblast", confirm_replace=False)
    assert not result.imported and result.refusal == VERIFICATION
    assert {p.rule for p in result.plan.problems} >= {"workbook_sha256", "workbook_size"}
    assert stored_rows(region) == before


def test_forged_figures_breaking_a_rule_are_refused(
    offices: dict[str, Store], packages: dict[str, Path]
) -> None:
    def inflate(wb: object) -> None:
        ws = wb["A1"]  # type: ignore[index]
        ws.cell(row=7, column=7).value = 9  # adapted 9 > requiring 2

    edit_package(packages["a"], inflate)
    result = receive_package(offices["region"], packages["a"], user="oblast", confirm_replace=False)
    assert result.refusal == VERIFICATION
    assert "a1_adaptation_order" in {p.rule for p in result.plan.problems}
    assert stored_rows(offices["region"]) == (0, 0, 0, 0)


def test_receipt_is_all_or_nothing(
    offices: dict[str, Store], packages: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    region = offices["region"]
    real = cons._object_rows

    def failing(ref: int, data: ReportData) -> Iterator[dict[str, object]]:
        rows = real(ref, data)
        yield next(rows)
        raise OSError("disk full")

    monkeypatch.setattr(cons, "_object_rows", failing)
    with pytest.raises(OSError, match="disk full"):
        receive_package(region, packages["a"], user="oblast", confirm_replace=False)
    assert stored_rows(region) == (0, 0, 0, 0)


def test_a3_of_many_objects_is_stored_in_bulk(
    offices: dict[str, Store], packages: dict[str, Path], tmp_path: Path
) -> None:
    region = offices["region"]
    incoming = load_incoming(packages["a"], receiver=REGION)
    assert incoming.data is not None
    many = tuple(
        replace(incoming.data.a3[0], object_id=f"00000000-0000-4000-8000-{i:012x}")
        for i in range(12_001)
    )
    big = replace(incoming, data=replace(incoming.data, a3=many))
    assert receive(region, big, user="oblast", confirm_replace=False).imported
    with region.session() as s:
        assert s.scalar(select(func.count()).select_from(ReceivedObject)) == 12_001
        authors = set(s.scalars(select(ReceivedObject.created_by).distinct()))
    assert authors == {"oblast"}


def test_history_and_completeness_at_region_and_republic(
    offices: dict[str, Store], packages: dict[str, Path], tmp_path: Path
) -> None:
    region, republic = offices["region"], offices["republic"]
    receive_package(region, packages["a"], user="oblast", confirm_replace=False)
    set_expected_districts(region, ["113400000", "113600000"], user="oblast")
    assert [o.kato for o in expected_sub_offices(region)] == [
        "113200000",
        "113400000",
        "113600000",
    ]
    rows = {r.office.kato: r for r in completeness(region, "2026-H1")}
    assert rows["113200000"].sent and rows["113200000"].office.name_kk == DISTRICT_A.name_kk
    assert not rows["113400000"].sent and rows["113400000"].current is None
    assert not rows["113600000"].sent
    # Another period: nobody has sent.
    assert not any(r.sent for r in completeness(region, "2026-H2"))
    with pytest.raises(ValueError, match="151200000"):
        set_expected_districts(region, ["151200000"], user="oblast")

    (held,) = history(region)
    assert held.sender == DISTRICT_A and held.status == CURRENT and held.received_by == "oblast"
    assert held.created_at == T1

    region_pkg = export(region, tmp_path / "out" / "region", created_at=T1 + timedelta(days=1))
    receive_package(republic, region_pkg, user="ministry", confirm_replace=False)
    top = completeness(republic, PERIOD)
    assert len(top) == 20
    assert [r.office.kato for r in top if r.sent] == [REGION.kato]
    assert all(r.office.kato.endswith("0000000") for r in top)
