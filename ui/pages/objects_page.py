"""The objects register page (placeholder until the register lands; see issue 2)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models.db import Store
from ui.workers import JobRunner


class ObjectsPage(QWidget):
    """The register of objects."""

    def __init__(
        self, store: Store, user: str, runner: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner = store, user, runner
        QVBoxLayout(self).addWidget(QLabel(self.tr("Objects")))

    def refresh(self) -> None:
        """Reload the register."""
