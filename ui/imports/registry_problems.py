"""What the import shows of a registry file: its problem texts and its two tables.

Problem codes of ``exporters/registry_import.py`` worded in the user's language (the codes a form
also reports are worded by ``ui/messages.py``), the problems table and the preview table, and
the tab-separated text a copy of either puts on the clipboard.
"""

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QWidget,
)

from exporters.registry_import import (
    EXCLUSION_IGNORED,
    EXCLUSION_MISSING,
    Problem,
)
from models.issues import Issue
from models.objects.registry.store import RegistryRow
from ui.i18n import format_date
from ui.messages import ISSUE_TEXTS, MessageParams, issue_text
from ui.package_messages import WORKBOOK_LIMIT_TEXTS, package_problem_text

#: Rows shown in the preview before the import (the file may hold 100,000).
PREVIEW_ROWS = 200
#: Codes :func:`ui.messages.issue_text` already words for forms; the same words here.
_SHARED_CODES = frozenset(
    {
        "required",
        "unknown_code",
        "kato_format",
        "kato_region_unknown",
        "kato_outside_office",
        "kato_unknown_settlement",
        "adapted_without_requirement",
        "adapted_before_passport",
        "status_not_shared",
        "control_chars",
    }
)


def _t(text: str) -> str:
    return QCoreApplication.translate("RegistryImport", text)


#: Registry import problem codes (``exporters/registry_import.py``) -> message, translated in the
#: ``RegistryImport`` context; the codes a form also reports are worded by ``ui/messages.py``.
PROBLEM_TEXTS: dict[str, object] = {
    "not_xlsx": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "This is not an Excel workbook (.xlsx). Open the registry in Excel and save it as "
        "an Excel workbook.",
    ),
    "protected_or_xls": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "The workbook is password-protected or in the old Excel 97-2003 format. Remove the "
        "password and save it as an Excel workbook (.xlsx).",
    ),
    "unreadable": QT_TRANSLATE_NOOP("RegistryImport", "The file cannot be read: {detail}"),
    "empty_file": QT_TRANSLATE_NOOP("RegistryImport", "The file is empty."),
    "empty_sheet": QT_TRANSLATE_NOOP(
        "RegistryImport", "The first sheet is empty: fill in the registry template."
    ),
    "no_header": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "Row 1 of the first sheet does not hold the template's column codes: copy the "
        "data into the registry template.",
    ),
    "no_rows": QT_TRANSLATE_NOOP(
        "RegistryImport", "The file holds no objects: they start in row 2."
    ),
    "missing_column": QT_TRANSLATE_NOOP(
        "RegistryImport", "This column is missing from row 1: check its name against the template."
    ),
    "duplicate_column": QT_TRANSLATE_NOOP(
        "RegistryImport", "This column appears twice in row 1: delete one."
    ),
    "too_long": QT_TRANSLATE_NOOP("RegistryImport", "The text is longer than {max} characters."),
    "bad_date": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "«{value}» is not a date: write dd.mm.yyyy (01.04.2026) or use an Excel date.",
    ),
    "date_in_future": QT_TRANSLATE_NOOP("RegistryImport", "The date {value} is in the future."),
    "bad_flag": QT_TRANSLATE_NOOP(
        "RegistryImport", "«{value}» is not allowed here: write 1 (yes) or 0 (no)."
    ),
    "duplicate_ref": QT_TRANSLATE_NOOP(
        "RegistryImport", "The reference {value} is already used in row {row}."
    ),
    "person_twice": QT_TRANSLATE_NOOP(
        "RegistryImport", "This person is already listed in row {row}: delete one of the rows."
    ),
    "family_kato_conflict": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "The family's first row (row {row}) gives the KATO code {kato}: one family lives in "
        "one settlement.",
    ),
    "rule_not_subject": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "The object is not subject to passportization, so this cell must be empty "
        "(requires_adaptation: 0).",
    ),
    "rule_no_passport": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "There is no passport date, so this cell must be empty (requires_adaptation: 0).",
    ),
    "passport_before_current": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "Qoldau already holds a newer passport of this object, dated {date}: the file "
        "cannot replace it with an older one.",
    ),
    "more_problems": QT_TRANSLATE_NOOP("RegistryImport", "{count} more problems are not listed."),
    # An office's own register read through an import profile (reporting.md §3.1).
    "sheet_not_found": QT_TRANSLATE_NOOP(
        "RegistryImport", "The workbook has no sheet {sheet}: choose the register's sheet."
    ),
    "header_not_found": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "The header row holds no column {header}: check the header row and the column matches.",
    ),
    "field_not_mapped": QT_TRANSLATE_NOOP(
        "RegistryImport", "No column of the file is matched to this field, and it is required."
    ),
    "bad_display_code": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "{value} is not an accessibility status: write it as ДП-В, ДЧ-В, ДУ, ВНД or "
        "ДП-И (К, О); ДЧ-И (С).",
    ),
    "duplicate_object": QT_TRANSLATE_NOOP(
        "RegistryImport",
        "Row {row} already holds an object with this name, address and KATO code.",
    ),
    "wrong_target": QT_TRANSLATE_NOOP(
        "RegistryImport", "This import profile is for family members, not for objects."
    ),
    EXCLUSION_MISSING: QT_TRANSLATE_NOOP(
        "RegistryImport",
        "Not subject to passportization, but the exclusion reason or date is missing: "
        "the object is imported; enter both in its card.",
    ),
    EXCLUSION_IGNORED: QT_TRANSLATE_NOOP(
        "RegistryImport",
        "The object is subject to passportization: the exclusion reason and date are not imported.",
    ),
}

