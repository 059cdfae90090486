"""The case screen: a case from the signal to closure and reopening, by keyboard (issue 3).

A new case starts with the signal (Ctrl+S registers it and the dialog goes on as the case
screen). The header shows the number, the stage bar and the worker; the buttons offer only the
stages the life cycle allows next (:func:`models.cases.rules.allowed_next`), each opening a
dialog that asks what the stage needs. Risk factors are edited here (restricted ones marked;
they appear nowhere else) and saved with Ctrl+S. The step dialogs open window-modal with
``open()`` and stay reachable as :attr:`CaseDialog.step_dialog`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.cases import approvals, opinions
from models.cases.dto import CaseDetail, RiskFactorDraft
from models.cases.repository import CaseRepository
from models.cases.rules import (
    ACCOMPANIMENT,
    ASSESSMENT,
    CLOSED,
    IDENTIFIED,
    PLAN,
    REOPENED,
    allowed_next,
    is_restricted,
)
from models.cases.service_money import service_money
from models.cases.tables import ASSESSMENT_DOMAINS
from models.families.consent import ConsentStatus, family_consent_status
from models.families.money import MoneyRepository
from models.families.repository import FamilyRepository
from models.issues import ValidationError, ValidationReport
from models.reference.accounts import get_account
from models.reference.approvals import PeriodLockedError
from models.reference.repository import ReferenceRepository
from models.reference.roles import Permission, RoleError, allows
from models.store.db import Store
from ui.audit.history_dialog import HistoryButton
from ui.cases.assessment_form import domain_label, retired_scores_text
from ui.cases.service_form import money_text
from ui.cases.signal_form import SignalForm
from ui.cases.stage_bar import StageBar
from ui.cases.step_dialog import StepDialog
from ui.families.consent_banner import ConsentBanner
from ui.i18n import current_language, format_date
from ui.messages import issue_text, role_error_text
from ui.widgets.ask import ask
from ui.widgets.dialog_parts import error_summary_label, fit_to_screen, save_buttons
from ui.widgets.discard import DiscardGuardMixin
from ui.widgets.lock_banner import refusal_text

logger = logging.getLogger(__name__)


#: The key text column of a case table (measure, findings, event) is never narrower than this.
KEY_MIN_WIDTH = 220
#: Another free-text column (agency, reason, note) grows to its text up to this, then wraps.
TEXT_MAX_WIDTH = 200


class CaseTable(QTableWidget):
    """A read-only table of the case card whose key text column gets the spare width (issue 11).

    The plan, visit and history tables cut their key text at ~100 px while a column holding
    only "admin" took half the width: now short columns (dates, logins, statuses) are as wide
    as their contents, other text columns at most :data:`TEXT_MAX_WIDTH`, the key column takes
    what is left, every cell wraps and shows its whole text as a tooltip.
    """

    def __init__(self, headers: list[str], key: int, short: tuple[int, ...] = ()) -> None:
        super().__init__(0, len(headers))
        self.key, self.short = key, frozenset(short)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        for column in self.short:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def fill(self, rows: list[list[str]]) -> None:
        """Show ``rows``, then size the columns to them."""
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if text:
                    item.setToolTip(text)
                self.setItem(r, c, item)
        header = self.horizontalHeader()
        for column in range(self.columnCount()):
            if column != self.key and column not in self.short:
                self.resizeColumnToContents(column)
                header.resizeSection(column, min(header.sectionSize(column), TEXT_MAX_WIDTH))
        self.fit_key_column()

    def fit_key_column(self) -> None:
        """Give the key column the width the other columns leave, at least its minimum."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(self.columnCount()) if c != self.key)
        header.resizeSection(self.key, max(KEY_MIN_WIDTH, self.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fit the key column to the new width."""
        super().resizeEvent(event)
        self.fit_key_column()


class CaseDialog(DiscardGuardMixin, QDialog):
    """Opens a new case from its signal (``case_id`` None) or shows and advances one.

    Signals:
        saved(int): the case id, after anything about the case was written.
    """

    saved = Signal(int)

    def __init__(
        self,
        store: Store,
        user: str,
        case_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.case_id = store, user, case_id
        self.today = today
        self.repo = CaseRepository(store)
        ref = ReferenceRepository(store)
        lang = current_language()
        self._labels = {
            name: {c.code: c.label(lang) for c in ref.code_labels(name)}
            for name in (
                "case_stages",
                "risk_factors",
                "closure_reasons",
                "service_types",
                "measure_statuses",
                "visit_types",
                "risk_levels",
            )
        }
        self._risk_codes = [c.code for c in ref.code_labels("risk_factors")]
        self.case: CaseDetail | None = None
        self.step_dialog: StepDialog | None = None
        self._risk_snapshot: frozenset[str] = frozenset()
        self._signal_snapshot: tuple[object, ...] = ()
        fit_to_screen(self, 900, 640)

        # -- header -------------------------------------------------------------------------
        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.worker_label = QLabel()
        self.stage_bar = StageBar(self._labels["case_stages"])
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addStretch(1)
        header.addWidget(self.worker_label)
        # -- approvals: "awaiting approval" or who approved; Approve for a supervisor ------------
        self.approval_label = QLabel()
        self.approval_label.setWordWrap(True)
        self.approve_button = self._button(self.tr("Approve &now"), self.approve_pending)
        self.approve_button.setObjectName("approve")
        self.approve_button.setToolTip(
            self.tr("Approve what awaits approval: the support plan, the closure or the reopening")
        )
        approval_row = QHBoxLayout()
        approval_row.addWidget(self.approval_label, 1)
        approval_row.addWidget(self.approve_button)

        # -- actions (rebuilt for each stage) -------------------------------------------------
        self.actions_box = QHBoxLayout()
        self.stage_buttons: dict[str, QPushButton] = {}
        self.visit_button = self._button(self.tr("Add &visit..."), self._on_visit_clicked)
        self.service_button = self._button(self.tr("Add servic&e..."), self._on_service_clicked)
        # -- transfer to another district (ui/cases/transfer_dialogs.py) ---------------------
        self.transfer_label = QLabel()
        self.transfer_button = self._button(
            self.tr("T&ransfer to another district..."), self.open_transfer_dialog
        )
        self.transfer_button.setObjectName("transfer")
        self.transfer_button.hide()
        self.transfer_dialog: QDialog | None = None
        header.insertWidget(1, self.transfer_label)
        header.addWidget(self.transfer_button)

        # -- tabs ---------------------------------------------------------------------------
        self.signal_form = SignalForm(ref.code_labels("signal_sources"))
        self.risk_list = QListWidget()
        self.assessment_table = CaseTable(
            [self.tr("Date")]
            + [domain_label(d).replace("&", "").rstrip(":") for d in ASSESSMENT_DOMAINS]
            + [self.tr("Summary")],
            key=len(ASSESSMENT_DOMAINS) + 1,
            short=tuple(range(len(ASSESSMENT_DOMAINS) + 1)),
        )
        # The measure's own text (what is to be done) is the plan's key column (issue 11).
        self.plan_table = CaseTable(
            [
                self.tr("Plan"),
                self.tr("Service"),
                self.tr("Measure"),
                self.tr("Agency"),
                self.tr("Due"),
                self.tr("Status"),
            ],
            key=2,
            short=(0, 4, 5),
        )
        self.visit_table = CaseTable(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Child seen"),
                self.tr("Risk"),
                self.tr("Next follow-up"),
                self.tr("Findings"),
            ],
            key=5,
            short=(0, 1, 2, 3, 4),
        )
        self.service_table = CaseTable(
            [
                self.tr("Date"),
                self.tr("Service"),
                self.tr("Provider"),
                self.tr("Amount"),
                self.tr("Note"),
            ],
            key=4,
            short=(0, 3),
        )
        self.history_table = CaseTable(
            [
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Reason"),
                self.tr("Note"),
                self.tr("By"),
            ],
            key=1,
            short=(0, 4),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.signal_form, self.tr("Si&gnal"))
        risk_page = QWidget()
        risk_layout = QVBoxLayout(risk_page)
        risk_hint = QLabel(
            self.tr(
                "Space ticks a factor; Ctrl+S saves. Factors marked as restricted are shown only "
                "here, never in lists, summaries or exports."
            )
        )
        risk_hint.setWordWrap(True)
        risk_layout.addWidget(risk_hint)
        risk_layout.addWidget(self.risk_list)
        self.tabs.addTab(risk_page, self.tr("Ris&k factors"))
        self.tabs.addTab(self.assessment_table, self.tr("Assessments"))
        self.tabs.addTab(self.plan_table, self.tr("Plan"))
        self.tabs.addTab(self.visit_table, self.tr("Visits"))
        self.tabs.addTab(self.service_table, self.tr("Services"))
        self.tabs.addTab(self.history_table, self.tr("&History"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        self.summary_label = error_summary_label()
        self.buttons = save_buttons(
            self,
            self.save,
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
        )
        # Ctrl+P: the printed summary for the case file (ui/cases/case_summary.py).
        self.print_button = self.buttons.addButton(
            self.tr("Print s&ummary..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(lambda _checked=False: self.print_summary())
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_summary)
        self.history = HistoryButton(self, self.buttons, store, "family_case", lambda: self.case_id)

        # Brief §6: the family's withdrawn consent, said above the card (issue 14).
        self.consent_banner = ConsentBanner()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.consent_banner)
        layout.addWidget(self.stage_bar)
        layout.addLayout(approval_row)
        layout.addLayout(self.actions_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)

        if case_id is None:
            self._show_new()
        else:
            self.reload()

    # -- building ---------------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _opener(self, target: str) -> Callable[[], None]:
        def open_dialog() -> None:
            self.open_stage_dialog(target)

        return open_dialog

    def _stage_text(self, stage: str) -> str:
        texts = {
            IDENTIFIED: self.tr("&Identify..."),
            ASSESSMENT: self.tr("&Assess needs..."),
            PLAN: self.tr("Support &plan..."),
            ACCOMPANIMENT: self.tr("A&ccompany..."),
            CLOSED: self.tr("C&lose case..."),
            REOPENED: self.tr("&Reopen..."),
        }
        return texts[stage]

    def _rebuild_actions(self, stage: str) -> None:
        while self.actions_box.count():
            item = self.actions_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.visit_button, self.service_button):
                # Hidden at once: until deleted, its mnemonic would clash with its successor's.
                widget.hide()
                widget.deleteLater()
        self.stage_buttons.clear()
        for target in allowed_next(stage):
            button = self._button(self._stage_text(target), self._opener(target))
            button.setObjectName(f"to_{target}")
            self.stage_buttons[target] = button
            self.actions_box.addWidget(button)
            # Shown now, not on the next event-loop pass, so its mnemonic works at once.
            button.setVisible(True)
        self.actions_box.addSpacing(24)
        is_open = stage != CLOSED
        for button in (self.visit_button, self.service_button):
            # Into the layout first: a parentless widget shown would become a window.
            self.actions_box.addWidget(button)
            button.setVisible(is_open)
        self.actions_box.addStretch(1)

    def _on_tabs_current_changed(self, index: int) -> None:
        # Switching tabs by keyboard (Alt+K, Ctrl+Tab) lands in the tab's content.
        page = self.tabs.widget(index)
        if page is not None:
            (self.risk_list if page.isAncestorOf(self.risk_list) else page).setFocus()

    # -- showing ----------------------------------------------------------------------------

    def _show_new(self) -> None:
        self.setWindowTitle(self.tr("New case: signal"))
        self.number_label.setText(self.tr("New case"))
        worker = self._worker_name(self.user)
        self.worker_label.setText(self.tr("Worker: {name}").format(name=worker))
        self.stage_bar.set_stage("SIGNAL")
        self.signal_form.date_edit.set_value(self.today())
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, False)
        self.visit_button.hide()
        self.service_button.hide()
        self.approval_label.hide()
        self.approve_button.hide()
        self._signal_snapshot = self.signal_form.state()
        self.signal_form.date_edit.setFocus()

    def reload(self) -> None:
        """Read the case again and show it."""
        assert self.case_id is not None
        case = self.repo.get_case(self.case_id)
        self.history.refresh()
        self.case = case
        # Issue 11: the family by its applicant's name, never its internal id; the worker by
        # the account's full name.
        family = self._family_name(case.family_id)
        title = self.tr("Case {number}").format(number=case.number)
        if family:
            title = self.tr("Case {number} — {family}").format(number=case.number, family=family)
        self.setWindowTitle(title)
        self.number_label.setText(title)
        self.worker_label.setText(
            self.tr("Worker: {name}").format(name=self._worker_name(case.worker_login))
        )
        self._show_transfer(case)
        self.consent_banner.show_status(
            ConsentStatus()
            if case.family_id is None
            else family_consent_status(self.store, case.family_id, self.today())
        )
        self.stage_bar.set_stage(case.stage, reopened=case.reopened_date is not None)
        self._rebuild_actions(case.stage)
        for i in range(self.tabs.count()):
            self.tabs.setTabEnabled(i, True)
        self.signal_form.populate(case.signal)
        self.signal_form.set_read_only(True)
        self._signal_snapshot = self.signal_form.state()
        self._fill_risks(case)
        self._fill_tables(case)
        self._show_approvals(case)
        self.summary_label.hide()

    def _family_name(self, family_id: int | None) -> str:
        """Return the family's applicant (or first current member) as "surname given"."""
        if family_id is None:
            return ""
        members = FamilyRepository(self.store).get_family(family_id).members
        current = [m for m in members if m.until is None] or list(members)
        chosen = [m for m in current if m.relation == "APPLICANT"] or current
        if not chosen:
            return ""
        return " ".join(part for part in (chosen[0].surname, chosen[0].given_name) if part)

    def _worker_name(self, login: str) -> str:
        """Return the account's full name (its login when it has none or is unknown here)."""
        account = get_account(self.store, login)
        return account.display_name if account is not None and account.display_name else login

    # -- approvals --------------------------------------------------------------------------

    def may_approve(self) -> bool:
        """Return True when the logged-in role approves plans, closures and reopenings."""
        return allows(self.store.principal.role, Permission.APPROVE)

    def _approval_names(self) -> dict[str, str]:
        return {
            approvals.PLAN: self.tr("support plan"),
            approvals.CLOSURE: self.tr("closure"),
            approvals.REOPENING: self.tr("reopening"),
        }

    def _show_approvals(self, case: CaseDetail) -> None:
        pending = approvals.pending_approvals(case)
        names = self._approval_names()
        if pending:
            text = self.tr("Awaiting approval: {items}").format(
                items=", ".join(names[k] for k in pending)
            )
        else:
            done = [
                self.tr("{item} approved by {login} on {date}").format(
                    item=names[kind].capitalize(), login=by, date=format_date(on)
                )
                for kind, by, on in approvals.current_approvals(case)
            ]
            text = "; ".join(done)
        self.approval_label.setText(text)
        self.approval_label.setVisible(bool(text))
        # Shown to a supervisor or administrator only; the repository refuses anyone else too.
        self.approve_button.setVisible(bool(pending) and self.may_approve())

    def _unheard_children(self, kinds: tuple[str, ...]) -> list[str]:
        """Names (on screen only) of the children 10 or over whose opinion the plan or closure
        awaiting approval lacks (brief §3.2): a warning, never a block."""
        assert self.case_id is not None
        decisions = {approvals.PLAN: opinions.PLAN, approvals.CLOSURE: opinions.CLOSURE}
        names: list[str] = []
        try:
            repo = opinions.OpinionRepository(self.store)
            for kind in kinds:
                if kind in decisions:
                    children = repo.children_to_hear(self.case_id, decisions[kind], self.today())
                    names += [c.name for c in children if c.opinion is None]
        except RoleError:
            return []  # who may not see the household is not asked about its children
        return list(dict.fromkeys(names))

    def approve_pending(self) -> None:
        """Approve everything of the case awaiting approval, dated today, as the user."""
        if self.case is None or self.case_id is None:
            return
        kinds = approvals.pending_approvals(self.case)
        # Only who may approve is asked; anyone else gets the repository's refusal below.
        unheard = self._unheard_children(kinds) if self.may_approve() else []
        if unheard and not ask(
            self,
            self.tr("Approve without the child's opinion?"),
            self.tr(
                "The opinion of {names} about this decision has not been recorded. A child aged "
                "10 or over is heard before a plan or a closure is decided (or the reason why not "
                "is recorded)."
            ).format(names=", ".join(unheard)),
            self.tr("Approve all the same"),
            self.tr("Go back"),
            icon=QMessageBox.Icon.Warning,
        ):
            return
        try:
            for kind in kinds:
                approvals.approve(self.store, self.case_id, kind, self.user, self.today())
        except ValidationError as exc:
            self.summary_label.setText("\n".join(issue_text(i) for i in exc.report.errors))
            self.summary_label.show()
            return
        except RoleError as exc:
            self.summary_label.setText(role_error_text(exc.role))
            self.summary_label.show()
            return
        self.reload()
        self.saved.emit(self.case_id)
        self.focus_next_action()

    def _fill_risks(self, case: CaseDetail) -> None:
        self.risk_list.clear()
        chosen = {r.code for r in case.risk_factors}
        labels = self._labels["risk_factors"]
        for code in self._risk_codes:
            text = labels.get(code, code)
            if is_restricted(code):
                text = self.tr("{label} [restricted access]").format(label=text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.risk_list.addItem(item)
        self._risk_snapshot = frozenset(chosen)
        if self.risk_list.count():
            self.risk_list.setCurrentRow(0)

    def checked_risks(self) -> frozenset[str]:
        """Return the risk-factor codes ticked on screen."""
        codes = set()
        for i in range(self.risk_list.count()):
            item = self.risk_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                codes.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return frozenset(codes)

    def _label(self, list_name: str, code: str) -> str:
        """Return a code's label from the store's code list (the code when unknown)."""
        return self._labels[list_name].get(code, code)

    def _fill_tables(self, case: CaseDetail) -> None:
        self.assessment_table.fill(
            [
                [format_date(a.assessed_on)]
                + [str(a.scores.get(d, "")) for d in ASSESSMENT_DOMAINS]
                # An older assessment's retired domains (issue 14) lead its summary.
                + [" — ".join(t for t in (retired_scores_text(a.scores), a.summary) if t)]
                for a in case.assessments
            ],
        )
        services = self._labels["service_types"]
        self.plan_table.fill(
            [
                [
                    self.tr("v{version} of {date}").format(
                        version=p.version, date=format_date(p.drawn_up)
                    ),
                    services.get(m.service_type, m.service_type),
                    m.description,
                    m.agency,
                    format_date(m.due_date),
                    self._label("measure_statuses", m.status),
                ]
                for p in case.plans
                for m in p.measures
            ],
        )
        seen = {None: "", True: self.tr("yes"), False: self.tr("no")}
        self.visit_table.fill(
            [
                [
                    format_date(v.visit_date),
                    self._label("visit_types", v.kind),
                    seen[v.child_seen],
                    self._label("risk_levels", v.risk_level) if v.risk_level else "",
                    format_date(v.next_due),
                    v.findings,
                ]
                for v in case.visits
            ],
        )
        rates = MoneyRepository(self.store).mrp_rates() if case.services else {}
        self.service_table.fill(
            [
                [
                    format_date(s.delivered_on),
                    services.get(s.service_type, s.service_type),
                    s.provider,
                    money_text(service_money(s, rates)),
                    s.note,
                ]
                for s in case.services
            ],
        )
        stages = self._labels["case_stages"]
        reasons = self._labels["closure_reasons"]
        rows = []
        for e in case.events:
            if e.kind == "stage":
                to = stages.get(e.to_stage, e.to_stage)
                event = f"{stages.get(e.from_stage, e.from_stage)} → {to}" if e.from_stage else to
            elif e.kind == "past":  # the log of the sending district's case (transfer)
                to = stages.get(e.to_stage, e.to_stage)
                event = self.tr("before the transfer: {event}").format(
                    event=f"{stages.get(e.from_stage, e.from_stage)} → {to}" if e.from_stage else to
                )
            else:
                event = self.tr("assigned to {login}").format(login=e.reason_code)
            reason = reasons.get(e.reason_code, e.reason_code) if e.kind == "stage" else ""
            rows.append([format_date(e.event_date), event, reason, e.note, e.author])
        self.history_table.fill(rows)

    # -- steps ------------------------------------------------------------------------------

    def open_stage_dialog(self, target: str) -> StepDialog:
        """Open the dialog that moves the case to ``target`` (an allowed next stage)."""
        assert self.case is not None
        if target not in allowed_next(self.case.stage):
            raise ValueError(f"{self.case.stage} -> {target} is not offered")
        from ui.cases.case_step_dialogs import AccompanimentDialog, AssessmentDialog, PlanDialog
        from ui.cases.closure_dialog import ClosureDialog
        from ui.cases.identify_dialog import IdentifyDialog
        from ui.cases.reopen_dialog import ReopenDialog

        kinds: dict[str, Callable[[Store, str, CaseDetail, date, QWidget], StepDialog]] = {
            IDENTIFIED: IdentifyDialog,
            ASSESSMENT: AssessmentDialog,
            PLAN: PlanDialog,
            ACCOMPANIMENT: AccompanimentDialog,
            CLOSED: ClosureDialog,
            REOPENED: ReopenDialog,
        }
        dialog = kinds[target](self.store, self.user, self.case, self.today(), self)
        return self._open_step(dialog)

    def _show_transfer(self, case: CaseDetail) -> None:
        from models.cases.transfer import transfer_link
        from ui.cases.transfer_dialogs import transfer_note

        self.transfer_label.setText(transfer_note(transfer_link(self.store, case.id)))
        self.transfer_button.setVisible(case.stage != CLOSED)

    def open_transfer_dialog(self) -> None:
        """Open the dialog that sends this open case to another district (``transfer_dialog``)."""
        from ui.cases.transfer_dialogs import TransferDialog

        assert self.case is not None
        runner = getattr(self.parent(), "runner", None)
        dialog = TransferDialog(self.store, self.user, self.case, self.today(), self, runner=runner)
        dialog.sent.connect(lambda _sent: self._on_step_saved())
        self.transfer_dialog = dialog
        dialog.open()

    def _on_visit_clicked(self) -> None:
        from ui.cases.case_step_dialogs import VisitDialog

        assert self.case is not None
        self._open_step(VisitDialog(self.store, self.user, self.case, self.today(), self))

    def _on_service_clicked(self) -> None:
        from ui.cases.case_step_dialogs import ServiceDialog

        assert self.case is not None
        self._open_step(ServiceDialog(self.store, self.user, self.case, self.today(), self))

    def _open_step(self, dialog: StepDialog) -> StepDialog:
        self.step_dialog = dialog
        dialog.saved.connect(self._on_step_saved)
        dialog.finished.connect(self._on_step_finished)
        dialog.open()
        return dialog

    def _on_step_saved(self) -> None:
        assert self.case_id is not None
        self.reload()
        self.saved.emit(self.case_id)

    def _on_step_finished(self, _result: int) -> None:
        # Back to the case screen, on the next step the life cycle offers.
        self.activateWindow()
        self.focus_next_action()

    def focus_next_action(self) -> None:
        """Put the focus on the first stage the case may move to (or on the tabs)."""
        buttons = [b for b in self.stage_buttons.values() if b.isVisible()]
        (buttons[0] if buttons else self.tabs).setFocus()

    # -- saving -----------------------------------------------------------------------------

    def print_summary(self) -> None:
        """Show the print preview of the case summary (nothing before the signal is saved)."""
        if self.case_id is None:
            return
        from ui.cases import case_summary

        case_summary.preview_case_summary(self, self.store, self.case_id)

    def is_dirty(self) -> bool:
        """Return True when the signal (new case) or the risk factors differ from the store."""
        if self.case_id is None:
            return self.signal_form.state() != self._signal_snapshot
        return self.checked_risks() != self._risk_snapshot

    def save(self) -> None:
        """Register the signal (new case) or save the risk factors."""
        try:
            if self.case_id is None:
                self._save_signal()
            elif self.is_dirty():
                self._save_risks()
        except ValidationError as exc:
            self._show_report(exc.report)
        except PeriodLockedError as exc:
            # reporting.md §6.1: e.g. a risk factor of an approved period's B2 unticked.
            self.summary_label.setText(refusal_text(exc))
            self.summary_label.show()
        except SQLAlchemyError:
            logger.exception("saving case %s failed", self.case_id)
            self.summary_label.setText(
                self.tr(
                    "The store refused the change. Your entries are still here; try again, or "
                    "ask your administrator."
                )
            )
            self.summary_label.show()

    def _show_report(self, report: ValidationReport) -> None:
        self.signal_form.show_issues(report)
        loose = [issue_text(i) for i in report.errors if i.field not in self.signal_form.errors]
        self.summary_label.setText(
            "\n".join(
                [self.tr("%n field(s) need correcting before saving.", "", len(report.errors))]
                + loose
            )
        )
        self.summary_label.show()
        first = self.signal_form.first_error_field(report)
        if first is not None and self.case_id is None:
            self.signal_form.focus_field(first)

    def _save_signal(self) -> None:
        ctx = self.repo.context(self.today())
        draft, report = self.signal_form.collect(ctx, self.user)
        if draft is None or not report.ok:
            self._show_report(report)
            return
        self.case_id = self.repo.open_case(draft, ctx, self.user)
        self.reload()
        self.saved.emit(self.case_id)
        self.focus_next_action()

    def _save_risks(self) -> None:
        assert self.case_id is not None
        ctx = self.repo.context(self.today())
        factors = [RiskFactorDraft(code) for code in sorted(self.checked_risks())]
        self.repo.set_risk_factors(self.case_id, factors, ctx, self.user)
        self.reload()
        self.saved.emit(self.case_id)

    def discard_texts(self) -> tuple[str, str]:
        """Return the title and question of the discard confirmation."""
        return self.tr("Unsaved changes"), self.tr("Discard the changes to this case?")
