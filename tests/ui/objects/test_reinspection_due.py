"""Re-inspection due (issue 7 point 7 follow-up): a data-quality finding and a register filter.

With ``reinspection_interval_years`` set, an object whose current passport is older than that
many years is due for re-inspection (brief §2.2: a periodic interval is configurable, none is
official). The data-quality list says so; its "Open the list" shows the objects register
filtered to them.
"""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.reference import settings as domain_settings
from models.reporting.periods import parse_period
from models.reporting.quality import REINSPECTION_DUE, quality_checks
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import add_object, add_passport
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.widgets.quality_texts import FINDING_LISTS, quality_text

DUE = ObjectFilter(passport_state="reinspection_due", due_on=TODAY)


@pytest.fixture
def objects(store: Store) -> dict[str, int]:
    """An object with a 2020 passport, one re-inspected in 2023 (first version 2018), none."""
    with store.session("admin") as s:
        old = add_object(s, "Ескі мектеп")
        add_passport(s, old, 1, date(2020, 5, 1))
        renewed = add_object(s, "Жаңартылған мектеп")
        add_passport(s, renewed, 1, date(2018, 3, 1))
        add_passport(s, renewed, 2, date(2023, 3, 1))
        add_object(s, "Паспортсыз мектеп")
        return {"old": old.id, "renewed": renewed.id}


def put_interval(store: Store, years: str) -> None:
    with store.session("admin") as s:
        domain_settings.write_setting(s, domain_settings.REINSPECTION_YEARS_KEY, years)


def test_no_interval_no_finding_and_an_empty_filter(store: Store, objects: dict[str, int]) -> None:
    found = {i.code for i in quality_checks(store, parse_period("2026"), TODAY)}
    assert REINSPECTION_DUE not in found
    assert ObjectRepository(store).count(DUE) == 0


def test_finding_and_filter_count_the_same_objects(store: Store, objects: dict[str, int]) -> None:
    put_interval(store, "5")
    # 20.11.2026 - 5 years = 20.11.2021: the 2020 passport is due; the renewed object's current
    # version (2023) is not, although its first version (2018) is older.
    (finding,) = [
        i for i in quality_checks(store, parse_period("2026"), TODAY) if i.code == REINSPECTION_DUE
    ]
    assert (finding.count, finding.detail, finding.blocking) == (1, "5", False)
    repo = ObjectRepository(store)
    assert repo.count(DUE) == 1
    assert [row.id for _key, row in repo.page(DUE)] == [objects["old"]]
    assert repo.reinspection_due(TODAY) == [objects["old"]]
    put_interval(store, "3")  # cutoff 20.11.2023: both
    assert repo.count(DUE) == 2
    assert {row.id for _key, row in repo.page(DUE)} == set(objects.values())


def test_the_finding_says_the_interval_and_opens_the_filtered_register(
    qtbot: QtBot, store: Store, objects: dict[str, int]
) -> None:
    put_interval(store, "5")
    assert FINDING_LISTS[REINSPECTION_DUE] == "objects"
    text = quality_text(REINSPECTION_DUE, "5")
    assert "due for re-inspection" in text and "interval" in text
    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    window.show_findings(REINSPECTION_DUE)
    page = window.objects_page
    assert window.stack.currentWidget() is page
    assert page.current_filter().passport_state == "reinspection_due"
    assert page.passport_combo.currentText() == "Re-inspection due (1)"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    row = page.model.object_at(0)
    assert row is not None and row.id == objects["old"]
    window.runner.wait()
