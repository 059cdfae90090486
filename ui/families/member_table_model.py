"""Table model of the people register on the families page (issue 3).

Rows arrive in keyset pages of :data:`PAGE_SIZE` through ``canFetchMore``/``fetchMore`` from
:meth:`models.families.repository.FamilyRepository.search_members`, so the list opens as fast on
200,000 people as on 200 (STYLE.md §5). The search is pushed into SQL: digits search the IIN,
anything else the case-folded name columns (PITFALLS.md #3); a new search resets the model.
IINs are masked here (brief §3.3); the full IIN shows only in the member's own form.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from models.families.dto import MemberRow
from models.families.repository import FamilyRepository
from models.store.db import Store
from ui.i18n import format_date

logger = logging.getLogger(__name__)

#: Rows fetched per keyset page.
PAGE_SIZE = 200

COL_SURNAME = 0
COL_GIVEN_NAME = 1
COL_PATRONYMIC = 2
COL_BIRTH_DATE = 3
COL_SEX = 4
COL_IIN = 5
COLUMN_COUNT = 6

Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    """People matching a search, one :class:`MemberRow` per row, loaded page by page.

    :meth:`set_search` and :meth:`reload` reset the model and load the first page at once;
    further pages load as the view scrolls.
    """

    #: The :class:`models.families.dto.MemberRow` of a row (any column).
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._repo = FamilyRepository(store)
        self.page_size = page_size
        self._text = ""
        self._rows: list[MemberRow] = []
        self._last_key: tuple[str, int] | None = None
        self._exhausted = False
        self._changing = False
        self._reset(self.page_size)

    # -- state ------------------------------------------------------------------------------

    @property
    def search_text(self) -> str:
        """The prefix the rows match (IIN digits or the start of a name)."""
        return self._text

    def set_search(self, text: str) -> None:
        """Show the people whose IIN or name starts with ``text`` (resets the model)."""
        self._text = text.strip()
        self._reset(self.page_size)

    def reload(self) -> None:
        """Re-query after an edit, loading as many rows as before so the view keeps its place."""
        self._reset(max(len(self._rows), self.page_size))

    def count(self) -> int:
        """Return how many people match the search (an indexed count in SQL)."""
        return self._repo.count_members(self._text)

    def member_at(self, row: int) -> MemberRow | None:
        """Return the person of a row, None outside the loaded rows."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int | None:
        """Return the row of a person among the rows loaded so far."""
        for i, row in enumerate(self._rows):
            if row.person_id == person_id:
                return i
        return None

    def _reset(self, limit: int) -> None:
        # NOTE: listeners of the reset (views, the model tester) may call fetchMore while it is
        # announced; a nested insert would load the same page twice (see ObjectTableModel).
        self._changing = True
        try:
            self.beginResetModel()
            self._rows = []
            self._last_key = None
            self._exhausted = False
            page = self._repo.search_members(self._text, limit=limit)
            self._exhausted = len(page) < limit
            if page:
                self._rows = [row for _key, row in page]
                self._last_key = page[-1][0]
            self.endResetModel()
        finally:
            self._changing = False

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
        page = self._repo.search_members(self._text, after=self._last_key, limit=self.page_size)
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
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                COL_SURNAME: self.tr("Surname"),
                COL_GIVEN_NAME: self.tr("Given name"),
                COL_PATRONYMIC: self.tr("Patronymic"),
                COL_BIRTH_DATE: self.tr("Birth date"),
                COL_SEX: self.tr("Sex"),
                COL_IIN: self.tr("IIN (masked)"),
            }[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the cell text, or the whole row for :attr:`RowRole`."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, col)
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_BIRTH_DATE, COL_SEX, COL_IIN):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: MemberRow, col: int) -> str:
        if col == COL_SURNAME:
            return row.surname
        if col == COL_GIVEN_NAME:
            return row.given_name
        if col == COL_PATRONYMIC:
            return row.patronymic
        if col == COL_BIRTH_DATE:
            return format_date(row.birth_date) if row.birth_date is not None else ""
        if col == COL_SEX:
            return sex_text(self, row.sex)
        if col == COL_IIN:
            return row.iin_masked
        return ""


def sex_text(owner: QObject, sex: str) -> str:
    """Return the translated one-letter abbreviation of a sex code (M/F)."""
    if sex == "M":
        return owner.tr("M", "sex: male")
    if sex == "F":
        return owner.tr("F", "sex: female")
    return ""
