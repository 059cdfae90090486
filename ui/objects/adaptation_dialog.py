"""Record that the adaptation a passport asked for is done (issue 2)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.issues import Issue, ValidationError, ValidationReport
from models.objects.context import validation_context
from models.objects.repository import ObjectRepository
from models.objects.tables import Passport
from models.reference.approvals import PeriodLockedError
from models.store.db import Store
from ui.i18n import format_date, format_decimal
from ui.messages import issue_text
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialog_parts import error_summary_label, save_buttons
from ui.widgets.discard import DiscardGuardMixin
from ui.widgets.field_errors import add_field_rows, date_text_invalid, show_first_issues
from ui.widgets.lock_banner import LockBanner, make_read_only, record_lock, refusal_text
from ui.widgets.numbers import parse_amount

logger = logging.getLogger(__name__)


class AdaptationDialog(DiscardGuardMixin, QDialog):
    """Records the completion date, cost and alternative service of a passport's adaptation.

    When the passport found no adaptation needed, the dialog says so and cannot save.

    Signals:
        saved(int): the id of the passport version updated.
    """

    saved = Signal(int)

    FIELDS = ("adapted_date", "adaptation_cost", "alternative_service")

    def __init__(
        self,
        store: Store,
        user: str,
        passport_id: int,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.passport_id = store, user, passport_id
        self.today = today or date.today()
        self.repo = ObjectRepository(store)
        self.passport = self.repo.get_passport(passport_id)
        obj = self.repo.get(self.repo.passport_object_id(passport_id))
        self.setWindowTitle(self.tr("Adaptation done"))

        self.object_label = QLabel(obj.name)
        self.object_label.setStyleSheet("font-weight: bold;")
        self.object_label.setWordWrap(True)
        self.passport_label = QLabel(
            self.tr("Passport version {version} of {date}").format(
                version=self.passport.version,
                date=format_date(self.passport.passport_date) or self.tr("(no date)"),
            )
        )
        self.requirement_label = QLabel(
            self.tr("Requires adaptation: yes")
            if self.passport.requires_adaptation
            else self.tr("Requires adaptation: no")
        )
        self.explain_label = QLabel()
        self.explain_label.setWordWrap(True)
        self.explain_label.setStyleSheet("color: #8a5a00;")

        self.date_edit = DateEdit()
        self.cost_edit = QLineEdit()
        self.cost_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9 \u00a0.,]{0,24}"), self)
        )
        self.cost_edit.setPlaceholderText(self.tr("optional"))
        self.cost_edit.setMaximumWidth(200)
        self.service_edit = QPlainTextEdit()
        self.service_edit.setTabChangesFocus(True)
        self.service_edit.setPlaceholderText(
            self.tr("Optional: how the service is given meanwhile (home visit, online...)")
        )
        self.service_edit.setMaximumHeight(80)
        self.widgets: dict[str, QWidget] = {
            "adapted_date": self.date_edit,
            "adaptation_cost": self.cost_edit,
            "alternative_service": self.service_edit,
        }
        form = QFormLayout()
        #: Field name -> its inline message label.
        self.errors = add_field_rows(
            form,
            (
                ("adapted_date", self.tr("&Completed on:")),
                ("adaptation_cost", self.tr("C&ost, tenge:")),
                ("alternative_service", self.tr("&Alternative form of service:")),
            ),
            self.widgets,
        )

        self.summary_label = error_summary_label()
        self.buttons = save_buttons(self, self.save)

        # reporting.md §6.1: an adaptation done by an approved period's end is read by its
        # package: its date is read-only (cost and alternative service stay editable).
        self.lock_banner = LockBanner(record_lock(store, Passport, passport_id, adaptation=True))
        layout = QVBoxLayout(self)
        for widget in (
            self.lock_banner,
            self.object_label,
            self.passport_label,
            self.requirement_label,
            self.explain_label,
        ):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)

        self.date_edit.set_value(self.passport.adapted_date)
        if self.passport.adaptation_cost is not None:
            self.cost_edit.setText(format_decimal(float(self.passport.adaptation_cost), 2))
        self.service_edit.setPlainText(self.passport.alternative_service)
        self._snapshot = self._raw()
        self._touched: set[str] = set()
        self.date_edit.textChanged.connect(lambda _t: self._on_field_edited("adapted_date"))
        self.cost_edit.textChanged.connect(lambda _t: self._on_field_edited("adaptation_cost"))

        if not self.passport.requires_adaptation:
            self.explain_label.setText(
                self.tr(
                    "The commission found that this object needs no adaptation, so there is "
                    "nothing to record. If that was a mistake, correct the passport first."
                )
            )
            for field_widget in self.widgets.values():
                field_widget.setEnabled(False)
            self.save_button.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()
        elif self.passport.adapted_date is not None:
            self.explain_label.setText(
                self.tr("Adaptation already recorded on {date}; saving corrects it.").format(
                    date=format_date(self.passport.adapted_date)
                )
            )
        if self.lock_banner.lock is not None:
            make_read_only([self.date_edit])
        if self.passport.requires_adaptation:
            self.date_edit.setFocus()

    @property
    def save_button(self) -> QPushButton:
        """The Save button (disabled when the passport needs no adaptation)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _raw(self) -> tuple[str, str, str]:
        return (self.date_edit.text(), self.cost_edit.text(), self.service_edit.toPlainText())

    def validate(self) -> ValidationReport:
        """Return what is wrong with the fields as typed (the store checks again on save)."""
        report = ValidationReport()
        done = self.date_edit.value()
        if date_text_invalid(self.date_edit):
            report.add("adapted_date", "date_format")
        elif done is None:
            report.add("adapted_date", "required")
        elif done > self.today:
            report.add("adapted_date", "date_in_future")
        elif self.passport.passport_date and done < self.passport.passport_date:
            report.add("adapted_date", "adapted_before_passport")
        try:
            cost = parse_amount(self.cost_edit.text())
        except ValueError:
            report.add("adaptation_cost", "amount_format")
        else:
            if cost is not None and cost < 0:
                report.add("adaptation_cost", "negative_amount")
        return report

    def show_issues(self, report: ValidationReport, fields: set[str] | None = None) -> None:
        """Show each field's first issue inline; issues of other fields go to the summary."""
        show_first_issues(
            self.errors, (i for i in report.issues if fields is None or i.field in fields)
        )
        others = [i for i in report.errors if i.field not in self.errors]
        self._show_others(others)

    def _show_others(self, issues: list[Issue]) -> None:
        if issues:
            self.summary_label.setText(
                "\n".join(
                    [self.tr("The passport itself has problems; correct it first:")]
                    + [issue_text(i) for i in issues]
                )
            )
            self.summary_label.show()
        else:
            self.summary_label.hide()

    def save(self) -> None:
        """Validate and record the adaptation; on success emit :attr:`saved` and close."""
        if not self.passport.requires_adaptation:
            return
        report = self.validate()
        self.show_issues(report)
        if report.errors:
            self.widgets[report.errors[0].field].setFocus()
            return
        done = self.date_edit.value()
        assert done is not None  # validate() reported it otherwise
        ctx = validation_context(self.store, self.today)
        try:
            self.repo.record_adaptation(
                self.passport_id,
                done,
                ctx,
                self.user,
                parse_amount(self.cost_edit.text()),
                alternative_service=self.service_edit.toPlainText(),
            )
        except ValidationError as exc:
            self.show_issues(exc.report)
            bad = [i for i in exc.report.errors if i.field in self.widgets]
            if bad:
                self.widgets[bad[0].field].setFocus()
            return
        except PeriodLockedError as exc:
            self.summary_label.setText(refusal_text(exc))
            self.summary_label.show()
            return
        except SQLAlchemyError:
            logger.exception("recording adaptation of passport %s failed", self.passport_id)
            self.summary_label.setText(
                self.tr(
                    "The adaptation could not be saved: the store refused the change. Your "
                    "entries are still here; try again, or ask your administrator."
                )
            )
            self.summary_label.show()
            return
        self._snapshot = self._raw()
        self.saved.emit(self.passport_id)
        self.accept()

    def is_dirty(self) -> bool:
        """Return True when something was typed since the dialog opened or last saved."""
        return self._raw() != self._snapshot

    def discard_texts(self) -> tuple[str, str]:
        """Return the title and question of the discard confirmation."""
        return self.tr("Unsaved changes"), self.tr("Discard the adaptation details you entered?")

    def _on_field_edited(self, fld: str) -> None:
        self._touched.add(fld)
        self.show_issues(self.validate(), self._touched)
