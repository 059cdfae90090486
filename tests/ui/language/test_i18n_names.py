"""The interface language decides which name of an office or a settlement is shown (issue 11)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from exporters.package_receive import receive_package
from models.demo.load import add_demo_data
from models.reference.dto import OfficeDTO
from models.reporting.consolidation import set_expected_districts
from models.store.db import Store
from tests.conftest import TODAY
from tests.ui.reporting.test_receive_dialog import T1, export, figures, region_store
from ui import i18n
from ui.i18n import local_name, local_name_of
from ui.main_window import MainWindow
from ui.objects.page import ObjectsPage
from ui.objects.table_model import COL_SETTLEMENT
from ui.reporting.dashboard import DashboardPage
from ui.reporting.page import ReportingPage
from ui.reporting.received_table_model import CompletenessTableModel, HistoryTableModel
from ui.settings import UiSettings
from ui.widgets.settlement_picker import SettlementPicker
from ui.workers import JobRunner

AKKOL = OfficeDTO("113200000", "district", "Ақкөл ауданы", "Аккольский район")


@pytest.fixture
def language(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Let a test install a language; English is back afterwards."""
    monkeypatch.setattr(i18n, "_current", i18n.current_language())
    locale = QLocale()
    yield
    i18n.install_language(qapp, "en")
    QLocale.setDefault(locale)


def test_local_name_follows_the_language() -> None:
    assert local_name_of(AKKOL, "kk") == "Ақкөл ауданы"
    assert local_name_of(AKKOL, "ru") == "Аккольский район"
    # Offices have no English name: English shows the Russian one.
    assert local_name_of(AKKOL, "en") == "Аккольский район"
    # An empty name falls back to the other.
    assert local_name("", "Аккольский район", "kk") == "Аккольский район"
    assert local_name("Ақкөл ауданы", "", "ru") == "Ақкөл ауданы"


def test_local_name_defaults_to_the_interface_language(
    qapp: QApplication, language: object
) -> None:
    i18n.install_language(qapp, "ru")
    assert local_name_of(AKKOL) == "Аккольский район"
    i18n.install_language(qapp, "kk")
    assert local_name_of(AKKOL) == "Ақкөл ауданы"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_standard_buttons_have_no_english_ok(
    qtbot: QtBot, qapp: QApplication, language: object, lang: str
) -> None:
    i18n.install_language(qapp, lang)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok).text()
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    # Cyrillic О and К, as Russian and Kazakh Windows write it; Qt's own catalogue answers the rest.
    assert ok == "ОК" and ok != "OK"
    assert cancel == {"kk": "Бас тарту", "ru": "Отмена"}[lang]


# ----------------------------------------------------------------------- screens in Russian
# Every screen that names an office or a settlement shows the Russian name in the Russian
# interface (issue 11), never the Kazakh one and never both.


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


def test_dashboard_charts_name_units_in_russian(
    qtbot: QtBot, qapp: QApplication, language: object, store: Store, runner: JobRunner
) -> None:
    i18n.install_language(qapp, "ru")
    add_demo_data(store, objects=12, families=4, seed=1, today=TODAY, user="admin")
    page = DashboardPage(store, "admin", runner, today=lambda: TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.share_data is not None and page.cases_data is not None
    assert page.data is not None
    # The figures carry the Kazakh name; the one unit of a district is its own office.
    assert [r.name for r in page.data.b1] == ["Ақкөл ауданы"]
    assert page.share_data.labels == ("Аккольский район",)
    assert page.cases_data.labels == ("Аккольский район",)


def test_region_dashboard_and_received_tables_name_districts_in_russian(
    qtbot: QtBot,
    qapp: QApplication,
    language: object,
    store: Store,
    tmp_path: Path,
    runner: JobRunner,
) -> None:
    add_demo_data(store, objects=12, families=4, seed=1, today=TODAY, user="admin")
    manifest = export(figures(store), tmp_path / "out", T1)
    region = region_store(tmp_path / "region.sqlite")
    try:
        set_expected_districts(region, ["113200000", "113400000"], user="oblast")
        receive_package(region, manifest, user="oblast", confirm_replace=False)
        i18n.install_language(qapp, "ru")
        dashboard = DashboardPage(region, "oblast", runner, today=lambda: TODAY)
        qtbot.addWidget(dashboard)
        with qtbot.waitSignal(dashboard.refreshed, timeout=10_000):
            dashboard.set_period("2026")
        assert dashboard.share_data is not None and dashboard.cases_data is not None
        # The region's figures: the received district (its figures carry the Kazakh name).
        assert dashboard.data is not None
        assert [r.name for r in dashboard.data.b1] == ["Ақкөл ауданы"]
        assert dashboard.share_data.labels == ("Аккольский район",)
        assert dashboard.cases_data.labels == ("Аккольский район",)

        page = ReportingPage(region, "oblast", runner, today=lambda: TODAY)
        qtbot.addWidget(page)
        assert page.picker is not None
        page.picker.set_code("2026")
        completeness = page.completeness_model
        names = [
            completeness.index(r, CompletenessTableModel.COL_NAME).data()
            for r in range(completeness.rowCount())
        ]
        # Akkol sent both names in its package; Arshaly's name is not known yet.
        assert names[0] == "Аккольский район"
        history = page.history_model
        assert history.index(0, HistoryTableModel.COL_NAME).data() == "Аккольский район"
    finally:
        region.close()


def test_objects_page_main_window_and_settlement_picker_in_russian(
    qtbot: QtBot, qapp: QApplication, language: object, store: Store, runner: JobRunner
) -> None:
    add_demo_data(store, objects=12, families=0, seed=1, today=TODAY, user="admin")
    i18n.install_language(qapp, "ru")
    page = ObjectsPage(store, "admin", runner)
    qtbot.addWidget(page)
    combo = page.settlement_combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "113220100 город Акколь" in items
    assert not any("қаласы" in t or "ауылы" in t for t in items)
    model = page.model
    shown = {model.index(r, COL_SETTLEMENT).data() for r in range(model.rowCount())}
    assert shown and all(" город " in s or " село " in s for s in shown)

    picker = SettlementPicker(store, "admin")
    qtbot.addWidget(picker)
    labels = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert "город Акколь (113220100)" in labels
    assert not any("қаласы" in t or "ауылы" in t for t in labels)

    window = MainWindow(store, UiSettings())
    qtbot.addWidget(window)
    assert window.office_label.text() == "Учреждение: Аккольский район (113200000)"
    window.runner.wait()
