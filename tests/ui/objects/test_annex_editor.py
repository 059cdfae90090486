"""The zone annexes page of the passport form (issue 12, brief §2.4): typical elements, a row
filled by the commission, the suggestion refreshed as rows change, the commission's conclusion,
keyboard, read-only, and the page fitting a 1000 px window."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from models.objects.context import validation_context
from models.objects.dto import ElementDraft, MeasurementDraft, ObjectDraft, PassportDraft, ZoneDraft
from models.objects.repository import ObjectRepository
from models.objects.tables import CATEGORIES, ZONES
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.keys import type_text
from tests.ui.questions import answer_questions
from ui.objects.passport import annex_editor
from ui.objects.passport.annex_cells import CategoryPicker
from ui.objects.passport.annex_editor import (
    COL_CATEGORIES,
    COL_ELEMENT,
    COL_PRESENT,
    COL_RULE,
    COL_VIOLATIONS,
    COL_WORK,
    AnnexEditor,
    AnnexRefs,
)
from ui.objects.passport_dialog import PassportDialog

SP = " "  # a plain space: a text box turns a no-break one into it
ENTRANCE_ELEMENTS = [
    "ENTRANCE_STAIRS",
    "ENTRANCE_RAMP",
    "ENTRANCE_LANDING",
    "ENTRANCE_DOOR",
    "VESTIBULE",
]


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer "discard" when qtbot closes a changed dialog at teardown (no modal hang)."""
    answer_questions(monkeypatch)


def levels(level: str) -> dict[str, str]:
    return dict.fromkeys(CATEGORIES, level)


@pytest.fixture
def editor(qtbot: QtBot, store: Store) -> AnnexEditor:
    page = AnnexEditor(AnnexRefs.load(store, "kk"))
    qtbot.addWidget(page)
    return page


def combo(page: AnnexEditor, row: int, col: int) -> QComboBox:
    w = page.table.cellWidget(row, col)
    assert isinstance(w, QComboBox)
    return w


def choose(page: AnnexEditor, row: int, col: int, code: str) -> None:
    box = combo(page, row, col)
    index = box.findData(code)
    assert index >= 0, code
    box.setCurrentIndex(index)


def edit(page: AnnexEditor, row: int, col: int) -> QLineEdit:
    w = page.table.cellWidget(row, col)
    assert isinstance(w, QLineEdit)
    return w


def picker(page: AnnexEditor, row: int) -> CategoryPicker:
    w = page.table.cellWidget(row, COL_CATEGORIES)
    assert isinstance(w, CategoryPicker)
    return w


def test_zones_with_levels_come_first(editor: AnnexEditor) -> None:
    editor.populate(
        PassportDraft(
            None,
            None,
            zones=(
                ZoneDraft("TERRITORY", levels("NA")),
                ZoneDraft("SANITARY", levels("FULL")),
                ZoneDraft("ENTRANCE", levels("PARTIAL")),
            ),
        )
    )
    zones = [editor.zone_combo.itemData(i) for i in range(editor.zone_combo.count())]
    assert zones == ["ENTRANCE", "SANITARY", "TERRITORY", "INTERIOR", "SERVICE", "INFO", "APPROACH"]
    assert editor.current_zone() == "ENTRANCE"
    assert editor.zone_combo.itemText(0).startswith("2. ")


