"""Approving and reopening a period from the Reporting page (issue 10, reporting.md §6.1).

* :class:`ApprovePeriodDialog`: the period (a picker); at a region or the republic every expected
  sub-office still missing, each with a checkbox "name as missing" (the model refuses the
  approval while one is neither consolidated nor named); what the lock means; the model's
  refusal worded by :func:`ui.messages.period_text`.
* :class:`ReopenPeriodDialog`: an approved period and the reason (OK disabled while it is empty).

Both call the models (``models/reporting/approval.py``), which check the role again.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.reference.approvals import APPROVED
from models.reference.offices import LEVEL_BELOW, office_of
from models.reference.roles import RoleError
from models.reporting.approval import (
    ALREADY_APPROVED,
    PERIOD_NOT_ENDED,
    ApprovalError,
    approve,
    missing_sub_offices,
    period_state,
    reopen,
)
from models.reporting.consolidation import expected_sub_offices
from models.reporting.periods import QUARTER, Period
from models.store.db import Store
from ui.messages import period_text, role_error_text
from ui.reporting.received_table_model import office_name
from ui.widgets.period_picker import PeriodPicker
from ui.widgets.theme import ERROR_STYLE

logger = logging.getLogger(__name__)


def refusal_text(exc: ApprovalError | RoleError) -> str:
    """Return the translated sentence of a refused approval or reopening (moments local)."""
    if isinstance(exc, RoleError):
        return role_error_text(exc.role)
    params: Mapping[str, object] = {
        k: (v.astimezone() if isinstance(v, datetime) and v.tzinfo is not None else v)
        for k, v in exc.params.items()
    }
    return period_text(exc.code, params)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class ApprovePeriodDialog(QDialog):
    """Approve a period of this office, naming the sub-offices still missing.

    Signals:
        done_event(object): the :class:`~models.reporting.approval.ApprovalEvent` recorded.
    """

    done_event = Signal(object)

    def __init__(
        self,
        store: Store,
        user: str,
        today: date,
        parent: QWidget | None = None,
        *,
        kind: str = QUARTER,
        code: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.today = store, user, today
        self.office = office_of(store)
        self.setWindowTitle(self.tr("Approve period"))
        self.resize(560, 440)
        self.picker = PeriodPicker(today, self, kind=kind)
        if code is not None:
            self.picker.set_code(code)
        self.missing_box = QGroupBox(self.tr("Sub-offices still missing"))
        self.missing_layout = QVBoxLayout(self.missing_box)
        self.missing_checks: dict[str, QCheckBox] = {}
        self.missing_box.setVisible(LEVEL_BELOW.get(self.office.level) is not None)
        self.lock_label = QLabel()
        self.lock_label.setWordWrap(True)
        self.error_label = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            self.tr("Approve and &lock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.missing_box, 1)
        layout.addWidget(self.lock_label)
        layout.addWidget(self.error_label)
        if self.missing_box.isHidden():
            # A district: no sub-offices box to take the height, the texts stay together.
            layout.addStretch(1)
            self.resize(560, 280)
        layout.addWidget(self.buttons)
        self.picker.period_changed.connect(self._on_picker_period_changed)
        self._on_picker_period_changed(self.picker.period())

    def code(self) -> str:
        """Return the chosen period's code."""
        return self.picker.code()

    def _on_picker_period_changed(self, period: object) -> None:
        assert isinstance(period, Period)
        # Say before the click what approve() would refuse (issue 11: an approved period's
        # dialog offered "Approve and lock" and refused only then).
        refusal = self._foreseen_refusal(period)
        self.error_label.setText(refusal_text(refusal) if refusal is not None else "")
        self.ok_button.setEnabled(refusal is None)
        self.lock_label.setText(
            self.tr(
                "Approving locks the period: the figures of {code} can no longer change until "
                "a supervisor reopens it with a reason. Packages exported from now on are "
                "approved, not drafts."
            ).format(code=period.code)
        )
        if LEVEL_BELOW.get(self.office.level) is None:
            return  # a district has no sub-offices to name
        self.missing_checks = {}
        while self.missing_layout.count():
            item = self.missing_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        names = {o.kato: office_name(o) for o in expected_sub_offices(self.store)}
        missing = missing_sub_offices(self.store, period)
        if not missing:
            self.missing_layout.addWidget(
                QLabel(self.tr("Every expected sub-office's package is consolidated."))
            )
            return
        intro = QLabel(
            self.tr(
                "These sub-offices have no consolidated package for {code}. Receive their "
                "packages first, or name them as missing: they are then listed on the Cover "
                "and in the manifest."
            ).format(code=period.code)
        )
        intro.setWordWrap(True)
        self.missing_layout.addWidget(intro)
        for kato in missing:
            name = f"{kato} {names.get(kato, '')}".strip()
            check = QCheckBox(self.tr("{name}: name as missing").format(name=name))
            self.missing_checks[kato] = check
            self.missing_layout.addWidget(check)

    def _foreseen_refusal(self, period: Period) -> ApprovalError | None:
        """Return the refusal approving ``period`` meets whatever is ticked: not ended, or
        approved already (None when it may be approved)."""
        if period.end >= self.today:
            return ApprovalError(PERIOD_NOT_ENDED, "", period=period.code, end=period.end)
        state = period_state(self.store, period)
        last = state.last
        if state.state == APPROVED and last is not None:
            return ApprovalError(ALREADY_APPROVED, "", period=period.code, by=last.by, at=last.at)
        return None

    def named_missing(self) -> list[str]:
        """Return the KATO codes ticked as missing."""
        return [k for k, c in self.missing_checks.items() if c.isChecked()]

    def save(self) -> None:
        """Approve; on a refusal keep the dialog open with the refusal worded."""
        try:
            event = approve(
                self.store,
                self.code(),
                today=self.today,
                user=self.user,
                missing=self.named_missing(),
            )
        except (ApprovalError, RoleError) as exc:
            logger.info("approval of %s refused: %s", self.code(), exc)
            self.error_label.setText(refusal_text(exc))
            return
        logger.info("approved %s by %s", event.period, event.by)
        self.done_event.emit(event)
        self.accept()


