"""Receive sub-office packages (issue 4, reporting.md §2.3): dry run first, then the import.

The user chooses one or more ``*.manifest.json`` files ("Add packages...", Alt+A; the folder is
remembered). Each package is read, verified and planned in a worker
(:func:`exporters.package_receive.load_incoming` and
:func:`models.reporting.consolidation.plan_receipt`: nothing written), and its dry run is shown:
sender,
period, creation time, the figures in brief, what it would replace and the verdict. Enter or a
double click on a row lists every problem with its sheet, row and rule (copyable).

"Import" (Alt+I) imports the acceptable packages one by one, each all-or-nothing
(:func:`models.reporting.consolidation.receive`), after asking, by name, whether each replacement
may
replace the package held. Each package is read again for the import, so what is imported is
what is on disk now; a package whose file changed since it was checked is refused.

Receipts (reporting.md §6.3): every package handled gets its receipt beside it, the JSON and
its printable PDF (``ui/reporting/receipt_print.py``, in the interface language): an imported
or refused one after the import, and one refused by its check (a draft, a broken or tampered
package, a locked period) as soon as its check ends, since it will never be imported; a package
already held gets none. The status says per package where its receipt was written, or that it
could not be (a read-only stick: what was imported stays imported).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exporters.package_receive import (
    Acknowledged,
    acknowledge_handled,
    load_incoming,
    receive_and_acknowledge,
)
from models.reference.offices import office_of
from models.reporting.consolidation import (
    IncomingPackage,
    ReceiptPlan,
    ReceiptProblem,
    ReceiptResult,
    plan_receipt,
)
from models.store.db import Store
from ui.i18n import current_language
from ui.package_messages import package_problem_text
from ui.reporting.received_table_model import (
    PlanRow,
    ReceiptPlanTableModel,
    format_moment,
    office_name,
    short_id,
)
from ui.settings import UiSettings
from ui.widgets.ask import ask
from ui.widgets.theme import ERROR_STYLE
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)

_ERROR_STYLE = ERROR_STYLE


@dataclass(frozen=True)
class _Planned:
    """What a planning job hands back to the GUI thread."""

    path: Path
    plan: ReceiptPlan | None
    error: str | None
    #: The receipt of a package its check refused (None: none was tried).
    receipt: Acknowledged | None = None


@dataclass(frozen=True)
class _Imported:
    """The outcome of importing one package (a result, or the reason it was not tried)."""

    path: Path
    result: ReceiptResult | None
    error: str | None
    receipt: Acknowledged | None = None


def problem_lines(problems: Sequence[ReceiptProblem], parent: QWidget) -> list[str]:
    """Return one line per problem: sheet, row, rule and its translated sentence."""
    lines = []
    for p in problems:
        if p.row is not None:
            where = parent.tr("Sheet {sheet}, row {row}").format(sheet=p.sheet, row=p.row)
        else:
            where = parent.tr("{sheet}").format(sheet=p.sheet)
        text = package_problem_text(p.rule, p.params)
        lines.append(
            parent.tr("{where}, rule {rule}: {text}").format(where=where, rule=p.rule, text=text)
        )
    return lines


class ProblemsDialog(QDialog):
    """Every problem of a package, in a read-only text that can be selected and copied."""

    def __init__(self, title: str, summary: str, lines: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 420)
        self.summary_label = QLabel(summary)
        self.summary_label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setPlainText("\n".join(lines))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.text.setFocus()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(
            self.summary_label.text() + "\n" + self.text.toPlainText()
        )


class _PlanTable(QTableView):
    """The plans table: Enter on a row asks for its details and goes no further.

    A plain view lets Enter through to the dialog (its default button would fire).
    """

    entered = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Show the details of the current row on Enter; other keys as usual."""
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.entered.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)


