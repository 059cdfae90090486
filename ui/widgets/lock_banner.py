"""The banner of a record locked by an approved period (reporting.md §6.1, issue 10).

A form opened on a record that an approved period's package reads (``models/period_lock.py``
``lock_for``) says so above its fields, in the warning colour, and makes the fields that change
the period's figures read-only; names, addresses and notes stay editable. The lock itself is the
``before_flush`` guard: the banner only spares the user a refused save.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from models.period_lock import lock_for
from models.reference.approvals import ApprovedPeriod, PeriodLockedError
from models.store.db import Store
from ui.messages import period_text
from ui.widgets.theme import WARNING_COLOUR


class LockBanner(QLabel):
    """Says which approved period locks the record of a form, by whom and when; hidden when none.

    ``lock`` is the approved period shown (None: the record is open).
    """

    def __init__(self, lock: ApprovedPeriod | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_banner")
        self.setWordWrap(True)
        self.setStyleSheet(
            f"QLabel#lock_banner {{ color: {WARNING_COLOUR}; border: 1px solid {WARNING_COLOUR};"
            " padding: 4px; }"
        )
        self.lock: ApprovedPeriod | None = None
        self.show_lock(lock)

    def show_lock(self, lock: ApprovedPeriod | None) -> None:
        """Show ``lock`` (or hide the banner when it is None)."""
        self.lock = lock
        if lock is None:
            self.clear()
            self.hide()
            return
        at = lock.at.astimezone() if lock.at.tzinfo is not None else lock.at
        self.setText(
            self.tr(
                "Period {period} is approved (by {by}, {at}): the fields that change its figures "
                "are read-only. A supervisor can reopen the period on the Reporting page."
            ).format(period=lock.period, by=lock.by, at=f"{at:%d.%m.%Y %H:%M}")
        )
        self.show()


def record_lock(
    store: Store, cls: type, record_id: int | None, *, adaptation: bool = False
) -> ApprovedPeriod | None:
    """Return the approved period locking the record ``cls`` ``record_id`` (None: a new one)."""
    if record_id is None:
        return None
    return lock_for(store, (cls, record_id), adaptation=adaptation)


def make_read_only(widgets: Iterable[QWidget]) -> None:
    """Make ``widgets`` read-only: text fields keep their text selectable, the rest disabled."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            widget.setReadOnly(True)
        else:
            widget.setEnabled(False)


def refusal_text(exc: PeriodLockedError) -> str:
    """Return the translated refusal of a save the lock refused (period, who, when)."""
    return period_text(exc.code, {"period": exc.period, "by": exc.by, "at": exc.at.astimezone()})
