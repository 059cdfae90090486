"""The child's opinion (brief §3.2) in the plan and closure dialogs.

:class:`OpinionPanel` sits above a plan's or a closure's buttons: it names each child of the
case's household aged 10 or over on the decision's date whose opinion for that decision is
missing (a warning, never a block) with a button that opens :class:`ChildOpinionDialog`; an
opinion recorded as not heard shows with its reason, without a warning. The names are on
screen only: nothing here logs them.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.cases.dto import CaseDetail
from models.cases.opinions import ChildToHear, OpinionDraft, OpinionRepository, validate_opinion
from models.cases.repository import CaseRepository
from models.families.validation import CaseContext
from models.issues import ValidationReport
from models.store.db import Store
from ui.cases.case_form_base import CaseFormBase, text_area
from ui.cases.step_dialog import CaseStepDialog, StepDialog, require_open
from ui.printing.formatting import format_date
from ui.widgets.date_edit import DateEdit
from ui.widgets.theme import WARNING_STYLE

logger = logging.getLogger(__name__)


class OpinionForm(CaseFormBase):
    """The date heard and the opinion, or "could not be heard" and the reason."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heard_on_edit = self.add_row("heard_on", self.tr("&Heard on:"), DateEdit())
        self.heard_on_edit.set_value(today)
        self.opinion_edit = self.add_row("opinion", self.tr("The child's &opinion:"), text_area())
        self.not_heard_check = self.add_row(
            "not_heard", self.tr("Not heard:"), QCheckBox(self.tr("The child could &not be heard"))
        )
        self.reason_edit = self.add_row("not_heard_reason", self.tr("&Reason:"), text_area(50))
        self.reason_edit.setEnabled(False)
        self.not_heard_check.toggled.connect(self._on_not_heard)

    def _on_not_heard(self, not_heard: bool) -> None:
        self.heard_on_edit.setEnabled(not not_heard)
        self.opinion_edit.setEnabled(not not_heard)
        self.reason_edit.setEnabled(not_heard)

    def collect(
        self, ctx: CaseContext, person_id: int, decision: str, birth_date: date | None = None
    ) -> tuple[OpinionDraft, ValidationReport]:
        """Return the opinion typed and every issue found."""
        report = ValidationReport()
        not_heard = self.not_heard_check.isChecked()
        heard_on = None if not_heard else self.read_date(report, "heard_on")
        draft = OpinionDraft(
            person_id=person_id,
            decision=decision,
            heard_on=heard_on,
            opinion="" if not_heard else self.opinion_edit.toPlainText().strip(),
            not_heard_reason=self.reason_edit.toPlainText().strip() if not_heard else "",
        )
        if not_heard and not draft.not_heard_reason:
            report.add("not_heard_reason", "required")
        found = validate_opinion(draft, ctx, birth_date)
        known = {(i.field, i.code) for i in report.issues}
        report.issues.extend(i for i in found.issues if (i.field, i.code) not in known)
        return draft, report


class ChildOpinionDialog(StepDialog):
    """Record one child's opinion for a decision of a case."""

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        child: ChildToHear,
        decision: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        self.repo = OpinionRepository(store)
        self.store, self.user, self.case, self.today = store, user, case, today
        self.child, self.decision = child, decision
        self.opinion_form = OpinionForm(today)
        title = QCoreApplication.translate("ChildOpinionDialog", "Opinion of {name}").format(
            name=child.name
        )
        super().__init__(title, self.opinion_form, parent)

    def commit(self) -> ValidationReport | None:
        """Check the opinion, then record it."""
        ctx = CaseRepository(self.store).context(self.today)
        draft, report = self.opinion_form.collect(ctx, self.child.person_id, self.decision)
        require_open(self.case, report)
        if not report.ok:
            return report
        self.repo.record(self.case.id, draft, ctx, self.user)
        return None


class OpinionPanel(QFrame):
    """The children whose opinion a decision needs: missing ones warned, each with a button.

    Signals:
        recorded(): an opinion was recorded from the panel (the panel has refreshed).
    """

    recorded = Signal()

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        decision: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.case = store, user, case
        self.decision, self.today = decision, today
        self.on = today
        self.repo = OpinionRepository(store)
        self.to_hear: list[ChildToHear] = []
        #: person id -> the "Record opinion" button of a child whose opinion is missing.
        self.buttons: dict[int, QPushButton] = {}
        self.lines: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.refresh(today)

    def missing(self) -> list[ChildToHear]:
        """Return the children whose opinion for the decision is not recorded."""
        return [c for c in self.to_hear if c.opinion is None]

    def warning_texts(self) -> list[str]:
        """Return the texts shown (warnings and not-heard lines), in order."""
        return [label.text() for label in self.lines]

    def refresh(self, on: date | None = None) -> None:
        """List again the children aged 10 or over on ``on`` (the decision's date)."""
        if on is not None:
            self.on = on
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        self.lines.clear()
        try:
            self.to_hear = (
                self.repo.children_to_hear(self.case.id, self.decision, self.on)
                if self.case.family_id is not None
                else []
            )
        except SQLAlchemyError:
            logger.exception("listing the children to hear failed")
            self.to_hear = []
        for child in self.to_hear:
            self._add_line(child)
        self.setVisible(bool(self.to_hear))

    def _add_line(self, child: ChildToHear) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        opinion = child.opinion
        if opinion is None:
            label.setText(
                self.tr(
                    "{name} ({age}): the child's opinion on this decision is not recorded; "
                    "from age 10 it must be taken into account."
                ).format(name=child.name, age=child.age)
            )
            label.setStyleSheet(WARNING_STYLE)
            button = QPushButton(self.tr("Record opinion..."))
            button.clicked.connect(lambda _c=False, ch=child: self.record(ch))
            self.buttons[child.person_id] = button
            line.addWidget(label, 1)
            line.addWidget(button)
        elif not opinion.heard:
            label.setText(
                self.tr("{name} could not be heard: {reason}").format(
                    name=child.name, reason=opinion.not_heard_reason
                )
            )
            line.addWidget(label, 1)
        else:
            label.setText(
                self.tr("{name}: opinion heard on {date}.").format(
                    name=child.name, date=format_date(opinion.heard_on)
                )
            )
            line.addWidget(label, 1)
        self.lines.append(label)
        self._layout.addWidget(row)

    def open_dialog(self, child: ChildToHear) -> ChildOpinionDialog:
        """Return the dialog recording ``child``'s opinion, wired to refresh the panel."""
        dialog = ChildOpinionDialog(
            self.store, self.user, self.case, child, self.decision, self.today, self
        )
        dialog.saved.connect(self._on_recorded)
        return dialog

    def record(self, child: ChildToHear) -> None:
        """Open the opinion dialog for ``child`` (modal)."""
        self.open_dialog(child).exec()

    def _on_recorded(self) -> None:
        self.refresh()
        self.recorded.emit()


def add_opinion_panel(
    dialog: CaseStepDialog,
    store: Store,
    user: str,
    case: CaseDetail,
    decision: str,
    date_edit: DateEdit,
) -> OpinionPanel:
    """Put an :class:`OpinionPanel` above ``dialog``'s messages, following ``date_edit``."""
    panel = OpinionPanel(store, user, case, decision, dialog.today, dialog)
    on = date_edit.value()
    if on is not None and on != dialog.today:
        panel.refresh(on)
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(1, panel)

    def follow(_text: str) -> None:
        on = date_edit.value()
        if on is not None and on != panel.on:
            panel.refresh(on)

    date_edit.textChanged.connect(follow)
    return panel
