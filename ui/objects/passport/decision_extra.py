"""§4 Management decision beyond the works (brief §2.3): the period of the works, the plan or
programme, approvals and the accessibility-map update date (issue 12). It sits on the decision
page, above the works table."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from models.issues import ValidationReport
from models.objects.dto import DecisionInfo, PassportDraft
from ui.objects.passport.fields import YesNoCombo
from ui.widgets.date_edit import DateEdit


class DecisionExtraSection(QGroupBox):
    """Period, programme, approvals and map update of the §4 decision.

    Signals:
        changed(): the user changed something in the section.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Period, programme and approvals"))
        form = QFormLayout(self)
        self.from_edit = DateEdit()
        self.from_edit.setAccessibleName(self.tr("Works from"))
        self.until_edit = DateEdit()
        self.until_edit.setAccessibleName(self.tr("Works until"))
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.from_edit)
        row.addWidget(QLabel("—"))
        row.addWidget(self.until_edit)
        row.addStretch(1)
        self.programme_edit = QLineEdit()
        self.programme_edit.setMaxLength(500)
        self.programme_edit.setAccessibleName(self.tr("Plan or programme"))
        self.approval_needed_combo = YesNoCombo()
        self.approval_needed_combo.setAccessibleName(self.tr("Approval needed"))
        self.approval_body_edit = QLineEdit()
        self.approval_body_edit.setMaxLength(300)
        self.approval_body_edit.setAccessibleName(self.tr("Approved by"))
        self.approval_date_edit = DateEdit()
        self.approval_date_edit.setAccessibleName(self.tr("Approval date"))
        self.map_updated_edit = DateEdit()
        self.map_updated_edit.setAccessibleName(self.tr("Accessibility map updated on"))
        form.addRow(self.tr("Works &period:"), period)
        form.addRow(self.tr("Plan or pro&gramme:"), self.programme_edit)
        form.addRow(self.tr("Appro&val needed:"), self.approval_needed_combo)
        form.addRow(self.tr("Approved &by:"), self.approval_body_edit)
        form.addRow(self.tr("Approval &date:"), self.approval_date_edit)
        form.addRow(self.tr("Accessibility &map updated on:"), self.map_updated_edit)
        self.approval_needed_combo.changed.connect(self.changed)
        for edit in (
            self.from_edit,
            self.until_edit,
            self.programme_edit,
            self.approval_body_edit,
            self.approval_date_edit,
            self.map_updated_edit,
        ):
            edit.textChanged.connect(self.changed)

    def title(self) -> str:
        """Return the section's title (it sits on the decision page)."""
        return self.tr("Period, programme and approvals")

    def widget(self) -> QWidget:
        """Return the section's widget."""
        return self

    def _dates(self) -> tuple[tuple[str, DateEdit], ...]:
        return (
            ("works_from", self.from_edit),
            ("works_until", self.until_edit),
            ("approval_date", self.approval_date_edit),
            ("map_updated", self.map_updated_edit),
        )

    def populate(self, draft: PassportDraft) -> None:
        """Show the §4 extras of ``draft`` without emitting ``changed``."""
        d = draft.decision
        blocked = self.blockSignals(True)
        try:
            self.from_edit.set_value(d.works_from)
            self.until_edit.set_value(d.works_until)
            self.programme_edit.setText(d.works_programme)
            self.approval_needed_combo.set_code(d.approval_needed)
            self.approval_body_edit.setText(d.approval_body)
            self.approval_date_edit.set_value(d.approval_date)
            self.map_updated_edit.set_value(d.map_updated)
        finally:
            self.blockSignals(blocked)

    def apply(self, draft: PassportDraft) -> PassportDraft:
        """Return ``draft`` with the §4 extras as shown."""
        return dataclasses.replace(
            draft,
            decision=DecisionInfo(
                works_from=self.from_edit.value(),
                works_until=self.until_edit.value(),
                works_programme=self.programme_edit.text().strip(),
                approval_needed=self.approval_needed_combo.code(),
                approval_body=self.approval_body_edit.text().strip(),
                approval_date=self.approval_date_edit.value(),
                map_updated=self.map_updated_edit.value(),
            ),
        )

    def typing_issues(self) -> ValidationReport:
        """Return "finish the date" for every half-typed date."""
        report = ValidationReport()
        for field, edit in self._dates():
            if not edit.is_valid():
                report.add(field, "date_format")
        return report

    def field_widget(self, field: str) -> QWidget | None:
        """Return the widget of a §4 extra field."""
        widgets: dict[str, QWidget] = dict(self._dates())
        widgets |= {
            "works_programme": self.programme_edit,
            "approval_needed": self.approval_needed_combo,
            "approval_body": self.approval_body_edit,
        }
        return widgets.get(field)

    def set_enabled(self, enabled: bool) -> None:
        """Allow editing, or show the extras read-only (text stays selectable)."""
        for _field, edit in self._dates():
            edit.setReadOnly(not enabled)
        self.programme_edit.setReadOnly(not enabled)
        self.approval_body_edit.setReadOnly(not enabled)
        self.approval_needed_combo.setEnabled(enabled)
