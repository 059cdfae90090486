"""Words of the import wizard: field labels by interface language, failures, results.

Field labels come from the suggestion's own tables (``exporters.profile_suggest.field_labels``:
the kk, ru and en labels of each field), so the drop-downs read as the clerk's headers do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel

from exporters.import_profile import MEMBERS
from exporters.profile_suggest import REQUIRED, field_labels, value_choices
from exporters.profile_suggest import required_missing as suggested_missing
from exporters.registry_read import RegistryRejected
from models.errors import QoldauError
from models.reference.roles import RoleError
from ui.i18n import current_language
from ui.imports.registry_problems import problem_text
from ui.messages import profile_text, role_error_text
from ui.workers import Cancelled

_LANG_INDEX = {"kk": 0, "ru": 1, "en": 2}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def field_label(target: str, field: str, lang: str | None = None) -> str:
    """Return the label of ``field`` in the interface language (its code when none is known)."""
    labels = field_labels(target).get(field, ())
    index = _LANG_INDEX.get(lang or current_language(), 2)
    if index < len(labels) and labels[index]:
        return str(labels[index])
    return str(labels[0]) if labels else field


def choice_labels(field: str, lang: str | None = None) -> list[tuple[str, str]]:
    """Return (code, label in the interface language) of a coded field's values."""
    lang = lang or current_language()
    out = []
    for code, label_kk, label_ru in value_choices(field):
        label = label_kk if lang == "kk" else label_ru if lang == "ru" else ""
        out.append((code, label or label_ru or label_kk or code))
    return out


def required_missing(
    target: str, mapped: Iterable[str], constants: Iterable[str] = ()
) -> list[str]:
    """Return the required fields that neither a column nor a constant gives (§3.1)."""
    return list(suggested_missing(target, [*mapped, *constants]))


def is_required(target: str, field: str) -> bool:
    """Return True for a field a profile must map (``iin`` and the statuses in their groups)."""
    if target == MEMBERS:
        return field in REQUIRED[MEMBERS] or field in ("iin", "no_iin_reason")
    return field in REQUIRED[target] or field == "status_display"


def failure_text(exc: object) -> str:
    """Return what a failed job of the wizard says to the user."""
    if isinstance(exc, Cancelled) or type(exc).__name__ in ("ImportCancelled", "Cancelled"):
        return _tr("Cancelled: nothing was imported.")
    if isinstance(exc, RegistryRejected):
        problems = exc.problems
        first = problem_text(problems[0]) if problems else ""
        return _tr("The file cannot be read: {reason}").format(reason=first)
    if isinstance(exc, RoleError):
        return role_error_text(exc.role)
    code = getattr(exc, "code", None)
    if isinstance(exc, QoldauError) and isinstance(code, str) and code.startswith("profile_"):
        params = getattr(exc, "params", None)
        return profile_text(code, params if isinstance(params, Mapping) else None)
    if isinstance(exc, OSError):
        return _tr("The file cannot be read: {reason}").format(reason=exc.strerror or exc)
    return _tr("The import failed; nothing was changed. Details: {error}").format(error=exc)


def file_label(text: str) -> QLabel:
    """Return a label showing ``text`` from a file as it is: plain text, ``&`` no mnemonic."""
    label = QLabel(text.replace("&", "&&"))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def narrow_combo(combo: QComboBox, chars: int = 16) -> QComboBox:
    """Let ``combo`` be as narrow as ``chars`` characters (its popup still shows whole items
    once :func:`ui.widgets.dialog_parts.widen_popups` ran), so a long label never widens a page."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def joined(items: Sequence[str]) -> str:
    """Return ``items`` as one comma-separated phrase."""
    return ", ".join(items)
