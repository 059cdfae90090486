"""The register model pages by keyset, filters and sorts in SQL (issue 2).

The store holds 650 objects built by a rule on their index ``i`` (0..649), so every expected
count below is worked out by hand from the rule:

- names cycle over five bases by ``i % 5``: Қасым мектебі, Ізгілік орталығы, Балабақша, Емхана,
  Аялдама (130 each); the name ends with ``№`` and ``i`` on three digits;
- type by ``i % 3``: EDU_SCHOOL (i % 3 == 0: 217), HEALTH_CLINIC... (see ``TYPES``: 217, 216);
- even ``i`` have a passport (325): ``i % 4 == 0`` is ДП-В for all five categories (163),
  ``i % 4 == 2`` (162) is К ВНД, О and С ДЧ-И, Г and У ДУ, and requires adaptation; of those,
  ``i % 8 == 2`` (81) are adapted, ``i % 8 == 6`` (81) are not;
- odd ``i`` have no passport; ``i % 10 == 5`` (65) are excluded from passportization;
- settlement by ``i % 2``: even 113220100 (Ақкөл), odd 113241100.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import insert, select, update

from models.objects.dto import ObjectFilter, ObjectRow
from models.objects.repository import ObjectRepository, object_search_key
from models.objects.tables import InfraObject, Passport
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.objects.table_model import (
    COL_ADDRESS,
    COL_NAME,
    COL_PASSPORT_DATE,
    COL_REQUIRES_ADAPTATION,
    COL_SETTLEMENT,
    COL_STATUS_FIRST,
    COL_TYPE,
    ObjectTableModel,
)

N = 650
BASES = ("Қасым мектебі", "Ізгілік орталығы", "Балабақша", "Емхана", "Аялдама")
TYPES = ("EDU_SCHOOL", "EDU_PRESCHOOL", "EDU_BOARDING")
SETTLEMENTS = ("113220100", "113241100")


def object_name(i: int) -> str:
    """Return the name of object ``i`` of the test register."""
    return f"{BASES[i % 5]} №{i:03d}"


def build_register(store: Store, n: int = N) -> None:
    """Fill ``store`` with ``n`` objects by the rule of this module's docstring (Core bulk)."""
    ReferenceRepository(store).add_settlement("113220100", "Ақкөл", "Акколь", "admin")
    now = datetime(2026, 1, 1)
    stamp = {"created_at": now, "updated_at": now, "created_by": "t", "updated_by": "t"}
    objects = []
    for i in range(n):
        name, address = object_name(i), f"көше {i % 7}, {i}"
        objects.append(
            {
                "id": i + 1,
                "uuid": f"00000000-0000-0000-0000-{i:012d}",
                "kato": SETTLEMENTS[i % 2],
                "name": name,
                "object_type": TYPES[i % 3],
                "address": address,
                "owner_name": f"ЖШС Иесі {i % 11}",
                "subject_to_passportization": i % 10 != 5,
                "search_key": object_search_key(name, address),
                **stamp,
            }
        )
    passports = []
    for i in range(0, n, 2):
        full = i % 4 == 0
        statuses = ("DP_V",) * 5 if full else ("VND", "DCH_I", "DCH_I", "DU", "DU")
        passports.append(
            {
                "id": i + 1,
                "uuid": f"10000000-0000-0000-0000-{i:012d}",
                "object_id": i + 1,
                "version": 1,
                "passport_date": date(2025, 1, 1 + i % 28),
                **{f"status_{c}": s for c, s in zip("kosgu", statuses, strict=True)},
                "requires_adaptation": not full,
                "adapted_date": date(2026, 3, 1) if i % 8 == 2 else None,
                **stamp,
            }
        )
    with store.engine.begin() as conn:
        conn.execute(insert(InfraObject), objects)
        conn.execute(insert(Passport), passports)
        current = select(Passport.id).where(Passport.object_id == InfraObject.id)
        conn.execute(update(InfraObject).values(current_passport_id=current.scalar_subquery()))


