"""The office settings an administrator edits (issue 12): one writer with ranges, only the
administrator, every change in the audit trail with its old and new value, and the rules read
the new value at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from models.audit.history import settings_history
from models.audit.tables import AuditEvent
from models.cases.repository import CaseRepository
from models.families.repository import FamilyRepository
from models.issues import ValidationError
from models.objects.repository import ObjectRepository
from models.reference import settings as domain_settings
from models.reference.office_settings import (
    OfficeSettings,
    read_office_settings,
    save_office_settings,
)
from models.reference.roles import RoleError
from models.reference.tables import Setting
from models.store.db import Store
from tests.accounts import as_role
from tests.conftest import TODAY
from tests.models.report_builders import add_object, add_passport


def stored(store: Store) -> dict[str, str]:
    with store.session() as s:
        return {k: v for k, v in s.execute(select(Setting.key, Setting.value))}


def audit_rows(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_a_new_store_reads_the_defaults(store: Store) -> None:
    assert read_office_settings(store) == OfficeSettings(
        sanitary_core_for_residential=True,
        reinspection_interval_years=0,
        large_family_minors=4,
        plan_due_days=None,
        relaunch_after_days=90,
    )
    # The seeded defaults are no office's change: nothing in the history.
    assert settings_history(store) == []


def test_an_administrator_saves_and_each_change_is_in_the_history(store: Store) -> None:
    admin = as_role(store, "admin", "administrator")
    wanted = OfficeSettings(
        sanitary_core_for_residential=False,
        reinspection_interval_years=5,
        large_family_minors=4,  # unchanged: not written, not in the history
        plan_due_days=14,
        relaunch_after_days=60,
    )
    changed = save_office_settings(admin, wanted)
    assert sorted(changed) == sorted(
        [
            domain_settings.SANITARY_CORE_KEY,
            domain_settings.REINSPECTION_YEARS_KEY,
            domain_settings.PLAN_DUE_DAYS_KEY,
            domain_settings.RELAUNCH_DAYS_KEY,
        ]
    )
    assert read_office_settings(store) == wanted
    values = stored(store)
    assert values[domain_settings.SANITARY_CORE_KEY] == "0"
    assert values[domain_settings.PLAN_DUE_DAYS_KEY] == "14"
    history = {(e.field, e.old, e.new, e.login, e.action) for e in settings_history(admin)}
    assert history == {
        (domain_settings.SANITARY_CORE_KEY, "1", "0", "admin", "update"),
        (domain_settings.REINSPECTION_YEARS_KEY, "0", "5", "admin", "update"),
        # The seeded "" (no limit) reads as no old value.
        (domain_settings.PLAN_DUE_DAYS_KEY, None, "14", "admin", "update"),
        (domain_settings.RELAUNCH_DAYS_KEY, "90", "60", "admin", "update"),
    }
    # Saving the same values again changes nothing and records nothing.
    before = audit_rows(store)
    assert save_office_settings(admin, wanted) == []
    assert audit_rows(store) == before
    # Back to no limit: recorded as 14 -> empty.
    save_office_settings(admin, replace(wanted, plan_due_days=None))
    last = settings_history(admin)[-1]
    assert (last.field, last.old, last.new) == (domain_settings.PLAN_DUE_DAYS_KEY, "14", None)


@pytest.mark.parametrize(
    ("change", "field", "low", "high"),
    [
        ({"reinspection_interval_years": -1}, domain_settings.REINSPECTION_YEARS_KEY, 0, 30),
        ({"reinspection_interval_years": 31}, domain_settings.REINSPECTION_YEARS_KEY, 0, 30),
        ({"large_family_minors": 0}, domain_settings.LARGE_FAMILY_KEY, 1, 20),
        ({"plan_due_days": -1}, domain_settings.PLAN_DUE_DAYS_KEY, 0, 365),
        ({"plan_due_days": 366}, domain_settings.PLAN_DUE_DAYS_KEY, 0, 365),
        ({"relaunch_after_days": 0}, domain_settings.RELAUNCH_DAYS_KEY, 1, 3650),
    ],
)
def test_a_value_out_of_range_is_refused_and_nothing_written(
    store: Store, change: dict[str, int], field: str, low: int, high: int
) -> None:
    admin = as_role(store, "admin", "administrator")
    before, rows = stored(store), audit_rows(store)
    # A good value beside the bad one is not written either.
    good = (
        {"large_family_minors": 6}
        if "reinspection_interval_years" in change
        else {"reinspection_interval_years": 3}
    )
    values = replace(OfficeSettings(), **good, **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        save_office_settings(admin, values)
    issues = [(i.field, i.code, i.params) for i in caught.value.report.errors]
    assert issues == [(field, "out_of_range", {"low": low, "high": high})]
    assert stored(store) == before
    assert audit_rows(store) == rows


def test_every_bad_value_gets_its_own_message(store: Store) -> None:
    admin = as_role(store, "admin", "administrator")
    bad = OfficeSettings(True, 99, 0, -3, 0)
    with pytest.raises(ValidationError) as caught:
        save_office_settings(admin, bad)
    assert [i.field for i in caught.value.report.errors] == [
        domain_settings.REINSPECTION_YEARS_KEY,
        domain_settings.LARGE_FAMILY_KEY,
        domain_settings.PLAN_DUE_DAYS_KEY,
        domain_settings.RELAUNCH_DAYS_KEY,
    ]


@pytest.mark.parametrize("role", ["viewer", "specialist", "supervisor"])
def test_only_an_administrator_saves(store: Store, role: str) -> None:
    before, rows = stored(store), audit_rows(store)
    other = as_role(store, "someone", role)
    with pytest.raises(RoleError):
        save_office_settings(other, OfficeSettings(reinspection_interval_years=5))
    assert stored(store) == before
    assert audit_rows(store) == rows
    assert read_office_settings(other).reinspection_interval_years == 0  # reading is allowed


def test_the_history_needs_a_supervisor(store: Store) -> None:
    with pytest.raises(RoleError):
        settings_history(as_role(store, "aigul", "specialist"))
    assert settings_history(as_role(store, "boss", "supervisor")) == []


def test_the_cases_page_writes_through_the_same_writer(store: Store) -> None:
    # A supervisor sets the stage limits on the cases page (ALL_CASES): the same ranges, and
    # the change is in the settings history too.
    supervisor = CaseRepository(as_role(store, "boss", "supervisor"))
    supervisor.set_relaunch_after_days(45, "boss")
    with pytest.raises(ValidationError) as caught:
        supervisor.set_relaunch_after_days(3651, "boss")
    assert [(i.field, i.params) for i in caught.value.report.errors] == [
        (domain_settings.RELAUNCH_DAYS_KEY, {"low": 1, "high": 3650})
    ]
    with pytest.raises(ValidationError):
        supervisor.set_plan_due_days(400, "boss")
    assert read_office_settings(store).relaunch_after_days == 45
    assert read_office_settings(store).plan_due_days is None
    entries = [(e.field, e.old, e.new, e.login) for e in settings_history(store)]
    assert entries == [(domain_settings.RELAUNCH_DAYS_KEY, "90", "45", "boss")]


def test_the_rules_read_a_new_value_at_once(store: Store) -> None:
    admin = as_role(store, "admin", "administrator")
    with store.session("admin") as s:
        old = add_object(s, "Ескі мектеп")
        add_passport(s, old, 1, date(2020, 5, 1))
        old_id = old.id
    objects = ObjectRepository(store)
    assert objects.reinspection_due(TODAY) == []  # no interval: nothing due
    save_office_settings(admin, OfficeSettings(reinspection_interval_years=5))
    # 20.11.2026 - 5 years = 20.11.2021: the passport of 01.05.2020 is due.
    assert objects.reinspection_due(TODAY) == [old_id]
    save_office_settings(admin, OfficeSettings(reinspection_interval_years=0))
    assert objects.reinspection_due(TODAY) == []
    save_office_settings(admin, OfficeSettings(large_family_minors=6))
    assert FamilyRepository(store).context(TODAY).large_family_minors == 6
