"""The passport dialog, driven by the keyboard: entry, refusals, warnings and versions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from models.objects.context import validation_context
from models.objects.dto import ObjectDraft, PassportDraft, ZoneDraft
from models.objects.repository import ObjectRepository
from models.objects.tables import CATEGORIES, ZONES
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.questions import answer_questions
from ui.objects.passport_dialog import PassportDialog
from ui.objects.passport_form import PassportForm
from ui.widgets.date_edit import DateEdit

#: Positions in the level combos: "—" (not assessed) is 0, then FULL, PARTIAL, ...
LEVEL_STEPS = {"FULL": 1, "PARTIAL": 2, "CONDITIONAL": 3, "NONE": 4, "NA": 5}
#: Dates relative to the real today: the dialog checks "not in the future" against it.
INSPECTED = date.today() - timedelta(days=10)
APPROVED = date.today() - timedelta(days=5)


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer "discard" when qtbot closes a changed dialog at teardown (no modal hang)."""
    answer_questions(monkeypatch)


def make_object(store: Store, name: str = "№ 1 мектеп") -> int:
    ctx = validation_context(store, TODAY)
    draft = ObjectDraft(name=name, object_type="EDU_SCHOOL", kato="113220100")
    return ObjectRepository(store).save(draft, ctx, "admin")


def open_dialog(qtbot: QtBot, store: Store, object_id: int, *args: object, **kw: object):
    dialog = PassportDialog(store, "admin", object_id, *args, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, times: int = 1, mod=Qt.KeyboardModifier.NoModifier) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key, mod)


def goto(qtbot: QtBot, widget: QWidget) -> None:
    """Bring the widget's section forward and focus it, as a user clicking into it would."""
    form = widget.window().findChild(PassportForm)
    assert form is not None
    form.section_list.setCurrentRow(form.page_of(widget))
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def type_date(qtbot: QtBot, edit: DateEdit, value: date) -> None:
    goto(qtbot, edit)
    press(qtbot, Qt.Key.Key_A, mod=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, value.strftime("%d%m%Y"))
    assert edit.value() == value


def fill_levels(qtbot: QtBot, form: PassportForm, levels: dict[str, dict[str, str]]) -> None:
    """Walk the grid with Tab in reading order, choosing each level with the Down key."""
    goto(qtbot, form.level_grid.combo(ZONES[0], CATEGORIES[0]))
    for zone in ZONES:
        for cat in CATEGORIES:
            assert focused() is form.level_grid.combo(zone, cat)
            press(qtbot, Qt.Key.Key_Down, LEVEL_STEPS[levels[zone][cat]])
            press(qtbot, Qt.Key.Key_Tab)


def all_full() -> dict[str, dict[str, str]]:
    return {z: dict.fromkeys(CATEGORIES, "FULL") for z in ZONES}


def fill_header(qtbot: QtBot, form: PassportForm) -> None:
    goto(qtbot, form.number_edit)
    qtbot.keyClicks(form.number_edit, "P-17")
    type_date(qtbot, form.inspection_date_edit, INSPECTED)
    type_date(qtbot, form.passport_date_edit, APPROVED)


def add_measurement(qtbot: QtBot, form: PassportForm, zone: str, check: str, value: str) -> int:
    table = form.measurement_table
    goto(qtbot, table.add_button)
    press(qtbot, Qt.Key.Key_Space)
    row = table.row_count() - 1
    zone_combo, check_combo, value_edit, photo_edit = table.row_widgets(row)
    assert isinstance(zone_combo, QComboBox) and isinstance(check_combo, QComboBox)
    assert focused() is zone_combo
    for _ in range(zone_combo.count()):
        if zone_combo.currentData() == zone:
            break
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is check_combo
    for _ in range(check_combo.count()):
        if check_combo.currentData() == check:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert check_combo.currentData() == check
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is value_edit
    qtbot.keyClicks(value_edit, value)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is photo_edit
    qtbot.keyClicks(photo_edit, f"{row + 1:02d}")
    return row


def passport_count(store: Store, object_id: int) -> int:
    return len(ObjectRepository(store).passport_versions(object_id))


