"""Retention and destruction (brief §6, issue 14): the due list by hand, a destruction removes
exactly the due families' rows (counts of every table before and after), keeps a person who
lives on in another household, writes an act without personal data, destroys the audit keys,
and leaves no destroyed surname or IIN in the decrypted pages of the store or of a new backup."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select

from models.audit.tables import AuditEvent, FamilyKey
from models.cases.destruction import ActDraft, DestructionRepository
from models.cases.dto import ClosureDraft, SignalDraft
from models.cases.repository import CaseRepository
from models.families.dto import MemberDraft
from models.families.repository import FamilyRepository
from models.families.retention import years_before
from models.families.validation import CaseContext
from models.issues import ValidationError
from models.store.backup_file import write_backup
from models.store.db import Store
from tests.accounts import TEST_KEY
from tests.conftest import TODAY
from tests.models.families.test_family_repository import FAMILY, MOTHER, SON
from tests.store_templates import table_counts

PAGE = 4096
RESERVE = 80  # SQLCipher 4: IV (16) + HMAC-SHA512 (64)


def decrypted_pages(data: bytes, key: bytes = TEST_KEY) -> bytes:
    """Every page of a SQLCipher 4 file (raw key, default page size), decrypted, in a row."""
    out = []
    for n in range(len(data) // PAGE):
        page = data[n * PAGE : (n + 1) * PAGE]
        start = 16 if n == 0 else 0  # the salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(dec.update(page[start : PAGE - RESERVE]) + dec.finalize())
    return b"".join(out)


OTHER = MemberDraft(
    surname="Жұмабекова",
    given_name="Гүлнар",
    relation="APPLICANT",
    birth_date=date(1985, 7, 15),
    sex="F",
    iin="850715300411",
)


@pytest.fixture
def families(store: Store) -> FamilyRepository:
    return FamilyRepository(store)


@pytest.fixture
def cases(store: Store) -> CaseRepository:
    return CaseRepository(store)


@pytest.fixture
def ctx(families: FamilyRepository) -> CaseContext:
    return families.context(TODAY)


def _case(
    cases: CaseRepository, ctx: CaseContext, fid: int, opened: date, closed: date | None
) -> str:
    cid = cases.open_case(SignalDraft(opened, "SCHOOL", "сабақ", family_id=fid), ctx, "aigerim")
    if closed is not None:
        cases.close(cid, ClosureDraft(closed, "GOALS_ACHIEVED"), ctx, "aigerim")
    return cases.case_number(cid)


@pytest.fixture
def world(families: FamilyRepository, cases: CaseRepository, ctx: CaseContext) -> dict[str, object]:
    """A (closed 2020, due), B (closed 2022, not yet), C (one closed 2019, one open), D (no case),
    E (closed 2019, due; its applicant also lives in B since 2023, so she stays)."""
    a = families.save_family(FAMILY, ctx, "aigerim")
    b = families.save_family(replace(FAMILY, members=(OTHER,), address="B"), ctx, "aigerim")
    other_id = families.get_family(b).members[0].person_id
    c = families.save_family(
        replace(
            FAMILY,
            members=(replace(MOTHER, surname="Серікова", iin="", no_iin_reason="NOT_ISSUED"),),
            address="C",
        ),
        ctx,
        "aigerim",
    )
    d = families.save_family(
        replace(FAMILY, members=(replace(SON, surname="Әбенов"),), address="D"), ctx, "aigerim"
    )
    e = families.save_family(
        replace(FAMILY, members=(replace(OTHER, person_id=other_id),), address="E"),
        ctx,
        "aigerim",
    )
    numbers = {
        "a": _case(cases, ctx, a, date(2019, 3, 1), date(2020, 5, 10)),
        "b": _case(cases, ctx, b, date(2021, 3, 1), date(2022, 1, 10)),
        "c1": _case(cases, ctx, c, date(2018, 3, 1), date(2019, 2, 1)),
        "c2": _case(cases, ctx, c, date(2026, 3, 1), None),
        "e": _case(cases, ctx, e, date(2018, 9, 1), date(2019, 6, 30)),
    }
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "numbers": numbers}


def test_due_list_by_hand(store: Store, world: dict[str, object]) -> None:
    repo = DestructionRepository(store)
    assert repo.retention_years() == 5  # the proposed default
    assert years_before(TODAY, 5) == date(2021, 11, 20)
    assert years_before(date(2028, 2, 29), 5) == date(2023, 2, 28)
    due = repo.due(TODAY)
    numbers = world["numbers"]
    assert isinstance(numbers, dict)
    # E closed 30.06.2019, A 10.05.2020: oldest first. E's applicant is also B's, so she stays.
    assert [(d.family_id, d.cases, d.members, d.people) for d in due] == [
        (world["e"], ((numbers["e"], date(2019, 6, 30)),), 1, 0),
        (world["a"], ((numbers["a"], date(2020, 5, 10)),), 2, 2),
    ]
    # B is due once 10.01.2027 is 5 years back; 3 years makes B due too, C never while open.
    assert [d.family_id for d in repo.due(date(2027, 1, 10))] == [
        world["e"],
        world["a"],
        world["b"],
    ]
    repo.set_retention_years(3, "admin")
    assert {d.family_id for d in repo.due(TODAY)} == {world["a"], world["b"], world["e"]}
    with pytest.raises(ValidationError):
        repo.set_retention_years(0, "admin")
    assert repo.retention_years() == 3


def test_destruction_removes_exactly_the_due_families(
    store: Store, families: FamilyRepository, world: dict[str, object]
) -> None:
    repo = DestructionRepository(store)
    a, e = world["a"], world["e"]
    with store.session() as s:
        keys_before = {u for (u,) in s.execute(select(FamilyKey.family_uuid))}
    due = {d.family_id: d for d in repo.due(TODAY)}
    uuids = {due[a].family_uuid, due[e].family_uuid}  # type: ignore[index]
    assert uuids <= keys_before
    # Pages before: the surname and IIN of A's mother are there (the search below can find).
    store.close()
    raw_before = decrypted_pages(store.path.read_bytes())
    assert "Қасымова".encode() in raw_before and b"920302403450" in raw_before
    before = table_counts(store.path)

    draft = ActDraft(
        number="1-Ж",
        act_date=TODAY,
        method="Дерекқордан жойылды",
        commission=("Ахметова А. — төраға", "Бекова Б."),
        family_ids=(a, e),  # type: ignore[arg-type]
    )
    act_id = repo.destroy(draft, TODAY, "admin")
    after = table_counts(store.path)
    changed = {t: after[t] - before[t] for t in before if after[t] != before[t]}
    deletions = changed.pop("audit_event")
    assert deletions > 0
    # A: 2 people, 2 memberships, 1 case; E: 1 membership (its person stays in B), 1 case;
    # each case its events (signal, closure); the act, 2 families + 2 cases + 1 count of people.
    assert changed["family"] == -2 and changed["family_member"] == -3 and changed["person"] == -2
    assert changed["family_case"] == -2 and changed["family_key"] == -2
    assert changed["destruction_act"] == 1 and changed["destroyed_record"] == 5
    assert set(changed) <= {
        "family",
        "family_member",
        "person",
        "family_category",
        "family_case",
        "case_event",
        "family_key",
        "destruction_act",
        "destroyed_record",
    }
    assert changed["family_category"] == -4  # LOW_INCOME, SINGLE_PARENT of A and of E
    assert changed["case_event"] == -4  # the opening and the closure of each case

    # B keeps its applicant; C and D are untouched.
    b = families.get_family(world["b"])  # type: ignore[arg-type]
    assert [m.surname for m in b.members] == ["Жұмабекова"]
    assert families.get_family(world["d"]).address == "D"  # type: ignore[arg-type]

    act = repo.act(act_id)
    assert (act.number, act.act_date, act.commission) == ("1-Ж", TODAY, draft.commission)
    numbers = world["numbers"]
    assert isinstance(numbers, dict)
    assert sorted((r.record_type, r.reference, r.closed_on) for r in act.records) == sorted(
        [
            ("family", due[e].family_uuid, date(2019, 6, 30)),  # type: ignore[index]
            ("case", numbers["e"], date(2019, 6, 30)),
            ("family", due[a].family_uuid, date(2020, 5, 10)),  # type: ignore[index]
            ("case", numbers["a"], date(2020, 5, 10)),
            ("people", "2", None),
        ]
    )
    with store.session() as s:
        keys_after = {u for (u,) in s.execute(select(FamilyKey.family_uuid))}
        assert not uuids & keys_after
        assert s.scalar(select(AuditEvent.note).where(AuditEvent.action == "destroy")) == "1-Ж"
        # The audit keeps that A's people were deleted, their values sealed under a lost key.
        sealed = s.scalars(
            select(AuditEvent.old_value).where(
                AuditEvent.family_uuid.in_(uuids), AuditEvent.field == "surname"
            )
        ).all()
        assert sealed and all(v is None or v.startswith("v1:") for v in sealed)

    # Nothing of A's people in the decrypted pages of the store, nor of a backup made now.
    store.close()
    wal = store.path.with_name(store.path.name + "-wal")
    files = {"store": store.path.read_bytes()}
    if wal.exists():
        files["wal"] = wal.read_bytes()
    files["backup"] = write_backup(store, store.path.parent / "b.qoldau-backup").read_bytes()
    for name, data in files.items():
        for needle in ("Қасымова", "Қасымов", "920302403450", "Әуезов"):
            assert needle.encode() not in decrypted_pages(data), (name, needle)
    assert b"\xd0\x96\xd2\xb1\xd0\xbc\xd0\xb0\xd0\xb1\xd0\xb5\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb0" in (
        decrypted_pages(files["store"])
    )  # Жұмабекова, who stays in B


def test_a_family_not_due_or_an_incomplete_act_is_refused_and_nothing_changes(
    store: Store, world: dict[str, object]
) -> None:
    repo = DestructionRepository(store)
    before = table_counts(store.path)
    good = ActDraft("2", TODAY, "x", ("A",), (world["a"],))  # type: ignore[arg-type]
    for bad in (
        replace(good, family_ids=(world["a"], world["b"])),  # type: ignore[arg-type]
        replace(good, family_ids=(world["c"],)),  # type: ignore[arg-type]
        replace(good, number=" "),
        replace(good, commission=("",)),
        replace(good, family_ids=()),
    ):
        with pytest.raises(ValidationError):
            repo.destroy(bad, TODAY, "admin")
    assert table_counts(store.path) == before


def test_a_specialist_cannot_destroy(store: Store, world: dict[str, object]) -> None:
    from models.reference.roles import RoleError
    from tests.accounts import as_role

    repo = DestructionRepository(as_role(store, "aigerim", "specialist"))
    with pytest.raises(RoleError):
        repo.due(TODAY)
    with pytest.raises(RoleError):
        repo.destroy(ActDraft("3", TODAY, "x", ("A",), (world["a"],)), TODAY, "aigerim")  # type: ignore[arg-type]


def test_sqlcipher_page_decryption_reads_the_schema(tmp_path: Path, store: Store) -> None:
    store.close()
    assert b"CREATE TABLE" in decrypted_pages(store.path.read_bytes())


def test_an_approved_period_counting_a_case_refuses_the_destruction(
    store: Store, world: dict[str, object]
) -> None:
    """The lock is not bypassed (reporting.md §6.1): with 2020 approved, whose figures count A's
    case (closed in 2020), destroying A is refused whole and nothing changes."""
    from models.reference.approvals import PeriodLockedError
    from models.reporting.approval import approve

    approve(store, "2020", today=TODAY)
    repo = DestructionRepository(store)
    before = table_counts(store.path)
    with pytest.raises(PeriodLockedError):
        repo.destroy(ActDraft("9", TODAY, "x", ("A",), (world["a"],)), TODAY, "admin")  # type: ignore[arg-type]
    assert table_counts(store.path) == before
