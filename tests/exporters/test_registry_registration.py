"""Registration dates and exclusions of imported registers (issue 7, reporting.md §1 and §3).

The issue's case: an office imports its register (no ``registered_date`` column, as most keep
them) and exports a past period. Every object must be counted there, at every level of the
district -> region -> republic chain.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from exporters.package import write_package
from exporters.package_receive import receive_package
from exporters.registry_import import (
    COLUMNS,
    EXCLUSION_IGNORED,
    EXCLUSION_MISSING,
    import_registry,
    preview_registry,
)
from models.objects.context import validation_context
from models.objects.registration import earliest_record_date, move_registration_back
from models.objects.repository import ObjectRepository
from models.objects.tables import InfraObject
from models.reference.dto import OfficeDTO
from models.reporting.figures import compute_figures
from models.reporting.periods import parse_period
from models.reporting.quality import EXCLUSION_INCOMPLETE, REGISTERED_AFTER_PASSPORT, quality_checks
from models.reporting.report import compute_report
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.consolidation_builders import approved
from tests.store_templates import new_store

USER = "registrar"
PAST = parse_period("2016")
DISTRICT_A = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")
DISTRICT_B = OfficeDTO("113400000", "district", "Аршалы ауданы", "Аршалынский район")
REGION = OfficeDTO("110000000", "region", "Ақмола облысы", "Акмолинская область")
REPUBLIC = OfficeDTO("000000000", "republic", "Қазақстан Республикасы", "Республика Казахстан")


def passported(ref: str, kato: str, when: date, **values: Any) -> dict[str, Any]:
    """A passported row (statuses the same in all five categories: brief §2.5)."""
    row: dict[str, Any] = {
        "object_ref": ref,
        "kato": kato,
        "name": f"Мектеп {ref}",
        "object_type": "EDU_SCHOOL",
        "address": "Абай к-сі, 1",
        "subject_to_passportization": 1,
        "passport_date": when,
        **{f"status_{c}": "DCH_I" for c in "KOSGU"},
        "requires_adaptation": 0,
        "adapted_date": None,
    }
    row.update(values)
    return row


def unpassported(ref: str, kato: str, **values: Any) -> dict[str, Any]:
    return passported(ref, kato, None, **{f"status_{c}": None for c in "KOSGU"}) | values  # type: ignore[arg-type]


def write(path: Path, rows: list[dict[str, Any]], columns: tuple[str, ...] = COLUMNS) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(columns))
    for r in rows:
        ws.append([r.get(c) for c in columns])
    wb.save(path)
    return path


def registered(store: Store) -> dict[str, date | None]:
    with store.session() as s:
        return dict(s.execute(select(InfraObject.object_ref, InfraObject.registered_date)).all())  # type: ignore[arg-type]


def a1_counts(store: Store, period: str) -> tuple[int, ...]:
    (row,) = compute_figures(store, parse_period(period)).a1
    return (
        row.objects_total,
        row.subject_to_passportization,
        row.passported,
        row.requiring_adaptation,
        row.adapted,
    )


def district_a_rows() -> list[dict[str, Any]]:
    """4 objects: 3 passported in 2015 (one needs adaptation, done 2016-06-01), 1 not yet."""
    kato = "113220100"
    return [
        passported("A1", kato, date(2015, 3, 1)),
        passported("A2", kato, date(2015, 4, 1), requires_adaptation=1, adapted_date="01.06.2016"),
        passported("A3", kato, date(2015, 5, 1)),
        unpassported("A4", kato),
    ]


def district_b_rows() -> list[dict[str, Any]]:
    """3 objects: 1 passported in 2016, 1 in 2020 (after the period), 1 excluded."""
    kato = "113420100"
    return [
        passported("B1", kato, date(2016, 2, 1), requires_adaptation=1),
        passported("B2", kato, date(2020, 2, 1)),
        unpassported(
            "B3",
            kato,
            subject_to_passportization=0,
            exclusion_reason="бұзылады",
            exclusion_date="01.01.2014",
        ),
    ]


# -- registration dates ----------------------------------------------------------------------------


def test_import_without_registered_date_counts_every_object_years_before(
    store: Store, tmp_path: Path
) -> None:
    path = write(tmp_path / "r.xlsx", district_a_rows())

    import_registry(store, path, user=USER, today=TODAY)

    assert set(registered(store).values()) == {None}
    # 2016, ten years before the import: every object is in the register.
    assert a1_counts(store, "2016") == (4, 4, 3, 1, 1)
    # The period the import falls in gives the same stock.
    assert a1_counts(store, "2026-Q3") == (4, 4, 3, 1, 1)
    # Before the passports: in the register, not passported.
    assert a1_counts(store, "2014") == (4, 4, 0, 0, 0)
    assert not [i for i in quality_checks(store, PAST, TODAY) if i.blocking]


def test_reimport_takes_keeps_and_clears_registration_dates(store: Store, tmp_path: Path) -> None:
    columns = (*COLUMNS, "registered_date")
    rows = district_a_rows()
    dated = [r | {"registered_date": f"0{i + 1}.01.2010"} for i, r in enumerate(rows)]
    import_registry(store, write(tmp_path / "plain.xlsx", rows), user=USER, today=TODAY)

    # With the column: the dates are taken.
    result = import_registry(
        store, write(tmp_path / "dated.xlsx", dated, columns), user=USER, today=TODAY
    )
    assert (result.added, result.updated) == (0, 4)
    assert registered(store) == {f"A{i}": date(2010, 1, i) for i in range(1, 5)}

    # Without the column: the stored dates are kept, nothing changes.
    result = import_registry(store, write(tmp_path / "plain2.xlsx", rows), user=USER, today=TODAY)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 4)
    assert registered(store) == {f"A{i}": date(2010, 1, i) for i in range(1, 5)}

    # An empty cell in a present column clears that object's date, and only that one.
    cleared = [*dated[:3], dated[3] | {"registered_date": None}]
    import_registry(
        store, write(tmp_path / "cleared.xlsx", cleared, columns), user=USER, today=TODAY
    )
    assert registered(store) == {
        "A1": date(2010, 1, 1),
        "A2": date(2010, 1, 2),
        "A3": date(2010, 1, 3),
        "A4": None,
    }
    # A date after the period leaves the object out of it; the others stay counted.
    late = [*dated[:3], dated[3] | {"registered_date": "01.01.2020"}]
    import_registry(store, write(tmp_path / "late.xlsx", late, columns), user=USER, today=TODAY)
    assert a1_counts(store, "2016") == (3, 3, 3, 1, 1)


def test_district_region_republic_chain_counts_the_registers_for_a_past_period(
    tmp_path: Path,
) -> None:
    stores = {
        "a": new_store(tmp_path / "a.sqlite", DISTRICT_A, "admin"),
        "b": new_store(tmp_path / "b.sqlite", DISTRICT_B, "admin"),
        "region": new_store(tmp_path / "region.sqlite", REGION, "oblast"),
        "republic": new_store(tmp_path / "republic.sqlite", REPUBLIC, "ministry"),
    }
    try:
        import_registry(
            stores["a"], write(tmp_path / "a.xlsx", district_a_rows()), user=USER, today=TODAY
        )
        import_registry(
            stores["b"], write(tmp_path / "b.xlsx", district_b_rows()), user=USER, today=TODAY
        )
        # By hand, at 31.12.2016: A 4 objects, 4 subject, 3 passported, 1 requiring, 1 adapted;
        # B 3 objects, 2 subject (B3 excluded since 2014), 1 passported (B2 only in 2020),
        # 1 requiring, 0 adapted. Sum: 7/6/4/2/1.
        assert a1_counts(stores["a"], "2016") == (4, 4, 3, 1, 1)
        assert a1_counts(stores["b"], "2016") == (3, 2, 1, 1, 0)
        registers = (7, 6, 4, 2, 1)

        def export(store: Store, name: str) -> Path:
            out = tmp_path / "out" / name
            out.mkdir(parents=True)
            data = compute_report(store, PAST, today=TODAY)
            assert not [w for w in data.warnings if w.blocking], data.warnings
            return write_package(data, out, app_version="test", approval=approved(data.period.code))

        for key in ("a", "b"):
            result = receive_package(
                stores["region"], export(stores[key], key), user="oblast", confirm_replace=False
            )
            assert result.imported, result.refusal
        region = compute_figures(stores["region"], PAST)
        assert _total(region.a1) == registers
        result = receive_package(
            stores["republic"],
            export(stores["region"], "region"),
            user="ministry",
            confirm_replace=False,
        )
        assert result.imported, result.refusal
        top = compute_figures(stores["republic"], PAST)
        assert [r.kato for r in top.a1] == [REGION.kato]
        assert _total(top.a1) == registers
        assert len(top.a3) == 4
    finally:
        for store in stores.values():
            store.close()


def _total(rows: Any) -> tuple[int, ...]:
    fields = (
        "objects_total",
        "subject_to_passportization",
        "passported",
        "requiring_adaptation",
        "adapted",
    )
    return tuple(sum(getattr(r, f) for r in rows) for f in fields)


def test_registered_after_passport_is_flagged_and_moved_back(store: Store, tmp_path: Path) -> None:
    columns = (*COLUMNS, "registered_date")
    rows = [
        passported("A1", "113220100", date(2015, 3, 1), registered_date="01.01.2018"),
        passported("A2", "113220100", date(2015, 3, 1), registered_date="01.01.2010"),
    ]
    import_registry(store, write(tmp_path / "r.xlsx", rows, columns), user=USER, today=TODAY)
    found = {i.code: i.count for i in quality_checks(store, PAST, TODAY)}
    assert found[REGISTERED_AFTER_PASSPORT] == 1
    ids = _ids(store)
    assert earliest_record_date(store, ids["A1"]) == date(2015, 3, 1)

    # Never forward; back to the passport date once; then the finding is gone.
    assert not move_registration_back(store, ids["A2"], date(2015, 3, 1), "bolat")
    assert move_registration_back(store, ids["A1"], date(2015, 3, 1), "bolat")
    assert registered(store) == {"A1": date(2015, 3, 1), "A2": date(2010, 1, 1)}
    assert REGISTERED_AFTER_PASSPORT not in {i.code for i in quality_checks(store, PAST, TODAY)}
    with store.session() as s:
        assert s.get_one(InfraObject, ids["A1"]).updated_by == "bolat"


def _ids(store: Store) -> dict[str | None, int]:
    with store.session() as s:
        return dict(s.execute(select(InfraObject.object_ref, InfraObject.id)).all())  # type: ignore[arg-type]


# -- exclusions --------------------------------------------------------------------------------


EXCLUSION_COLUMNS = (*COLUMNS, "exclusion_reason", "exclusion_date")


def test_exclusions_are_imported_and_incomplete_ones_are_warnings(
    store: Store, tmp_path: Path
) -> None:
    kato = "113220100"
    rows = [
        unpassported("X1", kato, subject_to_passportization=0),  # neither: warning
        unpassported(
            "X2",
            kato,
            subject_to_passportization=0,
            exclusion_reason=" жабылды ",
            exclusion_date="01.02.2020",
        ),
        unpassported("X3", kato, subject_to_passportization=0, exclusion_reason="жабылды"),
        unpassported("X4", kato, exclusion_reason="ескі жазба"),  # subject: ignored
    ]
    path = write(tmp_path / "r.xlsx", rows, EXCLUSION_COLUMNS)

    preview = preview_registry(store, path, today=TODAY)
    assert preview.ok
    assert [(w.row, w.column, w.code) for w in preview.warnings] == [
        (2, "exclusion_reason", EXCLUSION_MISSING),
        (4, "exclusion_reason", EXCLUSION_MISSING),
        (5, "exclusion_reason", EXCLUSION_IGNORED),
    ]
    with store.session() as s:
        assert s.scalar(select(InfraObject.id)) is None  # the preview wrote nothing

    result = import_registry(store, path, user=USER, today=TODAY)
    assert result.added == 4
    assert [(w.row, w.code) for w in result.warnings] == [
        (2, EXCLUSION_MISSING),
        (4, EXCLUSION_MISSING),
        (5, EXCLUSION_IGNORED),
    ]
    with store.session() as s:
        stored = {
            o.object_ref: (o.subject_to_passportization, o.exclusion_reason, o.exclusion_date)
            for o in s.scalars(select(InfraObject))
        }
    assert stored == {
        "X1": (False, "", None),
        "X2": (False, "жабылды", date(2020, 2, 1)),
        "X3": (False, "жабылды", None),
        "X4": (True, "", None),
    }
    found = {i.code: i.count for i in quality_checks(store, PAST, TODAY)}
    assert found[EXCLUSION_INCOMPLETE] == 2

    # Re-import without the columns: the stored exclusions are kept (X2 stays complete).
    plain = write(tmp_path / "plain.xlsx", rows)
    result = import_registry(store, plain, user=USER, today=TODAY)
    assert [(w.row, w.code) for w in result.warnings] == [
        (2, EXCLUSION_MISSING),
        (4, EXCLUSION_MISSING),
    ]
    # The reason and date entered in the object card take the objects off the list.
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    for oid in (_ids(store)["X1"], _ids(store)["X3"]):
        draft = repo.get(oid)
        repo.save(
            replace(
                draft, exclusion_reason="Closed or mothballed", exclusion_date=date(2021, 1, 1)
            ),
            ctx,
            "bolat",
        )
    assert EXCLUSION_INCOMPLETE not in {i.code for i in quality_checks(store, PAST, TODAY)}
    # ...and a later import without the columns leaves them so.
    assert import_registry(store, plain, user=USER, today=TODAY).warnings == ()


def test_exclusion_date_in_the_future_refuses_the_file(store: Store, tmp_path: Path) -> None:
    from exporters.registry_import import RegistryRejected

    rows = [
        unpassported(
            "X1",
            "113220100",
            subject_to_passportization=0,
            exclusion_reason="жабылды",
            exclusion_date=date(TODAY.year + 1, 1, 1),
        )
    ]
    with pytest.raises(RegistryRejected) as info:
        import_registry(
            store, write(tmp_path / "r.xlsx", rows, EXCLUSION_COLUMNS), user=USER, today=TODAY
        )
    assert [(p.row, p.column, p.code) for p in info.value.problems] == [
        (2, "exclusion_date", "date_in_future")
    ]
    with store.session() as s:
        assert s.scalar(select(InfraObject.id)) is None