class ReopenPeriodDialog(QDialog):
    """Reopen an approved period with a reason (kept with who and when).

    Signals:
        done_event(object): the :class:`~models.reporting.approval.ApprovalEvent` recorded.
    """

    done_event = Signal(object)

    def __init__(
        self,
        store: Store,
        user: str,
        approved: Sequence[str],
        parent: QWidget | None = None,
        *,
        code: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.setWindowTitle(self.tr("Reopen period"))
        self.resize(520, 320)
        self.period_combo = QComboBox()
        for c in approved:
            self.period_combo.addItem(c, c)
        if code is not None and code in approved:
            self.period_combo.setCurrentIndex(list(approved).index(code))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_combo)
        intro = QLabel(
            self.tr(
                "A reopened period's figures can change again, and its packages are drafts until "
                "it is approved again. The reason is kept with your name and the time."
            )
        )
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        self.error_label = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            self.tr("Re&open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(period_label)
        layout.addWidget(self.period_combo)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()

    def code(self) -> str:
        """Return the chosen period's code ("" when none is approved)."""
        return str(self.period_combo.currentData() or "")

    def reason(self) -> str:
        """Return the reason typed, without surrounding blanks."""
        return self.reason_edit.toPlainText().strip()

    def _on_reason_edit_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()) and bool(self.code()))

    def save(self) -> None:
        """Reopen; on a refusal keep the dialog open with the refusal worded."""
        if not self.reason() or not self.code():
            return
        try:
            event = reopen(self.store, self.code(), reason=self.reason(), user=self.user)
        except (ApprovalError, RoleError) as exc:
            logger.info("reopening of %s refused: %s", self.code(), exc)
            self.error_label.setText(refusal_text(exc))
            return
        logger.info("reopened %s by %s", event.period, event.by)
        self.done_event.emit(event)
        self.accept()
