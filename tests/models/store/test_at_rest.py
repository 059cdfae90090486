"""Personal data at rest (issue 8, acceptance): a ``strings``-style search of the store file,
its ``-wal`` while the store is open after writes, its key file and a backup finds no IIN and no
surname of a demo store; and a plain store of an earlier version is encrypted keeping every row.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

import main
from models.reference.offices import office_of
from models.setup import encrypt_store, open_store, unlock_store
from models.store.backup_file import write_backup
from models.store.db import StoreError
from models.store.keys import key_file_path
from tests.accounts import TEST_KEY, TEST_PASSWORD
from tests.conftest import DISTRICT
from tests.store_templates import new_store_file, raw_connect, table_counts

FIXTURES = Path(__file__).resolve().parents[2] / "migrations" / "fixtures"


@pytest.fixture(autouse=True)
def _close_log_handlers() -> Iterator[None]:
    """main() adds log handlers to the root logger; close them so files are not left open."""
    yield
    for handler in logging.getLogger().handlers[:]:
        if isinstance(handler, logging.FileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


def _strings(data: bytes, minimum: int = 4) -> set[str]:
    """What ``strings`` shows: runs of printable ASCII or UTF-8 text."""
    found = set(re.findall(rb"[\x20-\x7e]{%d,}" % minimum, data))
    found |= set(re.findall(rb"(?:[\xd0-\xd3][\x80-\xbf]|[\x20-\x7e]){%d,}" % minimum, data))
    return {s.decode("utf-8", "replace") for s in found}


def test_store_wal_key_file_and_backup_show_no_iin_and_no_surname(tmp_path: Path) -> None:
    db = new_store_file(tmp_path / "qoldau.sqlite", DISTRICT, "admin")
    assert main.main(["demo", "--db", str(db), "--passports", "5", "--families", "25"]) == 0
    conn = raw_connect(db)
    try:
        people = conn.execute("SELECT iin, surname FROM person").fetchall()
        addresses = [r[0] for r in conn.execute("SELECT address FROM family")]
    finally:
        conn.close()
    iins = {iin for iin, _ in people if iin}
    surnames = {surname for _, surname in people if len(surname) >= 4}
    assert len(iins) > 20 and len(surnames) > 10  # the search below has something to find

    store = open_store(db, TEST_KEY)
    try:
        with store.session() as s:  # writes still in the -wal while the store is open
            # (SQLite writes no page for an update that changes nothing: append a mark.)
            s.execute(text("UPDATE person SET surname = surname || '-1'"))
            s.execute(text("UPDATE family SET address = address || '-1'"))
        wal = db.with_name(db.name + "-wal")
        assert wal.stat().st_size > 0
        files = {"store": db.read_bytes(), "wal": wal.read_bytes()}
        files["backup"] = write_backup(store, tmp_path / "usb" / "b.qoldau-backup").read_bytes()
    finally:
        store.close()
    files["keys"] = key_file_path(db).read_bytes()

    for name, data in files.items():
        shown = "\n".join(_strings(data))
        assert not [iin for iin in iins if iin.encode() in data], name
        assert not [s for s in surnames if s.encode("utf-8") in data or s in shown], name
        assert not [a for a in addresses if a and a.encode("utf-8") in data], name
    # The same search does find them in a plain copy: the check is not vacuous.
    plain = tmp_path / "plain.sqlite"
    conn = raw_connect(db)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    data = plain.read_bytes()
    assert all(iin.encode() in data for iin in iins)


def test_plain_sqlite_cannot_read_the_store(tmp_path: Path) -> None:
    db = new_store_file(tmp_path / "qoldau.sqlite", DISTRICT, "admin")
    conn = sqlite3.connect(db)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_plain_store_is_refused_untouched_then_encrypted_keeping_every_row(
    tmp_path: Path,
) -> None:
    path = tmp_path / "office" / "qoldau.sqlite"
    path.parent.mkdir()
    fixture = FIXTURES / "store_0005.sqlite"  # the newest released plain store
    shutil.copyfile(fixture, path)
    before = sha(path)
    with pytest.raises(StoreError) as err:
        open_store(path, TEST_KEY)
    assert err.value.code == "not_encrypted"
    with pytest.raises(StoreError) as err:
        unlock_store(path, "admin", TEST_PASSWORD)
    assert err.value.code == "not_encrypted"
    assert sha(path) == before
    plain_counts = table_counts(fixture)
    assert plain_counts["family_case"] > 0 and plain_counts["infra_object"] > 0

    recovery = encrypt_store(path, "aigerim", TEST_PASSWORD)

    # The pre-conversion backup is encrypted too, and holds every row of the plain store.
    (backup,) = path.parent.glob("qoldau.before-encryption-*.sqlite")
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    from models.store.keys import store_key_from_recovery

    assert table_counts(backup, store_key_from_recovery(recovery)) == plain_counts
    assert not path.read_bytes().startswith(b"SQLite format 3")
    plain_files = [
        p.name for p in path.parent.iterdir() if p.read_bytes().startswith(b"SQLite format 3")
    ]
    assert plain_files == []  # no plain copy of the data remains beside the store
    store = unlock_store(path, "aigerim", TEST_PASSWORD)
    try:
        assert store.principal.role == "administrator"
        assert office_of(store) == DISTRICT
    finally:
        store.close()
    with pytest.raises(StoreError) as err:
        encrypt_store(path, "aigerim", TEST_PASSWORD)
    assert err.value.code == "already_encrypted"
