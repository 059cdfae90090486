"""Access events of the audit trail (issue 8): printing a case summary and exporting a package
are recorded by the calls the GUI and the command line use; receiving a package is audited
through the ORM hook like any other write."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from exporters.package_export import export_package
from exporters.package_receive import receive_package
from models.audit.history import family_openings
from models.audit.tables import AuditEvent
from models.cases.dto import SignalDraft
from models.cases.printing import record_summary_print
from models.cases.repository import CaseRepository
from models.families.repository import FamilyRepository
from models.reference.roles import RoleError
from models.reporting.approval import approve
from models.reporting.report import compute_report
from models.store.base import Principal
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.audit.test_audit_trail import FAMILY
from tests.models.consolidation_builders import PERIOD, REGION, build_district_a
from tests.store_templates import new_store


def events(store: Store, *actions: str) -> list[AuditEvent]:
    with store.session() as s:
        stmt = select(AuditEvent).where(AuditEvent.action.in_(actions)).order_by(AuditEvent.id)
        return list(s.scalars(stmt))


def test_printing_a_case_summary_is_recorded(store: Store) -> None:
    store = dataclasses.replace(store, principal=Principal("admin", "administrator"))
    families, cases = FamilyRepository(store), CaseRepository(store)
    ctx = families.context(TODAY)
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(SignalDraft(date(2026, 11, 1), "SCHOOL", "сигнал"), ctx, "admin")
    cases.identify(cid, date(2026, 11, 2), ctx, "admin", family_id=fid)
    detail = cases.get_case(cid)
    fam_uuid = families.get_family(fid).uuid
    assert fam_uuid is not None
    record_summary_print(store, cid)
    printed = events(store, "print")
    assert [(e.login, e.entity, e.entity_uuid, e.family_uuid, e.note) for e in printed] == [
        ("admin", "case_summary", detail.uuid, fam_uuid, detail.number)
    ]
    # Who opened the family: the opening and the printing, newest first.
    assert [a.action for a in family_openings(store, fam_uuid)] == ["print", "open"]
    # A specialist who is not the case's worker may not print it: nothing recorded.
    other = dataclasses.replace(store, principal=Principal("bolat", "specialist"))
    with pytest.raises(RoleError):
        record_summary_print(other, cid)
    assert len(events(store, "print")) == 1


def test_exporting_a_package_is_recorded(tmp_path: Path) -> None:
    store = build_district_a(tmp_path / "a.sqlite")
    try:
        out = tmp_path / "out"
        out.mkdir()
        data = compute_report(store, PERIOD, today=TODAY)
        manifest = export_package(store, data, out, app_version="test", user="aigerim")
        exported = events(store, "export")
        assert len(exported) == 1
        e = exported[0]
        assert (e.entity, e.note, e.family_uuid) == ("package", PERIOD.code, None)
        assert e.entity_uuid and e.entity_uuid in manifest.read_text(encoding="utf-8")
    finally:
        store.close()


def test_receiving_a_package_is_audited(tmp_path: Path) -> None:
    district = build_district_a(tmp_path / "a.sqlite")
    region = new_store(tmp_path / "region.sqlite", REGION, "oblast")
    try:
        out = tmp_path / "out"
        out.mkdir()
        approve(district, PERIOD, today=TODAY)  # only approved packages are consolidated
        data = compute_report(district, PERIOD, today=TODAY)
        manifest = export_package(district, data, out, app_version="test")
        with region.session() as s:
            before = s.scalar(select(func.count()).select_from(AuditEvent))
        result = receive_package(region, manifest, user="oblast", confirm_replace=False)
        assert result.imported, result.refusal
        with region.session() as s:
            rows = list(s.scalars(select(AuditEvent).where(AuditEvent.id > (before or 0))))
        received = [r for r in rows if r.entity == "received_package"]
        assert {r.action for r in received} == {"insert"}
        fields = {r.field: r.new_value for r in received}
        assert fields["sender_kato"] == data.office.kato and fields["period"] == PERIOD.code
        assert {r.login for r in received} == {"oblast"}
        assert "manifest_json" not in fields
    finally:
        district.close()
        region.close()
