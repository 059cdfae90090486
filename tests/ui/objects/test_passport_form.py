"""The passport form on its own: populate/read, live suggestion and codes, issues, read-only."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.objects.context import validation_context
from models.objects.dto import MeasurementDraft, PassportDraft, WorkDraft, ZoneDraft
from models.objects.tables import CATEGORIES, ZONES
from models.store.db import Store
from ui.objects.passport_form import PassportForm, PassportRefs
from ui.widgets.date_edit import DateEdit
from ui.widgets.row_list import parse_decimal

PAST = date.today() - timedelta(days=30)


def levels_with(**changes: str) -> dict[str, dict[str, str]]:
    """All zones FULL, then ``ZONE_CAT="LEVEL"`` overrides, e.g. ``ENTRANCE_K="NONE"``."""
    levels = {z: dict.fromkeys(CATEGORIES, "FULL") for z in ZONES}
    for key, level in changes.items():
        zone, cat = key.rsplit("_", 1)
        levels[zone][cat] = level
    return levels


def draft_of(levels: dict[str, dict[str, str]], **kw: object) -> PassportDraft:
    base = PassportDraft(
        inspection_date=PAST,
        passport_date=PAST + timedelta(days=2),
        number="7",
        zones=tuple(ZoneDraft(z, lv) for z, lv in levels.items()),
    )
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


@pytest.fixture
def make_form(qtbot: QtBot, store: Store):
    def make(residential: bool = False) -> PassportForm:
        form = PassportForm(
            PassportRefs.load(store, "en"),
            validation_context(store, date.today()),
            residential=residential,
        )
        qtbot.addWidget(form)
        return form

    return make


def test_read_returns_what_populate_showed(make_form) -> None:
    form = make_form()
    draft = draft_of(
        levels_with(ENTRANCE_K="NONE", INFO_G="PARTIAL", APPROACH_K="NA"),
        commission="A\nB",
        conclusion="Needs a ramp",
        service_forms={"K": "DU", "O": "A", "S": "", "G": "B", "U": "VND"},
        measurements=(MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.85, "12"),),
        works=(
            WorkDraft("ALL", "CAPITAL_REPAIR", 2028, Decimal("2500000.00"), "STATE_PROGRAMME"),
            WorkDraft("ENTRANCE", "INDIVIDUAL_TSR", None, None, "", PAST),
        ),
        requires_adaptation=True,
        id=5,
        version=2,
    )
    form.populate(draft)
    got = form.read()
    # the zone annexes page adds the conclusion it suggests from the door's width (issue 12)
    door = form.annex_editor.suggestion("ENTRANCE")
    assert door.endswith(" 0,85 м < 0,90 м (К, О).")
    expected = dataclasses.replace(
        draft,
        zones=tuple(
            dataclasses.replace(z, suggested_conclusion=door if z.zone == "ENTRANCE" else "")
            for z in draft.zones
        ),
        suggested={"K": "CONDITIONAL", "O": "FULL", "S": "FULL", "G": "PARTIAL", "U": "FULL"},
        statuses={"K": "DU", "O": "DP_I", "S": "DP_I", "G": "DCH_I", "U": "DP_I"},
    )
    assert got == expected


def test_levels_and_codes_follow_the_grid_live(make_form) -> None:
    form = make_form()
    form.populate(draft_of(levels_with()))
    assert form.object_code_label.text() == "<b>ДП-В</b>"
    assert form.level_grid.code_label("INFO").text() == "ДП-В"
    # Hearing: the information system is partial -> a supporting zone lowers G to PARTIAL.
    combo = form.level_grid.combo("INFO", "G")
    combo.setCurrentIndex(combo.findData("PARTIAL"))
    assert form.level_grid.code_label("INFO").text() == "ДП-И (К, О, С, У); ДЧ-И (Г)"
    assert form.suggested()["G"] == "PARTIAL"
    assert form.status_combos["G"].currentData() == "DCH_I"
    assert form.status_combos["K"].currentData() == "DP_I"
    assert form.suggested_labels["G"].text() == "Partial → ДЧ-И"
    # The route from the stop is shown but not counted.
    approach = form.level_grid.combo("APPROACH", "K")
    approach.setCurrentIndex(approach.findData("NONE"))
    assert form.suggested()["K"] == "FULL"
    assert form.approach_label.text() == "ДП-И (О, С, Г, У)"


@pytest.mark.parametrize(
    ("residential", "expected"),
    [(False, "PARTIAL"), (True, "NONE")],
    ids=["sanitary-supporting", "sanitary-core-when-residential"],
)
def test_residential_objects_count_sanitary_as_core(
    make_form, residential: bool, expected: str
) -> None:
    form = make_form(residential)
    form.populate(draft_of(levels_with(SANITARY_K="NONE")))
    assert form.suggested()["K"] == expected


def test_a_new_form_starts_unassessed_and_quiet(make_form) -> None:
    form = make_form()
    assert form.level_grid.combo("TERRITORY", "K").currentText() == "—"
    assert form.level_grid.code_label("TERRITORY").text() == "…"
    assert form.issue_list.count() == 0
    report = form.show_all_issues()
    codes = {(i.field, i.code) for i in report.errors}
    assert ("passport_date", "required") in codes
    assert ("zone.TERRITORY.K", "level_required") in codes
    # One line per zone in the list, not one per cell.
    level_lines = [
        form.issue_list.item(i).text()
        for i in range(form.issue_list.count())
        if "Choose a level" in form.issue_list.item(i).text()
    ]
    assert len(level_lines) == len(ZONES)
    assert form.level_grid.combo("INFO", "U").property("issue") == "error"


def test_adapted_before_passport_is_refused(make_form) -> None:
    form = make_form()
    form.populate(draft_of(levels_with(), requires_adaptation=True, id=1))
    form.adapted_date_edit.set_value(PAST)
    assert form.inline_text("adapted_date") == (
        "The adaptation cannot be completed before the passport date."
    )
    assert form.adapted_date_edit.property("issue") == "error"
    form.adapted_date_edit.set_value(PAST + timedelta(days=3))
    assert form.inline_text("adapted_date") == ""


def test_issue_list_enter_goes_to_the_field(qtbot: QtBot, make_form) -> None:
    form = make_form()
    form.populate(draft_of(levels_with(), id=1))
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.measurement_table.add_row()
    value = form.measurement_table.row_widgets(0)[2]
    qtbot.keyClicks(value, "150")
    form.issue_list.setFocus()
    form.issue_list.setCurrentRow(0)
    assert "Measurement 1" in form.issue_list.currentItem().text()
    qtbot.keyClick(form.issue_list, Qt.Key.Key_Return)
    assert form.current_page() == "measurements"
    qtbot.waitUntil(value.hasFocus)


def test_works_rows_add_and_remove_by_keyboard(qtbot: QtBot, make_form) -> None:
    form = make_form()
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.show_page("decision")
    table = form.works_table
    table.add_button.setFocus()
    qtbot.keyClick(table.add_button, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table.add_button, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert table.row_count() == 2
    first_year = table.row_widgets(0)[2]
    first_year.setFocus()
    qtbot.keyClicks(first_year, "1999")
    assert table.message_label(0).text() == f"Enter a value from 2000 to {date.today().year + 30}."
    qtbot.keyClick(first_year, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert table.row_count() == 1
    assert table.message_label(0).text() == ""
    assert form.read().works == (WorkDraft("ALL", "NOT_NEEDED"),)


def test_read_only_shows_but_does_not_edit(make_form) -> None:
    form = make_form()
    form.populate(
        draft_of(
            levels_with(ENTRANCE_K="NONE"),
            statuses={"K": "VND", "O": "DP_I", "S": "DP_I", "G": "DP_I", "U": "DP_I"},
            measurements=(MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 1.0),),
            id=1,
        )
    )
    form.set_enabled(False)
    assert form.number_edit.isReadOnly()
    assert form.commission_edit.isReadOnly()
    assert not form.status_combos["K"].isEnabled()
    assert not form.level_grid.combo("ENTRANCE", "K").isEnabled()
    assert not form.measurement_table.add_button.isEnabled()
    assert not form.measurement_table.row_widgets(0)[0].isEnabled()
    assert form.read().statuses["K"] == "VND"


# -- small widgets ------------------------------------------------------------------------


def test_date_edit_keys(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None and edit.is_empty() and edit.is_valid()
    qtbot.keyClicks(edit, "0104")
    assert edit.value() is None and not edit.is_valid()
    qtbot.keyClicks(edit, "2026")
    assert edit.text() == "01.04.2026"
    assert edit.value() == date(2026, 4, 1)
    edit.set_value(None)
    qtbot.keyClicks(edit, "31022026")
    assert edit.value() is None and not edit.is_valid()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.is_empty()
    qtbot.keyClicks(edit, "t")
    assert edit.value() == date.today()


@pytest.mark.parametrize(
    ("text", "value"),
    [("0,9", Decimal("0.9")), ("1 250 000,50", Decimal("1250000.50")), ("", None), ("7", 7)],
)
def test_parse_decimal(text: str, value: Decimal | None) -> None:
    assert parse_decimal(text) == value


def test_parse_decimal_refuses_words() -> None:
    with pytest.raises(ValueError):
        parse_decimal("abc")
