"""Detail panel of the objects register: the selected object, its passport versions, why it is
due for re-inspection and its state-control inspections (issue 12)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.objects.dto import ObjectRow
from ui.i18n import format_date

#: The passport id of a version item.
_PASSPORT_ID_ROLE = Qt.ItemDataRole.UserRole


class ObjectDetailPanel(QWidget):
    """Shows one object's main facts and lists its passport versions, newest first.

    Signals:
        version_activated(int, bool): a version was activated (Enter or double-click);
            the passport id and whether it is the object's current version.
    """

    version_activated = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current_id: int | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.type_label = QLabel()
        self.settlement_label = QLabel()
        self.address_label = QLabel()
        self.owner_label = QLabel()
        # Issue 11: a long name, address or owner wraps within the panel and never widens it
        # (the register beside it keeps its room); the bounds follow the font, not pixels.
        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(16 * chars)
        self.setMaximumWidth(44 * chars)
        for label in (self.type_label, self.settlement_label, self.address_label, self.owner_label):
            label.setWordWrap(True)
            label.setMinimumWidth(1)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setMinimumWidth(1)
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        facts.addRow(self.tr("Type:"), self.type_label)
        facts.addRow(self.tr("Settlement:"), self.settlement_label)
        facts.addRow(self.tr("Address:"), self.address_label)
        facts.addRow(self.tr("Owner:"), self.owner_label)
        self.versions = QListWidget()
        self.versions.setToolTip(
            self.tr("Press Enter to open a version; older versions open read-only.")
        )
        versions_title = QLabel(self.tr("&Passport versions:"))
        versions_title.setBuddy(self.versions)
        self.versions.itemActivated.connect(self._on_versions_item_activated)
        # Issue 12: why the object is due for re-inspection, and its state-control inspections.
        self.due_label = QLabel()
        self.due_label.setObjectName("reinspection_due_label")
        self.due_label.setWordWrap(True)
        self.due_label.setMinimumWidth(1)
        self.due_label.setStyleSheet("color: #8a5a00;")
        self.due_label.hide()
        self.control_list = QListWidget()
        self.control_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.control_list.setMaximumHeight(6 * self.fontMetrics().height())
        self.control_list.setToolTip(self.tr("State control... (Ctrl+Shift+K) opens the list"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(facts)
        layout.addWidget(self.due_label)
        layout.addWidget(versions_title)
        layout.addWidget(self.versions, 1)
        layout.addWidget(QLabel(self.tr("State control:")))
        layout.addWidget(self.control_list)
        self.show_object(None)

    def show_control(self, due: str, inspections: Sequence[str]) -> None:
        """Show why the object is due for re-inspection ("" hides it) and its inspections."""
        self.due_label.setText(due)
        self.due_label.setVisible(bool(due))
        self.control_list.clear()
        for text in inspections:
            self.control_list.addItem(text)
        if not inspections:
            item = QListWidgetItem(self.tr("No inspections recorded"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.control_list.addItem(item)

    def show_object(
        self,
        row: ObjectRow | None,
        versions: Sequence[tuple[int, int, date | None]] = (),
        current_id: int | None = None,
        *,
        type_text: str = "",
        settlement_text: str = "",
    ) -> None:
        """Show an object (None clears the panel) and its (id, version, date) passport versions."""
        self._current_id = current_id
        self.versions.clear()
        if row is None:
            self.title.setText(self.tr("No object selected"))
            for label in (
                self.type_label,
                self.settlement_label,
                self.address_label,
                self.owner_label,
            ):
                label.clear()
            self.versions.setEnabled(False)
            self.show_control("", ())
            self.control_list.clear()
            return
        self.title.setText(row.name)
        self.type_label.setText(type_text or row.object_type)
        self.settlement_label.setText(settlement_text or row.kato)
        self.address_label.setText(row.address)
        self.owner_label.setText(row.owner_name)
        for passport_id, version, passport_date in reversed(versions):
            when = format_date(passport_date) if passport_date else self.tr("no date")
            if passport_id == current_id:
                text = self.tr("Version {n} of {date} (current)")
            else:
                text = self.tr("Version {n} of {date}")
            item = QListWidgetItem(text.format(n=version, date=when))
            item.setData(_PASSPORT_ID_ROLE, passport_id)
            self.versions.addItem(item)
        if not versions:
            item = QListWidgetItem(self.tr("No passport yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.versions.addItem(item)
        self.versions.setEnabled(True)
        if versions:
            self.versions.setCurrentRow(0)

    def _on_versions_item_activated(self, item: QListWidgetItem) -> None:
        passport_id = item.data(_PASSPORT_ID_ROLE)
        if passport_id is not None:
            self.version_activated.emit(int(passport_id), passport_id == self._current_id)
