"""UI state kept with QSettings (INI): every key and its default declared once, here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

#: key -> default. Domain preferences live in the store's ``setting`` table, not here.
DEFAULTS: dict[str, Any] = {
    "ui/language": "kk",
    "ui/last_folder": str(Path.home()),
    "ui/main_geometry": None,
    "ui/register_header": None,
    # Export wizard (issue 4): the folder of the last package and the last period type.
    "export/last_folder": str(Path.home()),
    "export/period_kind": "quarter",
    # The passport's photo annex (issue 12): the folder photos were last added from.
    "photos/last_folder": str(Path.home()),
}


class UiSettings:
    """Typed access to the UI settings file."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Qoldau", "qoldau"
        )

    def get(self, key: str) -> Any:
        """Return the stored value of a declared key, or its default."""
        return self._s.value(key, DEFAULTS[key])

    def set(self, key: str, value: Any) -> None:
        """Store a declared key."""
        if key not in DEFAULTS:
            raise KeyError(key)
        self._s.setValue(key, value)

    @property
    def language(self) -> str:
        """The interface language: kk, ru or en."""
        lang = str(self.get("ui/language"))
        return lang if lang in ("kk", "ru", "en") else "kk"

    @property
    def last_folder(self) -> str:
        """Folder of the last file dialog."""
        return str(self.get("ui/last_folder"))