def save_by_keyboard(qtbot: QtBot, dialog: PassportDialog) -> int:
    with qtbot.waitSignal(dialog.saved) as blocker:
        press(qtbot, Qt.Key.Key_S, mod=Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    return int(blocker.args[0])


# -- entry --------------------------------------------------------------------------------


def test_keyboard_entry_round_trips_with_hand_computed_statuses(qtbot: QtBot, store: Store) -> None:
    oid = make_object(store)
    dialog = open_dialog(qtbot, store, oid)
    form = dialog.form
    fill_header(qtbot, form)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.commission_edit
    qtbot.keyClicks(form.commission_edit, "Akhmetova A.")
    press(qtbot, Qt.Key.Key_Enter)
    qtbot.keyClicks(form.commission_edit, "Serikov B.")
    # 3.3: service form DU (third entry after "—") for wheelchair users.
    goto(qtbot, form.service_combos["K"])
    press(qtbot, Qt.Key.Key_Down, 3)

    levels = all_full()
    levels["ENTRANCE"]["K"] = "NONE"
    levels["SANITARY"]["S"] = "PARTIAL"
    fill_levels(qtbot, form, levels)
    # The zone code is shown live.
    assert form.level_grid.code_label("ENTRANCE").text() == "ДП-И (О, С, Г, У)"
    assert form.level_grid.code_label("SANITARY").text() == "ДП-И (К, О, Г, У); ДЧ-И (С)"

    door = add_measurement(qtbot, form, "ENTRANCE", "DOOR_WIDTH", "1.1")
    slope = add_measurement(qtbot, form, "TERRITORY", "RAMP_SLOPE", "8")
    assert "✓" in form.measurement_table.message_label(door).text()
    assert "4.3.2.30" in form.measurement_table.message_label(slope).text()

    goto(qtbot, form.works_table.add_button)
    press(qtbot, Qt.Key.Key_Space)
    assert not form.requires_adaptation_check.isChecked()
    zone, work, year, cost, funding, _done = form.works_table.row_widgets(0)[:6]
    assert focused() is zone
    press(qtbot, Qt.Key.Key_Down, 2)  # ALL -> TERRITORY -> ENTRANCE
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # NOT_NEEDED -> CURRENT_REPAIR
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "2027")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "1500000,50")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # "—" -> local budget
    # Planning real work ticks "requires adaptation" until the user decides otherwise.
    assert form.requires_adaptation_check.isChecked()

    # The suggestion, by hand: K has no entrance (NONE) but form ДУ -> CONDITIONAL;
    # S has a partial sanitary room (supporting zone) -> PARTIAL; the others FULL.
    assert form.suggested() == {
        "K": "CONDITIONAL",
        "O": "FULL",
        "S": "PARTIAL",
        "G": "FULL",
        "U": "FULL",
    }
    assert form.object_code_label.text() == "<b>ДП-И (О, Г, У); ДЧ-И (С); ДУ (К)</b>"
    assert {c: form.status_combos[c].currentData() for c in CATEGORIES} == {
        "K": "DU",
        "O": "DP_I",
        "S": "DCH_I",
        "G": "DP_I",
        "U": "DP_I",
    }
    passport_id = save_by_keyboard(qtbot, dialog)

    saved = ObjectRepository(store).get_passport(passport_id)
    assert ObjectRepository(store).current_passport_id(oid) == passport_id
    assert saved.version == 1
    assert (saved.number, saved.inspection_date, saved.passport_date) == (
        "P-17",
        INSPECTED,
        APPROVED,
    )
    assert saved.commission == "Akhmetova A.\nSerikov B."
    assert {z.zone: z.levels for z in saved.zones} == levels
    assert saved.service_forms == {"K": "DU", "O": "", "S": "", "G": "", "U": ""}
    assert saved.suggested == form.suggested()
    assert saved.statuses == {"K": "DU", "O": "DP_I", "S": "DCH_I", "G": "DP_I", "U": "DP_I"}
    assert [(m.zone, m.check_code, m.value, m.photo_no) for m in saved.measurements] == [
        ("ENTRANCE", "DOOR_WIDTH", 1.1, "01"),
        ("TERRITORY", "RAMP_SLOPE", 8.0, "02"),
    ]
    assert saved.requires_adaptation is True
    [w] = saved.works
    assert (w.zone, w.work, w.planned_year, str(w.estimated_cost), w.funding_source) == (
        "ENTRANCE",
        "CURRENT_REPAIR",
        2027,
        "1500000.50",
        "LOCAL_BUDGET",
    )


