"""The History dialog (issue 8), driven by the keyboard: Ctrl+H in a family, object or case
dialog lists when, who, which field, old -> new; a supervisor also sees who opened a family,
a specialist does not; a destroyed family key shows "value destroyed"."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)
from pytestqt.qtbot import QtBot

from models.audit.history import record_uuid
from models.audit.keys import destroy_family_key
from models.cases.dto import SignalDraft
from models.cases.repository import CaseRepository
from models.families.repository import FamilyRepository
from models.objects.context import validation_context
from models.objects.dto import ObjectDraft
from models.objects.repository import ObjectRepository
from models.reference.repository import ReferenceRepository
from models.store.base import Principal
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.audit.test_audit_trail import FAMILY
from ui import i18n
from ui.audit.history_dialog import (
    COL_FIELD,
    COL_NEW,
    COL_OLD,
    COL_WHAT,
    COL_WHO,
    HistoryButton,
    HistoryDialog,
)
from ui.cases.case_dialog import CaseDialog
from ui.families.family_dialog import FamilyDialog
from ui.objects.object_dialog import ObjectDialog


def as_role(store: Store, login: str, role: str) -> Store:
    return dataclasses.replace(store, principal=Principal(login, role))


def rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def show(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.activateWindow()


def press_history(qtbot: QtBot, dialog: QDialog, history: HistoryButton) -> HistoryDialog:
    widget = QApplication.focusWidget() or dialog
    qtbot.keyClick(widget, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: history.history is not None and history.history.isVisible())
    shown = history.history
    assert shown is not None
    return shown


def saved_family(store: Store) -> tuple[int, str]:
    families = FamilyRepository(store)
    ctx = families.context(TODAY)
    fid = families.save_family(FAMILY, ctx, "aigerim")
    saved = families.get_family(fid)
    families.save_family(replace(saved, housing_type="OWN_HOUSE", phone="+7 777 0"), ctx, "bolat")
    assert saved.uuid is not None
    return fid, saved.uuid


def test_family_history_by_ctrl_h_with_who_opened_for_a_supervisor(
    qtbot: QtBot, store: Store
) -> None:
    fid, _uuid = saved_family(store)
    supervisor = as_role(store, "sholpan", "supervisor")
    dialog = FamilyDialog(supervisor, "sholpan", fid, today=TODAY)
    show(qtbot, dialog)
    history = press_history(qtbot, dialog, dialog.history)
    changes = [
        (r[COL_WHO], r[COL_WHAT], r[COL_FIELD], r[COL_OLD], r[COL_NEW]) for r in rows(history.table)
    ]
    # The form's labels name the fields, codes read as the form's labels (the interface is
    # Kazakh); the personal values read in clear for the user.
    assert ("bolat", "Changed", "Housing", "Жалдамалы", "Меншікті үй") in changes
    assert ("bolat", "Changed", "Phone", "+7 701 000 00 00", "+7 777 0") in changes
    assert ("aigerim", "Added: Member", "IIN", "", "920302403450") in changes
    assert ("aigerim", "Added", "Street address", "", "Ақкөл қ., Әуезов к-сі, 12") in changes
    assert history.openings is not None
    opened = rows(history.openings)
    # The test's own read (admin, in saved_family) and the supervisor's dialog, newest first.
    assert [(r[1], r[2]) for r in opened] == [("sholpan", "Opened"), ("system", "Opened")]
    qtbot.keyClick(history.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not history.isVisible())


def test_a_specialist_sees_the_changes_but_not_who_opened(qtbot: QtBot, store: Store) -> None:
    fid, _uuid = saved_family(store)
    specialist = as_role(store, "aigerim", "specialist")
    dialog = FamilyDialog(specialist, "aigerim", fid, today=TODAY)
    show(qtbot, dialog)
    history = press_history(qtbot, dialog, dialog.history)
    assert history.openings is None
    assert history.table.rowCount() > 0


def test_a_destroyed_key_reads_value_destroyed(qtbot: QtBot, store: Store) -> None:
    fid, fam_uuid = saved_family(store)
    with store.session() as s:
        destroy_family_key(s, fam_uuid)
    dialog = FamilyDialog(store, "admin", fid, today=TODAY)
    show(qtbot, dialog)
    history = press_history(qtbot, dialog, dialog.history)
    by_field = {(r[COL_WHAT], r[COL_FIELD]): r for r in rows(history.table)}
    assert by_field[("Added: Member", "IIN")][COL_NEW] == "value destroyed"
    assert by_field[("Changed", "Phone")][COL_OLD] == "value destroyed"
    assert by_field[("Changed", "Housing")][COL_NEW] == "Меншікті үй"


def test_object_history_and_a_new_object_has_none(qtbot: QtBot, store: Store) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    draft = ObjectDraft(name="№3 мектеп", object_type="EDU_SCHOOL", kato="113220100")
    oid = repo.save(draft, ctx, "aigerim")
    repo.save(replace(repo.get(oid), name="№3 гимназия"), ctx, "bolat")
    new = ObjectDialog(store, "admin", None, today=TODAY)
    show(qtbot, new)
    assert not new.history.button.isEnabled()
    new.close()
    dialog = ObjectDialog(store, "admin", oid, today=TODAY)
    show(qtbot, dialog)
    history = press_history(qtbot, dialog, dialog.history)
    changed = [r for r in rows(history.table) if r[COL_WHAT] == "Changed"]
    assert [(r[COL_WHO], r[COL_FIELD], r[COL_OLD], r[COL_NEW]) for r in changed] == [
        ("bolat", "Name", "№3 мектеп", "№3 гимназия")
    ]


def test_case_history_from_the_case_card(qtbot: QtBot, store: Store) -> None:
    cases = CaseRepository(store)
    ctx = FamilyRepository(store).context(TODAY)
    cid = cases.open_case(SignalDraft(date(2026, 11, 1), "SCHOOL", "Бала келмейді"), ctx, "admin")
    dialog = CaseDialog(store, "admin", cid, today=lambda: TODAY)
    show(qtbot, dialog)
    history = press_history(qtbot, dialog, dialog.history)
    fields = {r[COL_FIELD]: r for r in rows(history.table)}
    assert fields["Description"][COL_NEW] == "Бала келмейді"  # the signal form's label
    assert fields["stage"][COL_NEW] == "сигнал"  # case_stages.csv, in Kazakh


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    """The Russian interface; English texts are back afterwards (translators are global)."""
    i18n.install_language(qapp, "ru")
    yield
    i18n.install_language(qapp, "en")


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    item = table.item(row, col)
    assert item is not None
    return item


def history_of(qtbot: QtBot, store: Store, entity: str, record_id: int) -> HistoryDialog:
    uuid = record_uuid(store, entity, record_id)
    assert uuid is not None
    dialog = HistoryDialog(store, entity, uuid, "record")
    show(qtbot, dialog)
    return dialog


def test_values_read_as_the_forms_show_them_in_russian(
    qtbot: QtBot, store: Store, russian: None
) -> None:
    """Codes by their code-list labels, the forms' own words, dates, yes/no, the settlement by
    name and linked records by name, in the interface language (issue 11)."""
    ReferenceRepository(store).add_settlement("113220100", "Ақкөл қаласы", "город Акколь", "admin")
    fid, _uuid = saved_family(store)
    family = history_of(qtbot, store, "family", fid)
    by_new = {r[COL_NEW]: r for r in rows(family.table)}
    changed = by_new["Собственный дом"]
    assert (changed[COL_WHAT], changed[COL_OLD]) == ("Изменено", "Съёмное жильё")
    assert "город Акколь (113220100)" in by_new  # the family's settlement
    assert "05.10.2026" in by_new  # the consent date
    assert "Нет" in by_new  # the CO detector: co_detector_answers.csv
    assert "Женский" in by_new  # the member form's word for F
    assert "02.03.1992" in by_new  # the birth date, decrypted and in dd.mm.yyyy
    relation = by_new["заявитель (глава семьи)"]
    assert relation[COL_WHAT] == "Добавлено: Членство в семье"
    # The membership links the person: named, never a UUID.
    link = by_new["Қасымова Әлия Серікқызы"]
    assert link[COL_FIELD] == "Член семьи"
    raw = {"RENTED", "OWN_HOUSE", "APPLICANT", "F", "no", "WRITTEN", "CONSENT", "LOW_INCOME"}
    assert not raw & set(by_new)

    cases = CaseRepository(store)
    ctx = FamilyRepository(store).context(TODAY)
    cid = cases.open_case(SignalDraft(date(2026, 11, 1), "SCHOOL", "Бала келмейді"), ctx, "admin")
    cases.set_family(cid, fid, "admin")
    case = history_of(qtbot, store, "family_case", cid)
    fields = {r[COL_FIELD]: r for r in rows(case.table)}
    assert fields["Семья"][COL_NEW] == "Қасымова Әлия"  # the family by its applicant
    assert fields["Источник"][COL_NEW].startswith("школа (психолог")
    assert fields["Дата сигнала"][COL_NEW] == "01.11.2026"
    assert fields["stage"][COL_NEW] == "сигнал"

    objects = ObjectRepository(store)
    octx = validation_context(store, TODAY)
    oid = objects.save(
        ObjectDraft(name="№3 мектеп", object_type="EDU_SCHOOL", kato="113220100"), octx, "admin"
    )
    obj = history_of(qtbot, store, "infra_object", oid)
    fields = {r[COL_FIELD]: r for r in rows(obj.table)}
    assert fields["Тип объекта"][COL_NEW] == "общеобразовательная школа"
    assert fields["Населённый пункт (КАТО)"][COL_NEW] == "город Акколь (113220100)"
    # Yes and no in words (the dialog's own, translated with the catalogues); the checkboxes
    # named by their texts in the object form.
    yes = QCoreApplication.translate("HistoryDialog", "Yes")
    assert fields["Подлежит паспортизации"][COL_NEW] == yes


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_columns_fit_their_headers_and_cells_keep_their_text_in_tooltips(
    qtbot: QtBot, qapp: QApplication, store: Store, russian: None, lang: str
) -> None:
    i18n.install_language(qapp, lang)
    fid, _uuid = saved_family(store)
    dialog = history_of(qtbot, store, "family", fid)
    table = dialog.table
    header = table.horizontalHeader()
    titles = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert titles[COL_OLD] == {"kk": "Бұрынғы мәні", "ru": "Прежнее значение"}[lang]
    for col in range(table.columnCount()):
        # No header is cut, "Прежнее значение" included.
        assert header.sectionSize(col) >= header.sectionSizeHint(col), titles[col]
    for col in (COL_OLD, COL_NEW):
        assert header.sectionResizeMode(col) == QHeaderView.ResizeMode.Stretch
    # The values share what the other columns leave: the same width each, the table filled.
    assert abs(header.sectionSize(COL_OLD) - header.sectionSize(COL_NEW)) <= 1
    assert header.length() <= table.viewport().width() + 1
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = cell(table, r, c)
            assert item.toolTip() == item.text()
    # A long value is cut in its cell but whole in its tooltip.
    address = next(
        cell(table, r, COL_NEW) for r in range(table.rowCount())
        if cell(table, r, COL_NEW).text().startswith("Ақкөл қ.")
    )  # fmt: skip
    assert address.toolTip() == "Ақкөл қ., Әуезов к-сі, 12"
