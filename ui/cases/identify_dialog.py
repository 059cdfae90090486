"""Confirming a signal: the case becomes IDENTIFIED and is attached to a household.

The household is found by a member's name or IIN prefix, or created with the families
dialog (imported when used, so this dialog works without it).
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from models.cases.dto import CaseDetail
from models.families.repository import FamilyRepository
from models.issues import ValidationReport
from models.store.db import Store
from ui.cases.case_form_base import CaseFormBase
from ui.cases.step_dialog import CaseStepDialog
from ui.families.family_dialog import FamilyDialog
from ui.i18n import format_date
from ui.widgets.date_edit import DateEdit

logger = logging.getLogger(__name__)
#: People listed per search.
SEARCH_LIMIT = 50


class IdentifyForm(CaseFormBase):
    """The identification date and the household, found by a member's name or IIN."""

    def __init__(self, store: Store, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.families = FamilyRepository(store)
        self.date_edit = self.add_row("date", self.tr("Identified &on:"), DateEdit())
        self.date_edit.set_value(today)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Surname, name or IIN of a member"))
        self.add_row("search", self.tr("&Find family:"), self.search_edit)
        self.family_list = self.add_row("family", self.tr("Fa&mily:"), QListWidget())
        self.family_list.setMaximumHeight(140)
        self.new_family_button = QPushButton(self.tr("&New family..."))
        self.new_family_button.setAutoDefault(False)
        self.layout_.addRow("", self.new_family_button)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        # Down in the search box goes to the results, as in a completer.
        self.search_edit.returnPressed.connect(self.family_list.setFocus)

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.family_list.clear()
        if not text.strip():
            return
        for _key, row in self.families.search_members(text.strip(), limit=SEARCH_LIMIT):
            for family_id, _relation, _since, until in self.families.person_households(
                row.person_id
            ):
                if until is not None:
                    continue
                self.add_family(
                    family_id,
                    self.tr("{name}, {birth} — family {family}").format(
                        name=" ".join(
                            p for p in (row.surname, row.given_name, row.patronymic) if p
                        ),
                        birth=format_date(row.birth_date),
                        family=family_id,
                    ),
                )
        if self.family_list.count():
            self.family_list.setCurrentRow(0)

    def add_family(self, family_id: int, text: str) -> None:
        """List a household the user may pick."""
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, family_id)
        self.family_list.addItem(item)

    def family_id(self) -> int | None:
        """Return the household picked, or None."""
        item = self.family_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))


class IdentifyDialog(CaseStepDialog):
    """Attach the household and move the case to IDENTIFIED."""

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        self.store = store
        self.identify_form = IdentifyForm(store, today)
        title = QCoreApplication.translate("IdentifyDialog", "Identify case {number}").format(
            number=case.number
        )
        super().__init__(title, self.identify_form, store, user, case, today, parent)
        self.identify_form.new_family_button.clicked.connect(self._on_new_family_clicked)
        if case.family_id is not None:
            self.identify_form.add_family(
                case.family_id, self.tr("Family {family}").format(family=case.family_id)
            )
            self.identify_form.family_list.setCurrentRow(0)
            self._snapshot = self.form.state()

    def _on_new_family_clicked(self) -> None:
        dialog = FamilyDialog(self.store, self.user, None, self)
        dialog.saved.connect(self._on_family_saved)
        dialog.open()

    def _on_family_saved(self, family_id: int) -> None:
        self.identify_form.add_family(
            family_id, self.tr("Family {family} (new)").format(family=family_id)
        )
        self.identify_form.family_list.setCurrentRow(self.identify_form.family_list.count() - 1)

    def commit(self) -> ValidationReport | None:
        """Check the date and the household, then attach it and move the case on."""
        report = ValidationReport()
        on = self.identify_form.read_date(report, "date")
        family_id = self.identify_form.family_id()
        if family_id is None:
            report.add("family", "family_required")
        ctx = self.repo.context(self.today)
        if on is not None:
            self._stage_issues(report, on, "date")
        if on is None or family_id is None or not report.ok:
            return report
        # One write: the household link and the move to IDENTIFIED, or neither.
        self.repo.identify(self.case.id, on, ctx, self.user, family_id=family_id)
        return None
