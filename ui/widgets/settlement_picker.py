"""A picker over the office's settlements that also accepts a typed 9-digit KATO code."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from models.reference.repository import ReferenceRepository
from models.store.db import Store
from ui.i18n import current_language, local_name
from ui.widgets.settlement_dialog import SettlementDialog
from ui.widgets.theme import invalid_frame

_KATO_IN_LABEL = re.compile(r"\((\d{9})\)\s*$")


def settlement_label(kato: str, name_kk: str, name_ru: str, lang: str) -> str:
    """Return ``name (KATO)`` with the name in ``lang`` (:func:`ui.i18n.local_name`)."""
    return f"{local_name(name_kk, name_ru, lang)} ({kato})"


class SettlementPicker(QWidget):
    """An editable list of "name (KATO)" entries with a button to add a settlement.

    The user picks an entry (type-ahead matches any part of the name or code) or types a
    KATO code directly; :meth:`value` returns the code either way.

    Signals:
        changed(str): the KATO code read from the field changed (may be incomplete).
        settlement_added(str): a settlement was added through the dialog.
    """

    changed = Signal(str)
    settlement_added = Signal(str)

    #: Opens the settlement dialog from the picker.
    ADD_SHORTCUT = QKeySequence("Ctrl+N")

    def __init__(self, store: Store, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user = store, user
        #: The open settlement dialog (tests drive it; None once closed).
        self.dialog: SettlementDialog | None = None
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.combo.lineEdit()
        assert line is not None  # an editable combo box always has its line edit
        line.setPlaceholderText(self.tr("Settlement name or 9-digit KATO code"))
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(
            self.tr("Add a settlement to the office's list ({shortcut})").format(
                shortcut=self.ADD_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        # NOTE: the shortcut is the keyboard path; the button stays out of the Tab chain so Tab
        # goes from the settlement straight to the address.
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_settlement)
        shortcut = QShortcut(self.ADD_SHORTCUT, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.add_settlement)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.add_button)
        self.setFocusProxy(self.combo)
        self.combo.editTextChanged.connect(lambda _t: self.changed.emit(self.value()))
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Reload the office's settlements, keeping the typed text or selecting ``select``."""
        keep = self.value() if select is None else select
        lang = current_language()
        self.combo.blockSignals(True)
        self.combo.clear()
        for kato, kk, ru in ReferenceRepository(self.store).settlements():
            self.combo.addItem(settlement_label(kato, kk, ru, lang), kato)
        self.combo.blockSignals(False)
        self.set_value(keep)

    def katos(self) -> list[str]:
        """Return the codes offered in the list."""
        return [str(self.combo.itemData(i)) for i in range(self.combo.count())]

    def value(self) -> str:
        """Return the KATO code of the chosen entry, or the typed code (spaces removed)."""
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return str(self.combo.itemData(index))
        found = _KATO_IN_LABEL.search(text)
        if found:
            return found.group(1)
        return "".join(text.split())

    def set_value(self, kato: str) -> None:
        """Show the entry of ``kato``, or the bare code when it is not in the list."""
        index = self.combo.findData(kato)
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self.combo.setEditText(self.combo.itemText(index))
        else:
            self.combo.setCurrentIndex(-1)
            self.combo.setEditText(kato)

    def set_invalid(self, invalid: bool) -> None:
        """Frame the field in red while it holds an error."""
        self.combo.setStyleSheet(invalid_frame("QComboBox") if invalid else "")

    def add_settlement(self) -> None:
        """Open the settlement dialog, pre-filled with a typed code; select what was added."""
        typed = self.value()
        dialog = SettlementDialog(
            self.store, self.user, kato=typed if typed not in self.katos() else "", parent=self
        )
        dialog.saved.connect(self._on_dialog_saved)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_saved(self, kato: str) -> None:
        self.reload(select=kato)
        self.changed.emit(self.value())
        self.settlement_added.emit(kato)

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.combo.setFocus()