def test_fill_an_entrance_annex_and_take_the_suggestion(qtbot: QtBot, editor: AnnexEditor) -> None:
    editor.populate(
        PassportDraft(
            None,
            None,
            zones=(ZoneDraft("ENTRANCE", levels("PARTIAL")),),
            measurements=(
                MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.8, element="ENTRANCE_DOOR"),
            ),
        )
    )
    assert editor.suggestion_label.text() == "Кіреберіс есігі: ені 0,80 м < 0,90 м (К, О)."
    with qtbot.waitSignal(editor.changed):
        editor.typical_button.click()
    assert [e.element for e in editor.zone_rows("ENTRANCE")] == ENTRANCE_ELEMENTS
    assert {e.present for e in editor.zone_rows("ENTRANCE")} == {""}
    assert editor.zone_combo.itemText(0).endswith("(5)")
    assert editor.add_typical_elements() == 0  # nothing missing any more
    # the ramp is absent for wheelchair users; the door needs a current repair
    choose(editor, 1, COL_PRESENT, "NO")
    picker(editor, 1).actions_by_code["K"].setChecked(True)
    assert picker(editor, 1).text() == "К"
    choose(editor, 3, COL_PRESENT, "YES")
    violations = edit(editor, 3, COL_VIOLATIONS)
    violations.setFocus()
    type_text(violations, "табалдырық биік")
    choose(editor, 3, COL_RULE, "DOOR_THRESHOLD")
    choose(editor, 3, COL_WORK, "CURRENT_REPAIR")
    door = editor.zone_rows("ENTRANCE")[3]
    assert door == ElementDraft(
        "ENTRANCE",
        "ENTRANCE_DOOR",
        "YES",
        violations="табалдырық биік",
        rule_code="DOOR_THRESHOLD",
        work="CURRENT_REPAIR",
    )
    suggestion = editor.suggestion_label.text()
    assert suggestion.startswith("Кіреберіс пандусы: жоқ (К); Кіреберіс есігі: табалдырық биік")
    assert suggestion.endswith(" Ұсынылатын жұмыс: ағымдағы жөндеу.")
    assert f"0,80{SP}м < 0,90{SP}м (К, О)" in suggestion
    editor.use_button.click()
    assert editor.conclusion_edit.toPlainText() == suggestion
    editor.conclusion_edit.setPlainText(suggestion + " Комиссия келіседі.")
    base = PassportDraft(
        None,
        None,
        zones=(ZoneDraft("ENTRANCE", levels("PARTIAL")), ZoneDraft("INFO", levels("NA"))),
        measurements=(MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.8, element="ENTRANCE_DOOR"),),
    )
    got = editor.apply(base)
    assert got.zones[0].conclusion == suggestion + " Комиссия келіседі."
    assert got.zones[0].suggested_conclusion == suggestion
    assert got.zones[1] == ZoneDraft("INFO", levels("NA"))
    assert [e.element for e in got.elements] == ENTRANCE_ELEMENTS


def test_the_suggestion_follows_the_measurements_the_form_applies(editor: AnnexEditor) -> None:
    base = PassportDraft(None, None, zones=(ZoneDraft("ENTRANCE", levels("FULL")),))
    editor.populate(base)
    assert editor.suggestion_label.text() == "Nothing recorded in this zone yet."
    assert not editor.use_button.isEnabled()
    wide = MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 1.0, element="ENTRANCE_DOOR")
    got = editor.apply(dataclasses.replace(base, measurements=(wide,)))
    assert editor.suggestion_label.text() == "Бұзушылықтар анықталған жоқ."
    assert got.zones[0].suggested_conclusion == "Бұзушылықтар анықталған жоқ."
    assert got.zones[0].conclusion == ""


def test_rules_offered_follow_the_zone_and_the_element(editor: AnnexEditor) -> None:
    editor.populate(PassportDraft(None, None))
    editor.show_zone("SANITARY")
    editor.add_element()
    offered = {
        combo(editor, 0, COL_RULE).itemData(i) for i in range(combo(editor, 0, COL_RULE).count())
    }
    rules = editor.refs.rules
    assert offered == {""} | {
        code
        for code, r in rules.items()
        if r.active and "SANITARY" in r.zones and r.element in ("", "TOILET")
    }
    assert "RAMP_SLOPE" not in offered
    elements = [combo(editor, 0, COL_ELEMENT).itemData(i) for i in range(3)]
    assert elements == ["TOILET", "SHOWER_BATH", "HOUSEHOLD_ROOM"]


def test_stored_rows_keep_codes_no_longer_offered(editor: AnnexEditor) -> None:
    odd = ElementDraft("ENTRANCE", "RETIRED_ELEMENT", "YES", rule_code="OLD_RULE", work="OLD")
    draft = PassportDraft(None, None, elements=(odd,))
    editor.populate(draft)
    editor.show_zone("ENTRANCE")
    assert combo(editor, 0, COL_ELEMENT).currentData() == "RETIRED_ELEMENT"
    assert editor.apply(draft).elements == (odd,)


