"""Registry import (reporting.md §3): round trips, re-imports, every kind of bad input."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from exporters.registry_import import (
    ALL_COLUMNS,
    COLUMNS,
    MAX_PROBLEMS,
    ImportCancelled,
    Problem,
    RegistryRejected,
    import_registry,
    parse_date,
    preview_registry,
    read_registry,
    registry_context,
)
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.objects.tables import InfraObject, Passport
from models.store.bulk import bulk_uuids
from models.store.db import Store
from tests.conftest import TODAY

USER = "registrar"


def row(ref: str = "R1", **values: Any) -> dict[str, Any]:
    """A valid passported row; keyword arguments override columns."""
    base: dict[str, Any] = {
        "object_ref": ref,
        "kato": "113220100",
        "name": "№1 мектеп",
        "object_type": "EDU_SCHOOL",
        "address": "Ақкөл қ., Абай к-сі, 1",
        "subject_to_passportization": 1,
        "passport_date": date(2024, 3, 1),
        "status_K": "DP_I",
        "status_O": "DP_I",
        "status_S": "DCH_I",
        "status_G": "DU",
        "status_U": "VND",
        "requires_adaptation": 1,
        "adapted_date": "05.06.2025",
    }
    base.update(values)
    return base


def unpassported(ref: str, **values: Any) -> dict[str, Any]:
    """A valid row of an object not passported yet."""
    blank = dict.fromkeys((f"status_{c}" for c in "KOSGU"), None)
    return row(ref, passport_date=None, requires_adaptation=0, adapted_date=None, **blank) | values


def write(path: Path, rows: list[dict[str, Any]], columns: tuple[str, ...] = COLUMNS) -> Path:
    """Write a registry with openpyxl: codes in row 1, one object per row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(columns))
    for r in rows:
        ws.append([r.get(c) for c in columns])
    wb.save(path)
    return path


def good_rows() -> list[dict[str, Any]]:
    return [
        row("R1"),
        row("R2", passport_date="2024-04-10", requires_adaptation=1, adapted_date=None),
        unpassported("R3", subject_to_passportization=0, name="Дүкен", object_type="EDU_SPECIAL"),
    ]


def objects(store: Store) -> dict[str, InfraObject]:
    with store.session() as s:
        return {o.object_ref: o for o in s.scalars(select(InfraObject))}


def passports(store: Store) -> list[Passport]:
    with store.session() as s:
        return list(s.scalars(select(Passport).order_by(Passport.object_id, Passport.version)))


def reject(store: Store, path: Path) -> list[Problem]:
    with pytest.raises(RegistryRejected) as info:
        import_registry(store, path, user=USER, today=TODAY)
    return info.value.problems


def codes(problems: list[Problem]) -> set[tuple[int | None, str | None, str]]:
    return {(p.row, p.column, p.code) for p in problems}


# -- good files ---------------------------------------------------------------------------------


def test_good_file_round_trip(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "r.xlsx", good_rows())

    result = import_registry(store, path, user=USER, today=TODAY)

    assert (result.added, result.updated, result.passports_added) == (3, 0, 2)
    repo = ObjectRepository(store)
    assert repo.count(ObjectFilter()) == 3
    assert repo.count(ObjectFilter(passport_state="passported")) == 2
    assert repo.count(ObjectFilter(passport_state="excluded")) == 1
    assert repo.count(ObjectFilter(text="мектеп")) == 2  # the search key was filled
    by_ref = objects(store)
    r1 = by_ref["R1"]
    # No registered_date column: no registration date, in the register for every period (§1).
    assert repo.get(r1.id).registered_date is None
    assert repo.passport_versions(r1.id) == [(r1.current_passport_id, 1, date(2024, 3, 1))]
    page = {r.name: r for _k, r in repo.page(ObjectFilter(), sort="id")}
    assert page["№1 мектеп"].statuses in {("DP_I", "DP_I", "DCH_I", "DU", "VND")}
    assert by_ref["R2"].current_passport_id is not None
    assert by_ref["R3"].current_passport_id is None
    assert not by_ref["R3"].subject_to_passportization
    draft = repo.get_passport(r1.current_passport_id)
    assert draft.requires_adaptation is True
    assert draft.adapted_date == date(2025, 6, 5)
    p2 = repo.get_passport(by_ref["R2"].current_passport_id)
    assert (p2.passport_date, p2.requires_adaptation, p2.adapted_date) == (
        date(2024, 4, 10),
        True,
        None,
    )
    # Every row carries the tracked columns (Core inserts skip the ORM hook).
    for record in [*by_ref.values(), *passports(store)]:
        assert len(record.uuid) == 36
        assert record.created_by == USER and record.updated_by == USER
        assert record.created_at is not None and record.updated_at is not None
    assert len({o.uuid for o in by_ref.values()}) == 3


