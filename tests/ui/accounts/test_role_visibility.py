"""The main window shows only what the principal's role may do (reporting.md §5, issue 8): a
viewer sees objects read-only and reporting; a specialist no users or settings; the status bar
names the login and the role."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from models.store.db import Store
from tests.accounts import as_role
from ui.accounts.fields import role_label
from ui.main_window import MainWindow
from ui.settings import UiSettings

ROLES = ("viewer", "specialist", "supervisor", "administrator")


@pytest.fixture(params=ROLES)
def window(request: pytest.FixtureRequest, qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    role = str(request.param)
    w = MainWindow(as_role(store, f"{role}1", role), UiSettings())
    qtbot.addWidget(w)
    yield w
    w.account_actions.stop()
    w.runner.wait()


def _pages(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text().split(" (")[0] for i in range(window.nav.count())]


def test_pages_menus_and_status_bar_follow_the_role(window: MainWindow) -> None:
    role = window.role
    viewer = role == "viewer"
    tr = window.tr
    expected_pages = [tr("Objects"), tr("Dashboard"), tr("Reporting")]
    if not viewer:
        expected_pages[1:1] = [tr("Families"), tr("Cases")]
    assert _pages(window) == expected_pages
    assert (window.families_page is None, window.cases_page is None) == (viewer, viewer)
    # File and Reports menus.
    for action in (window.import_action, window.template_action, window.demo_action):
        assert action.isVisible() is not viewer
    # A family list adds families: a viewer, who sees none, is not offered it (issue 15).
    assert window.import_members_action.isVisible() is not viewer
    assert window.export_action.isVisible() is not viewer
    assert window.reporting_page.export_button.isVisibleTo(window.reporting_page) is not viewer
    assert window.quality_action.isVisible() and window.period_report_action.isVisible()
    # The objects page: read-only for a viewer.
    page = window.objects_page
    assert page.read_only is viewer
    for action in (page.new_action, page.open_action, page.reinspect_action):
        assert action.isVisible() is not viewer
    assert page.passport_action.isVisible() and page.print_action.isVisible()
    # Account actions: anyone locks and changes their password; users and settings are the
    # administrator's.
    accounts = window.account_actions
    assert accounts.lock_action.isVisible() and accounts.password_action.isVisible()
    administrator = role == "administrator"
    assert accounts.users_action.isVisible() is administrator
    assert accounts.idle_action.isVisible() is administrator
    # The status bar: "login (role)"; the pages write as that login.
    assert accounts.user_label.text() == f"{role}1 ({role_label(role)})"
    assert window.user == f"{role}1"
    assert window.objects_page.user == f"{role}1"


def test_a_region_viewer_cannot_receive(qtbot: QtBot, tmp_path) -> None:  # noqa: ANN001
    from models.reference.dto import OfficeDTO
    from tests.store_templates import new_store

    region = new_store(
        tmp_path / "region.sqlite",
        OfficeDTO("110000000", "region", "Ақмола", "Акмолинская"),
        "admin",
    )
    try:
        for role, may in (("viewer", False), ("specialist", True)):
            w = MainWindow(as_role(region, "u", role), UiSettings())
            qtbot.addWidget(w)
            assert w.receive_action.isVisible() is may
            assert w.reporting_page.receive_button is not None
            assert w.reporting_page.receive_button.isVisibleTo(w.reporting_page) is may
            w.account_actions.stop()
            w.runner.wait()
    finally:
        region.close()
