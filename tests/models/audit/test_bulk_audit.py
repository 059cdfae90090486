"""The bulk paths write the audit through models/audit/record.py (issue 8): a registry import
records one compact row per new object or passport and one row per changed field, in the
import's transaction; the history reads them back field by field."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select, text

from models.audit.history import family_history, record_history
from models.audit.tables import AuditEvent
from models.demo.load import add_demo_data
from models.families.tables import Person
from models.objects.registry.store import RegistryRow, upsert_registry
from models.objects.tables import InfraObject, Passport
from models.store.db import Store
from tests.conftest import TODAY

STATUSES = ("DP_V", "DP_I", "DCH_V", "DU", "VND")


def row(
    n: int, name: str, passport_date: date | None, statuses: tuple[str, ...] = STATUSES
) -> RegistryRow:
    return RegistryRow(
        row=n + 1,
        object_ref=f"R{n}",
        kato="113220100",
        name=name,
        object_type="EDU_SCHOOL",
        address=f"Абай к-сі, {n}",
        subject_to_passportization=True,
        passport_date=passport_date,
        statuses=statuses if passport_date else ("",) * 5,
        requires_adaptation=False,
        adapted_date=None,
        registered_date=None,
    )


def audit(store: Store) -> list[AuditEvent]:
    with store.session() as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def test_registry_import_writes_its_audit(store: Store) -> None:
    upsert_registry(
        store,
        [row(1, "№1 мектеп", date(2024, 3, 1)), row(2, "№2 мектеп", None)],
        user="importer",
        today=TODAY,
    )
    rows = audit(store)
    assert [(r.action, r.entity, r.field, r.login) for r in rows] == [
        ("insert", "infra_object", "*", "importer"),
        ("insert", "infra_object", "*", "importer"),
        ("insert", "passport", "*", "importer"),
    ]
    with store.session() as s:
        first = s.scalars(select(InfraObject).where(InfraObject.object_ref == "R1")).one()
        passport = s.scalars(select(Passport).where(Passport.object_id == first.id)).one()
        obj_uuid, passport_uuid = first.uuid, passport.uuid
    obj_row = next(r for r in rows if r.entity_uuid == obj_uuid)
    assert json.loads(obj_row.new_value or "")["name"] == "№1 мектеп"
    assert not obj_row.encrypted
    pas_row = rows[2]
    assert (pas_row.entity_uuid, pas_row.note) == (passport_uuid, f"infra_object:{obj_uuid}")
    assert json.loads(pas_row.new_value or "")["status_g"] == "DU"

    # The same file with a new name and a passport corrected in place: per-field rows.
    before = len(rows)
    upsert_registry(
        store,
        [row(1, "№1 гимназия", date(2024, 3, 1), ("DP_V", "DP_V", "DCH_V", "DU", "VND"))],
        user="second",
        today=TODAY,
    )
    new = audit(store)[before:]
    assert sorted(
        (r.action, r.entity, r.field, r.old_value, r.new_value, r.login) for r in new
    ) == [
        ("update", "infra_object", "name", "№1 мектеп", "№1 гимназия", "second"),
        ("update", "passport", "status_o", "DP_I", "DP_V", "second"),
    ]
    # The object's history lists its passport too, and the compact row field by field.
    hist = [
        (h.action, h.entity, h.field, h.old, h.new)
        for h in record_history(store, "infra_object", obj_uuid)
    ]
    assert ("insert", "infra_object", "name", None, "№1 мектеп") in hist
    assert ("insert", "passport", "passport_date", None, "2024-03-01") in hist
    assert ("update", "passport", "status_o", "DP_I", "DP_V") in hist
    assert ("update", "infra_object", "name", "№1 мектеп", "№1 гимназия") in hist


def test_an_unchanged_reimport_writes_no_audit(store: Store) -> None:
    rows = [row(1, "№1 мектеп", date(2024, 3, 1))]
    upsert_registry(store, rows, user="importer", today=TODAY)
    before = len(audit(store))
    upsert_registry(store, rows, user="importer", today=TODAY)
    assert len(audit(store)) == before


def test_demo_data_writes_its_audit_with_personal_values_sealed(store: Store) -> None:
    add_demo_data(store, objects=4, families=8, seed=3, today=TODAY, user="trainer")
    with store.session() as s:
        counts = {
            table: s.scalar(text(f"SELECT count(*) FROM {table}"))  # noqa: S608
            for table in ("infra_object", "passport", "family", "person", "family_case", "visit")
        }
        audited = dict(
            s.execute(
                select(AuditEvent.entity, func.count())
                .where(AuditEvent.action == "insert")
                .group_by(AuditEvent.entity)
            ).all()
        )
        person = s.execute(select(Person.uuid, Person.iin, Person.surname)).first()
        assert person is not None
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.entity_uuid == person.uuid)))
        dump = " ".join(str(v) for v in s.scalars(select(AuditEvent.new_value)))
    for table, n in counts.items():
        assert audited.get(table, 0) == n, table
    assert [(r.login, r.field, r.encrypted) for r in rows] == [("trainer", "*", True)]
    assert person.surname not in dump and (not person.iin or person.iin not in dump)
    fam = rows[0].family_uuid
    assert fam is not None
    hist = {(h.entity_uuid, h.field): h.new for h in family_history(store, fam)}
    assert hist[(person.uuid, "surname")] == person.surname