def test_reimport_same_file_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "r.xlsx", good_rows())
    import_registry(store, path, user=USER, today=TODAY)
    before = {(p.object_id, p.version, p.updated_at) for p in passports(store)}

    again = import_registry(store, path, user="someone_else", today=TODAY)

    assert (again.added, again.updated, again.passports_added, again.unchanged) == (0, 0, 0, 3)
    assert ObjectRepository(store).count(ObjectFilter()) == 3
    assert {(p.object_id, p.version, p.updated_at) for p in passports(store)} == before
    assert {o.updated_by for o in objects(store).values()} == {USER}  # untouched rows


def test_later_passport_date_adds_a_current_version(store: Store, tmp_path: Path) -> None:
    import_registry(store, write(tmp_path / "a.xlsx", good_rows()), user=USER, today=TODAY)
    rows = good_rows()
    rows[0] = row("R1", passport_date="01.09.2026", status_K="DU", adapted_date=None)

    result = import_registry(store, write(tmp_path / "b.xlsx", rows), user=USER, today=TODAY)

    assert (result.added, result.updated, result.passports_added) == (0, 1, 1)
    repo = ObjectRepository(store)
    r1 = objects(store)["R1"]
    versions = repo.passport_versions(r1.id)
    assert [(v, d) for _id, v, d in versions] == [(1, date(2024, 3, 1)), (2, date(2026, 9, 1))]
    assert r1.current_passport_id == versions[1][0]
    current = repo.get_passport(versions[1][0])
    assert current.statuses["K"] == "DU"
    assert current.adapted_date is None
    assert repo.get_passport(versions[0][0]).statuses["K"] == "DP_I"  # history kept
    assert repo.count(ObjectFilter()) == 3


def test_same_passport_date_corrects_the_version_in_place(store: Store, tmp_path: Path) -> None:
    import_registry(store, write(tmp_path / "a.xlsx", good_rows()), user=USER, today=TODAY)
    rows = good_rows()
    rows[0] = row("R1", status_U="DCH_I", name="№1 мектеп-гимназия")

    result = import_registry(store, write(tmp_path / "b.xlsx", rows), user=USER, today=TODAY)

    assert (result.passports_added, result.passports_updated, result.updated) == (0, 1, 1)
    r1 = objects(store)["R1"]
    assert r1.name == "№1 мектеп-гимназия"
    repo = ObjectRepository(store)
    assert [v for _i, v, _d in repo.passport_versions(r1.id)] == [1]
    assert repo.get_passport(r1.current_passport_id).statuses["U"] == "DCH_I"


def test_row_without_passport_date_leaves_passports_alone(store: Store, tmp_path: Path) -> None:
    import_registry(store, write(tmp_path / "a.xlsx", good_rows()), user=USER, today=TODAY)
    rows = good_rows()
    rows[0] = unpassported("R1")

    import_registry(store, write(tmp_path / "b.xlsx", rows), user=USER, today=TODAY)

    r1 = objects(store)["R1"]
    assert ObjectRepository(store).get_passport(r1.current_passport_id).passport_date == date(
        2024, 3, 1
    )


def test_older_passport_than_the_current_one_is_refused(store: Store, tmp_path: Path) -> None:
    import_registry(store, write(tmp_path / "a.xlsx", good_rows()), user=USER, today=TODAY)
    rows = good_rows()
    rows[0] = row("R1", passport_date="2020-01-01", adapted_date=None)

    problems = reject(store, write(tmp_path / "b.xlsx", rows))

    assert codes(problems) == {(2, "passport_date", "passport_before_current")}
    assert "01.03.2024" in problems[0].as_text()
    assert len(passports(store)) == 2


