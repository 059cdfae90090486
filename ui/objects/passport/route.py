"""§3.1-3.2 of the passport (brief §2.3): the route from the public-transport stop to the
object: transport, distance, walking time, a separated footpath, crossings, route information,
level differences (issue 12). Zone 7 APPROACH keeps its levels on the zones page."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from models.issues import ValidationReport
from models.objects.dto import PassportDraft, RouteInfo
from ui.objects.passport.fields import CodeChecks, CodeCombo, IntEdit, YesNoCombo, plain_text


class RouteSection(QWidget):
    """The §3.1-3.2 page of the passport form.

    Signals:
        changed(): the user changed something in the section.
    """

    changed = Signal()

    def __init__(self, lists: Mapping[str, Mapping[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.transport_edit = QLineEdit()
        self.transport_edit.setMaxLength(500)
        self.transport_edit.setAccessibleName(self.tr("Public transport to the object"))
        self.adapted_transport_combo = YesNoCombo()
        self.adapted_transport_combo.setAccessibleName(self.tr("Adapted transport"))
        self.distance_edit = IntEdit(0, 100_000)
        self.distance_edit.setAccessibleName(self.tr("Distance from the stop, m"))
        self.walk_edit = IntEdit(0, 600)
        self.walk_edit.setAccessibleName(self.tr("Walking time, minutes"))
        self.separate_path_combo = YesNoCombo()
        self.separate_path_combo.setAccessibleName(self.tr("Separated footpath"))
        self.crossings_combo = CodeCombo(lists.get("route_crossings", {}))
        self.crossings_combo.setAccessibleName(self.tr("Crossings on the route"))
        self.information_checks = CodeChecks(lists.get("route_info_means", {}))
        self.information_checks.setAccessibleName(self.tr("Information on the route"))
        self.level_changes_combo = YesNoCombo()
        self.level_changes_combo.setAccessibleName(self.tr("Level differences on the route"))
        self.level_fitted_combo = YesNoCombo()
        self.level_fitted_combo.setAccessibleName(
            self.tr("Level differences fitted for wheelchairs")
        )
        self.notes_edit = plain_text()
        self.notes_edit.setAccessibleName(self.tr("Notes on the route"))
        form.addRow(self.tr("Public &transport:"), self.transport_edit)
        form.addRow(self.tr("A&dapted transport:"), self.adapted_transport_combo)
        form.addRow(self.tr("Distance from the &stop, m:"), self.distance_edit)
        form.addRow(self.tr("&Walking time, min:"), self.walk_edit)
        form.addRow(self.tr("Separated &footpath:"), self.separate_path_combo)
        form.addRow(self.tr("&Crossings:"), self.crossings_combo)
        form.addRow(self.tr("Information on the route:"), self.information_checks)
        form.addRow(self.tr("&Level differences:"), self.level_changes_combo)
        form.addRow(self.tr("Fitted for &wheelchairs:"), self.level_fitted_combo)
        form.addRow(self.tr("N&otes on the route:"), self.notes_edit)
        for combo in (
            self.adapted_transport_combo,
            self.separate_path_combo,
            self.crossings_combo,
            self.level_changes_combo,
            self.level_fitted_combo,
        ):
            combo.changed.connect(self.changed)
        self.information_checks.changed.connect(self.changed)
        for edit in (self.transport_edit, self.distance_edit, self.walk_edit):
            edit.textChanged.connect(self.changed)
        self.notes_edit.textChanged.connect(self.changed)

    def title(self) -> str:
        """Return the section's title."""
        return self.tr("3.1-3.2 &Route from the stop")

    def widget(self) -> QWidget:
        """Return the section's widget."""
        return self

    def populate(self, draft: PassportDraft) -> None:
        """Show §3.1-3.2 of ``draft`` without emitting ``changed``."""
        r = draft.route
        blocked = self.blockSignals(True)
        try:
            self.transport_edit.setText(r.route_transport)
            self.adapted_transport_combo.set_code(r.route_adapted_transport)
            self.distance_edit.set_value(r.route_distance_m)
            self.walk_edit.set_value(r.route_walk_minutes)
            self.separate_path_combo.set_code(r.route_separate_path)
            self.crossings_combo.set_code(r.route_crossings)
            self.information_checks.set_codes(r.route_information)
            self.level_changes_combo.set_code(r.route_level_changes)
            self.level_fitted_combo.set_code(r.route_level_fitted)
            self.notes_edit.setPlainText(r.route_notes)
        finally:
            self.blockSignals(blocked)

    def apply(self, draft: PassportDraft) -> PassportDraft:
        """Return ``draft`` with §3.1-3.2 as shown."""
        return dataclasses.replace(
            draft,
            route=RouteInfo(
                route_transport=self.transport_edit.text().strip(),
                route_adapted_transport=self.adapted_transport_combo.code(),
                route_distance_m=self.distance_edit.value(),
                route_walk_minutes=self.walk_edit.value(),
                route_separate_path=self.separate_path_combo.code(),
                route_crossings=self.crossings_combo.code(),
                route_information=self.information_checks.codes(),
                route_level_changes=self.level_changes_combo.code(),
                route_level_fitted=self.level_fitted_combo.code(),
                route_notes=self.notes_edit.toPlainText().strip(),
            ),
        )

    def typing_issues(self) -> ValidationReport:
        """Return "not a number" for a distance or walking time that is not a whole number."""
        report = ValidationReport()
        for field, edit in (
            ("route_distance_m", self.distance_edit),
            ("route_walk_minutes", self.walk_edit),
        ):
            if not edit.is_valid():
                report.add(field, "number_format")
        return report

    def field_widget(self, field: str) -> QWidget | None:
        """Return the widget of a §3.1-3.2 field."""
        widgets: dict[str, QWidget] = {
            "route_transport": self.transport_edit,
            "route_adapted_transport": self.adapted_transport_combo,
            "route_distance_m": self.distance_edit,
            "route_walk_minutes": self.walk_edit,
            "route_separate_path": self.separate_path_combo,
            "route_crossings": self.crossings_combo,
            "route_information": self.information_checks,
            "route_level_changes": self.level_changes_combo,
            "route_level_fitted": self.level_fitted_combo,
            "route_notes": self.notes_edit,
        }
        return widgets.get(field)

    def set_enabled(self, enabled: bool) -> None:
        """Allow editing, or show §3.1-3.2 read-only (text stays selectable)."""
        for combo in (
            self.adapted_transport_combo,
            self.separate_path_combo,
            self.crossings_combo,
            self.level_changes_combo,
            self.level_fitted_combo,
        ):
            combo.setEnabled(enabled)
        self.information_checks.setEnabled(enabled)
        for edit in (self.transport_edit, self.distance_edit, self.walk_edit):
            edit.setReadOnly(not enabled)
        self.notes_edit.setReadOnly(not enabled)