@pytest.fixture
def register(store: Store) -> Store:
    """The store with the 650-object register."""
    build_register(store)
    return store


def test_pages_of_200_arrive_on_fetch_more(qtbot, register: Store) -> None:
    model = ObjectTableModel(register, lang="kk")
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex())
    for expected in (200, 400, 600, 650):
        with qtbot.waitSignal(model.rowsInserted):
            model.fetchMore(QModelIndex())
        assert model.rowCount() == expected
    assert not model.canFetchMore(QModelIndex())
    ids = [model.object_at(r).id for r in range(model.rowCount())]
    assert sorted(ids) == list(range(1, N + 1))


def test_model_passes_the_model_tester(qtmodeltester, register: Store) -> None:
    model = ObjectTableModel(register, lang="ru")
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.sort(COL_PASSPORT_DATE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_row_count_is_zero_under_a_valid_parent(register: Store) -> None:
    model = ObjectTableModel(register, lang="kk")
    model.fetchMore(QModelIndex())
    index = model.index(0, 0)
    assert model.rowCount(index) == 0
    assert model.columnCount(index) == 0
    assert not model.canFetchMore(index)


def test_cells_show_labels_statuses_and_dates(register: Store) -> None:
    model = ObjectTableModel(register, lang="kk")
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    # Ascending by folded name, "а" comes first: i = 4 (id 5), even so passported, i % 4 == 0.
    assert model.row_of(5) == 0
    assert model.data(model.index(0, COL_NAME)) == "Аялдама №004"
    assert model.data(model.index(0, COL_TYPE)) == "мектепке дейінгі ұйым (балабақша)"
    assert model.data(model.index(0, COL_SETTLEMENT)) == "113220100 Ақкөл"
    assert model.data(model.index(0, COL_PASSPORT_DATE)) == "05.01.2025"
    assert model.data(model.index(0, COL_STATUS_FIRST)) == "ДП-В"
    assert model.data(model.index(0, COL_REQUIRES_ADAPTATION)) == "no"
    assert isinstance(model.data(model.index(0, 0), ObjectTableModel.RowRole), ObjectRow)
    assert "барлығына толық қолжетімді" in model.data(
        model.index(0, COL_STATUS_FIRST), Qt.ItemDataRole.ToolTipRole
    )


def all_ids(model: ObjectTableModel) -> list[int]:
    """Fetch every page and return the object ids in row order."""
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.object_at(r).id for r in range(model.rowCount())]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ObjectFilter(text="қас"), 130),  # lower-case Kazakh finds "Қасым"
        (ObjectFilter(text="iзгi"), 130),  # Latin "i" typed for "і" in "Ізгілік"
        (ObjectFilter(text="ЕМХАНА"), 130),
        (ObjectFilter(text="№00"), 10),  # i = 0..9
        (ObjectFilter(text="100%"), 0),  # LIKE wildcards are literal
        (ObjectFilter(object_type="EDU_SCHOOL"), 217),
        (ObjectFilter(object_type="EDU_BOARDING"), 216),
        (ObjectFilter(kato="113220100"), 325),
        (ObjectFilter(status="DP_V"), 163),
        (ObjectFilter(status="accessible"), 325),
        (ObjectFilter(status="accessible", category="K"), 163),
        (ObjectFilter(status="VND", category="K"), 162),
        (ObjectFilter(status="VND", category="O"), 0),
        (ObjectFilter(status="DU", category="G"), 162),
        (ObjectFilter(passport_state="passported"), 325),
        (ObjectFilter(passport_state="not_passported"), 260),
        (ObjectFilter(passport_state="excluded"), 65),
        (ObjectFilter(needs_adaptation=True), 81),
        (ObjectFilter(needs_adaptation=False), 163),
        (ObjectFilter(object_type="EDU_SCHOOL", passport_state="passported"), 109),  # i % 6 == 0
        (ObjectFilter(text="қас", status="DP_V"), 33),  # i % 20 == 0
    ],
)
def test_filters_give_hand_counted_numbers(
    register: Store, flt: ObjectFilter, expected: int
) -> None:
    model = ObjectTableModel(register, lang="kk")
    model.set_filter(flt)
    ids = all_ids(model)
    assert len(ids) == expected
    assert ObjectRepository(register).count(flt) == expected