def test_formats_codes_in_any_order_extra_columns_and_trimming(
    store: Store, tmp_path: Path
) -> None:
    columns = ("note", *reversed(ALL_COLUMNS))
    rows = [
        row(
            " 17 ",
            kato=113220100,  # typed as a number in Excel
            object_type="  EDU_SCHOOL ",
            subject_to_passportization=1.0,
            passport_date=datetime(2024, 3, 1, 0, 0),
            status_K=" DP_I",
            requires_adaptation=True,
            adapted_date="2025-06-05",
            registered_date="01.02.2010",
            note="ignored",
        ),
        unpassported(
            "18", subject_to_passportization="1", requires_adaptation=None, registered_date=None
        ),
    ]
    path = tmp_path / "r.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append([f"  {c}  " for c in columns])
    for r in rows:
        ws.append([r.get(c) for c in columns])
    ws.append([None] * len(columns))  # a blank row in between is skipped
    ws.append([unpassported("19").get(c) for c in columns])
    ws.cell(row=5, column=columns.index("passport_date") + 1).value = 45000  # a serial number
    ws.cell(row=5, column=columns.index("requires_adaptation") + 1).value = 0
    wb.save(path)

    result = import_registry(store, path, user=USER, today=TODAY)

    assert (result.added, result.passports_added) == (3, 2)
    by_ref = objects(store)
    assert set(by_ref) == {"17", "18", "19"}
    assert by_ref["17"].kato == "113220100"
    assert by_ref["17"].object_type == "EDU_SCHOOL"
    assert by_ref["17"].registered_date == date(2010, 2, 1)
    assert by_ref["18"].registered_date is None  # an empty cell: none
    repo = ObjectRepository(store)
    assert repo.get_passport(by_ref["17"].current_passport_id).statuses["K"] == "DP_I"
    assert repo.get_passport(by_ref["19"].current_passport_id).passport_date == date(2023, 3, 15)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("01.02.2024", date(2024, 2, 1)),
        ("1.2.2024", date(2024, 2, 1)),
        ("2024-02-01", date(2024, 2, 1)),
        (date(2024, 2, 1), date(2024, 2, 1)),
        (datetime(2024, 2, 1, 13, 5), date(2024, 2, 1)),
        (45323.0, date(2024, 2, 1)),
        ("", None),
        ("   ", None),
    ],
)
def test_date_cells(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


# -- bad rows -----------------------------------------------------------------------------------


BAD_ROWS = [
    ({"object_type": "SCHOOL"}, "object_type", "unknown_code"),
    ({"object_type": ""}, "object_type", "required"),
    ({"status_G": "DP"}, "status_G", "unknown_code"),
    ({"passport_date": "31.02.2024"}, "passport_date", "bad_date"),
    ({"passport_date": "last spring"}, "passport_date", "bad_date"),
    ({"passport_date": TODAY + timedelta(days=1)}, "passport_date", "date_in_future"),
    ({"adapted_date": "2026-12-01"}, "adapted_date", "date_in_future"),
    ({"requires_adaptation": 0}, "adapted_date", "adapted_without_requirement"),
    ({"adapted_date": "01.01.2024"}, "adapted_date", "adapted_before_passport"),
    ({"requires_adaptation": None, "adapted_date": None}, "requires_adaptation", "required"),
    ({"kato": "113300100"}, "kato", "kato_outside_office"),
    ({"kato": "993220100"}, "kato", "kato_region_unknown"),
    ({"kato": "11322"}, "kato", "kato_format"),
    ({"subject_to_passportization": "yes"}, "subject_to_passportization", "bad_flag"),
    ({"subject_to_passportization": None}, "subject_to_passportization", "required"),
    ({"requires_adaptation": 2}, "requires_adaptation", "bad_flag"),
    ({"subject_to_passportization": 0}, "passport_date", "rule_not_subject"),
    ({"passport_date": None}, "status_K", "rule_no_passport"),
    # DP_V and DCH_V mean "the same for all five" (brief §2.5).
    ({"status_S": "DCH_V"}, "status_S", "status_not_shared"),
    ({"status_U": "DP_V"}, "status_U", "status_not_shared"),
    ({"name": "   "}, "name", "required"),
    ({"object_ref": "x" * 65}, "object_ref", "too_long"),
]


@pytest.mark.parametrize(("change", "column", "code"), BAD_ROWS)
def test_bad_row_rejects_the_whole_file(
    store: Store, tmp_path: Path, change: dict[str, Any], column: str, code: str
) -> None:
    rows = [row("A"), row("B", **change), unpassported("C")]

    problems = reject(store, write(tmp_path / "r.xlsx", rows))

    assert (3, column, code) in codes(problems)
    assert all(p.row == 3 for p in problems)
    assert ObjectRepository(store).count(ObjectFilter()) == 0
    assert passports(store) == []


def test_duplicate_object_ref(store: Store, tmp_path: Path) -> None:
    rows = [row("A"), unpassported("B"), row("A", kato="113220200")]

    problems = reject(store, write(tmp_path / "r.xlsx", rows))

    assert codes(problems) == {(4, "object_ref", "duplicate_ref")}
    assert problems[0].params["first_row"] == 2
    assert problems[0].as_text() == "row 4, object_ref: object_ref 'A' is already used in row 2"
    assert ObjectRepository(store).count(ObjectFilter()) == 0


def test_not_subject_row_lists_every_passport_column(store: Store, tmp_path: Path) -> None:
    rows = [row("A", subject_to_passportization=0)]

    problems = reject(store, write(tmp_path / "r.xlsx", rows))

    assert codes(problems) == {
        (2, c, "rule_not_subject")
        for c in (
            "passport_date",
            "status_K",
            "status_O",
            "status_S",
            "status_G",
            "status_U",
            "requires_adaptation",
            "adapted_date",
        )
    }


def test_rejected_reimport_keeps_the_store_as_it_was(store: Store, tmp_path: Path) -> None:
    import_registry(store, write(tmp_path / "a.xlsx", good_rows()), user=USER, today=TODAY)
    rows = [*good_rows(), row("R9", name="Жаңа"), row("R10", object_type="NOPE")]
    rows[0] = row("R1", name="Changed")

    reject(store, write(tmp_path / "b.xlsx", rows))

    by_ref = objects(store)
    assert set(by_ref) == {"R1", "R2", "R3"}
    assert by_ref["R1"].name == "№1 мектеп"


def test_problem_text_for_the_command_line() -> None:
    problem = Problem(7, "passport_date", "bad_date", {"value": "32.01.2024"})
    assert problem.as_text() == (
        "row 7, passport_date: '32.01.2024' is not a date: use dd.mm.yyyy, yyyy-mm-dd or an "
        "Excel date"
    )
    assert Problem(None, None, "not_xlsx").as_text().startswith("file: not an Excel workbook")
    assert Problem(3, "kato", "some_new_code").as_text() == "row 3, kato: some_new_code"


def test_a_dp_v_not_shared_names_the_categories_that_differ(store: Store, tmp_path: Path) -> None:
    rows = [row("A", status_K="DP_V", status_O="DP_V", status_S="DP_V", status_G="DP_V")]
    [problem] = reject(store, write(tmp_path / "r.xlsx", rows))
    assert (problem.row, problem.column, problem.code) == (2, "status_K", "status_not_shared")
    assert problem.params == {"code": "DP_V", "categories": ("U",)}
    assert problem.as_text() == (
        "row 2, status_K: DP_V means the same status for all five categories, but U differ"
    )


def test_too_many_problems_are_counted_not_listed(store: Store, tmp_path: Path) -> None:
    rows = [row(f"R{i}", object_type="NOPE") for i in range(MAX_PROBLEMS + 5)]

    problems = reject(store, write(tmp_path / "r.xlsx", rows))

    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].code == "more_problems"
    assert problems[-1].params == {"count": 5}


