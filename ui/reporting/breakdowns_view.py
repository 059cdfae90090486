"""The dashboard's breakdowns (issue 14): the printed report's breakdown tables, on screen.

:class:`BreakdownsView` shows the tables of :func:`ui.reporting.breakdowns_print.breakdown_tables`
(the same rows as the printout) as small read-only tables in a scroll area, labelled in the
interface language through ``tr()`` (:meth:`BreakdownsView.labels` has the keys of
:data:`ui.reporting.breakdowns_print.LABELS`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.objects.accessibility import format_share
from models.reporting.dto import ReportData
from ui.reporting.breakdowns_print import Table, Value, breakdown_tables, missing_note

#: Tables with more columns than this take the whole width of the view.
NARROW_COLUMNS = 3


class BreakdownsView(QScrollArea):
    """The breakdown tables of the figures shown, two narrow tables a row."""

    def __init__(self, parent: QWidget | None = None, *, lang: str = "kk") -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWidgetResizable(True)
        #: The tables shown, by key (``x_closures``...), and their widgets.
        self.tables: dict[str, Table] = {}
        self.widgets: dict[str, QTableWidget] = {}
        self.note_label = QLabel()
        self.note_label.setObjectName("breakdowns_note")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self._body = QWidget()
        self._grid = QGridLayout()
        outer = QVBoxLayout(self._body)
        outer.addWidget(self.note_label)
        outer.addLayout(self._grid)
        outer.addStretch(1)
        self.setWidget(self._body)

    def labels(self) -> dict[str, str]:
        """Return the labels of the tables in the interface language (LABELS' keys)."""
        return {
            "closures": self.tr("Closed cases by closure reason"),
            "reason": self.tr("Closure reason"),
            "closed": self.tr("Closed cases"),
            "by_sex": self.tr("Children in open cases by sex"),
            "by_age": self.tr("Children in open cases by age band (age at the period end)"),
            "by_area": self.tr("Children in open cases by residence (urban, rural)"),
            "sex": self.tr("Sex"),
            "age_band": self.tr("Age band"),
            "area": self.tr("Residence"),
            "children": self.tr("Children"),
            "M": self.tr("Boys"),
            "F": self.tr("Girls"),
            "URBAN": self.tr("Urban"),
            "RURAL": self.tr("Rural"),
            "none_row": self.tr("Not recorded"),
            "AGE_0_2": self.tr("0–2 years"),
            "AGE_3_6": self.tr("3–6 years"),
            "AGE_0_6": self.tr("0–6 years, subtotal"),
            "AGE_7_13": self.tr("7–13 years"),
            "AGE_14_17": self.tr("14–17 years"),
            "categories": self.tr("Open cases by family category"),
            "category": self.tr("Family category"),
            "open_end": self.tr("Open cases at the period end"),
            "overlap": self.tr(
                "A family may belong to several categories: the rows overlap and have no total."
            ),
            "sources": self.tr("Open cases by signal source"),
            "source": self.tr("Signal source"),
            "ratios": self.tr("Related ratios (not the official indicator)"),
            "ratios_note": self.tr(
                "Neither ratio is the indicator, the share of accessible objects among "
                "passported objects (table A1)."
            ),
            "kato": self.tr("KATO code"),
            "unit": self.tr("Unit"),
            "passported": self.tr("Passported"),
            "requiring": self.tr("Requiring adaptation"),
            "adapted": self.tr("Adapted"),
            "completion": self.tr("Adaptation completion, % (adapted / requiring adaptation)"),
            "inaccessible": self.tr(
                "Found inaccessible at passportization, % (requiring adaptation / passported)"
            ),
            "levels": self.tr(
                "Passported objects by confirmed level of accessibility for each category"
            ),
            "level": self.tr("Confirmed level"),
            "FULL": self.tr("Fully accessible (ДП-В, ДП-И)"),
            "PARTIAL": self.tr("Partially accessible (ДЧ-В, ДЧ-И)"),
            "CONDITIONAL": self.tr("Conditionally accessible (ДУ)"),
            "NONE": self.tr("Temporarily inaccessible (ВНД)"),
            "K": self.tr("К — wheelchair users"),
            "O": self.tr("О — persons with musculoskeletal impairments"),
            "S": self.tr("С — persons with visual impairments"),
            "G": self.tr("Г — persons with hearing impairments"),
            "U": self.tr("У — persons with intellectual impairments"),
            "total": self.tr("Total"),
            "no_rows": self.tr("No data"),
            "left_out": self.tr(
                "The breakdowns are left out of this consolidation: a consolidated package did "
                "not carry them."
            ),
            "not_available": self.tr("The breakdowns were not computed for these figures."),
        }

    def _text(self, value: Value) -> str:
        if isinstance(value, int):
            return self.locale().toString(value)
        return format_share(value, self.lang != "en")

    def _table_widget(self, tab: Table) -> QTableWidget:
        widget = QTableWidget(len(tab.rows), len(tab.header))
        widget.setObjectName(tab.key)
        widget.setHorizontalHeaderLabels(list(tab.header))
        widget.verticalHeader().hide()
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.setWordWrap(True)
        for row, r in enumerate(tab.rows):
            cells = [*r.texts, *(self._text(v) for v in r.values)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col < len(r.texts):
                    item.setToolTip(text)  # a long code-list label is elided in its cell
                else:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if r.total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                widget.setItem(row, col, item)
        header = widget.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if tab.text_columns > 1:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.resizeRowsToContents()
        height = header.sizeHint().height() + 2 * widget.frameWidth()
        height += sum(widget.rowHeight(i) for i in range(widget.rowCount()))
        widget.setFixedHeight(height)
        if tab.note:
            widget.setToolTip(tab.note)
        return widget

    def set_data(
        self,
        data: ReportData,
        names: Mapping[str, Mapping[str, str]] | None = None,
        units: Mapping[str, str] | None = None,
    ) -> None:
        """Show the breakdowns of ``data`` (``names``: code-list labels, ``units``: by KATO)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        t = self.labels()
        self.tables, self.widgets = {}, {}
        row = col = 0
        for tab in breakdown_tables(data, t, names, units):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            title = QLabel(tab.title)
            title.setTextFormat(Qt.TextFormat.PlainText)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setWordWrap(True)
            inner.addWidget(title)
            widget = self._table_widget(tab)
            inner.addWidget(widget)
            if tab.note:
                note_label = QLabel(tab.note)
                note_label.setWordWrap(True)
                inner.addWidget(note_label)
            wide = len(tab.header) > NARROW_COLUMNS
            if wide and col:
                row, col = row + 1, 0
            self._grid.addWidget(box, row, col, 1, 2 if wide else 1)
            row, col = (row + 1, 0) if wide or col else (row, 1)
            self.tables[tab.key] = tab
            self.widgets[tab.key] = widget
        note = missing_note(data, t)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
