"""The passport form's sections of issue 12 (§2 activity, §3.1-3.2 route, §4 extras and the
works' expected status, §5 notes, the re-inspection reason): filled by setters, saved, reopened,
read-only, the rules' issues, and moving between sections by keyboard."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.objects.context import validation_context
from models.objects.dto import (
    ActivityInfo,
    DecisionInfo,
    NotesInfo,
    PassportDraft,
    RouteInfo,
    ZoneDraft,
)
from models.objects.repository import ObjectRepository
from models.objects.tables import CATEGORIES, ZONES
from models.store.db import Store
from tests.ui.questions import answer_questions
from ui.objects.passport_dialog import PassportDialog

INSPECTED = date.today() - timedelta(days=20)
APPROVED = date.today() - timedelta(days=10)
FULL5 = dict.fromkeys(CATEGORIES, "FULL")


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    answer_questions(monkeypatch)


def first_passport(store: Store) -> tuple[int, int]:
    """An object with a first passport (all FULL, ДП-В): (object id, passport id)."""
    repo = ObjectRepository(store)
    ctx = validation_context(store, date.today())
    from tests.models.objects.test_repositories import obj

    object_id = repo.save(obj(), ctx, "admin")
    draft = PassportDraft(
        INSPECTED,
        APPROVED,
        number="П-1",
        zones=tuple(ZoneDraft(z, dict(FULL5)) for z in ZONES),
        suggested=dict(FULL5),
        statuses=dict.fromkeys(CATEGORIES, "DP_V"),
    )
    return object_id, repo.save_passport(object_id, draft, ctx, "admin")


def open_dialog(qtbot: QtBot, store: Store, object_id: int, *args: object, **kw: object):
    dialog = PassportDialog(store, "admin", object_id, *args, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_new_field_is_saved_and_comes_back_read_only_in_an_old_version(
    qtbot: QtBot, store: Store
) -> None:
    object_id, pid = first_passport(store)
    dialog = open_dialog(qtbot, store, object_id, pid)
    form = dialog.form
    a, r = form.activity_section, form.route_section
    a.sphere_combo.set_code("EDUCATION")
    a.services_edit.setPlainText("Бастауыш және орта білім")
    a.delivery_checks.boxes["AT_OBJECT"].setChecked(True)
    a.delivery_checks.boxes["REMOTE"].setChecked(True)
    a.age_checks.boxes["CHILDREN"].setChecked(True)
    a.category_checks.boxes["K"].setChecked(True)
    a.category_checks.boxes["G"].setChecked(True)
    a.capacity_edit.setText("640")
    a.capacity_kind_combo.set_code("PLACES")
    a.ipr_combo.set_code("NO")
    r.transport_edit.setText("№4 автобус")
    r.adapted_transport_combo.set_code("NO")
    r.distance_edit.setText("350")
    r.walk_edit.setText("6")
    r.separate_path_combo.set_code("YES")
    r.crossings_combo.set_code("UNREGULATED")
    r.information_checks.boxes["VISUAL"].setChecked(True)
    r.level_changes_combo.set_code("YES")
    r.level_fitted_combo.set_code("NO")
    r.notes_edit.setPlainText("Жиек тас биік")
    d = form.decision_section
    d.from_edit.set_value(date(2027, 4, 1))
    d.until_edit.set_value(date(2027, 9, 30))
    d.programme_edit.setText("Кедергісіз орта жоспары")
    d.approval_needed_combo.set_code("YES")
    d.approval_body_edit.setText("Аудандық бөлім")
    d.approval_date_edit.set_value(APPROVED)
    d.map_updated_edit.set_value(APPROVED)
    n = form.notes_section
    n.questionnaire_date_edit.set_value(INSPECTED)
    n.act_date_edit.set_value(INSPECTED + timedelta(days=1))
    n.notes_edit.setPlainText("Ерекше белгі жоқ")
    assert n.decision_date_label.text() != "—"  # the passport date, shown read-only
    form.works_table.add_row()
    zone, work = form.works_table.row_widgets(0)[:2]
    zone.setCurrentIndex(zone.findData("ENTRANCE"))
    work.setCurrentIndex(work.findData("CURRENT_REPAIR"))
    deadline, expected, categories = form.works_table.expected_widgets(0)
    deadline.set_value(date(2027, 9, 30))
    expected.setCurrentIndex(expected.findData("DP_I"))
    categories.boxes["K"].setChecked(True)
    categories.boxes["O"].setChecked(True)
    assert dialog.is_dirty()
    assert [(i.field, i.code) for i in form.validate().errors] == []
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted

    stored = ObjectRepository(store).get_passport(pid)
    assert stored.activity == ActivityInfo(
        "EDUCATION", "Бастауыш және орта білім", ("AT_OBJECT", "REMOTE"), ("CHILDREN",),
        ("K", "G"), 640, "PLACES", "NO",
    )  # fmt: skip
    assert stored.route == RouteInfo(
        "№4 автобус", "NO", 350, 6, "YES", "UNREGULATED", ("VISUAL",), "YES", "NO",
        "Жиек тас биік",
    )  # fmt: skip
    assert stored.decision == DecisionInfo(
        date(2027, 4, 1), date(2027, 9, 30), "Кедергісіз орта жоспары", "YES", "Аудандық бөлім",
        APPROVED, APPROVED,
    )  # fmt: skip
    assert stored.notes == NotesInfo(INSPECTED, INSPECTED + timedelta(days=1), "Ерекше белгі жоқ")
    (w,) = stored.works
    assert (w.zone, w.work, w.deadline, w.expected_status, w.expected_categories) == (
        "ENTRANCE", "CURRENT_REPAIR", date(2027, 9, 30), "DP_I", ("K", "O"),
    )  # fmt: skip

    # A re-inspection copies §2 and the route, not §4 extras, §5 or a reason; once saved,
    # version 1 opens read-only with every section shown and disabled.
    again = open_dialog(qtbot, store, object_id, base_on=pid)
    assert again.form.read().activity == stored.activity
    assert again.form.read().route == stored.route
    assert again.form.read().decision == DecisionInfo()
    assert again.form.read().notes == NotesInfo()
    assert not again.form.reason_section.isHidden()  # version 2: the reason is asked
    again.form.reason_section.reason_combo.set_code("AFTER_WORKS")
    again.form.passport_date_edit.set_value(date.today())
    again.form.inspection_date_edit.set_value(date.today())
    again.save()
    assert again.result() == again.DialogCode.Accepted
    old = open_dialog(qtbot, store, object_id, pid)
    assert not old.editable
    assert old.form.activity_section.capacity_edit.text() == "640"
    assert old.form.activity_section.capacity_edit.isReadOnly()
    assert not old.form.activity_section.sphere_combo.isEnabled()
    assert not old.form.route_section.information_checks.boxes["VISUAL"].isEnabled()
    assert old.form.route_section.information_checks.boxes["VISUAL"].isChecked()
    assert old.form.decision_section.programme_edit.isReadOnly()
    assert old.form.notes_section.notes_edit.isReadOnly()
    assert old.form.reason_section.isHidden()  # version 1 has no reason
    assert not old.form.works_table.expected_widgets(0)[1].isEnabled()


def test_rules_of_the_sections_show_in_the_form(qtbot: QtBot, store: Store) -> None:
    object_id, pid = first_passport(store)
    dialog = open_dialog(qtbot, store, object_id, pid)
    form = dialog.form
    form.activity_section.capacity_edit.setText("2000000")
    form.route_section.level_changes_combo.set_code("NO")
    form.route_section.level_fitted_combo.set_code("YES")
    form.decision_section.from_edit.set_value(date(2027, 9, 1))
    form.decision_section.until_edit.set_value(date(2027, 4, 1))
    form.notes_section.act_date_edit.set_value(APPROVED + timedelta(days=1))
    form.reason_section.reason_combo.set_code("COMPLAINT")  # on a first passport
    report = form.validate()
    found = {(i.field, i.code, i.severity) for i in report.issues}
    assert ("capacity", "out_of_range", "error") in found
    assert ("route_level_fitted", "route_fitted_without_levels", "warning") in found
    assert ("works_until", "works_period_reversed", "error") in found
    assert ("act_date", "section_date_after_passport", "warning") in found
    assert ("reinspection_reason", "reinspection_reason_on_first", "error") in found
    form.show_issues(report)
    assert form.activity_section.capacity_edit.property("issue") == "error"
    titles = [form.issue_list.item(i).text() for i in range(form.issue_list.count())]
    assert any(t.startswith("Capacity: ") for t in titles)
    # The problem list takes the user to the section holding the field.
    dialog.save()
    assert dialog.isVisible()
    assert form.current_page() in ("activity", "route", "header", "decision")
    form.focus_field("works_until")
    assert form.current_page() == "decision"
    form.focus_field("capacity")
    assert form.current_page() == "activity"


def test_sections_are_reached_by_keyboard(qtbot: QtBot, store: Store) -> None:
    object_id, pid = first_passport(store)
    dialog = open_dialog(qtbot, store, object_id, pid)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    form = dialog.form
    keys = form.page_keys()
    assert keys.index("header") < keys.index("activity") < keys.index("route")
    assert keys.index("route") < keys.index("zones") < keys.index("measurements")
    assert keys.index("measurements") < keys.index("status") < keys.index("decision")
    assert keys.index("decision") < keys.index("notes")
    form.section_list.setFocus()
    qtbot.waitUntil(form.section_list.hasFocus)
    form.section_list.setCurrentRow(0)
    qtbot.keyClick(form.section_list, Qt.Key.Key_Down)
    assert form.current_page() == "activity"
    # Ctrl+PgDown from a field goes to the next section and into its first field.
    form.activity_section.sphere_combo.setFocus()
    qtbot.waitUntil(form.activity_section.sphere_combo.hasFocus)
    qtbot.keyClick(
        form.activity_section.sphere_combo, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert form.current_page() == "route"
    qtbot.waitUntil(form.route_section.transport_edit.hasFocus)
    qtbot.keyClick(
        form.route_section.transport_edit, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert form.current_page() == "activity"


def test_a_first_passport_starts_with_the_sector_of_the_object_type(
    qtbot: QtBot, store: Store
) -> None:
    from tests.models.objects.test_repositories import obj

    ctx = validation_context(store, date.today())
    object_id = ObjectRepository(store).save(obj(object_type="EDU_SCHOOL"), ctx, "admin")
    dialog = open_dialog(qtbot, store, object_id)
    assert dialog.form.activity_section.sphere_combo.code() == "EDUCATION"
    assert dialog.form.reason_section.isHidden()
    assert dialog.form.read().version == 1
    assert dataclasses.replace(dialog.form.read()).activity.activity_sphere == "EDUCATION"
