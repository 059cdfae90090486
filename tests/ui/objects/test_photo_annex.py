"""The photo annex (issue 12): importing camera and phone files (scaled, upright, dated, refused
with a message naming the file), the "Photos" page, saving and reopening, the viewer."""

from __future__ import annotations

import dataclasses
import struct
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models.objects.annex_tables import PhotoData
from models.objects.context import validation_context
from models.objects.dto import ElementDraft
from models.objects.photos import PhotoRepository
from models.objects.repository import ObjectRepository
from models.store.db import Store
from tests.conftest import TODAY
from tests.models.objects.test_repositories import obj, passport
from tests.ui.questions import answer_questions
from ui.objects.passport import photo_import
from ui.objects.passport.photo_annex import PhotoAnnexSection, PhotoRefs
from ui.objects.passport.photo_import import ImportedPhoto, import_photos, read_photo
from ui.settings import UiSettings


def jpeg(width: int, height: int, exif: bytes = b"") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 140, 90))
    data = photo_import._encode(image, b"jpeg", 90)
    return data[:2] + exif + data[2:] if exif else data


def exif_segment(orientation: int, taken: str) -> bytes:
    """An APP1 Exif segment (little-endian TIFF): IFD0 Orientation, a pointer to the Exif IFD
    holding DateTimeOriginal."""
    text = taken.encode("ascii") + b"\x00"  # 20 bytes
    ifd0 = 8
    exif_ifd = ifd0 + 2 + 2 * 12 + 4
    text_at = exif_ifd + 2 + 12 + 4
    tiff = b"II*\x00" + struct.pack("<I", ifd0)
    tiff += struct.pack("<H", 2)
    tiff += struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff += struct.pack("<HHII", 0x8769, 4, 1, exif_ifd)
    tiff += struct.pack("<I", 0)
    tiff += struct.pack("<H", 1) + struct.pack("<HHII", 0x9003, 2, len(text), text_at)
    tiff += struct.pack("<I", 0) + text
    body = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def png_with_alpha(width: int = 300, height: int = 200) -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(200, 0, 0, 90))
    return photo_import._encode(image, b"png", -1)


def refs(pictures: dict[int, bytes] | None = None) -> PhotoRefs:
    return PhotoRefs(
        zone_labels={"TERRITORY": "Territory", "ENTRANCE": "Entrance", "SANITARY": "Sanitary"},
        element_labels={"ENTRANCE_DOOR": "Door", "ENTRANCE_RAMP": "Ramp", "TOILET": "Toilet"},
        element_zones={
            "ENTRANCE_DOOR": "ENTRANCE",
            "ENTRANCE_RAMP": "ENTRANCE",
            "TOILET": "SANITARY",
        },
        picture=lambda pid: (pictures or {}).get(pid, b""),
    )


def section(qtbot: QtBot, tmp_path: Path, photo_refs: PhotoRefs | None = None) -> PhotoAnnexSection:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    page = PhotoAnnexSection(photo_refs or refs(), settings=settings)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def image_of(data: bytes) -> QImage:
    image = QImage.fromData(data)
    assert not image.isNull()
    return image


# -- reading files ------------------------------------------------------------------------------