def test_search_rows_are_the_matching_objects(register: Store) -> None:
    model = ObjectTableModel(register, lang="kk")
    model.set_filter(ObjectFilter(text="қас"))
    names = {model.object_at(r).name for r in range(model.rowCount())}
    assert all(name.startswith("Қасым") for name in names)


def test_sorting_by_name_descending_puts_the_last_name_first(register: Store) -> None:
    model = ObjectTableModel(register, lang="kk")
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    # "қ" (U+049B) folds after every other first letter; the largest i with i % 5 == 0 is 645.
    assert model.data(model.index(0, COL_NAME)) == "Қасым мектебі №645"


def test_sorting_by_passport_date_descending(register: Store) -> None:
    model = ObjectTableModel(register, lang="kk")
    model.sort(COL_PASSPORT_DATE, Qt.SortOrder.DescendingOrder)
    # The latest date is 27.01.2025 (even i with i % 28 == 26); ties go by id descending.
    assert model.object_at(0).id == 643
    assert model.data(model.index(0, COL_PASSPORT_DATE)) == "27.01.2025"


@pytest.mark.parametrize("page_size", [200, 37])
@pytest.mark.parametrize(
    ("column", "order"),
    [
        (COL_NAME, Qt.SortOrder.AscendingOrder),
        (COL_PASSPORT_DATE, Qt.SortOrder.DescendingOrder),
        (COL_PASSPORT_DATE, Qt.SortOrder.AscendingOrder),
        (COL_TYPE, Qt.SortOrder.AscendingOrder),
        (COL_STATUS_FIRST, Qt.SortOrder.DescendingOrder),
        (COL_REQUIRES_ADAPTATION, Qt.SortOrder.AscendingOrder),
        (COL_REQUIRES_ADAPTATION + 1, Qt.SortOrder.DescendingOrder),
    ],
)
def test_keyset_pages_give_every_object_exactly_once(
    register: Store, column: int, order: Qt.SortOrder, page_size: int
) -> None:
    model = ObjectTableModel(register, lang="kk", page_size=page_size)
    model.sort(column, order)
    ids = all_ids(model)
    assert len(ids) == len(set(ids)) == ObjectRepository(register).count(ObjectFilter()) == N


def test_keyset_pages_under_a_filter(register: Store) -> None:
    flt = ObjectFilter(passport_state="not_passported")
    model = ObjectTableModel(register, lang="kk", page_size=50)
    model.set_filter(flt)
    model.sort(COL_ADDRESS, Qt.SortOrder.DescendingOrder)
    ids = all_ids(model)
    assert len(ids) == len(set(ids)) == 260
    assert all(i % 2 == 0 and (i - 1) % 10 != 5 for i in ids)  # id = i + 1, i odd


def test_reload_keeps_the_rows_loaded(register: Store) -> None:
    model = ObjectTableModel(register, lang="kk")
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    with register.session() as s:
        obj = s.get_one(InfraObject, 1)
        obj.name = "Аалдама"
        obj.search_key = object_search_key(obj.name, obj.address)
    model.reload()
    assert model.rowCount() == 400
    assert model.data(model.index(0, COL_NAME)) == "Аалдама"


def test_reload_picks_up_new_settlement_names(register: Store) -> None:
    model = ObjectTableModel(register, lang="ru")
    model.set_filter(ObjectFilter(text="№001"))  # i = 1: settlement 113241100, not listed yet
    assert model.data(model.index(0, COL_SETTLEMENT)) == "113241100"
    ReferenceRepository(register).add_settlement("113241100", "Қайнар", "Кайнар", "admin")
    model.reload()
    assert model.data(model.index(0, COL_SETTLEMENT)) == "113241100 Кайнар"
