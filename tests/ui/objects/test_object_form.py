"""The object form on its own: round trip, labels, live checks, enabling, the picker."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.issues import Issue, ValidationReport
from models.objects.dto import ObjectDraft
from models.reference.identifiers import check_digit
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.keys import type_text
from ui.messages import issue_text
from ui.objects.object_form import ObjectForm
from ui.widgets.settlement_picker import settlement_label

FULL = ObjectDraft(
    name="Ақкөл аудандық ауруханасы",
    object_type="HEALTH_HOSPITAL",
    kato="113220100",
    address="Сейфуллин көшесі, 5",
    owner_name="ШЖҚ МКК «Ақкөл аудандық ауруханасы»",
    owner_bin="990540000000"[:11] + str(check_digit("99054000000")),
    responsible_body="Ақмола облысының денсаулық сақтау басқармасы",
    floors=4,
    year_built=1982,
    residential=True,
    subject_to_passportization=False,
    exclusion_reason="Closed or mothballed",
    exclusion_date=date(2026, 6, 30),
    registered_date=date(2025, 1, 15),
    object_ref="REF-7",
    id=42,
    uuid="u-42",
)


@pytest.fixture
def form(qtbot: QtBot, store: Store) -> ObjectForm:
    widget = ObjectForm(store, "admin", today=TODAY)
    qtbot.addWidget(widget)
    return widget


def test_populate_read_round_trip(form: ObjectForm) -> None:
    form.populate(FULL)
    assert form.read() == FULL
    assert form.reason_combo.isEnabled() and form.exclusion_date_edit.isEnabled()
    # Nothing is marked after populate, even though the settlement is not in the list.
    assert not any(e.isVisibleTo(form) for e in form.errors.values())


def test_new_form_defaults(form: ObjectForm) -> None:
    draft = form.read()
    assert draft.registered_date == TODAY
    assert draft.subject_to_passportization is True
    assert draft.object_type == ""
    assert not form.reason_combo.isEnabled()
    assert not form.exclusion_date_edit.isEnabled()


def test_types_follow_the_file_and_the_language(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = [c.code for c in ReferenceRepository(store).code_labels("object_types")]
    monkeypatch.setattr("ui.i18n._current", "ru")
    form = ObjectForm(store, "admin", today=TODAY)
    qtbot.addWidget(form)
    combo = form.type_combo
    assert [combo.itemData(i) for i in range(1, combo.count())] == codes
    assert combo.itemText(combo.findData("EDU_SCHOOL")) == "общеобразовательная школа"


def test_live_bin_check_only_after_typing(qtbot: QtBot, form: ObjectForm) -> None:
    assert not form.errors["owner_bin"].isVisibleTo(form)
    assert not form.errors["name"].isVisibleTo(form)
    qtbot.keyClicks(form.owner_bin_edit, "12345")
    assert form.errors["owner_bin"].text() == issue_text(Issue("owner_bin", "bin_length"))
    assert "b00020" in form.owner_bin_edit.styleSheet()
    # Untouched required fields stay quiet while typing elsewhere.
    assert not form.errors["name"].isVisibleTo(form)
    form.owner_bin_edit.clear()
    qtbot.keyClicks(form.owner_bin_edit, FULL.owner_bin)
    assert not form.errors["owner_bin"].isVisibleTo(form)
    assert form.owner_bin_edit.styleSheet() == ""


def test_bin_with_spaces_is_read_as_digits(qtbot: QtBot, form: ObjectForm) -> None:
    spaced = f"{FULL.owner_bin[:6]} {FULL.owner_bin[6:]}"
    qtbot.keyClicks(form.owner_bin_edit, spaced)
    assert form.read().owner_bin == FULL.owner_bin
    assert not form.errors["owner_bin"].isVisibleTo(form)


def test_show_issues_marks_and_clears(form: ObjectForm) -> None:
    report = ValidationReport()
    report.add("name", "required")
    report.add("kato", "kato_unknown_settlement", "warning")
    form.show_issues(report)
    assert form.errors["name"].text() == issue_text(Issue("name", "required"))
    assert "b00020" in form.name_edit.styleSheet()
    # A warning is shown but the field is not framed as an error.
    assert form.errors["kato"].isVisibleTo(form)
    assert form.settlement.combo.styleSheet() == ""
    assert form.first_error_field(report) == "name"
    form.show_issues(ValidationReport())
    assert not form.errors["name"].isVisibleTo(form)
    assert form.name_edit.styleSheet() == ""


def test_set_enabled_keeps_exclusion_rule(form: ObjectForm) -> None:
    form.set_enabled(False)
    assert not form.name_edit.isEnabled() and not form.settlement.isEnabled()
    form.set_enabled(True)
    assert form.name_edit.isEnabled()
    assert not form.reason_combo.isEnabled()  # still subject to passportization


def test_unchecking_subject_requires_reason_and_date(qtbot: QtBot, form: ObjectForm) -> None:
    form.subject_check.setFocus()
    qtbot.keyClick(form.subject_check, Qt.Key.Key_Space)
    assert form.reason_combo.isEnabled()
    assert form.errors["exclusion_reason"].text() == issue_text(
        Issue("exclusion_reason", "required")
    )
    assert form.errors["exclusion_date"].text() == issue_text(Issue("exclusion_date", "required"))
    type_text(form.reason_combo.lineEdit(), "Басқа ғимаратқа көшті")
    assert not form.errors["exclusion_reason"].isVisibleTo(form)
    assert form.read().exclusion_reason == "Басқа ғимаратқа көшті"
    qtbot.keyClick(form.subject_check, Qt.Key.Key_Space)
    # Back to subject: the reason is not kept in the draft.
    assert form.read().exclusion_reason == ""
    assert not form.errors["exclusion_reason"].isVisibleTo(form)


def test_picker_reads_label_code_and_typed_code(
    qtbot: QtBot, store: Store, form: ObjectForm
) -> None:
    ReferenceRepository(store).add_settlement("113220100", "Ақкөл", "Акколь", "admin", rural=False)
    picker = form.settlement
    picker.reload()
    assert picker.combo.itemText(0) == "Ақкөл (113220100)"
    picker.set_value("113220100")
    assert picker.value() == "113220100"
    picker.combo.setEditText("Ақкөл (113220100) ")
    assert picker.value() == "113220100"
    picker.combo.setEditText(" 113 220 200 ")
    assert picker.value() == "113220200"
    picker.set_value("113229999")
    assert picker.combo.currentText() == "113229999"
    assert settlement_label("1", "Ақкөл", "Акколь", "ru") == "Акколь (1)"
    assert settlement_label("1", "Ақкөл", "Акколь", "en") == "Акколь (1)"