def test_insert_and_delete_by_keyboard(
    qtbot: QtBot, editor: AnnexEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> bool:
        asked.append(text)
        return len(asked) > 1  # keep the row the first time, remove it the second

    monkeypatch.setattr(annex_editor, "ask", answer)
    editor.populate(PassportDraft(None, None))
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.show_zone("SERVICE")
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert [e.element for e in editor.zone_rows("SERVICE")] == ["OFFICE_SERVICE", "HALL_SERVICE"]
    note = edit(editor, 1, COL_VIOLATIONS)
    note.setFocus()
    qtbot.keyClicks(note, "ab")
    qtbot.keyClick(note, Qt.Key.Key_Delete)  # Delete edits the text, not the rows
    assert len(editor.zone_rows("SERVICE")) == 2
    qtbot.keyClick(note, Qt.Key.Key_Backspace)
    assert editor.zone_rows("SERVICE")[1].violations == "a"
    element = combo(editor, 1, COL_ELEMENT)
    element.setFocus()
    qtbot.keyClick(element, Qt.Key.Key_Delete)
    assert len(editor.zone_rows("SERVICE")) == 2 and len(asked) == 1  # kept
    qtbot.keyClick(combo(editor, 1, COL_ELEMENT), Qt.Key.Key_Delete)
    assert len(asked) == 2
    assert [e.element for e in editor.zone_rows("SERVICE")] == ["OFFICE_SERVICE"]
    first = combo(editor, 0, COL_ELEMENT)
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Delete)  # nothing written: no question
    assert editor.zone_rows("SERVICE") == [] and len(asked) == 2


def test_read_only(editor: AnnexEditor) -> None:
    row = ElementDraft("ENTRANCE", "ENTRANCE_DOOR", "YES", violations="тар", categories=("K",))
    editor.populate(PassportDraft(None, None, elements=(row,)))
    editor.set_enabled(False)
    editor.show_zone("ENTRANCE")
    assert not combo(editor, 0, COL_ELEMENT).isEnabled()
    assert edit(editor, 0, COL_VIOLATIONS).isReadOnly()
    assert not editor.typical_button.isEnabled() and not editor.use_button.isEnabled()
    assert editor.conclusion_edit.isReadOnly()
    assert editor.add_typical_elements() == 0


def test_issues_point_at_the_cell_or_the_zone(editor: AnnexEditor) -> None:
    rows = (
        ElementDraft("TERRITORY", "PARKING"),
        ElementDraft("ENTRANCE", "ENTRANCE_DOOR"),
        ElementDraft("ENTRANCE", "TOILET"),
    )
    editor.populate(PassportDraft(None, None, elements=rows))
    editor.show_zone("ENTRANCE")
    assert editor.field_widget("element.2.element") is editor.table.cellWidget(1, COL_ELEMENT)
    assert editor.field_widget("element.1.work") is editor.table.cellWidget(0, COL_WORK)
    assert editor.field_widget("element.0.element") is editor.zone_combo
    assert editor.field_widget("photo.0.number") is None
    # the rows of a zone chosen later show their problems at once
    assert editor.table.cellWidget(1, COL_ELEMENT).property("issue") == "error"
    assert editor.table.cellWidget(0, COL_ELEMENT).property("issue") == ""
    choose(editor, 0, COL_RULE, "DOOR_WIDTH")  # a rule cited, no category affected
    assert editor.table.cellWidget(0, COL_CATEGORIES).property("issue") == "warning"
    picker(editor, 0).actions_by_code["K"].setChecked(True)
    assert editor.table.cellWidget(0, COL_CATEGORIES).property("issue") == ""


def test_fits_a_1000_px_window(qtbot: QtBot, store: Store) -> None:
    for lang in ("kk", "ru", "en"):
        page = AnnexEditor(AnnexRefs.load(store, lang))
        qtbot.addWidget(page)
        page.populate(PassportDraft(date(2026, 4, 1), None))
        page.add_typical_elements()
        # the form's page beside its section list, in a 1000x700 dialog
        page.resize(780, 520)
        page.show()
        qtbot.waitExposed(page)
        assert page.minimumSizeHint().width() <= 780, lang
        header = page.table.horizontalHeader()
        assert header.length() <= page.table.viewport().width(), lang