def test_stored_verdicts_follow_the_norm(qtbot: QtBot, store: Store) -> None:
    oid = make_object(store)
    dialog = open_dialog(qtbot, store, oid)
    fill_header(qtbot, dialog.form)
    fill_levels(qtbot, dialog.form, all_full())
    add_measurement(qtbot, dialog.form, "ENTRANCE", "DOOR_WIDTH", "1.1")
    add_measurement(qtbot, dialog.form, "TERRITORY", "RAMP_SLOPE", "8")
    passport_id = save_by_keyboard(qtbot, dialog)
    with store.session() as s:
        from sqlalchemy import select

        from models.objects.tables import Measurement

        rows = s.execute(
            select(Measurement.check_code, Measurement.verdict, Measurement.norm_ref)
            .where(Measurement.passport_id == passport_id)
            .order_by(Measurement.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("DOOR_WIDTH", "ok", "СП РК 3.06-101-2012* (27.11.2019) 4.3.2.14"),
        ("RAMP_SLOPE", "breach", "СП РК 3.06-101-2012* (27.11.2019) 4.3.2.30"),
    ]


def test_tab_walks_the_grid_in_reading_order(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store, make_object(store))
    grid = dialog.form.level_grid
    goto(qtbot, grid.combo("TERRITORY", "K"))
    expected: list[QWidget] = []
    for zone in ZONES[:2]:
        expected += [grid.combo(zone, c) for c in CATEGORIES]
    walked = [focused()]
    for _ in range(len(expected) - 1):
        press(qtbot, Qt.Key.Key_Tab)
        walked.append(focused())
    assert walked == expected


# -- refusals -----------------------------------------------------------------------------


def _enter_future_inspection(qtbot: QtBot, form: PassportForm) -> QWidget:
    type_date(qtbot, form.inspection_date_edit, date.today() + timedelta(days=30))
    return form.inspection_date_edit


def _enter_adapted_without_requirement(qtbot: QtBot, form: PassportForm) -> QWidget:
    type_date(qtbot, form.adapted_date_edit, APPROVED)
    assert not form.requires_adaptation_check.isChecked()
    return form.adapted_date_edit


def _enter_ramp_slope_150(qtbot: QtBot, form: PassportForm) -> QWidget:
    row = add_measurement(qtbot, form, "ENTRANCE", "RAMP_SLOPE", "150")
    return form.measurement_table.row_widgets(row)[2]


def _override_without_note(qtbot: QtBot, form: PassportForm) -> QWidget:
    goto(qtbot, form.status_combos["O"])
    # DP_V -> DP_I -> DCH_V -> DCH_I, below the suggested FULL; the others follow as ДП-И.
    press(qtbot, Qt.Key.Key_Down, 3)
    assert form.status_combos["O"].currentData() == "DCH_I"
    assert {form.status_combos[c].currentData() for c in "KSGU"} == {"DP_I"}
    return form.override_note_edit


@pytest.mark.parametrize(
    ("enter", "message"),
    [
        (_enter_future_inspection, "The date cannot be in the future."),
        (
            _enter_adapted_without_requirement,
            "The object is marked adapted, but the passport found no adaptation needed.",
        ),
        (_enter_ramp_slope_150, "0-100 % is the physically possible range"),
        (
            _override_without_note,
            "The confirmed status differs from the suggested one: explain why in the note.",
        ),
    ],
    ids=["future-inspection", "adapted-not-required", "ramp-slope-150", "override-no-note"],
)
def test_invalid_input_keeps_the_dialog_open(
    qtbot: QtBot, store: Store, enter, message: str
) -> None:
    oid = make_object(store)
    dialog = open_dialog(qtbot, store, oid)
    form = dialog.form
    fill_header(qtbot, form)
    fill_levels(qtbot, form, all_full())
    bad = enter(qtbot, form)
    press(qtbot, Qt.Key.Key_S, mod=Qt.KeyboardModifier.ControlModifier)

    assert dialog.isVisible()
    assert passport_count(store, oid) == 0
    assert bad.property("issue") == "error"
    assert focused() is bad
    texts = [form.issue_list.item(i).text() for i in range(form.issue_list.count())]
    assert any(message in t for t in texts), texts


def test_inline_message_sits_under_the_field(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store, make_object(store))
    form = dialog.form
    _enter_future_inspection(qtbot, form)
    assert form.inline_text("inspection_date") == "The date cannot be in the future."
    type_date(qtbot, form.inspection_date_edit, INSPECTED)
    assert form.inline_text("inspection_date") == ""
    assert form.inspection_date_edit.property("issue") == ""


def test_half_typed_date_is_a_format_error(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store, make_object(store))
    form = dialog.form
    goto(qtbot, form.passport_date_edit)
    qtbot.keyClicks(form.passport_date_edit, "3102")
    assert form.passport_date_edit.value() is None
    report = form.validate()
    assert [i.code for i in report.issues if i.field == "passport_date"] == ["date_format"]


def test_override_with_note_is_saved_with_both_values(qtbot: QtBot, store: Store) -> None:
    oid = make_object(store)
    dialog = open_dialog(qtbot, store, oid)
    form = dialog.form
    fill_header(qtbot, form)
    fill_levels(qtbot, form, all_full())
    _override_without_note(qtbot, form)
    # Changing a level afterwards does not undo the commission's choice.
    goto(qtbot, form.level_grid.combo("INFO", "G"))
    press(qtbot, Qt.Key.Key_Down)
    assert form.status_combos["O"].currentData() == "DCH_I"
    assert form.status_combos["G"].currentData() == "DCH_I"
    goto(qtbot, form.override_note_edit)
    qtbot.keyClicks(form.override_note_edit, "Steep corridor ramp")
    passport_id = save_by_keyboard(qtbot, dialog)
    saved = ObjectRepository(store).get_passport(passport_id)
    assert saved.suggested["O"] == "FULL"
    assert saved.statuses["O"] == "DCH_I"
    assert saved.override_note == "Steep corridor ramp"


def test_a_dp_v_not_shared_by_all_five_is_refused(qtbot: QtBot, store: Store) -> None:
    oid = make_object(store)
    dialog = open_dialog(qtbot, store, oid)
    form = dialog.form
    fill_header(qtbot, form)
    fill_levels(qtbot, form, all_full())
    # The commission overrides О to ДЧ-В, "partially accessible to all": the others are ДП-И.
    goto(qtbot, form.status_combos["O"])
    press(qtbot, Qt.Key.Key_Down, 2)
    assert form.status_combos["O"].currentData() == "DCH_V"
    goto(qtbot, form.override_note_edit)
    qtbot.keyClicks(form.override_note_edit, "Commission decision")
    press(qtbot, Qt.Key.Key_S, mod=Qt.KeyboardModifier.ControlModifier)

    assert dialog.isVisible()
    assert passport_count(store, oid) == 0
    assert focused() is form.status_combos["O"]
    expected = (
        "ДЧ-В means the same status for all five categories, but К, С, Г, У differ: set the "
        "same status for all five, or use ДЧ-И for the categories it covers."
    )
    assert form.inline_text("status.O") == expected
    # Choosing ДЧ-И instead is coherent and saves.
    goto(qtbot, form.status_combos["O"])
    press(qtbot, Qt.Key.Key_Down)
    assert form.inline_text("status.O") == ""
    passport_id = save_by_keyboard(qtbot, dialog)
    saved = ObjectRepository(store).get_passport(passport_id).statuses
    assert saved == {"K": "DP_I", "O": "DCH_I", "S": "DP_I", "G": "DP_I", "U": "DP_I"}


# -- warnings -----------------------------------------------------------------------------


def test_norm_breach_warns_with_the_clause_and_still_saves(qtbot: QtBot, store: Store) -> None:
    oid = make_object(store)
    dialog = open_dialog(qtbot, store, oid)
    form = dialog.form
    fill_header(qtbot, form)
    fill_levels(qtbot, form, all_full())
    row = add_measurement(qtbot, form, "ENTRANCE", "DOOR_WIDTH", "0.8")
    verdict = form.measurement_table.message_label(row).text()
    assert "4.3.2.14" in verdict
    assert "0.9" in verdict
    value_edit = form.measurement_table.row_widgets(row)[2]
    assert value_edit.property("issue") == "warning"
    passport_id = save_by_keyboard(qtbot, dialog)
    [m] = ObjectRepository(store).get_passport(passport_id).measurements
    assert (m.check_code, m.value) == ("DOOR_WIDTH", 0.8)


def test_unchecked_adaptation_with_no_access_warns(qtbot: QtBot, store: Store) -> None:
    oid = make_object(store)
    dialog = open_dialog(qtbot, store, oid)
    form = dialog.form
    fill_header(qtbot, form)
    levels = all_full()
    levels["ENTRANCE"]["K"] = "NONE"
    fill_levels(qtbot, form, levels)
    assert form.requires_adaptation_check.property("issue") == "warning"
    # The user ticks it: the warning goes, and adding works no longer overrides the choice.
    goto(qtbot, form.requires_adaptation_check)
    press(qtbot, Qt.Key.Key_Space)
    assert form.requires_adaptation_check.isChecked()
    assert form.requires_adaptation_check.property("issue") == ""
    press(qtbot, Qt.Key.Key_Space)
    goto(qtbot, form.works_table.add_button)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # CURRENT_REPAIR
    assert not form.requires_adaptation_check.isChecked()
    passport_id = save_by_keyboard(qtbot, dialog)
    assert ObjectRepository(store).get_passport(passport_id).requires_adaptation is False


# -- versions -----------------------------------------------------------------------------


def _first_version(store: Store, oid: int) -> int:
    levels = {z: dict.fromkeys(CATEGORIES, "FULL") for z in ZONES}
    levels["ENTRANCE"]["K"] = "NONE"
    draft = PassportDraft(
        inspection_date=date(2025, 3, 1),
        passport_date=date(2025, 3, 10),
        number="P-1",
        commission="Akhmetova A.",
        zones=tuple(ZoneDraft(z, lv, f"zone {z}") for z, lv in levels.items()),
        suggested={"K": "NONE", "O": "FULL", "S": "FULL", "G": "FULL", "U": "FULL"},
        statuses={"K": "VND", "O": "DP_I", "S": "DP_I", "G": "DP_I", "U": "DP_I"},
        requires_adaptation=True,
    )
    ctx = validation_context(store, TODAY)
    return ObjectRepository(store).save_passport(oid, draft, ctx, "admin")


def test_reinspection_adds_the_current_version(qtbot: QtBot, store: Store) -> None:
    oid = make_object(store)
    first = _first_version(store, oid)
    dialog = open_dialog(qtbot, store, oid, base_on=first)
    form = dialog.form
    # Prefilled from version 1, with fresh dates.
    assert form.level_grid.combo("ENTRANCE", "K").currentData() == "NONE"
    form.annex_editor.show_zone("INFO")
    assert form.annex_editor.conclusion_edit.toPlainText() == "zone INFO"
    assert form.passport_date_edit.value() is None
    # The ramp was built: the entrance is now fully accessible for K.
    goto(qtbot, form.level_grid.combo("ENTRANCE", "K"))
    press(qtbot, Qt.Key.Key_Up, 3)
    assert form.status_combos["K"].currentData() == "DP_V"
    type_date(qtbot, form.inspection_date_edit, INSPECTED)
    type_date(qtbot, form.passport_date_edit, APPROVED)
    second = save_by_keyboard(qtbot, dialog)

    repo = ObjectRepository(store)
    assert second != first
    assert [v for _id, v, _d in repo.passport_versions(oid)] == [1, 2]
    assert repo.current_passport_id(oid) == second
    assert repo.get_passport(second).statuses == dict.fromkeys(CATEGORIES, "DP_V")
    assert repo.get_passport(first).statuses["K"] == "VND"

    old = open_dialog(qtbot, store, oid, first)
    assert not old.editable
    assert old.version_label.text() == "Version 1 of 2, read-only."
    assert old.version_label.isVisible()
    assert not old.form.level_grid.combo("ENTRANCE", "K").isEnabled()
    assert isinstance(old.form.number_edit, QLineEdit) and old.form.number_edit.isReadOnly()
    assert not old.form.works_table.add_button.isEnabled()
    press(qtbot, Qt.Key.Key_S, mod=Qt.KeyboardModifier.ControlModifier)
    assert repo.get_passport(first).number == "P-1"

    current = open_dialog(qtbot, store, oid, second)
    assert current.editable
    assert not current.version_label.isVisible()


def test_correcting_the_current_version_keeps_its_number(qtbot: QtBot, store: Store) -> None:
    oid = make_object(store)
    first = _first_version(store, oid)
    dialog = open_dialog(qtbot, store, oid, first)
    goto(qtbot, dialog.form.number_edit)
    press(qtbot, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.form.number_edit, "a")
    assert save_by_keyboard(qtbot, dialog) == first
    repo = ObjectRepository(store)
    assert repo.get_passport(first).number == "P-1a"
    assert len(repo.passport_versions(oid)) == 1


# -- cancelling ---------------------------------------------------------------------------


@pytest.mark.parametrize("closes", [False, True])
def test_escape_with_changes_asks_first(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, closes: bool
) -> None:
    questions = answer_questions(monkeypatch, closes)
    oid = make_object(store)
    dialog = open_dialog(qtbot, store, oid)
    goto(qtbot, dialog.form.number_edit)
    qtbot.keyClicks(dialog.form.number_edit, "P-9")
    press(qtbot, Qt.Key.Key_Escape)
    assert [a.title for a in questions.asked] == ["Discard changes?"]
    assert dialog.isVisible() is not closes
    assert passport_count(store, oid) == 0


def test_escape_without_changes_closes_at_once(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = answer_questions(monkeypatch)
    dialog = open_dialog(qtbot, store, make_object(store))
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert questions.asked == []
