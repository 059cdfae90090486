"""Hostile files offered to the GUI (issue 9): the receive dialog and the import wizard show the
refusal in the user's language, nothing is imported, and the dialog stays usable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from models.reporting.consolidation import history
from models.store.db import Store
from tests.exporters.package_samples import REGION
from tests.exporters.test_registry_import import good_rows, write
from tests.faults.hostile import (
    district_package,
    edit_sheet,
    first_value_to,
    registry_xlsx,
    rewrite,
    set_dimension,
    sheet_xml,
)
from tests.store_templates import new_store
from tests.ui.imports.registry_files import (
    check_by_keyboard,
    object_count,
    open_wizard,
    read_by_keyboard,
)
from tools import translations
from ui import i18n
from ui.reporting.receive_dialog import ReceiveDialog
from ui.reporting.received_table_model import ReceiptPlanTableModel
from ui.settings import UiSettings
from ui.workers import JobRunner

TIMEOUT = 60_000
#: The Kazakh texts of the refusals (resources/translations/qoldau_kk.ts).
KK_REFUSED = "Қабылданбады: "
KK_FAR_CELLS = "Парақта шектен тыс ұяшықтар жарияланған."
KK_FORMULA = "Ұяшықта формула бар: жұмыс кітабында тек мәндер болуы керек."
KK_BOMB = "Жұмыс кітабы сенгісіз дәрежеде қысылған."


@pytest.fixture
def kazakh(qapp: QApplication) -> Iterator[None]:
    """The interface in Kazakh for one test, English again afterwards."""
    translations.release()
    i18n.install_language(qapp, "kk")
    yield
    i18n.install_language(qapp, "en")


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(TIMEOUT)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def region(tmp_path: Path) -> Iterator[Store]:
    s = new_store(tmp_path / "region.sqlite", REGION, "oblast")
    yield s
    s.close()


def verdict(dialog: ReceiveDialog, row: int) -> str:
    return str(dialog.model.index(row, ReceiptPlanTableModel.COL_VERDICT).data())


def test_hostile_packages_are_refused_in_kazakh_and_the_dialog_stays_usable(
    qtbot: QtBot,
    kazakh: None,
    region: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
) -> None:
    far = district_package(tmp_path / "far")
    edit_sheet(far, "A3", set_dimension("A1:XFD1048576"))
    formula = district_package(tmp_path / "formula")
    edit_sheet(formula, "B3", first_value_to(b"<f>1+1</f>"))
    dialog = ReceiveDialog(region, "oblast", runner, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)

    with qtbot.waitSignal(dialog.planned, timeout=TIMEOUT):
        dialog.add_files([far, formula])

    assert dialog.isVisible() and not dialog.is_busy()
    # The verdict says, in Kazakh, that the package breaks a rule; Enter on it lists which.
    for row, sheet, text in ((0, "A3", KK_FAR_CELLS), (1, "B3", KK_FORMULA)):
        assert verdict(dialog, row).startswith(KK_REFUSED), verdict(dialog, row)
        assert "ережесін бұзады" in verdict(dialog, row)
        details = dialog.show_details(row)
        assert details is not None
        listed = details.text.toPlainText()
        assert sheet in listed and text in listed, listed
        details.close()
    assert not dialog.import_button.isEnabled()
    assert history(region) == []

    # Still usable: a genuine package offered next is accepted and imported by keyboard.
    good = district_package(tmp_path / "good")
    with qtbot.waitSignal(dialog.planned, timeout=TIMEOUT):
        dialog.add_files([good])
    assert verdict(dialog, 2).startswith("Қабылдауға болады"), verdict(dialog, 2)
    assert dialog.import_button.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.received, timeout=TIMEOUT) as blocker:
        dialog.import_button.click()
    assert blocker.args[0] == 1
    assert [h.sender.kato for h in history(region)] == ["113200000"]


def test_hostile_registries_show_the_problem_and_import_nothing(
    qtbot: QtBot,
    kazakh: None,
    store: Store,
    runner: JobRunner,
    settings: UiSettings,
    tmp_path: Path,
) -> None:
    far = registry_xlsx(
        tmp_path / "far.xlsx", sheet_xml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    )
    bomb = write(tmp_path / "bomb.xlsx", good_rows())
    rewrite(bomb, add={"xl/media/pad.bin": bytes(8 * 2**20)})
    wizard = open_wizard(qtbot, store, runner, settings)

    for path, text in ((far, KK_FAR_CELLS), (bomb, KK_BOMB)):
        read_by_keyboard(qtbot, wizard, path)
        page = wizard.file_page
        assert wizard.isVisible() and not wizard.is_running()
        assert wizard.sheets is None
        shown = page.message_label.text()
        assert text in shown, shown
        assert object_count(store) == 0

    # Still usable: a genuine registry is checked next and can be imported.
    genuine = write(tmp_path / "good.xlsx", good_rows())
    assert check_by_keyboard(qtbot, wizard, genuine) is True
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert object_count(store) == 0
