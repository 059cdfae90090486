"""Entering or viewing one version of an object's accessibility passport (issue 2)."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.issues import ValidationError
from models.objects.context import validation_context
from models.objects.dto import ActivityInfo, DecisionInfo, NotesInfo, PassportDraft, WorkDraft
from models.objects.norm_rules import NormRuleRepository
from models.objects.registration import contradicts
from models.objects.repository import ObjectRepository
from models.objects.tables import Passport
from models.reference.approvals import PeriodLockedError
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.audit.history_dialog import HistoryButton
from ui.i18n import format_date
from ui.objects.passport.activity import sphere_of_type
from ui.objects.passport_form import PassportForm, PassportRefs
from ui.widgets.dialog_parts import save_buttons
from ui.widgets.discard import DiscardGuardMixin
from ui.widgets.lock_banner import LockBanner, record_lock, refusal_text

logger = logging.getLogger(__name__)


class PassportDialog(DiscardGuardMixin, QDialog):
    """Opens a passport version of an object for entry, correction or reading.

    * ``passport_id`` given: that version, editable when it is the object's current version
      and ``read_only`` is False; older versions are read-only.
    * ``passport_id`` None and ``base_on`` given: a re-inspection prefilled from version
      ``base_on``, saved as a new current version; ``reinspection_reason`` (the due list's
      reason, ``reinspection_reasons``) is preset in it.
    * both None: the object's first passport.

    Ctrl+S saves, Esc cancels (asking first when something was changed).

    Signals:
        saved(int): the passport version with this id was written.
    """

    saved = Signal(int)

    def __init__(
        self,
        store: Store,
        user: str,
        object_id: int,
        passport_id: int | None = None,
        *,
        base_on: int | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
        reinspection_reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.object_id = store, user, object_id
        self.objects = ObjectRepository(store)
        self.references = ReferenceRepository(store)
        obj = self.objects.get(object_id)
        versions = self.objects.passport_versions(object_id)
        current = self.objects.current_passport_id(object_id)

        if passport_id is not None:
            draft = self.objects.get_passport(passport_id)
            editable = not read_only and passport_id == current
            title = self.tr("Accessibility passport, version {n}").format(n=draft.version)
        elif base_on is not None:
            draft = _reinspection(self.objects.get_passport(base_on), len(versions) + 1)
            if reinspection_reason:
                draft = dataclasses.replace(draft, reinspection_reason=reinspection_reason)
            editable = not read_only
            title = self.tr("Re-inspection: new passport version {n}").format(n=len(versions) + 1)
        else:
            # A first passport's §2 sphere starts from the object type's sector (brief §2.1).
            sphere = next(
                (
                    sphere_of_type(c.note)
                    for c in self.references.code_labels("object_types", include_retired=True)
                    if c.code == obj.object_type
                ),
                "",
            )
            draft = PassportDraft(
                None,
                None,
                version=len(versions) + 1,
                activity=ActivityInfo(activity_sphere=sphere),
            )
            editable = not read_only
            title = self.tr("New accessibility passport")
        # reporting.md §6.1: a version dated by an approved period's end is read by its package.
        self.lock_banner = LockBanner(record_lock(store, Passport, passport_id))
        editable = editable and self.lock_banner.lock is None
        self.editable = editable
        self.setWindowTitle(f"{title} — {obj.name}")

        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{obj.name}</b> — {title}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.lock_banner)
        self.version_label = QLabel()
        self.version_label.setWordWrap(True)
        if passport_id is not None and not editable:
            number = next((v for pid, v, _d in versions if pid == passport_id), draft.version)
            self.version_label.setText(
                self.tr("Version {n} of {m}, read-only.").format(n=number, m=len(versions))
            )
            self.version_label.setStyleSheet("color: #8a5a00; font-weight: bold")
        else:
            self.version_label.hide()
        layout.addWidget(self.version_label)

        self.form = PassportForm(
            PassportRefs.load(store),
            validation_context(self.store, date.today()),
            # SANITARY is core for residential objects only while the office's setting says so.
            residential=obj.residential and self.references.sanitary_core_for_residential(),
        )
        # Norm rules (issue 12): housing checks on residential objects only; stored values
        # show the verdict and edition they were checked against.
        self.form.measurement_table.set_object(
            obj.residential,
            NormRuleRepository(store).stored_measurements(passport_id)
            if passport_id is not None
            else (),
        )
        self.form.populate(draft)
        self.form.set_enabled(editable)
        layout.addWidget(self.form, 1)

        # reporting.md §1: a passport dated before the object's registration date contradicts
        # it; offer to move the registration date back when saving (checked: the passport is
        # the evidence). Alt+R reaches the box from the keyboard.
        self.registered_date = obj.registered_date
        self.registration_label = QLabel()
        self.registration_label.setWordWrap(True)
        self.registration_label.setStyleSheet("color: #8a5a00;")
        self.move_registration_check = QCheckBox()
        self.move_registration_check.setChecked(True)
        layout.addWidget(self.registration_label)
        layout.addWidget(self.move_registration_check)
        self.form.passport_date_edit.textChanged.connect(
            lambda _t: self._update_registration_contradiction()
        )
        self._update_registration_contradiction()

        if editable:
            self.buttons = save_buttons(self, self.save)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
                self.tr("Save (Ctrl+S)")
            )
        else:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        self.history = HistoryButton(self, self.buttons, store, "passport", lambda: passport_id)
        layout.addWidget(self.buttons)
        self._snapshot = self.form.read()
        if editable:
            self.form.number_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        # 1024x700 screens are common in district offices; the tabs scroll inside.
        self.resize(1000, 660)

    # -- saving -----------------------------------------------------------------------------

    def registration_contradicted(self) -> bool:
        """True when the passport date typed is before the object's registration date."""
        return self.editable and contradicts(
            self.registered_date, self.form.passport_date_edit.value()
        )

    def _update_registration_contradiction(self) -> None:
        shown = self.registration_contradicted()
        if shown:
            self.registration_label.setText(
                self.tr(
                    "The passport is dated before the object's registration date ({date}): "
                    "the object was already in the register then."
                ).format(date=format_date(self.registered_date))
            )
            self.move_registration_check.setText(
                self.tr("Move the object's &registration date back to {date} when saving").format(
                    date=format_date(self.form.passport_date_edit.value())
                )
            )
        self.registration_label.setVisible(shown)
        self.move_registration_check.setVisible(shown)

    def is_dirty(self) -> bool:
        """True when the user changed something since the dialog opened."""
        return self.editable and self.form.read() != self._snapshot

    def save(self) -> None:
        """Validate, then write the version; on errors keep the dialog open at the first one."""
        if not self.editable:
            return
        report = self.form.show_all_issues()
        if not report.ok:
            self.form.focus_first_error(report)
            return
        draft = self.form.read()
        ctx = validation_context(self.store, date.today())
        # The registration date moves back with the passport, in its transaction (one unit).
        move_to = (
            draft.passport_date
            if self.registration_contradicted() and self.move_registration_check.isChecked()
            else None
        )
        try:
            passport_id = self.objects.save_passport(
                self.object_id, draft, ctx, self.user, move_registration_to=move_to
            )
        except ValidationError as exc:
            # The store re-checks with its own context (e.g. a rule changed meanwhile).
            self.form.show_issues(exc.report)
            self.form.focus_first_error(exc.report)
            return
        except PeriodLockedError as exc:
            QMessageBox.warning(self, self.tr("Passport not saved"), refusal_text(exc))
            return
        except SQLAlchemyError:
            logger.exception("saving passport of object %s failed", self.object_id)
            QMessageBox.warning(
                self,
                self.tr("Passport not saved"),
                self.tr(
                    "The store could not write the passport (it may be busy or read-only). "
                    "Nothing was lost: the form stays open, try again."
                ),
            )
            return
        self._snapshot = draft
        self.saved.emit(passport_id)
        self.accept()

    def discard_texts(self) -> tuple[str, str]:
        """Return the title and question of the discard confirmation."""
        return (
            self.tr("Discard changes?"),
            self.tr("The passport has unsaved changes. Close without saving?"),
        )


def _reinspection(base: PassportDraft, version: int) -> PassportDraft:
    """Return the draft of version ``version`` prefilled from ``base``.

    Dates, number and the commission's own decisions (statuses, override note, adaptation
    done, §4 period and approvals, §5 notes, the reason) start afresh, and so do the photos;
    §2 activity, §3.1-3.2 route and the zone elements are copied; works already completed
    stay with the old version.
    """
    works: tuple[WorkDraft, ...] = tuple(w for w in base.works if w.completed_date is None)
    return dataclasses.replace(
        base,
        id=None,
        version=version,
        number="",
        inspection_date=None,
        passport_date=None,
        statuses={},
        suggested={},
        override_note="",
        adapted_date=None,
        adaptation_cost=None,
        works=works,
        reinspection_reason="",
        decision=DecisionInfo(),
        notes=NotesInfo(),
        photos=(),
    )
