"""The МРП and poverty-line dialog (issue 14, brief §3.8): an administrator edits both tables by
keyboard and every change leaves an audit event; the 2025 rule sets the basis shown."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.audit.tables import AuditEvent
from models.families.money import MEDIAN_35, SUBSISTENCE_70, MoneyRepository, PovertyLineRow
from models.store.db import Store
from tests.accounts import as_role
from ui.families.rates_dialog import RatesDialog, basis_text


def events(store: Store, entity: str) -> list[tuple[str, str, str, str | None, str | None, str]]:
    with store.session() as s:
        return [
            (e.action, e.entity_uuid, e.field, e.old_value, e.new_value, e.login)
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)
            )
        ]


def type_into(qtbot: QtBot, edit: object, text: str) -> None:
    edit.setFocus()  # type: ignore[attr-defined]
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)  # ASCII only (PITFALLS.md #2)


def test_an_administrator_edits_the_mrp_and_the_lines(qtbot: QtBot, store: Store) -> None:
    admin = as_role(store, "admin", "administrator")
    dialog = RatesDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    # The brief's years, newest first.
    assert dialog.mrp_table.item(0, 0).text() == "2026"
    assert dialog.mrp_table.item(0, 1).text() == "4 325,00"

    # 2027: a new year; 2026 corrected from 4,325 to 4,330.
    dialog.mrp_year.setValue(2027)
    type_into(qtbot, dialog.mrp_tenge, "4500")
    qtbot.mouseClick(dialog.mrp_set, Qt.MouseButton.LeftButton)
    dialog.mrp_table.selectRow(1)  # 2026
    assert (dialog.mrp_year.value(), dialog.mrp_tenge.text()) == (2026, "4325,00")
    type_into(qtbot, dialog.mrp_tenge, "4330")
    qtbot.mouseClick(dialog.mrp_set, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isVisibleTo(dialog)
    repo = MoneyRepository(store)
    assert (repo.mrp(2027), repo.mrp(2026)) == (Decimal("4500"), Decimal("4330"))
    assert events(store, "mrp_rate") == [
        ("insert", "2027", "tenge", None, "4500", "admin"),
        ("update", "2026", "tenge", "4325.00", "4330", "admin"),
    ]

    # A line for every region in 2026 Q4: the basis shown is the 2025 rule's.
    dialog.tabs.setCurrentIndex(1)
    dialog.line_year.setValue(2026)
    dialog.line_quarter.setValue(4)
    assert dialog.line_basis.text() == basis_text(MEDIAN_35)
    type_into(qtbot, dialog.line_tenge, "40000")
    qtbot.mouseClick(dialog.line_set, Qt.MouseButton.LeftButton)
    # 2024 Q4 for the Akmola region (11): 70 % of the subsistence minimum.
    dialog.line_year.setValue(2024)
    assert dialog.line_basis.text() == basis_text(SUBSISTENCE_70)
    dialog.line_region.setCurrentIndex(dialog.line_region.findData("110000000"))
    type_into(qtbot, dialog.line_tenge, "29000,50")
    qtbot.mouseClick(dialog.line_set, Qt.MouseButton.LeftButton)
    assert repo.poverty_lines() == [
        PovertyLineRow(2026, 4, "", Decimal("40000.00"), MEDIAN_35),
        PovertyLineRow(2024, 4, "110000000", Decimal("29000.50"), SUBSISTENCE_70),
    ]
    assert dialog.line_table.rowCount() == 2
    assert dialog.line_table.item(1, 3).text() == "29 000,50"
    assert [(a, k, f, n) for a, k, f, _o, n, _l in events(store, "poverty_line")] == [
        ("insert", "2026-Q4", "tenge", "40000"),
        ("insert", "2026-Q4", "basis", MEDIAN_35),
        ("insert", "2024-Q4-110000000", "tenge", "29000.50"),
        ("insert", "2024-Q4-110000000", "basis", SUBSISTENCE_70),
    ]

    # Removing a line is audited too.
    dialog.line_table.selectRow(0)
    qtbot.mouseClick(dialog.line_remove, Qt.MouseButton.LeftButton)
    assert dialog.line_table.rowCount() == 1
    assert events(store, "poverty_line")[-1][:3] == ("delete", "2026-Q4", "")

    # A bad amount is refused in words; nothing written.
    type_into(qtbot, dialog.line_tenge, "abc")
    qtbot.mouseClick(dialog.line_set, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisibleTo(dialog)
    assert len(repo.poverty_lines()) == 1


def test_another_role_is_refused_in_words(qtbot: QtBot, store: Store) -> None:
    dialog = RatesDialog(as_role(store, "sara", "supervisor"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mrp_year.setValue(2027)
    type_into(qtbot, dialog.mrp_tenge, "4500")
    qtbot.mouseClick(dialog.mrp_set, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisibleTo(dialog) and dialog.error_label.text()
    assert MoneyRepository(store).mrp(2027) is None
    assert events(store, "mrp_rate") == []


def test_the_dialog_fits_1024x768(qtbot: QtBot, store: Store) -> None:
    dialog = RatesDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768
    assert dialog.width() <= 1024 and dialog.height() <= 768
