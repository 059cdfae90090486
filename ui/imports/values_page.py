"""Page 3 of the import wizard: what each value of a coded column means.

For every mapped field with a code list (object type, statuses, sex, relation...), each distinct
source text of its column gets a drop-down of the list's codes, labelled in the interface
language. The texts the suggestion or the saved profile could not match come first and are
highlighted; one left unmatched becomes a row error in the preview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from exporters.import_profile import ImportProfile, normalise
from exporters.profile_suggest import match_value, value_choices
from ui.imports.jobs import PageJob
from ui.imports.texts import choice_labels, failure_text, field_label
from ui.widgets.dialog_parts import widen_popups
from ui.widgets.theme import ERROR_STYLE, WARNING_STYLE

if TYPE_CHECKING:
    from ui.imports.wizard import ProfileImportWizard


class ValuesPage(QWizardPage):
    """Each distinct source value of a coded field -> a code (drop-downs)."""

    def __init__(self, wizard: ProfileImportWizard) -> None:
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
            self.message_label.setText(self.tr("No column of the file holds coded values."))
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
            combo = QComboBox()
            combo.addItem(self.tr("Not matched"), "")
            for value, shown in choices[field]:
                combo.addItem(f"{shown} ({value})", value)
            combo.setCurrentIndex(max(0, combo.findData(code)))
            label = QLabel(text)
            label.setWordWrap(True)
            label.setBuddy(combo)
            grid.addWidget(QLabel(field_label(wiz.target, field)), line, 0)
            grid.addWidget(label, line, 1)
            grid.addWidget(combo, line, 2)
            self.rows.append((field, text, combo, label))
            combo.currentIndexChanged.connect(self._refresh)
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(len(entries) + 1, 1)
        old = self.area.takeWidget()
        self.area.setWidget(body)
        if old is not None:
            old.deleteLater()
        widen_popups(body)
        self._refresh()
        if self.rows:
            self.rows[0][2].setFocus()
        self.completeChanged.emit()

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
        wiz.set_profile(
            ImportProfile(
                target=profile.target,
                sheet=profile.sheet,
                header_row=profile.header_row,
                columns=profile.columns,
                values={f: m for f, m in values.items() if m},
                constants=profile.constants,
                name=profile.name,
            )
        )
        return True
