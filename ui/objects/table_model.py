"""Table model of the objects register (issue 2).

Rows arrive in keyset pages of :data:`PAGE_SIZE` through ``canFetchMore``/``fetchMore``, so the
register opens as fast on 100,000 objects as on 100 (STYLE.md §5, qutebrowser's
``HistoryCategory``). Filters and the sort order are pushed into SQL by
:class:`models.objects.repository.ObjectRepository`; changing either resets the model.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from models.objects.accessibility import CATEGORY_LETTERS, status_display
from models.objects.dto import ObjectFilter, ObjectRow
from models.objects.repository import ObjectRepository
from models.objects.tables import CATEGORIES
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.i18n import current_language, format_date, local_name

logger = logging.getLogger(__name__)

#: Rows fetched per keyset page.
PAGE_SIZE = 200

COL_NAME = 0
COL_TYPE = 1
COL_SETTLEMENT = 2
COL_ADDRESS = 3
COL_OWNER = 4
COL_PASSPORT_DATE = 5
#: One status column per user category, in :data:`models.objects.tables.CATEGORIES` order (К О С Г
#: У).
COL_STATUS_FIRST = 6
COL_REQUIRES_ADAPTATION = COL_STATUS_FIRST + len(CATEGORIES)
COL_ADAPTED = COL_REQUIRES_ADAPTATION + 1
COLUMN_COUNT = COL_ADAPTED + 1

#: Column -> sort key of :data:`models.objects.repository.SORT_KEYS`.
SORT_KEY_OF_COLUMN: dict[int, str] = {
    COL_NAME: "name",
    COL_TYPE: "object_type",
    COL_SETTLEMENT: "kato",
    COL_ADDRESS: "address",
    COL_OWNER: "owner_name",
    COL_PASSPORT_DATE: "passport_date",
    **{COL_STATUS_FIRST + i: f"status_{c.lower()}" for i, c in enumerate(CATEGORIES)},
    COL_REQUIRES_ADAPTATION: "requires_adaptation",
    COL_ADAPTED: "adapted_date",
}

#: Light background hints per status level (text stays black, so contrast holds).
_STATUS_COLOURS = {
    "DP_V": "#d8f0d8",
    "DP_I": "#d8f0d8",
    "DCH_V": "#fff2c4",
    "DCH_I": "#fff2c4",
    "DU": "#ffe0c2",
    "VND": "#f8d0d0",
}

Index = QModelIndex | QPersistentModelIndex


class ObjectTableModel(QAbstractTableModel):
    """The objects register, one :class:`ObjectRow` per row, loaded page by page.

    The model starts empty and fills as the view asks (``fetchMore``); :meth:`set_filter`,
    :meth:`sort` and :meth:`reload` reset it and load the first page at once.
    """

    #: The :class:`models.objects.dto.ObjectRow` of a row (any column).
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        *,
        lang: str | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._repo = ObjectRepository(store)
        self._ref = ReferenceRepository(store)
        self._lang = lang or current_language()
        self.page_size = page_size
        self._load_labels()
        self._filter = ObjectFilter()
        self._sort_key = "name"
        self._descending = False
        self._rows: list[ObjectRow] = []
        self._last_key: tuple[Any, int] | None = None
        self._exhausted = False
        self._changing = False

    # -- state ------------------------------------------------------------------------------

    @property
    def object_filter(self) -> ObjectFilter:
        """The filter the rows match."""
        return self._filter

    @property
    def sort_key(self) -> str:
        """The current sort key (a key of ``SORT_KEYS``)."""
        return self._sort_key

    @property
    def descending(self) -> bool:
        """True when sorted in descending order."""
        return self._descending

    def set_filter(self, flt: ObjectFilter) -> None:
        """Show the objects matching ``flt`` (resets the model, loads the first page)."""
        self._filter = flt
        self._reset(self.page_size)

    def reload(self) -> None:
        """Re-query after an edit, loading as many rows as before so the view keeps its place.

        Labels are re-read too: an import may have added settlements.
        """
        self._load_labels()
        self._reset(max(len(self._rows), self.page_size))

    def row_of(self, object_id: int) -> int | None:
        """Return the row of an object among the rows loaded so far, None when not loaded."""
        for i, row in enumerate(self._rows):
            if row.id == object_id:
                return i
        return None

    def object_at(self, row: int) -> ObjectRow | None:
        """Return the object of a row, None outside the loaded rows."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def type_label(self, code: str) -> str:
        """Return the object type's label in the interface language (the code if unknown)."""
        return self._type_labels.get(code, code)

    def settlement_text(self, kato: str) -> str:
        """Return ``KATO name`` when the settlement is known, else the KATO code."""
        name = self._settlements.get(kato)
        return f"{kato} {name}" if name else kato

    def _load_labels(self) -> None:
        ref, lang = self._ref, self._lang
        self._type_labels = {c.code: c.label(lang) for c in ref.code_labels("object_types")}
        self._status_labels = {c.code: c.label(lang) for c in ref.code_labels("access_statuses")}
        self._category_labels = {c.code: c.label(lang) for c in ref.code_labels("user_categories")}
        self._settlements = {
            kato: local_name(name_kk, name_ru, lang) for kato, name_kk, name_ru in ref.settlements()
        }

    def _reset(self, limit: int) -> None:
        # NOTE: listeners of the change signals (views, the model tester) may call fetchMore
        # while a change is being announced; a nested insert would load the same page twice,
        # so fetchMore does nothing until the change is complete. Views ask again from their
        # own fetch timer.
        self._changing = True
        try:
            self.beginResetModel()
            self._rows = []
            self._last_key = None
            self._exhausted = False
            self._load(limit)
            self.endResetModel()
        finally:
            self._changing = False

    def _query(self, limit: int) -> list[tuple[tuple[Any, int], ObjectRow]]:
        return self._repo.page(
            self._filter,
            sort=self._sort_key,
            descending=self._descending,
            after=self._last_key,
            limit=limit,
        )

    def _load(self, limit: int) -> None:
        """Load up to ``limit`` rows after the last keyset (inside a reset)."""
        page = self._query(limit)
        self._exhausted = len(page) < limit
        if page:
            self._rows.extend(row for _key, row in page)
            self._last_key = page[-1][0]

    # -- Qt overrides -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the rows loaded so far (0 under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns (0 under a valid parent)."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Return True while the last page came back full."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Append the next keyset page."""
        if parent.isValid() or self._exhausted or self._changing:
            return
        page = self._query(self.page_size)
        self._exhausted = len(page) < self.page_size
        if not page:
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(row for _key, row in page)
            self._last_key = page[-1][0]
            self.endInsertRows()
        finally:
            self._changing = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the order of ``column`` (ORDER BY in SQL; unknown columns sort by name)."""
        self._sort_key = SORT_KEY_OF_COLUMN.get(column, "name")
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._reset(self.page_size)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable, never editable in place (dialogs edit)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles (the status columns carry the category letter)."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            cat = self._category_of(section)
            if cat is not None:
                return self.tr("Status for: {category}").format(
                    category=self._category_labels.get(cat, cat)
                )
            return self._header_text(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the cell text, its tooltip, colour hint and alignment, or the whole row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == self.RowRole:
            return row
        cat = self._category_of(col)
        if role == Qt.ItemDataRole.BackgroundRole and cat is not None:
            colour = _STATUS_COLOURS.get(row.statuses[CATEGORIES.index(cat)])
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            cat is not None or col in (COL_PASSPORT_DATE, COL_REQUIRES_ADAPTATION, COL_ADAPTED)
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- cells ------------------------------------------------------------------------------

    @staticmethod
    def _category_of(col: int) -> str | None:
        i = col - COL_STATUS_FIRST
        return CATEGORIES[i] if 0 <= i < len(CATEGORIES) else None

    def _header_text(self, section: int) -> str:
        cat = self._category_of(section)
        if cat is not None:
            return CATEGORY_LETTERS[cat]
        return {
            COL_NAME: self.tr("Name"),
            COL_TYPE: self.tr("Type"),
            COL_SETTLEMENT: self.tr("Settlement"),
            COL_ADDRESS: self.tr("Address"),
            COL_OWNER: self.tr("Owner"),
            COL_PASSPORT_DATE: self.tr("Passport date"),
            COL_REQUIRES_ADAPTATION: self.tr("Requires adaptation"),
            COL_ADAPTED: self.tr("Adapted"),
        }[section]

    def _display(self, row: ObjectRow, col: int) -> str:
        cat = self._category_of(col)
        if cat is not None:
            return status_display(row.statuses[CATEGORIES.index(cat)])
        if col == COL_NAME:
            return row.name
        if col == COL_TYPE:
            return self.type_label(row.object_type)
        if col == COL_SETTLEMENT:
            return self.settlement_text(row.kato)
        if col == COL_ADDRESS:
            return row.address
        if col == COL_OWNER:
            return row.owner_name
        if col == COL_PASSPORT_DATE:
            if row.passport_date is None and not row.subject_to_passportization:
                return self.tr("excluded")
            return _date_text(row.passport_date)
        if col == COL_REQUIRES_ADAPTATION:
            if row.requires_adaptation is None:
                return "—"
            return self.tr("yes") if row.requires_adaptation else self.tr("no")
        if col == COL_ADAPTED:
            return _date_text(row.adapted_date)
        return ""

    def _tooltip(self, row: ObjectRow, col: int) -> str:
        cat = self._category_of(col)
        if cat is None:
            return self._display(row, col)
        code = row.statuses[CATEGORIES.index(cat)]
        category = f"{CATEGORY_LETTERS[cat]} — {self._category_labels.get(cat, cat)}"
        if not code:
            return self.tr("{category}: no passport status").format(category=category)
        return f"{category}: {self._status_labels.get(code, code)} ({status_display(code)})"


def _date_text(value: date | None) -> str:
    return format_date(value) if value is not None else ""
