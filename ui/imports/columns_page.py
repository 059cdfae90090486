"""Page 2 of the import wizard: what each column of the file holds.

Every header of the chosen row gets a drop-down of the target's fields, labelled in the
interface language (required fields marked with *); the suggestion or the saved profile has
already chosen what it could. Headers left without a field are highlighted, and the required
fields that no column gives are named in red: Next waits until there are none.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from exporters.import_profile import FIELDS, ImportProfile, display_text, normalise
from ui.imports.grid import column_letter
from ui.imports.host import WizardHost
from ui.imports.texts import (
    field_label,
    file_label,
    is_required,
    joined,
    narrow_combo,
    required_missing,
)
from ui.widgets.dialog_parts import widen_popups
from ui.widgets.theme import ERROR_STYLE, WARNING_STYLE

#: Examples shown beside each header (the first non-empty values below it).
EXAMPLES = 2


class ColumnsPage(QWizardPage):
    """Each source header -> a field (drop-downs)."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Check what each column of the file holds and correct it in the list. Fields "
                "marked * are required; a column left as 'Not imported' is skipped."
            )
        )
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(ERROR_STYLE)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.area, 1)
        #: (header text, its drop-down, its label) per column of the header row.
        self.rows: list[tuple[str, QComboBox, QLabel]] = []

    def initializePage(self) -> None:  # noqa: N802
        """Build one drop-down per header, chosen as the profile maps it."""
        wiz = self._wiz
        profile = wiz.profile
        by_header = {normalise(h): f for f, h in (profile.columns.items() if profile else ())}
        body = QWidget()
        self.grid = QGridLayout(body)
        for col, title in enumerate(
            (self.tr("Column"), self.tr("Header in the file"), self.tr("Example"), self.tr("Field"))
        ):
            head = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(head, 0, col)
        self.rows = []
        data = wiz.sheet_cells()[wiz.header_row :]
        previous: QWidget | None = None
        for index, cell in enumerate(wiz.header_cells()):
            text = " ".join(display_text(cell).split())
            if not text:
                continue
            combo = narrow_combo(QComboBox())
            combo.addItem(self.tr("Not imported"), "")
            for field in FIELDS[wiz.target]:
                mark = " *" if is_required(wiz.target, field) else ""
                combo.addItem(f"{field_label(wiz.target, field)}{mark}", field)
            chosen = by_header.get(normalise(text), "")
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            label = file_label(text)
            label.setBuddy(combo)
            examples = [
                display_text(r[index]).strip()
                for r in data[:20]
                if index < len(r) and display_text(r[index]).strip()
            ][:EXAMPLES]
            line = len(self.rows) + 1
            self.grid.addWidget(QLabel(column_letter(index)), line, 0)
            self.grid.addWidget(label, line, 1)
            example = file_label("; ".join(examples))
            self.grid.addWidget(example, line, 2)
            self.grid.addWidget(combo, line, 3)
            self.rows.append((text, combo, label))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo: self._on_combo_current_index_changed(c)
            )
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 2)
        self.grid.setColumnStretch(3, 3)
        self.grid.setRowStretch(len(self.rows) + 1, 1)
        old = self.area.takeWidget()
        self.area.setWidget(body)
        self.body = body
        if old is not None:
            old.deleteLater()
        widen_popups(body)
        self._refresh()
        if self.rows:
            self.rows[0][1].setFocus()

    def combo_for(self, header: str) -> QComboBox:
        """Return the drop-down of the column headed ``header`` (tests, keyboard help)."""
        wanted = normalise(header)
        for text, combo, _label in self.rows:
            if normalise(text) == wanted:
                return combo
        raise KeyError(header)

    def mapping(self) -> dict[str, str]:
        """Return field -> header text as the drop-downs choose."""
        out: dict[str, str] = {}
        for text, combo, _label in self.rows:
            field = combo.currentData()
            if field:
                out.setdefault(str(field), text)
        return out

    def missing(self) -> list[str]:
        """Return the required fields no column gives (constants count)."""
        profile = self._wiz.profile
        constants = profile.constants if profile is not None else {}
        return required_missing(self._wiz.target, self.mapping(), constants)

    def isComplete(self) -> bool:  # noqa: N802
        """Every required field has a column."""
        return bool(self.rows) and not self.missing()

    def validatePage(self) -> bool:  # noqa: N802
        """Keep the chosen columns in the profile (values of unmapped fields are dropped)."""
        wiz = self._wiz
        columns = self.mapping()
        old = wiz.profile
        values = {f: v for f, v in (old.values.items() if old else ()) if f in columns}
        wiz.set_profile(
            ImportProfile(
                target=wiz.target,
                sheet=wiz.sheet_name,
                header_row=wiz.header_row,
                columns=columns,
                values=values,
                constants=dict(old.constants) if old else {},
                name=old.name if old else "",
            )
        )
        return True

    def _on_combo_current_index_changed(self, combo: QComboBox) -> None:
        # A field has one column: choosing it here frees it elsewhere.
        field = combo.currentData()
        if field:
            for _text, other, _label in self.rows:
                if other is not combo and other.currentData() == field:
                    other.blockSignals(True)
                    other.setCurrentIndex(0)
                    other.blockSignals(False)
        self._refresh()

    def _refresh(self) -> None:
        for _text, combo, label in self.rows:
            label.setStyleSheet("" if combo.currentData() else WARNING_STYLE)
            combo.setToolTip("" if combo.currentData() else self.tr("Not matched: not imported"))
        missing = self.missing()
        target = self._wiz.target
        self.missing_label.setText(
            self.tr("Required fields without a column: {fields}.").format(
                fields=joined([field_label(target, f) for f in missing])
            )
            if missing
            else ""
        )
        self.missing_label.setVisible(bool(missing))
        self.completeChanged.emit()
