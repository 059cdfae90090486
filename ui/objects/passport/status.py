"""The passport form's §3.3-3.5 page: the form of service per category (3.3), the suggested
and confirmed status per category with the object code, the override note and the final
conclusion (3.5).

A module function that puts its widgets on the form (``form.status_combos`` ...), as it did
when it was a method: its texts keep the ``PassportForm`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.objects.accessibility import CATEGORY_LETTERS, STATUS_CODES, status_display
from models.objects.tables import CATEGORIES
from ui.objects.passport.fields import plain_text
from ui.objects.passport.host import FormHost


def _bold(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")


def build_service_forms(form: FormHost) -> QGroupBox:
    """Build the 3.3 group: the form of service per category (А, Б, ДУ, ВНД)."""
    group = QGroupBox(
        QCoreApplication.translate("PassportForm", "3.3 Form of service per category")
    )
    g = QFormLayout(group)
    form.service_combos = {}
    texts = (
        ("A", "А — ", QCoreApplication.translate("PassportForm", "all zones accessible")),
        ("B", "Б — ", QCoreApplication.translate("PassportForm", "dedicated areas or rooms")),
        (
            "DU",
            "ДУ — ",
            QCoreApplication.translate(
                "PassportForm", "conditional: assistance, at home or remote"
            ),
        ),
        ("VND", "ВНД — ", QCoreApplication.translate("PassportForm", "not organised")),
    )
    for cat in CATEGORIES:
        combo = QComboBox()
        combo.addItem("—", "")
        for code, letter, text in texts:
            combo.addItem(letter + text, code)
        combo.currentIndexChanged.connect(form.on_any_changed)
        form.service_combos[cat] = combo
        label = f"{CATEGORY_LETTERS[cat]} — {form.refs.category_labels.get(cat, cat)}:"
        g.addRow(label, form.with_inline(f"service_form.{cat}", combo))
    return group


def build_status(form: FormHost) -> QWidget:
    """Build the page: 3.3 forms of service, statuses, object code, override note, 3.5."""
    page = QWidget()
    v = QVBoxLayout(page)
    v.addWidget(build_service_forms(form))
    grid = QGridLayout()
    grid.addWidget(_bold(QCoreApplication.translate("PassportForm", "Category")), 0, 0)
    grid.addWidget(_bold(QCoreApplication.translate("PassportForm", "Suggested")), 0, 1)
    grid.addWidget(_bold(QCoreApplication.translate("PassportForm", "Confirmed status")), 0, 2)
    form.suggested_labels = {}
    form.status_combos = {}
    for r, cat in enumerate(CATEGORIES, start=1):
        grid.addWidget(
            QLabel(f"{CATEGORY_LETTERS[cat]} — {form.refs.category_labels.get(cat, cat)}"), r, 0
        )
        suggested = QLabel()
        form.suggested_labels[cat] = suggested
        grid.addWidget(suggested, r, 1)
        combo = QComboBox()
        for code in STATUS_CODES:
            combo.addItem(
                f"{status_display(code)} — {form.refs.status_labels.get(code, code)}", code
            )
        combo.setAccessibleName(
            QCoreApplication.translate("PassportForm", "Confirmed status: {cat}").format(
                cat=CATEGORY_LETTERS[cat]
            )
        )
        combo.currentIndexChanged.connect(form.on_status_combo_changed)
        form.status_combos[cat] = combo
        grid.addWidget(form.with_inline(f"status.{cat}", combo), r, 2)
    grid.setColumnStretch(2, 1)
    v.addLayout(grid)
    form.object_code_label = QLabel()
    form.object_code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    form.suggested_code_label = QLabel()
    form.approach_label = QLabel()
    form.approach_label.setWordWrap(True)
    summary = QFormLayout()
    summary.addRow(
        QCoreApplication.translate("PassportForm", "Object code (confirmed):"),
        form.object_code_label,
    )
    summary.addRow(
        QCoreApplication.translate("PassportForm", "Object code (suggested):"),
        form.suggested_code_label,
    )
    summary.addRow(
        QCoreApplication.translate("PassportForm", "Route from the stop (not counted):"),
        form.approach_label,
    )
    v.addLayout(summary)
    form.override_note_edit = plain_text()
    form.override_note_edit.setPlaceholderText(
        QCoreApplication.translate(
            "PassportForm", "Why the commission's status differs from the suggestion"
        )
    )
    form.override_note_edit.textChanged.connect(form.on_any_changed)
    form.conclusion_edit = plain_text()
    form.conclusion_edit.textChanged.connect(form.on_any_changed)
    notes = QFormLayout()
    notes.addRow(
        QCoreApplication.translate("PassportForm", "Override &note:"),
        form.with_inline("override_note", form.override_note_edit),
    )
    notes.addRow(
        QCoreApplication.translate("PassportForm", "Final &conclusion:"),
        form.with_inline("conclusion", form.conclusion_edit),
    )
    v.addLayout(notes)
    v.addStretch(1)
    return page
