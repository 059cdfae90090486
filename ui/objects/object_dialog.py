"""The object card dialog: add or edit an object's general information (issue 2)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.issues import ValidationError
from models.objects.dto import ObjectDraft
from models.objects.registration import contradicts, earliest_record_date
from models.objects.repository import ObjectRepository
from models.objects.tables import InfraObject
from models.reference.approvals import PeriodLockedError
from models.store.db import Store
from ui.audit.history_dialog import HistoryButton
from ui.i18n import format_date
from ui.objects.object_form import ObjectForm
from ui.widgets.dialog_parts import error_summary_label, save_buttons
from ui.widgets.discard import DiscardGuardMixin
from ui.widgets.lock_banner import LockBanner, make_read_only, record_lock, refusal_text

logger = logging.getLogger(__name__)

#: Fields a package reads of an object (type, passportization and its dates): read-only while
#: an approved period covers the object.
LOCKED_FIELDS = (
    "object_type",
    "subject_to_passportization",
    "exclusion_date",
    "registered_date",
    "kato",
)


class ObjectDialog(DiscardGuardMixin, QDialog):
    """Adds an object (``object_id`` None) or edits one.

    Ctrl+S saves, Esc cancels (asking first when something was changed). A save that breaks a
    rule keeps the dialog open with the fields marked and the first bad one focused.

    Signals:
        saved(int): the id of the object saved.
    """

    saved = Signal(int)

    def __init__(
        self,
        store: Store,
        user: str,
        object_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.object_id = store, user, object_id
        self.today = today or date.today()
        self.repo = ObjectRepository(store)
        self.setWindowTitle(self.tr("New object") if object_id is None else self.tr("Object"))
        self.form = ObjectForm(store, user, today=self.today)
        if object_id is not None:
            self.form.populate(self.repo.get(object_id))
        # reporting.md §6.1: an object in the register at an approved period's end keeps the
        # values its package read; name, address and notes stay editable.
        self.lock_banner = LockBanner(record_lock(store, InfraObject, object_id))
        if self.lock_banner.lock is not None:
            make_read_only(self.form.widgets[k] for k in LOCKED_FIELDS)
        self._snapshot: ObjectDraft = self.form.read()

        self.summary_label = error_summary_label()
        # reporting.md §1: a passport or adaptation dated before the registration date is a
        # contradiction; say so and offer the earliest such date (keyboard: Alt+M).
        self._earliest = earliest_record_date(store, object_id) if object_id else None
        self.registration_label = QLabel()
        self.registration_label.setWordWrap(True)
        self.registration_label.setStyleSheet("color: #8a5a00;")
        self.move_registration_button = QPushButton()
        self.move_registration_button.setAutoDefault(False)
        self.move_registration_button.clicked.connect(self._on_move_registration_button_clicked)
        self.form.registered_edit.textChanged.connect(
            lambda _t: self._update_registration_contradiction()
        )
        self.versions_list = QListWidget()
        self.versions_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.versions_list.setMaximumHeight(90)
        self._fill_versions()
        self.buttons = save_buttons(self, self.save)
        self.history = HistoryButton(
            self, self.buttons, store, "infra_object", lambda: self.object_id
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.registration_label)
        layout.addWidget(self.move_registration_button)
        layout.addWidget(QLabel(self.tr("Passport versions:")))
        layout.addWidget(self.versions_list)
        layout.addWidget(self.buttons)
        self._update_registration_contradiction()
        self.form.name_edit.setFocus()

    def registration_contradicted(self) -> bool:
        """Return True when a passport or adaptation is dated before the registration date."""
        return contradicts(self.form.registered_edit.value(), self._earliest)

    def _update_registration_contradiction(self) -> None:
        shown = self.registration_contradicted()
        if shown:
            earliest = format_date(self._earliest)
            self.registration_label.setText(
                self.tr(
                    "A passport or adaptation of this object is dated {date}, before its "
                    "registration date: the object was already in the register then."
                ).format(date=earliest)
            )
            self.move_registration_button.setText(
                self.tr("&Move the registration date back to {date}").format(date=earliest)
            )
        self.registration_label.setVisible(shown)
        self.move_registration_button.setVisible(shown)

    def _on_move_registration_button_clicked(self) -> None:
        if self._earliest is not None:
            self.form.registered_edit.set_value(self._earliest)
            self.form.registered_edit.setFocus()

    def _fill_versions(self) -> None:
        self.versions_list.clear()
        versions = self.repo.passport_versions(self.object_id) if self.object_id else []
        for _pid, version, passport_date in versions:
            self.versions_list.addItem(
                self.tr("Version {version}, passport of {date}").format(
                    version=version,
                    date=format_date(passport_date) if passport_date else self.tr("no date"),
                )
            )
        if not versions:
            self.versions_list.addItem(self.tr("No passport yet."))

    def is_dirty(self) -> bool:
        """Return True when the fields differ from what was loaded or last saved."""
        return self.form.read() != self._snapshot

    def save(self) -> None:
        """Validate and save; on success emit :attr:`saved` and close."""
        ctx = self.form.refresh_context()
        report = self.form.validate(ctx)
        self.form.show_issues(report)
        first = self.form.first_error_field(report)
        if first is not None:
            self._show_summary(len(report.errors))
            self.form.focus_field(first)
            return
        draft = self.form.read()
        try:
            object_id = self.repo.save(draft, ctx, self.user)
        except ValidationError as exc:
            self.form.show_issues(exc.report)
            self._show_summary(len(exc.report.errors))
            fld = self.form.first_error_field(exc.report)
            if fld:
                self.form.focus_field(fld)
            return
        except PeriodLockedError as exc:
            self.summary_label.setText(refusal_text(exc))
            self.summary_label.show()
            return
        except SQLAlchemyError:
            logger.exception("saving object %s failed", draft.id)
            self.summary_label.setText(
                self.tr(
                    "The object could not be saved: the store refused the change. Your entries "
                    "are still here; try again, or ask your administrator."
                )
            )
            self.summary_label.show()
            return
        self.object_id = object_id
        self._snapshot = self.form.read()
        self.saved.emit(object_id)
        self.accept()

    def _show_summary(self, errors: int) -> None:
        self.summary_label.setText(
            self.tr("%n field(s) need correcting before the object can be saved.", "", errors)
        )
        self.summary_label.show()

    def discard_texts(self) -> tuple[str, str]:
        """Return the title and question of the discard confirmation."""
        return self.tr("Unsaved changes"), self.tr("Discard the changes to this object?")
