"""Case transfer between districts (issue 8): a case with its family and history moves from one
district store to another through an encrypted file; both sides are all-or-nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exporters import transfer_file
from models.audit.tables import AuditEvent
from models.cases import transfer, transfer_payload
from models.cases.repository import CaseRepository
from models.cases.tables import (
    AssessmentScore,
    Case,
    CaseEvent,
    CaseRiskFactor,
    NeedsAssessment,
    PlanMeasure,
    ServiceDelivered,
    SupportPlan,
    Visit,
)
from models.families.tables import FamilyCategory, FamilyMember, Person
from models.issues import ValidationError
from models.reference.roles import RoleError
from models.store.base import Base, Principal
from models.store.db import Store, StoreError
from tests import store_templates
from tests.conftest import TODAY
from tests.models.cases.transfer_builders import (
    OTHER,
    THIRD,
    cheap_scrypt,
    dump,
    full_case,
    new_receiver,
)
from tests.models.families.test_family_repository import MOTHER


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_scrypt(monkeypatch)


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[Store]:
    s = new_receiver(tmp_path)
    yield s
    s.close()


def _send(store: Store, cid: int, tmp_path: Path) -> transfer_file.SentTransfer:
    out = tmp_path / "usb"
    out.mkdir(exist_ok=True)
    return transfer_file.send_case(store, cid, OTHER.kato, OTHER.name_kk, out, "aigerim", TODAY)


def _refused(code: str, call: Any, *args: object) -> None:
    with pytest.raises(ValidationError) as err:
        call(*args)
    assert [i.code for i in err.value.report.errors] == [code]


def _rows(s: Session, model: type[Base], **where: object) -> list[dict[str, object]]:
    """The carried columns of ``model``'s rows (what a transfer must keep), by UUID."""
    rows = s.scalars(select(model).filter_by(**where)).all()
    return sorted((transfer_payload.record(r) for r in rows), key=lambda r: str(r["uuid"]))


def _case_records(store: Store, case_id: int) -> dict[str, list[dict[str, object]]]:
    """Every record a transfer carries, of one case and its family, with person links as UUIDs."""
    with store.session() as s:
        case = s.get_one(Case, case_id)
        fam = case.family
        assert fam is not None
        people = {mm.person_id: mm.person.uuid for mm in fam.members}

        def linked(model: type[Base], parent: str, ids: list[int]) -> list[dict[str, object]]:
            out = []
            for r in s.scalars(select(model).where(getattr(model, parent).in_(ids))):
                rec = transfer_payload.record(r)
                if hasattr(r, "person_id"):
                    rec["person"] = people.get(r.person_id) if r.person_id else None
                out.append(rec)
            return sorted(out, key=lambda r: str(r["uuid"]))

        plan_ids = [p.id for p in case.plans]
        assessment_ids = [a.id for a in case.assessments]
        return {
            "family": [{k: v for k, v in transfer_payload.record(fam).items() if k != "kato"}],
            "categories": _rows(s, FamilyCategory, family_id=fam.id),
            "people": sorted(
                (transfer_payload.record(mm.person) for mm in fam.members),
                key=lambda r: str(r["uuid"]),
            ),
            "memberships": linked(FamilyMember, "family_id", [fam.id]),
            "risk_factors": linked(CaseRiskFactor, "case_id", [case.id]),
            "assessments": linked(NeedsAssessment, "case_id", [case.id]),
            "scores": linked(AssessmentScore, "assessment_id", assessment_ids),
            "plans": linked(SupportPlan, "case_id", [case.id]),
            "measures": linked(PlanMeasure, "plan_id", plan_ids),
            "visits": linked(Visit, "case_id", [case.id]),
            "services": linked(ServiceDelivered, "case_id", [case.id]),
        }


# -- the round trip ----------------------------------------------------------------------------


