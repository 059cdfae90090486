"""Import profiles (reporting.md §3.1): the format read as untrusted input, normalised texts,
header signatures, display codes read back into statuses, and profiles saved in the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from exporters.import_profile import (
    MAX_BYTES,
    PROFILE_CODES,
    ImportProfile,
    ProfileError,
    header_signature,
    load_profile,
    normalise,
    profile_from_json,
    profile_to_json,
    save_profile,
)
from models.objects.status_display import parse_display_code
from models.reference.import_profiles import (
    StoredProfileError,
    delete_stored_profile,
    profile_for_signature,
    save_stored_profile,
    stored_profiles,
)
from models.reference.roles import RoleError
from models.store.db import Store
from tests.accounts import as_role


def body(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "qoldau-import-profile",
        "format_version": 1,
        "target": "objects",
        "sheet": "Реестр",
        "header_row": 3,
        "columns": {"name": "Наименование объекта", "kato": "КАТО"},
        "values": {"object_type": {"Школа": "EDU_SCHOOL", " ЦОН ": "GOV_PSC"}},
        "constants": {"subject_to_passportization": 1},
        "name": "Реестр района",
    }
    data.update(changes)
    return data


# -- texts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Наименование\n  объекта ", "наименование объекта"),
        ("АТАУЫ", "атауы"),
        ("Е\u0301", "е\u0301"),  # combining accent kept, composed where NFC composes
        ("e\u0301", "\u00e9"),
        (113220100.0, "113220100"),
        (12, "12"),
        (None, ""),
        ("\u00a0№\u00a0п/п\t", "№ п/п"),
    ],
)
def test_normalise_follows_section_3_1(raw: object, expected: str) -> None:
    assert normalise(raw) == expected


def test_the_same_layout_gives_the_same_signature() -> None:
    a = header_signature(["№ п/п", "Наименование  объекта", None, "КАТО", ""])
    b = header_signature([" № п/п", "наименование объекта", "КАТО "])
    assert a == b == "№ п/п|наименование объекта|като"
    assert header_signature(["Атауы", "ӘАОЖ"]) != a


# -- the format ---------------------------------------------------------------------------------


def test_a_profile_round_trips_through_its_json_and_a_file(tmp_path: Path) -> None:
    profile = profile_from_json(body())

    assert profile.target == "objects" and profile.sheet == "Реестр" and profile.header_row == 3
    assert dict(profile.columns) == {"name": "Наименование объекта", "kato": "КАТО"}
    # source texts are kept normalised, so "школа" and " ЦОН " find their codes
    assert dict(profile.values["object_type"]) == {"школа": "EDU_SCHOOL", "цон": "GOV_PSC"}
    assert profile.name == "Реестр района"
    assert profile_from_json(profile_to_json(profile)) == profile

    path = tmp_path / "p.json"
    save_profile(profile, path)
    assert load_profile(path) == profile
    assert json.loads(path.read_text(encoding="utf-8"))["columns"]["kato"] == "КАТО"
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]  # no temporary file left


def test_a_sheet_may_be_given_by_position() -> None:
    assert profile_from_json(body(sheet=2)).sheet == 2


@pytest.mark.parametrize(
    ("changes", "code", "params"),
    [
        ({"format": "other"}, "profile_format", {}),
        ({"format_version": 2}, "profile_format", {}),
        ({"format_version": True}, "profile_format", {}),
        ({"target": "cases"}, "profile_target", {"target": "cases"}),
        ({"columns": {"colour": "Цвет"}}, "profile_field", {"field": "colour"}),
        ({"values": {"iin": {"a": "b"}}}, "profile_field", {"field": "iin"}),
        ({"constants": {"__class__": 1}}, "profile_field", {"field": "__class__"}),
        ({"sheet": 0}, "profile_shape", {"key": "sheet"}),
        ({"sheet": ""}, "profile_shape", {"key": "sheet"}),
        ({"sheet": 1.5}, "profile_shape", {"key": "sheet"}),
        ({"header_row": "3"}, "profile_shape", {"key": "header_row"}),
        ({"header_row": 0}, "profile_shape", {"key": "header_row"}),
        ({"header_row": 10**9}, "profile_shape", {"key": "header_row"}),
        ({"columns": {}}, "profile_shape", {"key": "columns"}),
        ({"columns": ["name"]}, "profile_shape", {"key": "columns"}),
        ({"columns": {"name": 5}}, "profile_shape", {"key": "columns"}),
        ({"columns": {"name": "x" * 501}}, "profile_shape", {"key": "columns"}),
        ({"values": {"object_type": ["a"]}}, "profile_shape", {"key": "values.object_type"}),
        ({"values": {"object_type": {"a": 1}}}, "profile_shape", {"key": "values.object_type"}),
        (
            {"values": {"object_type": {str(n): "X" for n in range(5001)}}},
            "profile_shape",
            {"key": "values.object_type"},
        ),
        ({"constants": {"kato": {"a": 1}}}, "profile_shape", {"key": "constants.kato"}),
        ({"name": 7}, "profile_shape", {"key": "name"}),
    ],
)
def test_a_bad_profile_is_refused_with_a_code(
    changes: dict[str, Any], code: str, params: dict[str, object]
) -> None:
    with pytest.raises(ProfileError) as info:
        profile_from_json(body(**changes))
    assert info.value.code == code and code in PROFILE_CODES
    assert params.items() <= dict(info.value.params).items()


def test_a_members_profile_takes_member_fields_only() -> None:
    members = body(target="members", columns={"surname": "Тегі", "iin": "ЖСН"}, values={})
    members["constants"] = {}
    assert profile_from_json(members).target == "members"
    with pytest.raises(ProfileError) as info:
        profile_from_json(body(target="members", values={}, constants={}))
    assert info.value.code == "profile_field" and info.value.params["field"] == "name"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "profile_unreadable"),
        (b"\xff\xfe{", "profile_unreadable"),
        (b"[1, 2", "profile_unreadable"),
        (b"[" * 100_000 + b"]" * 100_000, "profile_unreadable"),  # RecursionError
        (json.dumps({"a": [[[[[[[1]]]]]]]}).encode(), "profile_too_deep"),
        (b"null", "profile_format"),
        (b" " * (MAX_BYTES + 1), "profile_too_large"),
    ],
)
def test_a_hostile_profile_file_is_refused(tmp_path: Path, raw: bytes, code: str) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(raw)
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert info.value.code == code


def test_a_profile_file_with_a_bom_is_read_and_a_missing_one_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(body(), ensure_ascii=False).encode())
    assert load_profile(path).name == "Реестр района"
    with pytest.raises(ProfileError) as info:
        load_profile(tmp_path / "absent.json")
    assert info.value.code == "profile_unreadable"


# -- display codes ------------------------------------------------------------------------------

ALL = ("K", "O", "S", "G", "U")


def five(k: str, o: str, s: str, g: str, u: str) -> dict[str, str]:
    return dict(zip(ALL, (k, o, s, g, u), strict=True))


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("ДП-В", five(*["DP_V"] * 5)),
        ("ДЧ-В", five(*["DCH_V"] * 5)),
        ("ДУ", five(*["DU"] * 5)),
        ("ВНД", five(*["VND"] * 5)),
        ("ДП-И (О, Г, У); ДЧ-И (С)", five("VND", "DP_I", "DCH_I", "DP_I", "DP_I")),
        ("ДЧ-И (К, О)", five("DCH_I", "DCH_I", "VND", "VND", "VND")),
        ("ДУ (К)", five("DU", "VND", "VND", "VND", "VND")),
        ("ДП-И (К, О, С, Г, У)", five(*["DP_V"] * 5)),
        ("ДЧ-И (У, Г, С, О, К)", five(*["DCH_V"] * 5)),
        ("ДУ (К, О, С, Г, У)", five(*["DU"] * 5)),
        ("ДП-И (К); ДЧ-И (О, С); ДУ (Г, У)", five("DP_I", "DCH_I", "DCH_I", "DU", "DU")),
        # Latin forms and their categories
        ("DP-V", five(*["DP_V"] * 5)),
        ("DCH-I (K, O)", five("DCH_I", "DCH_I", "VND", "VND", "VND")),
        ("dp-i (s, g, u)", five("VND", "VND", "DP_I", "DP_I", "DP_I")),
        ("VND", five(*["VND"] * 5)),
        # Latin look-alikes inside Cyrillic: B, C, K, O, Y; spacing, case and dashes
        ("BНД", five(*["VND"] * 5)),
        ("ДY", five(*["DU"] * 5)),
        ("ДЧ-И (C, K)", five("DCH_I", "VND", "DCH_I", "VND", "VND")),
        ("дп – и(о,г)", five("VND", "DP_I", "VND", "DP_I", "VND")),
        ("ДП\u2011И (О)", five("VND", "DP_I", "VND", "VND", "VND")),
        ("  ", {}),
    ],
)
def test_display_codes_read_back_into_five_statuses(display: str, expected: dict[str, str]) -> None:
    assert parse_display_code(display) == expected


@pytest.mark.parametrize(
    "display",
    [
        "ДП-И",  # a selective code without its categories
        "ДП-В (К)",  # a whole code with categories
        "ВНД (О)",
        "ДП-И (К); ДЧ-И (К)",  # a category twice
        "ДП-И (Ж)",
        "ДП-И ()",
        "доступно",
        "ДП-И (К);",
        "ДП-В; ДЧ-В",
    ],
)
def test_an_unreadable_display_code_is_none(display: str) -> None:
    assert parse_display_code(display) is None


# -- stored profiles ----------------------------------------------------------------------------


def test_stored_profiles_round_trip_and_are_found_by_signature(store: Store) -> None:
    profile = profile_from_json(body())
    signature = header_signature(["№ п/п", "Наименование объекта", "КАТО"])
    save_stored_profile(store, " Реестр  района ", "objects", profile_to_json(profile), signature)
    save_stored_profile(store, "Семьи", "members", {"format": "x"}, "тегі|аты")

    [saved] = stored_profiles(store, "objects")
    assert saved.name == "Реестр района" and saved.signature == signature
    assert profile_from_json(dict(saved.body)) == profile
    assert [p.name for p in stored_profiles(store)] == ["Реестр района", "Семьи"]
    found = profile_for_signature(store, signature)
    assert found is not None and found.name == "Реестр района"
    assert profile_for_signature(store, "другое") is None
    assert profile_for_signature(store, "") is None

    # saving under the same name replaces it
    save_stored_profile(store, "Реестр района", "objects", body(header_row=4), signature)
    [again] = stored_profiles(store, "objects")
    assert again.body["header_row"] == 4

    delete_stored_profile(store, "Семьи")
    assert [p.name for p in stored_profiles(store)] == ["Реестр района"]
    with pytest.raises(StoredProfileError) as info:
        delete_stored_profile(store, "Семьи")
    assert info.value.code == "profile_not_found"
    with pytest.raises(StoredProfileError) as info:
        save_stored_profile(store, "  ", "objects", body(), signature)
    assert info.value.code == "profile_name_required"


def test_a_viewer_reads_profiles_but_cannot_save_or_delete_them(store: Store) -> None:
    save_stored_profile(store, "Реестр", "objects", body(), "a|b")
    with store.engine.connect() as conn:
        before = conn.execute(text("SELECT name, body, updated_at FROM import_profile")).all()
    viewer = as_role(store, "reader", "viewer")
    assert [p.name for p in stored_profiles(viewer)] == ["Реестр"]
    with pytest.raises(RoleError):
        save_stored_profile(viewer, "Реестр", "objects", body(header_row=9), "a|b")
    with pytest.raises(RoleError):
        delete_stored_profile(viewer, "Реестр")
    with store.engine.connect() as conn:
        after = conn.execute(text("SELECT name, body, updated_at FROM import_profile")).all()
    assert after == before


def test_an_import_profile_value_is_frozen() -> None:
    profile = ImportProfile("objects", 1, 1, {"name": "Атауы"})
    with pytest.raises(TypeError):
        profile.columns["kato"] = "ӘАОЖ"  # type: ignore[index]
