"""File > Import family list...: a school's list of families through the import wizard (issue 15).

The list (Russian headers under two title rows, an IIN stored as a number, 'г.' dates) names a
boy already in Qoldau in his grandmother's household: the preview shows the duplicate with a
choice, the user links him, and the import adds one family whose son is the stored person.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models.families.dto import FamilyDraft, MemberDraft
from models.families.repository import FamilyRepository
from models.families.tables import Family, FamilyMember, Person
from models.reference.import_profiles import stored_profiles
from models.store.db import Store
from tests.conftest import TODAY
from tests.exporters.test_profile_members import KATO, SON, school_list
from ui.imports.wizard import (
    PAGE_COLUMNS,
    PAGE_FILE,
    PAGE_IMPORT,
    PAGE_PREVIEW,
    PAGE_SAVE,
    PAGE_VALUES,
    ProfileImportWizard,
)
from ui.settings import UiSettings
from ui.workers import JobRunner

TIMEOUT = 30_000


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    r = JobRunner()
    yield r
    r.wait(60_000)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def count(store: Store, table: object) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[arg-type]


def grandmother_with_the_boy(store: Store) -> int:
    """Store the boy (same IIN as the list's row 6) in his grandmother's household."""
    repo = FamilyRepository(store)
    draft = FamilyDraft(
        kato=KATO,
        legal_basis="STATUTORY",
        statutory_basis="Әлеуметтік кодекс",
        members=(
            MemberDraft(
                "Касымова", "Роза", "APPLICANT", date(1960, 1, 1), "F", no_iin_reason="FOREIGNER"
            ),
            MemberDraft("Касымов", "Ерлан", "GRANDCHILD", date(2015, 5, 10), "M", iin=SON),
        ),
    )
    repo.save_family(draft, repo.context(TODAY), "admin")
    with store.session() as s:
        return int(s.scalars(select(Person.id).where(Person.iin == SON)).one())


def enter(qtbot: QtBot, wizard: ProfileImportWizard, page_id: int) -> None:
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == page_id, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not wizard.is_running(), timeout=TIMEOUT)


def test_a_family_list_with_a_same_iin_duplicate_linked_by_choice(
    qtbot: QtBot, store: Store, runner: JobRunner, settings: UiSettings, tmp_path: Path
) -> None:
    son_id = grandmother_with_the_boy(store)
    path = school_list(tmp_path / "school.xlsx")
    wizard = ProfileImportWizard(
        store, "admin", runner, target="members", today=lambda: TODAY, settings=settings
    )
    qtbot.addWidget(wizard)
    wizard.show()
    assert QTest.qWaitForWindowExposed(wizard)

    page = wizard.file_page
    qtbot.keyClicks(page.path_edit, str(path))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.sheets is not None and not page.is_running(), timeout=TIMEOUT)
    assert wizard.currentId() == PAGE_FILE
    assert page.header_spin.value() == 3  # under the two title rows

    enter(qtbot, wizard, PAGE_COLUMNS)
    columns = wizard.columns_page
    assert columns.combo_for("Номер семьи").currentData() == "family_ref"
    assert columns.combo_for("ИИН").currentData() == "iin"
    assert columns.combo_for("Степень родства").currentData() == "relation"
    assert columns.isComplete()

    enter(qtbot, wizard, PAGE_VALUES)
    values = wizard.values_page
    assert values.combo_for("sex", "муж").currentData() == "M"
    assert values.unmatched() == []
    # The list says nothing of the legal basis: it is given once for every row.
    basis = values.constants["legal_basis"]
    basis.setFocus()
    assert hasattr(basis, "findData")
    basis.setCurrentIndex(basis.findData("STATUTORY"))  # type: ignore[union-attr]
    statute = values.constants["statutory_basis"]
    statute.setFocus()
    qtbot.keyClicks(statute, "Social Code, art. 4")

    enter(qtbot, wizard, PAGE_SAVE)
    name = wizard.save_page.name_edit
    assert name.text() == "school" and name.hasFocus()  # the file's name, selected
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, " 2026")
    enter(qtbot, wizard, PAGE_PREVIEW)
    saved = stored_profiles(store, "members")
    assert [p.name for p in saved] == ["school 2026"]
    assert saved[0].body["constants"]["legal_basis"] == "STATUTORY"

    preview = wizard.preview_page
    assert preview.ok(), preview.summary_label.text()
    assert preview.duplicates_area.isVisible()
    assert set(preview.choices) == {6}  # the boy's row, as Excel numbers it
    choice = preview.choices[6]
    assert choice.currentData() == son_id  # the same IIN is proposed as the same person
    assert "*****" in choice.currentText() and SON not in choice.currentText()
    choice.setFocus()
    choice.setCurrentIndex(choice.findData(None))
    choice.setCurrentIndex(choice.findData(son_id))  # the user's choice: link him
    assert preview.links() == {6: son_id}
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as blocker:
        enter(qtbot, wizard, PAGE_IMPORT)
    result = blocker.args[0]
    assert (result.families_new, result.members_new, result.members_linked) == (1, 3, 1)
    assert count(store, Family) == 2
    assert count(store, Person) == 5  # grandmother, the boy once, father, mother, brother
    with store.session() as s:
        homes = s.scalars(select(FamilyMember.family_id).where(FamilyMember.person_id == son_id))
        assert len(list(homes)) == 2


def test_a_viewer_is_not_offered_the_family_list(qtbot: QtBot, store: Store) -> None:
    from tests.accounts import as_role
    from ui.main_window import MainWindow

    for role, offered in (("viewer", False), ("specialist", True)):
        window = MainWindow(as_role(store, f"{role}1", role), UiSettings())
        qtbot.addWidget(window)
        assert window.import_members_action.isVisible() is offered
        assert window.import_action.isVisible() is offered
