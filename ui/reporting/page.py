"""The reporting page (issue 4): send packages up, receive sub-office packages, see who sent.

At a **region** or the **republic**: a period, the completeness table of that period (every
expected sub-office, sent or missing, when, which package is current and which earlier ones it
replaced), the history of received packages (current and replaced), and the buttons "Receive
packages..." (:class:`~ui.reporting.receive_dialog.ReceiveDialog`), "Export package..." and "Data
quality..."; a region also edits the districts it expects packages from (a district that never
sent cannot otherwise be known to be missing; see :mod:`models.reporting.consolidation`).

At a **district**: only the export and data-quality buttons, with a line saying that districts
send their packages up to the region.

The lists are small (a few dozen packages per period), so they are read in the GUI thread.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exporters.package_return import ReturnDone
from models.reference.dto import OfficeDTO
from models.reference.identifiers import is_kato_format
from models.reference.offices import is_sub_office, office_of
from models.reference.repository import ReferenceRepository
from models.reference.roles import Permission, allows
from models.reporting.approval import period_state
from models.reporting.calendar import due_date, next_due
from models.reporting.consolidation import (
    CompletenessRow,
    completeness,
    expected_sub_offices,
    history,
    set_expected_districts,
)
from models.reporting.periods import QUARTER, parse_period
from models.store.db import Store
from ui.i18n import current_language, format_date
from ui.reporting.exports_box import ExportsBox
from ui.reporting.periods_box import PeriodsBox
from ui.reporting.receive_dialog import ReceiveDialog
from ui.reporting.received_table_model import CompletenessTableModel, HistoryTableModel, office_name
from ui.settings import UiSettings
from ui.widgets.period_picker import PeriodPicker
from ui.widgets.theme import ERROR_STYLE
from ui.workers import JobRunner

logger = logging.getLogger(__name__)

_ERROR_STYLE = ERROR_STYLE


def _table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ExpectedDistrictsDialog(QDialog):
    """Edit the KATO codes of the districts a region expects packages from.

    One 9-digit code a line (commas and spaces also separate codes); every code must be a
    district of this region. Districts that have sent a package stay expected anyway.

    Signals:
        saved(list): the codes saved.
    """

    saved = Signal(list)

    def __init__(self, store: Store, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.office = office_of(store)
        self.setWindowTitle(self.tr("Expected districts"))
        self.resize(480, 420)
        intro = QLabel(
            self.tr(
                "The districts of {name} that send packages: one 9-digit KATO code a line "
                "(e.g. {example}). Districts that have sent a package stay expected."
            ).format(name=office_name(self.office), example=self.office.kato[:2] + "3200000")
        )
        intro.setWordWrap(True)
        self.codes_edit = QPlainTextEdit()
        self.codes_edit.setTabChangesFocus(True)
        label = QLabel(self.tr("&Codes:"))
        label.setBuddy(self.codes_edit)
        codes = [o.kato for o in expected_sub_offices(store)]
        self.codes_edit.setPlainText("\n".join(codes))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.codes_edit.textChanged.connect(self._on_codes_edit_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.codes_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.codes_edit.setFocus()

    def codes(self) -> list[str]:
        """Return the codes typed, in order, without repeats."""
        seen: dict[str, None] = {}
        for token in re.split(r"[\s,;]+", self.codes_edit.toPlainText()):
            if token:
                seen.setdefault(token, None)
        return list(seen)

    def problems(self) -> list[str]:
        """Return a sentence per bad code (empty when every code is a district of the region)."""
        out = []
        for code in self.codes():
            if not is_kato_format(code):
                out.append(self.tr("{code}: a KATO code has exactly 9 digits.").format(code=code))
            elif not is_sub_office(OfficeDTO(code, "district", "", ""), self.office):
                out.append(
                    self.tr(
                        "{code} is not a district of this region: a district's code starts "
                        "with {prefix}, then two digits other than 00, then 00000."
                    ).format(code=code, prefix=self.office.kato[:2])
                )
        return out

    def _on_codes_edit_text_changed(self) -> None:
        self.error_label.setText("\n".join(self.problems()))

    def _select(self, code: str) -> None:
        text = self.codes_edit.toPlainText()
        match = re.search(rf"(?<![^\s,;]){re.escape(code)}(?![^\s,;])", text)
        cursor = self.codes_edit.textCursor()
        if match is not None:
            cursor.setPosition(match.start())
            cursor.setPosition(match.end(), QTextCursor.MoveMode.KeepAnchor)
        self.codes_edit.setTextCursor(cursor)

    def save(self) -> None:
        """Validate and save the codes; on a bad code keep the dialog open with it selected."""
        problems = self.problems()
        if problems:
            self.error_label.setText("\n".join(problems))
            bad = next(
                c
                for c in self.codes()
                if not is_kato_format(c)
                or not is_sub_office(OfficeDTO(c, "district", "", ""), self.office)
            )
            self.codes_edit.setFocus()
            self._select(bad)
            return
        codes = self.codes()
        try:
            set_expected_districts(self.store, codes, user=self.user)
        except ValueError as exc:  # the same rule as problems(): only on a mismatch of rules
            logger.warning("expected districts refused: %s", exc)
            self.error_label.setText(self.tr("The codes were not saved: {error}").format(error=exc))
            return
        self.saved.emit(codes)
        self.accept()


class ReportingPage(QWidget):
    """Send packages up and follow them; approve periods; at a region or the republic, receive
    sub-offices' packages, see who has sent and on time, and return a package.

    Signals:
        refreshed(): the tables show the store's packages again.
        open_findings(str): a data-quality finding's records were asked for (its code; see
            :data:`ui.widgets.quality_texts.FINDING_LISTS`); the main window may filter that
            register.
    """

    refreshed = Signal()
    open_findings = Signal(str)

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner, self.today = store, user, runner, today
        self.settings = settings if settings is not None else UiSettings()
        self.office = office_of(store)
        self.receives = self.office.level in ("region", "republic")
        role = store.principal.role
        self.receive_dialog: ReceiveDialog | None = None
        self.export_wizard: QWidget | None = None
        self.quality_dialog: QWidget | None = None
        self.districts_dialog: ExpectedDistrictsDialog | None = None
        self.return_dialog: QWidget | None = None
        self.calendar_dialog: QWidget | None = None

        self.export_button = QPushButton(self.tr("E&xport package..."))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.quality_button = QPushButton(self.tr("Data &quality..."))
        self.quality_button.clicked.connect(self._on_quality_button_clicked)
        self.calendar_button: QPushButton | None = None
        if allows(role, Permission.SETTINGS):
            self.calendar_button = QPushButton(self.tr("Reporting ca&lendar..."))
            self.calendar_button.clicked.connect(self._on_calendar_button_clicked)
        self.receive_button: QPushButton | None = None
        self.districts_button: QPushButton | None = None
        self.return_button: QPushButton | None = None
        self.picker: PeriodPicker | None = None
        self.completeness_model = CompletenessTableModel(self)
        self.history_model = HistoryTableModel(self)
        self.completeness_table: QTableView | None = None
        self.history_table: QTableView | None = None
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_due_label = QLabel()
        self.next_due_label.setWordWrap(True)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_label.hide()
        self.only_period_check: QCheckBox | None = None
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh())
        self.addAction(self.refresh_action)

        self.periods_box = PeriodsBox(store, user, today, self.period_kind, self)
        self.periods_box.changed.connect(self._on_periods_box_changed)
        self.exports_box = ExportsBox(store, user, self, settings=self.settings)
        self.exports_box.recorded.connect(self._on_exports_box_recorded)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reporting_tabs")

        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        if not self.receives:
            text = QLabel(
                self.tr(
                    "A district sends its figures up to the region: export the package of a "
                    "period (two files) and hand it to the region on a USB stick or through a "
                    "shared folder. Check the data quality first."
                )
            )
            text.setWordWrap(True)
            layout.addWidget(text)
            buttons.addWidget(self.export_button)
            buttons.addWidget(self.quality_button)
        else:
            self.receive_button = QPushButton(self.tr("Re&ceive packages..."))
            self.receive_button.clicked.connect(self._on_receive_button_clicked)
            buttons.addWidget(self.receive_button)
            buttons.addWidget(self.export_button)
            buttons.addWidget(self.quality_button)
            if self.office.level == "region":
                self.districts_button = QPushButton(self.tr("Expected &districts..."))
                self.districts_button.clicked.connect(self._on_districts_button_clicked)
                buttons.addWidget(self.districts_button)
        if self.calendar_button is not None:
            buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.next_due_label)
        layout.addWidget(self.notice_label)
        if self.receives:
            self.tabs.addTab(self._sub_offices_tab(), self.tr("Sub-o&ffices"))
        self.tabs.addTab(self.exports_box, self.tr("Sent pac&kages"))
        self.tabs.addTab(self.periods_box, self.tr("Per&iods"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _sub_offices_tab(self) -> QWidget:
        """Build the completeness of the chosen period and the history of received packages."""
        self.picker = PeriodPicker(self.today(), self, kind=QUARTER)
        held = history(self.store)
        if held:
            # The period of the newest receipt is the one the user is most likely working on.
            self.picker.set_code(held[0].period)
        self.picker.period_changed.connect(self._on_picker_period_changed)

        self.completeness_table = _table(self.completeness_model)
        self.completeness_table.setObjectName("completeness_table")
        self.completeness_table.selectionModel().selectionChanged.connect(
            self._on_completeness_selection_changed
        )
        self.return_button = QPushButton(self.tr("Return packa&ge..."))
        self.return_button.setToolTip(
            self.tr(
                "Take the selected sub-office's package out of the consolidation, with a "
                "reason and a receipt for the sender"
            )
        )
        self.return_button.setVisible(allows(self.store.principal.role, Permission.APPROVE))
        self.return_button.setEnabled(False)
        self.return_button.clicked.connect(self._on_return_button_clicked)
        completeness_box = QGroupBox(self.tr("Sub-offices for the period"))
        box = QVBoxLayout(completeness_box)
        box.addWidget(self.picker)
        box.addWidget(self.summary_label)
        box.addWidget(self.completeness_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.return_button)
        row.addStretch(1)
        box.addLayout(row)

        self.history_table = _table(self.history_model)
        self.history_table.setObjectName("history_table")
        self.only_period_check = QCheckBox(self.tr("Only the chosen &period"))
        self.only_period_check.toggled.connect(self._on_only_period_check_toggled)
        history_box = QGroupBox(self.tr("History of received packages"))
        box = QVBoxLayout(history_box)
        box.addWidget(self.only_period_check)
        box.addWidget(self.history_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(completeness_box)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    # -- tables -------------------------------------------------------------------------------

    def period_code(self) -> str | None:
        """Return the chosen period's code (None at a district)."""
        return self.picker.code() if self.picker is not None else None

    def period_kind(self) -> str:
        """Return the kind of period the page works with (the picker's; quarters at a district)."""
        return self.picker.kind() if self.picker is not None else QUARTER

    def refresh(self) -> None:
        """Read the completeness of the chosen period, the histories and the periods again."""
        code = self.period_code()
        if code is not None:
            period = parse_period(code)
            rows = completeness(self.store, code)
            self.completeness_model.set_rows(rows, due_date(self.store, period), self.today())
            only = self.only_period_check is not None and self.only_period_check.isChecked()
            self.history_model.set_packages(history(self.store, period=code if only else None))
            self.summary_label.setText(self._summary(code))
            self._on_completeness_selection_changed()
        self.periods_box.refresh()
        self.exports_box.refresh()
        self.next_due_label.setText(self.next_due_text())
        self.refreshed.emit()

    def _summary(self, code: str) -> str:
        model = self.completeness_model
        total = model.rowCount()
        if total == 0:
            if self.office.level == "region":
                return self.tr(
                    'No district is expected yet: list them with "Expected districts..." or '
                    "receive their packages."
                )
            return self.tr("No sub-office is expected.")
        sent, returned = model.sent_count(), model.returned_count()
        text = self.tr(
            "{code}: {sent} of {total} in, {late} late, {returned} returned, {missing} missing; "
            "due {due}."
        ).format(
            code=code,
            sent=sent,
            total=total,
            late=model.late_count(),
            returned=returned,
            missing=total - sent - returned,
            due=format_date(model.due),
        )
        missing = model.missing()
        if missing:
            names = ", ".join(f"{r.office.kato} {office_name(r.office)}".strip() for r in missing)
            text += " " + self.tr("Not consolidated: {names}.").format(names=names)
        return text

    def upper_office_name(self) -> str:
        """Return the name of the office this one sends its package to ("" at the republic)."""
        if self.office.level == "region":
            return self.tr("the ministry")
        if self.office.level != "district":
            return ""
        lang = current_language()
        for label in ReferenceRepository(self.store).code_labels("regions"):
            if label.code == self.office.kato[:2]:
                return {"kk": label.kk, "ru": label.ru}.get(lang, label.en) or label.ru
        return self.tr("the region")

    def next_due_text(self) -> str:
        """Return "Next package due: 2026-Q4 by 15.01.2027 (region)" ("" at the republic)."""
        upper = self.upper_office_name()
        if not upper:
            return ""
        period, due = next_due(self.store, self.today(), self.period_kind())
        return self.tr("Next package due: {period} by {date} ({office}).").format(
            period=period.code, date=format_date(due), office=upper
        )

    def _on_picker_period_changed(self, _period: object) -> None:
        self.refresh()

    def _on_only_period_check_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_periods_box_changed(self) -> None:
        self.refresh()

    def _on_exports_box_recorded(self) -> None:
        self.periods_box.refresh()

    # -- returns ------------------------------------------------------------------------------

    def selected_completeness_row(self) -> CompletenessRow | None:
        """Return the selected sub-office's row (None when none is selected)."""
        if self.completeness_table is None:
            return None
        rows = self.completeness_table.selectionModel().selectedRows()
        return self.completeness_model.row(rows[0].row()) if rows else None

    def can_return(self) -> bool:
        """True when the selected sub-office has a consolidated package and this office's
        period is not approved (a return would change the approved consolidation)."""
        row = self.selected_completeness_row()
        code = self.period_code()
        if row is None or row.current is None or code is None:
            return False
        return period_state(self.store, code).locked_by is None

    def _on_completeness_selection_changed(self, *_args: object) -> None:
        if self.return_button is not None:
            self.return_button.setEnabled(self.can_return())

    def _on_return_button_clicked(self) -> None:
        self.open_return_dialog()

    def open_return_dialog(self) -> QWidget | None:
        """Open the return dialog (window-modal, not blocking) for the selected sub-office."""
        from ui.reporting.return_dialog import ReturnDialog

        row = self.selected_completeness_row()
        code = self.period_code()
        if row is None or code is None or not self.can_return():
            return None
        dialog = ReturnDialog(
            self.store,
            self.user,
            row.office,
            code,
            str(self.settings.get("ui/last_folder")),
            self,
        )
        dialog.returned.connect(self._on_return_dialog_returned)
        dialog.finished.connect(dialog.deleteLater)
        self.return_dialog = dialog
        dialog.open()
        return dialog

    def _on_return_dialog_returned(self, done: ReturnDone) -> None:
        r = done.returned
        name = f"{r.sender.kato} {office_name(r.sender)}".strip()
        if done.receipt is not None:
            text = self.tr(
                "The package of {name} for {period} was returned. Its receipt is {path}: hand it "
                "to the sender."
            ).format(name=name, period=r.period, path=done.receipt)
            self.notice_label.setStyleSheet("")
        else:
            error = done.error.strerror if done.error is not None else ""
            text = self.tr(
                "The package of {name} for {period} was returned, but its receipt could not be "
                "written ({error}): tell the sender the reason."
            ).format(name=name, period=r.period, error=error or done.error)
            self.notice_label.setStyleSheet(_ERROR_STYLE)
        self.notice_label.setText(text)
        self.notice_label.show()
        self.refresh()

    # -- dialogs ------------------------------------------------------------------------------

    def _on_receive_button_clicked(self) -> None:
        self.open_receive_dialog()

    def open_receive_dialog(self) -> ReceiveDialog:
        """Open the receive dialog (window-modal, not blocking); the tables follow its imports."""
        dialog = ReceiveDialog(self.store, self.user, self.runner, self)
        dialog.received.connect(self._on_receive_dialog_received)
        dialog.finished.connect(dialog.deleteLater)
        self.receive_dialog = dialog
        dialog.open()
        return dialog

    def _on_receive_dialog_received(self, count: int) -> None:
        logger.info("%d package(s) received", count)
        self.refresh()

    def _on_export_button_clicked(self) -> None:
        # Imported here: the wizard pulls in openpyxl and the package writer (PITFALLS.md #5).
        from ui.reporting.export_wizard import ExportWizard

        wizard = ExportWizard(self.store, self.user, self.runner, self, today=self.today)
        wizard.open_findings.connect(self.open_findings)
        wizard.finished.connect(self._on_export_wizard_finished)
        wizard.finished.connect(wizard.deleteLater)
        self.export_wizard = wizard
        wizard.open()

    def _on_export_wizard_finished(self, _result: int) -> None:
        self.refresh()  # a package exported joins the sent packages

    def _on_quality_button_clicked(self) -> None:
        from ui.reporting.quality_dialog import QualityDialog

        dialog = QualityDialog(self.store, self.user, self.runner, self, today=self.today)
        dialog.open_findings.connect(self.open_findings)
        dialog.finished.connect(dialog.deleteLater)
        self.quality_dialog = dialog
        dialog.open()

    def _on_calendar_button_clicked(self) -> None:
        self.open_calendar_dialog()

    def open_calendar_dialog(self) -> QWidget:
        """Open the reporting calendar (administrators; window-modal, not blocking)."""
        from ui.reporting.calendar_dialog import ReportingCalendarDialog

        dialog = ReportingCalendarDialog(self.store, self.user, self)
        dialog.saved.connect(self._on_calendar_dialog_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.calendar_dialog = dialog
        dialog.open()
        return dialog

    def _on_calendar_dialog_saved(self, *_args: object) -> None:
        self.refresh()

    def _on_districts_button_clicked(self) -> None:
        self.open_districts_dialog()

    def open_districts_dialog(self) -> ExpectedDistrictsDialog:
        """Open the editor of the expected districts (window-modal, not blocking)."""
        dialog = ExpectedDistrictsDialog(self.store, self.user, self)
        dialog.saved.connect(self._on_districts_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.districts_dialog = dialog
        dialog.open()
        return dialog

    def _on_districts_saved(self, _codes: Sequence[str]) -> None:
        self.refresh()
