"""``main.py backup --auto`` (issue 8): the GUI's automatic backup from a scheduled task."""

from __future__ import annotations

from pathlib import Path

import pytest

import main
from models.reference.backup_policy import BackupPolicy, parse_backup_name, save_policy
from models.setup import unlock_store
from models.store.backup_file import read_backup_info
from tests.accounts import TEST_PASSWORD
from tests.conftest import DISTRICT
from tests.store_templates import new_store_file


def _store(tmp_path: Path) -> Path:
    return new_store_file(tmp_path / "office" / "qoldau.sqlite", DISTRICT, "admin")


def test_auto_writes_into_the_default_folder_and_prints_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _store(tmp_path)
    assert main.main(["backup", "--db", str(db), "--auto"]) == 0
    out, err = capsys.readouterr()
    written = Path(out.strip())
    assert written.parent == db.parent / "backups"
    parsed = parse_backup_name(written.name)
    assert parsed is not None and parsed[0] == "113200000"
    assert read_backup_info(written).office_kato == "113200000"
    assert err == ""


def test_auto_with_the_stick_pulled_out_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _store(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    store = unlock_store(db, "admin", TEST_PASSWORD)
    try:
        save_policy(store, BackupPolicy(str(stick), 10, True))
    finally:
        store.close()
    stick.rmdir()
    assert main.main(["backup", "--db", str(db), "--auto"]) == 1
    _out, err = capsys.readouterr()
    assert f"the backup folder {stick} is not there" in err
    assert not stick.exists()
    assert not (db.parent / "backups").exists()


def test_out_and_auto_exclude_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _store(tmp_path)
    with pytest.raises(SystemExit) as usage:
        main.main(["backup", "--db", str(db), "--auto", "--out", str(tmp_path / "x")])
    assert usage.value.code == 2
    capsys.readouterr()
