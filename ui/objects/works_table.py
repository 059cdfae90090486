"""The management decision of a passport: adaptation works per zone (or all zones)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from models.issues import ERROR, Issue
from models.objects.dto import WorkDraft
from models.objects.tables import FUNDING_SOURCES
from ui.messages import issue_text
from ui.objects.measurement_table import WARNING_COLOUR
from ui.widgets.date_edit import DateEdit
from ui.widgets.row_list import RowList, format_number, parse_decimal
from ui.widgets.theme import ERROR_COLOUR

COL_ZONE, COL_WORK, COL_YEAR, COL_COST, COL_FUNDING, COL_DONE = range(6)
NOT_NEEDED = "NOT_NEEDED"


class WorksTable(RowList):
    """Rows of (zone or all zones, kind of work, planned year, cost in tenge, funding, done).

    Signals:
        changed(): a row was added, removed or edited.
    """

    def __init__(
        self,
        zone_labels: Mapping[str, str],
        work_labels: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        self._zone_labels = dict(zone_labels)
        self._work_labels = dict(work_labels)
        t = QCoreApplication.translate
        super().__init__(
            [
                t("WorksTable", "Zone"),
                t("WorksTable", "Kind of work"),
                t("WorksTable", "Planned year"),
                t("WorksTable", "Estimated cost, ₸"),
                t("WorksTable", "Funding source"),
                t("WorksTable", "Completed"),
                "",
                "",
            ],
            t("WorksTable", "Add &work"),
            parent,
        )

    def funding_label(self, code: str) -> str:
        """Return the translated label of a funding source code."""
        return {
            "LOCAL_BUDGET": self.tr("Local budget"),
            "OWNER": self.tr("Owner's funds"),
            "STATE_PROGRAMME": self.tr("State programme"),
        }.get(code, code)

    def _create_row(self) -> list[QWidget]:
        zone = QComboBox()
        zone.setAccessibleName(self.tr("Zone"))
        for code, label in self._zone_labels.items():
            zone.addItem(label, code)
        # Zone names are long: keep the column narrow, the popup still shows them whole.
        zone.setMinimumContentsLength(14)
        zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        zone.view().setMinimumWidth(420)
        work = QComboBox()
        work.setAccessibleName(self.tr("Kind of work"))
        work.setMinimumContentsLength(12)
        work.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for code, label in self._work_labels.items():
            work.addItem(label, code)
        year = QLineEdit()
        year.setAccessibleName(self.tr("Planned year"))
        year.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}")))
        year.setMaximumWidth(60)
        cost = QLineEdit()
        cost.setAccessibleName(self.tr("Estimated cost, tenge"))
        cost.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[\d \x{00a0}]{0,15}([.,]\d{0,2})?"))
        )
        cost.setMaximumWidth(110)
        funding = QComboBox()
        funding.setAccessibleName(self.tr("Funding source"))
        funding.addItem("—", "")
        for code in FUNDING_SOURCES:
            funding.addItem(self.funding_label(code), code)
        done = DateEdit()
        done.setAccessibleName(self.tr("Completed on"))
        zone.currentIndexChanged.connect(self._notify)
        work.currentIndexChanged.connect(self._notify)
        year.textChanged.connect(self._notify)
        cost.textChanged.connect(self._notify)
        funding.currentIndexChanged.connect(self._notify)
        done.value_changed.connect(self._notify)
        return [zone, work, year, cost, funding, done]

    def _widgets(
        self, row: int
    ) -> tuple[QComboBox, QComboBox, QLineEdit, QLineEdit, QComboBox, DateEdit]:
        zone, work, year, cost, funding, done = self.row_widgets(row)
        assert isinstance(zone, QComboBox) and isinstance(work, QComboBox)
        assert isinstance(year, QLineEdit) and isinstance(cost, QLineEdit)
        assert isinstance(funding, QComboBox) and isinstance(done, DateEdit)
        return zone, work, year, cost, funding, done

    def populate(self, works: Sequence[WorkDraft]) -> None:
        """Show a passport's works (unknown codes are added to the lists, not lost)."""
        blocked = self.blockSignals(True)
        self.clear_rows()
        for w in works:
            zone, work, year, cost, funding, done = self._widgets(self.add_row())
            for combo, code in ((zone, w.zone), (work, w.work), (funding, w.funding_source)):
                if combo.findData(code) < 0:
                    combo.addItem(code, code)
                combo.setCurrentIndex(combo.findData(code))
            year.setText("" if w.planned_year is None else str(w.planned_year))
            cost.setText(format_number(w.estimated_cost))
            done.set_value(w.completed_date)
        self.blockSignals(blocked)
        self.changed.emit()

    def has_real_work(self) -> bool:
        """True when a row plans any work other than "no work needed"."""
        return any(self._widgets(r)[1].currentData() != NOT_NEEDED for r in range(self.row_count()))

    def read_rows(self) -> tuple[list[WorkDraft], list[int], list[Issue]]:
        """Return the readable rows as drafts, the row of each draft, and typing problems.

        Issues name their field ``work.<row>`` by row, not by draft.
        """
        drafts: list[WorkDraft] = []
        rows: list[int] = []
        issues: list[Issue] = []
        for r in range(self.row_count()):
            zone, work, year, cost, funding, done = self._widgets(r)
            try:
                amount = parse_decimal(cost.text())
            except ValueError:
                issues.append(Issue(f"work.{r}", "amount_format"))
                continue
            if not done.is_valid():
                issues.append(Issue(f"work.{r}", "date_format"))
                continue
            drafts.append(
                WorkDraft(
                    zone=str(zone.currentData()),
                    work=str(work.currentData()),
                    planned_year=int(year.text()) if year.text() else None,
                    estimated_cost=amount,
                    funding_source=str(funding.currentData() or ""),
                    completed_date=done.value(),
                )
            )
            rows.append(r)
        return drafts, rows, issues

    def show_row_issue(self, row: int, issue: Issue | None) -> None:
        """Show a row's problem (or nothing)."""
        label = self.message_label(row)
        if issue is None:
            label.clear()
            return
        colour = ERROR_COLOUR if issue.severity == ERROR else WARNING_COLOUR
        label.setStyleSheet(f"color: {colour}")
        label.setText(issue_text(issue))
