"""The photo annex page of the passport form (issue 12, domain brief §2.4): the commission's
photos as numbered thumbnails, each attached to a zone and, if chosen, one of its elements.

New photos stay in the draft (``PhotoDraft.data``) until the passport is saved; a stored photo's
picture is read only when the viewer opens it (``models.objects.photos.PhotoRepository``). An
element row of a zone annex cites photos by number (``ElementDraft.photo_no``): attaching a photo
to an element is choosing its zone and element here.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.issues import ValidationReport
from models.objects.dto import PassportDraft, PhotoDraft
from models.objects.photos import (
    MAX_PHOTO_NUMBER,
    THUMBNAIL_SIDE,
    PhotoRepository,
    load_element_zones,
)
from models.objects.tables import ZONES
from models.reference.repository import ReferenceRepository
from models.store.db import Store
from models.text import capitalize_first
from ui.i18n import current_language
from ui.objects.passport.photo_import import PHOTO_SUFFIXES, ImportedPhoto, import_photos
from ui.settings import UiSettings
from ui.widgets.ask import ask
from ui.widgets.date_edit import DateEdit
from ui.widgets.theme import ERROR_COLOUR


@dataclass(frozen=True)
class PhotoRefs:
    """What the page offers: zone and element labels, each element's zone, and how to read a
    stored picture."""

    zone_labels: Mapping[str, str]
    element_labels: Mapping[str, str]
    element_zones: Mapping[str, str]
    picture: Callable[[int], bytes]

    @classmethod
    def empty(cls) -> PhotoRefs:
        """Zones by code, no element list, no stored pictures (a form without a store)."""
        return cls({z: z for z in ZONES}, {}, {}, lambda _photo_id: b"")

    @classmethod
    def load(cls, store: Store, lang: str | None = None) -> PhotoRefs:
        """Read the labels from the store's code lists (in the interface language)."""
        lang = lang or current_language()
        refs = ReferenceRepository(store)
        zones = {
            c.code: capitalize_first(c.label(lang)) for c in refs.code_labels("functional_zones")
        }
        elements = {
            c.code: c.label(lang) for c in refs.code_labels("zone_elements", include_retired=True)
        }
        return cls(
            zone_labels={z: zones.get(z, z) for z in ZONES},
            element_labels=elements,
            element_zones=load_element_zones(store),
            picture=PhotoRepository(store).picture,
        )