# -- bad files ----------------------------------------------------------------------------------


def test_missing_and_misspelt_columns(store: Store, tmp_path: Path) -> None:
    columns = tuple("pasport_date" if c == "passport_date" else c for c in COLUMNS if c != "kato")
    rows = [{**row("A"), "pasport_date": date(2024, 1, 1)}]

    problems = reject(store, write(tmp_path / "r.xlsx", rows, columns))

    assert codes(problems) == {
        (1, "kato", "missing_column"),
        (1, "passport_date", "missing_column"),
    }


def test_duplicate_column(store: Store, tmp_path: Path) -> None:
    problems = reject(store, write(tmp_path / "r.xlsx", [row("A")], (*COLUMNS, "kato")))
    assert codes(problems) == {(1, "kato", "duplicate_column")}


def test_foreign_workbook(store: Store, tmp_path: Path) -> None:
    problems = reject(store, write(tmp_path / "r.xlsx", [{"Аты": "x"}], ("Аты", "Мекенжайы")))
    assert codes(problems) == {(1, None, "no_header")}


def test_text_file_renamed_to_xlsx(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "registry.xlsx"
    path.write_text("object_ref;kato\nR1;113220100\n", encoding="utf-8")
    assert codes(reject(store, path)) == {(None, None, "not_xlsx")}


def test_zip_that_is_not_a_workbook(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "registry.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    assert codes(reject(store, path)) == {(None, None, "not_xlsx")}


def test_truncated_workbook(store: Store, tmp_path: Path) -> None:
    good = write(tmp_path / "good.xlsx", [row("A")])
    path = tmp_path / "broken.xlsx"
    path.write_bytes(good.read_bytes()[:2000])
    assert codes(reject(store, path)) <= {(None, None, "not_xlsx"), (None, None, "unreadable")}


def test_password_protected_or_old_excel(store: Store, tmp_path: Path) -> None:
    # Encrypted workbooks and .xls files are OLE compound files.
    path = tmp_path / "registry.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert codes(reject(store, path)) == {(None, None, "protected_or_xls")}


def test_empty_file_and_missing_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "registry.xlsx"
    path.write_bytes(b"")
    assert codes(reject(store, path)) == {(None, None, "empty_file")}
    assert codes(reject(store, tmp_path / "nowhere.xlsx")) == {(None, None, "unreadable")}


def test_empty_sheet(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "registry.xlsx"
    openpyxl.Workbook().save(path)
    assert codes(reject(store, path)) == {(None, None, "empty_sheet")}


def test_header_only(store: Store, tmp_path: Path) -> None:
    assert codes(reject(store, write(tmp_path / "r.xlsx", []))) == {(None, None, "no_rows")}


# -- preview, progress, cancel ------------------------------------------------------------------


def test_preview_counts_without_writing(store: Store, tmp_path: Path) -> None:
    import_registry(store, write(tmp_path / "a.xlsx", good_rows()), user=USER, today=TODAY)
    rows = [*good_rows(), row("R4"), unpassported("R5")]
    rows[1] = row("R2", passport_date="2025-01-10", adapted_date=None)
    seen: list[tuple[int, int]] = []

    preview = preview_registry(
        store,
        write(tmp_path / "b.xlsx", rows),
        today=TODAY,
        progress=lambda d, t: seen.append((d, t)),
    )

    assert preview.ok
    assert preview.plan is not None
    assert (preview.plan.added, preview.plan.updated, preview.plan.unchanged) == (2, 1, 2)
    assert (preview.plan.passports_added, preview.plan.passports_updated) == (2, 0)
    assert preview.plan.new_rows == {5, 6}
    assert seen[-1] == (100, 100)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert ObjectRepository(store).count(ObjectFilter()) == 3


def test_read_registry_keeps_valid_rows_beside_problems(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "r.xlsx", [row("A"), row("B", kato="1")])
    parsed = read_registry(path, registry_context(store, TODAY))
    assert [r.object_ref for r in parsed.rows] == ["A"]
    assert codes(list(parsed.problems)) == {(3, "kato", "kato_format")}
    assert not parsed.ok


def test_cancel_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "r.xlsx", good_rows())
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done >= 50:  # the writing half
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_registry(store, path, user=USER, today=TODAY, progress=progress)
    with pytest.raises(ImportCancelled):
        import_registry(store, path, user=USER, today=TODAY, is_cancelled=lambda: True)

    assert ObjectRepository(store).count(ObjectFilter()) == 0
    assert calls


def test_bulk_uuids_are_version_4_and_distinct() -> None:
    import uuid

    values = bulk_uuids(2000)
    assert len(set(values)) == 2000
    for text in values[:200]:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == text