class ReceiveDialog(QDialog):
    """Choose sub-office packages, see their dry runs, import the acceptable ones.

    Signals:
        planned(): every chosen package has been read and planned.
        received(int): an import finished; the number of packages imported.
    """

    planned = Signal()
    received = Signal(int)

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner = store, user, runner
        self.settings = settings if settings is not None else UiSettings()
        self.office = office_of(store)
        self.details_dialog: ProblemsDialog | None = None
        self._planning = 0
        self._importing = False
        #: Per package, the line saying where its receipt was written (or why not).
        self.receipt_lines: dict[Path, str] = {}
        self.setWindowTitle(self.tr("Receive packages"))
        self.resize(1000, 460)  # within a 1024x768 screen (issue 11)

        intro = QLabel(
            self.tr(
                "Choose the packages (.manifest.json, with their .xlsx beside them) sent by the "
                "sub-offices. Each is checked first; nothing is imported until you press Import."
            )
        )
        intro.setWordWrap(True)
        self.model = ReceiptPlanTableModel(self)
        self.table = _PlanTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.COL_VERDICT, QHeaderView.ResizeMode.Stretch)
        self.table.entered.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

        self.busy = QProgressBar()
        self.busy.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_button = QPushButton(self.tr("&Add packages..."))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.details_button = QPushButton(self.tr("&Details..."))
        self.details_button.setAutoDefault(False)
        self.details_button.setEnabled(False)
        self.details_button.clicked.connect(self._on_details_button_clicked)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setAutoDefault(False)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.add_button.setFocus()

    # -- state ------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """Return True while packages are being read or imported."""
        return self._planning > 0 or self._importing

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.add_button.setEnabled(not self._importing)
        self.import_button.setEnabled(
            not busy and any(r.importable and r.note is None for r in self.model.rows())
        )
        index = self.table.currentIndex()
        self.details_button.setEnabled(index.isValid() and not self.model.row(index.row()).loading)
        self.close_button.setEnabled(not self._importing)

    def reject(self) -> None:
        """Close, except during an import (it must finish: it is all-or-nothing)."""
        if self._importing:
            self.status_label.setText(self.tr("The import is running: wait until it finishes."))
            return
        super().reject()

    # -- choosing and planning ---------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose report packages"),
            str(self.settings.get("ui/last_folder")),
            self.tr("Report packages (*.manifest.json);;All files (*)"),
        )
        if paths:
            self.settings.set("ui/last_folder", str(Path(paths[0]).parent))
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add ``paths`` (manifests) to the table and plan each in a worker.

        A file already in the table is not added again.
        """
        receiver = self.office
        store, user = self.store, self.user
        listed: list[str] = []
        for path in paths:
            path = Path(path)
            if self.model.row_of(path) >= 0:
                listed.append(path.name)
                continue
            self.model.add_path(path)
            self._planning += 1

            def job(
                progress: Callable[[int, int], None],
                is_cancelled: Callable[[], bool],
                path: Path = path,
            ) -> _Planned:
                del progress, is_cancelled  # one read: nothing to report in between
                try:
                    incoming = load_incoming(path, receiver=receiver)
                    plan = plan_receipt(store, incoming)
                    receipt = None
                    if plan.refusal is not None:
                        # Refused by its check, it will never be imported: its receipt now.
                        receipt = acknowledge_handled(
                            store, incoming, plan, plan.refusal, user=user
                        )
                    return _Planned(path, plan, None, receipt)
                except Exception as exc:  # noqa: BLE001 - shown on the row, never a crash
                    logger.exception("planning the receipt of %s failed", path)
                    return _Planned(path, None, str(exc) or type(exc).__name__)

            worker = Worker(job)
            worker.signals.finished.connect(self._on_plan_finished)
            self.runner.start_read(worker)  # planning only reads
        self._show_progress()
        if listed and not self._planning:
            self.status_label.setText(
                self.tr("These files are already in the list: {names}").format(
                    names=", ".join(listed)
                )
            )
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def _show_progress(self) -> None:
        rows = self.model.rows()
        done = sum(1 for r in rows if not r.loading)
        if self._planning:
            self.busy.setRange(0, len(rows))
            self.busy.setValue(done)
            self.busy.setVisible(True)
            self.status_label.setStyleSheet("")
            self.status_label.setText(
                self.tr("Checking the packages: {done} of {total}...").format(
                    done=done, total=len(rows)
                )
            )
        elif not self._importing:
            self.busy.setVisible(False)

    def _on_plan_finished(self, planned: object) -> None:
        assert isinstance(planned, _Planned)
        self._planning -= 1
        row = self.model.row_of(planned.path)
        if row >= 0:
            r = self.model.row(row)
            r.plan, r.error = planned.plan, planned.error
            if r.plan is None and r.error is None:
                r.error = self.tr("no result")
            self.model.update_row(row)
            self._note_receipt(planned.path, planned.receipt)
        self._show_progress()
        if not self._planning:
            self.status_label.setText(
                "\n".join([self._plans_summary(), *self._receipt_lines(self.model.rows())])
            )
            self.table.resizeColumnsToContents()
            self.planned.emit()
        self._update_buttons()

    def _plans_summary(self) -> str:
        acceptable = confirm = refused = 0
        for r in self.model.rows():
            if r.plan is not None and r.importable:
                if r.plan.needs_confirmation:
                    confirm += 1
                else:
                    acceptable += 1
            elif r.result is None:
                refused += 1
        return self.tr(
            "Acceptable: {ok}. Need confirmation: {confirm}. Refused: {refused}. "
            "Press Enter on a row for its details."
        ).format(ok=acceptable, confirm=confirm, refused=refused)

    # -- details ------------------------------------------------------------------------------

    def _on_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _on_details_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.show_details(index.row())

    def _on_table_activated(self, index: QModelIndex) -> None:
        self.show_details(index.row())

    def show_details(self, row: int) -> ProblemsDialog | None:
        """Open (not modal to the app) the details of ``row``: verdict and every problem."""
        r = self.model.row(row)
        if r.loading:
            return None
        problems: Sequence[ReceiptProblem] = ()
        if r.result is not None:
            problems = r.result.plan.problems
        elif r.plan is not None:
            problems = r.plan.problems
        lines = problem_lines(problems, self)
        if not lines:
            lines = [self.tr("No problems found.")]
        summary = f"{r.path}\n{self.model.verdict_text(r)}"
        if self.details_dialog is not None:
            self.details_dialog.close()
            self.details_dialog.deleteLater()
        self.details_dialog = ProblemsDialog(
            self.tr("Package {name}").format(name=r.path.name), summary, lines, self
        )
        self.details_dialog.open()
        return self.details_dialog

    # -- import -------------------------------------------------------------------------------

    def _confirm(self, r: PlanRow, earlier: PlanRow | None) -> bool:
        plan = r.plan
        assert plan is not None
        name = office_name(plan.sender)
        kato = plan.sender.kato if plan.sender else ""
        if earlier is not None and earlier.plan is not None:
            held_text = self.tr("the package {id} of {created} chosen above").format(
                id=short_id(earlier.plan.package_id),
                created=format_moment(earlier.plan.created_at),
            )
        else:
            assert plan.replaces is not None
            held_text = self.tr("the package {id} of {created}, received {received}").format(
                id=short_id(plan.replaces.package_id),
                created=format_moment(plan.replaces.created_at),
                received=format_moment(plan.replaces.received_at),
            )
        text = self.tr(
            "The package of {name} ({kato}) for {period}, created {created}, replaces {held}. "
            "The replaced package stays in the history.\n\nReplace it?"
        ).format(
            name=name,
            kato=kato,
            period=plan.period,
            created=format_moment(plan.created_at),
            held=held_text,
        )
        return ask(
            self,
            self.tr("Replace a package"),
            text,
            self.tr("Replace the package"),
            self.tr("Keep the held one"),
        )

    def _on_import_button_clicked(self) -> None:
        self.import_acceptable()

    def import_acceptable(self) -> None:
        """Import every acceptable package, asking first for each replacement."""
        if self.is_busy():
            return
        rows = [r for r in self.model.rows() if r.importable and r.note is None]
        # Oldest first: a newer package of the same sender and period replaces an older one.
        rows.sort(
            key=lambda r: r.plan.created_at.timestamp() if r.plan and r.plan.created_at else 0
        )
        chosen: list[tuple[Path, str, bool]] = []
        seen: dict[tuple[str, str], PlanRow] = {}
        for r in rows:
            plan = r.plan
            assert plan is not None and plan.package_id is not None
            if any(package_id == plan.package_id for _p, package_id, _c in chosen):
                # The same package twice (two copies): the second is refused as received.
                chosen.append((r.path, plan.package_id, False))
                continue
            key = (plan.sender.kato if plan.sender else "", plan.period or "")
            earlier = seen.get(key)
            confirm = False
            if plan.needs_confirmation or earlier is not None:
                confirm = self._confirm(r, earlier)
                if not confirm:
                    r.note = self.tr("the replacement was not confirmed.")
                    self.model.update_row(self.model.row_of(r.path))
                    continue
            seen[key] = r
            chosen.append((r.path, plan.package_id, confirm))
        if not chosen:
            self.status_label.setText(self.tr("Nothing to import."))
            self._update_buttons()
            return
        self._start_import(chosen)

    def _start_import(self, chosen: list[tuple[Path, str, bool]]) -> None:
        store, user, receiver = self.store, self.user, self.office

        def job(
            progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]
        ) -> list[_Imported]:
            del is_cancelled  # each package is all-or-nothing: no cancel half-way
            done: list[_Imported] = []
            for i, (path, package_id, confirm) in enumerate(chosen):
                progress(i, len(chosen))
                try:
                    incoming: IncomingPackage = load_incoming(path, receiver=receiver)
                    got = (incoming.manifest or {}).get("package_id")
                    if not incoming.problems and got != package_id:
                        done.append(_Imported(path, None, "changed"))
                        continue
                    # The receipt is written beside the package, as by ``consolidate`` (§6.3).
                    result, receipt = receive_and_acknowledge(
                        store, incoming, user=user, confirm_replace=confirm
                    )
                    done.append(_Imported(path, result, None, receipt))
                except Exception as exc:  # noqa: BLE001 - reported per package
                    logger.exception("receiving %s failed", path)
                    done.append(_Imported(path, None, str(exc) or type(exc).__name__))
            progress(len(chosen), len(chosen))
            return done

        self._importing = True
        self.busy.setRange(0, len(chosen))
        self.busy.setValue(0)
        self.busy.setVisible(True)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Importing %n package(s)...", "", len(chosen)))
        self._update_buttons()
        worker = Worker(job)
        worker.signals.progress.connect(self._on_import_progress)
        worker.signals.finished.connect(self._on_import_finished)
        worker.signals.failed.connect(self._on_import_failed)
        self.runner.start(worker)

    def _on_import_progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)
        self.busy.setValue(done)

    def _on_import_finished(self, outcome: object) -> None:
        assert isinstance(outcome, list)
        self._importing = False
        self.busy.setVisible(False)
        imported: list[str] = []
        refused: list[str] = []
        for item in outcome:
            assert isinstance(item, _Imported)
            row = self.model.row_of(item.path)
            r = self.model.row(row)
            name = item.path.name
            if item.result is not None:
                r.result = item.result
                if item.result.imported:
                    imported.append(name)
                else:
                    refused.append(
                        f"{name}: {self.model.refusal_text(item.result.plan, item.result.refusal)}"
                    )
            else:
                r.note = (
                    self.tr("the file changed since it was checked: add it again.")
                    if item.error == "changed"
                    else self.tr("the import failed ({error}); nothing was imported.").format(
                        error=item.error
                    )
                )
                refused.append(f"{name}: {r.note}")
            self.model.update_row(row)
            self._note_receipt(item.path, item.receipt)
        self._show_import_summary(imported, refused)
        lines = self._receipt_lines([self.model.row(self.model.row_of(i.path)) for i in outcome])
        if lines:
            self.status_label.setText("\n".join([self.status_label.text(), *lines]))
        self._update_buttons()
        self.received.emit(len(imported))

    def _show_import_summary(self, imported: Sequence[str], refused: Sequence[str]) -> None:
        lines = [self.tr("Imported: %n package(s).", "", len(imported))]
        lines += [f"  {name}" for name in imported]
        if refused:
            lines.append(self.tr("Not imported: %n package(s).", "", len(refused)))
            lines += [f"  {text}" for text in refused]
        self.status_label.setStyleSheet(_ERROR_STYLE if refused else "")
        self.status_label.setText("\n".join(lines))

    # -- receipts -----------------------------------------------------------------------------

    def _note_receipt(self, path: Path, receipt: Acknowledged | None) -> None:
        """Write the printable receipt beside a receipt written and remember what to say."""
        if receipt is None:
            return
        if receipt.error is not None:
            self.receipt_lines[path] = self.tr(
                "{name}: the receipt could not be written beside the package ({error}); the "
                "sender gets no receipt from this folder. What was imported stays imported."
            ).format(name=path.name, error=receipt.error)
            return
        if receipt.path is None:
            return  # none due: the package is already held
        line = self.tr("{name}: receipt written: {path}").format(name=path.name, path=receipt.path)
        pdf_error = self._write_pdf(receipt.path)
        if pdf_error is not None:
            line += "\n" + self.tr(
                "{name}: the printable receipt (PDF) could not be written ({error}); the "
                "receipt itself stands."
            ).format(name=path.name, error=pdf_error)
        self.receipt_lines[path] = line

    def _write_pdf(self, receipt_path: Path) -> str | None:
        """Write ``<SENDER>_<PERIOD>.receipt.pdf`` beside the receipt; return the error if any.

        A failed PDF never fails the receipt: every error is caught and shown.
        """
        try:
            # NOTE: imported when first needed: the printout pulls in the print machinery.
            from ui.reporting.receipt_print import receipt_pdf_name, write_receipt_pdf

            receipt = json.loads(receipt_path.read_text(encoding="utf-8"))
            write_receipt_pdf(
                receipt, receipt_path.with_name(receipt_pdf_name(receipt)), current_language()
            )
        except Exception as exc:  # noqa: BLE001 - the PDF is a copy for paper; the JSON stands
            logger.warning("the printed receipt of %s failed", receipt_path, exc_info=True)
            return str(exc) or type(exc).__name__
        return None

    def _receipt_lines(self, rows: Sequence[PlanRow]) -> list[str]:
        return [self.receipt_lines[r.path] for r in rows if r.path in self.receipt_lines]

    def _on_import_failed(self, exc: object) -> None:
        # NOTE: the job catches per package; this is only reached on a bug in the job itself.
        logger.error("the import job failed: %r", exc)
        self._importing = False
        self.busy.setVisible(False)
        self.status_label.setStyleSheet(_ERROR_STYLE)
        self.status_label.setText(
            self.tr("The import failed: {error}. Packages already imported stay imported.").format(
                error=exc
            )
        )
        self._update_buttons()
        self.received.emit(0)
