"""File > Save registry template (reporting.md §3), also offered on the import wizard's first page.

The empty template is written where the user chooses; a file open in Excel or an unwritable
folder gives a message, never a crash.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from exporters import registry_template
from ui.settings import UiSettings

logger = logging.getLogger(__name__)

TEMPLATE_NAME = "qoldau_registry_template.xlsx"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegistryTemplate", text)


def save_template_interactively(parent: QWidget | None, settings: UiSettings) -> Path | None:
    """Ask where to save the empty registry template and write it.

    A file open in Excel (``PermissionError``) or an unwritable folder gives a message, never a
    crash. In a main window the status bar says where the file went.

    Returns:
        The file written, or None when the user cancelled or it could not be written.
    """
    start = Path(settings.last_folder) / TEMPLATE_NAME
    name, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Save registry template"), str(start), _tr("Excel workbooks (*.xlsx)")
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    settings.set("ui/last_folder", str(path.parent))
    try:
        registry_template.write_template(path)
    except PermissionError:
        QMessageBox.warning(
            parent,
            _tr("Registry template"),
            _tr(
                "Qoldau cannot write {path}: the file is open in another program (Excel?) or "
                "the folder is read-only. Close the file, or choose another folder, and try "
                "again."
            ).format(path=path),
        )
        return None
    except OSError as exc:
        logger.warning("cannot write template %s: %s", path, exc)
        QMessageBox.warning(
            parent,
            _tr("Registry template"),
            _tr("Qoldau cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            ),
        )
        return None
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(saved_text(path), 10_000)
    return path


def saved_text(path: Path) -> str:
    """Return the sentence saying where the template was saved."""
    return _tr("Registry template saved: {path}").format(path=path)