# -- in the passport form ------------------------------------------------------------------


def _school_with_a_passport(store: Store) -> tuple[int, int]:
    ctx = validation_context(store, TODAY)
    repo = ObjectRepository(store)
    oid = repo.save(ObjectDraft("№ 3 мектеп", "EDU_SCHOOL", "113220100"), ctx, "admin")
    draft = PassportDraft(
        inspection_date=date(2026, 4, 10),
        passport_date=date(2026, 4, 20),
        number="P-1",
        zones=tuple(ZoneDraft(z, levels("FULL")) for z in ZONES),
        suggested=levels("FULL"),
        statuses=dict.fromkeys(CATEGORIES, "DP_V"),
        measurements=(MeasurementDraft("ENTRANCE", "DOOR_WIDTH", 0.8, element="ENTRANCE_DOOR"),),
    )
    return oid, repo.save_passport(oid, draft, ctx, "admin")


def test_enter_save_and_reopen_through_the_passport_dialog(qtbot: QtBot, store: Store) -> None:
    oid, pid = _school_with_a_passport(store)
    dialog = PassportDialog(store, "admin", oid, pid)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    form = dialog.form
    assert form.page_keys()[: form.page_keys().index("annexes") + 1][-2:] == ["zones", "annexes"]
    form.show_page("annexes")
    page = form.annex_editor
    assert page.current_zone() == "TERRITORY"  # every zone has levels: passport order
    page.show_zone("ENTRANCE")
    page.add_typical_elements()
    choose(page, 1, COL_PRESENT, "NO")
    picker(page, 1).actions_by_code["K"].setChecked(True)
    choose(page, 3, COL_PRESENT, "YES")
    edit(page, 3, 2).setText("2")  # plan No.
    edit(page, 3, 3).setText("1")  # photo No.
    type_text(edit(page, 3, COL_VIOLATIONS), "есік тар")
    choose(page, 3, COL_RULE, "DOOR_WIDTH")
    picker(page, 3).actions_by_code["K"].setChecked(True)
    picker(page, 3).actions_by_code["O"].setChecked(True)
    choose(page, 3, COL_WORK, "CURRENT_REPAIR")
    suggestion = page.suggestion_label.text()
    assert suggestion == (
        "Кіреберіс пандусы: жоқ (К); Кіреберіс есігі: есік тар (К, О), ені 0,80 м < 0,90 м"
        " (К, О). Ұсынылатын жұмыс: ағымдағы жөндеу."
    )
    page.use_button.click()
    page.conclusion_edit.setPlainText("Пандус салу қажет.")
    # it fits the 1000x700 dialog: no column hides behind a scroll bar
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().width() <= 1000
    assert page.table.horizontalHeader().length() <= page.table.viewport().width()
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    stored = ObjectRepository(store).get_passport(pid)
    entrance = next(z for z in stored.zones if z.zone == "ENTRANCE")
    assert (entrance.conclusion, entrance.suggested_conclusion) == (
        "Пандус салу қажет.",
        suggestion,
    )
    assert [e.element for e in stored.elements] == ENTRANCE_ELEMENTS
    assert stored.elements[3] == ElementDraft(
        "ENTRANCE", "ENTRANCE_DOOR", "YES", "2", "1", "есік тар", "DOOR_WIDTH", ("K", "O"),
        "CURRENT_REPAIR",
    )  # fmt: skip
    reopened = PassportDialog(store, "admin", oid, pid)
    qtbot.addWidget(reopened)
    annex = reopened.form.annex_editor
    annex.show_zone("ENTRANCE")
    assert annex.zone_rows("ENTRANCE") == list(stored.elements)
    assert annex.conclusion_edit.toPlainText() == "Пандус салу қажет."
    assert annex.suggestion_label.text() == suggestion
    assert combo(annex, 1, COL_PRESENT).currentData() == "NO"
    assert picker(annex, 3).text() == "К О"