def test_a_case_moves_to_another_district_with_every_record(
    store: Store, receiver: Store, tmp_path: Path
) -> None:
    cid = full_case(store)
    before = _case_records(store, cid)
    old = CaseRepository(store).get_case(cid)
    sent = _send(store, cid, tmp_path)

    assert sent.path == tmp_path / "usb" / f"113200000_{old.number}.qoldau-transfer"
    assert [p.name for p in (tmp_path / "usb").iterdir()] == [sent.path.name]
    # The sender's case is closed as transferred, its history kept.
    closed = CaseRepository(store).get_case(cid)
    assert closed.stage == "CLOSED"
    assert closed.closure is not None
    assert (closed.closure.reason, closed.closed_date) == ("MOVED_TRANSFERRED", TODAY)
    assert closed.closure.note == f"{OTHER.name_kk} ({OTHER.kato}); {sent.transfer_id}"
    assert closed.events[:-1] == old.events
    assert (closed.events[-1].from_stage, closed.events[-1].to_stage) == ("ACCOMPANIMENT", "CLOSED")
    assert _case_records(store, cid) == before
    assert transfer.transfer_link(store, cid) == {
        "direction": "out",
        "office": f"{OTHER.name_kk} ({OTHER.kato})",
        "date": TODAY,
    }

    got = transfer_file.receive_file(receiver, sent.path, sent.passphrase, "admin", TODAY)
    assert got.number == "113400000-2026-00001"
    assert (got.from_kato, got.from_number) == ("113200000", old.number)
    # Every record arrives with the same values and UUID (and its person links).
    assert _case_records(receiver, got.case_id) == before
    new = CaseRepository(receiver).get_case(got.case_id)
    assert (new.stage, new.signal.signal_date, new.signal.source) == (
        "IDENTIFIED",
        TODAY,
        "TRANSFER_IN",
    )
    assert new.signal.description == old.signal.description
    assert new.worker_login == "admin"
    # The old log is kept as past events with its dates; the new cycle starts today.
    past = [e for e in new.events if e.kind == "past"]
    assert [(e.event_date, e.from_stage, e.to_stage) for e in past] == [
        (e.event_date, e.from_stage, e.to_stage) for e in old.events
    ]
    assert [(e.kind, e.event_date, e.to_stage) for e in new.events[len(past) :]] == [
        ("stage", TODAY, "SIGNAL"),
        ("stage", TODAY, "IDENTIFIED"),
    ]
    with receiver.session() as s:
        case = s.get_one(Case, got.case_id)
        assert (case.transfer_id, case.transferred_from_office, case.transferred_from_number) == (
            sent.transfer_id,
            "113200000",
            old.number,
        )
        assert case.family is not None and case.family.kato == OTHER.kato
        # The receiver's search keys are computed there.
        mother = s.scalars(select(Person).where(Person.iin == MOTHER.iin)).one()
        assert mother.iin_key == MOTHER.iin and mother.name_fold.startswith("қасымова")
    # Both sides log the transfer in the audit trail (brief §6), without personal data.
    for side, number in ((store, old.number), (receiver, got.number)):
        with side.session() as s:
            rows = s.execute(
                select(AuditEvent.action, AuditEvent.entity, AuditEvent.note).where(
                    AuditEvent.action == "transfer"
                )
            ).all()
        assert len(rows) == 1 and rows[0].entity == "case"
        assert number in rows[0].note and sent.transfer_id in rows[0].note
    assert transfer.transfer_link(receiver, got.case_id) == {
        "direction": "in",
        "office": "Ақкөл ауданы / Аккольский район (113200000)",
        "number": old.number,
    }


def test_the_file_holds_no_personal_data_in_clear(
    store: Store, receiver: Store, tmp_path: Path
) -> None:
    sent = _send(store, full_case(store), tmp_path)
    data = sent.path.read_bytes()
    for text in (MOTHER.iin, "Қасымова", "Нұрлан", "Әуезов", "+7 701", "NEGLECT", "Бала"):
        for encoding in ("utf-8", "utf-16-le", "cp1251"):
            try:
                needle = text.encode(encoding)
            except UnicodeEncodeError:
                continue
            assert needle not in data, (text, encoding)
    header = transfer_file.read_header(sent.path)
    assert (header.from_kato, header.to_kato) == ("113200000", OTHER.kato)
    # The passphrase is 6 groups of 5 unambiguous characters, stored nowhere.
    groups = sent.passphrase.split("-")
    assert [len(g) for g in groups] == [5] * 6
    assert set("".join(groups)) <= set(transfer_file.ALPHABET)
    assert not set("01OIL") & set(sent.passphrase)
    for path in store.path.parent.rglob("*"):
        if path.is_file():
            assert sent.passphrase.encode() not in path.read_bytes()


def test_the_passphrase_may_be_typed_loosely(store: Store, receiver: Store, tmp_path: Path) -> None:
    sent = _send(store, full_case(store), tmp_path)
    typed = " " + sent.passphrase.replace("-", " ").lower() + "\n"
    # Typed from paper with the Cyrillic layout on: А, В, Е, К, М, Н, Р, С, Т, Х, У look alike.
    cyrillic = str.maketrans("ABEKMHPCTXY", "АВЕКМНРСТХУ")
    assert transfer_file.normalize_passphrase(sent.passphrase.translate(cyrillic)) == (
        transfer_file.normalize_passphrase(sent.passphrase)
    )
    got = transfer_file.receive_file(receiver, sent.path, typed, "admin", TODAY)
    assert got.number == "113400000-2026-00001"


