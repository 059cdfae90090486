"""The audit trail (issue 8): every write of the repositories records who changed which field
from what to what, in the same transaction; personal values only as ciphertext under the
family's key; access events; nothing can edit or delete it."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from models.audit.history import family_history, family_openings, record_history
from models.audit.keys import destroy_family_key
from models.audit.tables import AuditEvent, FamilyKey
from models.cases.dto import SignalDraft, VisitDraft
from models.cases.repository import CaseRepository
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.families.tables import Family
from models.families.validation import CaseContext
from models.objects.context import validation_context
from models.objects.dto import ObjectDraft
from models.objects.repository import ObjectRepository
from models.objects.tables import InfraObject
from models.reference.roles import RoleError
from models.store.base import Principal
from models.store.db import Store
from tests.conftest import TODAY

IIN = "920302403450"
MOTHER = MemberDraft(
    surname="Қасымова",
    given_name="Әлия",
    patronymic="Серікқызы",
    relation="APPLICANT",
    birth_date=date(1992, 3, 2),
    sex="F",
    iin=IIN,
)
FAMILY = FamilyDraft(
    kato="113220100",
    address="Ақкөл қ., Әуезов к-сі, 12",
    phone="+7 701 000 00 00",
    housing_type="RENTED",
    co_detector="no",
    categories=("LOW_INCOME",),
    legal_basis="CONSENT",
    consent_form="WRITTEN",
    consent_date=date(2026, 10, 5),
    consent_recorded_by="aigerim",
    members=(MOTHER,),
)


@pytest.fixture
def families(store: Store) -> FamilyRepository:
    return FamilyRepository(store)


@pytest.fixture
def ctx(families: FamilyRepository) -> CaseContext:
    return families.context(TODAY)


def events(store: Store, **where: object) -> list[AuditEvent]:
    with store.session() as s:
        stmt = select(AuditEvent).filter_by(**where).order_by(AuditEvent.id)
        return list(s.scalars(stmt))


def count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def family_uuid(store: Store, fid: int) -> str:
    with store.session() as s:
        return s.get_one(Family, fid).uuid


def as_role(store: Store, login: str, role: str) -> Store:
    return dataclasses.replace(store, principal=Principal(login, role))


# -- changes ----------------------------------------------------------------------------------


def test_new_family_is_audited_field_by_field_with_personal_values_sealed(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    fam_uuid = family_uuid(store, fid)
    rows = events(store, entity="family", action="insert")
    by_field = {r.field: r for r in rows}
    assert by_field["kato"].new_value == "113220100" and not by_field["kato"].encrypted
    assert by_field["housing_type"].new_value == "RENTED"
    assert by_field["address"].encrypted and by_field["address"].new_value.startswith("v1:")
    assert all(
        (r.login, r.role, r.family_uuid) == ("aigerim", "administrator", fam_uuid) for r in rows
    )
    # The author stamps and derived keys are never audited; empty fields are not recorded.
    assert not {"created_by", "updated_at", "uuid", "id", "heating_type"} & by_field.keys()
    person = {r.field: r for r in events(store, entity="person", action="insert")}
    assert {"iin", "surname", "given_name", "patronymic", "birth_date", "sex"} <= person.keys()
    assert not {"iin_key", "name_fold", "name_key", "given_fold"} & person.keys()
    assert person["iin"].encrypted and person["iin"].family_uuid == fam_uuid
    assert person["sex"].new_value == "F" and not person["sex"].encrypted
    assert [r.new_value for r in events(store, entity="family_category")] == ["LOW_INCOME"]
    # Read back through the history, in clear.
    hist = {(h.entity, h.field): h for h in family_history(store, fam_uuid)}
    assert hist[("family", "address")].new == "Ақкөл қ., Әуезов к-сі, 12"
    assert hist[("person", "iin")].new == IIN
    assert hist[("person", "birth_date")].new == "1992-03-02"
    assert hist[("person", "surname")].new == "Қасымова"


def test_an_update_records_old_and_new_of_each_changed_field_only(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    before = count(store, AuditEvent)
    saved = families.get_family(fid)  # an "open" row
    families.save_family(
        replace(saved, address="Ақкөл қ., Абай к-сі, 1", housing_type="OWN_HOUSE"), ctx, "bolat"
    )
    new = events(store)[before:]
    changes = [r for r in new if r.action == "update"]
    assert sorted((r.entity, r.field) for r in changes) == [
        ("family", "address"),
        ("family", "housing_type"),
    ]
    housing = next(r for r in changes if r.field == "housing_type")
    assert (housing.old_value, housing.new_value, housing.login) == ("RENTED", "OWN_HOUSE", "bolat")
    hist = [h for h in family_history(store, family_uuid(store, fid)) if h.action == "update"]
    address = next(h for h in hist if h.field == "address")
    assert (address.old, address.new) == ("Ақкөл қ., Әуезов к-сі, 12", "Ақкөл қ., Абай к-сі, 1")


def test_personal_values_are_not_in_the_audit_in_clear(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    saved = families.get_family(fid)
    families.save_family(replace(saved, phone="+7 777 123 45 67"), ctx, "aigerim")
    with store.session() as s:
        dump = "\n".join(
            " ".join(str(v) for v in row)
            for row in s.execute(text("SELECT * FROM audit_event")).all()
        )
    assert dump
    for secret in (IIN, "Қасымова", "Әлия", "Әуезов", "701 000", "777 123", "1992-03-02"):
        assert secret not in dump


def test_destroying_the_family_key_leaves_the_rows_without_their_values(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    fam_uuid = family_uuid(store, fid)
    rows_before = count(store, AuditEvent)
    assert count(store, FamilyKey) == 1
    with store.session() as s:
        assert destroy_family_key(s, fam_uuid)
    assert count(store, FamilyKey) == 0
    assert count(store, AuditEvent) == rows_before
    hist = {(h.entity, h.field): h for h in family_history(store, fam_uuid)}
    iin = hist[("person", "iin")]
    assert iin.destroyed and iin.new == "" and iin.login == "aigerim"
    assert hist[("family", "address")].destroyed
    kato = hist[("family", "kato")]
    assert (kato.new, kato.destroyed) == ("113220100", False)


def test_a_rolled_back_write_leaves_no_audit_row(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    before = count(store, AuditEvent)
    with pytest.raises(RuntimeError), store.session("bolat") as s:
        fam = s.get_one(Family, fid)
        fam.housing_type = "OWN_HOUSE"
        s.flush()  # the audit row is written here...
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == before + 1
        raise RuntimeError("power cut")  # ...and rolled back with the write
    assert count(store, AuditEvent) == before


def test_the_store_refuses_to_edit_or_delete_the_audit(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    families.save_family(FAMILY, ctx, "aigerim")
    before = [(r.id, r.field, r.new_value) for r in events(store)]
    for sql in ("UPDATE audit_event SET login = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DatabaseError, match="append-only"), store.session() as s:
            s.execute(text(sql))
    assert [(r.id, r.field, r.new_value) for r in events(store)] == before


def test_object_changes_and_deregistration(store: Store) -> None:
    repo = ObjectRepository(store)
    vctx = validation_context(store, TODAY)
    draft = ObjectDraft(name="№3 мектеп-гимназия", object_type="EDU_SCHOOL", kato="113220100")
    oid = repo.save(draft, vctx, "aigerim")
    with store.session() as s:
        obj_uuid = s.get_one(InfraObject, oid).uuid
    repo.save(replace(repo.get(oid), name="№3 гимназия"), vctx, "bolat")
    hist = record_history(store, "infra_object", obj_uuid)
    assert ("insert", "name", None, "№3 мектеп-гимназия", "aigerim") in [
        (h.action, h.field, h.old, h.new, h.login) for h in hist
    ]
    update = [(h.field, h.old, h.new, h.login) for h in hist if h.action == "update"]
    assert update == [("name", "№3 мектеп-гимназия", "№3 гимназия", "bolat")]
    assert not any(h.encrypted for h in hist)


def test_case_parts_are_in_the_case_history_with_sealed_notes(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    cases = CaseRepository(store)
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(
        SignalDraft(date(2026, 11, 1), "SCHOOL", "Бала сабаққа келмейді"), ctx, "aigerim"
    )
    cases.identify(cid, date(2026, 11, 2), ctx, "aigerim", family_id=fid)
    detail = cases.get_case(cid)
    hist = record_history(store, "family_case", detail.uuid)
    signal = next(h for h in hist if h.field == "signal_description")
    assert signal.encrypted and signal.new == "Бала сабаққа келмейді"
    stage = [(h.old, h.new) for h in hist if h.entity == "family_case" and h.field == "stage"]
    assert stage == [(None, "SIGNAL"), ("SIGNAL", "IDENTIFIED")]
    linked = next(h for h in hist if h.field == "family_id" and h.action == "update")
    assert (linked.old, linked.new) == (None, family_uuid(store, fid))
    assert {h.entity for h in hist} >= {"family_case", "case_event"}
    # Every row of the case is keyed by its family once it has one.
    with store.session() as s:
        raw = s.scalars(select(AuditEvent.old_value).where(AuditEvent.entity == "family_case"))
        assert "Бала сабаққа" not in " ".join(v or "" for v in raw)


def test_a_visit_is_audited_under_its_case(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    cases = CaseRepository(store)
    fid = families.save_family(FAMILY, ctx, "aigerim")
    cid = cases.open_case(SignalDraft(date(2026, 11, 1), "SCHOOL", "сигнал"), ctx, "aigerim")
    cases.identify(cid, date(2026, 11, 2), ctx, "aigerim", family_id=fid)
    cases.add_visit(
        cid,
        VisitDraft(date(2026, 11, 3), "HOME", participants="анасы", findings="Тамақ бар"),
        ctx,
        "aigerim",
    )
    visit = [
        h
        for h in record_history(store, "family_case", cases.get_case(cid).uuid)
        if h.entity == "visit"
    ]
    fields = {h.field: h for h in visit}
    assert fields["kind"].new == "HOME" and not fields["kind"].encrypted
    assert fields["findings"].new == "Тамақ бар" and fields["findings"].encrypted
    assert fields["visit_date"].new == "2026-11-03"


# -- access ----------------------------------------------------------------------------------


def test_opening_a_family_is_recorded_and_listed_for_a_supervisor_only(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    fam_uuid = family_uuid(store, fid)
    FamilyRepository(as_role(store, "aigerim", "specialist")).get_family(fid)
    opened = events(store, action="open")
    assert [(e.login, e.role, e.entity, e.family_uuid) for e in opened] == [
        ("aigerim", "specialist", "family", fam_uuid)
    ]
    seen = family_openings(as_role(store, "sholpan", "supervisor"), fam_uuid)
    assert [(a.login, a.action) for a in seen] == [("aigerim", "open")]
    before = count(store, AuditEvent)
    with pytest.raises(RoleError):
        family_openings(as_role(store, "aigerim", "specialist"), fam_uuid)
    assert count(store, AuditEvent) == before


def test_a_passport_correction_and_its_zones_are_in_the_object_history(store: Store) -> None:
    from models.objects.dto import PassportDraft, ZoneDraft
    from models.objects.tables import CATEGORIES

    repo = ObjectRepository(store)
    vctx = validation_context(store, TODAY)
    oid = repo.save(
        ObjectDraft(name="№3 мектеп", object_type="EDU_SCHOOL", kato="113220100"), vctx, "a"
    )
    full = dict.fromkeys(CATEGORIES, "FULL")
    draft = PassportDraft(
        inspection_date=date(2026, 4, 10),
        passport_date=date(2026, 4, 20),
        number="П-7/2026",
        zones=(ZoneDraft("ENTRANCE", dict(full)),),
        suggested=dict(full),
        statuses=dict.fromkeys(CATEGORIES, "DP_V"),
    )
    pid = repo.save_passport(oid, draft, vctx, "aigerim")
    repo.save_passport(oid, replace(repo.get_passport(pid), number="П-8/2026"), vctx, "bolat")
    with store.session() as s:
        obj_uuid = s.get_one(InfraObject, oid).uuid
    hist = record_history(store, "infra_object", obj_uuid)
    number = [(h.action, h.old, h.new, h.login) for h in hist if h.field == "number"]
    assert number == [
        ("insert", None, "П-7/2026", "aigerim"),
        ("update", "П-7/2026", "П-8/2026", "bolat"),
    ]
    zone = [h.new for h in hist if h.entity == "passport_zone" and h.field == "zone"]
    assert zone[0] == "ENTRANCE"
    status = [h.new for h in hist if h.entity == "passport" and h.field == "status_k"]
    assert status[0] == "DP_V"


def test_a_member_correction_and_an_ended_membership(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(FAMILY, ctx, "aigerim")
    saved = families.get_family(fid)
    mother = saved.members[0]
    families.save_family(
        replace(saved, members=(replace(mother, given_name="Әлима"),)), ctx, "bolat"
    )
    assert mother.person_uuid is not None and mother.membership_id is not None
    person = record_history(store, "person", mother.person_uuid)
    given = [
        (h.action, h.old, h.new, h.login, h.encrypted) for h in person if h.field == "given_name"
    ]
    assert given == [
        ("insert", None, "Әлия", "aigerim", True),
        ("update", "Әлия", "Әлима", "bolat", True),
    ]
    families.end_membership(mother.membership_id, TODAY, "bolat")
    ended = [
        (h.entity, h.old, h.new, h.login)
        for h in family_history(store, family_uuid(store, fid))
        if h.field == "until"
    ]
    assert ended == [("family_member", None, TODAY.isoformat(), "bolat")]
