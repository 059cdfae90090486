"""Issue 12 on the objects page: passport §1 on the object form, state control, triggers and
the re-inspection due list's count."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from models.objects.context import validation_context
from models.objects.dto import GeneralInfo, ObjectDraft
from models.objects.reinspection import ReinspectionRepository
from models.objects.repository import ObjectRepository
from models.objects.state_control import InspectionDraft, StateControlRepository
from models.objects.tables import InfraObject
from models.reference import settings as domain_settings
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.report_builders import add_object, add_passport
from tests.ui.keys import type_text
from tests.ui.questions import answer_questions
from ui.objects.control.inspections import InspectionDialog, StateControlDialog
from ui.objects.control.period_counts import StateControlCountsDialog
from ui.objects.control.record_list import RecordListDialog
from ui.objects.control.triggers import TriggerDialog, TriggersDialog
from ui.objects.object_dialog import ObjectDialog
from ui.objects.object_form import ObjectForm
from ui.objects.page import ObjectsPage
from ui.workers import JobRunner

GENERAL = GeneralInfo(
    building_kind="DETACHED",
    area_m2=Decimal("1250.5"),
    has_plot="YES",
    plot_area_m2=Decimal(4000),
    last_capital_repair_year=2015,
    planned_repairs="Күрделі жөндеу 2027",
    legal_address="Ақкөл қ., Абай к-сі, 1",
    use_basis="OPERATIONAL_MANAGEMENT",
    ownership="STATE",
    territorial_level="DISTRICT",
    higher_body="Ақкөл ауданының білім бөлімі",
)


def cell(dialog: RecordListDialog, row: int, col: int) -> str:
    item = dialog.table.item(row, col)
    assert item is not None
    return item.text()


@pytest.fixture
def school(store: Store) -> int:
    draft = ObjectDraft(
        name="№3 мектеп", object_type="EDU_SCHOOL", kato="113220100", year_built=1975
    )
    return ObjectRepository(store).save(draft, validation_context(store, TODAY), "admin")


def test_the_form_round_trips_section_1(qtbot: QtBot, store: Store) -> None:
    form = ObjectForm(store, "admin", today=TODAY)
    qtbot.addWidget(form)
    draft = ObjectDraft(name="x", object_type="EDU_SCHOOL", kato="113220100", general=GENERAL)
    form.populate(draft)
    assert form.read() == draft
    assert form.tabs.count() == 2
    # A retired or unknown code stays as stored rather than silently changing.
    odd = replace(draft, general=replace(GENERAL, use_basis="OLD_BASIS"))
    form.populate(odd)
    assert form.read().general.use_basis == "OLD_BASIS"


def test_the_dialog_saves_section_1_and_keeps_it(qtbot: QtBot, store: Store, school: int) -> None:
    dialog = ObjectDialog(store, "admin", school, today=TODAY)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.tabs.setCurrentIndex(1)
    type_text(form.general_widgets["area_m2"], "1250,5")
    type_text(form.repair_year_edit, "2015")
    ownership = form.general_widgets["ownership"]
    ownership.setCurrentIndex(ownership.findData("STATE"))  # type: ignore[attr-defined]
    dialog.save()
    stored = ObjectRepository(store).get(school).general
    assert (stored.area_m2, stored.last_capital_repair_year, stored.ownership) == (
        Decimal("1250.50"),
        2015,
        "STATE",
    )
    # Saved again with only the name changed: §1 stays.
    dialog = ObjectDialog(store, "admin", school, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.form.name_edit.setText("№3 мектеп-гимназия")
    dialog.save()
    assert ObjectRepository(store).get(school).general == stored


def test_a_bad_repair_year_opens_the_second_tab(qtbot: QtBot, store: Store, school: int) -> None:
    dialog = ObjectDialog(store, "admin", school, today=TODAY)
    qtbot.addWidget(dialog)
    type_text(dialog.form.repair_year_edit, "1960")  # before the year built, 1975
    dialog.save()
    assert dialog.result() == 0 and dialog.form.tabs.currentIndex() == 1
    assert dialog.form.errors["last_capital_repair_year"].isVisibleTo(dialog)
    assert ObjectRepository(store).get(school).general == GeneralInfo()


def test_state_control_add_edit_delete(
    qtbot: QtBot, store: Store, school: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = StateControlRepository(store)
    dialog = StateControlDialog(store, "admin", school, "№3 мектеп", today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    dialog.add_button.click()
    editor = dialog.editor
    assert isinstance(editor, InspectionDialog)
    editor.save()  # nothing typed: the day and the body are required
    assert editor.errors["inspected_on"].isVisibleTo(editor)
    assert editor.errors["body"].isVisibleTo(editor)
    assert repo.of_object(school) == []
    type_text(editor.inspected_edit, "05032026")
    type_text(editor.body_edit, "GASK")
    editor.violations_edit.setPlainText("Пандус жоқ")
    type_text(editor.fine_edit, "15,5")
    type_text(editor.deadline_edit, "01062026")
    editor.save()
    (stored,) = repo.of_object(school)
    assert stored == InspectionDraft(
        school,
        date(2026, 3, 5),
        "GASK",
        "Пандус жоқ",
        fine_mrp=Decimal("15.50"),
        deadline=date(2026, 6, 1),
        id=stored.id,
    )
    assert dialog.table.rowCount() == 1
    assert cell(dialog, 0, 4) == "15,5 МРП"
    assert "(overdue)" in cell(dialog, 0, 5)
    # Edit: remedied before the inspection is refused, then a good day is kept.
    dialog.table.selectRow(0)
    dialog.edit_button.click()
    editor = dialog.editor
    assert isinstance(editor, InspectionDialog)
    type_text(editor.done_edit, "01032026")
    editor.save()
    assert editor.errors["done_on"].isVisibleTo(editor)
    assert repo.get(stored.id or 0).done_on is None
    editor.done_edit.clear()
    type_text(editor.done_edit, "20052026")
    assert editor.done_edit.value() == date(2026, 5, 20)
    editor.save()
    assert repo.get(stored.id or 0).done_on == date(2026, 5, 20)
    assert "(overdue)" not in cell(dialog, 0, 5)
    # Delete asks first: keeping it changes nothing, deleting removes it.
    answers = answer_questions(monkeypatch, False, True)
    dialog.delete_button.click()
    assert len(repo.of_object(school)) == 1
    dialog.delete_button.click()
    assert repo.of_object(school) == [] and dialog.table.rowCount() == 0
    assert "Delete the inspection of 05.03.2026 by GASK" in answers.texts[0]


def test_a_viewer_sees_the_list_only(qtbot: QtBot, store: Store, school: int) -> None:
    StateControlRepository(store).save(
        InspectionDraft(school, date(2026, 3, 5), "GASK"), TODAY, "admin"
    )
    dialog = StateControlDialog(store, "vera", school, "x", today=TODAY, read_only=True)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert not any(
        b.isVisibleTo(dialog) for b in (dialog.add_button, dialog.edit_button, dialog.delete_button)
    )


def test_triggers_record_and_answer(qtbot: QtBot, store: Store, school: int) -> None:
    with store.session("admin") as s:
        add_passport(s, s.get_one(InfraObject, school), 1, date(2024, 3, 1))
    due = ReinspectionRepository(store)
    dialog = TriggersDialog(store, "admin", school, "№3 мектеп", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    editor = dialog.editor
    assert isinstance(editor, TriggerDialog)
    assert editor.date_edit.value() == TODAY
    editor.save()  # no kind chosen
    assert editor.errors["kind"].isVisibleTo(editor)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("COMPLAINT"))
    editor.date_edit.set_value(date(2026, 10, 5))
    type_text(editor.note_edit, "parents")
    editor.save()
    assert [(t.kind, t.occurred_on, t.note) for t in due.triggers(school)] == [
        ("COMPLAINT", date(2026, 10, 5), "parents")
    ]
    assert cell(dialog, 0, 3) == "open: re-inspection due"
    row = due.due_of(school, TODAY)
    assert row is not None and row.reasons == ("COMPLAINT",)


def test_the_page_counts_the_due_list(qtbot: QtBot, store: Store) -> None:
    with store.session("admin") as s:
        domain_settings.write_setting(s, domain_settings.REINSPECTION_YEARS_KEY, "5")
        add_passport(s, add_object(s, "Ескі мектеп"), 1, date(2020, 5, 1))
        add_passport(s, add_object(s, "Жаңа мектеп"), 1, date(2024, 5, 1))
    runner = JobRunner()
    page = ObjectsPage(store, "admin", runner)
    qtbot.addWidget(page)
    combo = page.passport_combo
    assert combo.itemText(combo.findData("reinspection_due")) == "Re-inspection due (1)"
    page.show_passport_state("reinspection_due")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.select_object(page.model.object_at(0).id)  # type: ignore[union-attr]
    text = page.detail.due_label.text()
    assert text.startswith("Re-inspection due: ") and "since 01.05.2025" in text
    assert page.control.state_control_action.shortcut().toString() == "Ctrl+Shift+K"
    runner.wait()


def test_the_period_counts(qtbot: QtBot, store: Store, school: int) -> None:
    repo = StateControlRepository(store)
    repo.save(
        InspectionDraft(school, date(2026, 2, 1), "GASK", "Пандус", "№1", Decimal(10)),
        TODAY,
        "admin",
    )
    repo.save(InspectionDraft(school, date(2026, 5, 1), "GASK"), TODAY, "admin")
    dialog = StateControlCountsDialog(store, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.picker.set_code("2026-Q1")
    assert dialog.values["inspections"].text() == "1"
    assert dialog.values["fines_mrp"].text() == "10 МРП"
    dialog.picker.set_code("2026-H1")
    assert dialog.values["inspections"].text() == "2"
    assert dialog.values["with_violations"].text() == "1"


def test_a_long_body_name_leaves_every_column_in_view(
    qtbot: QtBot, store: Store, school: int
) -> None:
    """A control body's full name is long: its column stops at the cap (the tooltip has it
    whole) and the inspection's other columns stay on an 820-px dialog."""
    body = "Ақмола облысы бойынша әлеуметтік қорғау саласындағы реттеу және бақылау департаменті"
    StateControlRepository(store).save(
        InspectionDraft(school, date(2026, 3, 5), body, "Кіреберіс есігінің ені 0,8 м"),
        TODAY,
        "admin",
    )
    dialog = StateControlDialog(store, "admin", school, "x", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert max(widths[:-1]) <= dialog.column_cap()  # the last one stretches to the edge
    assert sum(widths) <= dialog.table.viewport().width()
    assert dialog.table.item(0, 1).toolTip() == body