def test_a_large_camera_photo_is_scaled_with_a_small_thumbnail(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "DSC_0001.JPG"
    path.write_bytes(jpeg(4000, 3000))
    photo = read_photo(path)
    assert (photo.mime, photo.width, photo.height) == ("image/jpeg", 1600, 1200)
    stored = image_of(photo.data)
    assert (stored.width(), stored.height()) == (1600, 1200)
    thumb = image_of(photo.thumbnail)
    assert max(thumb.width(), thumb.height()) <= 160
    assert (thumb.width(), thumb.height()) == (160, 120)
    assert photo.source_name == "DSC_0001.JPG"
    assert photo.taken_on == date.today()  # no EXIF: the file's modification date


def test_a_phone_photo_is_turned_upright_and_dated_from_exif(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "IMG_20250314.jpg"
    # Stored 2000 x 1000 landscape with "rotate 90° clockwise": the picture is portrait.
    path.write_bytes(jpeg(2000, 1000, exif_segment(6, "2025:03:14 09:30:00")))
    photo = read_photo(path)
    assert (photo.width, photo.height) == (800, 1600)
    assert photo.taken_on == date(2025, 3, 14)


def test_a_png_with_transparency_stays_png(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "plan.png"
    path.write_bytes(png_with_alpha())
    photo = read_photo(path)
    assert photo.mime == "image/png"
    assert image_of(photo.data).hasAlphaChannel()
    assert (photo.width, photo.height) == (300, 200)  # small pictures are not enlarged
    assert photo.thumbnail.startswith(b"\xff\xd8")  # the thumbnail is a JPEG


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("notes.jpg", b"The commission met at 10:00.\n", "not_image"),
        ("empty.jpg", b"", "empty"),
        ("cut.jpg", None, "damaged"),
        ("picture.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "not_image"),
    ],
)
def test_files_that_are_not_whole_photos_are_refused_by_name(
    qapp: QApplication, tmp_path: Path, name: str, content: bytes | None, code: str
) -> None:
    path = tmp_path / name
    whole = jpeg(1200, 900)
    path.write_bytes(whole[: len(whole) // 2] if content is None else content)
    with pytest.raises(photo_import.PhotoFileError) as refused:
        read_photo(path)
    assert refused.value.code == code
    assert name in refused.value.text


def test_an_unreadable_file_is_refused_by_name(qapp: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "DCIM.jpg"  # a folder cannot be read as a file, even by root
    folder.mkdir()
    with pytest.raises(photo_import.PhotoFileError) as refused:
        read_photo(folder)
    assert refused.value.code == "unreadable"
    assert "DCIM.jpg" in refused.value.text


def test_an_absurd_size_is_refused(qapp: QApplication) -> None:
    # A PNG header claiming 100,000 x 100,000 pixels: never decoded.
    header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR"
    header += struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0) + b"\x00" * 4
    with pytest.raises(photo_import.PhotoFileError) as refused:
        photo_import.photo_from_bytes(header + b"\x00" * 40 + b"IEND\xaeB`\x82", "huge.png")
    assert refused.value.code == "size"


def test_a_batch_goes_on_past_a_bad_file_and_can_be_cancelled(qtbot: QtBot, tmp_path: Path) -> None:
    paths = []
    for i in range(6):
        path = tmp_path / f"p{i}.jpg"
        path.write_bytes(jpeg(400, 300) if i != 2 else b"not a picture")
        paths.append(str(path))
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome = import_photos(paths, parent)
    assert len(outcome.photos) == 5 and not outcome.cancelled
    assert len(outcome.failures) == 1 and "p2.jpg" in outcome.failures[0]

    def cancelling(path: Path) -> ImportedPhoto:
        if path.name == "p1.jpg":
            (dialog,) = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
            dialog.cancel()
        return read_photo(path)

    outcome = import_photos(paths, parent, reader=cancelling)
    assert outcome.cancelled
    assert [p.source_name for p in outcome.photos] == ["p0.jpg", "p1.jpg"]


# -- the page -----------------------------------------------------------------------------------


def test_adding_photos_numbers_them_and_refuses_a_text_file(qtbot: QtBot, tmp_path: Path) -> None:
    page = section(qtbot, tmp_path)
    page.populate(passport())
    good = tmp_path / "door.jpg"
    good.write_bytes(jpeg(4000, 3000))
    text = tmp_path / "act.jpg"
    text.write_text("Акт обследования", encoding="utf-8")
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    messages = page.add_files([str(text)])
    assert page.photos() == () and not changed
    assert "act.jpg" in messages[0] and page.problems_label.isVisible()
    page.add_files([str(good), str(good)])
    numbers = [ph.number for ph in page.photos()]
    assert numbers == [1, 2] and changed
    assert page.photo_list.count() == 2
    assert not page.photo_list.item(0).icon().isNull()
    assert page.photo_list.item(1).text().startswith("No. 2")
    assert page.next_number() == 3


def test_choosing_a_zone_and_element_attaches_the_photo(qtbot: QtBot, tmp_path: Path) -> None:
    page = section(qtbot, tmp_path)
    draft = passport(
        elements=(ElementDraft("ENTRANCE", "ENTRANCE_RAMP"), ElementDraft("SANITARY", "TOILET"))
    )
    page.populate(draft)
    path = tmp_path / "ramp.jpg"
    path.write_bytes(jpeg(800, 600))
    page.add_files([str(path)])
    page.zone_combo.setCurrentIndex(page.zone_combo.findData("ENTRANCE"))
    # The annex's element comes first, after "the zone as a whole"; the zone's others follow.
    items = [page.element_combo.itemData(i) for i in range(page.element_combo.count())]
    assert items[:2] == ["", "ENTRANCE_RAMP"]
    assert "ENTRANCE_DOOR" in items and "TOILET" not in items
    page.element_combo.setCurrentIndex(1)
    qtbot.keyClicks(page.caption_edit, "Ramp at the main entrance")
    page.number_spin.setValue(7)
    (photo,) = page.apply(draft).photos
    assert (photo.number, photo.zone, photo.element) == (7, "ENTRANCE", "ENTRANCE_RAMP")
    assert photo.caption == "Ramp at the main entrance"
    assert page.photo_list.item(0).text().startswith("No. 7")
    # Moving the photo to another zone lets go of an element that is not there.
    page.zone_combo.setCurrentIndex(page.zone_combo.findData("SANITARY"))
    (photo,) = page.apply(draft).photos
    assert (photo.zone, photo.element) == ("SANITARY", "")


def test_the_file_dialog_takes_several_files_and_remembers_the_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = tmp_path / "card" / "DCIM"
    card.mkdir(parents=True)
    files = []
    for name in ("a.jpg", "b.png"):
        (card / name).write_bytes(jpeg(300, 200) if name.endswith("jpg") else png_with_alpha())
        files.append(str(card / name))
    asked: list[str] = []

    def fake(_parent: object, _title: str, folder: str, _filter: str) -> tuple[list[str], str]:
        asked.append(folder)
        return files, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake)
    page = section(qtbot, tmp_path)
    page.populate(passport())
    page.photo_list.setFocus()
    qtbot.keyClick(page.photo_list, Qt.Key.Key_Insert)
    assert [ph.mime for ph in page.photos()] == ["image/jpeg", "image/png"]
    assert page.settings.get("photos/last_folder") == str(card)
    page.choose_files()
    assert asked[-1] == str(card)


def test_save_reopen_remove_and_view(
    qtbot: QtBot, tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    oid = repo.save(obj(), ctx, "admin")
    page = section(qtbot, tmp_path, PhotoRefs.load(store, "en"))
    page.populate(passport())
    for name in ("one.jpg", "two.jpg"):
        (tmp_path / name).write_bytes(jpeg(2400, 1800))
    page.add_files([str(tmp_path / "one.jpg"), str(tmp_path / "two.jpg")])
    # A new photo opens from the draft, before the passport is saved.
    viewer = page.open_current()
    assert viewer is not None
    qtbot.addWidget(viewer)
    assert not viewer.shown_size().isEmpty()
    viewer.close()
    pid = repo.save_passport(oid, page.apply(passport()), ctx, "admin")

    stored = repo.get_passport(pid)
    assert all(ph.data is None and ph.thumbnail for ph in stored.photos)
    reopened = section(qtbot, tmp_path, PhotoRefs.load(store, "en"))
    reopened.populate(stored)
    assert reopened.photo_list.count() == 2
    assert not reopened.photo_list.item(1).icon().isNull()

    # Enter on a photo opens the viewer, which reads the picture from the store now.
    reads: list[int] = []
    real = PhotoRepository(store).picture

    def picture(photo_id: int) -> bytes:
        reads.append(photo_id)
        return real(photo_id)

    reopened.refs = dataclasses.replace(reopened.refs, picture=picture)
    reopened.photo_list.setCurrentRow(1)
    reopened.photo_list.setFocus()
    qtbot.keyClick(reopened.photo_list, Qt.Key.Key_Return)
    assert reads == [stored.photos[1].id]
    viewer = reopened.findChild(type(viewer))
    assert viewer is not None and viewer.isVisible()
    viewer.resize(500, 400)
    qtbot.waitUntil(lambda: viewer.shown_size().width() <= 500)
    assert viewer.shown_size() != QSize(1600, 1200)
    viewer.close()

    # Delete asks, then removes; saving deletes the picture row.
    replies = answer_questions(monkeypatch, True)
    reopened.photo_list.setCurrentRow(0)
    reopened.photo_list.setFocus()
    qtbot.keyClick(reopened.photo_list, Qt.Key.Key_Delete)
    assert "No. 1" in replies.texts[0]
    assert [ph.number for ph in reopened.photos()] == [2]
    repo.save_passport(oid, reopened.apply(stored), ctx, "admin")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(PhotoData)) == 1
    assert PhotoRepository(store).picture(stored.photos[0].id or 0) == b""


def test_keeping_a_photo_when_asked_and_read_only(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = section(qtbot, tmp_path)
    page.populate(passport())
    (tmp_path / "a.jpg").write_bytes(jpeg(300, 200))
    page.add_files([str(tmp_path / "a.jpg")])
    answer_questions(monkeypatch, False)
    page.remove_current()
    assert len(page.photos()) == 1
    page.set_enabled(False)
    assert not page.remove_button.isEnabled() and not page.add_button.isEnabled()
    assert page.open_button.isEnabled()
    assert not page.number_spin.isEnabled()


def test_issues_point_at_the_photo_and_a_half_typed_date(qtbot: QtBot, tmp_path: Path) -> None:
    page = section(qtbot, tmp_path)
    page.populate(passport())
    (tmp_path / "a.jpg").write_bytes(jpeg(300, 200))
    page.add_files([str(tmp_path / "a.jpg"), str(tmp_path / "a.jpg")])
    page.photo_list.setCurrentRow(0)
    assert page.field_widget("photo.1.number") is page.number_spin
    assert page.photo_list.currentRow() == 1
    assert page.field_widget("measurement.0") is None
    page.date_edit.setFocus()
    page.date_edit.selectAll()
    qtbot.keyClicks(page.date_edit, "1203")
    assert [(i.field, i.code) for i in page.typing_issues().issues] == [
        ("photo.1.taken_on", "date_format")
    ]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_page_fits_1000_by_700(qtbot: QtBot, tmp_path: Path, store: Store, lang: str) -> None:
    page = section(qtbot, tmp_path, PhotoRefs.load(store, lang))
    page.populate(passport())
    hint = page.minimumSizeHint()
    assert hint.width() <= 1000 - 200  # beside the form's section list
    assert hint.height() <= 700 - 200  # above the problems list and the buttons


def test_the_same_picture_twice_is_added_and_said(
    qtbot: QtBot, tmp_path: Path, store: Store
) -> None:
    """A picture attached twice is usually a slip: it is added (the commission may mean it) and
    the page names the photo it repeats, also one stored before the form was opened."""
    repo = ObjectRepository(store)
    ctx = validation_context(store, TODAY)
    oid = repo.save(obj(), ctx, "admin")
    (tmp_path / "door.jpg").write_bytes(jpeg(800, 600))
    (tmp_path / "ramp.jpg").write_bytes(jpeg(600, 800))
    page = section(qtbot, tmp_path, PhotoRefs.load(store, "en"))
    page.populate(passport())
    assert page.add_files([str(tmp_path / "door.jpg"), str(tmp_path / "ramp.jpg")]) == []
    messages = page.add_files([str(tmp_path / "door.jpg")])
    assert messages == ["door.jpg is the same picture as photo No. 1."]
    assert [ph.number for ph in page.photos()] == [1, 2, 3]

    pid = repo.save_passport(oid, page.apply(passport()), ctx, "admin")
    reopened = section(qtbot, tmp_path, PhotoRefs.load(store, "en"))
    reopened.populate(repo.get_passport(pid))
    assert reopened.add_files([str(tmp_path / "ramp.jpg")]) == [
        "ramp.jpg is the same picture as photo No. 2."
    ]