#: Codes whose parameters are shown otherwise than as given.
_PARAMS: dict[str, Callable[[Mapping[str, object]], Mapping[str, object]]] = {
    "date_in_future": lambda p: {"value": _date_param(p.get("value"))},
    "duplicate_ref": lambda p: {"value": p.get("value"), "row": p.get("first_row")},
    "duplicate_object": lambda p: {"row": p.get("first_row")},
    "person_twice": lambda p: {"row": p.get("first_row")},
    "family_kato_conflict": lambda p: {"row": p.get("first_row"), "kato": p.get("kato")},
    "passport_before_current": lambda p: {"date": _date_param(p.get("current"))},
    "unreadable": lambda p: {"detail": p.get("detail", "")},
}


def problem_text(problem: Problem) -> str:
    """Return the problem's message in the interface language (without row and column)."""
    p = problem.params
    code = problem.code
    if code in _SHARED_CODES or (code not in PROBLEM_TEXTS and code in ISSUE_TEXTS):
        # A member list's rows break the family form's rules: the form's words.
        return issue_text(Issue(problem.column or "", code, dict(p)))
    if code in WORKBOOK_LIMIT_TEXTS:
        return package_problem_text(code)
    text = PROBLEM_TEXTS.get(code)
    if text is None:
        return _t("Invalid value ({code}).").format(code=code)
    shown = _PARAMS.get(code)
    return _t(str(text)).format_map(MessageParams(shown(p) if shown is not None else p))


def warnings_summary(warnings: Sequence[Problem]) -> str:
    """Return sentences counting an objects file's warnings by kind ("" when there are none).

    Each sentence starts with a space, to follow the summary it completes.
    """
    unexcluded = sum(1 for w in warnings if w.code == EXCLUSION_MISSING)
    ignored = sum(1 for w in warnings if w.code == EXCLUSION_IGNORED)
    settlements = sum(
        1
        for w in warnings
        if w.column == "kato" and w.code not in (EXCLUSION_MISSING, EXCLUSION_IGNORED)
    )
    parts = []
    if unexcluded:
        parts.append(
            _t(
                "{count} objects not subject to passportization have no exclusion reason "
                "or date: they stay on the data-quality list until both are entered."
            ).format(count=unexcluded)
        )
    if ignored:
        parts.append(
            _t(
                "{count} rows give an exclusion for an object subject to passportization: "
                "it is not imported."
            ).format(count=ignored)
        )
    if settlements:
        parts.append(
            _t("{count} rows name a settlement that is not in the office's list.").format(
                count=settlements
            )
        )
    return "".join(" " + part for part in parts)


def _date_param(value: object) -> str:
    return format_date(value) if isinstance(value, date) else str(value or "")


class ProblemTableModel(QAbstractTableModel):
    """The problems of a refused file: row, column code, message."""

    COL_ROW, COL_COLUMN, COL_PROBLEM = range(3)

    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems = list(problems)
        self._texts = [problem_text(p) for p in self._problems]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of problems (0 under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return 3: row, column, problem."""
        return 0 if parent.isValid() else 3

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the cell text (and the full message as tooltip)."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        problem = self._problems[index.row()]
        if index.column() == self.COL_ROW:
            return "" if problem.row is None else str(problem.row)
        if index.column() == self.COL_COLUMN:
            header = problem.params.get("header")  # an own register's header (§3.1)
            return str(header) if header else problem.column or ""
        return self._texts[index.row()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (_t("Row"), _t("Column"), _t("Problem"))
        return titles[section] if 0 <= section < len(titles) else None


class PreviewTableModel(QAbstractTableModel):
    """The first rows of a clean file, as they will be imported."""

    HEADERS = (
        "Row",
        "Action",
        "object_ref",
        "KATO",
        "Name",
        "Type",
        "Passport date",
        "K",
        "O",
        "S",
        "G",
        "U",
        "Requires adaptation",
        "Adapted date",
    )

    def __init__(
        self,
        rows: Sequence[RegistryRow],
        new_rows: frozenset[int],
        type_labels: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._new = new_rows
        self._types = type_labels

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of rows shown (0 under a valid parent)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the cell text."""
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return str(r.row)
        if col == 1:
            return _t("New") if r.row in self._new else _t("Update")
        if col in (7, 8, 9, 10, 11):
            return r.statuses[col - 7]
        if col == 2:
            return r.object_ref
        if col == 3:
            return r.kato
        if col == 4:
            return r.name
        if col == 5:
            return self._types.get(r.object_type, r.object_type)
        if col == 6:
            return format_date(r.passport_date)
        if col == 12:
            if r.passport_date is None:
                return ""
            return _t("Yes") if r.requires_adaptation else _t("No")
        return format_date(r.adapted_date)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles (codes stay codes, words are translated)."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.HEADERS):
            return None
        title = self.HEADERS[section]
        return title if title in ("object_ref", "K", "O", "S", "G", "U") else _t(title)


def table_text(model: QAbstractTableModel, rows: Sequence[int] | None = None) -> str:
    """Return a model's rows as tab-separated text with a header line (pastes into Excel)."""
    cols = range(model.columnCount())
    lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in cols)]
    for r in rows if rows is not None else range(model.rowCount()):
        lines.append("\t".join(str(model.data(model.index(r, c)) or "") for c in cols))
    return "\n".join(lines)
