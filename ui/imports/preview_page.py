"""Page 5 of the import wizard: what importing would do, checked before anything is written.

The whole file is read and checked in a worker through the profile (or as our template): the
counts (objects added, updated and unchanged; families and members new or linked) or every row
with an error, worded in the interface language by the registry problem texts. For a list of
members, each possible duplicate (same IIN in the store, or a similar name with the same birth
date) gets a choice: link to the existing person, or a new person. Import (the commit button)
is enabled only for a clean file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from exporters.import_profile import MEMBERS
from exporters.registry_import import RegistryPreview
from exporters.registry_read import Problem
from ui.i18n import current_language
from ui.imports.host import WizardHost
from ui.imports.jobs import PageJob
from ui.imports.registry_problems import (
    PREVIEW_ROWS,
    PreviewTableModel,
    ProblemTableModel,
    table_text,
    warnings_summary,
)
from ui.imports.texts import failure_text, file_label, narrow_combo
from ui.widgets.dialog_parts import widen_popups
from ui.widgets.theme import ERROR_STYLE, WARNING_STYLE

SAME_IIN = "same_iin"


class PreviewPage(QWizardPage):
    """Counts, rows with errors, duplicates with a choice per row; the commit page."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wiz = wizard
        self.job = PageJob(wizard.runner, self)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.job.progress.connect(self._on_job_progress)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "Every row is checked first; nothing is imported unless the whole file is correct."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.problems = QTableView()
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setWordWrap(True)
        self.problems_label = QLabel(self.tr("&Problems:"))
        self.problems_label.setBuddy(self.problems)
        # The list goes to a spreadsheet or a message as it is: Ctrl+C copies the selected
        # rows, Copy list all of them, each with the header line.
        copy_action = QAction(self.tr("Copy"), self.problems)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(self._on_copy_selection_triggered)
        self.problems.addAction(copy_action)
        self.copy_button = QPushButton(self.tr("&Copy list"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        # The first rows of a clean objects file, as they will be imported (new or update).
        self.rows_table = QTableView()
        self.rows_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.setAlternatingRowColors(True)
        self.rows_table.verticalHeader().setVisible(False)
        self.rows_label = QLabel()
        self.rows_label.setBuddy(self.rows_table)
        self.duplicates_label = QLabel(
            self.tr(
                "Possible &duplicates: choose for each row whether it is a person already in "
                "Qoldau or a new one."
            )
        )
        self.duplicates_label.setWordWrap(True)
        self.duplicates_area = QScrollArea()
        self.duplicates_area.setWidgetResizable(True)
        self.duplicates_area.setWidget(QWidget())
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addLayout(copy_row)
        layout.addWidget(self.rows_label)
        layout.addWidget(self.rows_table, 1)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates_area, 1)
        #: Excel row -> its choice (person id to link, or None for a new person).
        self.choices: dict[int, QComboBox] = {}
        self._show_lists(problems=None, duplicates=False)

    # -- state --------------------------------------------------------------------------------

    def is_running(self) -> bool:
        """Return True while the file is checked."""
        return self.job.is_running()

    def ok(self) -> bool:
        """Return True when the checked file can be imported."""
        preview = self._wiz.preview
        return preview is not None and not preview_problems(preview)

    def isComplete(self) -> bool:  # noqa: N802
        """Import only a clean file, once checked."""
        return not self.job.is_running() and self.ok()

    def links(self) -> dict[int, int | None]:
        """Return Excel row -> person id to link (None: a new person), as chosen."""
        return {row: combo.currentData() for row, combo in self.choices.items()}

    def _show_lists(
        self,
        *,
        problems: Sequence[Problem] | None,
        duplicates: bool,
        rows: QAbstractTableModel | None = None,
    ) -> None:
        listed = ProblemTableModel(problems, self) if problems else None
        for table, model in ((self.problems, listed), (self.rows_table, rows)):
            old = table.model()
            table.setModel(model)
            if old is not None:
                old.deleteLater()
            if model is not None:
                header = table.horizontalHeader()
                header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
                header.setStretchLastSection(True)
        self.problems_label.setText(self.tr("&Problems:"))
        self.problems_label.setVisible(bool(problems))
        self.problems.setVisible(bool(problems))
        self.copy_button.setVisible(bool(problems))
        self.rows_label.setVisible(rows is not None)
        self.rows_table.setVisible(rows is not None)
        self.duplicates_label.setVisible(duplicates)
        self.duplicates_area.setVisible(duplicates)

    # -- the check ----------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802
        """Check the file in a worker."""
        wiz = self._wiz
        wiz.preview = None
        self.choices = {}
        self._show_lists(problems=None, duplicates=False)
        path = wiz.path
        assert path is not None
        profile = None if wiz.template else wiz.profile
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(self.tr("Checking {name}...").format(name=path.name))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.job.start(lambda **kw: wiz.backend.preview(path, profile, **kw))
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # noqa: N802
        """Back: drop a check under way."""
        self.job.forget()
        self.progress_bar.setVisible(False)

    def _on_job_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_job_finished(self, preview: object) -> None:
        wiz = self._wiz
        self.progress_bar.setVisible(False)
        wiz.preview = preview
        problems = preview_problems(preview)
        if problems:
            counted = sum(1 for p in problems if p.code != "more_problems")
            self.summary_label.setStyleSheet(ERROR_STYLE)
            self.summary_label.setText(
                self.tr(
                    "The file cannot be imported: {count} problem(s), listed by row and column "
                    "below. Correct them in the file or go back and correct the matches."
                ).format(count=counted)
            )
            self._show_lists(problems=problems, duplicates=False)
            self.problems.setFocus()
            self.problems.selectRow(0)
        else:
            self.summary_label.setStyleSheet("")
            self.summary_label.setText(self._counts(preview))
            warnings = tuple(getattr(preview, "warnings", ()) or ())
            duplicates = tuple(getattr(preview, "duplicates", ()) or ())
            self._show_duplicates(preview, duplicates)
            shown = [w for w in warnings if isinstance(w, Problem)]
            self._show_lists(
                problems=shown or None, duplicates=bool(duplicates), rows=self._rows(preview)
            )
            if shown:
                self.problems_label.setText(
                    self.tr("&Warnings (these rows are imported all the same):")
                )
        wiz.previewed.emit(preview)
        self.completeChanged.emit()
        button = wiz.button(QWizard.WizardButton.CommitButton)
        if self.ok() and button is not None:
            button.setFocus()

    def _on_job_failed(self, exc: object) -> None:
        self.progress_bar.setVisible(False)
        problems = getattr(exc, "problems", None)
        self.summary_label.setStyleSheet(ERROR_STYLE)
        if problems:
            self.summary_label.setText(
                self.tr("The file cannot be imported; nothing was changed. See the problems.")
            )
            self._show_lists(problems=list(problems), duplicates=False)
        else:
            self.summary_label.setText(failure_text(exc))
        self._wiz.stopped.emit("rejected" if problems else "failed")
        self.completeChanged.emit()

    def _counts(self, preview: Any) -> str:
        if self._wiz.target == MEMBERS:
            return self.tr(
                "The file is correct: {rows} people. Importing adds {families_new} new families "
                "and updates {families_updated}; it adds {members_new} new members and links "
                "{members_linked} to people already in Qoldau."
            ).format(
                rows=len(getattr(preview, "rows", ())),
                families_new=preview.families_new,
                families_updated=preview.families_updated,
                members_new=preview.members_new,
                members_linked=preview.members_linked,
            )
        assert isinstance(preview, RegistryPreview)
        plan = preview.plan
        assert plan is not None
        counts = self.tr(
            "The file is correct: {rows} objects. Importing adds {added} new objects, updates "
            "{updated} and leaves {unchanged} unchanged."
        ).format(
            rows=len(preview.parsed.rows),
            added=plan.added,
            updated=plan.updated,
            unchanged=plan.unchanged,
        )
        passports = self.tr("{passports} passports are added and {corrected} corrected.").format(
            passports=plan.passports_added, corrected=plan.passports_updated
        )
        return f"{counts} {passports}{warnings_summary(preview.warnings)}"

    def _rows(self, preview: Any) -> QAbstractTableModel | None:
        """Return the first rows of a clean objects file, as they will be imported."""
        if not isinstance(preview, RegistryPreview) or preview.plan is None:
            return None
        rows = preview.parsed.rows
        self.rows_label.setText(
            self.tr("&Rows (the first {shown} of {total}):").format(
                shown=min(PREVIEW_ROWS, len(rows)), total=len(rows)
            )
        )
        labels = self._wiz.backend.object_type_labels(current_language())
        return PreviewTableModel(rows[:PREVIEW_ROWS], preview.plan.new_rows, labels, self)

    # -- copying ------------------------------------------------------------------------------

    def _copy_rows(self, rows: Sequence[int] | None) -> None:
        model = self.problems.model()
        if isinstance(model, QAbstractTableModel):
            QGuiApplication.clipboard().setText(table_text(model, rows))

    def _on_copy_button_clicked(self) -> None:
        self._copy_rows(None)

    def _on_copy_selection_triggered(self) -> None:
        rows = sorted({i.row() for i in self.problems.selectionModel().selectedRows()})
        self._copy_rows(rows or None)

    def _show_duplicates(self, preview: Any, hints: Sequence[Any]) -> None:
        names = {
            r.row: " ".join(x for x in (r.surname, r.given_name, r.patronymic) if x)
            for r in getattr(preview, "rows", ())
        }
        by_row: dict[int, list[Any]] = {}
        for hint in hints:
            by_row.setdefault(hint.row, []).append(hint)
        body = QWidget()
        grid = QGridLayout(body)
        for col, title in enumerate(
            (
                self.tr("Row"),
                self.tr("In the file"),
                self.tr("Already in Qoldau"),
                self.tr("Choice"),
            )
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, col)
        self.choices = {}
        previous: QWidget | None = None
        for line, (row, found) in enumerate(sorted(by_row.items()), start=1):
            combo = narrow_combo(QComboBox())
            combo.addItem(self.tr("New person"), None)
            for hint in found:
                kind = (
                    self.tr("same IIN")
                    if hint.kind == SAME_IIN
                    else self.tr("similar name, same birth date")
                )
                combo.addItem(
                    self.tr("Link to the existing person: {person} ({kind})").format(
                        person=hint.label, kind=kind
                    ),
                    hint.person_id,
                )
            same = next((h for h in found if h.kind == SAME_IIN), None)
            if same is not None:
                combo.setCurrentIndex(max(0, combo.findData(same.person_id)))
            combo.setToolTip(combo.currentText())
            combo.currentTextChanged.connect(combo.setToolTip)
            existing = file_label("; ".join(str(h.label) for h in found))
            existing.setStyleSheet(WARNING_STYLE)
            person = file_label(names.get(row, ""))
            person.setBuddy(combo)
            grid.addWidget(QLabel(str(row)), line, 0)
            grid.addWidget(person, line, 1)
            grid.addWidget(existing, line, 2)
            grid.addWidget(combo, line, 3)
            self.choices[row] = combo
            if previous is not None:
                QWidget.setTabOrder(previous, combo)
            previous = combo
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 3)
        grid.setRowStretch(len(by_row) + 1, 1)
        widen_popups(body)
        first = next(iter(self.choices.values()), None)
        if first is not None:
            self.duplicates_label.setBuddy(first)
        old = self.duplicates_area.takeWidget()
        self.duplicates_area.setWidget(body)
        if old is not None:
            old.deleteLater()


def preview_problems(preview: object) -> tuple[Problem, ...]:
    """Return the problems of a registry or members preview."""
    return tuple(getattr(preview, "problems", ()) or ())