# -- receiving: refusals write nothing ---------------------------------------------------------


def test_a_damaged_file_or_a_wrong_passphrase_writes_nothing(
    store: Store, receiver: Store, tmp_path: Path
) -> None:
    sent = _send(store, full_case(store), tmp_path)
    data = sent.path.read_bytes()
    header_end = len(transfer_file.MAGIC) + 2 + int.from_bytes(data[8:10], "big")
    before = dump(receiver)
    bad = tmp_path / "bad.qoldau-transfer"

    def receive(content: bytes, passphrase: str = sent.passphrase) -> None:
        bad.write_bytes(content)
        transfer_file.receive_file(receiver, bad, passphrase, "admin", TODAY)

    other = transfer_file.new_passphrase()
    _refused("transfer_wrong_passphrase", receive, data, other)
    # A changed byte of the header (inside the "to" office's KATO: still valid JSON) and of
    # the body: authentication fails.
    at = data.index(OTHER.kato.encode())
    to_third = data[:at] + THIRD.kato.encode() + data[at + 9 :]
    _refused("transfer_wrong_passphrase", receive, to_third)
    flipped = bytearray(data)
    flipped[header_end + 40] ^= 0x01
    _refused("transfer_wrong_passphrase", receive, bytes(flipped))
    flipped = bytearray(data)
    flipped[-1] ^= 0x80
    _refused("transfer_wrong_passphrase", receive, bytes(flipped))
    _refused("transfer_truncated", receive, data[:-100])
    _refused("transfer_truncated", receive, data[: header_end - 5])
    _refused("transfer_not_a_file", receive, b"PK\x03\x04" + data[4:])
    _refused("transfer_not_a_file", receive, b"")
    _refused("transfer_not_a_file", receive, data + b"more")
    # A header asking for a huge scrypt cost is refused before deriving anything.
    huge = data.replace(b'"n":1024', b'"n":1073741824')
    _refused("transfer_not_a_file", receive, huge)
    assert dump(receiver) == before


def test_a_too_large_file_is_refused_unread(
    store: Store, receiver: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = _send(store, full_case(store), tmp_path)
    monkeypatch.setattr(transfer_file, "MAX_FILE_BYTES", sent.path.stat().st_size - 1)
    before = dump(receiver)
    _refused(
        "transfer_too_large",
        transfer_file.receive_file,
        receiver,
        sent.path,
        sent.passphrase,
        "admin",
        TODAY,
    )
    assert dump(receiver) == before


def test_a_file_for_another_office_or_from_this_one_or_received_twice_is_refused(
    store: Store, receiver: Store, tmp_path: Path
) -> None:
    sent = _send(store, full_case(store), tmp_path)
    third = store_templates.new_store(tmp_path / "third.sqlite", THIRD, "admin")
    try:
        before = dump(third)
        _refused(
            "transfer_wrong_office",
            transfer_file.receive_file,
            third,
            sent.path,
            sent.passphrase,
            "admin",
            TODAY,
        )
        assert dump(third) == before
    finally:
        third.close()
    before = dump(store)
    _refused(
        "transfer_same_office",
        transfer_file.receive_file,
        store,
        sent.path,
        sent.passphrase,
        "admin",
        TODAY,
    )
    assert dump(store) == before

    transfer_file.receive_file(receiver, sent.path, sent.passphrase, "admin", TODAY)
    before = dump(receiver)
    with pytest.raises(ValidationError) as err:
        transfer_file.receive_file(receiver, sent.path, sent.passphrase, "admin", TODAY)
    issue = err.value.report.errors[0]
    assert (issue.code, issue.params["number"]) == (
        "transfer_already_received",
        "113400000-2026-00001",
    )
    assert dump(receiver) == before


def _payload(store: Store, tmp_path: Path) -> dict[str, Any]:
    sent = _send(store, full_case(store), tmp_path)
    return transfer_file.decrypt(sent.path.read_bytes(), sent.passphrase)


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p.update(version=2),
        lambda p: p["case"].update(stage="CLOSED"),
        lambda p: p["case"].update(signal_date="01.09.2026"),
        lambda p: p["people"][0].update(surname=None),
        lambda p: p["people"][0].update(secret="x"),
        lambda p: p["people"][0].update(uuid="not-a-uuid"),
        lambda p: p["visits"][0].update(visit_date=20260920),
        lambda p: p["services"][0].update(amount="1e999999"),
        lambda p: p["services"][0].update(person_uuid="00000000-0000-4000-8000-000000000000"),
        lambda p: p["memberships"][0].pop("person_uuid"),
        lambda p: p["family"].update(address="x" * 30000),
        lambda p: p.update(events={}),
        lambda p: p["risk_factors"][0].update(code="UNKNOWN_RISK"),
        lambda p: p["family"]["categories"][0].update(code="NOPE"),
        lambda p: p["memberships"][0].update(relation="FRIEND"),
        lambda p: p["visits"][0].update(kind="TELEPATHY"),
        lambda p: p["assessments"][0]["scores"][0].update(score=9),
        lambda p: p["assessments"][0]["scores"][1].update(domain="SAFETY"),
        lambda p: p["plans"].append(dict(p["plans"][0], uuid=p["transfer_id"], measures=[])),
    ],
)
def test_a_payload_of_the_wrong_shape_writes_nothing(
    store: Store, receiver: Store, tmp_path: Path, change: Any
) -> None:
    """The passphrase authenticates who made the file, not that its content is sane."""
    payload = _payload(store, tmp_path)
    change(payload)
    before = dump(receiver)
    _refused("transfer_invalid", transfer.transfer_in, receiver, payload, "admin", TODAY)
    assert dump(receiver) == before


