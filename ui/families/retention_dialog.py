"""Retention and destruction (brief §6, issue 14), an administrator's dialog.

The retention setting (years after the last closure; the archive terms are "to confirm", so 5
is a proposal), the families due for destruction on a day (case numbers, closure dates,
counts: no names; "Open family..." shows one to check), the act's number, date, method and
commission, the administrator's password to confirm, then the destruction in one transaction
(``models/cases/destruction.py``) and the printed act. Backups made before the act still hold
the data until they age out: the dialog says so before and the act repeats it.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.cases.destruction import ActDraft, DestructionRepository
from models.errors import QoldauError
from models.families.retention import DueFamily
from models.issues import ValidationError
from models.reference.approvals import PeriodLockedError
from models.reference.offices import office_of
from models.reference.settings import RETENTION_YEARS_RANGE
from models.store.db import Store
from ui.accounts import backend as accounts
from ui.families.destruction_act_print import DestructionActPreviewDialog
from ui.i18n import format_date
from ui.messages import issue_text
from ui.printing.document import exec_preview
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import error_summary_label, fit_to_screen
from ui.widgets.lock_banner import refusal_text

logger = logging.getLogger(__name__)

COL_CASES, COL_CLOSED, COL_MEMBERS, COL_PEOPLE = range(4)


class RetentionDialog(QDialog):
    """The retention setting, the due list and destruction acts.

    Attributes:
        act_id: the act the last destruction wrote (None before).
        preview: whether a destruction opens the act's print preview (tests turn it off).
    """

    def __init__(
        self, store: Store, user: str, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.today = today or date.today()
        self.repo = DestructionRepository(store)
        self.act_id: int | None = None
        self.preview = True
        self.due: list[DueFamily] = []
        self.setWindowTitle(self.tr("Retention and destruction of personal data"))

        self.years_spin = QSpinBox()
        self.years_spin.setRange(*RETENTION_YEARS_RANGE)
        self.years_spin.setValue(self.repo.retention_years())
        self.years_spin.setSuffix(self.tr(" years"))
        self.years_button = QPushButton(self.tr("&Apply"))
        self.years_button.setAutoDefault(False)
        self.years_button.clicked.connect(self.apply_years)
        years_note = QLabel(
            self.tr(
                "Years a family's data are kept after its last case closed. The archive terms "
                "(Order No. 279-НҚ of 17.06.2025) are to be confirmed: 5 years is a proposal."
            )
        )
        years_note.setWordWrap(True)
        years_row = QHBoxLayout()
        years_label = QLabel(self.tr("&Retention after closure:"))
        years_label.setBuddy(self.years_spin)
        years_row.addWidget(years_label)
        years_row.addWidget(self.years_spin)
        years_row.addWidget(self.years_button)
        years_row.addStretch(1)

        self.count_label = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Cases"),
                self.tr("Last closed on"),
                self.tr("Members"),
                self.tr("People destroyed"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            COL_CASES, QHeaderView.ResizeMode.Stretch
        )
        self.open_button = QPushButton(self.tr("&Open family..."))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_family)

        self.number_edit = QLineEdit()
        self.date_edit = DateEdit()
        self.date_edit.set_value(self.today)
        self.method_edit = QLineEdit(
            self.tr("Deleted from the database; deleted pages overwritten (secure delete)")
        )
        self.commission_edit = QPlainTextEdit()
        self.commission_edit.setPlaceholderText(self.tr("one member a line: name, position"))
        self.commission_edit.setTabChangesFocus(True)
        self.commission_edit.setFixedHeight(70)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for text, widget in (
            (self.tr("Act &number:"), self.number_edit),
            (self.tr("Act &date:"), self.date_edit),
            (self.tr("&Method:"), self.method_edit),
            (self.tr("&Commission:"), self.commission_edit),
            (self.tr("Your pass&word:"), self.password_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        backups = QLabel(
            self.tr(
                "The destroyed data leave the store and every backup made from now on. Backups "
                "made before still hold them until they are deleted or age out."
            )
        )
        backups.setWordWrap(True)
        self.summary_label = error_summary_label()
        self.destroy_button = QPushButton(self.tr("D&estroy the selected families"))
        self.destroy_button.setAutoDefault(False)
        self.destroy_button.clicked.connect(self.destroy_selected)
        self.print_button = QPushButton(self.tr("&Print the act..."))
        self.print_button.setAutoDefault(False)
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_act)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.destroy_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(years_row)
        layout.addWidget(years_note)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        layout.addLayout(open_row)
        layout.addLayout(form)
        layout.addWidget(backups)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 640)
        self.refresh()

    # -- the due list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the due list again."""
        self.due = self.repo.due(self.today)
        self.table.setRowCount(len(self.due))
        for row, d in enumerate(self.due):
            cases = ", ".join(number for number, _ in d.cases)
            for col, text in (
                (COL_CASES, cases),
                (COL_CLOSED, format_date(d.last_closed)),
                (COL_MEMBERS, str(d.members)),
                (COL_PEOPLE, str(d.people)),
            ):
                item = QTableWidgetItem(text)
                if col != COL_CASES:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.count_label.setText(
            self.tr("Families due for destruction on {date}: {count}").format(
                date=format_date(self.today), count=len(self.due)
            )
        )
        self.destroy_button.setEnabled(bool(self.due))
        self.open_button.setEnabled(bool(self.due))

    def selected(self) -> list[DueFamily]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.due[r] for r in rows]

    def apply_years(self) -> None:
        try:
            self.repo.set_retention_years(self.years_spin.value(), self.user)
        except ValidationError as exc:
            self._say(issue_text(exc.report.errors[0]))
            return
        self.refresh()

    def open_family(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        from ui.families.family_dialog import FamilyDialog

        dialog = FamilyDialog(self.store, self.user, chosen[0].family_id, self, today=self.today)
        dialog.exec()

    # -- destruction ----------------------------------------------------------------------------

    def draft(self) -> ActDraft:
        return ActDraft(
            number=self.number_edit.text().strip(),
            act_date=self.date_edit.value() or self.today,
            method=self.method_edit.text().strip(),
            commission=tuple(
                line.strip()
                for line in self.commission_edit.toPlainText().splitlines()
                if line.strip()
            ),
            family_ids=tuple(d.family_id for d in self.selected()),
        )

    def _say(self, text: str) -> None:
        self.summary_label.setText(text)
        self.summary_label.show()

    def destroy_selected(self) -> None:
        """Check the password, then destroy the selected families and print the act."""
        draft = self.draft()
        if not draft.family_ids:
            self._say(self.tr("Select the families to destroy in the list."))
            return
        try:
            accounts.check(self.store, self.password_edit.text())
        except QoldauError:
            self.password_edit.clear()
            self._say(self.tr("The password is wrong: nothing was destroyed."))
            return
        self.password_edit.clear()
        try:
            self.act_id = self.repo.destroy(draft, self.today, self.user)
        except ValidationError as exc:
            self._say("\n".join(issue_text(i) for i in exc.report.errors))
            return
        except PeriodLockedError as exc:
            self._say(
                self.tr(
                    "Nothing was destroyed: a chosen case's events are counted in an approved "
                    "period. {reason}"
                ).format(reason=refusal_text(exc))
            )
            return
        self._say(
            self.tr("Act {number}: {count} families destroyed.").format(
                number=draft.number, count=len(draft.family_ids)
            )
        )
        self.print_button.setEnabled(True)
        self.refresh()
        if self.preview:
            self.print_act()

    def preview_dialog(self) -> DestructionActPreviewDialog | None:
        """The print preview of the last act (None before a destruction)."""
        if self.act_id is None:
            return None
        return DestructionActPreviewDialog(
            self.repo.act(self.act_id), office_of(self.store), parent=self
        )

    def print_act(self) -> None:
        dialog = self.preview_dialog()
        if dialog is not None:
            exec_preview(dialog)
