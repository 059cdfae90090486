"""Table models of received sub-office packages (issue 4, reporting.md §2.3).

* :class:`HistoryTableModel`: every received package, current and replaced, newest receipt first
  (:func:`models.reporting.consolidation.history`).
* :class:`CompletenessTableModel`: one row per expected sub-office for a period, sent or missing,
  with the package that is current and the earlier ones it replaced
  (:func:`models.reporting.consolidation.completeness`).
* :class:`ReceiptPlanTableModel`: the dry runs of the packages chosen in the receive dialog
  (:func:`models.reporting.consolidation.plan_receipt`), then what their import did.

The lists are small (a region has about a dozen districts, the republic 20 regions, a few
packages per period each), so each model is handed its whole list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from models.objects.accessibility import format_share
from models.reference.dto import OfficeDTO
from models.reporting.calendar import LATE, MISSING, NOT_DUE, ON_TIME, timeliness
from models.reporting.consolidation import (
    ALREADY_RECEIVED,
    NOT_APPROVED,
    NOT_CONFIRMED,
    NOT_NEWER,
    NOT_SUB_OFFICE,
    PERIOD_LOCKED,
    VERIFICATION,
    CompletenessRow,
    HeldPackage,
    ReceiptPlan,
    ReceiptResult,
)
from models.reporting.received import CURRENT
from ui.i18n import current_language, local_name_of
from ui.messages import period_text
from ui.widgets.theme import ERROR_COLOUR

Index = QModelIndex | QPersistentModelIndex

#: The row's object (:class:`HeldPackage`, :class:`CompletenessRow` or :class:`PlanRow`).
RowRole = Qt.ItemDataRole.UserRole

_ERROR = QColor(ERROR_COLOUR)
_WARN = QColor("#8a5a00")
_OK = QColor("#1b6e20")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def format_moment(moment: datetime | None) -> str:
    """Return ``dd.mm.yyyy HH:MM`` in local time (empty for None)."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return local.strftime("%d.%m.%Y %H:%M")


def short_id(package_id: str | None) -> str:
    """Return the first 8 characters of a package UUID (enough to tell packages apart)."""
    return (package_id or "")[:8]


def office_name(office: OfficeDTO | None, lang: str | None = None) -> str:
    """Return an office's name in ``lang`` (the interface language when None), one name only
    (:func:`ui.i18n.local_name`); "" for no office."""
    return "" if office is None else local_name_of(office, lang)


class _ListModel(QAbstractTableModel):
    """A flat table over a Python list of rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> tuple[str, ...]:
        """Return the translated column titles."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of rows (0 under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.headers())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.headers()
        return titles[section] if 0 <= section < len(titles) else None

    def row(self, row: int) -> Any:
        """Return the object shown in ``row``."""
        return self._rows[row]

    def rows(self) -> list[Any]:
        """Return every row shown."""
        return list(self._rows)

    def _valid(self, index: Index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)


#: The flat list model the Reporting page's other tables build on.
ListModel = _ListModel


# --------------------------------------------------------------------------- history


