"""File > Load demo data: adds training data to the store in a worker, with a progress bar."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.demo import DEFAULT_FAMILIES, DEFAULT_OBJECTS
from models.demo.load import DemoSummary, ProgressFn, add_demo_data
from models.objects.dto import ObjectFilter
from models.objects.repository import ObjectRepository
from models.store.db import Store
from ui.widgets.theme import ERROR_STYLE
from ui.workers import Cancelled, JobRunner, Worker

logger = logging.getLogger(__name__)

#: Largest number of objects one run may add (a big district has a few thousand).
MAX_OBJECTS = 50_000
#: Largest number of families one run may add (each with its case).
MAX_FAMILIES = 50_000


class DemoDialog(QDialog):
    """Asks how many demo objects to add and with which seed, then adds them in a worker.

    When the store already holds objects, the user must tick a confirmation first: demo data
    is for training and must not be mixed into a real office's store.

    Signals:
        loaded(): the demo data was added (the register should refresh).
    """

    loaded = Signal()

    def __init__(
        self, store: Store, user: str, runner: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner = store, user, runner
        self.today = date.today()
        self._worker: Worker | None = None
        self._closing = False
        self.summary: DemoSummary | None = None
        self.setWindowTitle(self.tr("Load demo data"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Demo data is for training only: invented objects, passports and adaptation "
                "works dated within the last three years. Do not load it into a real office's "
                "store; use a separate training store. The same number and seed give the same "
                "data."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.objects_spin = QSpinBox()
        self.objects_spin.setRange(1, MAX_OBJECTS)
        self.objects_spin.setValue(DEFAULT_OBJECTS)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 999_999)
        self.seed_spin.setValue(1)
        form.addRow(self.tr("Number of &objects:"), self.objects_spin)
        form.addRow(self.tr("&Seed:"), self.seed_spin)
        self.families_spin = QSpinBox()
        self.families_spin.setRange(0, MAX_FAMILIES)
        self.families_spin.setValue(DEFAULT_FAMILIES)
        form.addRow(self.tr("Number of &families (each with a case):"), self.families_spin)
        layout.addLayout(form)

        self.existing = ObjectRepository(store).count(ObjectFilter())
        self.confirm_check = QCheckBox(
            self.tr("This store already holds {count} objects. Add demo data to it anyway.").format(
                count=self.existing
            )
        )
        self.confirm_check.setVisible(self.existing > 0)
        layout.addWidget(self.confirm_check)

        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        layout.addWidget(self.progress_bar)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.load_button = QPushButton(self.tr("&Load"))
        self.buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter in a spin box loads; set once the button is inside the dialog, or Qt drops it.
        self.load_button.setDefault(True)
        self.objects_spin.setFocus()

    def is_running(self) -> bool:
        """Return True while the demo data is being added."""
        return self._worker is not None

    def _on_buttons_accepted(self) -> None:
        if self.is_running():
            return
        if self.summary is not None:
            self.accept()
            return
        if self.existing > 0 and not self.confirm_check.isChecked():
            self._show_error(
                self.tr("Tick the box to confirm that demo data may go into this store.")
            )
            self.confirm_check.setFocus()
            return
        objects, seed = self.objects_spin.value(), self.seed_spin.value()
        families = self.families_spin.value()
        store, user, today = self.store, self.user, self.today

        def job(progress: ProgressFn, is_cancelled: object) -> DemoSummary:
            del is_cancelled  # the progress callback raises Cancelled itself
            return add_demo_data(
                store,
                objects=objects,
                families=families,
                seed=seed,
                today=today,
                user=user,
                progress=progress,
            )

        worker = Worker(job)
        worker.signals.progress.connect(self._on_worker_progress)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._set_running(True)
        self._worker = worker
        self.runner.start(worker)

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.objects_spin,
            self.seed_spin,
            self.families_spin,
            self.confirm_check,
            self.load_button,
        ):
            widget.setEnabled(not running)
        self.progress_bar.setVisible(running or self.progress_bar.isVisible())
        self.message_label.setStyleSheet("")
        if running:
            self.progress_bar.setRange(0, self.objects_spin.value() + self.families_spin.value())
            self.progress_bar.setValue(0)
            self.message_label.setText(self.tr("Adding demo data..."))

    def _show_error(self, text: str) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(text)

    def _on_worker_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_worker_finished(self, summary: object) -> None:
        self._worker = None
        assert isinstance(summary, DemoSummary)
        self.summary = summary
        self._set_running(False)
        for widget in (self.objects_spin, self.seed_spin, self.families_spin, self.confirm_check):
            widget.setEnabled(False)
        self.load_button.setEnabled(True)
        self.load_button.setText(self.tr("&Close"))
        self.progress_bar.setValue(self.progress_bar.maximum())
        text = self.tr(
            "Added {objects} objects and {passports} passports ({passported} objects passported)."
        ).format(
            objects=summary.objects,
            passports=summary.passports,
            passported=summary.passported,
        )
        if summary.families:
            text += " " + self.tr(
                "Added {families} families with {members} members and {cases} cases."
            ).format(families=summary.families, members=summary.members, cases=summary.cases)
        self.message_label.setText(text)
        self.loaded.emit()
        if self._closing:
            super().reject()

    def _on_worker_failed(self, exc: object) -> None:
        self._worker = None
        self._set_running(False)
        if isinstance(exc, Cancelled):
            self.message_label.setText(self.tr("Cancelled: nothing was added."))
            if self._closing:
                super().reject()
            return
        logger.error("demo data failed: %r", exc)
        self._show_error(
            self.tr(
                "The demo data could not be added; nothing was changed. Details: {error}"
            ).format(error=exc)
        )

    def reject(self) -> None:
        """Cancel a running job first (it rolls back), then close."""
        if self._worker is not None:
            self._closing = True
            self._worker.cancel()
            self.message_label.setText(self.tr("Cancelling..."))
            return
        super().reject()
