"""Page 3 of the import wizard: what each value of a coded column means.

For every mapped field with a code list (object type, statuses, sex, relation...), each distinct
source text of its column gets a drop-down of the list's codes, labelled in the interface
language. The texts the suggestion or the saved profile could not match come first and are
highlighted; one left unmatched becomes a row error in the preview.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from exporters.import_profile import ImportProfile, normalise
from exporters.profile_suggest import match_value, value_choices
from ui.imports.host import WizardHost
from ui.imports.jobs import PageJob
from ui.imports.texts import choice_labels, failure_text, field_label, file_label, narrow_combo
from ui.widgets.dialog_parts import widen_popups
from ui.widgets.theme import ERROR_STYLE, WARNING_STYLE

#: Fields a file often lacks that may be given once for every row (a constant, §3.1): a list
#: of families says nothing of the legal basis of processing, which every new household needs.
CONSTANT_FIELDS: dict[str, tuple[str, ...]] = {
    "objects": (),
    "members": (
        "legal_basis",
        "statutory_basis",
        "consent_form",
        "consent_date",
        "consent_recorded_by",
    ),
}


class ValuesPage(QWizardPage):
    """Each distinct source value of a coded field -> a code (drop-downs)."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wiz = wizard
        self.job = PageJob(wizard.runner, self)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.setTitle(self.tr("Values"))
        self.setSubTitle(
            self.tr(
                "Check what each value of the coded columns means and correct it in the list. "
                "Values not matched are listed first; a value left unmatched is an error of "
                "its rows."
            )
        )
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(QWidget())
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.message_label)
        layout.addWidget(self.area, 1)
        #: (field, source text, its drop-down, its label) per distinct value.
        self.rows: list[tuple[str, str, QComboBox, QLabel]] = []
        #: field -> the widget giving its value for every row.
        self.constants: dict[str, QComboBox | QLineEdit] = {}

    def coded_fields(self) -> list[str]:
        """Return the mapped fields that have a code list."""
        profile = self._wiz.profile
        return [f for f in (profile.columns if profile else {}) if value_choices(f)]

    def is_running(self) -> bool:
        """Return True while the distinct values are collected."""
        return self.job.is_running()

    def isComplete(self) -> bool:  # noqa: N802
        """The values are listed."""
        return not self.job.is_running()

    def initializePage(self) -> None:  # noqa: N802
        """Collect the distinct values of the coded columns in a worker."""
        wiz = self._wiz
        self._clear()
        fields = self.coded_fields()
        if wiz.sheets is None or wiz.profile is None or not fields:
            self._build({})
            return
        sheets, profile = wiz.sheets, wiz.profile
        self.message_label.setStyleSheet("")
        self.message_label.setText(self.tr("Collecting the values..."))
        self.busy.setVisible(True)
        self.job.start(lambda **kw: wiz.backend.values(sheets, profile, fields, **kw))
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802
        """Back: drop a collection under way."""
        self.job.forget()
        self.busy.setVisible(False)

    def _clear(self) -> None:
        old = self.area.takeWidget()
        self.area.setWidget(QWidget())
        if old is not None:
            old.deleteLater()
        self.rows = []
        self.constants = {}

    def _preset(self, field: str, text: str) -> str:
        profile = self._wiz.profile
        key = normalise(text)
        given = profile.values.get(field, {}) if profile is not None else {}
        if key in given:
            return str(given[key])
        codes = {normalise(code): code for code, _kk, _ru in value_choices(field)}
        if key in codes:
            return codes[key]
        return match_value(field, text) or ""

    def _on_job_finished(self, result: object) -> None:
        self.busy.setVisible(False)
        assert isinstance(result, dict)
        self._build(result)

    def _build(self, result: dict[str, list[str]]) -> None:
        wiz = self._wiz
        entries: list[tuple[bool, int, str, str, str]] = []
        order = 0
        for field, texts in result.items():
            for text in texts:
                code = self._preset(field, text)
                entries.append((bool(code), order, field, text, code))
                order += 1
        entries.sort(key=lambda e: (e[0], e[1]))  # unmatched first, then as found
        body = QWidget()
        grid = QGridLayout(body)
        for col, title in enumerate(
            (self.tr("Field"), self.tr("Value in the file"), self.tr("Code"))
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, col)
        previous: QWidget | None = None
        choices = {f: choice_labels(f) for f in result}
        for line, (_matched, _order, field, text, code) in enumerate(entries, start=1):
            combo = narrow_combo(QComboBox())
            combo.addItem(self.tr("Not matched"), "")
            for value, shown in choices[field]:
                combo.addItem(f"{shown} ({value})", value)
            combo.setCurrentIndex(max(0, combo.findData(code)))
            label = file_label(text)
            label.setBuddy(combo)
            grid.addWidget(QLabel(field_label(wiz.target, field)), line, 0)
            grid.addWidget(label, line, 1)
            grid.addWidget(combo, line, 2)
            self.rows.append((field, text, combo, label))
            combo.currentIndexChanged.connect(self._refresh)
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
        line = len(entries) + 1
        previous = self._add_constants(grid, line, previous)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(line + 1 + len(self.constants), 1)
        old = self.area.takeWidget()
        self.area.setWidget(body)
        if old is not None:
            old.deleteLater()
        widen_popups(body)
        self._refresh()
        first: QWidget | None = self.rows[0][2] if self.rows else None
        if first is None and self.constants:
            first = next(iter(self.constants.values()))
        if first is not None:
            first.setFocus()
        self.completeChanged.emit()

    def _add_constants(
        self, grid: QGridLayout, line: int, previous: QWidget | None
    ) -> QWidget | None:
        """Add a value for every row to each field of :data:`CONSTANT_FIELDS` the file lacks."""
        wiz = self._wiz
        profile = wiz.profile
        columns = profile.columns if profile is not None else {}
        given = profile.constants if profile is not None else {}
        fields = [f for f in CONSTANT_FIELDS.get(wiz.target, ()) if f not in columns]
        if not fields:
            return previous
        title = QLabel(
            "<b>{}</b>".format(
                self.tr("Values for every row (the file has no column for these fields)")
            )
        )
        title.setWordWrap(True)
        grid.addWidget(title, line, 0, 1, 3)
        for n, field in enumerate(fields, start=line + 1):
            choices = choice_labels(field)
            widget: QComboBox | QLineEdit
            preset = given.get(field)
            if choices:
                combo = narrow_combo(QComboBox())
                combo.addItem(self.tr("Not given"), "")
                for value, shown in choices:
                    combo.addItem(f"{shown} ({value})", value)
                combo.setCurrentIndex(max(0, combo.findData(str(preset or ""))))
                widget = combo
            else:
                widget = QLineEdit("" if preset is None else str(preset))
            label = QLabel(field_label(wiz.target, field))
            label.setWordWrap(True)
            label.setBuddy(widget)
            grid.addWidget(label, n, 0, 1, 2)
            grid.addWidget(widget, n, 2)
            self.constants[field] = widget
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        return previous

    def constant_values(self) -> dict[str, str]:
        """Return field -> the value given for every row (empty ones left out)."""
        out: dict[str, str] = {}
        for field, widget in self.constants.items():
            value = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            if value is not None and str(value).strip():
                out[field] = str(value).strip()
        return out

    def _on_job_failed(self, exc: object) -> None:
        self.busy.setVisible(False)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(failure_text(exc))
        self.completeChanged.emit()

    def combo_for(self, field: str, text: str) -> QComboBox:
        """Return the drop-down of ``text`` in ``field``'s column."""
        for f, t, combo, _label in self.rows:
            if f == field and normalise(t) == normalise(text):
                return combo
        raise KeyError((field, text))

    def unmatched(self) -> list[tuple[str, str]]:
        """Return (field, text) of the values without a code."""
        return [(f, t) for f, t, combo, _label in self.rows if not combo.currentData()]

    def _refresh(self) -> None:
        for _f, _t, combo, label in self.rows:
            label.setStyleSheet("" if combo.currentData() else WARNING_STYLE)
        left = len(self.unmatched())
        self.message_label.setStyleSheet(WARNING_STYLE if left else "")
        if not self.rows:
            self.message_label.setText(self.tr("No column of the file holds coded values."))
            return
        self.message_label.setText(
            self.tr("{count} value(s) not matched: their rows will be shown as errors.").format(
                count=left
            )
            if left
            else self.tr("Every value is matched.")
        )

    def validatePage(self) -> bool:  # noqa: N802
        """Keep the chosen codes in the profile."""
        wiz = self._wiz
        profile = wiz.profile
        if profile is None or self.job.is_running():
            return False
        values: dict[str, dict[str, str]] = {f: dict(m) for f, m in profile.values.items()}
        for field, text, combo, _label in self.rows:
            code = combo.currentData()
            table = values.setdefault(field, {})
            if code:
                table[normalise(text)] = str(code)
            else:
                table.pop(normalise(text), None)
        constants = {
            f: v
            for f, v in profile.constants.items()
            if f in profile.columns or f not in self.constants
        }
        constants.update(self.constant_values())
        wiz.set_profile(
            ImportProfile(
                target=profile.target,
                sheet=profile.sheet,
                header_row=profile.header_row,
                columns=profile.columns,
                values={f: m for f, m in values.items() if m},
                constants=constants,
                name=profile.name,
            )
        )
        return True
