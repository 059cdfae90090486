"""The management decision of a passport: adaptation works per zone (or all zones), each with
its deadline and the status expected after it (issue 12)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from models.issues import ERROR, Issue
from models.objects.accessibility import CATEGORY_LETTERS, STATUS_CODES, status_display
from models.objects.dto import WorkDraft
from models.objects.tables import CATEGORIES, FUNDING_SOURCES
from ui.messages import issue_text
from ui.objects.measurement_table import WARNING_COLOUR
from ui.widgets.date_edit import DateEdit
from ui.widgets.row_list import RowList, format_number, parse_decimal
from ui.widgets.theme import ERROR_COLOUR

COL_ZONE, COL_WORK, COL_YEAR, COL_COST, COL_FUNDING, COL_DONE = range(6)
COL_DEADLINE, COL_EXPECTED, COL_CATEGORIES = range(6, 9)
NOT_NEEDED = "NOT_NEEDED"
#: The first widget of a row's second line (the §4 details).
_DETAILS = COL_DONE


class CategoryBoxes(QWidget):
    """Five small check boxes К О С Г У: the categories of an "-И" expected status.

    Signals:
        changed(): a box was ticked or cleared.
    """

    changed = Signal()

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for cat in CATEGORIES:
            box = QCheckBox(CATEGORY_LETTERS[cat])
            box.setToolTip(labels.get(cat, cat))
            box.setAccessibleName(labels.get(cat, cat))
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[cat] = box
            row.addWidget(box)

    def codes(self) -> tuple[str, ...]:
        """Return the ticked categories in the order К О С Г У."""
        return tuple(c for c, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: Sequence[str]) -> None:
        """Tick exactly ``codes``."""
        for cat, box in self.boxes.items():
            box.setChecked(cat in codes)


class WorksTable(RowList):
    """Rows of (zone or all zones, kind of work, planned year, cost in tenge, funding, done,
    deadline, expected status and its categories).

    Nine columns do not fit the passport dialog's page on a 1024x768 screen (it scrolled
    sideways in kk and ru), so each work takes two lines under a two-line header: the main
    line (zone, work, year, cost, funding, the remove button) and under it the §4 details
    (completed, deadline, expected status, its categories); a third line shows the row's
    problem, hidden while there is none. Tab still goes through a row field by field.

    Signals:
        changed(): a row was added, removed or edited.
    """

    def __init__(
        self,
        zone_labels: Mapping[str, str],
        work_labels: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        status_labels: Mapping[str, str] | None = None,
        category_labels: Mapping[str, str] | None = None,
    ) -> None:
        self._zone_labels = dict(zone_labels)
        self._work_labels = dict(work_labels)
        self._status_labels = dict(status_labels or {})
        self._category_labels = dict(category_labels or {})
        t = QCoreApplication.translate
        super().__init__(
            [
                t("WorksTable", "Zone"),
                t("WorksTable", "Kind of work"),
                t("WorksTable", "Planned year"),
                t("WorksTable", "Estimated cost, ₸"),
                t("WorksTable", "Funding source"),
                t("WorksTable", "Completed"),
                t("WorksTable", "Deadline"),
                t("WorksTable", "Expected status"),
                t("WorksTable", "For categories"),
                "",
                "",
            ],
            t("WorksTable", "Add &work"),
            parent,
        )

    # -- two lines per work ---------------------------------------------------------------

    def _relayout(self) -> None:
        """Lay the rows out on two lines each (see the class), keeping the tab order."""
        grid = self._grid
        while grid.count():
            grid.takeAt(0)
        for i, header in enumerate(self._header_labels[:_DETAILS]):
            header.setWordWrap(True)
            grid.addWidget(header, 0, i, Qt.AlignmentFlag.AlignBottom)
        for i, header in enumerate(self._header_labels[_DETAILS : COL_CATEGORIES + 1]):
            header.setWordWrap(True)
            header.setText(f"<i>{self._headers[_DETAILS + i]}</i>")  # the second line's
            span = 2 if i == COL_CATEGORIES - _DETAILS else 1
            grid.addWidget(header, 1, i, 1, span, Qt.AlignmentFlag.AlignBottom)
        for header in self._header_labels[COL_CATEGORIES + 1 :]:
            header.hide()
        # The zone and the work take the spare width (their names are long in kk and ru).
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        if not self._rows:
            grid.addWidget(self._empty_label, 2, 0, 1, _DETAILS + 1)
            self._empty_label.show()
        else:
            self._empty_label.hide()
        previous: QWidget = self.add_button
        for r, widgets in enumerate(self._rows):
            top = 2 + 3 * r
            for c, w in enumerate(widgets):
                if c < _DETAILS:
                    grid.addWidget(w, top, c)
                else:
                    span = 2 if c == COL_CATEGORIES else 1
                    grid.addWidget(w, top + 1, c - _DETAILS, 1, span)
                w.show()
                # The categories' boxes in their order (their frame takes no focus itself).
                for target in list(w.boxes.values()) if isinstance(w, CategoryBoxes) else [w]:
                    QWidget.setTabOrder(previous, target)
                    previous = target
            grid.addWidget(self._removers[r], top, _DETAILS)
            self._removers[r].show()
            message = self._messages[r]
            message.setMinimumWidth(0)
            grid.addWidget(message, top + 2, 0, 1, _DETAILS + 1)
            message.setVisible(bool(message.text()))
            grid.setRowMinimumHeight(top + 2, 6)  # a gap between two works
            QWidget.setTabOrder(previous, self._removers[r])
            previous = self._removers[r]

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
        funding.setMinimumContentsLength(12)  # leaves the zone column room (popup shows all)
        funding.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        funding.addItem("—", "")
        for code in FUNDING_SOURCES:
            funding.addItem(self.funding_label(code), code)
        done = DateEdit()
        done.setAccessibleName(self.tr("Completed on"))
        deadline = DateEdit()
        deadline.setAccessibleName(self.tr("Deadline"))
        expected = QComboBox()
        expected.setAccessibleName(self.tr("Expected status"))
        expected.addItem("—", "")
        for code in STATUS_CODES:
            expected.addItem(status_display(code), code)
            expected.setItemData(
                expected.count() - 1,
                self._status_labels.get(code, code),
                Qt.ItemDataRole.ToolTipRole,
            )
        categories = CategoryBoxes(self._category_labels)
        categories.setAccessibleName(self.tr("Expected status for categories"))
        zone.currentIndexChanged.connect(self._notify)
        work.currentIndexChanged.connect(self._notify)
        for combo in (zone, work):  # their names are cut in the narrow column: hover reads them
            combo.currentTextChanged.connect(combo.setToolTip)
        year.textChanged.connect(self._notify)
        cost.textChanged.connect(self._notify)
        funding.currentIndexChanged.connect(self._notify)
        done.value_changed.connect(self._notify)
        deadline.value_changed.connect(self._notify)
        expected.currentIndexChanged.connect(self._notify)
        categories.changed.connect(self._notify)
        return [zone, work, year, cost, funding, done, deadline, expected, categories]

    def _widgets(
        self, row: int
    ) -> tuple[QComboBox, QComboBox, QLineEdit, QLineEdit, QComboBox, DateEdit]:
        zone, work, year, cost, funding, done = self.row_widgets(row)[:6]
        assert isinstance(zone, QComboBox) and isinstance(work, QComboBox)
        assert isinstance(year, QLineEdit) and isinstance(cost, QLineEdit)
        assert isinstance(funding, QComboBox) and isinstance(done, DateEdit)
        return zone, work, year, cost, funding, done

    def expected_widgets(self, row: int) -> tuple[DateEdit, QComboBox, CategoryBoxes]:
        """Return a row's deadline, expected status and its categories (issue 12)."""
        deadline, expected, categories = self.row_widgets(row)[6:9]
        assert isinstance(deadline, DateEdit) and isinstance(expected, QComboBox)
        assert isinstance(categories, CategoryBoxes)
        return deadline, expected, categories

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
            deadline, expected, categories = self.expected_widgets(self.row_count() - 1)
            deadline.set_value(w.deadline)
            if expected.findData(w.expected_status) < 0:
                expected.addItem(w.expected_status, w.expected_status)
            expected.setCurrentIndex(expected.findData(w.expected_status))
            categories.set_codes(w.expected_categories)
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
            deadline, expected, categories = self.expected_widgets(r)
            if not done.is_valid() or not deadline.is_valid():
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
                    deadline=deadline.value(),
                    expected_status=str(expected.currentData() or ""),
                    expected_categories=categories.codes(),
                )
            )
            rows.append(r)
        return drafts, rows, issues

    def show_row_issue(self, row: int, issue: Issue | None) -> None:
        """Show a row's problem (or nothing)."""
        label = self.message_label(row)
        if issue is None:
            label.clear()
            label.hide()
            return
        colour = ERROR_COLOUR if issue.severity == ERROR else WARNING_COLOUR
        label.setStyleSheet(f"color: {colour}")
        label.setText(issue_text(issue))
        label.show()
