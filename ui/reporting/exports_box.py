"""The Reporting page's sent packages and their receipts (issue 10, reporting.md §6.2, §6.3).

* :class:`ExportsTableModel`: every package this office exported
  (:func:`models.reporting.exports.export_history`), newest first: period, when, by, draft or
  approved, and what its latest receipt says, in words.
* :class:`ReceiptReasonsModel`: the receipts of the selected package, a row per reason (sheet,
  row and message in the interface language).
* :class:`ExportsBox`: both tables, a line of what to do, "Read receipts..." (Ctrl+R) and
  "Print receipt...".
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.reference.offices import office_of
from models.reference.roles import Permission, allows
from models.reporting.exports import ExportInfo, ReceiptInfo, export_history
from models.reporting.records import APPROVED
from models.store.db import Store
from ui.i18n import current_language
from ui.reporting.received_table_model import ListModel, format_moment, office_name
from ui.settings import UiSettings
from ui.widgets.theme import ERROR_COLOUR

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

#: The row's object (:class:`ExportInfo` or :class:`ReasonRow`).
RowRole = Qt.ItemDataRole.UserRole

ACCEPTED, REFUSED, RETURNED = "accepted", "refused", "returned"
_OK = QColor("#1b6e20")
_ERROR = QColor(ERROR_COLOUR)


def reason_message(reason: Mapping[str, Any], lang: str | None = None) -> str:
    """Return a receipt reason's message in the interface language (Kazakh for kk, Russian
    for ru and en: a receipt carries no English)."""
    lang = lang or current_language()
    first, second = ("message_kk", "message_ru") if lang == "kk" else ("message_ru", "message_kk")
    return str(reason.get(first) or reason.get(second) or reason.get("rule") or "")


def receipt_day(receipt: ReceiptInfo) -> str:
    """Return the receipt's day as dd.mm.yyyy in local time (its text when not ISO 8601)."""
    try:
        moment = datetime.fromisoformat(receipt.at)
    except ValueError:
        return receipt.at
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y")


@dataclass(frozen=True)
class ReasonRow:
    """One line of the receipts of a package: a receipt and one of its reasons (None: none)."""

    receipt: ReceiptInfo
    reason: Mapping[str, Any] | None


class ExportsTableModel(ListModel):
    """The packages this office exported, newest first, with their latest receipt in words."""

    COL_PERIOD, COL_EXPORTED, COL_BY, COL_APPROVAL, COL_RECEIPT = range(5)

    def headers(self) -> tuple[str, ...]:
        """Return the translated column titles."""
        return (
            self.tr("Period"),
            self.tr("Exported at"),
            self.tr("By"),
            self.tr("Approval"),
            self.tr("Receipt"),
        )

    def set_exports(self, exports: Sequence[ExportInfo]) -> None:
        """Show ``exports`` (in the order given)."""
        self.beginResetModel()
        self._rows = list(exports)
        self.endResetModel()

    def approval_text(self, e: ExportInfo) -> str:
        """Return "draft", "approved" or "approved (2026)" when a longer period approved it."""
        if e.approval_state != APPROVED:
            return self.tr("draft")
        if e.approval_period and e.approval_period != e.period:
            return self.tr("approved ({period})").format(period=e.approval_period)
        return self.tr("approved")

    def outcome_text(self, receipt: ReceiptInfo | None) -> str:
        """Return what a receipt says, in words ("no receipt yet" for None)."""
        if receipt is None:
            return self.tr("no receipt yet")
        if receipt.outcome == ACCEPTED:
            return self.tr("accepted by {office} on {date}").format(
                office=office_name(receipt.receiver) or receipt.receiver.kato,
                date=receipt_day(receipt),
            )
        first = reason_message(receipt.reasons[0]) if receipt.reasons else ""
        if receipt.outcome == RETURNED:
            return self.tr("returned: {reason}").format(reason=first)
        return self.tr("refused: {reason}").format(reason=first)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell, its tooltip, colour or the export itself."""
        if not self._valid(index):
            return None
        e: ExportInfo = self._rows[index.row()]
        col = index.column()
        latest = e.receipts[-1] if e.receipts else None
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                e.period,
                format_moment(e.exported_at),
                e.exported_by,
                self.approval_text(e),
                self.outcome_text(latest),
            )
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_RECEIPT:
                return self.outcome_text(latest)
            if col == self.COL_PERIOD:
                return e.package_id
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_RECEIPT and latest:
            return QBrush(_OK if latest.outcome == ACCEPTED else _ERROR)
        if role == RowRole:
            return e
        return None


class ReceiptReasonsModel(ListModel):
    """The receipts of one package, oldest first, a row per reason."""

    COL_RECEIPT, COL_SHEET, COL_ROW, COL_MESSAGE = range(4)

    def headers(self) -> tuple[str, ...]:
        """Return the translated column titles."""
        return (self.tr("Receipt"), self.tr("Sheet"), self.tr("Row"), self.tr("Message"))

    def set_export(self, export: ExportInfo | None) -> None:
        """Show the receipts of ``export`` (none for None)."""
        rows: list[ReasonRow] = []
        for receipt in export.receipts if export is not None else ():
            rows.extend(ReasonRow(receipt, r) for r in receipt.reasons)
            if not receipt.reasons:
                rows.append(ReasonRow(receipt, None))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def receipt_text(self, receipt: ReceiptInfo) -> str:
        """Return the outcome, the receiving office and the day of a receipt."""
        outcome = {
            ACCEPTED: self.tr("accepted"),
            REFUSED: self.tr("refused"),
            RETURNED: self.tr("returned"),
        }.get(receipt.outcome, receipt.outcome)
        return self.tr("{outcome} by {office} on {date}").format(
            outcome=outcome,
            office=office_name(receipt.receiver) or receipt.receiver.kato,
            date=receipt_day(receipt),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell or the row itself."""
        if not self._valid(index):
            return None
        r: ReasonRow = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            reason = r.reason or {}
            if col == self.COL_RECEIPT:
                return self.receipt_text(r.receipt)
            if col == self.COL_SHEET:
                return str(reason.get("sheet") or "")
            if col == self.COL_ROW:
                row = reason.get("row")
                return str(row) if row is not None else ""
            if col == self.COL_MESSAGE:
                return reason_message(reason) if r.reason is not None else ""
            return None
        if role == RowRole:
            return r
        return None


