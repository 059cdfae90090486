"""The МРП and poverty-line tables (brief §3.8, issue 14), an administrator's dialog.

Settings > МРП and poverty lines...: the МРП of each year in tenge (seeded with the brief's
years; corrected and added here) and the poverty lines by year, quarter and region (the
office's region or every region) with their basis, which the year decides (the 2025 rule: 70 %
of the subsistence minimum until 2024, 35 % of the regional median income from 2025). Each
change is written by :class:`~models.families.money.MoneyRepository`, which refuses any other
role and records an audit event.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.families.money import (
    MEDIAN_35,
    YEARS,
    MoneyRepository,
    PovertyLineRow,
    basis_for_year,
)
from models.issues import ValidationError
from models.reference.repository import ReferenceRepository
from models.reference.roles import RoleError
from models.store.db import Store
from ui.i18n import current_language
from ui.messages import issue_text, role_error_text
from ui.widgets.dialog_parts import error_summary_label, fit_to_screen
from ui.widgets.numbers import parse_amount


def tenge_text(value: Decimal | None) -> str:
    """Format tenge for reading: "87 975,00" (a space between thousands, a decimal comma)."""
    if value is None:
        return "–"
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def basis_text(basis: str) -> str:
    """Return the translated basis of a poverty line (brief §3.8)."""
    if basis == MEDIAN_35:
        return QCoreApplication.translate(
            "RatesDialog",
            "35 % of the regional median income, not below 70 % of the subsistence minimum "
            "(from 2025)",
        )
    return QCoreApplication.translate("RatesDialog", "70 % of the subsistence minimum (until 2024)")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class RatesDialog(QDialog):
    """The МРП table and the poverty lines, edited by an administrator."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("МРП and poverty lines"))
        self.repo = MoneyRepository(store)
        lang = current_language()
        self.regions = [
            (f"{c.code}0000000", c.label(lang))
            for c in ReferenceRepository(store).code_labels("regions")
        ]
        self.region_names = dict(self.regions)
        self.error_label = error_summary_label()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._mrp_page(), self.tr("МРП &by year"))
        self.tabs.addTab(self._lines_page(), self.tr("&Poverty lines"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.reload()
        fit_to_screen(self, 760, 560)

    # -- pages --------------------------------------------------------------------------------

    def _mrp_page(self) -> QWidget:
        page = QWidget()
        self.mrp_table = _table([self.tr("Year"), self.tr("МРП, tenge")])
        self.mrp_table.itemSelectionChanged.connect(self._on_mrp_selected)
        self.mrp_year = QSpinBox()
        self.mrp_year.setRange(*YEARS)
        self.mrp_year.setValue(2026)
        self.mrp_tenge = QLineEdit()
        self.mrp_tenge.setPlaceholderText("4325")
        self.mrp_set = QPushButton(self.tr("&Save the МРП"))
        self.mrp_set.clicked.connect(self.save_mrp)
        self.mrp_remove = QPushButton(self.tr("Remo&ve the year"))
        self.mrp_remove.clicked.connect(self.remove_mrp)
        form = QFormLayout()
        form.addRow(self.tr("&Year:"), self.mrp_year)
        form.addRow(self.tr("&Tenge:"), self.mrp_tenge)
        row = QHBoxLayout()
        row.addWidget(self.mrp_set)
        row.addWidget(self.mrp_remove)
        row.addStretch(1)
        note = QLabel(
            self.tr(
                "The МРП changes every 1 January under the budget law. Benefits are stored in МРП "
                "with their year and shown in tenge with the МРП of that year."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mrp_table, 1)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(row)
        return page

    def _lines_page(self) -> QWidget:
        page = QWidget()
        self.line_table = _table(
            [
                self.tr("Year"),
                self.tr("Quarter"),
                self.tr("Region"),
                self.tr("Tenge"),
                self.tr("Basis"),
            ]
        )
        self.line_table.itemSelectionChanged.connect(self._on_line_selected)
        self.line_year = QSpinBox()
        self.line_year.setRange(*YEARS)
        self.line_year.setValue(2026)
        self.line_year.valueChanged.connect(self._show_basis)
        self.line_quarter = QSpinBox()
        self.line_quarter.setRange(1, 4)
        self.line_region = QComboBox()
        self.line_region.addItem(self.tr("Every region without its own line"), "")
        for code, name in self.regions:
            self.line_region.addItem(name, code)
        self.line_tenge = QLineEdit()
        self.line_tenge.setPlaceholderText("40000")
        self.line_basis = QLabel()
        self.line_basis.setWordWrap(True)
        self.line_set = QPushButton(self.tr("Save the &line"))
        self.line_set.clicked.connect(self.save_line)
        self.line_remove = QPushButton(self.tr("Remove the l&ine"))
        self.line_remove.clicked.connect(self.remove_line)
        form = QFormLayout()
        form.addRow(self.tr("Y&ear:"), self.line_year)
        form.addRow(self.tr("&Quarter:"), self.line_quarter)
        form.addRow(self.tr("&Region:"), self.line_region)
        form.addRow(self.tr("Te&nge per person a month:"), self.line_tenge)
        form.addRow(self.tr("Basis:"), self.line_basis)
        row = QHBoxLayout()
        row.addWidget(self.line_set)
        row.addWidget(self.line_remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.line_table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        self._show_basis()
        return page

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read both tables again."""
        self.rates = sorted(self.repo.mrp_rates().items(), reverse=True)
        self.mrp_table.setRowCount(0)
        for year, tenge in self.rates:
            r = self.mrp_table.rowCount()
            self.mrp_table.insertRow(r)
            self.mrp_table.setItem(r, 0, _item(str(year)))
            self.mrp_table.setItem(r, 1, _item(tenge_text(tenge), right=True))
        self.lines = self.repo.poverty_lines()
        self.line_table.setRowCount(0)
        for line in self.lines:
            r = self.line_table.rowCount()
            self.line_table.insertRow(r)
            region = (
                self.region_names.get(line.region_kato, line.region_kato)
                if line.region_kato
                else self.tr("Every region")
            )
            cells = (str(line.year), str(line.quarter), region, tenge_text(line.tenge))
            for c, text in enumerate(cells):
                self.line_table.setItem(r, c, _item(text, right=c == 3))
            self.line_table.setItem(r, 4, _item(basis_text(line.basis)))

    def _show_basis(self) -> None:
        self.line_basis.setText(basis_text(basis_for_year(self.line_year.value())))

    def _on_mrp_selected(self) -> None:
        rows = self.mrp_table.selectionModel().selectedRows()
        if rows:
            year, tenge = self.rates[rows[0].row()]
            self.mrp_year.setValue(year)
            self.mrp_tenge.setText(f"{tenge:f}".replace(".", ","))

    def _on_line_selected(self) -> None:
        rows = self.line_table.selectionModel().selectedRows()
        if rows:
            line = self.lines[rows[0].row()]
            self.line_year.setValue(line.year)
            self.line_quarter.setValue(line.quarter)
            self.line_region.setCurrentIndex(max(self.line_region.findData(line.region_kato), 0))
            self.line_tenge.setText(f"{line.tenge:f}".replace(".", ","))

    # -- writing ------------------------------------------------------------------------------

    def _amount(self, edit: QLineEdit) -> Decimal | None:
        try:
            value = parse_amount(edit.text())
        except ValueError:
            value = None
        if value is None or value <= 0:
            self._fail(self.tr("Type an amount in tenge above 0, e.g. 4325 or 40000,50."))
            edit.setFocus()
            return None
        return value

    def _fail(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _write(self, write: Callable[[], None]) -> bool:
        try:
            write()
        except ValidationError as exc:
            self._fail(" ".join(issue_text(i) for i in exc.report.errors))
            return False
        except RoleError as exc:
            self._fail(role_error_text(exc.role))
            return False
        self.error_label.hide()
        self.reload()
        return True

    def save_mrp(self) -> None:
        """Set the МРП of the year typed."""
        tenge = self._amount(self.mrp_tenge)
        if tenge is not None:
            year = self.mrp_year.value()
            self._write(lambda: self.repo.set_mrp(year, tenge))

    def remove_mrp(self) -> None:
        """Remove the МРП of the year typed (benefits of that year then show no tenge)."""
        year = self.mrp_year.value()
        self._write(lambda: self.repo.set_mrp(year, None))

    def _line(self, tenge: Decimal) -> PovertyLineRow:
        year = self.line_year.value()
        return PovertyLineRow(
            year,
            self.line_quarter.value(),
            str(self.line_region.currentData() or ""),
            tenge,
            basis_for_year(year),
        )

    def save_line(self) -> None:
        """Set the poverty line of the year, quarter and region typed (basis: the year's)."""
        tenge = self._amount(self.line_tenge)
        if tenge is not None:
            line = self._line(tenge)
            self._write(lambda: self.repo.set_poverty_line(line))

    def remove_line(self) -> None:
        """Remove the poverty line of the year, quarter and region chosen."""
        line = self._line(Decimal(0))
        self._write(
            lambda: self.repo.remove_poverty_line(line.year, line.quarter, line.region_kato)
        )