class HistoryTableModel(_ListModel):
    """Every received package, newest receipt first."""

    (
        COL_KATO,
        COL_NAME,
        COL_PERIOD,
        COL_CREATED,
        COL_RECEIVED,
        COL_RECEIVED_BY,
        COL_STATUS,
        COL_PACKAGE,
        COL_REPLACED_BY,
    ) = range(9)

    def headers(self) -> tuple[str, ...]:
        """Return the translated column titles."""
        return (
            self.tr("KATO"),
            self.tr("Sender"),
            self.tr("Period"),
            self.tr("Created at"),
            self.tr("Received at"),
            self.tr("Received by"),
            self.tr("Status"),
            self.tr("Package"),
            self.tr("Replaced by"),
        )

    def set_packages(self, packages: Sequence[HeldPackage]) -> None:
        """Show ``packages`` (in the order given)."""
        self.beginResetModel()
        self._rows = list(packages)
        self.endResetModel()

    def status_text(self, status: str) -> str:
        """Return the translated status of a held package."""
        return self.tr("current") if status == CURRENT else self.tr("replaced")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell, its tooltip, colour or the package itself."""
        if not self._valid(index):
            return None
        p: HeldPackage = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                p.sender.kato,
                office_name(p.sender),
                p.period,
                format_moment(p.created_at),
                format_moment(p.received_at),
                p.received_by,
                self.status_text(p.status),
                short_id(p.package_id),
                short_id(p.replaced_by),
            )
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_PACKAGE:
                return p.package_id
            if col == self.COL_REPLACED_BY and p.replaced_by:
                return p.replaced_by
            return None
        if role == Qt.ItemDataRole.ForegroundRole and p.status != CURRENT:
            return QBrush(QColor("#707070"))
        if role == RowRole:
            return p
        return None


# --------------------------------------------------------------------------- completeness


class CompletenessTableModel(_ListModel):
    """One expected sub-office per row: consolidated (when, which package, what it replaced),
    returned or missing, and whether its package came on time (``models/reporting/calendar``)."""

    (
        COL_KATO,
        COL_NAME,
        COL_SENT,
        COL_TIMELINESS,
        COL_CREATED,
        COL_RECEIVED,
        COL_PACKAGE,
        COL_REPLACED,
    ) = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.due: date | None = None
        self.today: date | None = None

    def headers(self) -> tuple[str, ...]:
        """Return the translated column titles."""
        return (
            self.tr("KATO"),
            self.tr("Sub-office"),
            self.tr("Package"),
            self.tr("Timeliness"),
            self.tr("Created at"),
            self.tr("Received at"),
            self.tr("Package id"),
            self.tr("Replaced"),
        )

    def set_rows(
        self, rows: Sequence[CompletenessRow], due: date | None = None, today: date | None = None
    ) -> None:
        """Show ``rows`` (in the order given: by KATO), timed against ``due`` on ``today``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.due, self.today = due, today
        self.endResetModel()

    def sent_count(self) -> int:
        """Return how many expected sub-offices have a consolidated package."""
        return sum(1 for r in self._rows if r.sent)

    def missing(self) -> list[CompletenessRow]:
        """Return the rows of the sub-offices without a consolidated package (returned too)."""
        return [r for r in self._rows if not r.sent]

    @staticmethod
    def is_returned(row: CompletenessRow) -> bool:
        """True when the sub-office's package was returned and none is consolidated since."""
        return not row.sent and bool(row.returned)

    def returned_count(self) -> int:
        """Return how many sub-offices have their package returned (and none since)."""
        return sum(1 for r in self._rows if self.is_returned(r))

    def timeliness_of(self, row: CompletenessRow) -> str | None:
        """Return the row's timeliness code (None without a due date)."""
        if self.due is None or self.today is None:
            return None
        received = row.current.received_at if row.current is not None else None
        return timeliness(self.due, received, self.today)

    def late_count(self) -> int:
        """Return how many consolidated packages came after the due date."""
        return sum(1 for r in self._rows if self.timeliness_of(r) == LATE)

    def status_text(self, row: CompletenessRow) -> str:
        """Return "consolidated", "returned" or "missing"."""
        if row.sent:
            return self.tr("consolidated")
        return self.tr("returned") if self.is_returned(row) else self.tr("missing")

    def timeliness_text(self, row: CompletenessRow) -> str:
        """Return "on time", "late", "missing" or "not due yet" ("" without a due date)."""
        code = self.timeliness_of(row)
        texts = {
            ON_TIME: self.tr("on time"),
            LATE: self.tr("late"),
            MISSING: self.tr("missing"),
            NOT_DUE: self.tr("not due yet"),
        }
        return texts.get(code, "") if code is not None else ""

    def replaced_text(self, row: CompletenessRow) -> str:
        """Return "replaced N earlier" (empty when nothing was replaced)."""
        if not row.replaced:
            return ""
        return self.tr("replaced %n earlier", "", len(row.replaced))

    def replaced_tooltip(self, row: CompletenessRow) -> str:
        """Return the chain of packages, oldest first: which package replaced which."""
        if row.current is None or not row.replaced:
            return ""
        lines = [
            self.tr("{old} created {created}, received {received}: replaced by {new}").format(
                old=short_id(h.package_id),
                created=format_moment(h.created_at),
                received=format_moment(h.received_at),
                new=short_id(h.replaced_by),
            )
            for h in row.replaced
        ]
        lines.append(
            self.tr("{new} created {created}, received {received}: current").format(
                new=short_id(row.current.package_id),
                created=format_moment(row.current.created_at),
                received=format_moment(row.current.received_at),
            )
        )
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell, its tooltip, colour or the row itself."""
        if not self._valid(index):
            return None
        r: CompletenessRow = self._rows[index.row()]
        col = index.column()
        current = r.current
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_KATO:
                return r.office.kato
            if col == self.COL_NAME:
                return office_name(r.office) or self.tr("(name not known yet)")
            if col == self.COL_SENT:
                return self.status_text(r)
            if col == self.COL_TIMELINESS:
                return self.timeliness_text(r)
            if current is None:
                return ""
            if col == self.COL_CREATED:
                return format_moment(current.created_at)
            if col == self.COL_RECEIVED:
                return format_moment(current.received_at)
            if col == self.COL_PACKAGE:
                return short_id(current.package_id)
            if col == self.COL_REPLACED:
                return self.replaced_text(r)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_PACKAGE and current is not None:
                return current.package_id
            if col == self.COL_REPLACED:
                return self.replaced_tooltip(r) or None
            if col == self.COL_SENT and self.is_returned(r):
                last = r.returned[-1]
                return self.tr("Returned: package {id} of {created}").format(
                    id=short_id(last.package_id), created=format_moment(last.created_at)
                )
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_SENT:
            return QBrush(_OK if r.sent else _WARN if self.is_returned(r) else _ERROR)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_TIMELINESS:
            code = self.timeliness_of(r)
            colour = {ON_TIME: _OK, LATE: _WARN, MISSING: _ERROR}.get(code or "")
            return QBrush(colour) if colour is not None else None
        if role == RowRole:
            return r
        return None


# --------------------------------------------------------------------------- receipt plans


@dataclass
class PlanRow:
    """One package chosen in the receive dialog: being read, planned, then imported or not."""

    path: Path
    plan: ReceiptPlan | None = None
    #: An unexpected failure while reading or planning (the message), else None.
    error: str | None = None
    #: The outcome of the import, once tried.
    result: ReceiptResult | None = None
    #: A refusal sentence set by the dialog (e.g. the replacement was not confirmed).
    note: str | None = None

    @property
    def loading(self) -> bool:
        """True while the package is being read and planned."""
        return self.plan is None and self.error is None

    @property
    def importable(self) -> bool:
        """True when the plan accepts it and it was not imported yet."""
        return self.plan is not None and self.plan.acceptable and self.result is None


class ReceiptPlanTableModel(_ListModel):
    """The dry run of each chosen package, and then what its import did."""

    (
        COL_FILE,
        COL_KATO,
        COL_NAME,
        COL_PERIOD,
        COL_CREATED,
        COL_UNITS,
        COL_PASSPORTED,
        COL_SHARE,
        COL_OPEN_CASES,
        COL_A3,
        COL_REPLACES,
        COL_VERDICT,
    ) = range(12)
    _NUMBERS = (COL_UNITS, COL_PASSPORTED, COL_SHARE, COL_OPEN_CASES, COL_A3)

    def headers(self) -> tuple[str, ...]:
        """Return the translated column titles."""
        return (
            self.tr("File"),
            self.tr("KATO"),
            self.tr("Sender"),
            self.tr("Period"),
            self.tr("Created at"),
            self.tr("Units"),
            self.tr("Passported"),
            self.tr("Accessible, %"),
            self.tr("Open cases at end"),
            self.tr("A3 objects"),
            self.tr("Replaces"),
            self.tr("Verdict"),
        )

    # -- rows -------------------------------------------------------------------------------

    def paths(self) -> list[Path]:
        """Return the manifest paths shown."""
        return [r.path for r in self._rows]

    def add_path(self, path: Path) -> int:
        """Add a row for ``path`` (being read) and return its row number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(PlanRow(path))
        self.endInsertRows()
        return row

    def row_of(self, path: Path) -> int:
        """Return the row of ``path`` (-1 when not shown)."""
        return next((i for i, r in enumerate(self._rows) if r.path == path), -1)

    def update_row(self, row: int) -> None:
        """Tell the views that ``row`` changed."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rows(self) -> list[PlanRow]:
        """Return every row."""
        return list(self._rows)

    # -- texts ------------------------------------------------------------------------------

    def refusal_text(self, plan: ReceiptPlan, refusal: str | None = None) -> str:
        """Return the sentence saying why a package is refused and what to do."""
        refusal = refusal or plan.refusal
        rules = {p.rule for p in plan.problems}
        if refusal == NOT_SUB_OFFICE:
            sender = plan.sender
            if sender is not None and sender.level == "district":
                return self.tr(
                    "This package is from a district of another region: it was sent to the "
                    "wrong office."
                )
            return self.tr(
                "This package is not from a sub-office of this office: it was sent to the "
                "wrong office."
            )
        if refusal == ALREADY_RECEIVED:
            return self.tr("Already received.")
        if refusal == NOT_NEWER:
            held = plan.replaces
            return self.tr("Not newer than the package held ({created}): nothing to do.").format(
                created=format_moment(held.created_at if held else None)
            )
        if refusal == NOT_CONFIRMED:
            return self.tr("The replacement was not confirmed: nothing imported.")
        if refusal == NOT_APPROVED:
            return period_text(NOT_APPROVED)
        if refusal == PERIOD_LOCKED and plan.lock is not None:
            lock = plan.lock
            return period_text(
                PERIOD_LOCKED, {"period": lock.period, "by": lock.by, "at": lock.at.astimezone()}
            )
        if refusal == VERIFICATION or refusal is not None:
            if rules & {"workbook_sha256", "workbook_size"}:
                return self.tr(
                    "The workbook was changed after export (checksum mismatch): ask the "
                    "district for a new export."
                )
            if rules & {"manifest_missing", "manifest_unreadable", "workbook_missing"}:
                return self.tr(
                    "A file of the package is missing or unreadable: copy both files (.xlsx and "
                    ".manifest.json) again."
                )
            if rules & {"format", "format_version"}:
                return self.tr("The package has an unknown format version: update the application.")
            if "iin_in_cell" in rules:
                return self.tr(
                    "The workbook holds personal IINs, which a package must never contain: "
                    "ask the sender for a new export and do not pass this file on."
                )
            return self.tr(
                "The package breaks %n rule(s) of the reporting format: ask the sender for a "
                "new export. Press Enter to see them.",
                "",
                len(plan.problems),
            )
        return ""

    def verdict_text(self, r: PlanRow) -> str:
        """Return the verdict of a row: reading, acceptable, needs confirmation, refused, done."""
        if r.loading:
            return self.tr("Reading and checking...")
        if r.error is not None:
            return self.tr("Could not be checked: {error}").format(error=r.error)
        assert r.plan is not None
        if r.result is not None:
            if r.result.imported:
                return self.tr("Imported.")
            return self.tr("Refused: {reason}").format(
                reason=self.refusal_text(r.result.plan, r.result.refusal)
            )
        if r.note is not None:
            return self.tr("Not imported: {reason}").format(reason=r.note)
        if not r.plan.acceptable:
            return self.tr("Refused: {reason}").format(reason=self.refusal_text(r.plan))
        if r.plan.needs_confirmation:
            return self.tr("Needs confirmation: it replaces the package held.")
        return self.tr("Acceptable.")

    def replaces_text(self, plan: ReceiptPlan | None) -> str:
        """Return the package a plan would replace (or does not replace, when not newer)."""
        if plan is None or plan.replaces is None:
            return ""
        return self.tr("{id} of {created}").format(
            id=short_id(plan.replaces.package_id), created=format_moment(plan.replaces.created_at)
        )

    def _colour(self, r: PlanRow) -> QColor | None:
        if r.loading:
            return None
        if r.error is not None or (r.result is not None and not r.result.imported):
            return _ERROR
        if r.note is not None:
            return _WARN
        if r.result is not None:
            return _OK
        assert r.plan is not None
        if not r.plan.acceptable:
            return _ERROR
        return _WARN if r.plan.needs_confirmation else _OK

    def _display(self, r: PlanRow, col: int) -> Any:
        if col == self.COL_FILE:
            return r.path.name
        if col == self.COL_VERDICT:
            return self.verdict_text(r)
        plan = r.plan
        if plan is None:
            return ""
        if col == self.COL_KATO:
            return plan.sender.kato if plan.sender else ""
        if col == self.COL_NAME:
            return office_name(plan.sender)
        if col == self.COL_PERIOD:
            return plan.period or ""
        if col == self.COL_CREATED:
            return format_moment(plan.created_at)
        if col == self.COL_REPLACES:
            return self.replaces_text(plan)
        s = plan.summary
        if s is None:
            return ""
        if col == self.COL_SHARE:
            return format_share(s.accessible_share_pct, current_language() != "en")
        values = {
            self.COL_UNITS: s.units,
            self.COL_PASSPORTED: s.passported,
            self.COL_OPEN_CASES: s.cases_open_at_end,
            self.COL_A3: s.a3_objects,
        }
        return values.get(col)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text of a cell, its tooltip, colour or the row itself."""
        if not self._valid(index):
            return None
        r: PlanRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_FILE:
                return str(r.path)
            if col == self.COL_VERDICT:
                return self.verdict_text(r)
            if col == self.COL_REPLACES and r.plan is not None and r.plan.replaces is not None:
                return r.plan.replaces.package_id
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._NUMBERS:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_VERDICT:
            colour = self._colour(r)
            return QBrush(colour) if colour is not None else None
        if role == RowRole:
            return r
        return None
