"""Revision 0010 (issue 14): the whole family record.

A store of revision 0009 (the template downgraded) holding a household written as 0009 knew
its tables is migrated: a backup is taken first, the people and families are kept with the new
columns at their defaults (no care status, not registered), the new tables are there and empty,
and the repositories then store a member's care status and a child's opinion in them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from alembic import command
from sqlalchemy import inspect, text

from models.cases.dto import SignalDraft
from models.cases.opinions import PLAN, OpinionDraft, OpinionRepository
from models.cases.repository import CaseRepository
from models.families.repository import FamilyRepository
from models.store.db import Store, _alembic_config, current_revision, head_revision, migrate
from tests.conftest import TODAY

NEW_TABLES = {
    "child_opinion",
    "member_income",
    "benefit_received",
    "mrp_rate",
    "poverty_line",
    "destruction_act",
    "destroyed_record",
}
PERSON_COLUMNS = {
    "care_status",
    "placement_form",
    "police_registered",
    "police_registered_date",
    "school_registered",
    "school_registered_date",
}
STAMP = {
    "created_at": "2026-11-01 10:00:00",
    "created_by": "aigerim",
    "updated_at": "2026-11-01 10:00:00",
    "updated_by": "aigerim",
}
#: What a store of revision 0009 holds: a household of two (written as 0009 knew the tables).
ROWS_0009: tuple[tuple[str, dict[str, object]], ...] = (
    (
        "family",
        {
            "id": 1, "kato": "113220100", "address": "Ақкөл қ., Абай к-сі, 5", "phone": "",
            "housing_type": "", "heating_type": "", "co_detector": "unknown", "map_level": "",
            "map_level_source": "", "legal_basis": "STATUTORY", "consent_form": "",
            "consent_recorded_by": "", "statutory_basis": "Әлеуметтік кодекс",
        },
    ),
    *(
        (
            "person",
            {
                "id": pid, "iin": "", "surname": surname, "given_name": given, "patronymic": "",
                "iin_key": "", "name_fold": "", "given_fold": "", "name_key": "",
                "no_iin_reason": "NOT_ISSUED", "sex": sex, "citizenship": "CITIZEN",
                "disability_group": "", "disability_since_childhood": 0,
                "disability_indefinite": 0, "special_needs": 0, "school": "", "employment": "",
                "birth_date": born,
            },
        )
        for pid, surname, given, sex, born in (
            (1, "Жұмабаева", "Сәуле", "F", "1980-06-01"),
            (2, "Сейітов", "Арман", "M", "2014-05-01"),
        )
    ),
    *(
        (
            "family_member",
            {"id": pid, "family_id": 1, "person_id": pid, "relation": relation},
        )
        for pid, relation in ((1, "APPLICANT"), (2, "WARD"))
    ),
)  # fmt: skip


def _insert_0009_household(store: Store) -> None:
    with store.engine.begin() as conn:
        for n, (table, values) in enumerate(ROWS_0009):
            row = {**values, **STAMP, "uuid": f"00000000-0000-4000-8000-{n:012d}"}
            names = ", ".join(row)
            params = ", ".join(f":{k}" for k in row)
            conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({params})"), row)


def test_revision_0010_adds_the_family_record_and_keeps_the_data(store: Store) -> None:
    command.downgrade(_alembic_config(store.engine), "0009")
    with store.engine.begin() as conn:
        tables = set(inspect(conn).get_table_names())
        assert not NEW_TABLES & tables
        assert not PERSON_COLUMNS & {c["name"] for c in inspect(conn).get_columns("person")}
    _insert_0009_household(store)

    backup = migrate(store.engine, store.path)

    assert backup is not None and backup.name.startswith("store.before-0009-")
    assert backup.exists()
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= NEW_TABLES
        assert {c["name"] for c in inspect(conn).get_columns("person")} >= PERSON_COLUMNS
        family_columns = {c["name"] for c in inspect(conn).get_columns("family")}
        assert {"consent_scope", "consent_until", "withdrawal_basis"} <= family_columns
        rows = conn.execute(
            text(
                "SELECT surname, care_status, placement_form, police_registered, "
                "school_registered, police_registered_date FROM person ORDER BY id"
            )
        ).all()
        assert [tuple(r) for r in rows] == [
            ("Жұмабаева", "", "", 0, 0, None),
            ("Сейітов", "", "", 0, 0, None),
        ]
        family = conn.execute(text("SELECT address, consent_scope FROM family")).one()
        assert tuple(family) == ("Ақкөл қ., Абай к-сі, 5", "")
        assert conn.execute(text("SELECT count(*) FROM child_opinion")).scalar_one() == 0

    # The migrated store takes the new fields and a child's opinion through the repositories.
    families = FamilyRepository(store)
    ctx = families.context(TODAY)
    fid = 1
    family_draft = families.get_family(fid)
    assert family_draft.members[1].care_status == ""
    ward = replace(
        family_draft.members[1], care_status="WITHOUT_PARENTAL_CARE", placement_form="GUARDIANSHIP"
    )
    families.save_family(
        replace(family_draft, members=(family_draft.members[0], ward)), ctx, "aigerim"
    )
    assert families.get_family(fid).members[1].placement_form == "GUARDIANSHIP"
    cases = CaseRepository(store)
    cid = cases.open_case(SignalDraft(date(2026, 11, 1), "SCHOOL", "Хабар"), ctx, "aigerim")
    cases.identify(cid, date(2026, 11, 2), ctx, "aigerim", family_id=fid)
    OpinionRepository(store).record(
        cid, OpinionDraft(2, PLAN, date(2026, 11, 18), "Келісемін"), ctx, "aigerim"
    )
    assert [o.opinion for o in OpinionRepository(store).for_case(cid)] == ["Келісемін"]


def test_revision_0010_downgrades_a_store_that_holds_families(store: Store) -> None:
    command.downgrade(_alembic_config(store.engine), "0009")
    _insert_0009_household(store)
    migrate(store.engine, store.path)

    command.downgrade(_alembic_config(store.engine), "0009")

    with store.engine.connect() as conn:
        assert not NEW_TABLES & set(inspect(conn).get_table_names())
        assert not PERSON_COLUMNS & {c["name"] for c in inspect(conn).get_columns("person")}
        names = conn.execute(text("SELECT surname FROM person ORDER BY id")).scalars().all()
        assert names == ["Жұмабаева", "Сейітов"]
        assert conn.execute(text("SELECT count(*) FROM family_member")).scalar_one() == 2
