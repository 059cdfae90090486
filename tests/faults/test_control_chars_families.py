"""A control character typed or pasted into a family or member field is refused (issue 9).

Checked at the repository: the refusal names the field, and the store is unchanged.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from models.families.repository import FamilyRepository
from models.families.tables import Family, FamilyMember, Person
from models.families.validation import CaseContext
from models.issues import ValidationError
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.families.test_family_repository import FAMILY, MOTHER, SON


def _counts(store: Store) -> tuple[int, int, int]:
    with store.session() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(t)) for t in (Family, Person, FamilyMember)
        )


def _refused(call: object) -> set[tuple[str, str]]:
    with pytest.raises(ValidationError) as err:
        call()  # type: ignore[operator]
    return {(i.field, i.code) for i in err.value.report.errors}


@pytest.fixture
def families(store: Store) -> FamilyRepository:
    return FamilyRepository(store)


@pytest.fixture
def ctx(families: FamilyRepository) -> CaseContext:
    return families.context(TODAY)


@pytest.mark.parametrize("fld", ["surname", "given_name", "patronymic", "school", "employment"])
@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\t", "\n"])
def test_member_text_with_a_control_character_saves_nothing(
    store: Store, families: FamilyRepository, ctx: CaseContext, fld: str, char: str
) -> None:
    value = getattr(SON, fld) or "Мектеп"
    bad_son = replace(SON, **{fld: value[:3] + char + value[3:]})
    bad = replace(FAMILY, members=(MOTHER, bad_son))
    assert ("member.1." + fld, "control_chars") in _refused(
        lambda: families.save_family(bad, ctx, "aigerim")
    )
    assert _counts(store) == (0, 0, 0)


@pytest.mark.parametrize("fld", ["phone", "map_level_source", "consent_recorded_by"])
def test_family_text_with_a_control_character_saves_nothing(
    store: Store, families: FamilyRepository, ctx: CaseContext, fld: str
) -> None:
    bad = replace(FAMILY, **{fld: getattr(FAMILY, fld) + "\x00"})
    assert _refused(lambda: families.save_family(bad, ctx, "aigerim")) == {(fld, "control_chars")}
    assert _counts(store) == (0, 0, 0)


def test_statutory_basis_with_a_control_character_is_refused(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    bad = replace(FAMILY, legal_basis="STATUTORY", statutory_basis="Заң\x08 14-бап")
    assert ("statutory_basis", "control_chars") in _refused(
        lambda: families.save_family(bad, ctx, "aigerim")
    )
    assert _counts(store) == (0, 0, 0)


def test_address_refuses_a_nul_but_keeps_tab_and_newline(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    bad = replace(FAMILY, address="Ақкөл қ.,\x00 Әуезов к-сі, 12")
    assert _refused(lambda: families.save_family(bad, ctx, "aigerim")) == {
        ("address", "control_chars")
    }
    assert _counts(store) == (0, 0, 0)
    ok = replace(FAMILY, address="Ақкөл қ.\nӘуезов к-сі,\t12")
    fid = families.save_family(ok, ctx, "aigerim")
    assert families.get_family(fid).address == "Ақкөл қ.\nӘуезов к-сі,\t12"


def test_a_member_added_later_with_a_nul_is_refused_and_the_household_unchanged(
    store: Store, families: FamilyRepository, ctx: CaseContext
) -> None:
    fid = families.save_family(replace(FAMILY, members=(MOTHER,)), ctx, "aigerim")
    before = _counts(store)
    bad = replace(SON, surname="Қасымов\x00")
    assert ("surname", "control_chars") in _refused(
        lambda: families.add_member(fid, bad, ctx, "aigerim")
    )
    assert _counts(store) == before
    assert [m.surname for m in families.get_family(fid).members] == ["Қасымова"]
