"""The backup settings of the office (administrator): folder, how many to keep, daily on/off."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.errors import QoldauError
from models.issues import ValidationError
from models.reference.backup_policy import KEEP_MAX, BackupPolicy, default_folder, read_policy
from models.reference.backup_policy import save_policy as save_backup_policy
from models.store.db import Store
from ui.backups.texts import failure_text
from ui.messages import issue_text
from ui.widgets.dialog_parts import error_summary_label, save_buttons


class BackupSettingsDialog(QDialog):
    """Edit where automatic backups go, how many are kept and whether one is made daily."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Backup settings"))
        policy = read_policy(store)
        layout = QVBoxLayout(self)
        self.error_label = error_summary_label()
        layout.addWidget(self.error_label)
        form = QFormLayout()
        self.folder_edit = QLineEdit(policy.folder or "")
        self.folder_edit.setPlaceholderText(
            self.tr("Default: {folder}").format(folder=default_folder(store))
        )
        self.folder_edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("C&hoose..."))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        form.addRow(self.tr("Backup &folder:"), row)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, KEEP_MAX)
        self.keep_spin.setValue(policy.keep)
        form.addRow(self.tr("&Keep the newest:"), self.keep_spin)
        self.daily_check = QCheckBox(self.tr("Make a backup &every day"))
        self.daily_check.setChecked(policy.daily)
        form.addRow("", self.daily_check)
        layout.addLayout(form)
        self.buttons = save_buttons(self, self.save)
        layout.addWidget(self.buttons)

    def policy(self) -> BackupPolicy:
        """Return the settings as entered."""
        return BackupPolicy(
            self.folder_edit.text().strip() or None,
            self.keep_spin.value(),
            self.daily_check.isChecked(),
        )

    def _on_choose_button_clicked(self) -> None:
        start = self.folder_edit.text() or str(default_folder(self.store))
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.folder_edit.setText(folder)

    def save(self) -> None:
        """Store the settings and close, or show why they were refused."""
        try:
            save_backup_policy(self.store, self.policy())
        except ValidationError as exc:
            self.error_label.setText("\n".join(issue_text(i) for i in exc.report.errors))
            self.error_label.show()
            self.keep_spin.setFocus()
            return
        except (QoldauError, OSError) as exc:  # a missing folder, a role that may not
            self.error_label.setText(failure_text(exc))
            self.error_label.show()
            self.folder_edit.setFocus()
            return
        self.accept()
