"""The idle lock: after some minutes without keyboard or mouse input every window of the
application is covered and a modal dialog asks for the same password again (or to switch user).

A cover is an opaque child laid over each visible window (the main window and any dialog open
on it), so no record stays readable while the dialog waits, and nothing a user was typing in an
open dialog is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import QoldauError
from models.store.db import Store
from ui.accounts import backend
from ui.accounts.fields import error_label, password_edit, role_label
from ui.accounts.login_dialog import busy, idle, refusal_text

logger = logging.getLogger(__name__)

#: Input that counts as the user being there.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once no keyboard or mouse input reached the application for ``msecs``.

    Signals:
        idle(): the time ran out (the timer restarts with the next input).
    """

    idle = Signal()

    def __init__(self, msecs: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(msecs)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def set_interval(self, msecs: int) -> None:
        """Wait ``msecs`` from now (and after every later input)."""
        self.timer.setInterval(msecs)
        self.timer.start()

    def restart(self) -> None:
        """Count the idle time from now."""
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the timer on any input; never swallow the event."""
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()
        return False


class Cover(QWidget):
    """An opaque layer over a window's contents while the application is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("Cover { background: palette(window); }")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Qoldau is locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the window's size."""
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        """Uncover the window."""
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class LockDialog(QDialog):
    """Asks the locked user's password; "Switch user" leaves for the login dialog.

    Attributes:
        switch: True when the user chose "Switch user".
    """

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        check: Callable[[Store, str], bool] = backend.check,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.switch = False
        self._check = check
        self.setWindowTitle(self.tr("Qoldau is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        principal = store.principal
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Qoldau was locked after a time without use. {login} ({role}): type your "
                "password to go on."
            ).format(login=principal.login, role=role_label(principal.role))
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.password_edit = password_edit()
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.switch_button = QPushButton(self.tr("&Switch user"))
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self._on_switch_button_clicked)
        buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self._on_buttons_accepted)
        layout.addWidget(buttons)
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Escape and the window's close button do not unlock."""

    def _on_switch_button_clicked(self) -> None:
        self.switch = True
        self.done(QDialog.DialogCode.Rejected.value)

    def _on_buttons_accepted(self) -> None:
        busy()
        try:
            ok = self._check(self.store, self.password_edit.text())
        except QoldauError as exc:
            logger.info("unlock of %s refused: %s", self.store.principal.login, exc)
            self.error_label.setText(refusal_text(exc))
            ok = False
        else:
            if not ok:
                self.error_label.setText(refusal_text(_BadPassword()))
        finally:
            idle()
        if not ok:
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.accept()


class _BadPassword(QoldauError):
    code = "bad_login"


class Locker(QObject):
    """Locks the application: covers every visible window and runs the lock dialog.

    Signals:
        switch_user(): the user chose "Switch user" on the lock dialog.
    """

    switch_user = Signal()

    def __init__(
        self,
        store: Store,
        window: QWidget,
        *,
        check: Callable[[Store, str], bool] = backend.check,
    ) -> None:
        super().__init__(window)
        self.store, self.window = store, window
        self._check = check
        self.dialog: LockDialog | None = None
        self.covers: list[Cover] = []

    @property
    def locked(self) -> bool:
        """True while the lock dialog is shown."""
        return self.dialog is not None

    def lock(self) -> None:
        """Cover every window and wait for the password (returns once unlocked or switching)."""
        if self.dialog is not None:
            return
        logger.info("locked %s", self.store.principal.login)
        app = QApplication.instance()
        tops = app.topLevelWidgets() if isinstance(app, QApplication) else [self.window]
        self.covers = [Cover(w) for w in tops if w.isVisible() and not isinstance(w, Cover)]
        self.dialog = LockDialog(self.store, self.window, check=self._check)
        try:
            self.dialog.exec()
            switch = self.dialog.switch
        finally:
            self.dialog.deleteLater()
            self.dialog = None
        if switch:
            # The covers stay: the windows close under them (``switch_user``).
            self.switch_user.emit()
            return
        self.uncover()

    def uncover(self) -> None:
        """Remove the covers (unlocked)."""
        for cover in self.covers:
            if shiboken6.isValid(cover):
                cover.remove()
        self.covers = []
