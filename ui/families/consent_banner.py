"""The banner of a family whose consent was withdrawn (brief §6, issue 14).

Shown above the family dialog and the case card: when processing stopped, what stopped and what
is kept; when a law keeps processing after a withdrawal, which. The guard itself is in
``models/families/consent.py``: the banner only spares the user a refused save.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from models.families.consent import ConsentStatus
from ui.widgets.theme import WARNING_COLOUR


class ConsentBanner(QLabel):
    """Says a family's consent state in the warning colour; hidden when there is nothing to say."""

    def __init__(self, status: ConsentStatus | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_banner")
        self.setWordWrap(True)
        self.setStyleSheet(
            f"QLabel#consent_banner {{ color: {WARNING_COLOUR}; border: 1px solid "
            f"{WARNING_COLOUR}; padding: 4px; }}"
        )
        self.status = ConsentStatus()
        self.show_status(status or ConsentStatus())

    def show_status(self, status: ConsentStatus) -> None:
        """Show ``status`` (hidden when processing goes on without a withdrawal)."""
        self.status = status
        text = self.text_of(status)
        self.setText(text)
        self.setVisible(bool(text))

    def text_of(self, status: ConsentStatus) -> str:
        if status.stopped_on is not None:
            if status.expired:
                head = self.tr("Consent expired on {date}").format(date=_day(status.stopped_on))
            else:
                head = self.tr("Consent withdrawn on {date}").format(date=_day(status.stopped_on))
            return head + self.tr(
                ": personal data of this family are no longer processed; only the consent record "
                "is kept and may be changed (a consent given again, or a law that keeps the "
                "processing, lifts this)."
            )
        if status.withdrawn_on is not None and status.kept_by:
            return self.tr(
                "Consent withdrawn on {date}; processing continues by law ({basis}): only what "
                "that law requires is processed."
            ).format(date=_day(status.withdrawn_on), basis=status.kept_by)
        return ""


def _day(day: date) -> str:
    return f"{day:%d.%m.%Y}"
