"""Page 4 of the import wizard: the profile saved under a name.

Next saves it in the store (``models.reference.import_profiles``) with the header's signature,
so the next import of the same layout picks it by itself; "Save to file..." also writes the
§3.1 JSON for the command line (``main.py import-registry --profile P.json``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from exporters.import_profile import ImportProfile, save_profile
from models.errors import QoldauError
from ui.imports.host import WizardHost
from ui.imports.texts import failure_text
from ui.widgets.theme import ERROR_STYLE


class SavePage(QWizardPage):
    """The profile's name; Next saves it in the store."""

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("Profile"))
        self.setSubTitle(
            self.tr(
                "Save these matches as a profile: the next import of a file with the same "
                "headers uses it by itself."
            )
        )
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        name_label = QLabel(self.tr("Profile na&me:"))
        name_label.setBuddy(self.name_edit)
        form = QFormLayout()
        form.addRow(name_label, self.name_edit)
        self.file_button = QPushButton(self.tr("Save to &file..."))
        self.file_button.setAutoDefault(False)
        self.file_button.setToolTip(
            self.tr("Write the profile as a file for the command line (import-registry --profile)")
        )
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.file_button)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.file_button.clicked.connect(self._on_file_button_clicked)

    def initializePage(self) -> None:  # noqa: N802
        """Propose the saved profile's name, else the file's."""
        wiz = self._wiz
        name = wiz.profile_name or (wiz.path.stem if wiz.path is not None else "")
        self.name_edit.setText(name)
        self.message_label.clear()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def isComplete(self) -> bool:  # noqa: N802
        """A name is given."""
        return bool(self.name_edit.text().strip())

    def named_profile(self) -> ImportProfile:
        """Return the wizard's profile under the typed name."""
        profile = self._wiz.profile
        assert profile is not None
        return replace(profile, name=" ".join(self.name_edit.text().split()))

    def validatePage(self) -> bool:  # noqa: N802
        """Save the profile in the store (a refusal is said and keeps the page)."""
        wiz = self._wiz
        if wiz.profile is None:
            return False
        profile = self.named_profile()
        try:
            wiz.backend.save(profile.name, profile, wiz.signature())
        except QoldauError as exc:
            self._say(failure_text(exc), error=True)
            return False
        wiz.set_profile(profile)
        wiz.profile_name = profile.name
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self.completeChanged.emit()

    def _on_file_button_clicked(self) -> None:
        if self._wiz.profile is None:
            return
        stem = self.named_profile().name or "profile"
        start = Path(self._wiz.settings.last_folder) / f"{stem}.json"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save import profile"), str(start), self.tr("Import profiles (*.json)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            save_profile(self.named_profile(), path)
        except OSError as exc:
            self._say(
                self.tr("Qoldau cannot write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
                error=True,
            )
            return
        self._wiz.settings.set("ui/last_folder", str(path.parent))
        self._say(self.tr("Profile saved to {path}.").format(path=path))
