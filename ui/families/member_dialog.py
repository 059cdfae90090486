"""Add or correct one member of a household, with the duplicate search (issue 3).

The dialog does not write: it hands the :class:`MemberDraft` back to the family dialog, which
saves the household and its members in one transaction. Duplicates are searched when the
user leaves the IIN, a name or the birth date, and again on OK; "Not a duplicate" goes into
``MemberDraft.not_duplicate_of`` (and, for a stored person, straight into the store) so the
banner does not come back for that pair.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.cases.repository import CaseRepository
from models.families.dto import DuplicateCandidate, MemberDraft
from models.families.repository import FamilyRepository
from models.families.tables import Person
from models.families.validation import CaseContext
from models.store.db import Store
from ui.audit.history_dialog import HistoryButton
from ui.families.duplicate_dialog import DuplicateBanner
from ui.families.member_form import MemberForm
from ui.widgets.dialog_parts import error_summary_label, fit_to_screen, save_buttons
from ui.widgets.lock_banner import LockBanner, make_read_only, record_lock

logger = logging.getLogger(__name__)


class MemberDialog(QDialog):
    """One member of a household: OK returns the draft through :attr:`saved`.

    Args:
        store: the open store.
        user: the login recording decisions.
        ctx: the case rules' context (today, code lists).
        member: the member to correct, None for a new one.
        family_id: the household being edited (its own members are not duplicates of it).
        parent: the parent widget.

    Signals:
        saved(object): the :class:`MemberDraft` as accepted (errors fixed; warnings allowed).
        family_open_requested(int): the user opened the household of a duplicate candidate.
    """

    saved = Signal(object)
    family_open_requested = Signal(int)

    def __init__(
        self,
        store: Store,
        user: str,
        ctx: CaseContext,
        member: MemberDraft | None = None,
        family_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.ctx = store, user, ctx
        self.family_id = family_id
        self.repo = FamilyRepository(store)
        self.cases = CaseRepository(store)
        self.setWindowTitle(self.tr("New member") if member is None else self.tr("Member"))
        self.form = MemberForm(store, ctx)
        if member is not None:
            self.form.populate(member)
        # reporting.md §6.1: a child counted in B1 of an approved period keeps the birth date
        # and disability group that period read.
        self.lock_banner = LockBanner(
            record_lock(store, Person, member.person_id if member is not None else None)
        )
        if self.lock_banner.lock is not None:
            make_read_only([self.form.birth_date_edit, self.form.disability_combo])
        #: Person ids declared "not a duplicate" in this dialog (and earlier, from the draft).
        self.not_duplicates: set[int] = set(member.not_duplicate_of if member else ())
        #: Candidates the user has already seen in the banner (OK then proceeds).
        self._seen: set[int] = set()
        #: The family dialog opened from the banner, if any.

        self.banner = DuplicateBanner()
        self.banner.open_requested.connect(self._on_banner_open_requested)
        self.banner.not_duplicate.connect(self._on_banner_not_duplicate)
        self.summary_label = error_summary_label()
        self.buttons = save_buttons(
            self,
            self.save,
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
        )
        person_id = member.person_id if member is not None else None
        self.history = HistoryButton(self, self.buttons, store, "person", lambda: person_id)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.lock_banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        self.form.identity_left.connect(lambda _f: self.check_duplicates())
        fit_to_screen(self, 620, 660)
        self.form.iin_edit.setFocus()
        if member is not None:
            self.check_duplicates()

    # -- duplicates -------------------------------------------------------------------------

    def draft(self) -> MemberDraft:
        """Return the member as typed, with the "not a duplicate" decisions."""
        draft = self.form.read()
        return replace(draft, not_duplicate_of=tuple(sorted(self.not_duplicates)))

    def check_duplicates(self) -> list[DuplicateCandidate]:
        """Search the store for the person being entered; show the banner; return candidates."""
        draft = self.draft()
        try:
            candidates = self.repo.duplicate_candidates(draft)
            cases = self.cases.open_cases_with_iin(draft.iin) if len(draft.iin) == 12 else []
        except SQLAlchemyError:
            logger.exception("duplicate search failed")
            return []
        candidates = [c for c in candidates if c.person_id not in self.not_duplicates]
        if draft.membership_id is not None and len(cases) < 2:
            # A stored member's one open case is this household's own: the brief (§3.2) warns
            # when the IIN is in two open cases.
            cases = []
        self.banner.show_candidates(candidates, cases)
        return candidates

    def _on_banner_not_duplicate(self, person_id: int) -> None:
        self.not_duplicates.add(person_id)
        own = self.form.read().person_id
        if own is not None:
            try:
                self.repo.record_not_duplicate(own, person_id, self.ctx.today, self.user)
            except SQLAlchemyError:
                logger.exception("recording a duplicate decision failed")
        self.check_duplicates()
        self.form.setFocus()

    def _on_banner_open_requested(self, family_id: int) -> None:
        # The family dialog that opened this one shows that household (no import back to it).
        self.family_open_requested.emit(family_id)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Validate; with no error (and duplicates seen) emit :attr:`saved` and close."""
        report = self.form.validate()
        self.form.show_issues(report)
        first = self.form.first_error_field(report)
        if first is not None:
            self.summary_label.setText(
                self.tr(
                    "%n field(s) need correcting before the member is kept.", "", len(report.errors)
                )
            )
            self.summary_label.show()
            self.form.focus_field(first)
            return
        self.summary_label.hide()
        candidates = self.check_duplicates()
        unseen = {c.person_id for c in candidates} - self._seen
        if unseen:
            # Show the banner once before keeping the member; OK again keeps it as new.
            self._seen |= unseen
            self.summary_label.setText(
                self.tr(
                    "Check the possible duplicate above: open the existing record, mark it "
                    '"Not a duplicate", or press OK again to keep this as a new person.'
                )
            )
            self.summary_label.show()
            return
        self.saved.emit(self.draft())
        self.accept()
