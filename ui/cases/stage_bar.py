"""A row of the case stages with the current one highlighted (SIGNAL -> ... -> CLOSED)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from models.cases.rules import CLOSED, REOPENED, STAGES

#: Stages drawn in order; REOPENED appears after CLOSED once a case was reopened.
_MAIN = tuple(s for s in STAGES if s != REOPENED)
_CURRENT = "background: #1f5fa8; color: white; font-weight: bold; padding: 2px 6px;"
_DONE = "color: #2e6b2e; padding: 2px 6px;"
_LATER = "color: #777777; padding: 2px 6px;"


class StageBar(QWidget):
    """Shows where a case stands in its life cycle."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_labels: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._reopen_arrow = QLabel("→")
        for i, stage in enumerate((*_MAIN, REOPENED)):
            if i:
                layout.addWidget(self._reopen_arrow if stage == REOPENED else QLabel("→"))
            label = QLabel(labels.get(stage, stage))
            label.setObjectName(f"stage_{stage}")
            self.stage_labels[stage] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self.current = ""

    def set_stage(self, stage: str, reopened: bool = False) -> None:
        """Highlight ``stage``; earlier stages are marked done."""
        self.current = stage
        order = list(_MAIN)
        position = order.index(stage) if stage in order else order.index(CLOSED) + 1
        for i, name in enumerate(_MAIN):
            label = self.stage_labels[name]
            if name == stage:
                label.setStyleSheet(_CURRENT)
            else:
                label.setStyleSheet(_DONE if i < position else _LATER)
        reopen_label = self.stage_labels[REOPENED]
        reopen_label.setVisible(stage == REOPENED or reopened)
        self._reopen_arrow.setVisible(stage == REOPENED or reopened)
        reopen_label.setStyleSheet(_CURRENT if stage == REOPENED else _DONE)
        self.setAccessibleName(self.stage_labels[stage].text())
