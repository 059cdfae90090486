"""Families and members from an office's own list (reporting.md §3.1, target ``members``).

Real workbooks written by openpyxl: a school list (Russian headers under two title rows, an
IIN stored as a number, dates with 'г.', a totals row) and a Digital Family Map style list
(Kazakh headers, 'ж.' dates, a child without an IIN). Checked: the rows and the store against
hand-written values, bad IINs and missing fields refused by row, same IIN linked, similar names
warned, a re-import updating without duplicating, all-or-nothing (the store compared whole),
the period lock and the roles.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from exporters.import_profile import MEMBERS, ImportProfile
from exporters.profile_members import DuplicateHint, import_members, preview_members
from exporters.registry_read import RegistryRejected
from models.audit.tables import AuditEvent
from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.families.tables import Family, FamilyMember, Person
from models.reference.approvals import PeriodLockedError
from models.reference.identifiers import check_digit
from models.reference.roles import RoleError
from models.reporting.approval import approve
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import DISTRICT, TODAY
from tests.models.report_builders import add_case
from tests.models.test_period_lock import dump

KATO = "113220100"


def iin(born: date, sex: str, serial: int) -> str:
    """A synthetic valid IIN (brief §3.3): YYMMDD, century/sex digit, serial, check digit."""
    century = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100] + (sex == "F")
    first = f"{born:%y%m%d}{century}{serial:04d}"
    digit = check_digit(first)
    if digit is None:
        return iin(born, sex, serial + 1)
    return first + str(digit)


FATHER = iin(date(1985, 7, 15), "M", 12)
MOTHER = iin(date(1992, 3, 2), "F", 345)
SON = iin(date(2015, 5, 10), "M", 77)
BROTHER = "011210500782"  # brief §3.3: valid, a leading zero

SCHOOL_HEADERS = [
    "№ п/п",
    "Номер семьи",
    "ИИН",
    "Фамилия",
    "Имя",
    "Отчество",
    "Дата рождения",
    "Пол",
    "Степень родства",
    "Адрес",
    "КАТО",
    "Школа",
]


def school_rows(school: str = "СШ №1") -> list[list[Any]]:
    return [
        [
            1,
            "С-1",
            int(FATHER),
            "Касымов",
            "Нурлан",
            "Серикович",
            "15.07.1985 г.",
            "муж",
            "Заявитель",
            "с. Акколь, ул. Абая, 1",
            int(KATO),
            "",
        ],
        [2, "С-1", MOTHER, "Касымова", "Алия", "", date(1992, 3, 2), "жен", "супруга", "", "", ""],
        [3, "С-1", SON, "Касымов", "Ерлан", "Нурланович", "10.05.2015", "М", "сын", "", "", school],
        [4, "С-1", int(BROTHER), "Касымов", "Арман", "", "10.12.2001г.", "муж", "брат", "", "", ""],
    ]


def write_list(
    path: Path, headers: list[str], rows: list[list[Any]], titles: tuple[str, ...] = ()
) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Список"
    for t in titles:
        ws.append([t])
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def school_list(path: Path, rows: list[list[Any]] | None = None) -> Path:
    return write_list(
        path,
        SCHOOL_HEADERS,
        [*(school_rows() if rows is None else rows), ["", "", "", "Итого", 4]],
        ("Список обучающихся из семей, находящихся в ТЖС", "по состоянию на 01.11.2026 г."),
    )


SCHOOL = ImportProfile(
    target=MEMBERS,
    sheet="Список",
    header_row=3,
    columns={
        "family_ref": "Номер семьи",
        "iin": "ИИН",
        "surname": "Фамилия",
        "given_name": "Имя",
        "patronymic": "Отчество",
        "birth_date": "Дата рождения",
        "sex": "Пол",
        "relation": "Степень родства",
        "address": "Адрес",
        "kato": "КАТО",
        "school": "Школа",
    },
    values={
        "sex": {"муж": "M", "жен": "F"},
        "relation": {"Заявитель": "APPLICANT", "супруга": "SPOUSE", "брат": "BROTHER"},
    },
    constants={"legal_basis": "STATUTORY", "statutory_basis": "Социальный кодекс РК"},
    name="Школа 1",
)


def count(store: Store, table: Any) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def people(store: Store) -> dict[str, tuple[str, date | None, str, str]]:
    with store.session() as s:
        return {
            p.given_name: (p.iin, p.birth_date, p.sex, p.school) for p in s.scalars(select(Person))
        }


def test_school_list_with_russian_headers_imports_one_family(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    path = school_list(tmp_path / "school.xlsx")
    preview = preview_members(store, path, SCHOOL, today=TODAY)
    assert preview.problems == ()
    assert [r.row for r in preview.rows] == [4, 5, 6, 7]  # the totals row ends the table
    assert preview.rows[3].iin == BROTHER  # a number cell: the leading zero restored
    assert preview.rows[0].kato == KATO
    assert preview.rows[0].birth_date == date(1985, 7, 15)
    assert [r.relation for r in preview.rows] == ["APPLICANT", "SPOUSE", "SON", "BROTHER"]
    assert [r.sex for r in preview.rows] == ["M", "F", "M", "M"]
    assert preview.rows[2].extra == {
        "school": "СШ №1",
        "legal_basis": "STATUTORY",  # the profile's constants
        "statutory_basis": "Социальный кодекс РК",
    }
    assert (preview.families_new, preview.families_updated) == (1, 0)
    assert (preview.members_new, preview.members_linked) == (4, 0)
    assert preview.duplicates == ()

    done = import_members(store, path, SCHOOL, user="admin", today=TODAY)
    assert (done.families_new, done.members_new, done.members_linked) == (1, 4, 0)
    assert count(store, Family) == 1
    assert people(store) == {
        "Нурлан": (FATHER, date(1985, 7, 15), "M", ""),
        "Алия": (MOTHER, date(1992, 3, 2), "F", ""),
        "Ерлан": (SON, date(2015, 5, 10), "M", "СШ №1"),
        "Арман": (BROTHER, date(2001, 12, 10), "M", ""),
    }
    with store.session() as s:
        fam = s.scalars(select(Family)).one()
        assert (fam.kato, fam.address, fam.legal_basis) == (
            KATO,
            "с. Акколь, ул. Абая, 1",
            "STATUTORY",
        )
        assert sorted(m.relation for m in fam.members) == [
            "APPLICANT",
            "BROTHER",
            "SON",
            "SPOUSE",
        ]
        # Audited like the family form's writes, by the importing user.
        inserted = {
            (e, u)
            for e, u in s.execute(
                select(AuditEvent.entity, AuditEvent.entity_uuid).where(
                    AuditEvent.action == "insert", AuditEvent.login == "admin"
                )
            )
        }
        assert sorted(e for e, _u in inserted if e in ("person", "family")) == [
            "family",
            *["person"] * 4,
        ]
        assert ("family", fam.uuid) in inserted
    # Nothing personal is logged: counts only.
    logged = caplog.text
    assert "member list imported: 1 families new" in logged
    for secret in (FATHER, MOTHER, SON, BROTHER, "Касымов", "Нурлан", "Абая"):
        assert secret not in logged


DFM_HEADERS = [
    "Р/с №",
    "Отбасы №",
    "ЖСН",
    "Тегі",
    "Аты",
    "Әкесінің аты",
    "Туған күні",
    "Жынысы",
    "Туыстық қатынасы",
    "ЖСН жоқ себебі",
    "Мекенжайы",
    "ӘАОЖ",
]
DFM = ImportProfile(
    target=MEMBERS,
    sheet=1,
    header_row=2,
    columns={
        "family_ref": "Отбасы №",
        "iin": "ЖСН",
        "surname": "Тегі",
        "given_name": "Аты",
        "patronymic": "Әкесінің аты",
        "birth_date": "Туған күні",
        "sex": "Жынысы",
        "relation": "Туыстық қатынасы",
        "no_iin_reason": "ЖСН жоқ себебі",
        "address": "Мекенжайы",
        "kato": "ӘАОЖ",
    },
    values={"relation": {"өтініш беруші": "APPLICANT"}},
    constants={"legal_basis": "STATUTORY", "statutory_basis": "Әлеуметтік кодекс"},
    name="ОЦК",
)
MOTHER2 = iin(date(1990, 1, 20), "F", 501)
DAUGHTER2 = iin(date(2012, 4, 3), "F", 502)
FATHER3 = iin(date(1979, 11, 30), "M", 503)


def dfm_rows() -> list[list[Any]]:
    return [
        [
            1,
            "ОЦК-17",
            MOTHER2,
            "Серікова",
            "Гүлнар",
            "Ерланқызы",
            "20.01.1990 ж.",
            "әйел",
            "өтініш беруші",
            "",
            "Ақкөл қ., Нұрсәт 5",
            KATO,
        ],
        [
            2,
            "ОЦК-17",
            DAUGHTER2,
            "Серікова",
            "Айгерім",
            "",
            "03.04.2012 ж.",
            "әйел",
            "қызы",
            "",
            "",
            KATO,
        ],
        [
            3,
            "ОЦК-17",
            "",
            "Серіков",
            "Нұрлан",
            "",
            date(2026, 2, 1),
            "ер",
            "ұлы",
            "Әлі берілмеген",
            "",
            "",
        ],
        [
            4,
            "ОЦК-18",
            FATHER3,
            "Омаров",
            "Бауыржан",
            "",
            "30.11.1979 ж.",
            "ер",
            "өтініш беруші",
            "",
            "Ақкөл қ., Абай 9",
            KATO,
        ],
    ]


def test_digital_family_map_list_with_kazakh_headers(store: Store, tmp_path: Path) -> None:
    path = write_list(
        tmp_path / "dfm.xlsx", DFM_HEADERS, dfm_rows(), ("Отбасының цифрлық картасы",)
    )
    preview = preview_members(store, path, DFM, today=TODAY)
    assert preview.problems == ()
    assert [r.family_ref for r in preview.rows] == ["ОЦК-17"] * 3 + ["ОЦК-18"]
    assert preview.rows[2].no_iin_reason == "NOT_ISSUED"  # the code list's Kazakh label
    assert [r.relation for r in preview.rows] == ["APPLICANT", "DAUGHTER", "SON", "APPLICANT"]
    assert (preview.families_new, preview.members_new) == (2, 4)
    done = import_members(store, path, DFM, user="admin", today=TODAY)
    assert (done.families_new, done.members_new) == (2, 4)
    with store.session() as s:
        sizes = sorted(len(f.members) for f in s.scalars(select(Family)))
        newborn = s.scalars(select(Person).where(Person.given_name == "Нұрлан")).one()
        assert (newborn.iin, newborn.no_iin_reason) == ("", "NOT_ISSUED")
    assert sizes == [1, 3]


def test_bad_iin_and_missing_fields_refuse_the_list_by_row(store: Store, tmp_path: Path) -> None:
    rows = school_rows()
    rows[1][2] = MOTHER[:11] + str((int(MOTHER[11]) + 1) % 10)  # wrong check digit
    rows[2][4] = ""  # no given name
    rows[3][6] = "31.02.2001"  # not a date
    path = school_list(tmp_path / "bad.xlsx", rows)
    before = dump(store)
    preview = preview_members(store, path, SCHOOL, today=TODAY)
    assert [(p.row, p.column, p.code) for p in preview.problems] == [
        (5, "iin", "iin_checksum"),
        (6, "given_name", "required"),
        (7, "birth_date", "bad_date"),
    ]
    with pytest.raises(RegistryRejected) as exc:
        import_members(store, path, SCHOOL, user="admin", today=TODAY)
    assert len(exc.value.problems) == 3
    assert dump(store) == before


def test_a_required_column_missing_from_the_profile(store: Store, tmp_path: Path) -> None:
    path = school_list(tmp_path / "school.xlsx")
    columns = {k: v for k, v in SCHOOL.columns.items() if k not in ("sex", "iin")}
    profile = ImportProfile(MEMBERS, "Список", 3, columns, SCHOOL.values, SCHOOL.constants)
    preview = preview_members(store, path, profile, today=TODAY)
    assert [(p.column, p.code) for p in preview.problems] == [
        ("sex", "field_not_mapped"),
        ("iin", "field_not_mapped"),
    ]


def test_a_person_twice_and_two_katos_in_one_family(store: Store, tmp_path: Path) -> None:
    rows = school_rows()
    rows[3][2] = SON  # the son again
    rows[1][10] = "113220200"  # another settlement in the same household
    path = school_list(tmp_path / "twice.xlsx", rows)
    preview = preview_members(store, path, SCHOOL, today=TODAY)
    codes = {(p.row, p.column, p.code) for p in preview.problems}
    assert (7, "iin", "person_twice") in codes
    assert (5, "kato", "family_kato_conflict") in codes


def _stored_family(store: Store, members: list[MemberDraft]) -> int:
    repo = FamilyRepository(store)
    draft = FamilyDraft(
        kato=KATO,
        legal_basis="STATUTORY",
        statutory_basis="Әлеуметтік кодекс",
        members=tuple(members),
    )
    return repo.save_family(draft, repo.context(TODAY), "admin")


def test_same_iin_is_linked_to_the_stored_person(store: Store, tmp_path: Path) -> None:
    # The son is already in the store, in his grandmother's household.
    _stored_family(
        store,
        [
            MemberDraft(
                "Касымова", "Роза", "APPLICANT", date(1960, 1, 1), "F", no_iin_reason="FOREIGNER"
            ),
            MemberDraft("Касымов", "Ерлан", "GRANDCHILD", date(2015, 5, 10), "M", iin=SON),
        ],
    )
    with store.session() as s:
        son_id = s.scalars(select(Person.id).where(Person.iin == SON)).one()
    path = school_list(tmp_path / "school.xlsx")
    preview = preview_members(store, path, SCHOOL, today=TODAY)
    assert [(d.row, d.kind, d.person_id) for d in preview.duplicates] == [(6, "same_iin", son_id)]
    assert "*****" in preview.duplicates[0].label and SON not in preview.duplicates[0].label
    assert (preview.members_new, preview.members_linked) == (3, 1)
    done = import_members(store, path, SCHOOL, user="admin", today=TODAY)
    assert (done.families_new, done.members_new, done.members_linked) == (1, 3, 1)
    assert done.duplicates == ()
    assert count(store, Person) == 5  # grandmother, son (once), father, mother, brother
    with store.session() as s:
        homes = s.scalars(select(FamilyMember.family_id).where(FamilyMember.person_id == son_id))
        assert len(list(homes)) == 2
        assert s.get_one(Person, son_id).school == "СШ №1"


def test_explicit_choice_makes_a_new_person(store: Store, tmp_path: Path) -> None:
    _stored_family(
        store, [MemberDraft("Касымов", "Ерлан", "APPLICANT", date(2015, 5, 10), "M", iin=SON)]
    )
    with store.session() as s:
        son_id = s.scalars(select(Person.id).where(Person.iin == SON)).one()
    path = school_list(tmp_path / "school.xlsx")
    done = import_members(store, path, SCHOOL, user="admin", today=TODAY, links={6: None})
    assert (done.members_new, done.members_linked) == (4, 0)
    assert [(d.row, d.kind, d.person_id) for d in done.duplicates] == [(6, "same_iin", son_id)]
    assert count(store, Person) == 5


def test_similar_name_is_warned_and_imported_as_new(store: Store, tmp_path: Path) -> None:
    # A stored "Kasymov Nurlan" born the same day, without an IIN (a foreigner then).
    _stored_family(
        store,
        [
            MemberDraft(
                "Kasymov", "Nurlan", "APPLICANT", date(1985, 7, 15), "M", no_iin_reason="FOREIGNER"
            )
        ],
    )
    with store.session() as s:
        other = s.scalars(select(Person.id)).one()
    path = school_list(tmp_path / "school.xlsx")
    preview = preview_members(store, path, SCHOOL, today=TODAY)
    assert [(d.row, d.kind, d.person_id) for d in preview.duplicates] == [
        (4, "similar_name", other)
    ]
    done = import_members(store, path, SCHOOL, user="admin", today=TODAY)
    assert (done.members_new, done.members_linked) == (4, 0)
    assert [(d.row, d.kind) for d in done.duplicates] == [(4, "similar_name")]
    assert count(store, Person) == 5


def test_similar_name_linked_by_choice(store: Store, tmp_path: Path) -> None:
    _stored_family(
        store,
        [
            MemberDraft(
                "Kasymov", "Nurlan", "APPLICANT", date(1985, 7, 15), "M", no_iin_reason="FOREIGNER"
            )
        ],
    )
    with store.session() as s:
        other = s.scalars(select(Person.id)).one()
    path = school_list(tmp_path / "school.xlsx")
    done = import_members(store, path, SCHOOL, user="admin", today=TODAY, links={4: other})
    assert (done.members_new, done.members_linked, done.duplicates) == (3, 1, ())
    assert count(store, Person) == 4
    with store.session() as s:  # the stored person takes the list's values
        p = s.get_one(Person, other)
        assert (p.surname, p.iin, p.no_iin_reason) == ("Касымов", FATHER, "")


def test_reimport_updates_without_duplicating(store: Store, tmp_path: Path) -> None:
    import_members(store, school_list(tmp_path / "a.xlsx"), SCHOOL, user="admin", today=TODAY)
    before = (count(store, Family), count(store, Person), count(store, FamilyMember))
    path = school_list(tmp_path / "b.xlsx", [*school_rows("Гимназия №2")])
    preview = preview_members(store, path, SCHOOL, today=TODAY)
    assert preview.duplicates == ()
    assert (preview.families_new, preview.families_updated) == (0, 1)
    assert (preview.members_new, preview.members_updated) == (0, 4)
    done = import_members(store, path, SCHOOL, user="admin", today=TODAY)
    assert (done.families_updated, done.members_updated) == (1, 4)
    assert (count(store, Family), count(store, Person), count(store, FamilyMember)) == before
    assert people(store)["Ерлан"][3] == "Гимназия №2"


def test_reimport_keeps_the_family_fields_the_list_does_not_carry(
    store: Store, tmp_path: Path
) -> None:
    """The consent's scope, term and the law kept by a withdrawal are typed on the family form,
    never in a list: re-importing the list leaves them as they are."""
    import_members(store, school_list(tmp_path / "a.xlsx"), SCHOOL, user="admin", today=TODAY)
    with store.session("admin") as s:
        family = s.scalars(select(Family)).one()
        family.consent_scope = "әлеуметтік сүйемелдеу"
        family.consent_until = date(2027, 12, 31)
    import_members(store, school_list(tmp_path / "b.xlsx"), SCHOOL, user="admin", today=TODAY)
    with store.session() as s:
        family = s.scalars(select(Family)).one()
        assert (family.consent_scope, family.consent_until) == (
            "әлеуметтік сүйемелдеу",
            date(2027, 12, 31),
        )


def test_hand_entered_household_is_found_by_its_applicant(store: Store, tmp_path: Path) -> None:
    fid = _stored_family(
        store,
        [
            MemberDraft("Касымов", "Нурлан", "APPLICANT", date(1985, 7, 15), "M", iin=FATHER),
            MemberDraft("Касымова", "Алия", "SPOUSE", date(1992, 3, 2), "F", iin=MOTHER),
        ],
    )
    done = import_members(
        store, school_list(tmp_path / "a.xlsx"), SCHOOL, user="admin", today=TODAY
    )
    assert (done.families_new, done.families_updated) == (0, 1)
    assert (done.members_updated, done.members_new) == (2, 2)
    assert count(store, Family) == 1
    with store.session() as s:
        assert len(s.get_one(Family, fid).members) == 4


def test_one_bad_row_anywhere_writes_nothing(store: Store, tmp_path: Path) -> None:
    import_members(store, school_list(tmp_path / "a.xlsx"), SCHOOL, user="admin", today=TODAY)
    before = dump(store)
    rows = school_rows("Гимназия №2")
    rows.append([5, "С-2", "", "Омаров", "Али", "", "01.01.2010", "муж", "сын", "", "", ""])
    path = school_list(tmp_path / "b.xlsx", rows)  # no IIN and no reason on the last row
    with pytest.raises(RegistryRejected) as exc:
        import_members(store, path, SCHOOL, user="admin", today=TODAY)
    assert [(p.row, p.column, p.code) for p in exc.value.problems] == [
        (8, "iin", "iin_or_reason_required")
    ]
    assert dump(store) == before


def test_the_families_rules_refuse_the_whole_list(store: Store, tmp_path: Path) -> None:
    rows = school_rows()
    rows[3][8] = "сын"  # the brother, born 2001, cannot be a son (a child is under 18)
    path = school_list(tmp_path / "b.xlsx", rows)
    before = dump(store)
    preview = preview_members(store, path, SCHOOL, today=TODAY)
    assert [(p.row, p.column, p.code) for p in preview.problems] == [
        (7, "birth_date", "child_not_minor")
    ]
    with pytest.raises(RegistryRejected):
        import_members(store, path, SCHOOL, user="admin", today=TODAY)
    assert dump(store) == before


def test_the_period_lock_refuses_the_whole_list(store: Store, tmp_path: Path) -> None:
    rows = school_rows()
    headers = [*SCHOOL_HEADERS, "С какого числа", "Группа инвалидности"]
    full = [[*r, "01.01.2020", ""] for r in rows]
    columns = {
        **SCHOOL.columns,
        "since": "С какого числа",
        "disability_group": "Группа инвалидности",
    }
    profile = ImportProfile(
        MEMBERS, "Список", 3, columns, SCHOOL.values, SCHOOL.constants, "Школа 1"
    )
    write_list(tmp_path / "a.xlsx", headers, full, ("Список", "на дату"))
    import_members(store, tmp_path / "a.xlsx", profile, user="admin", today=TODAY)
    with store.session() as s:
        add_case(s, date(2026, 2, 15), family=s.scalars(select(Family)).one())
    approve(store, "2026-Q1", today=TODAY)  # B1 counts the son, a member since 2020
    full[2][13] = "GROUP_2"  # the son with a disability: B1 of 2026-Q1 would change
    full[0][11] = "другая школа"
    write_list(tmp_path / "b.xlsx", headers, full, ("Список", "на дату"))
    before = dump(store)
    with pytest.raises(PeriodLockedError):
        import_members(store, tmp_path / "b.xlsx", profile, user="admin", today=TODAY)
    assert dump(store) == before


def test_a_viewer_may_not_import(store: Store, tmp_path: Path) -> None:
    path = school_list(tmp_path / "school.xlsx")
    before = dump(store)
    with pytest.raises(RoleError):
        import_members(as_role(store, "v", "viewer"), path, SCHOOL, user="v", today=TODAY)
    assert dump(store) == before


def test_cancel_writes_nothing(store: Store, tmp_path: Path) -> None:
    from models.objects.registry.store import ImportCancelled

    path = school_list(tmp_path / "school.xlsx")
    preview = preview_members(store, path, SCHOOL, today=TODAY)
    before = dump(store)
    with pytest.raises(ImportCancelled):
        import_members(store, preview, SCHOOL, user="admin", today=TODAY, is_cancelled=lambda: True)
    assert dump(store) == before


def test_problems_are_worded_for_the_command_line_and_the_screen(
    store: Store, tmp_path: Path
) -> None:
    from exporters.profile_members import duplicate_line, problem_line
    from ui.imports.registry_problems import problem_text

    rows = school_rows()
    rows[1][2] = MOTHER[:11] + str((int(MOTHER[11]) + 1) % 10)
    rows[3][2] = SON
    path = school_list(tmp_path / "bad.xlsx", rows)
    problems = preview_members(store, path, SCHOOL, today=TODAY).problems
    expected = check_digit(MOTHER[:11])
    assert [problem_line(p) for p in problems] == [
        f"row 5, iin: the IIN's check digit is wrong (expected {expected}): check the number",
        "row 7, iin: this person is already listed in row 6",
    ]
    assert [problem_text(p) for p in problems] == [
        f"The IIN's check digit does not match (it should be {expected}): look for a mistyped "
        "digit.",
        "This person is already listed in row 6: delete one of the rows.",
    ]
    hint = DuplicateHint(6, "same_iin", 41, "Касымов Ерлан, 10.05.2015, 150510*****1")
    assert duplicate_line(hint) == "row 6: same IIN as stored person 41"


def test_a_list_without_kato_keeps_the_stored_one_or_takes_the_offices(
    store: Store, tmp_path: Path
) -> None:
    import_members(store, school_list(tmp_path / "a.xlsx"), SCHOOL, user="admin", today=TODAY)
    columns = {k: v for k, v in SCHOOL.columns.items() if k != "kato"}
    profile = ImportProfile(
        MEMBERS, "Список", 3, columns, SCHOOL.values, SCHOOL.constants, SCHOOL.name
    )
    rows = school_rows()
    rows.append(
        [
            5,
            "С-2",
            FATHER3,
            "Омаров",
            "Бауыржан",
            "",
            "30.11.1979",
            "муж",
            "Заявитель",
            "Абай к-сі, 9",
            "",
            "",
        ]
    )
    done = import_members(
        store, school_list(tmp_path / "b.xlsx", rows), profile, user="admin", today=TODAY
    )
    assert (done.families_new, done.families_updated) == (1, 1)
    with store.session() as s:
        katos = sorted(f.kato for f in s.scalars(select(Family)))
    assert katos == [DISTRICT.kato, KATO]


def test_a_list_carries_care_status_placement_and_registrations(
    store: Store, tmp_path: Path
) -> None:
    """Issue 14: the care columns are read (labels, да/нет, dates with 'г.'); a later list
    without them keeps what is stored; a placement without the right status refuses the list."""
    headers = [*SCHOOL_HEADERS, "Статус попечения", "Форма устройства", "Учёт в полиции",
               "Дата постановки на учёт в полиции", "ВШУ"]  # fmt: skip
    rows = school_rows()
    care = {
        2: [
            "ребёнок, оставшийся без попечения родителей",
            "опека (попечительство)",
            "да",
            "10.03.2026 г.",
            "нет",
        ],  # fmt: skip
    }
    wide = [r + care.get(i, ["", "", "нет", "", ""]) for i, r in enumerate(rows)]
    profile = ImportProfile(
        target=MEMBERS,
        sheet="Список",
        header_row=3,
        columns={
            **SCHOOL.columns,
            "care_status": "Статус попечения",
            "placement_form": "Форма устройства",
            "police_registered": "Учёт в полиции",
            "police_registered_date": "Дата постановки на учёт в полиции",
            "school_registered": "ВШУ",
        },
        values=SCHOOL.values,
        constants=SCHOOL.constants,
        name="Школа 1, попечение",
    )
    path = write_list(tmp_path / "care.xlsx", headers, wide, ("Список", "на 01.11.2026"))
    preview = preview_members(store, path, profile, today=TODAY)
    assert preview.problems == ()
    extra = preview.rows[2].extra
    assert (extra["care_status"], extra["placement_form"]) == (
        "WITHOUT_PARENTAL_CARE",
        "GUARDIANSHIP",
    )
    assert (extra["police_registered"], extra["police_registered_date"]) == (
        True,
        date(2026, 3, 10),
    )
    import_members(store, path, profile, user="admin", today=TODAY)

    def son() -> tuple[str, str, bool, date | None, bool]:
        with store.session() as s:
            p = s.scalars(select(Person).where(Person.given_name == "Ерлан")).one()
            return (p.care_status, p.placement_form, p.police_registered,
                    p.police_registered_date, p.school_registered)  # fmt: skip

    assert son() == ("WITHOUT_PARENTAL_CARE", "GUARDIANSHIP", True, date(2026, 3, 10), False)
    # The school's usual list has no care columns: what is stored stays.
    import_members(store, school_list(tmp_path / "plain.xlsx"), SCHOOL, user="admin", today=TODAY)
    assert son() == ("WITHOUT_PARENTAL_CARE", "GUARDIANSHIP", True, date(2026, 3, 10), False)
    # A placement form with "lives with parents" is refused, nothing written.
    wide[2][12] = "проживает с родителями"
    bad = write_list(tmp_path / "bad.xlsx", headers, wide, ("Список", "на 01.11.2026"))
    before = dump(store)
    with pytest.raises(RegistryRejected) as caught:
        import_members(store, bad, profile, user="admin", today=TODAY)
    assert "placement_without_care_status" in {p.code for p in caught.value.problems}
    assert dump(store) == before