def _view(model: ListModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    model.modelReset.connect(lambda: fit_columns(view))
    fit_columns(view)
    return view


#: The widest a column other than the last grows to its contents (its header is never cut).
MAX_COLUMN_WIDTH = 240


def fit_columns(view: QTableView) -> None:
    """Give every column but the last (which stretches) the width of its contents and header,
    at most :data:`MAX_COLUMN_WIDTH` unless the header needs more: at the default 100 px the
    Russian "Экспортирован" and Kazakh headers were cut (issue 11)."""
    header = view.horizontalHeader()
    for col in range(header.count() - 1):
        view.resizeColumnToContents(col)
        width = min(view.columnWidth(col), MAX_COLUMN_WIDTH)
        view.setColumnWidth(col, max(width, header.sectionSizeHint(col)))


class ExportsBox(QWidget):
    """The packages sent and what their receivers answered.

    Signals:
        recorded(): receipts were read (the page refreshes).
    """

    recorded = Signal()

    def __init__(
        self,
        store: Store,
        user: str,
        parent: QWidget | None = None,
        *,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        self.office = office_of(store)
        self.settings = settings if settings is not None else UiSettings()
        self.model = ExportsTableModel(self)
        self.reasons_model = ReceiptReasonsModel(self)
        self.table = _view(self.model, "exports_table")
        self.reasons_table = _view(self.reasons_model, "receipt_reasons_table")
        self.hint_label = QLabel(
            self.tr(
                'No package has been exported yet: export one with "Export package...", then '
                'read the receiving office\'s receipt with "Read receipts...".'
            )
        )
        self.hint_label.setWordWrap(True)
        self.todo_label = QLabel()
        self.todo_label.setWordWrap(True)
        self.todo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_button = QPushButton(self.tr("Read rec&eipts..."))
        self.read_button.setToolTip(self.tr("Read the receipts of packages sent (Ctrl+R)"))
        self.read_button.setVisible(allows(store.principal.role, Permission.CONSOLIDATE))
        self.read_button.clicked.connect(self._on_read_button_clicked)
        self.read_action = QAction(self.tr("Read receipts"), self)
        self.read_action.setShortcut(QKeySequence("Ctrl+R"))
        self.read_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.read_action.triggered.connect(self._on_read_action_triggered)
        self.read_action.setEnabled(self.read_button.isVisible())
        self.addAction(self.read_action)
        self.print_button = QPushButton(self.tr("Pri&nt receipt..."))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.result_dialog: QWidget | None = None

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.reasons_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.todo_label)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.reasons_table.selectionModel().selectionChanged.connect(
            self._on_reasons_selection_changed
        )

    # -- tables ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the export history again, keeping the selected package."""
        chosen = self.selected_export()
        exports = export_history(self.store)
        self.model.set_exports(exports)
        self.hint_label.setVisible(not exports)
        row = next(
            (i for i, e in enumerate(exports) if chosen and e.package_id == chosen.package_id),
            0 if exports else -1,
        )
        if row >= 0:
            self.table.selectRow(row)
        self._on_table_selection_changed()

    def selected_export(self) -> ExportInfo | None:
        """Return the selected package (None when none is)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected_receipt(self) -> ReceiptInfo | None:
        """Return the receipt of the selected reason, else the selected package's latest."""
        rows = self.reasons_table.selectionModel().selectedRows()
        if rows:
            reason: ReasonRow = self.reasons_model.row(rows[0].row())
            return reason.receipt
        export = self.selected_export()
        return export.receipts[-1] if export is not None and export.receipts else None

    def todo_text(self, export: ExportInfo | None) -> str:
        """Return what to do about the selected package, by its latest receipt."""
        if export is None:
            return ""
        latest = export.receipts[-1] if export.receipts else None
        if latest is None:
            return self.tr(
                'When the receiving office hands back its receipt, read it with "Read receipts...".'
            )
        if latest.outcome == ACCEPTED:
            return self.tr("Nothing to do: the package is consolidated.")
        if any(r.get("rule") == "not_approved" for r in latest.reasons):
            return self.tr(
                "The package was a draft: ask your supervisor to approve the period, then "
                "export again and send the new package."
            )
        return self.tr(
            "Correct the figures, ask your supervisor to reopen the period, then approve it, "
            "export again and send the new package."
        )

    def _on_table_selection_changed(self, *_args: object) -> None:
        export = self.selected_export()
        self.reasons_model.set_export(export)
        self.todo_label.setText(self.todo_text(export))
        self._on_reasons_selection_changed()

    def _on_reasons_selection_changed(self, *_args: object) -> None:
        self.print_button.setEnabled(self.selected_receipt() is not None)

    # -- receipts -------------------------------------------------------------------------

    def _on_read_action_triggered(self, _checked: bool = False) -> None:
        self._on_read_button_clicked()

    def _on_read_button_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Read receipts"),
            str(self.settings.get("ui/last_folder")),
            self.tr("Receipts (*.receipt.json);;All files (*)"),
        )
        if paths:
            self.settings.set("ui/last_folder", str(Path(paths[0]).parent))
            self.read_receipts([Path(p) for p in paths])

    def read_receipts(self, paths: Sequence[Path]) -> QWidget:
        """Record the receipts at ``paths`` and open the dialog of what became of each."""
        from ui.reporting.receipts_dialog import ReceiptsResultDialog, record_files

        results = record_files(self.store, self.user, paths)
        self.refresh()
        self.recorded.emit()
        dialog = ReceiptsResultDialog(results, self.model.outcome_text, self)
        dialog.finished.connect(dialog.deleteLater)
        self.result_dialog = dialog
        dialog.open()
        return dialog

    def receipt_document(self, receipt: ReceiptInfo) -> dict[str, Any]:
        """Return ``receipt`` as the receipt's JSON object (reporting.md §6.3), for printing."""
        export = next((e for e in self.model.rows() if e.package_id == receipt.package_id), None)
        return {
            "format": "qoldau-receipt",
            "format_version": 1,
            "package_id": receipt.package_id,
            "sender": {
                "kato": self.office.kato,
                "period": export.period if export is not None else "",
            },
            "receiver": {
                "kato": receipt.receiver.kato,
                "level": receipt.receiver.level,
                "name_kk": receipt.receiver.name_kk,
                "name_ru": receipt.receiver.name_ru,
            },
            "workbook_sha256": export.workbook_sha256 if export is not None else None,
            "outcome": receipt.outcome,
            "reasons": [dict(r) for r in receipt.reasons],
            "at": receipt.at,
            "by": receipt.by,
        }

    def _on_print_button_clicked(self) -> None:
        receipt = self.selected_receipt()
        if receipt is None:
            return
        # Imported here: printing pulls in the print support (PITFALLS.md #5).
        from ui.reporting.receipt_print import print_receipt

        print_receipt(self, self.receipt_document(receipt), sender_name=office_name(self.office))
