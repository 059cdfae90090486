"""The batch commands ``init`` and ``backup`` through ``main.main`` (reporting.md §4, §5)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import main
from models.reference.dto import OfficeDTO
from models.reference.offices import office_of
from models.setup import open_store, unlock_store
from models.store.backup_file import read_backup_info, restore_backup
from models.store.db import head_revision
from models.store.keys import key_file_path
from tests.accounts import TEST_KEY, TEST_PASSWORD

INIT = [
    "init",
    "--office",
    "113200000",
    "--level",
    "district",
    "--name-kk",
    " Ақкөл ауданы ",
    "--name-ru",
    "Аккольский район",
    "--admin",
    "aigerim",
]


def init_args(db: Path, **changes: str) -> list[str]:
    args = [*INIT, "--db", str(db)]
    for option, value in changes.items():
        flag = "--" + option.replace("_", "-")
        args[args.index(flag) + 1] = value
    return args


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def _aigerim(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stores made here have the administrator aigerim (the tests' password)."""
    monkeypatch.setenv("QOLDAU_USER", "aigerim")


def test_init_creates_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office" / "qoldau.sqlite"
    assert main.main(init_args(db)) == 0
    out, err = capsys.readouterr()
    assert str(db) in out and "113200000" in out
    assert "office safe" in out  # the recovery key is shown, with what to do with it
    assert err == ""
    store = unlock_store(db, "aigerim", TEST_PASSWORD)
    try:
        assert office_of(store) == OfficeDTO(
            "113200000", "district", "Ақкөл ауданы", "Аккольский район"
        )
        from models.reference.repository import ReferenceRepository

        assert ReferenceRepository(store).default_login() == "aigerim"
    finally:
        store.close()


def test_init_twice_refuses_and_keeps_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "qoldau.sqlite"
    assert main.main(init_args(db)) == 0
    before, keys_before = sha(db), sha(key_file_path(db))
    capsys.readouterr()
    assert main.main(init_args(db, name_kk="Басқа аудан", admin="other")) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "already exists" in err and str(db) in err
    assert sha(db) == before
    assert sha(key_file_path(db)) == keys_before


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"office": "11320000"}, "9 digits"),
        ({"office": "993200000"}, "unknown region"),
        ({"office": "113220000"}, "district's code"),
        ({"office": "113200000", "level": "region"}, "region's code"),
        ({"office": "110000000", "level": "republic"}, "000000000"),
        ({"name_ru": "   "}, "names"),
    ],
)
def test_init_rejects_a_bad_office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], changes: dict[str, str], message: str
) -> None:
    db = tmp_path / "qoldau.sqlite"
    assert main.main(init_args(db, **changes)) == 1
    out, err = capsys.readouterr()
    assert message in err
    assert out == ""
    assert not db.exists()


def test_init_region_and_republic(tmp_path: Path) -> None:
    assert main.main(init_args(tmp_path / "r.sqlite", office="110000000", level="region")) == 0
    assert main.main(init_args(tmp_path / "k.sqlite", office="000000000", level="republic")) == 0


def test_init_bad_level_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "qoldau.sqlite"
    with pytest.raises(SystemExit) as exc:
        main.main(init_args(db, level="city"))
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'city'" in err and "usage:" in err
    assert not db.exists()


def test_init_missing_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main.main(["init", "--office", "113200000"])
    assert exc.value.code == 2
    assert "required" in capsys.readouterr().err


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main.main(["frobnicate"])
    assert exc.value.code == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err


def test_backup_writes_a_copy_that_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "qoldau.sqlite"
    assert main.main(init_args(db)) == 0
    target = tmp_path / "usb" / "copy.sqlite"
    capsys.readouterr()
    assert main.main(["backup", "--db", str(db), "--out", str(target)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == str(target)
    assert err == ""
    info = read_backup_info(target)
    assert (info.office_kato, info.revision) == ("113200000", head_revision())
    restored = tmp_path / "restored" / "qoldau.sqlite"
    assert restore_backup(target, restored, "aigerim", TEST_PASSWORD) is None
    copy = unlock_store(restored, "aigerim", TEST_PASSWORD)
    try:
        assert office_of(copy) == OfficeDTO(
            "113200000", "district", "Ақкөл ауданы", "Аккольский район"
        )
    finally:
        copy.close()


def test_backup_of_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "nowhere.sqlite"
    target = tmp_path / "copy.sqlite"
    assert main.main(["backup", "--db", str(db), "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert "no Qoldau store" in err and str(db) in err
    assert not db.exists() and not target.exists()


def test_backup_of_a_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "notes.sqlite"
    db.write_text("not a store", encoding="utf-8")
    assert main.main(["backup", "--db", str(db), "--out", str(tmp_path / "c.sqlite")]) == 1
    assert "not a Qoldau store" in capsys.readouterr().err


def test_backup_of_a_store_without_key_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "qoldau.sqlite"
    open_store(db, TEST_KEY, create=True).close()
    assert main.main(["backup", "--db", str(db), "--out", str(tmp_path / "c.sqlite")]) == 1
    assert "key file" in capsys.readouterr().err
    assert not (tmp_path / "c.sqlite").exists()


def test_backup_to_an_unwritable_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "qoldau.sqlite"
    assert main.main(init_args(db)) == 0
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    capsys.readouterr()
    # The parent of the target is a file: the copy cannot be written.
    assert main.main(["backup", "--db", str(db), "--out", str(blocker / "copy.sqlite")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_backup_requires_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main.main(["backup", "--db", str(tmp_path / "x.sqlite")])
    assert exc.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_repeated_commands_do_not_pile_up_log_handlers(tmp_path: Path) -> None:
    before = list(logging.getLogger().handlers)
    for i in range(3):
        main.main(init_args(tmp_path / f"s{i}.sqlite"))
    added = [h for h in logging.getLogger().handlers if h not in before]
    assert len(added) <= 2  # one log file and one stderr handler at most


def test_log_lines_reach_the_current_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main.main(init_args(tmp_path / "s.sqlite"))
    capsys.readouterr()
    logging.getLogger("qoldau.test").warning("сақтық көшірме жасалды")
    assert "WARNING: сақтық көшірме жасалды" in capsys.readouterr().err


@pytest.fixture(autouse=True)
def _restore_root_handlers() -> Iterator[None]:
    """Leave the root logger as found: main.main installs handlers on it."""
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield
    from cli import app

    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
        if handler in app._installed:
            app._installed.remove(handler)
    root.setLevel(level)
