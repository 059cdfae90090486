"""The passport form's pages that hold tables: zone levels (3.4), measurements and the works of
the management decision (4).

Module functions that put their widgets on the form (``form.level_grid`` ...), as they did when
they were methods: their texts keep the ``PassportForm`` context. A page may leave a slot
(``form.slots[key]``) where a section sits inside it rather than on a page of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.objects.tables import CATEGORIES
from ui.objects.level_grid import LevelGrid
from ui.objects.measurement_table import MeasurementTable
from ui.objects.passport.host import FormHost
from ui.objects.works_table import WorksTable
from ui.widgets.date_edit import DateEdit


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def build_zones(form: FormHost) -> QWidget:
    """Build the zone levels page: a level per zone and category."""
    page = QWidget()
    v = QVBoxLayout(page)
    v.addWidget(
        _hint(
            QCoreApplication.translate(
                "PassportForm",
                "Level per zone and category: Full, Partial, Conditional, None, or N/A when the "
                "zone is absent. Arrow keys change a level, Tab moves on.",
            )
        )
    )
    form.level_grid = LevelGrid(form.refs.zone_labels, form.refs.category_labels)
    form.level_grid.changed.connect(form.on_any_changed)
    for zone in form.level_grid.zones:
        for cat in CATEGORIES:
            form.fields[f"zone.{zone}.{cat}"] = form.level_grid.combo(zone, cat)
    form.fields["zones"] = form.level_grid
    v.addWidget(form.level_grid)
    v.addStretch(1)
    return page


def build_measurements(form: FormHost) -> QWidget:
    """Build the measurements page: measured values checked against the norm rules."""
    page = QWidget()
    v = QVBoxLayout(page)
    v.addWidget(
        _hint(
            QCoreApplication.translate(
                "PassportForm",
                "Measured values are checked against the norm rules; a breach is evidence for "
                "the commission and does not set a status by itself. Ctrl+Ins adds a row, "
                "Ctrl+Del removes the current one.",
            )
        )
    )
    form.measurement_table = MeasurementTable(form.refs.zone_labels, form.refs.norm_rules)
    form.measurement_table.changed.connect(form.on_any_changed)
    v.addWidget(form.measurement_table)
    return page


def build_decision(form: FormHost) -> QWidget:
    """Build the §4 page: works per zone, requires adaptation, adaptation done; the slot
    ``decision`` (below the heading) takes the §4 extras."""
    page = QWidget()
    v = QVBoxLayout(page)
    heading = QCoreApplication.translate("PassportForm", "4. Management decision")
    v.addWidget(QLabel(f"<b>{heading}</b>"))
    slot = QVBoxLayout()
    form.slots["decision"] = slot
    v.addLayout(slot)
    form.works_table = WorksTable(
        form.refs.work_zone_labels,
        form.refs.work_labels,
        status_labels=form.refs.status_labels,
        category_labels=form.refs.category_labels,
    )
    form.works_table.changed.connect(form.on_any_changed)
    v.addWidget(form.works_table)
    form.requires_adaptation_check = QCheckBox(
        QCoreApplication.translate("PassportForm", "&Requires adaptation")
    )
    form.requires_adaptation_check.toggled.connect(form.on_requires_adaptation_toggled)
    v.addWidget(form.with_inline("requires_adaptation", form.requires_adaptation_check))
    group = QGroupBox(QCoreApplication.translate("PassportForm", "Adaptation done"))
    done = QFormLayout(group)
    form.adapted_date_edit = DateEdit()
    form.adapted_date_edit.value_changed.connect(form.on_any_changed)
    form.adaptation_cost_edit = QLineEdit()
    form.adaptation_cost_edit.setValidator(
        QRegularExpressionValidator(r"[\d \x{00a0}]{0,15}([.,]\d{0,2})?")
    )
    form.adaptation_cost_edit.setMaximumWidth(160)
    form.adaptation_cost_edit.textChanged.connect(form.on_any_changed)
    form.alternative_service_edit = QLineEdit()
    form.alternative_service_edit.textChanged.connect(form.on_any_changed)
    done.addRow(
        QCoreApplication.translate("PassportForm", "&Adapted on:"),
        form.with_inline("adapted_date", form.adapted_date_edit),
    )
    done.addRow(
        QCoreApplication.translate("PassportForm", "Adaptation cost, ₸:"),
        form.with_inline("adaptation_cost", form.adaptation_cost_edit),
    )
    done.addRow(
        QCoreApplication.translate("PassportForm", "Alternative form of service:"),
        form.with_inline("alternative_service", form.alternative_service_edit),
    )
    v.addWidget(group)
    v.addStretch(1)
    return page
