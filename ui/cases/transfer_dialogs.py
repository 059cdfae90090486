"""Case transfer between districts in the GUI (issue 8): sending a case from its case screen and
receiving a transferred case on the Cases page.

:class:`TransferDialog` asks the receiving district's KATO code and name and the folder (a USB
stick), and a confirmation that the case will be closed; the file is written and the case
closed in the worker (``exporters/transfer_file.py`` ``send_case``), then the dialog shows the
one-time passphrase with Copy and Print and the note to pass it on separately.
:class:`ReceiveTransferDialog` takes the file and the passphrase and shows the new case's
number, linked to the old one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QFont, QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from exporters.transfer_file import (
    SUFFIX,
    ReceivedTransfer,
    SentTransfer,
    receive_file,
    send_case,
)
from models.cases.dto import CaseDetail
from models.issues import ValidationError
from models.reference.roles import RoleError
from models.store.db import Store, StoreError
from ui.i18n import format_date
from ui.messages import issue_text, store_error_text
from ui.printing.document import PreviewDialog, build_document, exec_preview
from ui.printing.formatting import escape
from ui.widgets.dialog_parts import error_summary_label
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)


def failure_text(exc: object) -> str:
    """Return the sentence of a refused send or receive."""
    if isinstance(exc, ValidationError):
        return "\n".join(issue_text(i) for i in exc.report.errors)
    if isinstance(exc, RoleError):
        return QCoreApplication.translate(
            "CaseTransfer", "Your role does not allow transferring cases: nothing was changed."
        )
    if isinstance(exc, StoreError):
        return store_error_text(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "CaseTransfer",
            "The file could not be written or read: {reason}. Nothing was changed; check the "
            "USB stick or choose another folder.",
        ).format(reason=exc.strerror or exc)
    return QCoreApplication.translate("CaseTransfer", "The transfer failed: nothing was changed.")


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _folder_row(edit: QLineEdit, browse: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return row


class TransferDialog(QDialog):
    """Send an open case to another district: the file, the closure, then the passphrase.

    Signals:
        sent(object): the :class:`~exporters.transfer_file.SentTransfer`, once the file is
            written and the case closed.
    """

    sent = Signal(object)

    def __init__(
        self,
        store: Store,
        user: str,
        case: CaseDetail,
        today: date,
        parent: QWidget | None = None,
        *,
        runner: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.case, self.today = store, user, case, today
        self.runner = runner or JobRunner()
        self.result_sent: SentTransfer | None = None
        self.preview: PreviewDialog | None = None
        self.setWindowTitle(self.tr("Transfer case {number}").format(number=case.number))

        # -- the form ---------------------------------------------------------------------
        self.kato_edit = QLineEdit()
        self.kato_edit.setMaxLength(9)
        self.kato_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,9}"), self.kato_edit)
        )
        self.kato_edit.setPlaceholderText("113400000")
        self.name_edit = QLineEdit()
        self.folder_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("&Browse..."))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(lambda _checked=False: self._browse())
        self.confirm_check = QCheckBox(
            self.tr("I &understand that this case will be closed as transferred")
        )
        intro = QLabel(
            self.tr(
                "The family moves to another district: the case with its family and history is "
                "written to an encrypted file for that district, and closed here with the "
                'reason "family moved; case transferred". Its history stays here.'
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Receiving district's &KATO code:"), self.kato_edit)
        form.addRow(self.tr("Receiving district's &name:"), self.name_edit)
        form.addRow(
            _buddy(self.tr("&Folder (USB stick):"), self.folder_edit),
            _folder_row(self.folder_edit, self.browse_button),
        )
        self.error_label = error_summary_label()
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(intro)
        form_layout.addLayout(form)
        form_layout.addWidget(self.confirm_check)
        form_layout.addWidget(self.error_label)
        form_layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            self.tr("&Transfer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start_transfer)
        self.buttons.rejected.connect(self.reject)
        form_layout.addWidget(self.buttons)

        # -- the passphrase, shown once ------------------------------------------------------
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(max(font.pointSize(), 10) + 6)
        self.passphrase_edit.setFont(font)
        note = QLabel(
            self.tr(
                "Give this passphrase to the receiving district separately from the file: by "
                "phone or on paper, never with the USB stick or in the same e-mail. It is shown "
                "only now and stored nowhere; without it the file cannot be opened."
            )
        )
        note.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(lambda _checked=False: self.copy_passphrase())
        self.print_button = QPushButton(self.tr("&Print..."))
        self.print_button.clicked.connect(lambda _checked=False: self.print_passphrase())
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.clicked.connect(lambda _checked=False: self.accept())
        done_buttons = QHBoxLayout()
        done_buttons.addWidget(self.copy_button)
        done_buttons.addWidget(self.print_button)
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.close_button)
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.addWidget(self.done_label)
        done_layout.addWidget(self.passphrase_edit)
        done_layout.addWidget(note)
        done_layout.addStretch(1)
        done_layout.addLayout(done_buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(620, 360)
        self.send_button.setDefault(True)  # Enter in a field sends (once in the dialog)
        self.kato_edit.setFocus()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the transfer file"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def start_transfer(self) -> None:
        """Check the form and write the file and the closure in the worker."""
        kato, name = self.kato_edit.text().strip(), self.name_edit.text().strip()
        folder = self.folder_edit.text().strip()
        if len(kato) != 9:
            self._show_error(self.tr("Enter the receiving district's 9-digit KATO code."))
            self.kato_edit.setFocus()
            return
        if not name:
            self._show_error(self.tr("Enter the receiving district's name."))
            self.name_edit.setFocus()
            return
        if not folder:
            self._show_error(self.tr("Choose the folder to write the file into."))
            self.folder_edit.setFocus()
            return
        if not self.confirm_check.isChecked():
            self._show_error(self.tr("Confirm that the case will be closed as transferred."))
            self.confirm_check.setFocus()
            return
        self.error_label.hide()
        self.send_button.setEnabled(False)
        store, user, case_id, today = self.store, self.user, self.case.id, self.today

        def job(**_kwargs: Any) -> SentTransfer:
            return send_case(store, case_id, kato, name, Path(folder), user, today)

        worker = Worker(job)
        worker.signals.finished.connect(self._on_sent)
        worker.signals.failed.connect(self._on_failed)
        self.runner.start(worker)

    def _on_sent(self, sent: SentTransfer) -> None:
        self.result_sent = sent
        self.done_label.setText(
            self.tr(
                "Case {number} is closed as transferred to {office}. The file is {path}."
            ).format(number=sent.case_number, office=self.name_edit.text().strip(), path=sent.path)
        )
        self.passphrase_edit.setText(sent.passphrase)
        self.pages.setCurrentIndex(1)
        self.copy_button.setFocus()
        self.sent.emit(sent)

    def _on_failed(self, exc: object) -> None:
        self.send_button.setEnabled(True)
        self._show_error(failure_text(exc))

    def copy_passphrase(self) -> None:
        """Put the passphrase on the clipboard."""
        QGuiApplication.clipboard().setText(self.passphrase_edit.text())

    def build_print_preview(self) -> PreviewDialog:
        """Return the print preview of the passphrase sheet (not yet shown; tests use this)."""
        sent = self.result_sent
        assert sent is not None
        rows = [
            (self.tr("Case"), sent.case_number),
            (
                self.tr("To"),
                f"{self.name_edit.text().strip()} ({sent.to_kato})",
            ),
            (self.tr("File"), sent.path.name),
            (self.tr("Date"), format_date(self.today)),
        ]
        html = (
            f"<h2>{escape(self.tr('Case transfer passphrase'))}</h2><table>"
            + "".join(f"<tr><td>{escape(k)}:&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows)
            + f"</table><p style='font-family: monospace; font-size: 20pt'>"
            f"{escape(sent.passphrase)}</p><p>"
            + escape(
                self.tr(
                    "Give this sheet to the receiving district separately from the file. "
                    "Destroy it once the case is received."
                )
            )
            + "</p>"
        )
        title = self.tr("Case transfer passphrase")
        self.preview = PreviewDialog(
            build_document(html, title),
            title=title,
            file_name=f"{sent.case_number}-passphrase.pdf",
            parent=self,
        )
        return self.preview

    def print_passphrase(self) -> None:
        """Show the print preview of the passphrase sheet."""
        exec_preview(self.build_print_preview())


class ReceiveTransferDialog(QDialog):
    """Receive a case transferred from another district: the file and its passphrase.

    Signals:
        received(int): the new case's id.
    """

    received = Signal(int)

    def __init__(
        self,
        store: Store,
        user: str,
        runner: JobRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.store, self.user, self.runner, self.today = store, user, runner, today
        self.received_transfer: ReceivedTransfer | None = None
        self.setWindowTitle(self.tr("Receive a transferred case"))
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("&Browse..."))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(lambda _checked=False: self._browse())
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        intro = QLabel(
            self.tr(
                "Choose the transfer file from the sending district and type the passphrase "
                "they gave you separately. The case becomes a new case of this office, linked "
                "to its old number."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(
            _buddy(self.tr("Transfer &file:"), self.file_edit),
            _folder_row(self.file_edit, self.browse_button),
        )
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        self.error_label = error_summary_label()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.receive_button = self.buttons.addButton(
            self.tr("&Receive"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start_receive)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(600, 260)
        self.receive_button.setDefault(True)  # Enter in a field receives (once in the dialog)
        self.file_edit.setFocus()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Transfer file"),
            self.file_edit.text(),
            self.tr("Case transfer files (*{suffix})").format(suffix=SUFFIX),
        )
        if name:
            self.file_edit.setText(name)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def start_receive(self) -> None:
        """Decrypt the file and receive its case in the worker."""
        path, passphrase = self.file_edit.text().strip(), self.passphrase_edit.text()
        if not path or not Path(path).is_file():
            self._show_error(self.tr("Choose the transfer file."))
            self.file_edit.setFocus()
            return
        if not passphrase.strip():
            self._show_error(self.tr("Type the passphrase the sending district gave you."))
            self.passphrase_edit.setFocus()
            return
        self.error_label.hide()
        self.receive_button.setEnabled(False)
        store, user, today = self.store, self.user, self.today()

        def job(**_kwargs: Any) -> ReceivedTransfer:
            return receive_file(store, Path(path), passphrase, user, today)

        worker = Worker(job)
        worker.signals.finished.connect(self._on_received)
        worker.signals.failed.connect(self._on_failed)
        self.runner.start(worker)

    def _on_received(self, got: ReceivedTransfer) -> None:
        self.received_transfer = got
        self.passphrase_edit.clear()
        self.result_label.setText(
            self.tr("Received as case {number}, transferred from {office} case {old}.").format(
                number=got.number, office=got.from_office, old=got.from_number
            )
        )
        self.result_label.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.received.emit(got.case_id)

    def _on_failed(self, exc: object) -> None:
        self.receive_button.setEnabled(True)
        self._show_error(failure_text(exc))


def transfer_note(link: dict[str, object] | None) -> str:
    """Return the case screen's line about a transfer ("" for a case never transferred)."""
    if link is None:
        return ""
    if link["direction"] == "in":
        return QCoreApplication.translate(
            "CaseTransfer", "Transferred from {office} case {number}"
        ).format(office=link["office"], number=link["number"])
    return QCoreApplication.translate("CaseTransfer", "Transferred to {office} on {date}").format(
        office=link["office"], date=format_date(link["date"])
    )
