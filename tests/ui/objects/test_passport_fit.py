"""The passport dialog's wide pages fit a 1024x768 screen (issue 12 follow-up): at 1000x700
the "4 Management decision" page (its works two lines each) and the "Zone annexes" page
(short headers, the violations and the note sharing the spare width) show no horizontal
scroll bar in Kazakh or Russian; zone names stand alone with a capital first letter; Tab
still goes through a work row field by field."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models.demo.load import add_demo_data
from models.objects.annex_tables import ZoneElement
from models.objects.tables import ZONES, Passport
from models.store.db import Store
from models.text import capitalize_first
from tests.conftest import TODAY
from tests.ui.questions import answer_questions
from ui import i18n
from ui.objects.passport.annex_editor import COL_NOTE, COL_VIOLATIONS
from ui.objects.passport_dialog import PassportDialog
from ui.objects.works_table import (
    COL_CATEGORIES,
    COL_DEADLINE,
    COL_DONE,
    COL_EXPECTED,
    CategoryBoxes,
)


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    answer_questions(monkeypatch)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang = str(request.param)
    i18n.install_language(qapp, lang)
    yield lang
    i18n.install_language(qapp, "en")


def _whole_passport(store: Store) -> tuple[int, int]:
    """The demo's school with the whole passport: works in every zone, annexes filled."""
    add_demo_data(store, objects=20, families=0, seed=3, today=TODAY, user="admin")
    with store.engine.connect() as conn:
        row = conn.execute(
            select(Passport.object_id, Passport.id)
            .join(ZoneElement, ZoneElement.passport_id == Passport.id)
            .group_by(Passport.id)
            .order_by(func.count().desc())
        ).first()
    assert row is not None
    return int(row[0]), int(row[1])


def _scroll_areas(widget: QWidget) -> list[QAbstractScrollArea]:
    """``widget`` itself when it scrolls, and every scrolling area it sits in."""
    areas = []
    w: QWidget | None = widget
    while w is not None:
        if isinstance(w, QAbstractScrollArea):
            areas.append(w)
        w = w.parentWidget()
    return areas


def _sideways(widget: QWidget) -> list[str]:
    return [type(a).__name__ for a in _scroll_areas(widget) if a.horizontalScrollBar().isVisible()]


@pytest.mark.parametrize("language", ["kk", "ru"], indirect=True)
def test_wide_pages_fit_1000_by_700_without_sideways_scrolling(
    qtbot: QtBot, store: Store, language: str
) -> None:
    object_id, passport_id = _whole_passport(store)
    dialog = PassportDialog(store, "admin", object_id, passport_id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form

    form.show_page("decision")
    works = form.works_table
    assert works.row_count() >= 7  # a work per zone, and one for all zones
    qtbot.waitUntil(lambda: works.isVisible())
    QApplication.processEvents()
    assert _sideways(works) == [], language
    # every field of every work is inside the page's width (nothing hides on the right)
    page_right = works.mapTo(dialog, works.rect().topRight()).x()
    for r in range(works.row_count()):
        for w in works.row_widgets(r):
            assert w.isVisible()
            assert w.mapTo(dialog, w.rect().topRight()).x() <= page_right, (language, r)
    # the §4 details are on a line of their own, under the work's main line
    zone, deadline = works.row_widgets(0)[0], works.row_widgets(0)[COL_DEADLINE]
    assert (
        deadline.mapTo(works, deadline.rect().topLeft()).y()
        > zone.mapTo(works, zone.rect().bottomLeft()).y()
    )
    zone_combo = works.row_widgets(0)[0]
    assert isinstance(zone_combo, QComboBox)
    assert zone_combo.currentText()[:1].isupper()  # "Ғимаратқа іргелес аумақ (учаске)"
    assert zone_combo.toolTip() == zone_combo.currentText()  # the whole name on hovering

    form.show_page("annexes")
    annex = form.annex_editor
    for zone in ZONES:
        annex.show_zone(zone)
        QApplication.processEvents()
        assert _sideways(annex.table) == [], (language, zone)
        header = annex.table.horizontalHeader()
        assert header.length() <= annex.table.viewport().width(), (language, zone)
    # the free texts take the spare width: each is wider than any column of numbers or codes
    narrow = max(annex.table.columnWidth(c) for c in (1, 2, 3))
    for col in (COL_VIOLATIONS, COL_NOTE):
        assert annex.table.columnWidth(col) > narrow + 40, (language, col)
    # every header is whole (no "Жос..."): its text fits its column, its full name is a tooltip
    header = annex.table.horizontalHeader()
    metrics = header.fontMetrics()
    for col in range(annex.table.columnCount()):
        item = annex.table.horizontalHeaderItem(col)
        assert item is not None
        assert metrics.horizontalAdvance(item.text()) + 8 <= header.sectionSize(col), (
            language,
            item.text(),
        )
        assert item.toolTip()
    # the zone selector shows the zone names with a capital first letter
    for i in range(annex.zone_combo.count()):
        name = annex.zone_combo.itemText(i).split(". ", 1)[1]
        assert name[:1].isupper(), name


def test_capitalize_first_keeps_the_rest() -> None:
    assert capitalize_first("ғимаратқа іргелес аумақ (учаске)") == (
        "Ғимаратқа іргелес аумақ (учаске)"
    )
    assert capitalize_first("ДП-И (К, О)") == "ДП-И (К, О)"
    assert capitalize_first("іші СП РК") == "Іші СП РК"
    assert capitalize_first("") == ""


def test_tab_goes_through_a_work_row_then_its_details(qtbot: QtBot, store: Store) -> None:
    object_id, passport_id = _whole_passport(store)
    dialog = PassportDialog(store, "admin", object_id, passport_id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form.show_page("decision")
    works = dialog.form.works_table
    row = works.row_widgets(0)
    funding = row[COL_DONE - 1]
    funding.setFocus()
    qtbot.waitUntil(funding.hasFocus)
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [row[COL_DONE], row[COL_DEADLINE], row[COL_EXPECTED]]
    # the categories' boxes come next, then the row's remove button, then the next work
    categories = row[COL_CATEGORIES]
    assert isinstance(categories, CategoryBoxes)
    for box in categories.boxes.values():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is box
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    remover = QApplication.focusWidget()
    assert isinstance(remover, QToolButton) and works.row_of(remover) == 0
    qtbot.keyClick(remover, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is works.row_widgets(1)[0]
    # Ctrl+Ins and Ctrl+Del work from the details line too (a line edit keeps them for copy
    # and paste, as before: the expected status combo is used)
    before = works.row_count()
    expected = row[COL_EXPECTED]
    expected.setFocus()
    qtbot.keyClick(expected, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert works.row_count() == before + 1
    added = works.row_widgets(before)[COL_EXPECTED]
    added.setFocus()
    qtbot.keyClick(added, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert works.row_count() == before