def test_a_person_already_in_the_store_is_linked_not_doubled(
    store: Store, receiver: Store, tmp_path: Path
) -> None:
    """Same IIN = same person (models/families/): the mother is already known to the receiver."""
    from models.families.dto import FamilyDraft
    from models.families.repository import FamilyRepository

    families = FamilyRepository(receiver)
    ctx = families.context(TODAY)
    known = FamilyDraft(
        kato="113420100",
        address="Аршалы, 1",
        legal_basis="STATUTORY",
        statutory_basis="Social Code",
        members=(MOTHER,),
    )
    families.save_family(known, ctx, "admin")
    with receiver.session() as s:
        mother_id = s.scalars(select(Person.id).where(Person.iin_key == MOTHER.iin)).one()
        people_before = s.scalar(select(func.count(Person.id)))
    sent = _send(store, full_case(store), tmp_path)
    got = transfer_file.receive_file(receiver, sent.path, sent.passphrase, "admin", TODAY)
    with receiver.session() as s:
        case = s.get_one(Case, got.case_id)
        assert case.family is not None
        linked = {mm.person_id for mm in case.family.members}
        assert mother_id in linked and len(linked) == 2
        assert s.scalar(select(func.count(Person.id))) == (people_before or 0) + 1


def test_a_case_sent_back_gets_new_uuids_where_the_old_office_has_them(
    store: Store, receiver: Store, tmp_path: Path
) -> None:
    """A family moves there and back: the first office receives records it once sent."""
    cid = full_case(store)
    sent = _send(store, cid, tmp_path)
    got = transfer_file.receive_file(receiver, sent.path, sent.passphrase, "admin", TODAY)
    back_dir = tmp_path / "back"
    back_dir.mkdir()
    back = transfer_file.send_case(
        receiver, got.case_id, "113200000", "Ақкөл ауданы", back_dir, "admin", TODAY
    )
    people_before = dump(store)["person"]
    home = transfer_file.receive_file(store, back.path, back.passphrase, "aigerim", TODAY)
    assert home.number == "113200000-2026-00002"
    assert (home.from_kato, home.from_number) == (OTHER.kato, got.number)
    # The people are the same records (same IIN, or the same UUID for the son without one).
    assert dump(store)["person"] == people_before
    with store.session() as s:
        uuids = s.scalars(select(CaseEvent.uuid)).all()
        assert len(uuids) == len(set(uuids))
        new = s.get_one(Case, home.case_id)
        assert new.uuid != s.get_one(Case, cid).uuid
        assert len(new.visits) == 1 and len(new.plans) == 1


# -- sending: all or nothing -------------------------------------------------------------------


def test_sending_refuses_a_closed_case_a_family_less_case_and_this_office(
    store: Store, tmp_path: Path
) -> None:
    cid = full_case(store)
    out = tmp_path / "usb"
    out.mkdir()
    before = dump(store)
    _refused(
        "transfer_same_office",
        transfer_file.send_case,
        store,
        cid,
        "113200000",
        "Ақкөл",
        out,
        "aigerim",
        TODAY,
    )
    _refused("kato_format", transfer_file.send_case, store, cid, "1134", "X", out, "a", TODAY)
    _refused("required", transfer_file.send_case, store, cid, OTHER.kato, " ", out, "a", TODAY)
    _refused(
        "transfer_no_folder",
        transfer_file.send_case,
        store,
        cid,
        OTHER.kato,
        "X",
        tmp_path / "absent",
        "a",
        TODAY,
    )
    assert dump(store) == before
    assert list(out.iterdir()) == []
    _send(store, cid, tmp_path)
    before = dump(store)
    _refused(
        "case_closed",
        transfer_file.send_case,
        store,
        cid,
        OTHER.kato,
        "X",
        tmp_path / "usb",
        "aigerim",
        TODAY,
    )
    assert dump(store) == before


