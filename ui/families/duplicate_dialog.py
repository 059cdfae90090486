"""The "possible duplicate" banner shown while a member is entered (issue 3).

A banner, not a modal dialog: the user keeps typing and decides when ready. Each candidate
offers "Open the existing record" (the household it belongs to) and "Not a duplicate"; the
decision is kept by the caller (stored, or carried in ``MemberDraft.not_duplicate_of`` until the
family is saved) so the same pair never shows again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.families.dto import DuplicateCandidate
from ui.i18n import format_date


class DuplicateBanner(QFrame):
    """A non-modal strip listing possible duplicates and open cases with the same IIN.

    Signals:
        open_requested(int): the user wants the household (family id) of a candidate.
        not_duplicate(int): the user declared a candidate (person id) a different person.
    """

    open_requested = Signal(int)
    not_duplicate = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "DuplicateBanner { background: #fff4d6; border: 1px solid #8a5a00; }"
            " QLabel { color: #5a3b00; }"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._candidates: list[DuplicateCandidate] = []
        self._cases: list[str] = []
        #: Person id -> (label, open button, not-a-duplicate button) of each shown candidate.
        self.rows: dict[int, tuple[QLabel, QPushButton, QPushButton]] = {}
        #: The warning about the same IIN in open cases (hidden when there is none).
        self.cases_label = QLabel()
        self.cases_label.setWordWrap(True)
        self.hide()

    @property
    def candidates(self) -> list[DuplicateCandidate]:
        """The candidates shown."""
        return list(self._candidates)

    def show_candidates(self, candidates: list[DuplicateCandidate], open_cases: list[str]) -> None:
        """Show ``candidates`` and the open case numbers; hide the banner when both are empty."""
        self._candidates = list(candidates)
        self._cases = list(open_cases)
        self._rebuild()

    def text(self) -> str:
        """Return the banner's text (all lines), for screen readers and tests."""
        lines = [label.text() for label, _o, _n in self.rows.values()]
        if not self.cases_label.isHidden():
            lines.append(self.cases_label.text())
        return "\n".join(lines)

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.cases_label:
                widget.deleteLater()
            layout = item.layout() if item is not None else None
            if layout is not None:
                while layout.count():
                    inner = layout.takeAt(0)
                    w = inner.widget() if inner is not None else None
                    if w is not None:
                        w.deleteLater()
                layout.deleteLater()
        self.rows.clear()

    def _rebuild(self) -> None:
        self._clear()
        for cand in self._candidates:
            row = QHBoxLayout()
            label = QLabel(self.describe(cand))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            open_button = QPushButton(self.tr("&Open the existing record"))
            open_button.setEnabled(bool(cand.family_ids))
            not_dup = QPushButton(self.tr("&Not a duplicate"))
            family_id = cand.family_ids[-1] if cand.family_ids else None
            if family_id is not None:
                open_button.clicked.connect(
                    lambda _c=False, f=family_id: self.open_requested.emit(f)
                )
            not_dup.clicked.connect(lambda _c=False, p=cand.person_id: self.not_duplicate.emit(p))
            row.addWidget(label, 1)
            row.addWidget(open_button)
            row.addWidget(not_dup)
            self._layout.addLayout(row)
            self.rows[cand.person_id] = (label, open_button, not_dup)
        if self._cases:
            self.cases_label.setText(
                self.tr(
                    "This IIN is in open case(s) {numbers}: check that the person really "
                    "belongs to both households."
                ).format(numbers=", ".join(self._cases))
            )
            self.cases_label.show()
        else:
            self.cases_label.hide()
        self._layout.addWidget(self.cases_label)
        self.setVisible(bool(self._candidates or self._cases))

    def describe(self, cand: DuplicateCandidate) -> str:
        """Return "possible duplicate: name, birth date, masked IIN, family" for a candidate."""
        name = " ".join(p for p in (cand.surname, cand.given_name, cand.patronymic) if p)
        born = format_date(cand.birth_date) if cand.birth_date else self.tr("birth date unknown")
        iin = cand.iin_masked or self.tr("no IIN")
        if cand.family_ids:
            family = self.tr("family No. {ids}").format(
                ids=", ".join(str(f) for f in cand.family_ids)
            )
        else:
            family = self.tr("in no family")
        reason = (
            self.tr("same IIN")
            if cand.reason == "same_iin"
            else self.tr("similar name, same birth date")
        )
        return self.tr("Possible duplicate ({reason}): {name}, {born}, IIN {iin}, {family}").format(
            reason=reason, name=name, born=born, iin=iin, family=family
        )
