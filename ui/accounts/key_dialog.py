"""The recovery key, shown once (at set-up and when a plain store is encrypted): print it, keep
it in the office safe, and only then go on."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import format_date
from ui.printing.document import PreviewDialog, build_document, exec_preview

_KEY_STYLE = "font-family: monospace; font-size: 16pt"


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; "Continue" is enabled after the user confirms keeping it.

    Attributes:
        printed: True once the key was sent to the print preview.
    """

    def __init__(self, key: str, place: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.place = place
        self.printed = False
        self.setWindowTitle(self.tr("Recovery key"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "This is the store's recovery key. It is shown only this once. Print it and keep "
                "it in the office safe: with it an administrator who forgot the password sets a "
                "new one; without it, a forgotten password cannot be recovered. Do not save it "
                "on this computer or send it by e-mail."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.key_edit = QLineEdit(key)
        self.key_edit.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 12))
        font.setWeight(QFont.Weight.Bold)
        self.key_edit.setFont(font)
        self.key_edit.setMinimumWidth(self.key_edit.fontMetrics().horizontalAdvance(key) + 24)
        layout.addWidget(self.key_edit)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print..."))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        for button in (self.print_button, self.copy_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirm_check = QCheckBox(
            self.tr("I have printed the recovery key and will keep it in the office safe")
        )
        self.confirm_check.toggled.connect(self._on_confirm_check_toggled)
        layout.addWidget(self.confirm_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("C&ontinue"))
        self.continue_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.confirm_check.setFocus()

    def _on_confirm_check_toggled(self, checked: bool) -> None:
        self.continue_button.setEnabled(checked)

    def reject(self) -> None:
        """Escape does not close the dialog before the key is confirmed: it is shown only once."""
        if self.confirm_check.isChecked():
            self.accept()

    def accept(self) -> None:
        """Close only once the user confirmed keeping the key."""
        if self.confirm_check.isChecked():
            super().accept()

    def document_html(self) -> str:
        """Return the printed page: what the key is, for which store, and the key."""
        title = html.escape(self.tr("Qoldau recovery key"))
        rows = [
            f"<h2>{title}</h2>",
            "<p>{}</p>".format(
                html.escape(self.tr("Store: {place}").format(place=self.place))
                if self.place
                else ""
            ),
            "<p>{}</p>".format(
                html.escape(self.tr("Printed on {date}").format(date=format_date(date.today())))
            ),
            f'<p style="{_KEY_STYLE}"><b>{html.escape(self.key)}</b></p>',
            "<p>{}</p>".format(
                html.escape(
                    self.tr(
                        "Keep this page in the office safe. With this key an administrator "
                        "who forgot the password sets a new one (login dialog: Forgot "
                        "password?)."
                    )
                )
            ),
        ]
        return "".join(rows)

    def make_preview(self) -> PreviewDialog:
        """Return the print preview of the key page."""
        doc = build_document(self.document_html(), self.tr("Qoldau recovery key"))
        preview = PreviewDialog(
            doc, title=self.tr("Qoldau recovery key"), file_name="qoldau-key.pdf", parent=self
        )
        preview.setWindowTitle(self.tr("Print the recovery key"))
        return preview

    def _on_print_button_clicked(self) -> None:
        self.printed = True
        exec_preview(self.make_preview())

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.key)
