"""§2 Activity of the passport (brief §2.3): sphere and services, forms of service, age groups
and disability categories served, capacity, participation in individual rehabilitation
programmes (issue 12)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QWidget

from models.issues import ValidationReport
from models.objects.dto import ActivityInfo, PassportDraft
from ui.objects.passport.fields import CodeChecks, CodeCombo, IntEdit, YesNoCombo, plain_text

#: The sector an object type's note names ("sector=education") -> its activity sphere.
_SPHERE_OF_SECTOR = {
    "education": "EDUCATION",
    "health": "HEALTH",
    "culture": "CULTURE",
    "labour": "LABOUR",
    "physical culture and sport": "SPORT",
    "social protection": "SOCIAL_PROTECTION",
    "public services": "PUBLIC_SERVICES",
    "public administration": "PUBLIC_SERVICES",
    "justice": "JUSTICE",
    "trade and services": "TRADE",
    "housing": "HOUSING",
    "tourism": "TOURISM",
}


def sphere_of_type(note: str) -> str:
    """Return the activity sphere an object type's note suggests ("" when none does)."""
    parts = dict(p.strip().split("=", 1) for p in note.split(";") if "=" in p and p.strip())
    if parts.get("class", "").strip() == "transport":
        return "TRANSPORT"
    return _SPHERE_OF_SECTOR.get(parts.get("sector", "").strip(), "")


class ActivitySection(QWidget):
    """The §2 page of the passport form.

    Signals:
        changed(): the user changed something in the section.
    """

    changed = Signal()

    def __init__(self, lists: Mapping[str, Mapping[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.sphere_combo = CodeCombo(lists.get("activity_spheres", {}))
        self.sphere_combo.setAccessibleName(self.tr("Sphere of activity"))
        self.services_edit = plain_text()
        self.services_edit.setAccessibleName(self.tr("Services provided"))
        self.delivery_checks = CodeChecks(lists.get("service_delivery_forms", {}))
        self.delivery_checks.setAccessibleName(self.tr("Forms of service"))
        self.age_checks = CodeChecks(lists.get("served_age_groups", {}))
        self.age_checks.setAccessibleName(self.tr("Age groups served"))
        self.category_checks = CodeChecks(lists.get("user_categories", {}))
        self.category_checks.setAccessibleName(self.tr("Disability categories served"))
        self.capacity_edit = IntEdit(0, 1_000_000)
        self.capacity_edit.setAccessibleName(self.tr("Capacity"))
        self.capacity_kind_combo = CodeCombo(lists.get("capacity_kinds", {}))
        self.capacity_kind_combo.setAccessibleName(self.tr("Capacity measured as"))
        capacity = QWidget()
        row = QHBoxLayout(capacity)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.capacity_edit)
        row.addWidget(self.capacity_kind_combo, 1)
        self.ipr_combo = YesNoCombo()
        self.ipr_combo.setAccessibleName(
            self.tr("Takes part in individual rehabilitation programmes")
        )
        form.addRow(self.tr("&Sphere of activity:"), self.sphere_combo)
        form.addRow(self.tr("Ser&vices provided:"), self.services_edit)
        form.addRow(self.tr("Forms of service:"), self.delivery_checks)
        form.addRow(self.tr("Age groups served:"), self.age_checks)
        form.addRow(self.tr("Disability categories served:"), self.category_checks)
        form.addRow(self.tr("Ca&pacity:"), capacity)
        form.addRow(self.tr("Individual &rehabilitation programmes:"), self.ipr_combo)
        for combo in (self.sphere_combo, self.capacity_kind_combo, self.ipr_combo):
            combo.changed.connect(self.changed)
        for checks in (self.delivery_checks, self.age_checks, self.category_checks):
            checks.changed.connect(self.changed)
        self.services_edit.textChanged.connect(self.changed)
        self.capacity_edit.textChanged.connect(self.changed)

    def title(self) -> str:
        """Return the section's title."""
        return self.tr("&2 Activity")

    def widget(self) -> QWidget:
        """Return the section's widget."""
        return self

    def populate(self, draft: PassportDraft) -> None:
        """Show §2 of ``draft`` without emitting ``changed``."""
        a = draft.activity
        blocked = self.blockSignals(True)
        try:
            self.sphere_combo.set_code(a.activity_sphere)
            self.services_edit.setPlainText(a.services)
            self.delivery_checks.set_codes(a.delivery_forms)
            self.age_checks.set_codes(a.age_groups)
            self.category_checks.set_codes(a.served_categories)
            self.capacity_edit.set_value(a.capacity)
            self.capacity_kind_combo.set_code(a.capacity_kind)
            self.ipr_combo.set_code(a.ipr_participation)
        finally:
            self.blockSignals(blocked)

    def apply(self, draft: PassportDraft) -> PassportDraft:
        """Return ``draft`` with §2 as shown."""
        return dataclasses.replace(
            draft,
            activity=ActivityInfo(
                activity_sphere=self.sphere_combo.code(),
                services=self.services_edit.toPlainText().strip(),
                delivery_forms=self.delivery_checks.codes(),
                age_groups=self.age_checks.codes(),
                served_categories=self.category_checks.codes(),
                capacity=self.capacity_edit.value(),
                capacity_kind=self.capacity_kind_combo.code(),
                ipr_participation=self.ipr_combo.code(),
            ),
        )

    def typing_issues(self) -> ValidationReport:
        """Return "not a number" for a capacity that is not a whole number."""
        report = ValidationReport()
        if not self.capacity_edit.is_valid():
            report.add("capacity", "number_format")
        return report

    def field_widget(self, field: str) -> QWidget | None:
        """Return the widget of a §2 field."""
        widgets: dict[str, QWidget] = {
            "activity_sphere": self.sphere_combo,
            "services": self.services_edit,
            "delivery_forms": self.delivery_checks,
            "age_groups": self.age_checks,
            "served_categories": self.category_checks,
            "capacity": self.capacity_edit,
            "capacity_kind": self.capacity_kind_combo,
            "ipr_participation": self.ipr_combo,
        }
        return widgets.get(field)

    def set_enabled(self, enabled: bool) -> None:
        """Allow editing, or show §2 read-only (text stays selectable)."""
        for combo in (self.sphere_combo, self.capacity_kind_combo, self.ipr_combo):
            combo.setEnabled(enabled)
        for checks in (self.delivery_checks, self.age_checks, self.category_checks):
            checks.setEnabled(enabled)
        self.services_edit.setReadOnly(not enabled)
        self.capacity_edit.setReadOnly(not enabled)
