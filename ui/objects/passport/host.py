"""What the passport form offers the page builders of this package (``general``, ``pages``,
``status``): the labels, the registries of fields and slots, the change slots, and the widgets
the builders put on it. A protocol, so that the builders need not import the form back."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.objects.dto import NormRuleDTO
from ui.objects.level_grid import LevelGrid
from ui.objects.measurement_table import MeasurementTable
from ui.objects.works_table import WorksTable
from ui.widgets.date_edit import DateEdit


class Labels(Protocol):
    """The labels and rules of ``PassportRefs`` the builders read."""

    @property
    def zone_labels(self) -> dict[str, str]: ...
    @property
    def work_zone_labels(self) -> dict[str, str]: ...
    @property
    def category_labels(self) -> dict[str, str]: ...
    @property
    def status_labels(self) -> dict[str, str]: ...
    @property
    def work_labels(self) -> dict[str, str]: ...
    @property
    def norm_rules(self) -> Mapping[str, NormRuleDTO]: ...


class FormHost(Protocol):
    """The passport form as its page builders see it."""

    @property
    def refs(self) -> Labels: ...

    fields: dict[str, QWidget]
    slots: dict[str, QVBoxLayout]
    number_edit: QLineEdit
    inspection_date_edit: DateEdit
    passport_date_edit: DateEdit
    commission_edit: QPlainTextEdit
    conclusion_edit: QPlainTextEdit
    service_combos: dict[str, QComboBox]
    level_grid: LevelGrid
    measurement_table: MeasurementTable
    suggested_labels: dict[str, QLabel]
    status_combos: dict[str, QComboBox]
    object_code_label: QLabel
    suggested_code_label: QLabel
    approach_label: QLabel
    override_note_edit: QPlainTextEdit
    works_table: WorksTable
    requires_adaptation_check: QCheckBox
    adapted_date_edit: DateEdit
    adaptation_cost_edit: QLineEdit
    alternative_service_edit: QLineEdit

    def with_inline(self, field: str, widget: QWidget) -> QWidget: ...
    def on_any_changed(self, *_args: object) -> None: ...
    def on_status_combo_changed(self, _index: int) -> None: ...
    def on_requires_adaptation_toggled(self, _checked: bool) -> None: ...
