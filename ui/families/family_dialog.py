"""The family dialog: a household and its members, entered and corrected by keyboard (issue 3).

Keys: Ins adds a member, Enter (on the members table) edits one, Del ends a membership (or
drops a member not saved yet) after a confirmation, Ctrl+S saves, Esc cancels. The household
and all its members are saved in one transaction by
:meth:`models.families.repository.FamilyRepository.save_family`; a rule broken anywhere keeps the
dialog open with the field (or the member's row) marked.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.families.consent import consent_status
from models.families.dto import FamilyDraft, MemberDraft
from models.families.iin import mask_iin
from models.families.repository import FamilyRepository
from models.families.tables import Family
from models.issues import Issue, ValidationError, ValidationReport
from models.reference.approvals import PeriodLockedError
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.audit.history_dialog import HistoryButton
from ui.families.consent_banner import ConsentBanner
from ui.families.family_form import FamilyForm
from ui.families.member_dialog import MemberDialog
from ui.families.money_tab import MoneyTab
from ui.i18n import current_language, format_date
from ui.messages import issue_text
from ui.widgets.ask import ask
from ui.widgets.dialog_parts import error_summary_label, fit_to_screen, save_buttons
from ui.widgets.discard import DiscardGuardMixin
from ui.widgets.lock_banner import LockBanner, make_read_only, record_lock, refusal_text

logger = logging.getLogger(__name__)

COL_NAME = 0
COL_RELATION = 1
COL_BIRTH_DATE = 2
COL_IIN = 3
COL_PERIOD = 4
_ENDED_COLOUR = "#777777"


def member_name(m: MemberDraft) -> str:
    """Return "surname given patronymic" of a member."""
    return " ".join(p for p in (m.surname, m.given_name, m.patronymic) if p)


class FamilyDialog(DiscardGuardMixin, QDialog):
    """Adds a household (``family_id`` None) or corrects one, with its members.

    Signals:
        saved(int): the id of the family saved.
    """

    saved = Signal(int)

    def __init__(
        self,
        store: Store,
        user: str,
        family_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.family_id = store, user, family_id
        self.today = today or date.today()
        self.repo = FamilyRepository(store)
        self.ctx = self.repo.context(self.today)
        lang = current_language()
        self._relations = {
            c.code: c.label(lang) for c in ReferenceRepository(store).code_labels("relations")
        }
        self.setWindowTitle(self.tr("New family") if family_id is None else self.tr("Family"))
        self.form = FamilyForm(store, user, self.ctx)
        #: The members as edited (ended memberships included, oldest first).
        self.members: list[MemberDraft] = []
        if family_id is not None:
            draft = self.repo.get_family(family_id)
            self.form.populate(draft)
            self.members = list(draft.members)
        # reporting.md §6.1: a map level dated by an approved period's end is read by B4 (a new
        # level would replace it): level and date are read-only, the source stays editable.
        self.lock_banner = LockBanner(record_lock(store, Family, family_id))
        if self.lock_banner.lock is not None:
            make_read_only([self.form.map_level_combo, self.form.map_level_date_edit])
        # Brief §6: a withdrawn consent stops processing (the repositories refuse the writes).
        self.consent_banner = ConsentBanner(
            None if family_id is None else consent_status(self.form.read(), self.today)
        )
        self._snapshot = self._current()
        #: The member dialog currently open (None otherwise).
        self.member_dialog: MemberDialog | None = None
        #: The household of a duplicate candidate, opened from the member dialog's banner.
        self.candidate_family_dialog: FamilyDialog | None = None
        self._editing_row: int | None = None

        self.members_table = QTableWidget(0, 5)
        self.members_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Relation"),
                self.tr("Birth date"),
                self.tr("IIN (masked)"),
                self.tr("Member since / until"),
            ]
        )
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.verticalHeader().hide()
        self.members_table.horizontalHeader().setSectionResizeMode(
            COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.members_table.setTabKeyNavigation(False)
        self.members_table.doubleClicked.connect(lambda _i: self.edit_member())
        self.add_button = QPushButton(self.tr("&Add member (Ins)"))
        self.edit_button = QPushButton(self.tr("&Edit (Enter)"))
        self.end_button = QPushButton(self.tr("E&nd membership (Del)"))
        for button in (self.add_button, self.edit_button, self.end_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.end_button.clicked.connect(self.end_member)
        # NOTE: Enter and Del act on the table only (in a text field they edit text); Ins
        # adds a member from anywhere in the dialog.
        for key, slot, context in (
            (Qt.Key.Key_Insert, self.add_member, Qt.ShortcutContext.WindowShortcut),
            (Qt.Key.Key_Return, self.edit_member, Qt.ShortcutContext.WidgetShortcut),
            (Qt.Key.Key_Enter, self.edit_member, Qt.ShortcutContext.WidgetShortcut),
            (Qt.Key.Key_Delete, self.end_member, Qt.ShortcutContext.WidgetShortcut),
        ):
            parent_widget = self if context == Qt.ShortcutContext.WindowShortcut else None
            shortcut = QShortcut(QKeySequence(key), parent_widget or self.members_table)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

        self.summary_label = error_summary_label()
        self.buttons = save_buttons(self, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAutoDefault(False)
        self.history = HistoryButton(self, self.buttons, store, "family", lambda: self.family_id)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        members_box = QWidget()
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_label = QLabel(self.tr("&Members:"))
        members_label.setBuddy(self.members_table)
        members_layout.addWidget(members_label)
        members_layout.addWidget(self.members_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.end_button)
        row.addStretch(1)
        members_layout.addLayout(row)
        # Issue 14: the family's money beside its members (ui/families/money_tab.py).
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(members_box, self.tr("Members"))
        self.money_tab = MoneyTab(store, family_id, self._member_names, self.today)
        self.lower_tabs.addTab(self.money_tab, self.tr("Mone&y"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self.lower_tabs)
        # Issue 11: on a 768-px screen the member buttons were cut in half; neither half of
        # the splitter may collapse, and the whole dialog opens within the screen.
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([400, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.consent_banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.form.statutory_edit, self.members_table)
        fit_to_screen(self, 900, 680)  # the members table shows whole names
        self._fill_members()
        self.form.settlement.setFocus()

    # -- members ----------------------------------------------------------------------------

    def _member_names(self) -> list[tuple[int, str]]:
        """Return (person id, name) of the stored members, for the money tab."""
        return [(m.person_id, member_name(m)) for m in self.members if m.person_id is not None]

    def _fill_members(self, select: int | None = None) -> None:
        table = self.members_table
        table.setRowCount(len(self.members))
        grey = QBrush(QColor(_ENDED_COLOUR))
        for i, m in enumerate(self.members):
            ended = m.until is not None and m.until <= self.today
            period = format_date(m.since) if m.since else ""
            if m.until is not None:
                period = f"{period} – {format_date(m.until)}"
            elif m.membership_id is None:
                period = self.tr("new")
            cells = (
                member_name(m),
                self._relations.get(m.relation, m.relation),
                format_date(m.birth_date) if m.birth_date else "",
                _masked(m.iin),
                period,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if ended:
                    item.setForeground(grey)
                    item.setToolTip(self.tr("Left the household"))
                table.setItem(i, col, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        if select is not None and 0 <= select < len(self.members):
            table.setCurrentCell(select, COL_NAME)
        self.form.set_members(tuple(self.members))

    def current_member_row(self) -> int | None:
        """Return the selected member's row, None without a selection."""
        row = self.members_table.currentRow()
        return row if 0 <= row < len(self.members) else None

    def add_member(self) -> None:
        """Open the member dialog for a new member (Ins)."""
        self._open_member_dialog(None, None)

    def edit_member(self) -> None:
        """Open the member dialog on the selected member (Enter)."""
        row = self.current_member_row()
        if row is not None:
            self._open_member_dialog(self.members[row], row)

    def _open_member_dialog(self, member: MemberDraft | None, row: int | None) -> None:
        if self.member_dialog is not None:
            return
        dialog = MemberDialog(self.store, self.user, self.ctx, member, self.family_id, self)
        self._editing_row = row
        dialog.saved.connect(self._on_member_dialog_saved)
        dialog.finished.connect(self._on_member_dialog_finished)
        dialog.family_open_requested.connect(self._open_candidate_family)
        self.member_dialog = dialog
        dialog.open()

    def _open_candidate_family(self, family_id: int) -> None:
        """Open a duplicate candidate's household over the member dialog that asked for it."""
        parent = self.member_dialog if self.member_dialog is not None else self
        dialog = FamilyDialog(self.store, self.user, family_id, parent, today=self.ctx.today)
        dialog.finished.connect(dialog.deleteLater)
        self.candidate_family_dialog = dialog
        dialog.open()

    def _on_member_dialog_saved(self, draft: MemberDraft) -> None:
        if self._editing_row is None:
            self.members.append(draft)
            row = len(self.members) - 1
        else:
            row = self._editing_row
            self.members[row] = draft
        self._fill_members(select=row)

    def _on_member_dialog_finished(self, _result: int) -> None:
        if self.member_dialog is not None:
            self.member_dialog.deleteLater()
        self.member_dialog = None
        self._editing_row = None
        # Give the keyboard back to the members table (Ins, Enter, Del continue there).
        self.activateWindow()
        self.members_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def end_member(self) -> None:
        """End the selected membership (Del), after a confirmation.

        A stored membership ends today (its history stays); a member not saved yet is dropped.
        """
        row = self.current_member_row()
        if row is None:
            return
        m = self.members[row]
        if m.until is not None and m.membership_id is not None:
            return
        if m.membership_id is None:
            question = self.tr("Remove {name} from the members being entered?")
            action = self.tr("Remove from the list")
        else:
            question = self.tr("{name} no longer lives in this household: end the membership?")
            action = self.tr("End the membership")
        if not ask(
            self,
            self.tr("End membership"),
            question.format(name=member_name(m)),
            action,
            self.tr("Keep the member"),
        ):
            return
        if m.membership_id is None:
            del self.members[row]
            self._fill_members(select=min(row, len(self.members) - 1))
        else:
            self.members[row] = replace(m, until=self.today)
            self._fill_members(select=row)

    # -- saving -----------------------------------------------------------------------------

    def _current(self) -> FamilyDraft:
        return replace(self.form.read(), members=tuple(self.members))

    def is_dirty(self) -> bool:
        """Return True when the fields or members differ from what was loaded or saved."""
        return self._current() != self._snapshot

    def save(self) -> None:
        """Validate and save the household; on success emit :attr:`saved` and close."""
        if self.member_dialog is not None:
            return
        self.form.set_members(tuple(self.members))
        self.ctx = self.repo.context(self.today)
        report = self.form.validate(self.ctx)
        if not self._show_report(report):
            return
        try:
            family_id = self.repo.save_family(self._current(), self.ctx, self.user)
        except ValidationError as exc:
            self._show_report(exc.report)
            return
        except PeriodLockedError as exc:
            self.summary_label.setText(refusal_text(exc))
            self.summary_label.show()
            return
        except SQLAlchemyError:
            logger.exception("saving family %s failed", self.family_id)
            self.summary_label.setText(
                self.tr(
                    "The family could not be saved: the store refused the change. Your entries "
                    "are still here; try again, or ask your administrator."
                )
            )
            self.summary_label.show()
            return
        self.family_id = family_id
        self._snapshot = self._current()
        self.saved.emit(family_id)
        self.accept()

    def _show_report(self, report: ValidationReport) -> bool:
        """Mark the fields and members of ``report``; return True when nothing blocks saving."""
        self.form.show_issues(report)
        member_lines: list[str] = []
        first_member: int | None = None
        other: list[Issue] = []
        for issue in report.errors:
            parts = issue.field.split(".")
            if parts[0] == "member" and len(parts) >= 3 and parts[1].isdigit():
                i = int(parts[1])
                if first_member is None:
                    first_member = i
                name = member_name(self.members[i]) if i < len(self.members) else str(i + 1)
                member_lines.append(f"{name}: {issue_text(issue)}")
            elif issue.field not in self.form.FIELDS:
                other.append(issue)
        if report.ok:
            self.summary_label.hide()
            return True
        lines = [self.tr("%n problem(s) must be fixed before saving.", "", len(report.errors))]
        lines += member_lines
        lines += [issue_text(i) for i in other]
        self.summary_label.setText("\n".join(lines))
        self.summary_label.show()
        first = self.form.first_error_field(report)
        if first is not None:
            self.form.focus_field(first)
        elif first_member is not None:
            self.members_table.setCurrentCell(first_member, COL_NAME)
            self.members_table.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def discard_texts(self) -> tuple[str, str]:
        """Return the title and question of the discard confirmation."""
        return self.tr("Unsaved changes"), self.tr("Discard the changes to this family?")

    def reject(self) -> None:
        """Close without saving (Esc, Cancel, the close button), confirming first."""
        # While a member is being edited, Esc belongs to the member dialog.
        if self.member_dialog is None:
            super().reject()


def _masked(iin: str) -> str:
    return mask_iin(iin) if iin else ""
