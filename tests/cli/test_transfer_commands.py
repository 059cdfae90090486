"""``main.py transfer-out`` and ``transfer-in``: a case moves between two district stores."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import main
from models.cases.repository import CaseRepository
from models.cases.transfer import case_id_by_number
from tests.conftest import DISTRICT
from tests.models.cases.transfer_builders import OTHER, cheap_scrypt, dump, full_case
from tests.store_templates import attach, new_store_file


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() adds log handlers to the root logger; close them so files are not left open."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[len(before) :]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_scrypt(monkeypatch)


@pytest.fixture
def sender(tmp_path: Path) -> tuple[Path, str]:
    """A district store with a full case of ``admin``'s; returns the path and the number."""
    path = new_store_file(tmp_path / "akkol.sqlite", DISTRICT, "admin")
    store = attach(path)
    try:
        number = CaseRepository(store).case_number(full_case(store, "admin"))
    finally:
        store.close()
    return path, number


@pytest.fixture
def receiver_db(tmp_path: Path) -> Path:
    return new_store_file(tmp_path / "arshaly.sqlite", OTHER, "admin")


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    store = attach(path)
    try:
        return dump(store)
    finally:
        store.close()


def test_a_case_moves_through_the_two_commands(
    sender: tuple[Path, str],
    receiver_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, number = sender
    usb = tmp_path / "usb"
    usb.mkdir()
    out_args = ["transfer-out", "--db", str(db), "--case", number, "--to", OTHER.kato]
    code = main.main([*out_args, "--to-name", OTHER.name_kk, "--out", str(usb)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == str(usb / f"113200000_{number}.qoldau-transfer")
    passphrase = lines[1].removeprefix("passphrase: ")
    assert len(passphrase) == 35 and "separately" in lines[2]
    store = attach(db)
    try:
        case_id = case_id_by_number(store, number)
        assert case_id is not None
        closure = CaseRepository(store).get_case(case_id).closure
        assert closure is not None and closure.reason == "MOVED_TRANSFERRED"
    finally:
        store.close()

    # A wrong passphrase: one sentence, exit 1, nothing received.
    before = _dump(receiver_db)
    monkeypatch.setenv("QOLDAU_TRANSFER_PASSPHRASE", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    assert main.main(["transfer-in", "--db", str(receiver_db), lines[0]]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("error: the passphrase does not open")
    assert _dump(receiver_db) == before

    monkeypatch.setenv("QOLDAU_TRANSFER_PASSPHRASE", passphrase)
    assert main.main(["transfer-in", "--db", str(receiver_db), lines[0]]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out == (
        f"received as case 113400000-2026-00001 (transferred from 113200000 case {number})\n"
    )
    # The same file again: refused, nothing written.
    before = _dump(receiver_db)
    assert main.main(["transfer-in", "--db", str(receiver_db), lines[0]]) == 1
    assert "already received as case 113400000-2026-00001" in capsys.readouterr().err
    assert _dump(receiver_db) == before
    # The sender's case is closed: sending it again is refused.
    assert main.main([*out_args, "--out", str(usb)]) == 1
    assert "closed already" in capsys.readouterr().err


def test_transfer_out_refusals_change_nothing(
    sender: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, number = sender
    usb = tmp_path / "usb"
    usb.mkdir()
    before = _dump(db)
    for args, words in (
        (["--case", "113200000-2026-09999", "--to", OTHER.kato], "there is no case"),
        (["--case", number, "--to", "1134"], "exactly 9 digits"),
        (["--case", number, "--to", DISTRICT.kato], "this very district"),
    ):
        code = main.main(["transfer-out", "--db", str(db), *args, "--out", str(usb)])
        assert code == 1
        assert words in capsys.readouterr().err
    code = main.main(
        ["transfer-out", "--db", str(db), "--case", number, "--to", OTHER.kato, "--out", "nope"]
    )
    assert code == 1 and "does not exist" in capsys.readouterr().err
    assert _dump(db) == before
    assert list(usb.iterdir()) == []


def test_a_viewer_may_not_transfer(
    sender: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from models.reference.accounts import add_account

    db, number = sender
    store = attach(db)
    try:
        add_account(store, "vera", "viewer", "Test-password-1")
    finally:
        store.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    before = _dump(db)
    monkeypatch.setenv("QOLDAU_USER", "vera")
    code = main.main(
        ["transfer-out", "--db", str(db), "--case", number, "--to", OTHER.kato, "--out", str(usb)]
    )
    assert code == 1 and "not allowed" in capsys.readouterr().err
    assert _dump(db) == before and list(usb.iterdir()) == []