def _pixmap(data: bytes) -> QPixmap:
    image = QImage.fromData(data)
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class PhotoViewer(QDialog):
    """One photo, fitted to the window (which may be resized or maximised)."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._original = _pixmap(data)
        self.picture_label = QLabel()
        self.picture_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_label.setMinimumSize(1, 1)
        self.picture_label.setAccessibleName(title)
        if self._original.isNull():
            self.picture_label.setText(self.tr("The picture cannot be shown."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture_label, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def shown_size(self) -> QSize:
        """Return the size of the picture as shown (empty when it cannot be shown)."""
        pixmap = self.picture_label.pixmap()
        return QSize() if pixmap is None or pixmap.isNull() else pixmap.size()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Fit the picture to the new size (never enlarged past its own)."""
        super().resizeEvent(event)
        if self._original.isNull():
            return
        room = self.picture_label.size()
        if room.width() >= self._original.width() and room.height() >= self._original.height():
            self.picture_label.setPixmap(self._original)
            return
        self.picture_label.setPixmap(
            self._original.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class PhotoAnnexSection(QWidget):
    """The "Photos" page: a :class:`~ui.objects.passport.section.PassportSection`.

    Signals:
        changed(): a photo was added, removed or its details changed.
    """

    changed = Signal()

    def __init__(
        self,
        refs: PhotoRefs,
        *,
        settings: UiSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.refs = refs
        self.settings = settings if settings is not None else UiSettings()
        self._photos: list[PhotoDraft] = []
        self._annex: dict[str, list[str]] = {}
        self._updating = False
        self._editable = True

        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        self.photo_list.setGridSize(QSize(THUMBNAIL_SIDE + 24, THUMBNAIL_SIDE + 40))
        self.photo_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_list.setMovement(QListView.Movement.Static)
        self.photo_list.setWordWrap(True)
        # One thumbnail wide at least: the details beside it must fit a 1024-px screen.
        self.photo_list.setMinimumSize(THUMBNAIL_SIDE + 60, THUMBNAIL_SIDE + 60)
        self.photo_list.setAccessibleName(self.tr("Photos"))
        self.photo_list.setToolTip(self.tr("Press Enter or double-click to open the photo."))
        self.photo_list.currentRowChanged.connect(self._on_current_row_changed)
        self.photo_list.itemActivated.connect(lambda _item: self.open_current())

        self.add_button = QPushButton(self.tr("&Add photos..."))
        self.add_button.setToolTip(self.tr("JPEG or PNG files (Insert)"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected photo (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.photo_list.installEventFilter(self)
        self.count_label = QLabel()
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problems_label.hide()

        self.number_spin = QSpinBox()
        self.number_spin.setRange(1, MAX_PHOTO_NUMBER)
        self.zone_combo = QComboBox()
        # Zone names run to 70 characters in Kazakh: the combo shows what fits, the list all.
        self.zone_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.zone_combo.setMinimumContentsLength(18)
        for code, label in refs.zone_labels.items():
            self.zone_combo.addItem(label, code)
        self.element_combo = QComboBox()
        self.element_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.element_combo.setMinimumContentsLength(18)
        self.caption_edit = QLineEdit()
        self.date_edit = DateEdit()
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        for widget, name in (
            (self.number_spin, self.tr("Photo number")),
            (self.zone_combo, self.tr("Photo zone")),
            (self.element_combo, self.tr("Photographed element")),
            (self.caption_edit, self.tr("Photo caption")),
            (self.date_edit, self.tr("Date the photo was taken")),
        ):
            widget.setAccessibleName(name)
        details = QGroupBox(self.tr("Selected photo"))
        form = QFormLayout(details)
        form.addRow(self.tr("N&umber:"), self.number_spin)
        form.addRow(self.tr("&Zone:"), self.zone_combo)
        form.addRow(self.tr("&Element:"), self.element_combo)
        form.addRow(self.tr("&Caption:"), self.caption_edit)
        form.addRow(self.tr("&Date taken:"), self.date_edit)
        form.addRow(self.source_label)
        details.setMaximumWidth(380)
        self.details = details
        self.number_spin.valueChanged.connect(self._on_details_changed)
        self.zone_combo.currentIndexChanged.connect(self._on_zone_changed)
        self.element_combo.currentIndexChanged.connect(self._on_details_changed)
        self.caption_edit.textChanged.connect(self._on_details_changed)
        self.date_edit.textChanged.connect(self._on_details_changed)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        left = QVBoxLayout()
        left.addWidget(self.photo_list, 1)
        left.addLayout(buttons)
        left.addWidget(self.problems_label)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(details, 0, Qt.AlignmentFlag.AlignTop)
        self._show_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Insert adds photos and Delete removes the selected one, in the list of photos."""
        if watched is self.photo_list and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key == Qt.Key.Key_Insert:
                self.choose_files()
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # -- PassportSection --------------------------------------------------------------------

    def title(self) -> str:
        """The section list's title: the photo annex."""
        return self.tr("P&hotos")

    def widget(self) -> QWidget:
        """Return the page."""
        return self

    def populate(self, draft: PassportDraft) -> None:
        """Show the photos of ``draft`` (thumbnails only) without emitting ``changed``."""
        self._photos = list(draft.photos)
        self._note_annex(draft)
        self.problems_label.hide()
        self._rebuild(0 if self._photos else -1)

    def apply(self, draft: PassportDraft) -> PassportDraft:
        """Return ``draft`` with the photos shown (new ones with their pictures)."""
        self._note_annex(draft)
        return dataclasses.replace(draft, photos=tuple(self._photos))

    def typing_issues(self) -> ValidationReport:
        """A half-typed date of the selected photo."""
        report = ValidationReport()
        row = self.photo_list.currentRow()
        if 0 <= row < len(self._photos) and not self.date_edit.is_valid():
            report.add(f"photo.{row}.taken_on", "date_format")
        return report

    def field_widget(self, field: str) -> QWidget | None:
        """Select the photo of ``photo.<i>.<field>`` and return its field's widget."""
        parts = field.split(".")
        if len(parts) < 2 or parts[0] != "photo" or not parts[1].isdigit():
            return None
        row = int(parts[1])
        if not 0 <= row < len(self._photos):
            return None
        self.photo_list.setCurrentRow(row)
        name = parts[2] if len(parts) > 2 else ""
        return {
            "number": self.number_spin,
            "zone": self.zone_combo,
            "element": self.element_combo,
            "caption": self.caption_edit,
            "taken_on": self.date_edit,
        }.get(name, self.photo_list)

    def set_enabled(self, enabled: bool) -> None:
        """Allow editing, or show the photos read-only (they still open)."""
        self._editable = enabled
        self.add_button.setEnabled(enabled)
        self._show_current()

    # -- the photos ---------------------------------------------------------------------------

    def photos(self) -> tuple[PhotoDraft, ...]:
        """Return the photos as shown."""
        return tuple(self._photos)

    def next_number(self) -> int:
        """Return the number a new photo gets: one after the highest."""
        return max((ph.number for ph in self._photos), default=0) + 1

    def choose_files(self) -> None:
        """Ask for photo files (several at once) and add them."""
        if not self._editable:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            str(self.settings.get("photos/last_folder")),
            self.tr("Photos (%1)").replace("%1", " ".join(PHOTO_SUFFIXES)),
        )
        if not paths:
            return
        self.settings.set("photos/last_folder", str(_folder(paths[0])))
        self.add_files(paths)

    def add_files(self, paths: Sequence[str]) -> list[str]:
        """Read ``paths`` and add the photos they hold; return the messages of the files
        refused (also shown under the photos)."""
        outcome = import_photos(paths, self)
        current = self.photo_list.currentRow()
        zone = (
            self._photos[current].zone
            if 0 <= current < len(self._photos)
            else str(self.zone_combo.itemData(0) or ZONES[0])
        )
        first_new = len(self._photos)
        seen = {_digest(ph): ph.number for ph in self._photos}
        twins: list[str] = []
        for photo in outcome.photos:
            draft = _draft(photo, self.next_number(), zone)
            twin = seen.get(_digest(draft))
            if twin is not None:
                # Added all the same (a commission may mean it), but said: usually a slip.
                twins.append(
                    self.tr("%1 is the same picture as photo No. %2.")
                    .replace("%1", photo.source_name)
                    .replace("%2", str(twin))
                )
            seen.setdefault(_digest(draft), draft.number)
            self._photos.append(draft)
        messages = [*outcome.failures, *twins]
        if outcome.cancelled:
            messages.append(self.tr("Cancelled: the photos read before are added."))
        self.problems_label.setText("\n".join(messages))
        self.problems_label.setVisible(bool(messages))
        if outcome.photos:
            self._rebuild(first_new)
            self.changed.emit()
        return messages

    def remove_current(self) -> None:
        """Remove the selected photo after asking (its picture goes when the passport is
        saved)."""
        row = self.photo_list.currentRow()
        if not self._editable or not 0 <= row < len(self._photos):
            return
        number = self._photos[row].number
        if not ask(
            self,
            self.tr("Remove photo"),
            self.tr("Remove photo No. %1 from the passport?").replace("%1", str(number)),
            self.tr("Remove the photo"),
            self.tr("Keep it"),
        ):
            return
        del self._photos[row]
        self._rebuild(min(row, len(self._photos) - 1))
        self.changed.emit()

    def picture(self, row: int) -> bytes:
        """Return the picture of the photo in ``row``: a new photo's from the draft, a stored
        one's read from the store now."""
        ph = self._photos[row]
        if ph.data is not None:
            return ph.data
        return self.refs.picture(ph.id) if ph.id is not None else b""

    def open_current(self) -> PhotoViewer | None:
        """Show the selected photo in a viewer window; return the window."""
        row = self.photo_list.currentRow()
        if not 0 <= row < len(self._photos):
            return None
        title = self.tr("Photo No. %1").replace("%1", str(self._photos[row].number))
        viewer = PhotoViewer(title, self.picture(row), self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    # -- inside -------------------------------------------------------------------------------

    def _note_annex(self, draft: PassportDraft) -> None:
        """Remember the elements of the passport's zone annexes, offered first."""
        annex: dict[str, list[str]] = {}
        for e in draft.elements:
            if e.element not in annex.setdefault(e.zone, []):
                annex[e.zone].append(e.element)
        self._annex = annex

    def _label(self, ph: PhotoDraft) -> str:
        text = self.tr("No. %1").replace("%1", str(ph.number))
        return f"{text}\n{ph.caption}" if ph.caption else text

    def _rebuild(self, select: int) -> None:
        self._updating = True
        try:
            self.photo_list.clear()
            for ph in self._photos:
                icon = QIcon(_pixmap(ph.thumbnail)) if ph.thumbnail else QIcon()
                item = QListWidgetItem(icon, self._label(ph))
                item.setToolTip(self.refs.zone_labels.get(ph.zone, ph.zone))
                self.photo_list.addItem(item)
            self.photo_list.setCurrentRow(select)
        finally:
            self._updating = False
        self.count_label.setText(self.tr("Photos: %1").replace("%1", str(len(self._photos))))
        self._show_current()

    def _fill_elements(self, zone: str, element: str) -> None:
        combo = self.element_combo
        combo.clear()
        combo.addItem(self.tr("(the zone as a whole)"), "")
        annex = self._annex.get(zone, [])
        for code in annex:
            combo.addItem(self.refs.element_labels.get(code, code), code)
        others = [
            code
            for code, z in self.refs.element_zones.items()
            if z == zone and code not in annex and code in self.refs.element_labels
        ]
        if annex and others:
            combo.insertSeparator(combo.count())
        for code in others:
            combo.addItem(self.refs.element_labels[code], code)
        index = combo.findData(element)
        if index < 0:
            combo.addItem(self.refs.element_labels.get(element, element), element)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _show_current(self) -> None:
        row = self.photo_list.currentRow()
        has = 0 <= row < len(self._photos)
        self._updating = True
        try:
            if has:
                ph = self._photos[row]
                self.number_spin.setValue(ph.number)
                index = self.zone_combo.findData(ph.zone)
                if index < 0:
                    self.zone_combo.addItem(ph.zone, ph.zone)
                    index = self.zone_combo.count() - 1
                self.zone_combo.setCurrentIndex(index)
                self._fill_elements(ph.zone, ph.element)
                self.caption_edit.setText(ph.caption)
                self.date_edit.set_value(ph.taken_on)
                size = (
                    self.tr("%1 x %2 px").replace("%1", str(ph.width)).replace("%2", str(ph.height))
                )
                self.source_label.setText(f"{size}, {ph.source_name}" if ph.source_name else size)
            else:
                self.element_combo.clear()
                self.caption_edit.clear()
                self.date_edit.set_value(None)
                self.source_label.clear()
        finally:
            self._updating = False
        for w in (
            self.number_spin,
            self.zone_combo,
            self.element_combo,
            self.caption_edit,
            self.date_edit,
        ):
            w.setEnabled(has and self._editable)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has and self._editable)

    def _on_current_row_changed(self, _row: int) -> None:
        if not self._updating:
            self._show_current()

    def _on_zone_changed(self, _index: int) -> None:
        if self._updating:
            return
        row = self.photo_list.currentRow()
        if not 0 <= row < len(self._photos):
            return
        element = str(self.element_combo.currentData() or "")
        zone = str(self.zone_combo.currentData() or "")
        self._updating = True
        try:
            # An element of another zone does not follow the photo to its new zone.
            keep = element if self.refs.element_zones.get(element) == zone else ""
            self._fill_elements(zone, keep)
        finally:
            self._updating = False
        self._on_details_changed()

    def _on_details_changed(self, *_args: object) -> None:
        if self._updating:
            return
        row = self.photo_list.currentRow()
        if not 0 <= row < len(self._photos):
            return
        ph = self._photos[row]
        taken = self.date_edit.value() if self.date_edit.is_valid() else ph.taken_on
        self._photos[row] = dataclasses.replace(
            ph,
            number=self.number_spin.value(),
            zone=str(self.zone_combo.currentData() or ph.zone),
            element=str(self.element_combo.currentData() or ""),
            caption=self.caption_edit.text().strip(),
            taken_on=taken,
        )
        item = self.photo_list.item(row)
        if item is not None:
            item.setText(self._label(self._photos[row]))
            item.setToolTip(self.refs.zone_labels.get(self._photos[row].zone, ""))
        self.changed.emit()


def _folder(path: str) -> str:
    return str(Path(path).parent)


def _digest(photo: PhotoDraft) -> str:
    """Return the SHA-256 of a photo's stored picture (as ``sync_photos`` will store it)."""
    if photo.sha256:
        return photo.sha256
    return hashlib.sha256(photo.data or b"").hexdigest()


def _draft(photo: ImportedPhoto, number: int, zone: str) -> PhotoDraft:
    return PhotoDraft(
        number=number,
        zone=zone,
        taken_on=photo.taken_on,
        data=photo.data,
        mime=photo.mime,
        width=photo.width,
        height=photo.height,
        thumbnail=photo.thumbnail,
        source_name=photo.source_name,
    )
