"""The zones x categories grid of accessibility levels (passport section 3.4)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from models.objects.accessibility import (
    CATEGORY_LETTERS,
    CONDITIONAL,
    FULL,
    NA,
    NONE,
    PARTIAL,
    display_code,
)
from models.objects.dto import ZoneDraft
from models.objects.tables import CATEGORIES

#: Data of the "not assessed yet" entry: a new passport starts with nothing assumed.
UNSET = ""


class LevelGrid(QWidget):
    """One row per functional zone: a level per user category and the live code.

    Tab walks the grid in reading order: К О С Г У of a zone, then the next zone. In a combo,
    arrow keys change the level and the first letter jumps to it. The zone conclusions are
    edited on the zone annexes page (``ui/objects/passport/annex_editor.py``), the one place
    they are; the grid only carries the stored ones through ``zone_drafts``.

    Signals:
        changed(): a level changed.
    """

    changed = Signal()

    def __init__(
        self,
        zone_labels: Mapping[str, str],
        category_labels: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.zones = list(zone_labels)
        self._combos: dict[tuple[str, str], QComboBox] = {}
        self._codes: dict[str, QLabel] = {}
        self._conclusions: dict[str, str] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(6)
        grid.addWidget(QLabel(f"<b>{self.tr('Zone')}</b>"), 0, 0)
        for c, cat in enumerate(CATEGORIES, start=1):
            head = QLabel(f"<b>{CATEGORY_LETTERS[cat]}</b>")
            head.setToolTip(category_labels.get(cat, cat))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, c)
        grid.addWidget(QLabel(f"<b>{self.tr('Code')}</b>"), 0, 6)
        previous: QWidget | None = None
        for n, zone in enumerate(self.zones, start=1):
            r = n
            label = QLabel(f"{n}. {zone_labels[zone]}")
            label.setWordWrap(True)
            label.setMinimumWidth(170)
            label.setMaximumWidth(210)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, r, 0)
            for c, cat in enumerate(CATEGORIES, start=1):
                combo = self._level_combo()
                combo.setAccessibleName(f"{zone_labels[zone]}: {CATEGORY_LETTERS[cat]}")
                combo.setToolTip(category_labels.get(cat, cat))
                combo.currentIndexChanged.connect(self._on_level_changed)
                self._combos[(zone, cat)] = combo
                grid.addWidget(combo, r, c)
                if previous is not None:
                    QWidget.setTabOrder(previous, combo)
                previous = combo
            code = QLabel()
            code.setWordWrap(True)
            code.setMinimumWidth(120)
            code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._codes[zone] = code
            grid.addWidget(code, r, 6)
            label.setBuddy(self._combos[(zone, CATEGORIES[0])])
        grid.setColumnStretch(6, 1)
        self._refresh_codes()

    def level_label(self, level: str) -> str:
        """Return the translated name of a level code."""
        return {
            UNSET: "—",
            FULL: self.tr("Full"),
            PARTIAL: self.tr("Partial"),
            CONDITIONAL: self.tr("Conditional"),
            NONE: self.tr("None"),
            NA: self.tr("N/A"),
        }.get(level, level)

    def _level_combo(self) -> QComboBox:
        combo = QComboBox()
        # Five combos a row must fit 1024 px; translated labels may be longer than "Partial".
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for level in (UNSET, FULL, PARTIAL, CONDITIONAL, NONE, NA):
            combo.addItem(self.level_label(level), level)
        combo.setItemData(
            5, self.tr("Not applicable: the zone is absent"), Qt.ItemDataRole.ToolTipRole
        )
        return combo

    # -- access -----------------------------------------------------------------------------

    def combo(self, zone: str, category: str) -> QComboBox:
        """Return the level combo of a zone and category."""
        return self._combos[(zone, category)]

    def code_label(self, zone: str) -> QLabel:
        """Return the label showing a zone's display code."""
        return self._codes[zone]

    def levels(self) -> dict[str, dict[str, str]]:
        """Return zone -> category -> level, ``UNSET`` where nothing is chosen yet."""
        return {
            z: {c: str(self._combos[(z, c)].currentData()) for c in CATEGORIES} for z in self.zones
        }

    def zone_drafts(self) -> tuple[ZoneDraft, ...]:
        """Return the zones as drafts (not-assessed cells read as N/A) with the conclusions
        shown last (the zone annexes page replaces them with what it edits)."""
        return tuple(
            ZoneDraft(z, {c: lv or NA for c, lv in levels.items()}, self._conclusions.get(z, ""))
            for z, levels in self.levels().items()
        )

    def set_zones(self, zones: Sequence[ZoneDraft]) -> None:
        """Show the zones of a passport; zones it lacks are left not assessed."""
        given = {z.zone: z for z in zones}
        blocked = self.blockSignals(True)
        for zone in self.zones:
            draft = given.get(zone)
            for cat in CATEGORIES:
                combo = self._combos[(zone, cat)]
                level = draft.levels.get(cat, UNSET) if draft else UNSET
                index = combo.findData(level)
                if index < 0:
                    combo.addItem(level, level)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            self._conclusions[zone] = draft.conclusion if draft else ""
        self.blockSignals(blocked)
        self._refresh_codes()
        self.changed.emit()

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid editing."""
        for combo in self._combos.values():
            combo.setEnabled(editable)

    # -- live code --------------------------------------------------------------------------

    def _on_level_changed(self, _index: int) -> None:
        self._refresh_codes()
        self.changed.emit()

    def _refresh_codes(self) -> None:
        for zone, levels in self.levels().items():
            if any(lv == UNSET for lv in levels.values()):
                self._codes[zone].setText("…")
                self._codes[zone].setToolTip(self.tr("Choose a level for every category."))
            else:
                self._codes[zone].setText(display_code(levels))
                self._codes[zone].setToolTip("")