@pytest.mark.parametrize("failing", ["write", "close", "rename", "commit"])
def test_a_failed_send_leaves_no_file_and_the_case_open(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    cid = full_case(store)
    out = tmp_path / "usb"
    out.mkdir()
    before = dump(store)

    def boom(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if failing == "write":
        monkeypatch.setattr(os, "fsync", boom)
    elif failing == "close":
        monkeypatch.setattr(transfer, "close_transferred", boom)
    elif failing == "rename":
        monkeypatch.setattr(transfer_file.os, "replace", boom)
    else:
        monkeypatch.setattr(Session, "commit", boom)
    with pytest.raises(OSError):
        transfer_file.send_case(store, cid, OTHER.kato, "X", out, "aigerim", TODAY)
    monkeypatch.undo()
    assert list(out.iterdir()) == []
    assert dump(store) == before
    assert CaseRepository(store).get_case(cid).stage == "ACCOMPANIMENT"


def test_an_existing_file_is_not_overwritten(store: Store, tmp_path: Path) -> None:
    cid = full_case(store)
    out = tmp_path / "usb"
    out.mkdir()
    number = CaseRepository(store).case_number(cid)
    there = out / transfer_file.file_name("113200000", number)
    there.write_bytes(b"keep")
    before = dump(store)
    with pytest.raises(StoreError) as err:
        transfer_file.send_case(store, cid, OTHER.kato, "X", out, "aigerim", TODAY)
    assert err.value.code == "out_exists"
    assert there.read_bytes() == b"keep" and len(list(out.iterdir())) == 1
    assert dump(store) == before


# -- roles ---------------------------------------------------------------------------------


def test_a_viewer_may_not_send_or_receive(store: Store, receiver: Store, tmp_path: Path) -> None:
    cid = full_case(store)
    out = tmp_path / "usb"
    out.mkdir()
    store.principal = Principal("vera", "viewer")
    before = dump(store)
    with pytest.raises(RoleError):
        transfer_file.send_case(store, cid, OTHER.kato, "X", out, "vera", TODAY)
    assert dump(store) == before and list(out.iterdir()) == []
    # A specialist may send their own cases only.
    store.principal = Principal("bolat", "specialist")
    with pytest.raises(RoleError):
        transfer_file.send_case(store, cid, OTHER.kato, "X", out, "bolat", TODAY)
    assert dump(store) == before and list(out.iterdir()) == []
    store.principal = Principal("aigerim", "specialist")
    sent = transfer_file.send_case(store, cid, OTHER.kato, "X", out, "aigerim", TODAY)
    receiver.principal = Principal("vera", "viewer")
    before = dump(receiver)
    with pytest.raises(RoleError):
        transfer_file.receive_file(receiver, sent.path, sent.passphrase, "vera", TODAY)
    assert dump(receiver) == before


def test_the_payload_is_json_with_every_record_uuid(store: Store, tmp_path: Path) -> None:
    payload = _payload(store, tmp_path)
    assert json.loads(json.dumps(payload)) == payload
    assert {k for k in payload if isinstance(payload[k], list)} == {
        "people",
        "memberships",
        "events",
        "risk_factors",
        "assessments",
        "plans",
        "visits",
        "services",
    }
    assert len(payload["people"]) == 2 and len(payload["events"]) == 5
    assert payload["from"]["case_number"] == "113200000-2026-00001"
    assert all(
        "uuid" in r for key in ("people", "memberships", "events", "visits") for r in payload[key]
    )
    assert date.fromisoformat(payload["case"]["signal_date"]) == date(2026, 9, 1)


def test_every_refusal_of_the_file_reader_is_a_listed_code() -> None:
    """``CODES`` lists every code the reader raises (read by
    tests/ui/language/test_message_codes.py)."""
    import ast

    tree = ast.parse(Path(transfer_file.__file__).read_text(encoding="utf-8"))
    used = {
        node.args[0].id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "_bad"
        and isinstance(node.args[0], ast.Name)
    }
    assert {getattr(transfer_file, name) for name in used} | {transfer_file.NO_FOLDER} == set(
        transfer_file.CODES
    )
