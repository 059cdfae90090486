"""Returning a sub-office's consolidated package from the Reporting page (issue 10,
reporting.md §6.3).

The reason (required: OK stays disabled while it is empty) and the folder its ``returned``
receipt goes into (the folder packages were last received from, else one chosen); then
:func:`exporters.package_return.return_with_receipt`, as the ``return`` command does.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exporters.package_return import return_with_receipt
from models.reference.approvals import PeriodLockedError
from models.reference.dto import OfficeDTO
from models.reference.roles import RoleError
from models.reporting.returns import ReturnError
from models.store.db import Store
from ui.messages import period_text, role_error_text
from ui.reporting.received_table_model import office_name
from ui.widgets.theme import ERROR_STYLE

logger = logging.getLogger(__name__)


class ReturnDialog(QDialog):
    """Return the consolidated package of one sub-office and period, with a reason.

    Signals:
        returned(object): the :class:`~exporters.package_return.ReturnDone`.
    """

    returned = Signal(object)

    def __init__(
        self,
        store: Store,
        user: str,
        sender: OfficeDTO,
        period: str,
        folder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.sub_office, self.period = store, user, sender, period
        self.setWindowTitle(self.tr("Return package"))
        self.resize(560, 360)
        intro = QLabel(
            self.tr(
                "The package of {kato} {name} for {period} leaves this office's consolidation, "
                "and a receipt with the reason is written for the sender to read."
            ).format(kato=sender.kato, name=office_name(sender), period=period)
        )
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        reason_label = QLabel(self.tr("&Reason (what the sender must correct):"))
        reason_label.setBuddy(self.reason_edit)
        self.folder_edit = QLineEdit(folder)
        folder_label = QLabel(self.tr("Receipt &folder:"))
        folder_label.setBuddy(self.folder_edit)
        self.browse_button = QPushButton(self.tr("&Browse..."))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            self.tr("Re&turn"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update_ok)
        self.folder_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(folder_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.reason_edit.setFocus()

    def reason(self) -> str:
        """Return the reason typed, without surrounding blanks."""
        return self.reason_edit.toPlainText().strip()

    def folder(self) -> Path:
        """Return the folder the receipt goes into."""
        return Path(self.folder_edit.text().strip())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()) and bool(self.folder_edit.text().strip()))

    def _on_browse_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the receipt"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def save(self) -> None:
        """Return the package; on a refusal keep the dialog open with the refusal worded."""
        if not self.reason():
            return
        folder = self.folder()
        if not folder.is_dir():
            self.error_label.setText(
                self.tr("{folder} is not a folder: choose the folder for the receipt.").format(
                    folder=folder
                )
            )
            return
        try:
            done = return_with_receipt(
                self.store,
                self.sub_office.kato,
                self.period,
                reason=self.reason(),
                out=folder,
                user=self.user,
            )
        except ReturnError as exc:
            self.error_label.setText(period_text(exc.code))
            return
        except PeriodLockedError as exc:
            self.error_label.setText(
                period_text(
                    exc.code, {"period": exc.period, "by": exc.by, "at": exc.at.astimezone()}
                )
            )
            return
        except RoleError as exc:
            self.error_label.setText(role_error_text(exc.role))
            return
        logger.info(
            "returned %s of %s for %s", done.returned.package_id, self.sub_office.kato, self.period
        )
        self.returned.emit(done)
        self.accept()
