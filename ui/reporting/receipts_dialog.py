"""What became of the receipts read on the Reporting page (issue 10, reporting.md §6.3).

:func:`record_files` records each file as the ``receipt`` command does
(:func:`exporters.receipt.record_receipt_file`); :class:`ReceiptsResultDialog` lists one line
per file: recorded (with its outcome in words) or refused (foreign, unreadable, ...: worded by
:func:`ui.messages.period_text`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exporters.receipt import ReceiptError, record_receipt_file
from models.reference.roles import RoleError
from models.reporting.exports import ForeignReceipt, ReceiptInfo
from models.store.db import Store
from ui.messages import period_text, role_error_text
from ui.widgets.theme import ERROR_COLOUR

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReceiptFileResult:
    """One file read: the receipt recorded, or the refusal worded."""

    path: Path
    info: ReceiptInfo | None
    refusal: str = ""


def record_files(store: Store, user: str, paths: Sequence[Path]) -> list[ReceiptFileResult]:
    """Record every receipt at ``paths``; a refused one is worded, the others still recorded."""
    results = []
    for path in paths:
        try:
            info = record_receipt_file(store, path, user=user)
        except (ReceiptError, ForeignReceipt) as exc:
            logger.info("receipt %s refused: %s", path, exc)
            results.append(ReceiptFileResult(path, None, period_text(exc.code)))
            continue
        except RoleError as exc:
            results.append(ReceiptFileResult(path, None, role_error_text(exc.role)))
            continue
        logger.info("receipt %s recorded: %s %s", path, info.package_id, info.outcome)
        results.append(ReceiptFileResult(path, info))
    return results


class ReceiptsResultDialog(QDialog):
    """One line per receipt file: recorded with its outcome (in the words of ``outcome_text``,
    the sent packages' table's), or refused with the reason."""

    def __init__(
        self,
        results: Sequence[ReceiptFileResult],
        outcome_text: Callable[[ReceiptInfo], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.results = list(results)
        self.setWindowTitle(self.tr("Receipts read"))
        self.resize(640, 320)
        recorded = sum(1 for r in self.results if r.info is not None)
        summary = QLabel(
            self.tr("{recorded} of {total} receipt(s) recorded.").format(
                recorded=recorded, total=len(self.results)
            )
        )
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for r in self.results:
            if r.info is not None:
                text = self.tr("{file}: recorded: {outcome}").format(
                    file=r.path.name, outcome=outcome_text(r.info)
                )
            else:
                text = self.tr("{file}: refused: {reason}").format(
                    file=r.path.name, reason=r.refusal
                )
            item = QListWidgetItem(text)
            item.setToolTip(str(r.path))
            if r.info is None:
                item.setForeground(QBrush(QColor(ERROR_COLOUR)))
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus()

    def lines(self) -> list[str]:
        """Return the lines shown, one per file."""
        return [self.list.item(i).text() for i in range(self.list.count())]
