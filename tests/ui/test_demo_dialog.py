"""File > Load demo data: driven by keyboard, runs in a worker, asks before mixing data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models.demo import DEFAULT_FAMILIES
from models.demo.load import add_demo_data
from models.families.tables import Family
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.store.db import Store
from ui.demo_dialog import DemoDialog
from ui.workers import JobRunner


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


def _count(store: Store) -> int:
    return ObjectRepository(store).count(ObjectFilter())


def _type_number(qtbot: QtBot, spin: object, text: str) -> None:
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def _open(qtbot: QtBot, store: Store, runner: JobRunner) -> DemoDialog:
    dialog = DemoDialog(store, "trainer", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    return dialog


def test_load_demo_data_by_keyboard(qtbot: QtBot, store: Store, runner: JobRunner) -> None:
    dialog = _open(qtbot, store, runner)
    assert not dialog.confirm_check.isVisible()  # empty store: nothing to confirm
    assert dialog.focusWidget() is dialog.objects_spin
    _type_number(qtbot, dialog.objects_spin, "30")
    qtbot.keyClick(dialog.objects_spin, Qt.Key.Key_Tab)
    _type_number(qtbot, dialog.seed_spin, "4")
    qtbot.keyClick(dialog.seed_spin, Qt.Key.Key_Tab)
    # A training store gets families by default; this run adds objects only.
    assert dialog.families_spin.value() == DEFAULT_FAMILIES > 0
    _type_number(qtbot, dialog.families_spin, "0")
    assert (dialog.objects_spin.value(), dialog.seed_spin.value()) == (30, 4)
    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        qtbot.keyClick(dialog.families_spin, Qt.Key.Key_Return)
    assert _count(store) == 30
    assert dialog.summary is not None and dialog.summary.first_ref == "DEMO-4-1"
    assert "30" in dialog.message_label.text()
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 30
    assert dialog.isVisible()  # the summary stays readable until the user closes
    qtbot.keyClick(dialog.load_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_load_demo_families_by_keyboard(qtbot: QtBot, store: Store, runner: JobRunner) -> None:
    dialog = _open(qtbot, store, runner)
    _type_number(qtbot, dialog.objects_spin, "5")
    qtbot.keyClick(dialog.objects_spin, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.seed_spin, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.families_spin
    _type_number(qtbot, dialog.families_spin, "40")
    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        qtbot.keyClick(dialog.families_spin, Qt.Key.Key_Return)
    assert dialog.summary is not None and dialog.summary.families == 40
    assert dialog.summary.cases == 40
    assert "40 families" in dialog.message_label.text()
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 45
    with store.session() as s:
        assert s.scalar(select(func.count(Family.id))) == 40


def test_store_with_objects_needs_confirmation(
    qtbot: QtBot, store: Store, runner: JobRunner
) -> None:
    add_demo_data(store, objects=5, families=0, seed=1, today=date.today(), user="admin")
    dialog = _open(qtbot, store, runner)
    assert dialog.confirm_check.isVisible()
    assert "5" in dialog.confirm_check.text()
    _type_number(qtbot, dialog.objects_spin, "10")
    dialog.families_spin.setValue(0)
    qtbot.keyClick(dialog.objects_spin, Qt.Key.Key_Return)
    assert dialog.message_label.text()  # asked to confirm, nothing started
    assert not dialog.is_running()
    assert dialog.focusWidget() is dialog.confirm_check
    assert _count(store) == 5
    qtbot.keyClick(dialog.confirm_check, Qt.Key.Key_Space)
    assert dialog.confirm_check.isChecked()
    with qtbot.waitSignal(dialog.loaded, timeout=60_000):
        qtbot.keyClick(dialog.objects_spin, Qt.Key.Key_Return)
    assert _count(store) == 15


def test_escape_while_running_adds_all_or_nothing(
    qtbot: QtBot, store: Store, runner: JobRunner
) -> None:
    dialog = _open(qtbot, store, runner)
    _type_number(qtbot, dialog.objects_spin, "3000")
    qtbot.keyClick(dialog.objects_spin, Qt.Key.Key_Return)
    assert dialog.is_running()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert _count(store) in (0, 3000)  # cancelled and rolled back, or finished first
